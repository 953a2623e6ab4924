#!/usr/bin/env bash
# Builds the benchmarks jar and runs the JMH benchmarks of the runtime; extra arguments go to JMH
# (e.g. a name filter: benchmarks/run-jmh.sh FinishRun). Results: benchmarks/target/jmh-result.txt
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl benchmarks -am
java -jar benchmarks/target/benchmarks.jar -prof gc -rf text -rff benchmarks/target/jmh-result.txt "$@"
