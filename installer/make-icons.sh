#!/usr/bin/env bash
# Makes the installer icons from the window icon (src/main/resources/jp/tsunagu/ui/icon.png):
#   icons/tsunagu.png   Linux (jpackage takes a PNG), also linux/Tsunagu.png for the .deb
#   icons/tsunagu.ico   Windows (16-256 px in one file)
#   icons/tsunagu.icns  macOS (PNG-coded ic07/ic08/ic09 entries, which macOS 10.7+ reads)
# Needs ImageMagick (convert) and python3. The results are committed, so a Windows or macOS
# build needs neither; run this again only when icon.png changes.
set -euo pipefail
cd "$(dirname "$0")"
source_png=../src/main/resources/jp/tsunagu/ui/icon.png
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 32 48 64 128 256 512; do
  convert "$source_png" -resize "${size}x${size}" -strip "PNG32:$work/$size.png"
done
cp "$work/256.png" icons/tsunagu.png
cp "$work/256.png" linux/Tsunagu.png   # the .deb's icon (jpackage resource and menu icon)
convert "$work/16.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" icons/tsunagu.ico

# .icns: the 'icns' header and total length, then entries of type, length and PNG data (big-endian).
python3 - "$work" icons/tsunagu.icns <<'PY'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"{work}/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", 8 + len(data)) + data
open(out, "wb").write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
ls -l icons
