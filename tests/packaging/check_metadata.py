#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The desktop files and AppStream metainfo as a software centre reads them:
desktop-file-validate with no message at all (hints included), appstreamcli validate --pedantic
with no error, warning or info (only the pedantic note on upper-case ids, which the issue asks
for), ids and names that match, Chinese names, the newest release = the project's version,
screenshots by URL with the width and height of the PNG in docs/screenshots, the client's desktop
actions and no headless action for the server; and the tour's number of steps, wherever a shipped
text names it, is the number the tour has.
  check_metadata.py --source DIR --version X.Y.Z
Exit 0: passed; 1: failed; 77: skipped (desktop-file-validate or appstreamcli missing)."""
import argparse
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

FAILED = []
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        FAILED.append(what)
    return condition


def png_size(path):
    """(width, height) from a PNG's IHDR chunk, or None when the file is missing or not a PNG."""
    try:
        with open(path, "rb") as f:
            head = f.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


# "seven-step tour", "UDP in seven steps", "七步导览": the number of steps a text gives the tour.
# Only where the tour is named nearby ("下一步", Next, is a step too); "one step" is an idiom.
NUMBERS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
NUMBERS.update({w: n for n, w in enumerate("二三四五六七八九十", 2)})
NUMBERS.update({str(n): n for n in range(2, 21)})
STEPS = re.compile(r"\b(\w+)[- ]steps?\b|([二三四五六七八九十])步", re.I)
TOUR = re.compile(r"tour|导览", re.I)
NEARBY = 80


def stated_step_counts(text):
    counts = []
    for found in STEPS.finditer(text):
        word = (found.group(1) or found.group(2)).lower()
        around = text[max(0, found.start() - NEARBY):found.end() + NEARBY]
        if word in NUMBERS and TOUR.search(around):
            counts.append(NUMBERS[word])
    return counts


def check_tour_steps(source):
    """The tour's steps are its numbered headings ("<h3>7. ...") in client/gui/tourdialog.cpp; every
    text that ships or is shown (metainfo, desktop files, man pages, README, the menu, the Chinese
    strings) must name that number when it names one."""
    with open(os.path.join(source, "client", "gui", "tourdialog.cpp"), encoding="utf-8") as f:
        steps = len(re.findall(r"<h3>\d+\. ", f.read()))
    check(steps >= 2, "the tour's steps are counted from client/gui/tourdialog.cpp (%d)" % steps)
    texts = ["resources/io.github.udpchat.Server.metainfo.xml", "resources/io.github.udpchat.Client.metainfo.xml",
             "resources/io.github.udpchat.Server.desktop", "resources/io.github.udpchat.Client.desktop",
             "docs/man/udpchat-server.1.in", "docs/man/udpchat-client.1.in", "README.md",
             "packaging/README.installed.md", "packaging/changelog.in", "ui/clientwindow.ui",
             "resources/translations/zh_CN.py"]
    for name in texts:
        with open(os.path.join(source, name), encoding="utf-8") as f:
            wrong = sorted(set(n for n in stated_step_counts(f.read()) if n != steps))
        check(not wrong, "%s names the tour's %d steps, no other number (also names: %s)"
              % (name, steps, wrong or "none"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    missing = [t for t in ("desktop-file-validate", "appstreamcli") if not shutil.which(t)]
    if missing:
        print("SKIP: missing %s (Debian: desktop-file-utils, appstream)" % ", ".join(missing))
        return 77
    resources = os.path.join(args.source, "resources")
    for app in ("Server", "Client"):
        app_id = "io.github.udpchat." + app
        desktop_path = os.path.join(resources, app_id + ".desktop")
        meta_path = os.path.join(resources, app_id + ".metainfo.xml")
        done = subprocess.run(["desktop-file-validate", desktop_path], capture_output=True, text=True)
        check(done.returncode == 0 and not (done.stdout + done.stderr).strip(),
              "desktop-file-validate %s.desktop: no error, warning or hint %s" % (app_id, (done.stdout + done.stderr).strip()))
        done = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net", "--no-color", meta_path],
                              capture_output=True, text=True)
        issues = [l.strip() for l in done.stdout.splitlines() if re.match(r"^\s*[EWIP]: ", l)]
        unexpected = [l for l in issues if not (l.startswith("P: ") and "cid-contains-uppercase-letter" in l)]
        check(done.returncode == 0 and not unexpected,
              "appstreamcli validate --pedantic %s.metainfo.xml: no error, warning or info %s" % (app_id, unexpected))

        entry = configparser.RawConfigParser(strict=True, interpolation=None)
        entry.optionxform = str
        entry.read(desktop_path, encoding="utf-8")
        main_group = entry["Desktop Entry"]
        for key in ("Name", "GenericName", "Comment", "Keywords"):
            check(bool(main_group.get(key + "[zh_CN]")), "%s.desktop has %s[zh_CN]" % (app_id, key))
        check(main_group.get("Icon") == app_id, "%s.desktop's icon is named like the app id" % app_id)
        actions = [a for a in main_group.get("Actions", "").split(";") if a]
        for action in actions:
            check(bool(entry["Desktop Action " + action].get("Name[zh_CN]")),
                  "%s.desktop action %s has Name[zh_CN]" % (app_id, action))
        execs = [main_group["Exec"]] + [entry["Desktop Action " + a]["Exec"] for a in actions]
        if app == "Client":
            check(actions == ["new-window", "demo"] and "udpchat-client --demo" in execs,
                  "the client offers the desktop actions New Window and Tutorial Demo")
        else:
            check(not any("--headless" in e for e in execs),
                  "the server has no headless desktop action (it has no window to show)")

        root = ET.parse(meta_path).getroot()
        check(root.findtext("id") == app_id, "%s.metainfo.xml has the id %s" % (app_id, app_id))
        check(root.findtext("launchable") == app_id + ".desktop", "%s launches %s.desktop" % (app_id, app_id))
        check(root.findtext("icon") == app_id, "%s's icon is %s" % (app_id, app_id))
        for tag in ("name", "summary"):
            check(any(e.get(XML_LANG) == "zh_CN" for e in root.findall(tag)), "%s has a zh_CN %s" % (app_id, tag))
        releases = root.findall("releases/release")
        check(bool(releases) and releases[0].get("version") == args.version,
              "%s's newest release is the project's version %s" % (app_id, args.version))
        images = [i.text or "" for i in root.iter("image")]
        check(bool(images) and all(i.startswith("https://") for i in images),
              "%s's screenshots are referenced by https URL (%d)" % (app_id, len(images)))
        # A software centre lays the page out from the sizes given: they must be the PNG's own.
        for image in root.iter("image"):
            local = os.path.join(args.source, "docs", "screenshots", os.path.basename(image.text or ""))
            real = png_size(local)
            given = (image.get("width"), image.get("height"))
            check(real is not None and given == (str(real[0]), str(real[1])),
                  "%s: %s is %sx%s as the metainfo says (docs/screenshots has %s)"
                  % (app_id, os.path.basename(local), given[0], given[1],
                     "%dx%d" % real if real else "no such PNG"))
        check(root.find("content_rating") is not None and root.findtext("developer_name"),
              "%s has a content rating and a developer" % app_id)
    check_tour_steps(args.source)
    print("%d failed" % len(FAILED))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
