#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs them: Fuzz/run.sh <harness|all> <seconds> [libFuzzer flags…]
#
# Harnesses: texmath calc quiz plot frontmatter lesson. Each runs for <seconds> of wall clock with a
# 5 s per-input timeout and AddressSanitizer's leak check; the corpus grows in
# .build-fuzz/corpus/<harness>/, seeded from scripts/fuzz-seeds and Fuzz/regressions/<harness>/.
# A crash, hang or leak leaves its input in .build-fuzz/found/<harness>/ and fails the run.
# FUZZ_SMOKE=1 runs from the regression inputs over a throwaway corpus (`make fuzz-smoke`);
# FUZZ_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
ALL=(texmath calc quiz plot frontmatter lesson)
[ $# -ge 2 ] || { echo "usage: Fuzz/run.sh <${ALL[*]// /|}|all> <seconds> [libFuzzer flags]" >&2; exit 2; }
which=$1 seconds=$2; shift 2
if [ "$which" = all ]; then harnesses=("${ALL[@]}"); else harnesses=("$which"); fi
for h in "${harnesses[@]}"; do
  [[ " ${ALL[*]} " == *" $h "* ]] || { echo "unknown harness '$h' (one of: ${ALL[*]} all)" >&2; exit 2; }
done

BUILD=.build-fuzz
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  for h in "${harnesses[@]}"; do
    LECTERN_FUZZ=1 ${SWIFT:-swift} build -c release --build-path "$BUILD" --sanitize fuzzer --sanitize address \
      -Xswiftc -sanitize=fuzzer,address --product "fuzz-$h" 2>&1 | grep -vE 'Cannot export local symbol|^\[' || true
    [ -x "$BUILD/release/fuzz-$h" ] || { echo "fuzz-$h did not build" >&2; exit 1; }
  done
fi
python3 scripts/fuzz-seeds "$BUILD/seeds" 2>/dev/null

status=0
for h in "${harnesses[@]}"; do
  if [ -n "${FUZZ_SMOKE:-}" ]; then
    # A smoke run starts from the regression inputs alone: running every seed first would take
    # longer than the few seconds it has.
    corpus=$(mktemp -d); trap 'rm -rf "$corpus"' EXIT
    seeds=()
  else
    corpus=$BUILD/corpus/$h
    seeds=("$BUILD/seeds/$h")
  fi
  artifacts=$BUILD/found/$h/  # not artifacts/: SwiftPM empties that folder of a build path
  mkdir -p "$corpus" "$artifacts" "Fuzz/regressions/$h"
  log=$BUILD/fuzz-$h.log
  : >"$log"
  start=$(date +%s) runs=0 rc=0
  # libFuzzer's -timeout counts wall-clock time, and on a busy machine a process can wait
  # seconds for a core. A timeout is therefore replayed on its own: an input that finishes in
  # under 5 s of CPU time was only starved, is kept under slow/ for a look, and fuzzing goes on.
  while :; do
    left=$(( seconds - ($(date +%s) - start) ))
    [ "$left" -gt 0 ] || break
    set +e
    "$BUILD/release/fuzz-$h" -max_total_time="$left" -timeout=5 -rss_limit_mb=2048 -max_len=8192 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "$@" \
      "$corpus" "${seeds[@]}" "Fuzz/regressions/$h" >"$log.part" 2>&1
    rc=$?
    set -e
    cat "$log.part" >>"$log"
    part=$(grep -E '^stat::number_of_executed_units' "$log.part" | tail -1 | awk '{print $2}' || true)
    if [ -z "$part" ]; then part=$(grep -oE '^#[0-9]+' "$log.part" | tail -1 | tr -d '#' || true); fi
    runs=$(( runs + ${part:-0} ))
    [ $rc -ne 0 ] || break
    unit=$(grep -oE 'Test unit written to [^ ]+' "$log.part" | tail -1 | awk '{print $5}' || true)
    grep -q 'ERROR: libFuzzer: timeout' "$log.part" && [ -n "$unit" ] || break
    cpu=$( { TIMEFORMAT='%U %S'; time "$BUILD/release/fuzz-$h" -runs=1 "$unit" >/dev/null 2>&1; } 2>&1 | tail -1 \
      | awk '{printf "%d", $1 + $2}')
    [ "${cpu:-99}" -lt 5 ] || break
    mkdir -p "$artifacts/slow"; mv "$unit" "$artifacts/slow/"
    echo "fuzz-$h: a timeout took ${cpu} s of CPU when replayed alone (the machine was busy); going on" >&2
    rc=0
  done
  rm -f "$log.part"
  last=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)
  echo "fuzz-$h: $(( $(date +%s) - start )) s, $runs executions; ${last:-no progress line}"
  if [ $rc -ne 0 ]; then
    status=1
    echo "fuzz-$h FAILED (exit $rc); see $log and $artifacts" >&2
    grep -E 'ERROR|SUMMARY|Fatal error|Test unit written' "$log" | tail -5 >&2
  fi
  [ -n "${FUZZ_SMOKE:-}" ] && rm -rf "$corpus"
done
exit $status
