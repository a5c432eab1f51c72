# Builds the Windows installer of RLS Diary Viewer into target\installer\:
#   RLS Diary Viewer-VERSION.msi   per-machine install to C:\Program Files\RLS Diary Viewer, Start menu
#                                  entry, desktop shortcut, "Open with" for .csv files
# with jpackage from the fat jar and a jlink runtime holding only the modules in installer\modules.txt.
#
# Needs (on Windows, this cannot be run on Linux):
#   - a JDK 17 or later with jpackage, jlink and jdeps on PATH (e.g. Eclipse Temurin 17)
#   - Maven on PATH, unless -SkipJar
#   - WiX Toolset 3.x (candle.exe and light.exe on PATH): jpackage 17 builds the .msi with it
#     (https://wixtoolset.org/ ; winget install WiXToolset.WiXToolset -v 3.14.1)
#
# Usage (PowerShell, from the repository):
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-SkipJar] [-NoCsvAssociation]
#   -NoCsvAssociation  leave .csv files alone: jpackage's association can make the program the default
#                      for .csv where a user has not chosen one (e.g. over Excel)
#
# The upgrade code below is fixed for the life of the product: every .msi built with it replaces
# an installed older version instead of installing beside it. Never change it.
param([switch]$SkipJar, [switch]$NoCsvAssociation)

$ErrorActionPreference = 'Stop'
$UpgradeUuid = '23775621-f0cc-48de-b0db-39331353965b'
$Here = $PSScriptRoot
$Root = (Resolve-Path (Join-Path $Here '..')).Path
Set-Location $Root

function Fail([string]$Message) {
  Write-Error "build-windows.ps1: $Message" -ErrorAction Continue
  exit 1
}

# What this needs, checked before anything is built.
$missing = @()
foreach ($tool in 'java', 'jpackage', 'jlink', 'jdeps') {
  if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { $missing += "$tool (a JDK 17 or later, e.g. Eclipse Temurin 17)" }
}
if (-not $SkipJar -and -not (Get-Command 'mvn' -ErrorAction SilentlyContinue)) { $missing += 'mvn (Apache Maven 3.8+)' }
foreach ($tool in 'candle.exe', 'light.exe') {
  if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
    $missing += "$tool (WiX Toolset 3.x, needed by jpackage for the .msi: https://wixtoolset.org/, then add its bin folder to PATH)"
  }
}
if ($missing.Count -gt 0) {
  Write-Host 'build-windows.ps1 cannot build the installer; missing:'
  $missing | ForEach-Object { Write-Host "  - $_" }
  exit 1
}

# jpackage wants a plain x.y.z version.
$pom = [xml](Get-Content (Join-Path $Root 'pom.xml'))
$pomVersion = $pom.project.version
$version = ($pomVersion -split '-')[0]
if ($version -notmatch '^\d+(\.\d+){0,2}$') { Fail "cannot read a numeric version from pom.xml (found '$pomVersion')" }

$name = 'rls-diary-viewer'
$jar = Join-Path $Root "target\$name.jar"
$out = Join-Path $Root 'target\installer'

if (-not $SkipJar) {
  Write-Host '== Building the fat jar'
  & mvn -B -q package -DskipTests
  if ($LASTEXITCODE -ne 0) { Fail 'mvn package failed' }
}
if (-not (Test-Path $jar)) { Fail "no $jar; build it with: mvn -B -q package -DskipTests" }

Write-Host '== Checking installer\modules.txt against jdeps'
$listed = Get-Content (Join-Path $Here 'modules.txt') | ForEach-Object { $_.Trim() } |
  Where-Object { $_ -ne '' -and -not $_.StartsWith('#') }
$found = (& jdeps --multi-release 17 --ignore-missing-deps --print-module-deps $jar | Select-Object -Last 1).Trim()
if ($LASTEXITCODE -ne 0) { Fail 'jdeps failed' }
$notListed = $found.Split(',') | Where-Object { $listed -notcontains $_ }
if ($notListed) { Fail "installer\modules.txt lacks module(s) the program uses: $($notListed -join ', ') (jdeps found: $found)" }
$modules = $listed -join ','
Write-Host "modules: $modules"

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force (Join-Path $out 'input') | Out-Null
Copy-Item $jar (Join-Path $out 'input')

Write-Host '== Linking the runtime'
$locales = (Get-Content (Join-Path $Here 'locales.txt') | ForEach-Object { $_.Trim() } |
  Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','
& jlink --add-modules $modules --include-locales=$locales --strip-debug --no-man-pages --no-header-files --compress=2 `
  --generate-cds-archive --output (Join-Path $out 'runtime')
if ($LASTEXITCODE -ne 0) { Fail 'jlink failed' }
Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $out 'runtime\bin\server\classes_nocoops.jsa')

$association = @()
if (-not $NoCsvAssociation) { $association = @('--file-associations', (Join-Path $Here 'csv-association.properties')) }

Write-Host '== Building the .msi'
# No AppCDS archive of the program's own classes on Windows: Java 17 accepts one only at the path
# it was made for, and an .msi has no step that could make it at the installed path (see README).
& jpackage --type msi --name 'RLS Diary Viewer' --app-version $version --vendor 'RLS Diary Viewer project' `
  --description 'Review restless-legs symptom diaries and print a visit summary' `
  --copyright 'RLS Diary Viewer project' `
  --input (Join-Path $out 'input') --main-jar "$name.jar" --main-class org.rlsviewer.app.Main `
  --runtime-image (Join-Path $out 'runtime') --icon (Join-Path $Here "icon\$name.ico") `
  @association `
  --add-launcher "rls-diary-viewer-cli=$(Join-Path $Here 'windows\cli-launcher.properties')" `
  --win-upgrade-uuid $UpgradeUuid --win-menu --win-menu-group 'RLS Diary Viewer' --win-shortcut `
  --dest $out
if ($LASTEXITCODE -ne 0) { Fail 'jpackage --type msi failed' }

Get-ChildItem $out -Filter '*.msi' | ForEach-Object { Write-Host ("{0}  {1:N0} MB" -f $_.FullName, ($_.Length / 1MB)) }
