#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The .deb as Debian judges it: built by CPack from this build tree, lintian --pedantic with no
# error and no warning, the control fields (maintainer, recommends, the description exactly as
# written in packaging/), the files it installs (exactly those), then unpacked in a throwaway root
# where both programs must answer --version, and the installed tree validated by appstreamcli and
# desktop-file-validate.
#   check_deb.sh BUILD_DIR SOURCE_DIR
# Exit 0: passed; 1: failed; 77: skipped (cpack, dpkg-deb or lintian missing).
set -uo pipefail
build=$1
source=$2
for tool in cpack dpkg-deb dpkg-shlibdeps lintian; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is missing (Debian: cmake, dpkg-dev, lintian)"
        exit 77
    fi
done
work=$(mktemp -d /tmp/udpchat-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
failed=0
check() {  # check CONDITION-STATUS WHAT
    if [ "$1" -eq 0 ]; then echo "ok   $2"; else echo "FAIL $2"; failed=$((failed + 1)); fi
}

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1)
check $? "cpack builds the .deb" || true
deb=$(ls "$work"/out/udpchat_*.deb 2>/dev/null | head -n 1)
if [ -z "$deb" ]; then
    cat "$work/cpack.log"
    echo "1 failed"
    exit 1
fi
echo "package: $(basename "$deb")"

lintian --pedantic --display-info --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>"$work/lintian.err"
lintian_status=$?
grep -v "running with root privileges" "$work/lintian.err" | sed "s/^/  lintian (stderr): /"
sed 's/^/  lintian: /' "$work/lintian.txt"
# lintian exits 1 on error tags and 2 when it could not run; anything on stderr but the root
# notice is lintian itself failing, which must not pass as a clean report.
[ $lintian_status -eq 0 ] && ! grep -qE '^[EW]: ' "$work/lintian.txt" \
    && ! grep -v "running with root privileges" "$work/lintian.err" | grep -q .
check $? "lintian --pedantic: no error and no warning (status $lintian_status)"

field() { dpkg-deb -f "$deb" "$1"; }
maintainer=$(field Maintainer)
[[ "$maintainer" =~ ^[^\<]+\ \<[^@\ ]+@[^@\ ]+\.[a-z]+\>$ && "$maintainer" != *localhost* ]]
check $? "Maintainer is a name and an address ($maintainer)"
[ "$(field Recommends)" = "qt6-translations-l10n, qt6-wayland, qt6-gtk-platformtheme" ]
check $? "Recommends: $(field Recommends)"
# The description as written: the summary of install.cmake, then packaging/description.txt (a
# control file indents each line by one space and writes an empty line as " ."). Quotes that lost
# their escaping on the way into CPackConfig.cmake once turned it into "exactly ;exit" gets".
summary=$(sed -n 's/^set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "\(.*\)")$/\1/p' "$source/packaging/install.cmake")
{ echo "$summary"; sed 's/^$/./; s/^/ /' "$source/packaging/description.txt"; } >"$work/description.txt"
field Description >"$work/control-description.txt"
diff -u "$work/description.txt" "$work/control-description.txt"
check $? "the Description is the summary and packaging/description.txt, unchanged ($(wc -l <"$work/control-description.txt") lines)"
[ -n "$summary" ] && [ "$(wc -l <"$work/control-description.txt")" -gt 5 ] && ! grep -q ';' "$work/control-description.txt"
check $? "the description has a summary, an extended part and no ';' (a CMake list's separator)"

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/files.txt"
sort >"$work/expected.txt" <<'FILES'
/usr/bin/udpchat-client
/usr/bin/udpchat-server
/usr/share/applications/io.github.udpchat.Client.desktop
/usr/share/applications/io.github.udpchat.Server.desktop
/usr/share/bash-completion/completions/udpchat-client
/usr/share/bash-completion/completions/udpchat-server
/usr/share/doc/udpchat/README.md
/usr/share/doc/udpchat/changelog.gz
/usr/share/doc/udpchat/copyright
/usr/share/icons/hicolor/scalable/apps/io.github.udpchat.Client.svg
/usr/share/icons/hicolor/scalable/apps/io.github.udpchat.Server.svg
/usr/share/man/man1/udpchat-client.1.gz
/usr/share/man/man1/udpchat-server.1.gz
/usr/share/metainfo/io.github.udpchat.Client.metainfo.xml
/usr/share/metainfo/io.github.udpchat.Server.metainfo.xml
FILES
diff -u "$work/expected.txt" "$work/files.txt"
check $? "the .deb installs exactly the expected files"
! grep -qE 'run\.sh|test\.sh|docs/screenshots' "$work/files.txt" <(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/udpchat/README.md)
check $? "the installed README has no repository commands"

root="$work/root"
dpkg -x "$deb" "$root"
for program in udpchat-server udpchat-client; do
    out=$(QT_QPA_PLATFORM=offscreen timeout 20 "$root/usr/bin/$program" --version 2>&1)
    [[ "$out" == "$program "* && "$out" == *"Qt 6."* && "$out" == *"git revision"* ]]
    check $? "$program --version from the unpacked .deb: $(echo "$out" | paste -sd'|')"
done
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --pedantic --no-net "$root" >"$work/tree.txt" 2>&1
    status=$?
    sed 's/^/  appstreamcli: /' "$work/tree.txt"
    [ $status -eq 0 ] && ! grep -qE '^\s*[EWI]: ' "$work/tree.txt"
    check $? "appstreamcli validate-tree --pedantic on the installed files: no error, warning or info"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    out=$(desktop-file-validate "$root"/usr/share/applications/*.desktop 2>&1)
    [ -z "$out" ]
    check $? "desktop-file-validate on the installed .desktop files $out"
fi
echo "$failed failed"
[ $failed -eq 0 ]
