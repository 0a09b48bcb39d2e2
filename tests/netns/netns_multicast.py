#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Many to many, with the real udpchat-server binaries (headless) and plain Python sockets as
clients, in a network namespace of the test's own (unshare -n): three servers joined to one IPv4
group on lo, and to one IPv6 group on a veth pair, each answer one datagram; a broadcast reaches a
server here and one in a second namespace across a veth pair; a refused join says why and the
server still answers unicast; an interface that comes, goes and comes back is joined again; a
server without joins keeps its port to itself. Addresses are the documentation ranges
(192.0.2.0/24, 2001:db8::/32): nothing leaves the namespaces. Every wait is bounded.
Needs root, unshare, nsenter and ip; exit 77 (skipped) without them."""
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

SETUP_FAILED = 3  # the namespace could not be set up here: skip, not fail
GROUP4, GROUP6 = "239.255.0.1", "ff12::2115"


def ip(*args):
    subprocess.run(("ip",) + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=10)


def free_port(family=socket.AF_INET):
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        s.bind(("", 0))
        return s.getsockname()[1]


class Server:
    """One udpchat-server --headless; stdout and stderr go to files read back while it runs."""

    def __init__(self, binary, args, name, portable=False, prefix=()):
        self.name = name
        self.dir = tempfile.mkdtemp(prefix="udpchat-netns-")
        self.out_path, self.err_path = os.path.join(self.dir, "out"), os.path.join(self.dir, "err")
        self.log_path = os.path.join(self.dir, "log.jsonl")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if portable:
            env["UDPCHAT_PORTABLE_IO"] = "1"  # the QUdpSocket path joins through Qt: tested too
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.process = subprocess.Popen(list(prefix) + [binary, "--headless", "--reply", "text",
                                            "--reply-text", name + " {payload}", "--log-file", self.log_path] + args,
                                            stdout=out, stderr=err)

    def text(self, which):
        with open(self.out_path if which == "out" else self.err_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def wait_for(self, which, words, seconds=8.0):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if words in self.text(which):
                return True
            if self.process.poll() is not None:
                return words in self.text(which)
            time.sleep(0.05)
        return False

    def destinations(self):
        with open(self.log_path, encoding="utf-8") as f:
            return [json.loads(line).get("to") for line in f if line.strip()]

    def stop(self):
        """Ends it (SIGTERM: the log file is flushed on the way out); its files stay until cleanup()."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def replies(sock, want, seconds=1.5):
    """Every reply within `seconds` of the last one (so a fourth, unwanted one is seen too)."""
    got = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            data, source = sock.recvfrom(2048)
        except socket.timeout:
            break
        got.append((data.decode(), source[0]))
        if len(got) >= want:
            deadline = min(deadline, time.monotonic() + 0.5)
    return got


class Results:
    def __init__(self):
        self.failed = 0

    def check(self, ok, what, detail=""):
        self.failed += not ok
        print("%s %s%s" % ("ok  " if ok else "FAIL", what, "" if ok else ": " + str(detail)), flush=True)


def three_servers(binary, r, family, join, send_to, configure_sender):
    port = free_port(family)
    names = ["server-%d" % i for i in range(3)]
    servers = [Server(binary, ["--port", str(port), "--join", join], n, portable=(i == 2)) for i, n in enumerate(names)]
    try:
        group = join.split("%")[0]
        for s in servers:
            ok = s.wait_for("err", "Joined group %s on" % group) and s.wait_for("out", "UDP bound on port %d" % port)
            r.check(ok, "%s joins %s on port %d" % (s.name, join, port), s.text("err"))
        client = socket.socket(family, socket.SOCK_DGRAM)
        configure_sender(client)
        client.sendto(b"hi", send_to(port))
        got = replies(client, 3)
        client.close()
        r.check(len(got) == 3 and sorted(t for t, _ in got) == sorted(n + " hi" for n in names),
                "one datagram to %s, exactly three replies from three distinct servers" % group, got)
        for s in servers:
            s.stop()
            r.check(s.destinations() == [group], "%s logs it as sent to %s" % (s.name, group), s.destinations())
    finally:
        for s in servers:
            s.cleanup()


def ipv4_group(binary, r):
    ip("link", "set", "lo", "multicast", "on")
    ip("route", "add", "239.0.0.0/8", "dev", "lo", "src", "127.0.0.1")
    three_servers(binary, r, socket.AF_INET, GROUP4 + "%lo", lambda port: (GROUP4, port), lambda s: None)


