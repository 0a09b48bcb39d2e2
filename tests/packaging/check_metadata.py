#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The desktop files and AppStream metainfo as a software centre reads them:
desktop-file-validate with no message at all (hints included), appstreamcli validate --pedantic
with no error, warning or info (only the pedantic note on upper-case ids, which the issue asks
for), ids and names that match, Chinese names, the newest release = the project's version,
screenshots by URL, the client's desktop actions and no headless action for the server.
  check_metadata.py --source DIR --version X.Y.Z
Exit 0: passed; 1: failed; 77: skipped (desktop-file-validate or appstreamcli missing)."""
import argparse
import configparser
import os
import re
import shutil
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
        check(root.find("content_rating") is not None and root.findtext("developer_name"),
              "%s has a content rating and a developer" % app_id)
    print("%d failed" % len(FAILED))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
