#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""End to end under Wayland: the real udpchat-server and udpchat-client binaries as native Wayland
clients (QT_QPA_PLATFORM=wayland) of a headless weston. xdotool cannot type into Wayland, so the
name is typed and sent through the accessibility tree (AT-SPI): the message field's EditableText,
then the Send button's action. What the windows show is read the same way; the server's
--log-file shows what it received. Exit 0: passed; 1: failed; 77: skipped (weston, Qt's Wayland
plugin or a tool is missing).

Scenario: both windows start; a name sent from the client is answered, shown in the client's
conversation, and seen in the server's log (its window and its log file)."""
import argparse
import glob
import os
import sys
import tempfile
import time

from checks import FAILED, PASSED, check, free_udp_port, fresh_log_path, log_lines, ready_or_exit_status, wait_for  # noqa: E402

def qt_wayland_plugin():
    return glob.glob("/usr/lib/*/qt6/plugins/platforms/libqwayland-generic.so") + \
        glob.glob("/usr/lib/qt6/plugins/platforms/libqwayland-generic.so")


def make_desktop_class():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from desktop import Desktop

    class WaylandDesktop(Desktop):
        """desktop.Desktop with a headless weston instead of Xvfb: the same start/close/AT-SPI."""

        def __init__(self, output_dir):  # pylint: disable=super-init-not-called
            self.output_dir = output_dir
            os.makedirs(output_dir, exist_ok=True)
            self.procs = []
            self.home = tempfile.mkdtemp(prefix="udpchat-wayland-home-")  # 0700: a valid XDG_RUNTIME_DIR
            self.socket = "udpchat-e2e-%d" % os.getpid()
            base = dict(os.environ, XDG_RUNTIME_DIR=self.home, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")  # English names and digits
            base.pop("DISPLAY", None)
            base.pop("WAYLAND_DISPLAY", None)
            self.env = base
            self.start(["weston", "--backend=headless-backend.so", "--socket=" + self.socket, "--idle-time=0",
                        "--width=1600", "--height=1000"], quiet=False)
            if not wait_for(lambda: os.path.exists(os.path.join(self.home, self.socket)), 15, 0.1):
                self.close()
                raise RuntimeError("weston did not start (see %s)" % output_dir)
            self.env = dict(base, WAYLAND_DISPLAY=self.socket, QT_QPA_PLATFORM="wayland",
                            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", NO_AT_BRIDGE="0",
                            XDG_CONFIG_HOME=os.path.join(self.home, "config"))
            launcher = "/usr/libexec/at-spi-bus-launcher"
            if os.path.exists(launcher):
                self.start([launcher, "--launch-immediately"], quiet=True)
                time.sleep(0.5)

    return WaylandDesktop


def frame_titled(desk, app, title, timeout=20):
    return wait_for(lambda: desk.find(app, "frame", title), timeout, 0.2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--client", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    plugin = () if qt_wayland_plugin() else ("qt6-wayland (Qt's Wayland platform plugin)",)
    status = ready_or_exit_status(("weston", "dbus-run-session"), plugin)
    if status is not None:
        return status

    desk = make_desktop_class()(args.out)
    try:
        port = free_udp_port()
        log = fresh_log_path(args.out)
        server = desk.start([args.server, "--port", str(port), "--log-file", log])
        client = desk.start([args.client, "--port", str(port)])
        server_app = desk.app("udpchat-server")
        client_app = desk.app("udpchat-client")
        check(bool(frame_titled(desk, server_app, "udpchat server - 127.0.0.1:%d" % port)),
              "the server window starts under Wayland")
        check(bool(frame_titled(desk, client_app, "udpchat client - 127.0.0.1:%d" % port)),
              "the client window starts under Wayland")
        check(server.poll() is None and client.poll() is None, "both programs are running")

        message = desk.one(client_app, "text", "Message")
        send = desk.one(client_app, "push button", "Send")
        conversation = desk.one(client_app, "list", "Conversation")
        message.queryEditableText().setTextContents("Alice")
        check(wait_for(lambda: message.queryText().getText(0, -1) == "Alice", 5),
              "the name is typed into the message field (AT-SPI EditableText)")
        send.queryAction().doAction(0)
        check(wait_for(lambda: "Hello Alice!\\n" in desk.texts(conversation), 10),
              "the reply 'Hello Alice!\\n' appears in the client's conversation")
        alice = wait_for(lambda: [l for l in log_lines(log) if l.get("text") == "Alice"], 5)
        check(bool(alice) and alice[0].get("reply") not in (None, "goodbye"),
              "the server's log file has Alice, answered (%s)" % (alice[:1],))
        table = desk.one(server_app, "table", "Log")
        seen = wait_for(lambda: any("Alice" in (cell.name or "") for cell in desk.find(table, "table cell")), 10, 0.2)
        check(bool(seen), "the server window's log shows Alice")
    except AssertionError as error:
        check(False, str(error))
    finally:
        desk.close()
    print("the server's log and the programs' stderr: %s" % args.out)
    print("%d passed, %d failed" % (len(PASSED), len(FAILED)))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
