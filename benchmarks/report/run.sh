#!/usr/bin/env bash
# Report scale benchmark: `ovc-run report` against `ovc-run ls` over the same generated folders, each
# a whole process on the packaged CLI jar with a bounded heap (-Xmx256m: runs must be streamed).
# Usage: benchmarks/report/run.sh [RUNS...]   (default: 10000; build first: mvn -B -o package -pl ovc-run-cli -am -DskipTests)
# Goals (issue 15): 10 000 runs <= 3 s, 100 000 <= 30 s, overview <= 2 MB at 100 000, report within 4x of ls.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls ovc-run-cli/target/ovc-run-cli-*.jar | grep -v original | head -1)
work=$(mktemp -d /tmp/ovc-report-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
for runs in "${@:-10000}"; do
  python3 benchmarks/report/generate.py "$work/runs-$runs" "$runs" 100
  sync
  measure() { # label, then the ovc-run arguments
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx256m -jar "$jar" "$@" >/dev/null
    read -r seconds kb < "$work/time"
    echo "$label $seconds $kb"
  }
  read -r _ ls_s ls_kb < <(measure ls ls --reports "$work/runs-$runs")
  read -r _ rep_s rep_kb < <(measure report report --reports "$work/runs-$runs" --out "$work/site-$runs")
  overview=$(stat -c %s "$work/site-$runs/index.html")
  ratio=$(python3 -c "print('%.2f' % ($rep_s / max($ls_s, 0.01)))")
  echo "runs=$runs ls=${ls_s}s (max RSS ${ls_kb} KB) report=${rep_s}s (max RSS ${rep_kb} KB) ratio=${ratio}x overview=${overview} bytes"
done
