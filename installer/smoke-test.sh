#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a package with apt into a fresh, minimal Debian bookworm root made by mmdebstrap from
# Debian's repository, and runs installer/smoke-inside.sh there: proof that the .deb's Depends
# are enough on a machine that has nothing else. The root lives only while the hooks run.
# Needs root, mmdebstrap and the network to deb.debian.org.
# Usage: smoke-test.sh PACKAGE.deb VERSION [MIRROR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
package=$(readlink -f "$1")
version=$2
mirror=${3:-http://deb.debian.org/debian}
# --variant=apt: the essential packages and apt, nothing more (no locales, no fonts, no X).
# The package's Depends must bring everything else.
mmdebstrap --variant=apt --mode=root --quiet \
    --customize-hook="copy-in \"$package\" \"$here/smoke-inside.sh\" /tmp" \
    --customize-hook='chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/'"$(basename "$package")" \
    --customize-hook='chroot "$1" sh /tmp/smoke-inside.sh '"$version" \
    bookworm /dev/null "$mirror"
