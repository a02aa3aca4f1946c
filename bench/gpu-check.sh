#!/usr/bin/env bash
# The device check of issue 12, sized to one 10-minute call on the GPU machine (PyTorch with CUDA, no .NET).
# Prepare on the CPU machine, in the project root:   bash ../shared/gpu/pack.sh
# Run on the GPU machine, from the project root:      bash bench/gpu-check.sh
# It writes everything under $OUT (or /tmp/gpu-check): logs, JSON of both drivers, the snapshot CSVs, nvidia-smi samples.
#
#  1. one-per-form × quick through the project's own `train`: one network at a time per worker (16 workers), then in
#     lockstep (Netpicking:LockstepNetworks=8, 4 workers);
#  2. the Linear group (150 networks) × t1 in lockstep, stopped after $LINEAR_BUDGET seconds if not done: the networks
#     finished by then and their per-network times are the sample the whole-group time follows from;
#  3. an independent PyTorch-on-CUDA driver (bench/pytorch_campaign.py --device cuda, 8 processes) on the same networks
#     and protocol;
#  4. export snapshots of every run, to compare accuracies with the CPU run.
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${OUT:-/tmp/gpu-check}"
mkdir -p "$out"
run=(bash .gpu/kit/run.sh)
app=/tmp/netpicking-app/Netpicking.Web
LINEAR_BUDGET="${LINEAR_BUDGET:-150}"

# The CPU self-check is irrelevant to CUDA convolutions and costs device time: force the CPU path.
export Netpicking__OneDnn=Off Netpicking__MklIntel=Off

nvidia-smi --query-gpu=timestamp,utilization.gpu,memory.used --format=csv,noheader -l 1 > "$out/nvidia-smi.csv" 2>/dev/null &
smi=$!
trap 'kill $smi 2>/dev/null' EXIT

ids() { python3 - "$1" <<'PY'
import json, sys
specs = [json.loads(l) for l in open("Netpicking.Core/Zoo/Catalogs/mnistk-1001.jsonl")]
print(",".join(str(s["id"]) for s in specs if s["group"] == sys.argv[1]))
PY
}

timed() { # name, then the command
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$out/$name.log" 2>&1
  local rc=$?
  end=$(date +%s.%N)
  printf '%-28s %8.1f s  rc %s\n' "$name" "$(python3 -c "print($end - $start)")" "$rc" | tee -a "$out/summary.txt"
}

# 0. Unpack and build TorchSharp's native layer against this machine's libtorch (once, ~40 s), with a tiny run.
timed warm-up "${run[@]}" train --networks 0 --settings quick --workers 1 --data-dir /tmp/np-warm

# 1. One-per-form × quick.
timed np-one-at-a-time "${run[@]}" train --preset one-per-form --settings quick --workers 16 --data-dir /tmp/np-1
Netpicking__LockstepNetworks=8 timed np-lockstep "${run[@]}" train --preset one-per-form --settings quick --workers 4 --data-dir /tmp/np-2
preset=$(python3 - <<'PY'
import sqlite3
db = sqlite3.connect("/tmp/np-1/netpicking.db")
print(",".join(str(r[0]) for r in db.execute("select n.ZooNetworkId from Trainings t join Networks n on n.Id = t.NetworkId order by 1")))
PY
)
timed pt-one-per-form python3 bench/pytorch_campaign.py --device cuda --processes 8 --networks "$preset" --epochs 2 --train-size 6000 --json
cp "$out/pt-one-per-form.log" "$out/pt-one-per-form.json"

# 2. The Linear group × t1, lockstep, time-boxed: the app itself under `timeout` (run.sh would not pass the signal on),
#    with the environment run.sh gives it.
td=$(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__))')
nv=$(find "$(dirname "$td")/nvidia" -maxdepth 3 -type d -name lib 2>/dev/null | tr '\n' ':')
export LD_LIBRARY_PATH=$td/lib:$nv${LD_LIBRARY_PATH:-} DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 NETPICKING_DATASETS="$root/.gpu/datasets"
linear=$(ids Linear)
Netpicking__LockstepNetworks=16 timed np-linear-t1 timeout -s INT -k 10 "$LINEAR_BUDGET" "$app" train --networks "$linear" --settings t1 --workers 10 --data-dir /tmp/np-3
timed pt-linear-t1 timeout "$LINEAR_BUDGET" python3 bench/pytorch_campaign.py --device cuda --processes 8 --networks "$linear" --epochs 4 --train-size 60000 --json
cp "$out/pt-linear-t1.log" "$out/pt-linear-t1.json"

# 3. What each run produced: per-network times and accuracies.
for d in 1 2 3; do
  $app export snapshots --out "$out/snapshots-$d.csv" --data-dir /tmp/np-$d > /dev/null 2>&1
  python3 - /tmp/np-$d/netpicking.db <<'PY' >> "$out/summary.txt"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
done, total = db.execute("select sum(Status = 'Done'), count(*) from Trainings").fetchone()
span = db.execute("select (julianday(max(FinishedAt)) - julianday(min(StartedAt))) * 86400 from Trainings where Status = 'Done'").fetchone()[0]
train = db.execute("select sum(EpochSeconds) from EpochResults").fetchone()[0]
print(f"  {sys.argv[1]}: {done}/{total} done in {span or 0:.1f} s from first start to last finish; {train or 0:.1f} s of training epochs in all")
PY
done
cat "$out/summary.txt"
