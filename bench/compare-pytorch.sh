#!/usr/bin/env bash
# Trains the same three networks in TorchSharp (bench train) and in Debian's PyTorch with identical settings
# and prints samples/s side by side. Any arguments (--steps, --warmup, --repetitions, --threads, --batch,
# --datasets) go to both. Each runs with its own defaults: Netpicking on this machine's compute path (its self-check
# decides oneDNN and MKL's code path, docs/decisions/0013), PyTorch with oneDNN on. See bench/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"   # Debian's python3-torch lives here, not in a pyenv python3
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if ! "$python" -c 'import torch' 2>/dev/null; then
  echo "PyTorch is missing for $python: apt-get install -y python3-torch" >&2
  exit 1
fi

echo "Building (Release)..." >&2
dotnet build "$repo/Netpicking.Web/Netpicking.Web.csproj" -c Release -v quiet -nologo >&2
app="$repo/Netpicking.Web/bin/Release/net10.0/Netpicking.Web.dll"

# libtorch without oneDNN warns once per convolution that NNPACK cannot start here; keep stderr for errors only.
echo "TorchSharp..." >&2
dotnet "$app" bench train --json "$@" > "$out/torchsharp.json" 2> >(grep -v 'Could not initialize NNPACK' >&2)
echo "PyTorch..." >&2
# OPENBLAS_* are set on this machine for numpy's sake; unset only for this command (env README).
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$repo/bench/pytorch_train.py" --json "$@" > "$out/pytorch.json"

"$python" - "$out/torchsharp.json" "$out/pytorch.json" <<'PY'
import json, sys
ts, pt = (json.load(open(p)) for p in sys.argv[1:3])
for key in ("threads", "batch", "steps", "warmup", "repetitions"):
    if ts[key] != pt[key]:
        sys.exit(f"settings differ: {key} TorchSharp {ts[key]} PyTorch {pt[key]}")
print(f"TorchSharp {ts['version']} vs PyTorch {pt['version']}: batch {ts['batch']}, {ts['threads']} thread(s), "
      f"{ts['warmup']} warm-up + {ts['repetitions']} x {ts['steps']} timed steps (median), input {ts['input']} / {pt['input']} MNIST")
print(f"TorchSharp: {ts['computePath']}")
print(f"PyTorch: oneDNN {'on' if pt['oneDnn'] else 'off'}")
print(f"{'network':<18} {'params':>9} {'TorchSharp samples/s':>21} {'PyTorch samples/s':>18} {'TS ÷ PT':>8} {'TS µs/step':>11} {'PT µs/step':>11}")
for a, b in zip(ts["results"], pt["results"]):
    if a["name"] != b["name"] or a["parameters"] != b["parameters"]:
        sys.exit(f"network mismatch: {a['name']} ({a['parameters']}) vs {b['name']} ({b['parameters']})")
    print(f"{a['name']:<18} {a['parameters']:>9,} {a['samplesPerSecond']:>21.0f} {b['samplesPerSecond']:>18.0f} "
          f"{a['samplesPerSecond'] / b['samplesPerSecond']:>8.2f} {a['microsecondsPerStep']:>11.0f} {b['microsecondsPerStep']:>11.0f}")
PY
