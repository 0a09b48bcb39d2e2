#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Interop with peers no one here wrote: the seed's scripts and socat / nc.

1. The seed client against `udpchat-server --headless` prints exactly what it prints against the
   seed server (port numbers aside), and both servers print the same lines.
2. socat and nc (when installed) get byte-exact replies from udpchat-server.
3. `udpchat-client --console` prints byte for byte what the seed client prints for the same input,
   against the seed server and against udpchat's own; a lost reply is said, not waited for forever;
   it runs with no display at all.
Exit 0: passed; 1: failed; 77: skipped (no seed).
"""
import argparse
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

FAILURES = []
PASSED = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    (PASSED if condition else FAILURES).append(what)


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed_copy(seed_dir, tmp, name, port):
    with open(os.path.join(seed_dir, name), encoding="utf-8") as f:
        source = f.read()
    path = os.path.join(tmp, "%d_%s" % (port, name))
    with open(path, "w", encoding="utf-8") as f:
        f.write(source.replace("6000", str(port)))
    return path


class LineReader:
    """Reads a process's stdout lines on a thread, so every wait has a deadline."""

    def __init__(self, proc):
        self.lines = queue.Queue()
        thread = threading.Thread(target=self._pump, args=(proc.stdout,), daemon=True)
        thread.start()

    def _pump(self, stream):
        for line in stream:
            self.lines.put(line)

    def next(self, deadline):
        try:
            return self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    def until(self, pattern, timeout=10.0):
        lines = []
        deadline = time.monotonic() + timeout
        while True:
            line = self.next(deadline)
            if line is None:
                raise RuntimeError("no line matching %r (got %r)" % (pattern, lines))
            lines.append(line)
            if re.search(pattern, line):
                return lines

    def collect(self, count, timeout=10.0):
        lines = []
        deadline = time.monotonic() + timeout
        while len(lines) < count:
            line = self.next(deadline)
            if line is None:
                break
            lines.append(line)
        return lines


def run_seed_client(path, stdin_text):
    done = subprocess.run([sys.executable, path], input=stdin_text, capture_output=True,
                          text=True, timeout=20)
    return done.stdout


def normalize(text, ports):
    for port in ports:
        text = text.replace(":%d" % port, ":PORT").replace("port %d" % port, "port PORT")
    return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:N", text)


def udp_exchange_with(command, payload, port):
    done = subprocess.run(command, input=payload, capture_output=True, timeout=20)
    return done.stdout


def run_console_client(client, port, stdin_text, *extra):
    # No display at all: the console client must not need one.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([client, "--console", "--port", str(port), *extra], input=stdin_text.encode(),
                          capture_output=True, env=env, timeout=20)
    return done.stdout.decode(), done.returncode


