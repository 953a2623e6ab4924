#!/usr/bin/env bash
# Report scale benchmark: `ovc-run report` against `ovc-run ls` over the same generated folders, in
# the same run, each a whole process on the packaged CLI jar with a bounded heap (-Xmx256m: runs
# must be streamed, not all held). Each size is measured REPS times (default 3), ls and report
# alternating, and the median taken; each figure is printed with its goal and whether it was met.
#
# Usage: benchmarks/report/run.sh [RUNS...]   (default: 10000 100000)
#   build first: mvn -B -o package -pl ovc-run-cli -am -DskipTests
#   REPS=N         repetitions per size (default 3)
#   JAVA_OPTS=...  extra JVM options for both commands (default none beyond -Xmx256m)
# Goals (issue 15): 10 000 runs <= 3 s, 100 000 <= 30 s, the overview <= 2 MB at 100 000, the
# report within 4x of ls, and memory bounded: both finish within -Xmx256m.
# Disk: about 20 KB per generated run folder plus 7 KB per page, in a temporary folder removed at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls ovc-run-cli/target/ovc-run-cli-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  echo "no ovc-run-cli jar: mvn -B -o package -pl ovc-run-cli -am -DskipTests" >&2
  exit 2
fi
if [ $# -eq 0 ]; then sizes=(10000 100000); else sizes=("$@"); fi
reps=${REPS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/ovc-report-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

largest=0
for runs in "${sizes[@]}"; do [ "$runs" -gt "$largest" ] && largest=$runs; done
need_kb=$((largest * 27))
free_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
if [ "$free_kb" -lt "$need_kb" ]; then
  echo "not enough disk under $work: $((free_kb / 1024)) MB free, about $((need_kb / 1024)) MB needed" >&2
  exit 2
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ovc-run-cli 2>/dev/null || echo ' (with uncommitted changes)')," \
  "$(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), load average at start: $(load)"

# One whole process: prints "<seconds> <max RSS KB> <exit code>".
measure() {
  local code=0
  /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx256m ${JAVA_OPTS:-} -jar "$jar" "$@" >"$work/out" 2>&1 || code=$?
  read -r seconds kb < <(tail -1 "$work/time")
  echo "$seconds $kb $code"
}
median() { python3 -c "import statistics,sys; print(statistics.median(float(v) for v in sys.argv[1:]))" "$@"; }
verdict() { python3 -c "import sys; print('met' if float(sys.argv[1]) <= float(sys.argv[2]) else 'MISSED')" "$1" "$2"; }

for runs in "${sizes[@]}"; do
  folders="$work/runs-$runs"
  python3 benchmarks/report/generate.py "$folders" "$runs" 100
  sync
  ls_s=(); rep_s=(); ls_kb=0; rep_kb=0; failed=""
  for rep in $(seq "$reps"); do
    rm -rf "$work/site"
    sync
    read -r s kb code < <(measure ls --reports "$folders")
    ls_s+=("$s"); [ "$kb" -gt "$ls_kb" ] && ls_kb=$kb
    [ "$code" -eq 0 ] || failed="$failed ls(exit $code: $(tail -1 "$work/out"))"
    read -r s kb code < <(measure report --reports "$folders" --out "$work/site")
    rep_s+=("$s"); [ "$kb" -gt "$rep_kb" ] && rep_kb=$kb
    [ "$code" -eq 0 ] || failed="$failed report(exit $code: $(tail -1 "$work/out"))"
    echo "  $runs runs, repetition $rep: ls ${ls_s[-1]} s, report ${rep_s[-1]} s (load $(load))"
  done
  ls_median=$(median "${ls_s[@]}")
  rep_median=$(median "${rep_s[@]}")
  ratio=$(python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / max(float(sys.argv[2]), 0.01)))" "$rep_median" "$ls_median")
  overview=$(stat -c %s "$work/site/index.html" 2>/dev/null || echo 0)
  case $runs in 10000) goal_s=3 ;; 100000) goal_s=30 ;; *) goal_s="" ;; esac
  echo "runs=$runs (median of $reps)"
  if [ -n "$goal_s" ]; then
    echo "  report         ${rep_median} s   goal <= ${goal_s} s: $(verdict "$rep_median" "$goal_s")"
  else
    echo "  report         ${rep_median} s   (goals are set at 10 000 and 100 000 runs)"
  fi
  echo "  ls             ${ls_median} s"
  echo "  report / ls    ${ratio}x   goal <= 4x: $(verdict "$ratio" 4)"
  echo "  max RSS        ls $((ls_kb / 1024)) MB, report $((rep_kb / 1024)) MB (heap -Xmx256m)   goal: both finish: $([ -z "$failed" ] && echo met || echo "MISSED:$failed")"
  echo "  overview       $((overview / 1024)) KB   goal <= 2048 KB (set at 100 000 runs): $(verdict "$overview" 2097152)"
  echo "| $runs | ${ls_median} s | ${rep_median} s | ${ratio}× | $((ls_kb / 1024)) MB / $((rep_kb / 1024)) MB | $((overview / 1024)) KB |" >> "$work/rows"
  rm -rf "$folders" "$work/site"
done
echo "load average at end: $(load)"
echo "Markdown rows (runs | ls | report | report/ls | max RSS ls/report | overview):"
cat "$work/rows"
