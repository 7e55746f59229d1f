#!/usr/bin/env bash
# Records the AOT cache of the Linux app image (run by Maven, profile "installer", after jpackage
# made the image; see installer/README.md):
#   1. gives every file of the image the same time (project.build.outputTimestamp): the JVM checks
#      the class path jars' times and sizes against the cache, and package-deb.sh gives the .deb's
#      files that same time, so the cache still matches once the .deb is installed;
#   2. starts the image once with -XX:AOTCacheOutput for jp.tsunagu.launch.AotTraining: a few commands
#      on sample-data/registrants.xlsx, then the window (it quits once shown) where DISPLAY is set;
#   3. if the cache was made, tells the launcher to use it (Tsunagu.cfg).
# Usage (from the project folder): aot-cache.sh IMAGE TIMESTAMP WORK_DIR [true|false]   (false: only step 1)
set -euo pipefail
image=$1 stamp=$2 work=$3 record=${4:-true}
app=$image/lib/app
rm -rf "$work" && mkdir -p "$work"
rm -f "$app/tsunagu.aot"
find "$image" -exec touch -h -d "$stamp" {} +
if [ "$record" != true ]; then
  echo "No AOT cache recorded (installer.aot=$record)"
  exit 0
fi

# One training run (JDK 25 records a single run) that does what both kinds of start do
# (jp.tsunagu.launch.AotTraining): the command line on the sample registrants (event new, import,
# assign, event list, --json), then the window, which quits once shown. Its own data folder.
cp sample-data/registrants.xlsx "$work/"
window=false
if [ -n "${DISPLAY:-}" ]; then
  window=true
  echo "Recording the AOT cache from the command line and a window start"
else
  echo "Recording the AOT cache from the command line only (no DISPLAY: the window's classes are not cached)"
fi
status=0
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$app/tsunagu.aot -Dtsunagu.log=$work/tsunagu.log -Dtsunagu.data=$work/training.db -Dtsunagu.aotTraining=$work -Dtsunagu.aotTraining.window=$window" \
  timeout 300 "$image/bin/Tsunagu" >"$work/training.out" 2>&1 || status=$?
# A command or the window that fails here would fail for the user too: stop the build.
if [ "$status" -ne 0 ]; then
  echo "The training run of the app image failed (exit $status):" >&2
  tail -40 "$work/training.out" >&2
  exit 1
fi

if [ -s "$app/tsunagu.aot" ]; then
  touch -h -d "$stamp" "$app/tsunagu.aot"
  echo 'java-options=-XX:AOTCache=$APPDIR/tsunagu.aot' >> "$app/Tsunagu.cfg"
  touch -h -d "$stamp" "$app/Tsunagu.cfg"
  echo "AOT cache: $(du -h "$app/tsunagu.aot" | cut -f1)"
else
  rm -f "$app/tsunagu.aot"
  echo "No AOT cache was made (see $work/training.out); the launcher starts without one" >&2
fi
