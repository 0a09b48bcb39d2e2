#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""udpchat's UDP checksums against real packets: in a network namespace of its own (unshare -n),
with a veth pair whose checksum offload is off (so the kernel writes the real checksum), it sends
datagrams over IPv4 and IPv6 to a documentation address on the far end, captures them with a
packet socket, and compares each captured 8-byte UDP header with the one udpchat computes.
Nothing leaves the namespace. Needs root, unshare, ip and ethtool; exit 77 (skipped) without them."""
import json
import os
import shutil
import socket
import subprocess
import sys

CASES = [b"Alice", b"", b"odd", "\u5f20\u4e09".encode(), bytes(range(256)), b"x" * 1400]


def inside(tool):
    """Runs in the namespace: set up the link, send and capture, print JSON."""
    run = lambda *a: subprocess.run(a, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run("ip", "link", "add", "v0", "type", "veth", "peer", "name", "v1")
    for dev in ("v0", "v1"):
        run("ip", "link", "set", dev, "up")
    run("ip", "addr", "add", "192.0.2.1/24", "dev", "v0")
    run("ip", "-6", "addr", "add", "2001:db8::1/64", "dev", "v0", "nodad")
    run("ip", "neigh", "add", "192.0.2.2", "lladdr", "02:00:00:00:00:02", "dev", "v0")
    run("ip", "-6", "neigh", "add", "2001:db8::2", "lladdr", "02:00:00:00:00:02", "dev", "v0")
    run("ethtool", "-K", "v0", "tx", "off")
    capture = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))
    capture.bind(("v1", 0))
    capture.settimeout(3)
    results = []
    for family, src, dst in ((socket.AF_INET, "192.0.2.1", "192.0.2.2"), (socket.AF_INET6, "2001:db8::1", "2001:db8::2")):
        sender = socket.socket(family, socket.SOCK_DGRAM)
        sender.bind((src, 0))
        sport = sender.getsockname()[1]
        for payload in CASES:
            sender.sendto(payload, (dst, 6000))
            while True:
                frame = capture.recv(65535)
                ethertype = frame[12:14]
                if ethertype == b"\x08\x00" and frame[14 + 9] == 17:
                    ip = frame[14:]
                    udp = ip[(ip[0] & 15) * 4:]
                    break
                if ethertype == b"\x86\xdd" and frame[14 + 6] == 17:
                    udp = frame[14 + 40:]
                    break
            results.append({"src": src, "sport": sport, "dst": dst, "dport": 6000,
                            "payload": payload.hex(), "captured": udp[:8].hex()})
        sender.close()
    for r in results:
        computed = subprocess.run([tool, r["src"], str(r["sport"]), r["dst"], str(r["dport"]), r["payload"]],
                                  capture_output=True, text=True).stdout.strip()
        r["computed"] = computed
    print(json.dumps(results))


def main():
    tool = sys.argv[1]
    if len(sys.argv) > 2 and sys.argv[2] == "--inside":
        inside(tool)
        return 0
    missing = [t for t in ("unshare", "ip", "ethtool") if not shutil.which(t)]
    if os.geteuid() != 0 or missing:
        print("SKIP: needs root and %s" % (", ".join(missing) or "nothing else"))
        return 77
    done = subprocess.run(["unshare", "-n", sys.executable, os.path.abspath(__file__), tool, "--inside"],
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or not done.stdout.strip():
        print("SKIP: could not set up a namespace with a veth pair here: %s" % done.stderr.strip()[-300:])
        return 77
    failed = 0
    results = json.loads(done.stdout)
    for r in results:
        ok = r["computed"] == r["captured"]
        failed += not ok
        print("%s %s -> %s, %d payload bytes: captured %s, udpchat %s" % ("ok  " if ok else "FAIL", r["src"], r["dst"],
              len(r["payload"]) // 2, r["captured"], r["computed"]))
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
