#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Runs every libFuzzer target for SECONDS (default 60) under ASan + UBSan
# and prints, per target, the executions and the findings.  New crash
# reproducers land in fuzzing/crashes/ (they are then replayed by
# `meson test --suite fuzzing`).  Usage: scripts/run-fuzzers.sh [SECONDS] [JOBS]
set -eu
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=${1:-60}
JOBS=${2:-1}
BUILD=_build-fuzz

if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang meson setup "$BUILD" -Dfuzzing=true -Dintrospection=disabled -Ddocs=disabled \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args='-fno-sanitize-recover=undefined -fno-omit-frame-pointer' >/dev/null
fi
meson compile -C "$BUILD" fuzz_load_json fuzz_roundtrip fuzz_csv >/dev/null

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export G_SLICE=always-malloc

status=0
printf '%-18s %12s %10s %8s\n' target executions exec/s findings
for target in fuzz_load_json fuzz_roundtrip fuzz_csv; do
  work=$(mktemp -d)
  cp fuzzing/corpus/$target/* "$work/" 2>/dev/null || true
  log="$BUILD/$target.log"
  set +e
  "$BUILD/fuzzing/$target" "$work" \
    -dict=fuzzing/json.dict -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -max_total_time="$SECONDS_PER_TARGET" -jobs="$JOBS" -workers="$JOBS" \
    -artifact_prefix=fuzzing/crashes/$target- -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  # With -jobs, each worker logs to fuzz-N.log in the current directory.
  execs=$(cat "$log" fuzz-*.log 2>/dev/null | sed -n 's/^stat::number_of_executed_units: *//p' | awk '{s+=$1} END {print s+0}')
  rate=$(cat "$log" fuzz-*.log 2>/dev/null | sed -n 's/^stat::average_exec_per_sec: *//p' | awk '{s+=$1} END {print s+0}')
  findings=$(ls fuzzing/crashes/$target-* 2>/dev/null | wc -l)
  rm -f fuzz-*.log
  rm -rf "$work"
  printf '%-18s %12s %10s %8s\n' "$target" "$execs" "$rate" "$findings"
  if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then
    status=1
    echo "  see $log" >&2
  fi
done
exit $status
