#!/usr/bin/env bash
# Start-to-exit time and peak memory of the smallest pipeline (fixture.Plain) with and without the
# agent, and, when its jar is in the local Maven repository, with OpenTelemetry's agent (exporters
# off) for comparison. Needs `mvn -B package` first and hyperfine (apt-get install hyperfine).
# Usage: ./startup-benchmark.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-20}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
agent="$here/target/ovc-run-agent-0.1.0-SNAPSHOT.jar"
jackson="$(find ~/.m2/repository/com/fasterxml/jackson/core/jackson-core -name 'jackson-core-*.jar' | sort -V | tail -1)"
otel="$(find ~/.m2/repository/io/opentelemetry/javaagent/opentelemetry-javaagent -name 'opentelemetry-javaagent-*.jar' 2>/dev/null | sort -V | tail -1 || true)"
cp="$here/target/test-classes:$here/../ovc-run-api/target/classes:$jackson"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

names=("no agent, no run recorded" "agent, program without annotations" "no agent, same run by RunWriter"
       "agent, repeat run (cache warm)" "agent, first run (cache empty)")
commands=("$java -cp $cp fixture.Plain" "$java -javaagent:$agent -cp $cp fixture.Hello" "$java -cp $cp fixture.PlainWriter"
          "$java -javaagent:$agent=cache=$work/cache -cp $cp fixture.Plain"
          "$java -javaagent:$agent=cache=$work/first-cache -cp $cp fixture.Plain")
if [[ -n "$otel" ]]; then
  names+=("OpenTelemetry agent $(basename "$otel" .jar | sed 's/.*-//'), exporters off")
  commands+=("$java -javaagent:$otel -Dotel.traces.exporter=none -Dotel.metrics.exporter=none -Dotel.logs.exporter=none -cp $cp fixture.Plain")
fi

args=()
for i in "${!names[@]}"; do
  args+=(-n "${names[$i]}" "${commands[$i]}")
done
# --prepare empties the first-run cache before every run of every command (the others never use it).
hyperfine -N --warmup 3 --runs "$runs" --prepare "rm -rf $work/first-cache" --export-markdown "$work/time.md" \
  "${args[@]}" >/dev/null
cat "$work/time.md"

echo
echo "| Command | Peak RSS [MiB], max of 3 |"
echo "|:---|---:|"
for i in "${!names[@]}"; do
  peak=0
  for _ in 1 2 3; do
    rm -rf "$work/first-cache"
    /usr/bin/time -f %M -o "$work/rss" ${commands[$i]} >/dev/null 2>&1
    kb=$(tail -1 "$work/rss")
    (( kb > peak )) && peak=$kb
  done
  echo "| \`${names[$i]}\` | $((peak / 1024)) |"
done
