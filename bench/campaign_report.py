#!/usr/bin/env python3
"""Prints bench/campaign.sh's comparison: wall times, their ratio, and per network the elapsed time with its split."""
import json
import sqlite3
import sys

db_path, pytorch_path, ours_wall = sys.argv[1], sys.argv[2], float(sys.argv[3])
pt = json.load(open(pytorch_path))
db = sqlite3.connect(db_path)
rows = db.execute("""
    select n.ZooNetworkId, n.Name,
           (julianday(t.FinishedAt) - julianday(t.StartedAt)) * 86400,
           (select sum(EpochSeconds) from EpochResults e where e.TrainingId = t.Id),
           (select sum(coalesce(TestSeconds, 0)) from EpochResults e where e.TrainingId = t.Id),
           coalesce(t.StoreSeconds, 0),
           (select max(Accuracy) from EpochResults e where e.TrainingId = t.Id and e.Epoch = (select max(Epoch) from EpochResults f where f.TrainingId = t.Id)),
           (julianday(t.StartedAt) - julianday((select min(StartedAt) from Trainings))) * 86400,
           t.ComputePath
    from Trainings t join Networks n on n.Id = t.NetworkId order by n.ZooNetworkId""").fetchall()
path = db.execute("select ComputePath from Trainings limit 1").fetchone()[0].split(";")[0]
ours = {r[0]: r for r in rows}
theirs = {r["id"]: r for r in pt["results"]}

print(f"Netpicking (compute path {path}): {ours_wall:.1f} s wall; PyTorch {pt['version']} (oneDNN {'on' if pt['oneDnn'] else 'off'}): "
      f"{pt['wallSeconds']:.1f} s wall; PyTorch ÷ Netpicking = {pt['wallSeconds'] / ours_wall:.2f}")
print(f"sum of per-network elapsed: Netpicking {sum(r[2] for r in rows):.1f} s, PyTorch {sum(r['elapsed'] for r in pt['results']):.1f} s")
print()
print(f"{'network':<22} {'NP elapsed':>10} {'train':>7} {'test':>6} {'store':>6} {'outside':>7} {'start':>6} | "
      f"{'PT elapsed':>10} {'train':>7} {'test':>6} {'store':>6} | {'NP÷PT':>6} {'out÷PT':>6} | {'acc NP':>6} {'acc PT':>6}")
worst = (0, "")
for nid in sorted(ours):
    _, name, elapsed, train, test, store, acc, started, _ = ours[nid]
    p = theirs[nid]
    outside = elapsed - train
    pt_outside = p["testSeconds"] + p["storeSeconds"]
    ratio = elapsed / p["elapsed"]
    worst = max(worst, (ratio, name))
    print(f"{name:<22} {elapsed:>10.1f} {train:>7.1f} {test:>6.1f} {store:>6.2f} {outside:>7.1f} {started:>6.0f} | "
          f"{p['elapsed']:>10.1f} {p['trainSeconds']:>7.1f} {p['testSeconds']:>6.1f} {p['storeSeconds']:>6.2f} | "
          f"{ratio:>6.2f} {outside / max(pt_outside, 1e-9):>6.2f} | {acc:>6.4f} {p['accuracy']:>6.4f}")
print()
print(f"slowest relative to PyTorch: {worst[1]} at {worst[0]:.2f}× its PyTorch time")
print("outside = elapsed − training epochs (testing, storing, building, measuring new convolution shapes);"
      " out÷PT compares it with PyTorch's test + store time")
