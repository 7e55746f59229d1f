#!/usr/bin/env bash
# Finishes the .deb that jpackage made from the app image (run by Maven, profile "installer"):
#   - adds the menu entry and icon as plain package files (/usr/share/applications,
#     /usr/share/icons/hicolor), so dpkg installs and removes them and no script needs
#     xdg-desktop-menu;
#   - writes /usr/share/doc/tsunagu/copyright: Tsunagu's licence (Apache-2.0) and the bundled
#     font's (SIL OFL 1.1);
#   - gives every file the same time (project.build.outputTimestamp) and builds the package again
#     with SOURCE_DATE_EPOCH, so the same commit makes the same bytes, and the file times in the
#     installed package are those the AOT cache was recorded with;
#   - writes the SHA-256 sum beside it.
# Usage: package-deb.sh DEB TIMESTAMP FONT_LICENSE   (TIMESTAMP as in project.build.outputTimestamp)
set -euo pipefail
deb=$1 epoch=$(date -d "$2" +%s) font_license=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

dpkg-deb -R "$deb" "$root"

install -d -m 755 "$root/usr/share/applications" "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/doc/tsunagu"
install -m 644 "$here/tsunagu.desktop" "$root/usr/share/applications/tsunagu.desktop"
install -m 644 "$here/Tsunagu.png" "$root/usr/share/icons/hicolor/256x256/apps/tsunagu.png"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Tsunagu"
  echo
  echo "Files: *"
  echo "Copyright: Tsunagu contributors"
  echo "License: Apache-2.0"
  echo
  echo "Files: opt/tsunagu/lib/runtime/* opt/tsunagu/lib/app/*"
  echo "Copyright: their authors"
  echo "License: other"
  echo " The Java runtime (GPL-2.0 with the Classpath Exception, see lib/runtime/legal) and the"
  echo " other libraries in lib/app (mostly Apache-2.0; see the META-INF folder of each jar) keep"
  echo " their own licences."
  echo
  echo "Files: opt/tsunagu/lib/app/tsunagu-*.jar"
  echo "Copyright: Tsunagu contributors; 2022 The BIZ UDGothic Project Authors; 2014-2021 Adobe (the fonts)"
  echo "License: Apache-2.0 and OFL-1.1"
  echo "Comment: The code is Apache-2.0; the bundled fonts jp/tsunagu/fonts/BIZUDPGothic_*.ttf and"
  echo " NotoSansJP_*.ttf (the fallback for characters BIZ UDPGothic lacks) in this jar are OFL-1.1"
  echo " (their notices: /opt/tsunagu/lib/app/LICENSE_FONT and LICENSE_NotoSansJP)."
  echo
  echo "License: Apache-2.0"
  echo " On Debian systems, the complete text of the Apache License, Version 2.0 can be found in"
  echo " /usr/share/common-licenses/Apache-2.0 (and in /opt/tsunagu/lib/app/LICENSE)."
  echo
  echo "License: OFL-1.1"
  sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' "$font_license"
} > "$root/usr/share/doc/tsunagu/copyright"
chmod 644 "$root/usr/share/doc/tsunagu/copyright"

# jpackage adds xdg-utils for the xdg-desktop-menu calls that these scripts no longer make.
sed -i -E '/^Depends:/ s/(, )?xdg-utils//' "$root/DEBIAN/control"

# The package's size as dpkg reports it, now that files were added.
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"

find "$root" -exec touch -h -d "@$epoch" {} +
rm "$deb"
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
(cd "$(dirname "$deb")" && sha256sum "$(basename "$deb")" > "$(basename "$deb").sha256")
