# SPDX-License-Identifier: MIT
"""What the end-to-end scripts share: checks counted as they pass or fail, bounded waits, a free
port on loopback, the server's JSON Lines log read back, and the start: tools present, own bus."""
import json
import os
import shutil
import socket
import subprocess
import sys
import time

PASSED, FAILED = [], []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    (PASSED if condition else FAILED).append(what)
    return condition


def wait_for(predicate, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def log_lines(path):
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except (OSError, ValueError):
        return []


def ready_or_exit_status(tools, also_missing=()):
    """None when every tool is here and this script runs on a private session bus (for the
    accessibility bus; it ends with the test). Otherwise the status main() returns: 77 (skipped)
    when something is missing, or that of this script run again under dbus-run-session."""
    missing = [tool for tool in tools if not shutil.which(tool)] + list(also_missing)
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        missing.append("python3-pyatspi")
    if missing:
        print("SKIP: missing %s (./test.sh installs them on Debian/Ubuntu)" % ", ".join(missing))
        return 77
    if os.environ.get("UDPCHAT_E2E_BUS") != "1":
        env = dict(os.environ, UDPCHAT_E2E_BUS="1")
        return subprocess.run(["dbus-run-session", "--", sys.executable, *sys.argv], env=env).returncode
    return None


def fresh_log_path(out_dir):
    """Where the server writes its JSON Lines log, emptied from any earlier run."""
    log = os.path.join(out_dir, "server-log.jsonl")
    if os.path.exists(log):
        os.remove(log)
    return log

