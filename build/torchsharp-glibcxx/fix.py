#!/usr/bin/env python3
"""Make TorchSharp's native library load on systems whose libstdc++ predates GLIBCXX_3.4.32.

libLibTorchSharp.so (TorchSharp 0.107) asks for GLIBCXX_3.4.32 for exactly one symbol,
std::ios_base_library_init(). On such systems this script, given an output folder:
  1. marks that one version requirement of the folder's copy of libLibTorchSharp.so as weak, and
  2. builds libnetpicking_glibcxx_shim.so, which exports the symbol under that version.
Netpicking.Core's TorchRuntime loads the shim with RTLD_GLOBAL before TorchSharp loads.
Where libstdc++ already has the version (newer distributions) nothing is done.
See docs/decisions/0001-torchsharp-on-debian-12.md.
"""
import glob
import os
import struct
import subprocess
import sys

VERSION = b"GLIBCXX_3.4.32"
SHT_GNU_VERNEED = 0x6FFFFFFE
VER_FLG_WEAK = 0x2
HERE = os.path.dirname(os.path.abspath(__file__))
SHIM = "libnetpicking_glibcxx_shim.so"


def system_libstdcxx():
    for pattern in ("/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6",
                    "/usr/lib/libstdc++.so.6", "/usr/lib/*-linux-gnu/libstdc++.so.6"):
        for path in glob.glob(pattern):
            return path
    return None


def weaken(path):
    """Sets VER_FLG_WEAK on the GLIBCXX_3.4.32 entry of .gnu.version_r; returns True if changed."""
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise SystemExit(f"{path}: not a little-endian ELF64 file")
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
        changed = False
        for (_, sh_type, _, _, offset, _, link, info, _, _) in sections:
            if sh_type != SHT_GNU_VERNEED:
                continue
            strtab = sections[link][4]
            need = offset
            for _ in range(info):
                _, cnt, _, aux, nxt = struct.unpack_from("<HHIII", data, need)
                a = need + aux
                for _ in range(cnt):
                    _, flags, _, name, anext = struct.unpack_from("<IHHII", data, a)
                    start = strtab + name
                    label = bytes(data[start:data.index(b"\0", start)])
                    if label == VERSION and not flags & VER_FLG_WEAK:
                        struct.pack_into("<H", data, a + 4, flags | VER_FLG_WEAK)
                        changed = True
                    a += anext
                need += nxt
        if changed:
            f.seek(0)
            f.write(data)
        return changed


def build_shim(out_dir):
    target = os.path.join(out_dir, SHIM)
    source = os.path.join(HERE, "ios_base_library_init.cpp")
    if os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(source):
        return
    subprocess.run(["g++", "-shared", "-fPIC", "-O2", "-o", target, source,
                    "-Wl,--version-script=" + os.path.join(HERE, "shim.map")], check=True)


def main():
    out_dir = sys.argv[1]
    # A RID-less build keeps natives under runtimes/; a RID-specific build or publish puts them beside the app.
    libs = [p for p in (os.path.join(out_dir, "libLibTorchSharp.so"),
                        os.path.join(out_dir, "runtimes", "linux-x64", "native", "libLibTorchSharp.so"))
            if os.path.exists(p)]
    if not libs:
        return
    stdcxx = system_libstdcxx()
    if stdcxx is None:
        return
    with open(stdcxx, "rb") as f:
        if VERSION in f.read():
            return
    for lib in libs:
        if weaken(lib):
            print(f"torchsharp-glibcxx: marked {VERSION.decode()} weak in {lib}")
    build_shim(out_dir)


if __name__ == "__main__":
    main()
