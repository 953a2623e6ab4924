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
# Each repetition writes a new site folder, and nothing is deleted before the script ends (the sites
# and generated folders of every size stay until then). Deleting the site before the next repetition
# made each repetition slower than the one before: on an ext4 without a journal (this machine's) every
# file created scans past each inode freed in the last 60 s (360 s while its inode table block is
# dirty), so 10 000 pages deleted cost the next 10 000 pages created seconds in the kernel. For the
# same reason a run of this script within minutes of another, or of other work deleting many files,
# is slowed down: compare the report's system time (about 1 s at 10 000 runs when nothing was deleted).
# After the repetitions the report runs once more over the last site, unchanged (the rewrite row).
#   BASE_JAR=path  also measure this other CLI jar's report in the same rounds (before/after)
#   ARTIFACTS=N    1 complete run in N has an artifact its evidence points at (default 0: none), which
#                  the report copies into the site
# Disk: about 20 KB per generated run folder plus 8 KB per page of each site, for all sizes together, in
# a temporary folder removed at exit.
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

total=0
for runs in "${sizes[@]}"; do total=$((total + runs)); done
if [ -n "${BASE_JAR:-}" ]; then sites=$((reps * 2)); else sites=$reps; fi
need_kb=$((total * (20 + 8 * sites)))
free_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
if [ "$free_kb" -lt "$need_kb" ]; then
  echo "not enough disk under $work: $((free_kb / 1024)) MB free, about $((need_kb / 1024)) MB needed" >&2
  exit 2
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ovc-run-cli 2>/dev/null || echo ' (with uncommitted changes)')," \
  "$(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), load average at start: $(load)"

# One whole process of the jar $run_jar (default: this build's): prints
# "<seconds> <max RSS KB> <exit code> <system seconds>".
measure() {
  local code=0
  /usr/bin/time -f "%e %M %S" -o "$work/time" java -Xmx256m ${JAVA_OPTS:-} -jar "${run_jar:-$jar}" "$@" >"$work/out" 2>&1 || code=$?
  read -r seconds kb sys < <(tail -1 "$work/time")
  echo "$seconds $kb $code $sys"
}
base_jar=${BASE_JAR:-}
if [ -n "$base_jar" ] && [ ! -f "$base_jar" ]; then
  echo "BASE_JAR=$base_jar is not a file" >&2
  exit 2
fi
median() { python3 -c "import statistics,sys; print(statistics.median(float(v) for v in sys.argv[1:]))" "$@"; }
verdict() { python3 -c "import sys; print('met' if float(sys.argv[1]) <= float(sys.argv[2]) else 'MISSED')" "$1" "$2"; }

for runs in "${sizes[@]}"; do
  folders="$work/runs-$runs"
  python3 benchmarks/report/generate.py "$folders" "$runs" 100 "${ARTIFACTS:-0}"
  sync
  ls_s=(); rep_s=(); base_s=(); ls_kb=0; rep_kb=0; failed=""
  for rep in $(seq "$reps"); do
    read -r s kb code sys < <(measure ls --reports "$folders")
    ls_s+=("$s"); [ "$kb" -gt "$ls_kb" ] && ls_kb=$kb
    [ "$code" -eq 0 ] || failed="$failed ls(exit $code: $(tail -1 "$work/out"))"
    read -r s kb code sys < <(measure report --reports "$folders" --out "$work/site-$rep")
    rep_s+=("$s"); [ "$kb" -gt "$rep_kb" ] && rep_kb=$kb
    [ "$code" -eq 0 ] || failed="$failed report(exit $code: $(tail -1 "$work/out"))"
    line="  $runs runs, repetition $rep: ls ${ls_s[-1]} s, report ${rep_s[-1]} s (sys $sys s)"
    if [ -n "$base_jar" ]; then
      read -r s kb code sys < <(run_jar=$base_jar measure report --reports "$folders" --out "$work/base-site-$rep")
      base_s+=("$s")
      [ "$code" -eq 0 ] || failed="$failed base report(exit $code: $(tail -1 "$work/out"))"
      line="$line, BASE_JAR report $s s (sys $sys s)"
    fi
    echo "$line (load $(load))"
  done
  read -r rewrite_s kb code sys < <(measure report --reports "$folders" --out "$work/site-$reps")
  [ "$code" -eq 0 ] || failed="$failed rewrite(exit $code: $(tail -1 "$work/out"))"
  line="  $runs runs, report again over the last site, unchanged: $rewrite_s s (sys $sys s)"
  if [ -n "$base_jar" ]; then
    read -r base_rewrite_s kb code sys < <(run_jar=$base_jar measure report --reports "$folders" --out "$work/base-site-$reps")
    [ "$code" -eq 0 ] || failed="$failed base rewrite(exit $code: $(tail -1 "$work/out"))"
    line="$line, BASE_JAR $base_rewrite_s s (sys $sys s)"
  fi
  echo "$line (load $(load))"
  ls_median=$(median "${ls_s[@]}")
  rep_median=$(median "${rep_s[@]}")
  ratio=$(python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / max(float(sys.argv[2]), 0.01)))" "$rep_median" "$ls_median")
  overview=$(stat -c %s "$work/site-$reps/index.html" 2>/dev/null || echo 0)
  case $runs in 10000) goal_s=3 ;; 100000) goal_s=30 ;; *) goal_s="" ;; esac
  echo "runs=$runs (median of $reps)"
  if [ -n "$goal_s" ]; then
    echo "  report         ${rep_median} s   goal <= ${goal_s} s: $(verdict "$rep_median" "$goal_s")"
  else
    echo "  report         ${rep_median} s   (goals are set at 10 000 and 100 000 runs)"
  fi
  echo "  report again   ${rewrite_s} s   (over its own site, nothing changed)"
  if [ -n "$base_jar" ]; then
    echo "  BASE_JAR       report $(median "${base_s[@]}") s, again ${base_rewrite_s} s"
  fi
  echo "  ls             ${ls_median} s"
  echo "  report / ls    ${ratio}x   goal <= 4x: $(verdict "$ratio" 4)"
  echo "  max RSS        ls $((ls_kb / 1024)) MB, report $((rep_kb / 1024)) MB (heap -Xmx256m)   goal: both finish: $([ -z "$failed" ] && echo met || echo "MISSED:$failed")"
  echo "  overview       $((overview / 1024)) KB   goal <= 2048 KB (set at 100 000 runs): $(verdict "$overview" 2097152)"
  echo "| $runs | ${ls_median} s | ${rep_median} s | ${ratio}× | $((ls_kb / 1024)) MB / $((rep_kb / 1024)) MB | $((overview / 1024)) KB |" >> "$work/rows"
done
echo "load average at end: $(load)"
echo "Markdown rows (runs | ls | report | report/ls | max RSS ls/report | overview):"
cat "$work/rows"
