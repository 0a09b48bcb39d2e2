#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds with warnings as errors, and runs every test with ctest;
# fuzzes the reply builder and display escaping for a minute when clang is installed; builds the
# portable socket path (what Windows and macOS run) and runs the unit and widget tests on it; then
# builds and runs the whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer, and
# the tests of the server window's engine thread under ThreadSanitizer.
#   ./test.sh              everything
#   UDPCHAT_NO_PORTABLE=1 ./test.sh   skip the portable build
#   UDPCHAT_NO_SANITIZE=1 ./test.sh   skip the sanitizer pass
#   UDPCHAT_NO_TSAN=1 ./test.sh       skip the ThreadSanitizer pass
#   UDPCHAT_FUZZ_SECONDS=10 ./test.sh  fuzz for less (or more) than 60 s
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
udpchat_ensure_packages build test

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
# CI makes each of these builds from nothing: the libraries compile as unity batches of 16 files
# (each Qt header read once a batch, not once a file), about 110 s less per build on 2 cores. A
# developer's own incremental build leaves it off (one changed file would rebuild its batch).
unity=(-DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16)

echo "== build (warnings are errors) =="
udpchat_configure build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUDPCHAT_WERROR=ON "${unity[@]}"
cmake --build build -j"$jobs"
echo "== tests =="
ctest --test-dir build --output-on-failure --timeout 600

if command -v clang++ >/dev/null 2>&1; then
    echo "== libFuzzer: reply builder and display escaping, ${UDPCHAT_FUZZ_SECONDS:-60} s =="
    cmake -S tests/fuzz -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build-fuzz -j"$jobs"
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
    cp tests/fuzz/corpus/* "$corpus"/
    ./build-fuzz/fuzz_protocol -max_total_time="${UDPCHAT_FUZZ_SECONDS:-60}" -max_len=4096 \
        -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
else
    echo "== libFuzzer: clang++ not installed, the corpus replay in ctest stands in for it =="
fi

if [ -z "${UDPCHAT_NO_PORTABLE:-}" ]; then
    # Only what those tests need is built: no benchmarks, no integration tests.
    echo "== portable build (UDPCHAT_PORTABLE_IO: no recvmmsg, IP_PKTINFO, kernel times, drop counts) =="
    udpchat_configure build-portable -DCMAKE_BUILD_TYPE=Release -DUDPCHAT_WERROR=ON -DUDPCHAT_PORTABLE_IO=ON "${unity[@]}"
    cmake --build build-portable -j"$jobs" --target udpchat_portable_tests
    echo "== unit and widget tests on the portable build =="
    ctest --test-dir build-portable -L '^(unit|widgets)$' --output-on-failure --timeout 600
fi

if [ -z "${UDPCHAT_NO_SANITIZE:-}" ]; then
    echo "== build with AddressSanitizer + UndefinedBehaviorSanitizer =="
    udpchat_configure build-asan -DCMAKE_BUILD_TYPE=Debug -DUDPCHAT_WERROR=ON -DUDPCHAT_SANITIZE=ON "${unity[@]}" \
        -DUDPCHAT_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g"  # -O1, as ASan advises
    cmake --build build-asan -j"$jobs"
    echo "== tests under ASan + UBSan =="
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
    LSAN_OPTIONS="suppressions=$PWD/tests/fixtures/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --test-dir build-asan --output-on-failure --timeout 900
fi

if [ -z "${UDPCHAT_NO_TSAN:-}" ]; then
    # Only the tests labelled tsan: those of the server window's engine thread. Qt itself is not
    # built with ThreadSanitizer; what it does inside its own libraries is not checked (no
    # suppressions are needed: the hand-offs of ours use locks it sees, see blockingrunner.h).
    echo "== ThreadSanitizer: the server window's engine thread =="
    udpchat_configure build-tsan -DCMAKE_BUILD_TYPE=Debug -DUDPCHAT_WERROR=ON -DUDPCHAT_TSAN=ON "${unity[@]}" \
        -DUDPCHAT_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g"
    cmake --build build-tsan -j"$jobs" --target udpchat_tsan_tests
    TSAN_OPTIONS="halt_on_error=1:ignore_noninstrumented_modules=1" \
        ctest --test-dir build-tsan -L tsan --output-on-failure --timeout 900
fi
