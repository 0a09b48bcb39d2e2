#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The client half of many to many, with the real binaries: udpchat-client --console sends one
datagram to a group (or a broadcast address) and prints every reply, each naming its server.
Three udpchat-server --headless, each in a network namespace of its own (so each answers from its
own address, as three computers would), hang off a bridge in the test's namespace; the client sends
through the bridge: exactly three replies from three distinct servers over IPv4 (239.255.0.1) and
IPv6 (ff12::2115 with the bridge's scope), the same for each datagram of a --count run, and a
broadcast to the subnet reaching two servers. Addresses are documentation ranges (192.0.2.0/24,
2001:db8::/32): nothing leaves the namespaces. Every wait is bounded.
Needs root, unshare, nsenter and ip; exit 77 (skipped) without them."""
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from netns_multicast import Results, Server, free_port, ip, GROUP4, GROUP6  # noqa: E402

SETUP_FAILED = 3


def client(binary, args, stdin=b"hi\n", seconds=20):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([binary, "--console", "--expect", "any", "--timeout", "1500"] + args, input=stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=seconds, env=env)
    return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace")


def responders(out):
    """The address:port each reply line names ("<reply> from 192.0.2.11:7000 ...")."""
    return re.findall(r" from (\S+:\d+)(?: seq=\d+)? time=", out)


class Far:
    """A namespace of its own on the bridge, held open by a process of ours."""

    def __init__(self, n):
        self.holder = subprocess.Popen(["unshare", "-n", "sleep", "120"])
        time.sleep(0.2)
        self.prefix = ["nsenter", "-t", str(self.holder.pid), "-n"]
        self.link = "s%d" % n
        ip("link", "add", "c%d" % n, "type", "veth", "peer", "name", self.link)
        ip("link", "set", self.link, "netns", str(self.holder.pid))
        ip("link", "set", "c%d" % n, "master", "br0")
        ip("link", "set", "c%d" % n, "up")
        for args in (("link", "set", "lo", "up"), ("addr", "add", "192.0.2.1%d/24" % n, "dev", self.link),
                     ("-6", "addr", "add", "2001:db8::1%d/64" % n, "dev", self.link, "nodad"),
                     ("link", "set", self.link, "up")):
            subprocess.run(self.prefix + ["ip"] + list(args), check=True, timeout=10)

    def close(self):
        self.holder.kill()
        self.holder.wait(5)


def three_servers(server_bin, client_bin, r, fars, group, host, extra=()):
    port = free_port()
    servers = [Server(server_bin, ["--port", str(port), "--join", "%s%%%s" % (group, f.link)], "server-%d" % i,
                      prefix=f.prefix) for i, f in enumerate(fars)]
    try:
        for s in servers:
            ok = s.wait_for("err", "Joined group %s on" % group) and s.wait_for("out", "UDP bound on port %d" % port)
            r.check(ok, "%s joins %s on port %d" % (s.name, group, port), s.text("err"))
        code, out, err = client(client_bin, ["--host", host, "--port", str(port)] + list(extra))
        got = responders(out)
        r.check(code == 0 and len(got) == 3 and len(set(got)) == 3 and "answered by 3 servers" in out,
                "one datagram to %s: exactly three replies from three distinct servers, all before the next prompt"
                % host, out + err)
        r.check(out.rstrip().endswith("Please input your name:"), "then the next prompt", out)
        code, out, err = client(client_bin, ["--host", host, "--port", str(port), "--message", "x {seq}",
                                             "--count", "2", "--interval", "100"] + list(extra), stdin=b"")
        got = re.findall(r"x (\d) from (\S+:\d+) seq=(\d) time=", out)
        r.check(code == 0 and len(got) == 6 and len(set(got)) == 6 and len({g[1] for g in got}) == 3,
                "a --count 2 run to %s: each datagram answered by the three servers, each line naming one" % host,
                out + err)
    finally:
        for s in servers:
            s.cleanup()


def broadcast(server_bin, client_bin, r, fars):
    port = free_port()
    servers = [Server(server_bin, ["--bind", "0.0.0.0", "--port", str(port)], "near-%d" % i, prefix=f.prefix)
               for i, f in enumerate(fars[:2])]
    try:
        for s in servers:
            r.check(s.wait_for("out", "UDP bound on port %d" % port), "%s listens on 0.0.0.0:%d" % (s.name, port),
                    s.text("err"))
        code, out, err = client(client_bin, ["--host", "192.0.2.255", "--port", str(port)])
        got = responders(out)
        r.check(code == 0 and sorted(a.split(":")[0] for a in got) == ["192.0.2.10", "192.0.2.11"]
                and "answered by 2 servers" in out,
                "a broadcast to 192.0.2.255 reaches both servers, each reply naming its server", out + err)
    finally:
        for s in servers:
            s.cleanup()


def inside(server_bin, client_bin):
    try:
        ip("link", "set", "lo", "up")
        ip("link", "add", "br0", "type", "bridge")
        ip("link", "set", "br0", "type", "bridge", "mcast_snooping", "0")  # no querier here: flood groups
        ip("addr", "add", "192.0.2.1/24", "dev", "br0")
        ip("-6", "addr", "add", "2001:db8::1/64", "dev", "br0", "nodad")
        ip("link", "set", "br0", "up")
    except (subprocess.CalledProcessError, OSError) as e:
        print("cannot set up the namespace: %s" % e, file=sys.stderr)
        return SETUP_FAILED
    r = Results()
    fars = []
    try:
        fars = [Far(n) for n in range(3)]
        time.sleep(0.5)  # the veths come up (bounded, once)
        for name, case in (("ipv4_group", lambda: three_servers(server_bin, client_bin, r, fars, GROUP4, GROUP4, ["--interface", "br0"])),
                           ("ipv6_group", lambda: three_servers(server_bin, client_bin, r, fars, GROUP6, GROUP6 + "%br0")),
                           ("broadcast", lambda: broadcast(server_bin, client_bin, r, fars))):
            print("== %s" % name, flush=True)
            try:
                case()
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
                r.check(False, name, e)
    finally:
        for f in fars:
            f.close()
    print("%d failed" % r.failed)
    return 1 if r.failed else 0


def main():
    server_bin, client_bin = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if len(sys.argv) > 3 and sys.argv[3] == "--inside":
        return inside(server_bin, client_bin)
    missing = [t for t in ("unshare", "nsenter", "ip") if not shutil.which(t)]
    if os.geteuid() != 0 or missing:
        print("SKIP: needs root and %s" % (", ".join(missing) or "nothing else"))
        return 77
    try:
        done = subprocess.run(["unshare", "-n", sys.executable, os.path.abspath(__file__), server_bin, client_bin,
                               "--inside"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=150)
    except subprocess.TimeoutExpired as e:
        print((e.stdout or "") + "\nFAIL: the namespace test took over 150 s")
        return 1
    print(done.stdout)
    if done.returncode == SETUP_FAILED or (done.returncode != 0 and "==" not in done.stdout):
        print("SKIP: could not set up a network namespace here (unshare -n not allowed?)")
        return 77
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
