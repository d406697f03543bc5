"""The DT_NEEDED entries of an ELF file, read with the standard library alone.

Why not ``ldd``: ``ldd`` resolves names against the build machine's library
path, so a library that happens to be installed here hides a dependency the
bundle or the .deb would lack; and it runs the dynamic loader on the file.
The bundle's own closure (which libraries are reachable from what footgui
loads) and the list of libraries it needs from the system both want the raw
names a file asks for, which sit in its ``.dynamic`` section.
"""

from __future__ import annotations

import struct
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
SHT_DYNAMIC = 6
DT_NULL = 0
DT_NEEDED = 1
DT_RPATH = 15
DT_RUNPATH = 29


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == ELF_MAGIC
    except OSError:
        return False


def _dynamic(data: bytes) -> tuple[list[tuple[int, int, int]], int, str]:
    """(tag, value, file offset) of each .dynamic entry, the string table offset, format."""
    if data[:4] != ELF_MAGIC or len(data) < 64:
        return [], 0, ""
    is64 = data[4] == 2
    endian = "<" if data[5] == 1 else ">"
    if is64:
        shoff, shentsize, shnum = (
            struct.unpack_from(endian + "Q", data, 0x28)[0],
            struct.unpack_from(endian + "H", data, 0x3A)[0],
            struct.unpack_from(endian + "H", data, 0x3C)[0],
        )
        sec_fmt, dyn_fmt = endian + "IIQQQQIIQQ", endian + "qQ"
    else:
        shoff, shentsize, shnum = (
            struct.unpack_from(endian + "I", data, 0x20)[0],
            struct.unpack_from(endian + "H", data, 0x2E)[0],
            struct.unpack_from(endian + "H", data, 0x30)[0],
        )
        sec_fmt, dyn_fmt = endian + "IIIIIIIIII", endian + "iI"
    sections = [struct.unpack_from(sec_fmt, data, shoff + i * shentsize) for i in range(shnum)]
    for sec in sections:
        sh_type, sh_offset, sh_size, sh_link = sec[1], sec[4], sec[5], sec[6]
        if sh_type != SHT_DYNAMIC:
            continue
        entries = []
        step = struct.calcsize(dyn_fmt)
        for pos in range(sh_offset, sh_offset + sh_size, step):
            tag, value = struct.unpack_from(dyn_fmt, data, pos)
            entries.append((tag, value, pos))
            if tag == DT_NULL:
                break
        return entries, sections[sh_link][4], dyn_fmt
    return [], 0, ""


def _string(data: bytes, offset: int) -> str:
    return data[offset : data.index(b"\0", offset)].decode()


def needed(path: Path) -> list[str]:
    """The sonames ``path`` links against, in link order; [] for a non-ELF file."""
    data = path.read_bytes()
    entries, strtab, _fmt = _dynamic(data)
    return [_string(data, strtab + value) for tag, value, _pos in entries if tag == DT_NEEDED]


def runpaths(path: Path) -> list[str]:
    """The RPATH/RUNPATH entries of ``path`` (each a colon-separated list)."""
    data = path.read_bytes()
    entries, strtab, _fmt = _dynamic(data)
    return [
        _string(data, strtab + value)
        for tag, value, _pos in entries
        if tag in (DT_RPATH, DT_RUNPATH)
    ]


def drop_foreign_runpaths(path: Path) -> bool:
    """Keep only ``$ORIGIN``-relative search paths; True if ``path`` was changed.

    Why: extension modules of a Python built in a home folder (pyenv, CI
    tool caches) carry RUNPATH entries like ``/root/.pyenv/.../lib``; in an
    installed app that is a search path into a folder some user may own. The
    string is shortened in place (NUL-padded); an entry left empty is removed
    by moving the later entries up and ending with DT_NULL, as chrpath -d does.
    """
    data = bytearray(path.read_bytes())
    entries, strtab, fmt = _dynamic(bytes(data))
    drop: set[int] = set()
    for tag, value, pos in entries:
        if tag not in (DT_RPATH, DT_RUNPATH):
            continue
        old = _string(bytes(data), strtab + value)
        kept = ":".join(p for p in old.split(":") if p.startswith("$ORIGIN"))
        if kept == old:
            continue
        if not kept:
            drop.add(pos)  # the string stays: the linker may share its tail
        else:
            start = strtab + value
            data[start : start + len(old)] = kept.encode().ljust(len(old), b"\0")
            drop.discard(pos)
            drop.add(-1)  # changed, nothing to remove
    if not drop:
        return False
    step = struct.calcsize(fmt)
    live = [(t, v) for t, v, pos in entries if pos not in drop and t != DT_NULL]
    first = entries[0][2]
    for i in range(len(entries)):
        tag, value = live[i] if i < len(live) else (DT_NULL, 0)
        struct.pack_into(fmt, data, first + i * step, tag, value)
    path.write_bytes(bytes(data))
    return True


PT_LOAD = 1
PAGE = 4096


def loadable(path: Path) -> bool:
    """Whether the dynamic loader accepts ``path``'s PT_LOAD segments.

    The loader refuses a segment whose address and file offset differ by a
    non-multiple of the page size ("ELF load command address/offset not
    page-aligned"): what ``strip`` produces from a library that patchelf had
    rewritten (numpy's OpenBLAS, Qt's FFmpeg in the wheels).
    """
    data = path.read_bytes()
    if data[:4] != ELF_MAGIC:
        return False
    endian = "<" if data[5] == 1 else ">"
    if data[4] == 2:
        phoff = struct.unpack_from(endian + "Q", data, 0x20)[0]
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x36)
        fmt = endian + "IIQQQQQQ"
    else:
        phoff = struct.unpack_from(endian + "I", data, 0x1C)[0]
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x2A)
        fmt = endian + "IIIIIIII"
    for i in range(phnum):
        fields = struct.unpack_from(fmt, data, phoff + i * phentsize)
        if data[4] == 2:
            p_type, p_offset, p_vaddr = fields[0], fields[2], fields[3]
        else:
            p_type, p_offset, p_vaddr = fields[0], fields[1], fields[2]
        if p_type == PT_LOAD and (p_vaddr - p_offset) % PAGE:
            return False
    return True
