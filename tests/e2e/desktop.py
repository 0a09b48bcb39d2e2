# SPDX-License-Identifier: MIT
"""A real X desktop for end-to-end tests: Xvfb, a session D-Bus with the accessibility bus, and
the real binaries, driven with xdotool (real pointer and keyboard events) and read through the
accessibility tree (AT-SPI), the way assistive technology reads them. Every process started here
is stopped by its own id in close(), whatever happened before."""
import os
import shutil
import signal
import subprocess
import tempfile
import time

import pyatspi  # Debian: python3-pyatspi (system python3)


class Desktop:
    def __init__(self, output_dir, width=1800, height=1000):
        self.output_dir = output_dir
        os.makedirs(output_dir, exist_ok=True)
        self.procs = []
        self.home = tempfile.mkdtemp(prefix="udpchat-e2e-home-")
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "%dx%dx24" % (width, height),
                                 "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(write_fd)
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_fd, 16)
            if not chunk:
                break
            number += chunk
        os.close(read_fd)
        if not number.strip():
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number.decode().strip()
        self.env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb",
                        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", XDG_CONFIG_HOME=os.path.join(self.home, "config"),
                        XDG_RUNTIME_DIR=self.home, NO_AT_BRIDGE="0",
                        # The checks read English names and digits: the user's own locale would
                        # translate the windows (zh_CN) or change the digits (ar_EG).
                        LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
        self.env.pop("WAYLAND_DISPLAY", None)
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if os.path.exists(launcher):
            self.start([launcher, "--launch-immediately"], quiet=True)
            time.sleep(0.5)

    def start(self, argv, quiet=False, **kwargs):
        # What each program says on stderr is kept beside the screenshots, for when a test fails.
        name = os.path.basename(argv[0])
        errors = subprocess.DEVNULL if quiet else open(os.path.join(self.output_dir, "%s-%d.stderr" % (name, len(self.procs))), "w")
        proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.DEVNULL if quiet else kwargs.pop("stdout", None),
                                stderr=errors, **kwargs)
        if errors is not subprocess.DEVNULL:
            errors.close()
        self.procs.append(proc)
        return proc

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(self.home, ignore_errors=True)

    # --- X: windows, pointer, keyboard, screenshots
    def xdotool(self, *args):
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20).stdout

    def wait_window(self, title_regex, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ids = self.xdotool("search", "--name", title_regex).split()
            if ids:
                return ids[-1]
            time.sleep(0.1)
        raise AssertionError("no window titled like %r" % title_regex)

    def click(self, x, y):
        self.xdotool("mousemove", "--sync", str(int(x)), str(int(y)), "click", "1")

    def type(self, text):
        # Characters beyond the keymap (such as 张三) need xdotool to remap a key each: go slower.
        delay = "15" if text.isascii() else "120"
        self.xdotool("type", "--delay", delay, text)

    def key(self, name):
        self.xdotool("key", name)

    def screenshot(self, window_id, name):
        path = os.path.join(self.output_dir, name)
        subprocess.run(["import", "-window", str(window_id), path], env=self.env, timeout=30,
                       stderr=subprocess.DEVNULL)
        return path

    # --- AT-SPI: what the windows show
    def app(self, name, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            # The newest one: an application that just quit may linger on the bus for a moment.
            for i in reversed(range(desktop.childCount)):
                child = desktop.getChildAtIndex(i)
                try:
                    if child is not None and child.name == name and child.childCount > 0:
                        return child
                except Exception:
                    continue
            time.sleep(0.2)
        raise AssertionError("application %r not on the accessibility bus" % name)

    @staticmethod
    def find(root, role=None, name=None, limit=5000):
        """All nodes under root with that role name and/or accessible name (breadth first)."""
        found, queue, seen = [], [root], 0
        while queue and seen < limit:
            node = queue.pop(0)
            seen += 1
            try:
                if (role is None or node.getRoleName() == role) and (name is None or node.name == name):
                    found.append(node)
                queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
            except Exception:
                continue
        return found

    def one(self, root, role, name, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            nodes = self.find(root, role, name)
            if nodes:
                return nodes[0]
            time.sleep(0.1)
        raise AssertionError("no %s named %r" % (role, name))

    @staticmethod
    def centre(node):
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return box.x + box.width / 2, box.y + box.height / 2

    def click_node(self, node):
        self.click(*self.centre(node))

    @staticmethod
    def texts(node):
        """Names of node's children: list items, table cells."""
        out = []
        for i in range(node.childCount):
            try:
                out.append(node.getChildAtIndex(i).name)
            except Exception:
                pass
        return out

    @staticmethod
    def checked(node):
        return node.getState().contains(pyatspi.STATE_CHECKED)
