#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz (clang, ASan + UBSan, in build-fuzz) and runs each for
# a bounded time, FEEDPULSE_FUZZ_SECONDS (default 60), over a copy of its seeds in
# tests/fuzz/corpus/<target>/; new inputs stay in a temporary directory, never in the repository.
# Fails when a target crashes, leaks, times out or trips a sanitizer, and names the reproducer.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${BUILD_PACKAGES[@]}" clang libclang-rt-14-dev

FUZZ_BUILD=${FEEDPULSE_FUZZ_BUILD:-$FEEDPULSE_ROOT/build-fuzz}
SECONDS_EACH=${FEEDPULSE_FUZZ_SECONDS:-60}
TARGETS=(fuzz_configfile fuzz_pongmatcher fuzz_sequence)

# The core library is instrumented too, so the whole tree is built with clang.
export CC=clang CXX=clang++
build_tree "$FUZZ_BUILD" Debug -DFEEDPULSE_FUZZ=ON -DFEEDPULSE_BUILD_TESTS=OFF -- "${TARGETS[@]}"

export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$FEEDPULSE_ROOT/tests/lsan.supp:print_suppressions=0

work=$(mktemp -d "${TMPDIR:-/tmp}/feedpulse-fuzz.XXXXXX")
status=0
results=()
for target in "${TARGETS[@]}"; do
    dir=$work/$target
    mkdir -p "$dir/corpus"
    cp "$FEEDPULSE_ROOT/tests/fuzz/corpus/$target/"* "$dir/corpus/"
    log "$target for ${SECONDS_EACH} s"
    rc=0
    (cd "$dir" && "$FUZZ_BUILD/tests/fuzz/$target" -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$dir/" corpus) >"$dir/fuzz.log" 2>&1 || rc=$?
    # The last status line, e.g. "#123456  DONE   cov: 812 ft: 2301 corp: 140/9Kb ...".
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$dir/fuzz.log" | tail -n 1 || true)
    if [ "$rc" -ne 0 ] || [ -z "$done_line" ]; then
        status=1
        # The report from its first line (sanitizer, libFuzzer or the target's own check) on.
        first=$(grep -n -m1 -E '^==[0-9]+==.*(ERROR|WARNING)|^[^ ]+: runtime error|deadly signal|^fuzz_[a-z]+: ' \
            "$dir/fuzz.log" | cut -d: -f1 || true)
        tail -n +"${first:-1}" "$dir/fuzz.log" | head -n 80 >&2
        reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$dir/fuzz.log" | tail -n 1)
        log "$target FAILED (exit $rc); reproducer: ${reproducer:-none written}; log: $dir/fuzz.log"
        if [ -n "$reproducer" ] && [ -f "$reproducer" ]; then
            echo "reproducer (base64): $(base64 -w0 "$reproducer")" >&2
            echo "rerun: $FUZZ_BUILD/tests/fuzz/$target $reproducer" >&2
        fi
        results+=("$target: FAILED (exit $rc), reproducer ${reproducer:-none}")
        continue
    fi
    execs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$done_line")
    cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$done_line")
    ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$done_line")
    corp=$(sed -nE 's/.*corp: ([0-9]+)\/.*/\1/p' <<<"$done_line")
    results+=("$target: $execs execs in ${SECONDS_EACH} s, cov $cov, ft $ft, corpus $corp")
done

# Keep the directory when something failed: it holds the reproducer and the log.
[ "$status" -eq 0 ] && rm -rf "$work"
printf '%s\n' "${results[@]}"
exit $status
