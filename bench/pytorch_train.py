#!/usr/bin/env python3
"""PyTorch twin of `Netpicking.Web bench train` (bench/README.md).

Builds Basic, the median-size Conv2d network and ResNetStyle_75 from the same JSONL spec lines the app
ships (Netpicking.Core/Zoo/Catalogs/mnistk-1001.jsonl) and times training steps exactly as
Netpicking.Core/Training/TrainStep.cs does: gather a batch of normalised MNIST images from one contiguous
tensor by shuffled index, zero_grad, forward, NLL loss on the LogSoftmax output, backward, Adam (AMSGrad)
step, read the loss back. Warm-up steps are not timed; the median of the timed repetitions is reported.

Run with Debian's PyTorch: /usr/bin/python3 bench/pytorch_train.py --datasets /path/to/datasets
"""

import argparse
import gzip
import json
import os
import statistics
import sys
import time
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

REPO = Path(__file__).resolve().parent.parent
DEFAULT_JSONL = REPO / "Netpicking.Core" / "Zoo" / "Catalogs" / "mnistk-1001.jsonl"
RESNET_NAME = "ResNetStyle_75"
# MNIST mean and std of pixel/255 (Netpicking.Core/Data/DatasetRegistry.cs).
MNIST_MEAN, MNIST_STD = 0.1307, 0.3081


class View(nn.Module):
    """A spec's `view` step: reshape to (-1, *out)."""

    def __init__(self, shape):
        super().__init__()
        self.shape = (-1, *shape)

    def forward(self, x):
        return x.view(self.shape)


class BasicBlock(nn.Module):
    """torchvision's ResNet BasicBlock without downsampling (stride 1, inplanes == planes)."""

    def __init__(self, inplanes, planes):
        super().__init__()
        if inplanes != planes:
            raise ValueError(f"BasicBlock {inplanes}->{planes}: only shape-preserving blocks exist in the zoo")
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride=1, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += x
        return self.relu(out)


def conv_args(args):
    return dict(
        in_channels=args["in_channels"], out_channels=args["out_channels"], kernel_size=tuple(args["kernel_size"]),
        stride=tuple(args["stride"]), padding=tuple(args["padding"]), dilation=tuple(args["dilation"]),
        groups=args["groups"], bias=args["bias"], padding_mode=args["padding_mode"])


def build_layer(layer):
    op, args = layer["op"], layer.get("args", {})
    if op == "view":
        return View(layer["out"])
    if op == "flatten":
        return None  # marked noop in the spec: its input is already (batch, features)
    if op == "Linear":
        return nn.Linear(args["in_features"], args["out_features"], bias=args["bias"])
    if op == "Conv1d":
        return nn.Conv1d(**conv_args(args))
    if op == "Conv2d":
        return nn.Conv2d(**conv_args(args))
    if op == "Conv3d":
        return nn.Conv3d(**conv_args(args))
    if op == "BasicBlock":
        return BasicBlock(args["inplanes"], args["planes"])
    if op == "ReLU":
        return nn.ReLU(inplace=args.get("inplace", False))
    if op == "SELU":
        return nn.SELU(inplace=args.get("inplace", False))
    if op == "Sigmoid":
        return nn.Sigmoid()
    if op == "Tanh":
        return nn.Tanh()
    if op == "LogSoftmax":
        return nn.LogSoftmax(dim=args["dim"])
    raise ValueError(f"unknown op {op!r}")


def build(spec):
    steps = [(f"{i}_{layer['op']}", build_layer(layer)) for i, layer in enumerate(spec["layers"])]
    return nn.Sequential(OrderedDict((name, module) for name, module in steps if module is not None))


def spec_params(spec):
    """Trainable parameters from the spec alone (as StaticMetricsCalculator counts them), to pick the median."""
    total = 0
    for layer in spec["layers"]:
        op, a = layer["op"], layer.get("args", {})
        if op == "Linear":
            total += a["in_features"] * a["out_features"] + (a["out_features"] if a["bias"] else 0)
        elif op.startswith("Conv"):
            total += a["in_channels"] // a["groups"] * a["out_channels"] * int(np.prod(a["kernel_size"]))
            total += a["out_channels"] if a["bias"] else 0
        elif op == "BasicBlock":
            c = a["planes"]
            total += 2 * 9 * c * c + 4 * c  # two 3x3 convs without bias, two BatchNorms (gamma, beta)
    return total


