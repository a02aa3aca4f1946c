#!/usr/bin/env bash
# Trains N networks (default 200, ids 0..N-1 of mnistk-1001) in ONE process with tiny run settings
# (1 epoch on 500 images, tested on all 10,000 test images) and prints the process's resident memory
# after 10 networks and after all N: the worker must not grow with the number of networks it trains.
# Usage: bench/memory.sh [N]
set -euo pipefail
n=${1:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/Netpicking.Web" -v q -nologo >/dev/null
exe="$root/Netpicking.Web/bin/Release/net10.0/Netpicking.Web"
data=$(mktemp -d)
datasets=${NETPICKING_DATASETS:-$root/../shared/datasets}
ids=$(seq -s, 0 $((n - 1)))
"$exe" train --networks "$ids" --settings "memory-$n" --epochs 1 --lr 0.002 --train-size 500 \
  --data-dir "$data" --datasets "$datasets" >"$data/train.log" 2>"$data/err.log" &
pid=$!
rss_at_10=""
last_rss=0
peak=0
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ -n "$rss" ] && [ "$rss" -gt 0 ] && last_rss=$rss
  [ "$last_rss" -gt "$peak" ] && peak=$last_rss
  done_count=$( (grep -oE '\] [0-9]+/' "$data/train.log" 2>/dev/null || true) | tail -1 | tr -dc '0-9')
  if [ -z "$rss_at_10" ] && [ "${done_count:-0}" -ge 10 ]; then rss_at_10=$last_rss; fi
  sleep 0.5
done
wait "$pid"
printf 'networks trained : %s (one process, %s)\n' "$n" "$(tail -1 "$data/train.log")"
printf 'RSS after 10     : %d MB\n' $((rss_at_10 / 1024))
printf 'RSS after %-6s : %d MB (last sample before exit)\n' "$n" $((last_rss / 1024))
printf 'peak RSS         : %d MB\n' $((peak / 1024))
rm -rf "$data"
