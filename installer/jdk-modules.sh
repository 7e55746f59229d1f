#!/usr/bin/env bash
# Prints the JDK modules that Tsunagu's jars use, as jdeps finds them, to check the
# installer.jdk.modules list in pom.xml (profile "installer") after a dependency changes.
# Run after a build of the installer input: mvn -B -Pinstaller -DskipTests package
# jdeps reads the modular jars (POI, JavaFX, ...) as modules, so every jar is analysed on its own
# with the others on the module and class path, and the JDK modules are gathered from all.
set -euo pipefail
cd "$(dirname "$0")/.."
input=target/installer/input
[ -d "$input" ] || { echo "No $input: run mvn -B -Pinstaller -DskipTests package first" >&2; exit 1; }
for jar in "$input"/*.jar; do
  jdeps --module-path "$input" --class-path "$input/*" --print-module-deps --ignore-missing-deps \
    --multi-release 25 "$jar" 2>/dev/null | grep -v '^Warning' || true
done | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u | paste -sd, -
