#!/usr/bin/env bash
# Fails when a launcher prints anything but the command's own output: JVM diagnostics (a rejected
# AOT cache, VM warnings) must never reach stdout, where scripts read --json, and a package whose
# cache no longer matches its jars must not pass either (its warnings then show on stderr). Then a
# reading is guessed for a form without one (Kuromoji; the installer trims lucene-analysis-common).
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

# Reading guesses (Kuromoji, with the trimmed lucene-analysis-common of the installer) work.
printf 'お名前,メールアドレス\n山田 太郎,yamada@example.jp\n' >"$work/without-readings.csv"
env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS LC_ALL=C.UTF-8 "$launcher" --data "$work/check.db" event new --name check >/dev/null
env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS LC_ALL=C.UTF-8 "$launcher" --data "$work/check.db" import "$work/without-readings.csv" >/dev/null 2>"$work/err" ||
  fail "import of a form without readings failed: $(head -c 2000 "$work/err")"
env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS LC_ALL=C.UTF-8 "$launcher" --data "$work/check.db" export registrants --out "$work/out.csv" >/dev/null
grep -q '山田 太郎,やまだ たろう' "$work/out.csv" || fail "no reading guessed: $(head -c 2000 "$work/out.csv")"
echo "check-launcher: $launcher prints only the command's output, and guesses readings"
