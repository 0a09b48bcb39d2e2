#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The man pages and the bash completion against the programs' own --help, so that they fail here
when an option is added, renamed or given another value name; and --version's three lines.
  check_docs.py --server BIN --client BIN --man-dir docs/man --completion resources/bash-completion/udpchat
Exit 0: passed; 1: failed."""
import argparse
import os
import re
import shutil
import subprocess
import sys

FAILED = []
OPTION = re.compile(r"^  (?:-(\w), )?(--[\w-]+)(?: <([^>]+)>)?")


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        FAILED.append(what)
    return condition


def run(argv):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=30)


def help_options(binary):
    """{--long: value name or ''} and {--long: its description} from --help."""
    options, descriptions, current = {}, {}, None
    for line in run([binary, "--help"]).stdout.splitlines():
        found = OPTION.match(line)
        if found:
            current = found.group(2)
            options[current] = found.group(3) or ""
            descriptions[current] = line[found.end():].strip()
        elif current and line.startswith("  ") and line.strip():
            descriptions[current] += " " + line.strip()
        else:
            current = None
    return options, descriptions


# Value names the completion fills from the system, not from --help.
SYSTEM_VALUES = {"path", "file", "host", "interface"}
# What --help lists today, so that a parser that drops values cannot agree with itself.
KNOWN_VALUES = {
    "udpchat-server": {"--reply": ["echo", "hello", "none", "text"],
                       "--encoding": ["gb18030", "iso-8859-1", "utf-16be", "utf-16le", "utf-8"],
                       "--lang": ["en", "zh_CN"]},
    "udpchat-client": {"--expect": ["any", "hello"], "--multicast-loopback": ["off", "on"],
                       "--encoding": ["gb18030", "iso-8859-1", "utf-16be", "utf-16le", "utf-8"],
                       "--lang": ["en", "zh_CN"]},
}


def listed_values(description):
    """The values a description lists after a colon, before any parenthesis, each maybe with a
    remark in parentheses, up to the end of the sentence: "How to answer: hello (the tutorial's,
    default), echo (...), none (...)." lists hello, echo, none."""
    if not re.match(r"^[^(:]*: ", description):
        return []
    text = re.sub(r"\([^()]*\)", "", description.split(": ", 1)[1])
    text = re.split(r"[.;](?: |$)", text, maxsplit=1)[0]
    return sorted(v for v in re.split(r",|\s+or\s+|\s+", text) if v)


def man_options(path):
    """{--long: value name or ''} from the OPTIONS section of a man page (.TP, then .B/.BR/.BI)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    section = re.search(r"^\.SH OPTIONS\n(.*?)^\.SH ", text, re.S | re.M)
    options = {}
    lines = section.group(1).splitlines() if section else []
    for tp, item in zip(lines, lines[1:]):
        if tp != ".TP":
            continue
        item = item.replace("\\-", "-")
        for name in re.findall(r"(--[\w-]+)", item):
            value = re.search(r'--[\w-]+"? +"? *([\w-]+)"?$', item) if item.startswith(".BI") else None
            options[name] = value.group(1) if value else ""
    return options


def complete(completion, binary, words):
    script = 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; ' \
             'COMP_POINT=${#COMP_LINE}; _udpchat; printf "%s\\n" "${COMPREPLY[@]}"'
    done = subprocess.run(["bash", "-c", script, "_", completion, binary, *words], capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return [w for w in done.stdout.splitlines() if w]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--client", required=True)
    parser.add_argument("--man-dir", required=True)
    parser.add_argument("--completion", required=True)
    args = parser.parse_args()

    for name, binary in (("udpchat-server", args.server), ("udpchat-client", args.client)):
        options, descriptions = help_options(binary)
        if not check(len(options) >= 4, "%s --help lists its options (%d)" % (name, len(options))):
            continue
        # Man page: the same options with the same value names, both ways.
        man = man_options(os.path.join(args.man_dir, name + ".1.in"))
        check(set(man) == set(options), "%s.1 documents exactly the options of --help (only in --help: %s; "
              "only in the man page: %s)" % (name, sorted(set(options) - set(man)) or "none",
                                            sorted(set(man) - set(options)) or "none"))
        for option, value in sorted(options.items()):
            if option in man and man[option] != value:
                check(False, "%s.1: %s takes <%s> in --help, '%s' in the man page" % (name, option, value, man[option]))
        # Completion: every long option, and the values an option lists.
        offered = complete(args.completion, binary, ["--"])
        check(sorted(offered) == sorted(options), "bash completes %s's options as --help lists them (%s)"
              % (name, " ".join(sorted(offered))))
        # Values: for every option with a value, exactly those its --help lists (none: nothing).
        for option, value in sorted(options.items()):
            if not value or value in SYSTEM_VALUES:
                continue
            listed = listed_values(descriptions[option])
            offered = sorted(complete(args.completion, binary, [option, ""]))
            check(offered == listed, "bash completes %s %s with exactly the values its --help lists "
                  "(offered %s, listed %s)" % (name, option, offered, listed))
        for option, expected in sorted(KNOWN_VALUES[name].items()):
            check(listed_values(descriptions.get(option, "")) == expected,
                  "%s --help lists %s's values %s" % (name, option, expected))
        # --version: the program and version, the Qt it runs on, the git revision.
        lines = run([binary, "--version"]).stdout.splitlines()
        check(len(lines) >= 3 and re.match(r"^%s \d+\.\d+\.\d+$" % name, lines[0]) is not None
              and lines[1].startswith("Qt 6.") and re.match(r"^git revision ([0-9a-f]{7,}|unknown)$", lines[2]),
              "%s --version names the version, Qt and the git revision (%s)" % (name, lines[:3]))
        if shutil.which("man"):
            done = subprocess.run(["man", "--warnings", "-l", "-Tutf8", "-Z",
                                   os.path.join(args.man_dir, name + ".1.in")],
                                  capture_output=True, text=True, timeout=30,
                                  env=dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ=""))
            check(done.returncode == 0 and not done.stderr.strip(),
                  "%s.1 formats without a groff warning %s" % (name, done.stderr.strip()[:200]))
    print("%d failed" % len(FAILED))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
