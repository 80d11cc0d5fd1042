#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole suite: the normal build, the same suite
# under AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included), and the
# benchmarks in their quick form (they print figures; they never fail on speed).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${BUILD_PACKAGES[@]}"

BUILD=${FEEDPULSE_BUILD:-$FEEDPULSE_ROOT/build}
ASAN_BUILD=${FEEDPULSE_ASAN_BUILD:-$FEEDPULSE_ROOT/build-asan}
status=0

build_tree "$BUILD" Release
log "Test suite"
(cd "$BUILD" && ctest --output-on-failure -j2 --timeout 600) || status=1

build_tree "$ASAN_BUILD" Debug -DFEEDPULSE_SANITIZE=ON
log "Test suite under ASan + UBSan"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$FEEDPULSE_ROOT/tests/lsan.supp:print_suppressions=0
(cd "$ASAN_BUILD" && ctest --output-on-failure -j2 --timeout 900) || status=1
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS

log "Benchmarks (quick)"
for bench in "$BUILD"/tests/bench/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue # skip the *_autogen directories
    log "$(basename "$bench") --quick"
    "$bench" --quick || status=1
done

exit $status
