#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds udpchat in Release and runs both benchmarks; prints the figures and keeps them in
# build-release/bench-results.txt. Extra arguments go to udpchat-bench (e.g. --rounds 3).
#   tests/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/deps.sh
udpchat_ensure_packages build
udpchat_configure build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release -j"$(nproc 2>/dev/null || echo 2)" \
    --target udpchat-bench udpchat-client-bench udpchat-client-run-bench udpchat-refserver udpchat-server
out=build-release/bench-results.txt
{
    echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | xargs)"
    build-release/tests/bench/udpchat-bench "$@"
    build-release/tests/bench/udpchat-client-bench
    build-release/tests/bench/udpchat-client-run-bench
} 2>&1 | grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR | tee "$out"
echo "(saved in $out)"
