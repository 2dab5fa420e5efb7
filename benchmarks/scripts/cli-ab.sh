#!/usr/bin/env bash
# Two builds of the tool run in turn on one file, 15 times each: wall time (s) and peak memory (KB) per run.
# Usage: cli-ab.sh OLD_BIN NEW_BIN INPUT [ARGS...]   (each BIN a folder built with: dotnet build -c Release -o BIN)
# Prints one line per run: "old|new seconds kilobytes". The medians and their ratio are what benchmarks/README.md reports.
set -euo pipefail
old=$1 new=$2 input=$3; shift 3
for _ in $(seq 1 15); do
  for build in old new; do
    bin=$old; [ "$build" = new ] && bin=$new
    /usr/bin/time -f "$build %e %M" dotnet "$bin/parindex.dll" score "$input" "$@" 2>&1 >/dev/null | tail -1
  done
done
