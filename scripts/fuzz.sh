#!/usr/bin/env bash
# Fuzzes the scenario loader and validator (YAML and CSV) with libFuzzer and AddressSanitizer.
#
# usage: scripts/fuzz.sh [RUNS]                      (default 50000 executions; 0 = until stopped)
#        scripts/fuzz.sh -max_total_time=600         (any libFuzzer flags, passed through)
#        scripts/fuzz.sh Fuzz/crashes/crash-abc123   (replay one input: a file argument runs just it)
#        FUZZ_JOBS=2 scripts/fuzz.sh 0               (libFuzzer worker processes)
#        FUZZ_KEEP_GOING=1 scripts/fuzz.sh 200000    (save each crash and go on: fork mode)
#
# Builds .build-fuzz/scenario-fuzzer from Fuzz/ScenarioFuzzer/main.swift, SalesPlanKit's sources
# and Yams' sources (as resolved by SwiftPM) with swiftc -sanitize=fuzzer,address;
# SwiftPM itself cannot link -sanitize=fuzzer. Seeds come from the bundled scenarios (see
# Fuzz/README.md for the input format). The growing corpus stays in .build-fuzz/corpus; inputs
# that crash, leak, time out or run out of memory are written to Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/.build-fuzz
mkdir -p "$build/obj" "$build/modules" "$build/seeds" "$build/corpus" Fuzz/crashes

swiftc=$(command -v swiftc)
clang=$(dirname "$swiftc")/clang
[ -x "$clang" ] || clang=$(command -v clang)
pkg-config --exists gsl || { echo "fuzz.sh: GSL not found through pkg-config (apt-get install libgsl-dev)" >&2; exit 1; }

# Yams at the version SwiftPM resolved.
[ -d .build/checkouts/Yams ] || swift package resolve >/dev/null
yams=$root/.build/checkouts/Yams/Sources

binary=$build/scenario-fuzzer
# Rebuilds what is older than its sources: the libraries (SalesPlanKit, Yams), then the harness.
newer() {  # newer TARGET SOURCES...: true when TARGET is missing or a source is newer
  local target=$1; shift
  [ -e "$target" ] || return 0
  for f in "$@"; do [ "$f" -nt "$target" ] && return 0; done
  return 1
}
san=(-sanitize=fuzzer,address -O -g)
common=(-parse-as-library -wmo -I "$build/modules" -module-cache-path "$build/module-cache")
kit=$build/obj/SalesPlanKit.o
mapfile -t library_sources < <(find Sources/SalesPlanKit Sources/CGSL Sources/CGLPK "$yams" -name '*.swift' -o -name '*.[ch]' -o -name '*.modulemap')
if newer "$kit" "${library_sources[@]}" "$0"; then
  echo "fuzz.sh: building SalesPlanKit and Yams with -sanitize=fuzzer,address ..." >&2
  for c in "$yams"/CYaml/src/*.c; do
    "$clang" -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" -w \
      -c "$c" -o "$build/obj/cyaml-$(basename "$c" .c).o"
  done
  # Yams is a Swift 5 language mode package; its C part is a module of its own (CYaml).
  "$swiftc" "${san[@]}" "${common[@]}" -swift-version 5 -module-name Yams -DSWIFT_PACKAGE \
    -Xcc -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" \
    -emit-module -emit-module-path "$build/modules/Yams.swiftmodule" -c -o "$build/obj/Yams.o" "$yams"/Yams/*.swift
  "$swiftc" "${san[@]}" "${common[@]}" -swift-version 6 -module-name SalesPlanKit -DSWIFT_PACKAGE -I Sources/CGSL -I Sources/CGLPK \
    -I "$yams/CYaml/include" $(pkg-config --cflags-only-I gsl | sed 's/-I/-Xcc -I/g') \
    -emit-module -emit-module-path "$build/modules/SalesPlanKit.swiftmodule" -c -o "$kit.tmp" \
    $(find Sources/SalesPlanKit -name '*.swift')
  mv "$kit.tmp" "$kit"
fi
if newer "$binary" Fuzz/ScenarioFuzzer/main.swift "$kit"; then
  echo "fuzz.sh: linking $binary ..." >&2
  "$swiftc" "${san[@]}" "${common[@]}" -swift-version 6 -module-name ScenarioFuzzer -I Sources/CGSL -I Sources/CGLPK -I "$yams/CYaml/include" \
    Fuzz/ScenarioFuzzer/main.swift "$kit" "$build/obj/Yams.o" "$build"/obj/cyaml-*.o \
    $(pkg-config --libs gsl) -lglpk -lm -o "$binary.tmp" 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
  mv "$binary.tmp" "$binary"
fi

# Seeds: every bundled scenario, packed as the fuzzer reads it (scenario.yaml, then each CSV it
# references after a "==> NAME <==" line). The large accounts table is cut to its first 59 rows.
for yaml in scenarios/*.yaml; do
  cp "$yaml" "$build/seeds/$(basename "$yaml" .yaml)"
done
for folder in scenarios/*/; do
  [ -f "$folder/scenario.yaml" ] || continue
  {
    cat "$folder/scenario.yaml"
    for table in "$folder"/*.csv; do
      printf '==> %s <==\n' "$(basename "$table")"
      if [ "$(basename "$table")" = accounts.csv ]; then head -n 60 "$table"; else cat "$table"; fi
    done
  } > "$build/seeds/$(basename "$folder")"
done

# Each fuzzing process unpacks inputs into /dev/shm/salesplan-fuzz-PID; a crashed one leaves it behind.
trap 'rm -rf /dev/shm/salesplan-fuzz-* "${TMPDIR:-/tmp}"/salesplan-fuzz-*' EXIT
export SWIFT_BACKTRACE=enable=no        # let libFuzzer, not Swift's backtracer, catch traps
# No leak checks (the Swift runtime keeps caches for good); no allocation stacks in reports (they
# cost a third of the time; replay a crash with ASAN_OPTIONS=malloc_context_size=30 to get them).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0:handle_sigill=1}

flags=(-detect_leaks=0 -dict=Fuzz/ScenarioFuzzer/scenario.dict -max_len=65536 -timeout=20 -rss_limit_mb=3072
       -artifact_prefix=Fuzz/crashes/ -print_final_stats=1)
runs=50000
args=()
for a in "$@"; do
  if [[ $a =~ ^[0-9]+$ ]]; then runs=$a; else args+=("$a"); fi
done
if [ ${#args[@]} -gt 0 ] && [ -f "${args[0]}" ]; then
  "$binary" -detect_leaks=0 -artifact_prefix="$build/replay-" "${args[@]}"   # replay the given inputs
  exit
fi
[ "$runs" = 0 ] && runs=-1
jobs=()
if [ -n "${FUZZ_JOBS:-}" ]; then jobs=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"); fi
# FUZZ_KEEP_GOING=1: fork mode, where a crash, timeout or out-of-memory is saved and fuzzing goes on
# (to find the next bug while the first is not fixed yet).
if [ -n "${FUZZ_KEEP_GOING:-}" ]; then
  jobs=(-fork="${FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
"$binary" "${flags[@]}" -runs="$runs" "${jobs[@]}" "${args[@]}" "$build/corpus" "$build/seeds"
