"""Pack the PNG icon sizes into Windows .ico and macOS .icns files (both may embed PNG data)."""

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def _png(size: int) -> bytes:
    return (ICONS / f"twofold-{size}.png").read_bytes()


def ico() -> bytes:
    images = [_png(s) for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns() -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(_png(size))) + _png(size)
        for size, kind in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    (ICONS / "twofold.ico").write_bytes(ico())
    (ICONS / "twofold.icns").write_bytes(icns())
    return 0


if __name__ == "__main__":
    sys.exit(main())
