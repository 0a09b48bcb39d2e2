# SPDX-License-Identifier: MIT
# Sourced by run.sh and test.sh: installs what udpchat needs, where it can.
#   udpchat_ensure_packages build       Qt 6 and the compiler
#   udpchat_ensure_packages build test  ... plus what the tests drive (Python, socat, Xvfb, xdotool...)
#
# Debian / Ubuntu: installed with apt-get (as root, or through sudo).
# Elsewhere, install by hand, then run the script again:
#   Fedora:  sudo dnf install cmake gcc-c++ qt6-qtbase-devel qt6-qtcharts-devel qt6-qttools-devel python3 socat nmap-ncat \
#                             xorg-x11-server-Xvfb xdotool ImageMagick clang compiler-rt
#   Arch:    sudo pacman -S cmake gcc qt6-base qt6-charts qt6-tools python socat openbsd-netcat xorg-server-xvfb \
#                          xdotool imagemagick clang
#   macOS:   brew install cmake qt@6 socat netcat       (the X11 end-to-end test is skipped)
#   Windows: Qt 6 from the Qt online installer or vcpkg, CMake, Visual Studio 2019 or later;
#            run the commands in test.sh by hand in a Developer PowerShell.

# libqt6opengl6-dev: bookworm's qt6-charts-dev needs its CMake files but does not pull it in.
# ninja-build: test.sh builds with Ninja where it is installed (make is slower on this tree).
UDPCHAT_BUILD_PACKAGES=(cmake g++ make ninja-build pkg-config qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
                        qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev fonts-dejavu-core
                        fonts-noto-cjk)
# fonts-noto-mono: most desktops resolve the fixed font to Noto Sans Mono (fixedPitch() false, advances
# equal); the tests run with it so they assert what those users see.
UDPCHAT_TEST_PACKAGES=(python3 socat netcat-openbsd xvfb xauth xdotool x11-utils imagemagick
                       dbus-daemon at-spi2-core python3-pyatspi iproute2 ethtool util-linux
                       clang libclang-rt-14-dev tshark
                       lintian dpkg-dev file desktop-file-utils appstream man-db weston qt6-wayland
                       qt6-gtk-platformtheme fonts-noto-mono)

udpchat_ensure_packages() {
    local wanted=() missing=() pkg
    for group in "$@"; do
        case "$group" in
            build) wanted+=("${UDPCHAT_BUILD_PACKAGES[@]}") ;;
            test) wanted+=("${UDPCHAT_TEST_PACKAGES[@]}") ;;
        esac
    done
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "udpchat: not a Debian/Ubuntu system; make sure these are installed (see scripts/deps.sh):"
        echo "  CMake >= 3.16, a C++17 compiler, Qt >= 6.4 (Core Network Widgets Charts Test, LinguistTools)"
        return 0
    fi
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "udpchat: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "udpchat: need root to install: ${missing[*]}" >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# udpchat_configure DIR [cmake options...]: configures a build directory with Ninja where it is
# installed (faster than make on this tree), else CMake's default. A directory made earlier with
# another generator is started afresh: CMake cannot switch generators in place.
udpchat_configure() {
    local dir=$1
    shift
    local generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [ -f "$dir/CMakeCache.txt" ]; then
        local had wanted=${generator[1]:-}
        had=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$dir/CMakeCache.txt")
        if [ -n "$wanted" ] && [ "$had" != "$wanted" ]; then
            echo "udpchat: $dir was configured for $had; configuring it afresh for $wanted"
            rm -rf "$dir"
        elif [ -z "$wanted" ]; then
            generator=(-G "$had")
        fi
    fi
    cmake -S . -B "$dir" "${generator[@]}" "$@"
}
