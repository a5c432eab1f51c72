#!/bin/sh
# Takes the README's screenshots of the window (overview, flag review, visit, dark mode) into
# docs/images/, under a virtual screen so it runs the same on any Linux machine.
# Needs: xvfb (xvfb-run), openbox, Java 17, Maven. Usage: docs/images/take-screenshots.sh
# (MVN_FLAGS=-o to build offline)
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_FLAGS:-} test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/screenshot-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/screenshot-classpath.txt)"
xvfb-run -a -s "-screen 0 1400x900x24" sh -c "openbox >/dev/null 2>&1 & sleep 1; \
  java --add-opens java.base/java.util=ALL-UNNAMED -cp '$CP' org.rlsviewer.ui.ScreenshotTour docs/images"
