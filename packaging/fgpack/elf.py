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


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == ELF_MAGIC
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    """The sonames ``path`` links against, in link order; [] for a non-ELF file."""
    data = path.read_bytes()
    if data[:4] != ELF_MAGIC or len(data) < 64:
        return []
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
    names: list[str] = []
    for sec in sections:
        sh_type, sh_offset, sh_size, sh_link = sec[1], sec[4], sec[5], sec[6]
        if sh_type != SHT_DYNAMIC:
            continue
        strtab_offset = sections[sh_link][4]
        step = struct.calcsize(dyn_fmt)
        for pos in range(sh_offset, sh_offset + sh_size, step):
            tag, value = struct.unpack_from(dyn_fmt, data, pos)
            if tag == DT_NULL:
                break
            if tag == DT_NEEDED:
                start = strtab_offset + value
                names.append(data[start : data.index(b"\0", start)].decode())
    return names
