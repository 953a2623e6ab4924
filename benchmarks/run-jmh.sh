#!/usr/bin/env bash
# Builds the benchmarks jar (and the agent RunInputBenchmark attaches) and runs the JMH benchmarks;
# extra arguments go to JMH (e.g. a name filter: benchmarks/run-jmh.sh FinishRun). Results:
# benchmarks/target/jmh-result.txt. benchmarks/run.sh runs everything and writes RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -Pbenchmarks -pl benchmarks,ovc-run-agent -am
java -jar benchmarks/target/benchmarks.jar -prof gc -rf text -rff benchmarks/target/jmh-result.txt "$@"
