#!/usr/bin/env python3
"""An independent PyTorch driver for a Netpicking campaign (bench/README.md, "Campaign benchmark").

Trains a list of networks of the built-in zoo the way a plain PyTorch user would write it, with the protocol of the
app's run settings: a class-balanced training subset (or all 60,000 images), batch 25, NLL on LogSoftmax, Adam with
AMSGrad, a fresh shuffle per epoch; on every tested epoch the 10,000 test images are forwarded in eval mode under
no_grad, scored (accuracy, per-class recall) and their log-probabilities written to a file, as the app stores them.

Networks go to a pool of worker processes (default 2, each with 1 torch thread) in the order given, one at a time,
as `multiprocessing.Pool.imap_unordered` hands them out. PyTorch runs with its own defaults (oneDNN on) unless
--onednn off. Prints one line per network and the wall time; --json prints everything as one JSON document.

Run with Debian's PyTorch: /usr/bin/python3 bench/pytorch_campaign.py --networks 0,14,49 --epochs 2 --train-size 6000
"""

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pytorch_train as twin  # noqa: E402  (the same network builder as the step benchmark)

STATE = {}


def balanced_subset(labels, size, seed):
    """size images with the classes as balanced as the split allows (the app draws its own seeded subset)."""
    rng = np.random.default_rng(seed)
    per_class = [rng.permutation(np.flatnonzero(labels == c)) for c in range(10)]
    quota = [size // 10 + (1 if c < size % 10 else 0) for c in range(10)]
    return np.sort(np.concatenate([members[:q] for members, q in zip(per_class, quota)]))


def load(folder, train_size, seed):
    def images(name):
        pixels = twin.read_idx(folder / name).reshape(-1, 784)
        values = ((pixels.astype(np.float32) / np.float32(255)) - np.float32(twin.MNIST_MEAN)) / np.float32(twin.MNIST_STD)
        return torch.from_numpy(np.ascontiguousarray(values))

    train_labels = twin.read_idx(folder / "train-labels-idx1-ubyte.gz").astype(np.int64)
    train_images = images("train-images-idx3-ubyte.gz")
    if train_size < len(train_labels):
        keep = balanced_subset(train_labels, train_size, seed)
        train_images, train_labels = train_images[torch.from_numpy(keep)].contiguous(), train_labels[keep]
    test_labels = twin.read_idx(folder / "t10k-labels-idx1-ubyte.gz").astype(np.int64)
    return train_images, torch.from_numpy(train_labels), images("t10k-images-idx3-ubyte.gz"), test_labels


def init_worker(args):
    torch.set_num_threads(args.threads)
    torch.backends.mkldnn.enabled = args.onednn == "on"
    STATE["args"] = args
    device = torch.device(args.device)
    train_images, train_labels, test_images, test_labels = load(twin.find_mnist(args.datasets), args.train_size, args.seed)
    # On a GPU the data lives there once, as a user would keep it.
    STATE["data"] = (train_images.to(device), train_labels.to(device), test_images.to(device), test_labels)
    STATE["device"] = device
    STATE["out"] = Path(args.out)


def train_one(spec):
    args = STATE["args"]
    train_images, train_labels, test_images, test_labels = STATE["data"]
    started = time.perf_counter()
    torch.manual_seed(args.seed)
    model = twin.build(spec).to(STATE["device"])
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr, betas=(0.9, 0.999), eps=1e-8, amsgrad=True)
    generator = torch.Generator().manual_seed(args.seed)
    device = STATE["device"]
    train_seconds = test_seconds = store_seconds = 0.0
    accuracy = None
    for epoch in range(1, args.epochs + 1):
        t0 = time.perf_counter()
        model.train()
        order = torch.randperm(len(train_labels), generator=generator).to(device)
        for start in range(0, len(order), args.batch):
            index = order[start:start + args.batch]
            optimizer.zero_grad()
            loss = F.nll_loss(model(train_images.index_select(0, index)), train_labels.index_select(0, index))
            loss.backward()
            optimizer.step()
            loss.item()
        if device.type == "cuda":
            torch.cuda.synchronize()
        t1 = time.perf_counter()
        train_seconds += t1 - t0
        if epoch % args.test_every != 0 and epoch != args.epochs:
            continue
        model.eval()
        with torch.no_grad():
            log_probs = torch.cat([model(test_images[s:s + args.test_batch]) for s in range(0, len(test_images), args.test_batch)])
        log_probs = log_probs.cpu()
        predicted = log_probs.argmax(1).numpy()
        accuracy = float((predicted == test_labels).mean())
        recall = [float((predicted[test_labels == c] == c).mean()) for c in range(10)]
        t2 = time.perf_counter()
        test_seconds += t2 - t1
        np.savez(STATE["out"] / f"{spec['id']}-{epoch}.npz", log_probs=log_probs.numpy().astype(np.float16),
                 predicted=predicted.astype(np.uint8), recall=np.array(recall))
        store_seconds += time.perf_counter() - t2
    return dict(id=spec["id"], name=spec["name"], accuracy=accuracy, elapsed=time.perf_counter() - started,
                trainSeconds=train_seconds, testSeconds=test_seconds, storeSeconds=store_seconds, pid=os.getpid())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--networks", required=True, help="comma-separated ids of mnistk-1001, trained in this order")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--test-every", type=int, default=1)
    parser.add_argument("--train-size", type=int, default=6000)
    parser.add_argument("--lr", type=float, default=0.002)
    parser.add_argument("--batch", type=int, default=25)
    parser.add_argument("--test-batch", type=int, default=1000, help="images per forward pass when testing")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="torch threads per process")
    parser.add_argument("--onednn", choices=["on", "off"], default="on", help="PyTorch's default is on")
    parser.add_argument("--device", default="cpu", help="cpu or cuda")
    parser.add_argument("--datasets", help="folder holding mnist/ (else NETPICKING_DATASETS, else ./data)")
    parser.add_argument("--jsonl", default=str(twin.DEFAULT_JSONL))
    parser.add_argument("--out", help="where predictions go (default: a temporary folder, deleted)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with open(args.jsonl) as f:
        by_id = {s["id"]: s for s in (json.loads(line) for line in f if line.strip())}
    specs = [by_id[int(i)] for i in args.networks.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        args.out = args.out or scratch
        started = time.perf_counter()
        results = []
        # spawn: a fresh interpreter per worker, as two independent scripts would be.
        with multiprocessing.get_context("spawn").Pool(args.processes, initializer=init_worker, initargs=(args,)) as pool:
            for r in pool.imap_unordered(train_one, specs, chunksize=1):
                r["finishedAt"] = time.perf_counter() - started
                results.append(r)
                if not args.json:
                    print(f"{r['finishedAt']:8.1f} s  {r['name']:<22} {r['elapsed']:7.1f} s (train {r['trainSeconds']:.1f}, "
                          f"test {r['testSeconds']:.1f}, store {r['storeSeconds']:.2f})  accuracy {r['accuracy']:.4f}", flush=True)
        wall = time.perf_counter() - started
    summary = dict(framework="PyTorch", version=torch.__version__, device=args.device, oneDnn=args.onednn == "on", processes=args.processes,
                   threads=args.threads, epochs=args.epochs, trainSize=args.train_size, wallSeconds=wall,
                   results=sorted(results, key=lambda r: r["id"]))
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"wall {wall:.1f} s for {len(results)} networks ({args.processes} processes × {args.threads} thread)")


if __name__ == "__main__":
    main()
