#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""End to end, as a person does it: the real udpchat-server and udpchat-client binaries in a real
X server (Xvfb). xdotool moves the pointer and types; what the windows show is read through the
accessibility tree; the server's --log-file shows what it received. Screenshots of both windows
are saved in --out. Exit 0: passed; 1: failed; 77: skipped (a tool is missing).

Scenarios: a name typed and sent with a real click on Send, then exit with Enter; the seed's own
client against the server window, seen in the peers panel; a flood of 200,000 datagrams during
which the window must still take a click within 1 s and repaint; each window destroyed by the
window system, after which its program must quit."""
import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

from checks import FAILED, PASSED, check, free_udp_port, fresh_log_path, log_lines, ready_or_exit_status, wait_for  # noqa: E402

def focused_names(desk, app):
    """(role, name) of every node of app that AT-SPI says has focus: one, or the wrong one, fails."""
    import pyatspi
    found = []
    for node in desk.find(app):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                found.append((node.getRoleName(), node.name))
        except Exception:
            continue
    return found


def scenario_name_and_exit(desk, args, port, log):
    client = desk.start([args.client, "--port", str(port)])
    client_window = desk.wait_window("^udpchat client - 127.0.0.1:%d$" % port)
    desk.xdotool("windowmove", client_window, "1180", "0")  # beside the server window, not over it
    app = desk.app("udpchat-client")
    message = desk.one(app, "text", "Message")
    send = desk.one(app, "push button", "Send")
    conversation = desk.one(app, "list", "Conversation")
    def session_port():
        for label in desk.find(app, "label"):
            found = re.search(r"from local port (\d+)$", label.name or "")
            if found:
                return found
        return None
    local = wait_for(session_port, 10)
    check(bool(local), "the client says which local port its session uses")
    local_port = int(local.group(1)) if local else -1

    # What assistive technology is told has focus is what has it: the message field once the
    # window is active (a click: Xvfb has no window manager to activate it), then whatever Tab
    # moves to, and back with Shift+Tab.
    desk.click_node(message)
    check(wait_for(lambda: focused_names(desk, app) == [("text", "Message")], 5),
          "AT-SPI reports the message field as focused (%s)" % (focused_names(desk, app),))
    desk.key("Tab")
    # The next control after the field (which one is tst_usability's tab-order test's business).
    check(wait_for(lambda: len(focused_names(desk, app)) == 1 and focused_names(desk, app)[0][0] != "text", 5),
          "after Tab, AT-SPI reports the next control, and only it, as focused (%s)" % (focused_names(desk, app),))
    desk.key("shift+Tab")
    check(wait_for(lambda: focused_names(desk, app) == [("text", "Message")], 5),
          "after Shift+Tab, AT-SPI reports the message field again (%s)" % (focused_names(desk, app),))

    desk.click_node(message)
    desk.type("Alice")
    desk.click_node(send)  # a real pointer click at the Send button's position
    check(wait_for(lambda: "Hello Alice!\\n" in desk.texts(conversation), 10),
          "the reply 'Hello Alice!\\n' appears in the client's conversation")
    alice = wait_for(lambda: [l for l in log_lines(log) if l.get("text") == "Alice"], 5)
    check(bool(alice) and alice[0]["sender"] == "127.0.0.1" and alice[0]["port"] == local_port,
          "the server's log file has Alice from the client's address and port (%s)" % (alice[:1],))

    desk.click_node(message)
    desk.type("exit")
    desk.key("Return")
    over = "Session is over from the server 127.0.0.1:%d" % port
    check(wait_for(lambda: over in desk.texts(conversation), 10), "the client shows '%s'" % over)
    check("Good bye!\\n" in desk.texts(conversation), "the client shows the reply 'Good bye!\\n'")
    check(wait_for(lambda: not message.getState().contains(__import__("pyatspi").STATE_ENABLED), 5),
          "input is disabled once the session is over")
    bye = wait_for(lambda: [l for l in log_lines(log) if l.get("text") == "exit"], 5)
    check(bool(bye) and bye[0]["reply"] == "goodbye" and bye[0]["port"] == local_port,
          "the server's log file has the exit, answered Good bye")
    desk.screenshot(client_window, "client.png")
    return client


def scenario_seed_client(desk, args, port, log):
    seed = os.path.join(args.seed, "udp_client.py")
    if not os.path.isfile(seed):
        print("note: the seed is not at %s: its client scenario is skipped" % args.seed)
        return
    work = tempfile.mkdtemp(prefix="udpchat-e2e-seed-")
    try:
        with open(seed, encoding="utf-8") as f:
            source = f.read().replace("6000", str(port))
        copy = os.path.join(work, "udp_client.py")
        with open(copy, "w", encoding="utf-8") as f:
            f.write(source)
        done = subprocess.run([sys.executable, copy], input="Bob\nexit\n", capture_output=True, text=True, timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    check("Hello Bob!" in done.stdout and "Good bye!" in done.stdout,
          "the seed's client talks to the server window (%r)" % done.stdout[-80:])
    bob = wait_for(lambda: [l for l in log_lines(log) if l.get("text") == "Bob"], 5)
    if not check(bool(bob), "the server logged the seed client's Bob"):
        return
    endpoint = "127.0.0.1:%d" % bob[0]["port"]
    peers = desk.one(desk.app("udpchat-server"), "table", "Peers")

    def peer_state():
        table = peers.queryTable()
        for row in range(table.nRows):
            if table.getAccessibleAt(row, 0).name == endpoint:
                return table.getAccessibleAt(row, 5).name
        return None
    check(wait_for(lambda: peer_state() == "ended", 5),
          "the peers panel shows the seed client %s, ended after exit (%r)" % (endpoint, peer_state()))


def scenario_flood(desk, port):
    count, limit_s = 200000, 60
    app = desk.app("udpchat-server")
    follow = desk.one(app, "check box", "Follow newest")
    server_window = desk.wait_window("^udpchat server - 127.0.0.1:%d$" % port)

    # Found once: walking the whole tree again while the log fills would be slow.
    counters = [label for label in desk.find(app, "label") if (label.name or "").startswith("Received")]
    check(bool(counters), "the server's status bar shows its counters")

    def received():
        m = re.match(r"Received ([\d,.\s\u00a0\u202f]+)", counters[0].name or "") if counters else None
        return int(re.sub(r"\D", "", m.group(1))) if m else 0

    def dropped():
        m = re.search(r"dropped by the system: ([\d,.\s\u00a0\u202f]+)", counters[0].name or "") if counters else None
        return int(re.sub(r"\D", "", m.group(1))) if m else 0

    before = received()
    dropped_before = dropped()
    state = {"sent": 0, "done": False}

    def flood():
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            start = time.monotonic()
            for i in range(count):
                s.sendto(b"flood %d" % i, ("127.0.0.1", port))
                state["sent"] = i + 1
                if i % 100 == 99:
                    time.sleep(0.004)  # about 25,000 a second: a flood that lasts several seconds
                if time.monotonic() - start > limit_s:
                    break
        state["done"] = True

    thread = threading.Thread(target=flood, daemon=True)
    thread.start()
    try:
        wait_for(lambda: received() - before >= 20000 or state["done"], 30)
        check(not state["done"], "the flood is under way (%d received by the window)" % (received() - before))
        was = desk.checked(follow)
        shot_a = desk.screenshot(server_window, "server-flood-1.png")
        clicked = time.monotonic()
        desk.click_node(follow)
        toggled = wait_for(lambda: desk.checked(follow) != was, 1.0, step=0.01)
        took = time.monotonic() - clicked
        check(bool(toggled) and not state["done"],
              "during the flood a click on 'Follow newest' took effect in %.0f ms (limit 1000)" % (took * 1000))
        time.sleep(0.3)
        shot_b = desk.screenshot(server_window, "server-flood-2.png")
        with open(shot_a, "rb") as a, open(shot_b, "rb") as b:
            check(a.read() != b.read(), "the window repainted during the flood (two screenshots differ)")
    finally:
        thread.join(limit_s + 10)
    # Every datagram is accounted for: read and counted, or dropped by the system when the window
    # (slower under the sanitizers) fell behind and the receive buffer was full, and counted so.
    def accounted():
        return (received() - before) + (dropped() - dropped_before)
    check(wait_for(lambda: accounted() >= state["sent"], 10),
          "every datagram of the flood is counted: %d received + %d dropped by the system = %d sent"
          % (received() - before, dropped() - dropped_before, state["sent"]))


def scenario_window_destroyed(desk, args):
    """The window system destroys the window (xdotool windowclose), not a close request: the
    program must not go on running with no window."""
    port = free_udp_port()
    for argv, title in (([args.server, "--port", str(port)], "^udpchat server - 127.0.0.1:%d$" % port),
                        ([args.client, "--port", str(port)], "^udpchat client - 127.0.0.1:%d$" % port)):
        proc = desk.start(argv)
        window = desk.wait_window(title)
        desk.xdotool("windowclose", window)
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            code = None
        check(code == 0, "%s quits (status %r) when the window system destroys its window"
              % (os.path.basename(argv[0]), code))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--client", required=True)
    parser.add_argument("--seed", default="")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    status = ready_or_exit_status(("Xvfb", "xdotool", "import", "dbus-run-session"))
    if status is not None:
        return status

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from desktop import Desktop

    desk = Desktop(args.out)
    try:
        port = free_udp_port()
        log = fresh_log_path(args.out)
        desk.start([args.server, "--port", str(port), "--log-file", log])
        server_window = desk.wait_window("^udpchat server - 127.0.0.1:%d$" % port)
        desk.xdotool("windowmove", server_window, "0", "0")
        scenario_name_and_exit(desk, args, port, log)
        scenario_seed_client(desk, args, port, log)
        desk.screenshot(server_window, "server.png")
        scenario_flood(desk, port)
        scenario_window_destroyed(desk, args)
    except AssertionError as error:
        check(False, str(error))
    finally:
        desk.close()
    print("screenshots and the server's log: %s" % args.out)
    print("%d passed, %d failed" % (len(PASSED), len(FAILED)))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
