#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The package stage: makes the .deb from a Release build (build/ unless a folder is given, the
# one the test suite just ran), checks it the way Debian would (desktop-file-validate,
# appstreamcli, lintian), and installs it with apt into a fresh bookworm root where its programs
# are run (installer/smoke-test.sh). Needs root for that last step; FFCONSOLE_PACKAGE_NO_ROOT=1
# stops before it. Prints where the .deb is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${FFCONSOLE_BUILD_DIR:-$root/build}}
say() { echo "package: $*"; }

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "package: $build is a $build_type build; the package is made from a Release build" >&2
    exit 1
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
cmake --build "$build" --target package
package="$build/ffconsole_${version}_$(dpkg --print-architecture).deb"
[ -f "$package" ] || { echo "package: $package was not made" >&2; exit 1; }
say "made $package ($(du -h "$package" | cut -f1))"

contents=$(mktemp -d)
trap 'rm -rf "$contents"' EXIT
dpkg-deb -x "$package" "$contents"
say "desktop-file-validate"
desktop-file-validate "$contents"/usr/share/applications/*.desktop
say "appstreamcli validate"
appstreamcli validate --no-net --explain "$contents"/usr/share/metainfo/*.metainfo.xml
say "lintian"
# Errors and warnings fail; what lintian only mentions (info) does not. The suppressed tags are
# not faults of this package:
#   - initial-upload-closes-no-bugs, no-bugs-closed: an internal package has no Debian bug to close.
lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs "$package"

if [ "${FFCONSOLE_PACKAGE_NO_ROOT:-0}" = 1 ]; then
    say "FFCONSOLE_PACKAGE_NO_ROOT=1: not installed into a fresh root"
    exit 0
fi
say "installing it with apt into a fresh Debian bookworm root (mmdebstrap)"
"$root/installer/smoke-test.sh" "$package" "$version"
say "passed: $package"
