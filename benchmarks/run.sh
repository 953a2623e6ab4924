#!/usr/bin/env bash
# Every performance figure of issues 7 and 12 in one command: builds the project, runs the JMH benchmarks
# and the whole-process harness, and writes benchmarks/RESULTS.md (each figure, its baseline from
# this same run, the ratio, the target, met or missed). About 8 minutes on 2 cores.
#
# Usage: benchmarks/run.sh
#        RUNS=30 benchmarks/run.sh                    (whole-process runs per variant, default 20)
#        JMH_ARGS='RunInput -wi 1 -i 2' benchmarks/run.sh   (a quick partial run while developing;
#                                                     figures not run show as "no result")
#        BASE=none benchmarks/run.sh                  (without the base commit's runs; BASE=<commit>
#                                                     measures another commit's beside this one's)
#        JAVA25=/path/to/java benchmarks/run.sh       (the Java 25 rows' JVM; default Temurin 25's, left
#                                                     out with a note when there is none, JAVA25=none)
# Needs a JDK 17+ (`java`, or JAVA_HOME), Maven, and GNU time (/usr/bin/time; installed with apt-get
# when missing and running as root). Raw results stay in benchmarks/target/: jmh-results.json,
# jmh.log, process-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."

started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
RUNS="${RUNS:-20}"
target=benchmarks/target

if ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing GNU time (peak RSS of each process)"
    apt-get update -qq && apt-get install -y -qq time >/dev/null
  else
    echo "benchmarks/run.sh: GNU time is needed at /usr/bin/time for peak RSS (apt-get install time)" >&2
    exit 1
  fi
fi

echo "== build: mvn -B -q -DskipTests package -Pbenchmarks"
mvn -B -q -DskipTests package -Pbenchmarks

echo "== JMH, about 5 minutes (log: $target/jmh.log)"
# Run from the repository root: RunInputBenchmark's forks find the agent at ovc-run-agent/target/.
# shellcheck disable=SC2086
if ! "$JAVA" -jar "$target/benchmarks.jar" -prof gc -rf json -rff "$target/jmh-results.json" ${JMH_ARGS:-} \
    >"$target/jmh.log" 2>&1; then
  echo "JMH failed; the end of $target/jmh.log:" >&2
  tail -30 "$target/jmh.log" >&2
  exit 1
fi
if grep -q '<failure>' "$target/jmh.log"; then
  echo "!! some benchmarks failed (their rows will say 'no result'); see $target/jmh.log" >&2
fi

echo "== whole process: $RUNS runs of each variant, alternated, about 2 minutes"
work="$(mktemp -d "${TMPDIR:-/tmp}/ovc-run-process-bench.XXXXXX")"
base_tree=""
cleanup() {
  rm -rf "$work"
  if [ -n "$base_tree" ]; then git worktree remove --force "$base_tree" >/dev/null 2>&1 || rm -rf "$base_tree"; fi
}
trap cleanup EXIT

# The base commit: the first release's last commit, before this release's trust (issue 11) and
# OpenLineage (issue 14) work. Its agent and RunWriter runs are measured in the same rounds as this
# commit's, so that "start-up unchanged" compares runs under one load, not figures from another day.
# BASE=<commit> picks another; BASE=none leaves it out.
BASE="${BASE:-9281d0d}"
base_args=()
if [ "$BASE" != none ]; then
  if ! git cat-file -e "$BASE^{commit}" 2>/dev/null; then
    echo "benchmarks/run.sh: base commit $BASE is not in this clone (a shallow clone?); BASE=none to go without" >&2
    exit 1
  fi
  echo "== base commit $BASE: building its agent and benchmarks jars"
  base_tree="$work/base-tree"
  git worktree add --detach -q "$base_tree" "$BASE"
  # -DskipTests, not -Dmaven.test.skip: from a37f2ca on the benchmarks compile against the api's test
  # jar (TestWriters), which is empty when test sources are not compiled.
  (cd "$base_tree" && mvn -B -q -DskipTests package -Pbenchmarks -pl benchmarks,ovc-run-agent -am)
  base_args=(--base-agent "$base_tree/ovc-run-agent/target/ovc-run-agent-0.1.0-SNAPSHOT.jar"
    --base-classpath "$base_tree/benchmarks/target/benchmarks.jar" --base-commit "$(git rev-parse --short "$BASE")")
fi
# Java 25 without and with an AOT cache: the same runs on the newest JVM, and what its AOT cache
# (JEP 483/514, trained by one untimed run per variant) takes off their start-up.
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
java25_args=()
if [ "$JAVA25" != none ] && [ -x "$JAVA25" ]; then
  java25_args=(--java25 "$JAVA25")
elif [ "$JAVA25" != none ]; then
  echo "!! no Java 25 at $JAVA25: the Java 25 and AOT-cache rows are left out (JAVA25=<java> to name one)" >&2
fi
"$JAVA" -cp "$target/benchmarks.jar" ovc.run.benchmarks.process.ProcessBenchmark --runs "$RUNS" --warmup 2 \
  --java "$JAVA" --classpath "$target/benchmarks.jar" \
  --agent ovc-run-agent/target/ovc-run-agent-0.1.0-SNAPSHOT.jar --otel "$target/otel/opentelemetry-javaagent.jar" \
  --launcher ovc-run-cli/bin/ovc-run --cli-jar ovc-run-cli/target/ovc-run-cli-0.1.0-SNAPSHOT.jar \
  --work "$work" --out "$target/process-results.json" "${base_args[@]}" "${java25_args[@]}"

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ "$commit" != unknown ] && ! git diff --quiet HEAD -- . ':!benchmarks/RESULTS.md'; then
  commit="$commit-dirty"
fi
"$JAVA" -cp "$target/benchmarks.jar" ovc.run.benchmarks.report.Report \
  --jmh "$target/jmh-results.json" --process "$target/process-results.json" --out benchmarks/RESULTS.md \
  --nproc "$(nproc)" --cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- || echo unknown)" \
  --load-start "$load_start" --load-end "$(cut -d' ' -f1-3 /proc/loadavg)" \
  --started "$started" --seconds "$SECONDS" --commit "$commit"
