"""Hostile files for the limit tests, made on the fly: zip-bomb and far-cell workbooks, a gzip
bomb, a CSV with 100,000 columns; and a probe of a call's time, memory growth and left files."""

from __future__ import annotations

import gzip
import io
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl

__all__ = ["Probe", "far_cell_xlsx", "gzip_bomb", "probe", "wide_csv", "zip_bomb_xlsx"]

MB = 1024 * 1024
_LINE = b"10042;2024-03-05;1250,50;Retail\n"
_PAGE = 4096


def _small_workbook(far_cell: bool = False) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["customer_id", "date", "amount"])
    for n in range(5):
        sheet.append([f"c{n}", f"2024-01-0{n + 1}", 10 + n])
    if far_cell:
        sheet.cell(row=1_048_576, column=16_384, value="x")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def far_cell_xlsx(*, keep_dimension: bool = True) -> bytes:
    """Give a workbook with a small table and one cell at XFD1048576 (its dimension cut if asked)."""
    data = _small_workbook(far_cell=True)
    if keep_dimension:
        return data
    return _rewrite(
        data,
        lambda name, xml: xml.replace(b'<dimension ref="A1:XFD1048576" />', b"") if "sheet1" in name else xml,
    )


def _rewrite(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, change(item.filename, src.read(item.filename)))
    return out.getvalue()


def _deflated(data: bytes, *, final: bool = False) -> bytes:
    """Give ``data`` as self-contained raw deflate blocks (the last block of a stream if ``final``)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


def _zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """Give a zip archive of deflated (name, payload, crc, size) entries, written by hand."""
    out, central = io.BytesIO(), []
    for name, payload, crc, size in entries:
        offset, raw = out.tell(), name.encode()
        fields = (20, 0, 8, 0, 0x21, crc, len(payload), size, len(raw), 0)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + raw + payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, offset) + raw)
    start = out.tell()
    out.write(b"".join(central))
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start, start, 0)
    )
    return out.getvalue()


def zip_bomb_xlsx(unpacked_mb: int = 1024) -> bytes:
    """Give a workbook whose first sheet unpacks to ``unpacked_mb`` MB of rows (about 4 MB packed).

    The sheet's deflate stream repeats one compressed megabyte of rows (blocks ended by a
    full flush are independent), so it is made in a second; sizes and CRC are true.
    """
    row = b'<row><c t="inlineStr"><is><t>c</t></is></c><c><v>1</v></c><c><v>2</v></c></row>'
    block = row * (MB // len(row))
    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    tail = b"</sheetData></worksheet>"
    crc = zlib.crc32(head)
    for _ in range(unpacked_mb):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    payload = _deflated(head) + _deflated(block) * unpacked_mb + _deflated(tail, final=True)
    size = len(head) + len(block) * unpacked_mb + len(tail)
    entries = []
    with zipfile.ZipFile(io.BytesIO(_small_workbook())) as src:
        for item in src.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                entries.append((item.filename, payload, crc, size))
            else:
                data = src.read(item.filename)
                entries.append((item.filename, _deflated(data, final=True), zlib.crc32(data), len(data)))
    return _zip(entries)


def gzip_bomb(unpacked_mb: int = 1024) -> bytes:
    """Give a gzip file of a CSV that unpacks to ``unpacked_mb`` MB (about 300 times its size).

    One compressed megabyte of lines repeated as gzip members (a valid multi-member file).
    """
    member = gzip.compress(_LINE * (MB // len(_LINE)), compresslevel=9)
    return gzip.compress(b"customer_id;date;amount;channel\n") + member * unpacked_mb


def wide_csv(columns: int = 100_000, rows: int = 3) -> bytes:
    """Give a CSV with ``columns`` columns."""
    header = ",".join(f"c{i}" for i in range(columns))
    body = "\n".join(",".join(str(r) for _ in range(columns)) for r in range(rows))
    return (header + "\n" + body + "\n").encode()


def _rss() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * _PAGE


@dataclass
class Probe:
    """What a call cost: seconds, the peak growth of resident memory, and what it raised."""

    seconds: float
    rss_growth_mb: float
    error: BaseException | None


def probe(call: Callable[[], object]) -> Probe:
    """Run ``call``, sampling resident memory every few milliseconds; give its cost and its error."""
    start = _rss()
    peak = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss())
            time.sleep(0.005)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    began, error = time.monotonic(), None
    try:
        call()
    except Exception as exc:  # the caller checks which error it is
        error = exc
    finally:
        done.set()
        watcher.join()
    peak[0] = max(peak[0], _rss())
    return Probe(time.monotonic() - began, (peak[0] - start) / MB, error)


def left_files(folder: Path) -> list[str]:
    """Give every file and folder under ``folder`` (relative paths)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