def check_console_client(args, tmp, seed_port, our_port):
    for stdin_text in ["Alice\nexit\n", "\nexit\n", "\u5f20\u4e09\n\nBob\nexit\n"]:
        for name, port in (("the seed server", seed_port), ("udpchat's server", our_port)):
            script = run_seed_client(seed_copy(args.seed, tmp, "udp_client.py", port), stdin_text)
            ours, code = run_console_client(args.client, port, stdin_text)
            check(ours == script and code == 0,
                  "udpchat-client --console prints what udp_client.py prints against %s (%r):\n%s---\n%s"
                  % (name, stdin_text, script, ours))
    # A server that never answers: the script would hang; the console client says so and asks again.
    silent = subprocess.Popen([args.server, "--headless", "--port", "0", "--reply", "none"],
                              stdout=subprocess.PIPE, text=True)
    try:
        line = LineReader(silent).until(r"UDP bound on port")[-1]
        port = int(re.search(r"port (\d+)", line).group(1))
        ours, code = run_console_client(args.client, port, "Alice\n", "--timeout", "300")
        expected = ("Please input your name: no reply from 127.0.0.1:%d (UDP does not retransmit)\n"
                    "Please input your name: \n" % port)
        check(ours == expected and code == 0, "a lost reply is said, then it asks again (%r)" % ours)
    finally:
        silent.terminate()
        silent.wait(timeout=5)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--seed", required=True)
    parser.add_argument("--client", required=True)
    args = parser.parse_args()

    if not os.path.isfile(os.path.join(args.seed, "udp_server.py")):
        print("SKIP: seed not found at %s" % args.seed)
        return 77

    procs = []
    tmp = tempfile.mkdtemp(prefix="udpchat-interop-")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    try:
        seed_port = free_udp_port()
        seed = subprocess.Popen([sys.executable, seed_copy(args.seed, tmp, "udp_server.py", seed_port)],
                                stdout=subprocess.PIPE, text=True, env=env)
        procs.append(seed)
        ours = subprocess.Popen([args.server, "--headless", "--port", "0"], stdout=subprocess.PIPE, text=True)
        procs.append(ours)
        seed_out = LineReader(seed)
        our_out = LineReader(ours)
        seed_out.until(r"UDP bound on port")
        our_lines = our_out.until(r"UDP bound on port")
        our_port = int(re.search(r"port (\d+)", our_lines[-1]).group(1))
        check(our_lines[-1] == "UDP bound on port %d...\n" % our_port, "udpchat prints the seed's bound line")

        # The article's demo: Client2 sends Alice then exit; Client1 sends an empty line, then exit.
        scripts = ["Alice\nexit\n", "\nexit\n", "\u5f20\u4e09\nexit\n"]
        for stdin_text in scripts:
            against_seed = run_seed_client(seed_copy(args.seed, tmp, "udp_client.py", seed_port), stdin_text)
            against_ours = run_seed_client(seed_copy(args.seed, tmp, "udp_client.py", our_port), stdin_text)
            check("Good bye!" in against_ours, "seed client gets Good bye! from udpchat (%r)" % stdin_text)
            check(normalize(against_seed, [seed_port]) == normalize(against_ours, [our_port]),
                  "seed client prints the same against both servers (%r):\n%s---\n%s" %
                  (stdin_text, against_seed, against_ours))

        # Empty lines are not sent: the seed client asks again.
        datagrams = sum(1 for s in scripts for line in s.split("\n") if line)
        seed_log = seed_out.collect(datagrams)
        our_log = our_out.collect(datagrams)
        check(len(our_log) == datagrams, "udpchat logged %d datagrams (%d)" % (datagrams, len(our_log)))
        check([normalize(l, []) for l in seed_log] == [normalize(l, []) for l in our_log],
              "both servers print the same lines:\n%s---\n%s" % ("".join(seed_log), "".join(our_log)))
        check(all(re.fullmatch(r"Receive from 127\.0\.0\.1:\d+\n", l) for l in our_log),
              "udpchat prints 'Receive from <ip>:<port>' lines")

        check_console_client(args, tmp, seed_port, our_port)

        # Peers no one here wrote.
        if shutil.which("socat"):
            reply = udp_exchange_with(["socat", "-t", "2", "-", "UDP:127.0.0.1:%d" % our_port], b"socat-user", our_port)
            check(reply == b"Hello socat-user!\n", "socat gets a byte-exact reply (%r)" % reply)
            reply = udp_exchange_with(["socat", "-t", "2", "-", "UDP:127.0.0.1:%d" % our_port], b"exit", our_port)
            check(reply == b"Good bye!\n", "socat gets Good bye! (%r)" % reply)
            binary = bytes([0, 255, 27, 10, 13]) + "\u5f20".encode()
            reply = udp_exchange_with(["socat", "-t", "2", "-", "UDP:127.0.0.1:%d" % our_port], binary, our_port)
            check(reply == b"Hello " + binary + b"!\n", "socat: binary bytes echoed unchanged (%r)" % reply)
        else:
            print("note: socat not installed, its check skipped")
        if shutil.which("nc"):
            reply = udp_exchange_with(["nc", "-u", "-w", "1", "127.0.0.1", str(our_port)], b"netcat", our_port)
            check(reply == b"Hello netcat!\n", "nc -u gets a byte-exact reply (%r)" % reply)
        else:
            print("note: nc not installed, its check skipped")
        # A zero-length datagram, which neither tool sends.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(5)
            s.sendto(b"", ("127.0.0.1", our_port))
            check(s.recvfrom(70000)[0] == b"Hello !\n", "a zero-length datagram gets 'Hello !\\n'")
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    print("%d passed, %d failed" % (len(PASSED), len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
