#!/usr/bin/env bash
# Start-to-exit time of the smallest pipeline (fixture.Plain) with and without the agent.
# Needs `mvn -B package` first and hyperfine (apt-get install hyperfine). Usage: ./startup-benchmark.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-20}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
agent="$here/target/ovc-run-agent-0.1.0-SNAPSHOT.jar"
jackson="$(find ~/.m2/repository/com/fasterxml/jackson/core/jackson-core -name 'jackson-core-*.jar' | sort -V | tail -1)"
cp="$here/target/test-classes:$here/../ovc-run-api/target/classes:$jackson"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/result.md" \
  -n "no agent, no run recorded" "$java -cp $cp fixture.Plain" \
  -n "no agent, same run by RunWriter" "$java -cp $cp fixture.PlainWriter" \
  -n "agent, repeat run (cache warm)" "$java -javaagent:$agent=cache=$work/cache -cp $cp fixture.Plain" \
  --prepare "rm -rf $work/first-cache" \
  -n "agent, first run (cache empty)" "$java -javaagent:$agent=cache=$work/first-cache -cp $cp fixture.Plain" \
  >/dev/null
cat "$work/result.md"
