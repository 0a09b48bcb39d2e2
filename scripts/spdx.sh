#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Puts the licence identifier at the top of every tracked source file that lacks it:
#   // SPDX-License-Identifier: MIT   in .cpp and .h (the first line)
#   # SPDX-License-Identifier: MIT    in .py, .sh, CMakeLists.txt, .cmake and other scripts
#                                     (after a #! line and a Python coding line, if any)
#   scripts/spdx.sh           add it where it is missing
#   scripts/spdx.sh --check   only list the files without it; exit 1 if there are any
set -euo pipefail
cd "$(dirname "$0")/.."
tag="SPDX-License-Identifier: MIT"
check=0
[ "${1:-}" = "--check" ] && check=1
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "spdx.sh: not a git checkout, nothing to list" >&2
    exit 77
fi

comment_for() {
    case "$1" in
        *.cpp|*.h) echo "//" ;;
        *.py|*.sh|*/CMakeLists.txt|CMakeLists.txt|*.cmake) echo "#" ;;
        *) if head -c 2 "$1" 2>/dev/null | grep -q '^#!'; then echo "#"; fi ;;
    esac
}

missing=0
while IFS= read -r -d '' file; do
    [ -f "$file" ] || continue
    marker=$(comment_for "$file")
    [ -n "$marker" ] || continue
    # Already there (anywhere in the first three lines: after #! and a coding line).
    head -n 3 "$file" | grep -q "$tag" && continue
    missing=$((missing + 1))
    if [ $check -eq 1 ]; then
        echo "no SPDX header: $file"
        continue
    fi
    keep=0
    first=$(head -n 1 "$file")
    second=$(sed -n 2p "$file")
    [[ "$first" == '#!'* ]] && keep=1
    if [[ "$marker" == "#" ]]; then
        # A Python coding line must stay in the first two lines.
        if [ $keep -eq 0 ] && [[ "$first" == *coding[:=]* ]]; then keep=1; fi
        if [ $keep -eq 1 ] && [[ "$second" == *coding[:=]* ]]; then keep=2; fi
    fi
    tmp=$(mktemp)
    { head -n "$keep" "$file"; echo "$marker $tag"; tail -n +"$((keep + 1))" "$file"; } > "$tmp"
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
    echo "added: $file"
done < <(git ls-files -z)

if [ $check -eq 1 ]; then
    if [ $missing -gt 0 ]; then
        echo "$missing file(s) without '$tag' (scripts/spdx.sh adds it)"
        exit 1
    fi
    echo "every source file has '$tag'"
fi