def ipv6_group(binary, r):
    # IPv6 multicast does not loop back on lo: a veth pair of this namespace carries it.
    ip("link", "add", "m0", "type", "veth", "peer", "name", "m1")
    ip("link", "set", "m1", "up")
    ip("link", "set", "m0", "up")
    ip("-6", "addr", "add", "2001:db8::1/64", "dev", "m0", "nodad")
    index = socket.if_nametoindex("m0")
    three_servers(binary, r, socket.AF_INET6, GROUP6 + "%m0", lambda port: (GROUP6, port, 0, index),
                  lambda s: s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, index))


def broadcast(binary, r):
    # A second namespace for the far end of a veth pair, held open by a process of ours.
    holder = subprocess.Popen(["unshare", "-n", "sleep", "60"])
    servers = []
    try:
        time.sleep(0.2)
        far = ["nsenter", "-t", str(holder.pid), "-n"]
        ip("link", "add", "b0", "type", "veth", "peer", "name", "b1")
        ip("link", "set", "b1", "netns", str(holder.pid))
        ip("addr", "add", "192.0.2.1/24", "dev", "b0")
        ip("link", "set", "b0", "up")
        for args in (("link", "set", "lo", "up"), ("addr", "add", "192.0.2.2/24", "dev", "b1"), ("link", "set", "b1", "up")):
            subprocess.run(far + ["ip"] + list(args), check=True, timeout=10)
        port = free_port()
        servers = [Server(binary, ["--bind", "0.0.0.0", "--port", str(port)], "near"),
                   Server(binary, ["--bind", "0.0.0.0", "--port", str(port)], "far", portable=True, prefix=far)]
        for s in servers:
            r.check(s.wait_for("out", "UDP bound on port %d" % port), "%s server listens on 0.0.0.0:%d" % (s.name, port),
                    s.text("err"))
        for to in ("192.0.2.255", "255.255.255.255"):
            client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            client.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            client.bind(("192.0.2.1", 0))  # so that 255.255.255.255 leaves through b0
            client.sendto(b"all", (to, port))
            got = replies(client, 2)
            client.close()
            r.check(sorted(got) == [("far all", "192.0.2.2"), ("near all", "192.0.2.1")],
                    "a broadcast to %s reaches both servers, each replying unicast from its address" % to, got)
        for s in servers:
            s.stop()
            r.check(s.destinations() == ["192.0.2.255", "255.255.255.255"],
                    "the %s server logs both as sent to the broadcast address" % s.name, s.destinations())
    finally:
        for s in servers:
            s.cleanup()
        holder.kill()
        holder.wait(5)


def failed_joins(binary, r):
    """Before lo can multicast: every reason said, and the server still answers unicast."""
    port = free_port()
    s = Server(binary, ["--port", str(port), "--join", GROUP4 + "%lo", "--join", GROUP4 + "%nosuch0",
                        "--join", "192.0.2.7", "--join", GROUP6 + "%lo"], "lonely")
    try:
        r.check(s.wait_for("out", "UDP bound on port %d" % port), "a server whose joins all fail still starts", s.text("err"))
        for words in ("Cannot join group 239.255.0.1 on lo: interface lo cannot do multicast.",
                      "Cannot join group 239.255.0.1 on nosuch0: there is no interface named nosuch0.",
                      "Cannot join group 192.0.2.7: 192.0.2.7 is not a multicast group address",
                      "Cannot join group ff12::2115 on lo: it is an IPv6 group and this server listens on IPv4"):
            r.check(s.wait_for("err", words, 3), "refused join explained: " + words, s.text("err"))
        client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        client.sendto(b"still", ("127.0.0.1", port))
        got = replies(client, 1)
        client.close()
        r.check(got == [("lonely still", "127.0.0.1")], "and it still answers unicast", got)
    finally:
        s.cleanup()