def standard_networks(specs):
    """Basic (id 0), the Conv2d network with the (lower) median parameter count, ties by id, and ResNetStyle_75:
    the same choice as TrainingBenchmark.StandardNetworks."""
    by_id = {s["id"]: s for s in specs}
    conv2d = sorted((s for s in specs if s["group"] == "Conv2d"), key=lambda s: (spec_params(s), s["id"]))
    median = conv2d[(len(conv2d) - 1) // 2]
    resnet = next(s for s in specs if s["name"] == RESNET_NAME)
    return [by_id[0], median, resnet]


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def find_mnist(datasets):
    """--datasets DIR, then NETPICKING_DATASETS, then ./data: the app's order (the app also tries a download)."""
    candidates = [datasets, os.environ.get("NETPICKING_DATASETS"), "data"]
    for root in filter(None, candidates):
        folder = Path(root) / "mnist"
        if (folder / "train-images-idx3-ubyte.gz").exists() and (folder / "train-labels-idx1-ubyte.gz").exists():
            return folder
    sys.exit(f"MNIST not found under any of {[c for c in candidates if c]} (each needs mnist/train-*-ubyte.gz)")


def load_train(folder, random_input, seed):
    labels = torch.from_numpy(read_idx(folder / "train-labels-idx1-ubyte.gz").astype(np.int64))
    if random_input:
        generator = torch.Generator().manual_seed(seed)
        return torch.randn(len(labels), 784, generator=generator), labels
    pixels = read_idx(folder / "train-images-idx3-ubyte.gz").reshape(-1, 784)
    # float32 in the same order as Normalisation.Apply: pixel/255, minus mean, over std.
    images = ((pixels.astype(np.float32) / np.float32(255)) - np.float32(MNIST_MEAN)) / np.float32(MNIST_STD)
    return torch.from_numpy(np.ascontiguousarray(images)), labels


def measure(spec, images, labels, args):
    torch.manual_seed(args.seed)
    model = build(spec)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr, betas=(0.9, 0.999), eps=1e-8, amsgrad=True)
    order = torch.randperm(len(labels), generator=torch.Generator().manual_seed(args.seed))
    batches_per_pass = len(order) // args.batch
    step = 0
    first_loss = None

    def next_step():
        nonlocal step, first_loss
        start = (step % batches_per_pass) * args.batch
        index = order.narrow(0, start, args.batch)
        x = images.index_select(0, index)
        y = labels.index_select(0, index)
        optimizer.zero_grad()
        loss = F.nll_loss(model(x), y)
        loss.backward()
        optimizer.step()
        value = loss.item()
        if step == 0:
            first_loss = value
        step += 1
        return value

    model.train()
    for _ in range(args.warmup):
        next_step()
    microseconds, last_loss = [], 0.0
    for _ in range(args.repetitions):
        loss_sum = 0.0
        start = time.perf_counter()
        for _ in range(args.steps):
            loss_sum += next_step()
        microseconds.append((time.perf_counter() - start) * 1e6 / args.steps)
        last_loss = loss_sum / args.steps
    median = statistics.median(microseconds)
    return dict(
        id=spec["id"], name=spec["name"], group=spec["group"],
        parameters=sum(p.numel() for p in model.parameters()),
        samplesPerSecond=args.batch * 1e6 / median, microsecondsPerStep=median,
        repetitionMicroseconds=microseconds, firstLoss=first_loss, lastLoss=last_loss)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=30, help="timed optimiser steps per repetition")
    parser.add_argument("--warmup", type=int, default=5, help="untimed steps before the first repetition")
    parser.add_argument("--repetitions", type=int, default=3, help="timed repetitions; the median is reported")
    parser.add_argument("--threads", type=int, default=1, help="torch.set_num_threads")
    parser.add_argument("--batch", type=int, default=25)
    parser.add_argument("--lr", type=float, default=0.002)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--datasets", help="folder holding mnist/ (else NETPICKING_DATASETS, else ./data)")
    parser.add_argument("--jsonl", default=str(DEFAULT_JSONL), help="zoo spec (default: the built-in mnistk-1001)")
    parser.add_argument("--input", choices=["real", "random"], default="real",
                        help="real normalised MNIST images (default) or standard-normal noise of the same shape")
    parser.add_argument("--onednn", choices=["on", "off"], default="on",
                        help="torch.backends.mkldnn.enabled; default on, as PyTorch ships")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if min(args.steps, args.repetitions, args.threads, args.batch) < 1 or args.warmup < 0:
        parser.error("steps, repetitions, threads and batch must be at least 1; warmup 0 or more")

    torch.set_num_threads(args.threads)
    torch.backends.mkldnn.enabled = args.onednn == "on"
    with open(args.jsonl) as f:
        specs = [json.loads(line) for line in f if line.strip()]
    networks = standard_networks(specs)
    images, labels = load_train(find_mnist(args.datasets), args.input == "random", args.seed)

    header = dict(
        framework="PyTorch", version=torch.__version__, dataset="mnist", input=args.input,
        oneDnn=torch.backends.mkldnn.enabled and torch.backends.mkldnn.is_available(), threads=args.threads,
        batch=args.batch, steps=args.steps, warmup=args.warmup, repetitions=args.repetitions)
    if not args.json:
        print(f"PyTorch {torch.__version__} training benchmark: mnist ({args.input} input), batch {args.batch}, "
              f"{args.threads} thread(s), {args.warmup} warm-up + {args.repetitions} x {args.steps} timed steps (median), "
              f"oneDNN {'on' if header['oneDnn'] else 'off'}")
        print(f"Median-size Conv2d network: {networks[1]['name']} (id {networks[1]['id']})")
        print(f"{'network':<22} {'params':>10} {'samples/s':>11} {'µs/step':>10}  loss first → last", flush=True)
    results = []
    for spec in networks:
        r = measure(spec, images, labels, args)
        if r["parameters"] != spec_params(spec):
            sys.exit(f"{spec['name']}: built {r['parameters']} parameters, the spec says {spec_params(spec)}")
        results.append(r)
        if not args.json:
            print(f"{r['name']:<22} {r['parameters']:>10,} {r['samplesPerSecond']:>11.0f} {r['microsecondsPerStep']:>10.0f}  "
                  f"{r['firstLoss']:.3f} → {r['lastLoss']:.3f}", flush=True)
    if args.json:
        print(json.dumps(dict(header, results=results), indent=2))


if __name__ == "__main__":
    main()
