#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole suite: the normal build, the same suite
# under AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included), and the
# benchmarks in their quick form (they print figures; they never fail on speed).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"

BUILD=${FEEDPULSE_BUILD:-$FEEDPULSE_ROOT/build}
ASAN_BUILD=${FEEDPULSE_ASAN_BUILD:-$FEEDPULSE_ROOT/build-asan}
status=0
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT

# run_ctest DIR TIMEOUT: runs the suite and keeps ctest's summary line for the closing tally.
run_ctest() {
    local out rc
    out=$(mktemp)
    (cd "$1" && ctest --output-on-failure -j2 --timeout "$2") 2>&1 | tee "$out"
    rc=${PIPESTATUS[0]}
    grep -E 'tests passed, [0-9]+ tests failed out of' "$out" >>"$summary" || true
    rm -f "$out"
    return "$rc"
}

build_tree "$BUILD" Release
log "Test suite"
run_ctest "$BUILD" 600 || status=1

build_tree "$ASAN_BUILD" Debug -DFEEDPULSE_SANITIZE=ON
log "Test suite under ASan + UBSan"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$FEEDPULSE_ROOT/tests/lsan.supp:print_suppressions=0
# The soak runs its full 3 minutes in the normal build; under the sanitizers one minute of the same
# random faults is enough to find memory errors. FEEDPULSE_SOAK_SECONDS overrides both.
soak_seconds=${FEEDPULSE_SOAK_SECONDS-}
export FEEDPULSE_SOAK_SECONDS=${soak_seconds:-60}
run_ctest "$ASAN_BUILD" 900 || status=1
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS FEEDPULSE_SOAK_SECONDS
[ -n "$soak_seconds" ] && export FEEDPULSE_SOAK_SECONDS=$soak_seconds

log "Fuzzing (bounded)"
"$FEEDPULSE_ROOT/scripts/fuzz.sh" || status=1

log "Benchmarks (quick)"
for bench in "$BUILD"/tests/bench/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue # skip the *_autogen directories
    log "$(basename "$bench") --quick"
    "$bench" --quick || status=1
done

# One closing line over both suites (normal and sanitizer builds).
total=$(awk '{ sum += $NF } END { print sum + 0 }' "$summary")
failed=$(awk '{ sum += $4 } END { print sum + 0 }' "$summary")
[ "$(wc -l <"$summary")" -eq 2 ] || { status=1; log "A test run printed no ctest summary"; }
echo "suite: $((total - failed)) passed, $failed failed"
exit $status
