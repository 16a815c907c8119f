"""Text encodings: which one a file uses, decided from its bytes, and re-encoding to UTF-8.

Supported: UTF-8 (with or without a byte-order mark), UTF-16 (with a byte-order mark, as
Excel's "Unicode text" saves it, or without one when the zero bytes show its byte order),
UTF-32 (with a byte-order mark) and Windows-1251. Any other non-UTF-8 bytes are read as
Windows-1251, the usual encoding of Russian accounting exports.
"""

from __future__ import annotations

import codecs
import gzip
import io
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "detect_encoding",
    "duckdb_encoding",
    "looks_binary",
    "transcode_to_utf8",
]

_CHUNK = 16 * 1024 * 1024


def _bomless_utf32(sample: bytes) -> str | None:
    """Give utf-32-le or utf-32-be when the two high bytes of every four are zero (UTF-32, no BOM)."""
    quads = len(sample) // 4
    if quads < 4:
        return None
    lanes = [sample[k : 4 * quads : 4] for k in range(4)]
    zero = [lane.count(0) >= 0.95 * quads for lane in lanes]
    if zero[2] and zero[3] and not zero[0]:
        return "utf-32-le"
    if zero[0] and zero[1] and not zero[3]:
        return "utf-32-be"
    return None


def _bomless_utf16(head: bytes) -> str | None:
    """Give the UTF-16 (or UTF-32) codec when the zero bytes of the sample show it without a BOM.

    Text in Latin or Cyrillic letters, digits and punctuation has a zero (Latin) or 0x04
    (Cyrillic) high byte in every other position; at least 90 % of them must be so.
    """
    sample = head[:4096]
    wide = _bomless_utf32(sample)
    if wide is not None:
        return wide
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even, odd = sample[0 : 2 * pairs : 2], sample[1 : 2 * pairs : 2]
    for high, order in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if sum(1 for b in high if b in (0, 4)) >= 0.9 * pairs and high.count(0) >= pairs // 2:
            return order
    return None


def detect_encoding(head: bytes, *, complete: bool) -> str:
    """Give the Python codec name of the text in ``head``.

    One of utf-8, utf-8-sig, utf-32(-le/-be), utf-16(-le/-be) or cp1251. ``complete``
    says that ``head`` is the whole content; otherwise a multi-byte character cut at the end
    of the sample is not held against UTF-8.
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless = _bomless_utf16(head)
    if bomless is not None:
        return bomless
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
    except UnicodeDecodeError:
        return "cp1251"
    return "utf-8"


def duckdb_encoding(encoding: str) -> str | None:
    """Give the DuckDB ``read_csv`` encoding for a codec, or None when DuckDB cannot read it."""
    return {"utf-8": "utf-8", "utf-8-sig": "utf-8", "utf-16": "utf-16"}.get(encoding)


def looks_binary(head: bytes, encoding: str) -> bool:
    """Tell whether the sample looks like binary data rather than text."""
    if not head or encoding.startswith(("utf-16", "utf-32")):
        return False
    sample = head[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def transcode_to_utf8(path: Path, encoding: str, target: Path, *, gzipped: bool = False) -> Path:
    """Give ``target``: the content of ``path`` re-encoded from ``encoding`` to UTF-8.

    Streams in large chunks, so memory stays bounded whatever the file size. In a UTF-8
    file, a line that is not valid UTF-8 is read as Windows-1251 (exports that mix the
    two); in other encodings invalid bytes become U+FFFD.
    """
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as src, open(target, "wb") as dst:
        if encoding.startswith("utf-8"):
            _mend_utf8(src, dst)
            return target
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        while chunk := src.read(_CHUNK):
            dst.write(decoder.decode(chunk).encode("utf-8"))
        dst.write(decoder.decode(b"", final=True).encode("utf-8"))
    return target


def _mend_utf8(src: io.BufferedIOBase, dst: BinaryIO) -> None:
    """Copy UTF-8 text line by line where needed, reading invalid lines as Windows-1251."""
    rest = b""
    while True:
        chunk = src.read(_CHUNK)
        data = rest + chunk
        cut = data.rfind(b"\n") + 1 if chunk else len(data)
        block, rest = data[:cut], data[cut:]
        try:
            block.decode("utf-8")
            dst.write(block)
        except UnicodeDecodeError:
            for line in block.splitlines(keepends=True):
                try:
                    line.decode("utf-8")
                    dst.write(line)
                except UnicodeDecodeError:
                    dst.write(line.decode("cp1251", errors="replace").encode("utf-8"))
        if not chunk:
            return
