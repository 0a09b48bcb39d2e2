# SPDX-License-Identifier: MIT
"""What the end-to-end scripts share: checks counted as they pass or fail, bounded waits, a free
port on loopback, and the server's JSON Lines log read back."""
import json
import socket
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
