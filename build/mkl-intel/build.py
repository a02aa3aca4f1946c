#!/usr/bin/env python3
"""Builds libnetpicking_mkl_intel.so into an output folder that holds libtorch (Linux x64 only).

A C compiler is optional: without one nothing is built and the app reports that the MKL code-path switch is not
available on this machine. See docs/decisions/0013-compute-path-per-machine.md.
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = "libnetpicking_mkl_intel.so"


def main():
    out_dir = sys.argv[1]
    has_torch = any(os.path.exists(os.path.join(out_dir, *p)) for p in (
        ("libtorch_cpu.so",), ("runtimes", "linux-x64", "native", "libtorch_cpu.so")))
    if not has_torch:
        return
    target = os.path.join(out_dir, TARGET)
    source = os.path.join(HERE, "mkl_intel_cpu.c")
    if os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(source):
        return
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        print(f"mkl-intel: no C compiler found; {TARGET} not built (the MKL code-path switch stays unavailable)")
        return
    subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", target, source], check=True)


if __name__ == "__main__":
    main()
