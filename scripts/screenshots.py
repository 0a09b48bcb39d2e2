#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Screenshots of both windows for the README, taken in a real X server (Xvfb):
    scripts/screenshots.py [--bin build] [--out docs/screenshots] [--scale 1]
A server window and a client window on a free port; the client says Alice and 张三, a second client
(a plain socket, like the tutorial's Client2) says Bob, then the first says exit; then the inspector
with Alice's datagram selected, and the tour. English and Chinese (--lang zh_CN), each light and
dark (the GTK dark theme, Qt's gtk3 platform theme); --scale 2 for 200%.
Needs: Xvfb, xdotool, ImageMagick, dbus-run-session, python3-pyatspi (./test.sh installs them)."""
import argparse
import os
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# What the windows are called in each language: titles and the accessible names the script clicks.
NAMES = {
    "en": {"server": "udpchat server", "client": "udpchat client", "Message": "Message", "Send": "Send",
           "tour": "A tour of UDP"},
    "zh_CN": {"server": "udpchat 服务器", "client": "udpchat 客户端", "Message": "消息", "Send": "发送(S)",
              "tour": "UDP 导览"},
}


def take(desk, bin_dir, suffix, extra_env, lang="en"):
    desk.env.update(extra_env)
    names = NAMES[lang]
    base = len(desk.procs)
    port = free_port()
    lang_args = ["--lang", lang]
    desk.start([os.path.join(bin_dir, "server", "udpchat-server"), "--port", str(port)] + lang_args)
    server = desk.wait_window("^%s - 127.0.0.1:%d$" % (names["server"], port))
    desk.xdotool("windowmove", server, "0", "0")
    desk.start([os.path.join(bin_dir, "client", "udpchat-client"), "--port", str(port)] + lang_args)
    client = desk.wait_window("^%s - 127.0.0.1:%d$" % (names["client"], port))
    scale = int(desk.env.get("QT_SCALE_FACTOR", "1"))
    desk.xdotool("windowmove", client, str(1340 * scale), "0")  # beside the server, all of it on the screen
    app = desk.app("udpchat-client")
    message = desk.one(app, "text", names["Message"])
    send = desk.one(app, "push button", names["Send"])
    for name in ("Alice", "张三"):
        desk.click_node(message)
        desk.type(name)
        desk.click_node(send)
        time.sleep(0.4)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as other:
        for name in (b"Bob", b"exit"):
            other.sendto(name, ("127.0.0.1", port))
            other.recvfrom(100)
    desk.click_node(message)
    desk.type("exit")
    desk.key("Return")
    time.sleep(1.0)
    paths = [desk.screenshot(server, "server%s.png" % suffix), desk.screenshot(client, "client%s.png" % suffix)]
    # The inspector: the first datagram selected, its header and hex dump in the detail pane.
    server_app = desk.app("udpchat-server")
    desk.click_node(desk.one(server_app, "table cell", "Alice"))
    time.sleep(0.5)
    paths.append(desk.screenshot(server, "inspector%s.png" % suffix))
    # The tour, from the client's Help menu (F1).
    desk.click_node(message)
    desk.key("F1")
    tour = desk.wait_window("^%s$" % names["tour"])
    time.sleep(0.5)
    paths.append(desk.screenshot(tour, "tour%s.png" % suffix))
    desk.key("Escape")
    for proc in desk.procs[base:]:
        proc.terminate()
    for proc in desk.procs[base:]:
        proc.wait(timeout=10)
    del desk.procs[base:]
    return paths


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default="build")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    if os.environ.get("UDPCHAT_E2E_BUS") != "1":
        env = dict(os.environ, UDPCHAT_E2E_BUS="1")
        return subprocess.run(["dbus-run-session", "--", sys.executable, *sys.argv], env=env).returncode
    from desktop import Desktop
    desk = Desktop(args.out, width=4400 if args.scale == "2" else 2200, height=1400 if args.scale == "2" else 1000)
    try:
        scale = {"QT_SCALE_FACTOR": args.scale} if args.scale != "1" else {}
        suffix = "" if args.scale == "1" else "-%sx" % args.scale
        light = dict(scale, QT_QPA_PLATFORMTHEME="")
        dark = dict(scale, QT_QPA_PLATFORMTHEME="gtk3", GTK_THEME="Adwaita:dark")
        shots = []
        for lang, tail in (("en", ""), ("zh_CN", "-zh_CN")):
            shots += take(desk, args.bin, suffix + tail, light, lang)
            shots += take(desk, args.bin, suffix + tail + "-dark", dark, lang)
    finally:
        desk.close()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    sys.exit(main())
