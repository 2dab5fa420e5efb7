#!/usr/bin/env bash
# What recording adds to a run of the tool: each build scores INPUT without a store and with one, to the screen
# (stdout to /dev/null) and to a file (--format json --output), ROUNDS times in turn; medians and the ratios.
# "db" records into a copy of a store that already holds a run (as in a season: the rule set stored once);
# "newdb" into a new file (schema and rule set written too). Each run starts after a sync, so none pays for writing
# back what the run before it wrote (a 148 MB report, a copied store).
# Usage: record-ab.sh ROUNDS INPUT BIN [BIN...]   (each BIN a folder published as the tool ships:
#   dotnet publish src/ParIndex.Rules.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o BIN)
set -euo pipefail
rounds=$1 input=$2; shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet "$1/parindex.dll" score "$input" --db "$work/season.db" > /dev/null 2>&1
for _ in $(seq 1 "$rounds"); do
  for bin in "$@"; do
    name=$(basename "$bin")
    for where in screen file; do
      out=(); [ "$where" = file ] && out=(--format json --output "$work/report.json")
      sync; /usr/bin/time -f "$name-$where-nodb %e %M" -a -o "$work/times" dotnet "$bin/parindex.dll" score "$input" "${out[@]}" > /dev/null 2>&1
      rm -f "$work"/run.db*; cp "$work/season.db" "$work/run.db"
      sync; /usr/bin/time -f "$name-$where-db %e %M" -a -o "$work/times" dotnet "$bin/parindex.dll" score "$input" "${out[@]}" --db "$work/run.db" > /dev/null 2>&1
      rm -f "$work"/run.db*
      sync; /usr/bin/time -f "$name-$where-newdb %e %M" -a -o "$work/times" dotnet "$bin/parindex.dll" score "$input" "${out[@]}" --db "$work/run.db" > /dev/null 2>&1
    done
  done
done
python3 - "$work/times" <<'PY'
import collections, statistics, sys
seconds, kilobytes = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    key, s, kb = line.split()
    seconds[key].append(float(s)); kilobytes[key].append(int(kb))
for key in sorted(seconds):
    print(f"{key:28} {statistics.median(seconds[key]):.2f} s  {statistics.median(kilobytes[key]) / 1024:.0f} MB  (n {len(seconds[key])})")
for build in sorted({k.rsplit('-', 2)[0] for k in seconds}):
    for where in ("screen", "file"):
        base = statistics.median(seconds[f"{build}-{where}-nodb"])
        ratios = [f"{db} +{100 * (statistics.median(seconds[f'{build}-{where}-{db}']) / base - 1):.1f}%" for db in ("db", "newdb")]
        print(build, where, *ratios)
PY
