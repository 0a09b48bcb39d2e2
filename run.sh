#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and opens the server window with a client window talking to it.
#   ./run.sh                    server window + client window on 127.0.0.1:6000
#   ./run.sh server [OPTIONS]   only the server window   (udpchat-server --help lists the options)
#   ./run.sh client [OPTIONS]   only a client window     (udpchat-client --help)
#   ./run.sh headless [OPTIONS] the server without a window, printing what the seed server prints
#   ./run.sh demo               the tutorial's scene: a server window and two clients, Client1 and Client2
# With no display (no $DISPLAY / $WAYLAND_DISPLAY) it says so and runs the headless server.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
udpchat_ensure_packages build

jobs=$(nproc 2>/dev/null || echo 2)
udpchat_configure build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs" --target udpchat-server udpchat-client
server=build/server/udpchat-server
client=build/client/udpchat-client

mode=${1:-both}
[ $# -gt 0 ] && shift
has_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]
}
if [ "$mode" != headless ] && ! has_display; then
    echo "udpchat: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open."
    echo "udpchat: running the headless server instead; Ctrl+C stops it."
    mode=headless
fi

case "$mode" in
    headless) exec "$server" --headless "$@" ;;
    server) exec "$server" "$@" ;;
    client) exec "$client" "$@" ;;
    demo) exec "$client" --demo "$@" ;;
    both)
        "$server" "$@" &
        server_pid=$!
        trap 'kill "$server_pid" 2>/dev/null || true' EXIT INT TERM
        "$client"
        wait "$server_pid" || true
        ;;
    *)
        echo "usage: ./run.sh [both|server|client|headless|demo] [OPTIONS]" >&2
        exit 2
        ;;
esac
