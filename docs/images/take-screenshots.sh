#!/bin/sh
# Takes the README's screenshots of the window (urgency banner, flag review, visit, overview, dark
# mode) into docs/images/, under a virtual screen so it runs the same on any Linux machine, at three
# screens: 1024x768, 1440x900, and 1920x1080 at 200 % scaling. The window sizes itself for the
# screen as the program does. Files are named e.g. flag-review-1024x768.png; the 1440x900 ones
# also without the size (the README shows those).
# Needs: xvfb (xvfb-run), openbox, Java 17, Maven. Usage: docs/images/take-screenshots.sh
# (MVN_FLAGS=-o to build offline)
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_FLAGS:-} test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/screenshot-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/screenshot-classpath.txt)"
tour() { # screen, java flags, file suffix
  xvfb-run -a -s "-screen 0 $1x24" sh -c "openbox >/dev/null 2>&1 & sleep 1; \
    java --add-opens java.base/java.util=ALL-UNNAMED $2 -cp '$CP' org.rlsviewer.ui.ScreenshotTour docs/images '$3'"
}
tour 1024x768 "" -1024x768
tour 1920x1080 "-Dsun.java2d.uiScale=2" -1920x1080-200
tour 1440x900 "" ""
