#!/usr/bin/env bash
# Fails when a launcher prints anything but the command's own output: JVM diagnostics (a rejected
# AOT cache, VM warnings) must never reach stdout, where scripts read --json, and a package whose
# cache no longer matches its jars must not pass either (its warnings then show on stderr).
# Run by Maven (profile "installer") on the launcher inside the .deb it made, and by .ci/run on the
# installed one. Usage: check-launcher.sh LAUNCHER
set -euo pipefail
launcher=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-launcher: $launcher: $*" >&2; exit 1; }

expected='{"events":[]}'
status=0
env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS LC_ALL=C.UTF-8 \
  "$launcher" --data "$work/check.db" --json event list >"$work/out" 2>"$work/err" || status=$?
[ "$status" -eq 0 ] || fail "exit status $status; stderr: $(cat "$work/err")"
[ "$(cat "$work/out")" = "$expected" ] || fail "stdout is not exactly $expected but: $(head -c 2000 "$work/out")"
[ ! -s "$work/err" ] || fail "printed on stderr: $(head -c 2000 "$work/err")"
echo "check-launcher: $launcher prints only the command's output"