def interface_comes_and_goes(binary, r):
    port = free_port()
    s = Server(binary, ["--port", str(port), "--join", GROUP4 + "%late0"], "late")
    try:
        r.check(s.wait_for("err", "there is no interface named late0"), "no late0 yet: said", s.text("err"))

        def make():
            ip("link", "add", "late0", "type", "veth", "peer", "name", "late1")
            ip("addr", "add", "192.0.2.65/26", "dev", "late0")
            ip("link", "set", "late1", "up")
            ip("link", "set", "late0", "up")

        make()
        r.check(s.wait_for("err", "Interface late0 is ready now: joined group 239.255.0.1 on it.", 10),
                "late0 appears: joined within the recheck interval", s.text("err"))

        def send(payload):
            # A new socket each time: the old one's multicast interface went with the old late0.
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
                client.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton("192.0.2.65"))
                client.sendto(payload, (GROUP4, port))
                return replies(client, 1)

        got = send(b"late")
        r.check(got == [("late late", "192.0.2.65")], "a datagram to the group on late0 is answered", got)
        ip("link", "del", "late0")
        r.check(s.wait_for("err", "Interface late0 is gone or down", 10), "late0 removed: said", s.text("err"))
        make()
        r.check(s.wait_for("err", "Interface late0 is back: joined group 239.255.0.1 on it again.", 10),
                "late0 made again: joined again", s.text("err"))
        got = send(b"again")
        r.check(got == [("late again", "192.0.2.65")], "and answered again", got)
        ip("link", "del", "late0")
    finally:
        s.cleanup()


def exclusive_without_joins(binary, r):
    port = free_port()
    s = Server(binary, ["--bind", "127.0.0.1", "--port", str(port)], "alone")
    try:
        r.check(s.wait_for("out", "UDP bound on port %d" % port), "a server without joins listens", s.text("err"))
        thief = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        thief.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            thief.bind(("127.0.0.1", port))
            refused = False
        except OSError:
            refused = True
        thief.close()
        r.check(refused, "a second binder of its port, even with SO_REUSEADDR, is refused")
        second = Server(binary, ["--bind", "127.0.0.1", "--port", str(port)], "second")
        second.process.wait(10)
        r.check(second.process.returncode == 1 and "already in use" in second.text("err"),
                "a second udpchat-server on that port is refused", second.text("err"))
        second.cleanup()
    finally:
        s.cleanup()


def join_names_its_address(binary, r):
    # --join with --bind 127.0.0.1 listens on 0.0.0.0 as documented; the start-up said no address.
    port = free_port()
    s = Server(binary, ["--bind", "127.0.0.1", "--port", str(port), "--join", GROUP4 + "%lo"], "named")
    try:
        ok = s.wait_for("out", "UDP bound on port %d" % port) and \
            s.wait_for("err", "Listening on 0.0.0.0:%d, not 127.0.0.1" % port)
        r.check(ok, "--join with --bind 127.0.0.1 names the address it listens on", s.text("err"))
    finally:
        s.cleanup()


def inside(binary):
    try:
        ip("link", "set", "lo", "up")
    except (subprocess.CalledProcessError, OSError) as e:
        print("cannot set up the namespace: %s" % e, file=sys.stderr)
        return SETUP_FAILED
    r = Results()
    # Order matters: failed_joins needs lo without multicast, before ipv4_group turns it on.
    for case in (exclusive_without_joins, failed_joins, ipv4_group, join_names_its_address, ipv6_group, broadcast, interface_comes_and_goes):
        print("== %s" % case.__name__, flush=True)
        try:
            case(binary, r)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
            detail = getattr(e, "stderr", b"") or b""
            r.check(False, case.__name__, "%s %s" % (e, detail.decode(errors="replace") if isinstance(detail, bytes) else detail))
    print("%d failed" % r.failed)
    return 1 if r.failed else 0


def main():
    binary = os.path.abspath(sys.argv[1])
    if len(sys.argv) > 2 and sys.argv[2] == "--inside":
        return inside(binary)
    missing = [t for t in ("unshare", "nsenter", "ip") if not shutil.which(t)]
    if os.geteuid() != 0 or missing:
        print("SKIP: needs root and %s" % (", ".join(missing) or "nothing else"))
        return 77
    try:
        done = subprocess.run(["unshare", "-n", sys.executable, os.path.abspath(__file__), binary, "--inside"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=150)
    except subprocess.TimeoutExpired as e:
        print((e.stdout or "") + "\nFAIL: the namespace test took over 150 s")
        return 1
    print(done.stdout)
    if done.returncode == SETUP_FAILED or (done.returncode != 0 and "==" not in done.stdout):
        print("SKIP: could not set up a network namespace here")
        return 77
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
