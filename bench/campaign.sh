#!/usr/bin/env bash
# Campaign benchmark: the one-per-form preset × quick × MNIST through Netpicking's own `train` verb, then the same 29
# networks and protocol through an independent PyTorch driver (bench/pytorch_campaign.py, Debian's python3-torch), back
# to back, both with 2 workers × 1 thread and their own defaults. Prints both wall times, the ratio and a per-network
# table. See bench/README.md ("Campaign benchmark").
#
#   bench/campaign.sh [--settings quick] [--workers 2] [--cold] [--keep DIR] [--pytorch-test-batch 100] [--pytorch-onednn on|off]
#
# --cold forgets this machine's self-check and convolution timings first, so their one-off cost is in the wall time.
# --pytorch-onednn off runs PyTorch on ATen's own convolutions, as Netpicking runs where oneDNN fails its self-check: the
# like-for-like comparison of kernels (PyTorch's default, on, is the comparison of defaults).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
settings=quick workers=2 cold=0 keep="" test_batch=100 pytorch_onednn=on
while [ $# -gt 0 ]; do
  case "$1" in
    --settings) settings="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --cold) cold=1; shift ;;
    --keep) keep="$2"; shift 2 ;;
    --pytorch-test-batch) test_batch="$2"; shift 2 ;;
    --pytorch-onednn) pytorch_onednn="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! "$python" -c 'import torch' 2>/dev/null; then
  echo "PyTorch is missing for $python: apt-get install -y python3-torch" >&2
  exit 1
fi
if [ -z "${NETPICKING_DATASETS:-}" ] && [ -d "$repo/../shared/datasets" ]; then
  export NETPICKING_DATASETS="$(cd "$repo/../shared/datasets" && pwd)"
fi

# The machine's self-check and convolution timings persist between runs, as they do in a user's data folder.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/netpicking-bench/compute"
[ "$cold" = 1 ] && rm -rf "$cache"
mkdir -p "$cache"
data="${keep:-$(mktemp -d)}"
[ -z "$keep" ] && trap 'rm -rf "$data"' EXIT
mkdir -p "$data"
ln -sfn "$cache" "$data/compute"

echo "Building (Release)..." >&2
dotnet build "$repo/Netpicking.Web/Netpicking.Web.csproj" -c Release -v quiet -nologo >&2
app="$repo/Netpicking.Web/bin/Release/net10.0/Netpicking.Web.dll"

echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(nproc) cores" >&2
echo "Netpicking: train --preset one-per-form --settings $settings --workers $workers --threads 1" >&2
start=$(date +%s.%N)
dotnet "$app" train --preset one-per-form --settings "$settings" --workers "$workers" --threads 1 --data-dir "$data" \
  > "$data/netpicking.log" 2>&1 || { cat "$data/netpicking.log" >&2; exit 1; }
ours=$("$python" -c "import sys; print(float(sys.argv[1]) - float(sys.argv[2]))" "$(date +%s.%N)" "$start")
head -1 "$data/netpicking.log" >&2

ids=$("$python" - "$data/netpicking.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(",".join(str(r[0]) for r in db.execute("select n.ZooNetworkId from Trainings t join Networks n on n.Id = t.NetworkId order by n.ZooNetworkId")))
PY
)
read -r epochs train_size test_every <<< "$("$python" - "$data/netpicking.db" "$settings" <<'PY'
import sqlite3, sys
r = sqlite3.connect(sys.argv[1]).execute("select Epochs, coalesce(TrainSize, 60000), TestEvery from RunSettings where Name = ?", (sys.argv[2],)).fetchone()
print(*r)
PY
)"

echo "PyTorch: bench/pytorch_campaign.py, $workers processes × 1 thread, oneDNN $pytorch_onednn" >&2
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$repo/bench/pytorch_campaign.py" --networks "$ids" --epochs "$epochs" \
  --train-size "$train_size" --test-every "$test_every" --processes "$workers" --test-batch "$test_batch" --onednn "$pytorch_onednn" --json > "$data/pytorch.json"

"$python" "$repo/bench/campaign_report.py" "$data/netpicking.db" "$data/pytorch.json" "$ours"
