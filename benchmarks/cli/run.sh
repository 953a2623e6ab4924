#!/usr/bin/env bash
# Whole-process figures for the ovc-run command line (issue 5's targets):
#   1. start-up: `ovc-run exec -- true` against `true` alone, JVM start included (median of RUNS);
#      plain `java -jar`, and with the launcher's JVM options and an AppCDS archive;
#   2. throughput: 200 MB of 100-byte lines through `exec` into a file, against through `cat`;
#   3. reading: `validate` and `ls` over 2 500, 5 000 and 10 000 generated run folders.
#
# Usage: benchmarks/cli/run.sh            (after: mvn -B -pl ovc-run-cli -am -DskipTests package)
#        RUNS=10 MEGABYTES=200 FOLDERS="2500 5000 10000" benchmarks/cli/run.sh
# Needs bash, python3 (to generate run folders) and a JDK 17+ as `java` (or JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS="${RUNS:-10}"
MEGABYTES="${MEGABYTES:-200}"
FOLDERS="${FOLDERS:-2500 5000 10000}"
JAR="$(ls ovc-run-cli/target/ovc-run-cli-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)"
[ -n "$JAR" ] || { echo "build first: mvn -B -pl ovc-run-cli -am -DskipTests package" >&2; exit 1; }
JAR="$(pwd)/$JAR"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ovc-run-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

now_ms() { date +%s%3N; }

# median_ms RUNS command...: runs the command RUNS times (output discarded) and prints the median wall time.
median_ms() {
  local runs="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start="$(now_ms)"
    "$@" >/dev/null 2>&1 || true
    end="$(now_ms)"
    times+=($((end - start)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
echo "== jar: $JAR ($(($(stat -c %s "$JAR") / 1024)) KiB)"

echo
echo "== 1. start-up, median of $RUNS runs (ms)"
"$JAVA" -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$WORK/cds.jsa" -Xlog:disable -jar "$JAR" \
  exec --pipeline-id CDS-Training --reports "$WORK/training" -- true >/dev/null 2>&1
t_true="$(median_ms "$RUNS" true)"
t_plain="$(median_ms "$RUNS" "$JAVA" -jar "$JAR" exec --pipeline-id Bench-Start --reports "$WORK/start" -- true)"
t_tuned="$(median_ms "$RUNS" "$JAVA" -XX:+UseSerialGC -XX:-UsePerfData -XX:SharedArchiveFile="$WORK/cds.jsa" \
  -Xshare:auto -jar "$JAR" exec --pipeline-id Bench-Start --reports "$WORK/start" -- true)"
t_version="$(median_ms "$RUNS" "$JAVA" -XX:+UseSerialGC -XX:-UsePerfData -XX:SharedArchiveFile="$WORK/cds.jsa" \
  -Xshare:auto -jar "$JAR" --version)"
echo "true alone                                   ${t_true}"
echo "java -jar ovc-run.jar exec -- true           ${t_plain}   (+$((t_plain - t_true)))"
echo "same, launcher options + AppCDS archive      ${t_tuned}   (+$((t_tuned - t_true)))"
echo "  of which JVM + picocli only (--version)    ${t_version}"

echo
echo "== 2. ${MEGABYTES} MB of 100-byte lines, median of 3 runs (ms)"
PRODUCER="yes \"\$(printf 'x%.0s' {1..99})\" | head -c $((MEGABYTES * 1000 * 1000))"
t_raw="$(median_ms 3 bash -c "$PRODUCER > '$WORK/raw.out'")"
t_cat="$(median_ms 3 bash -c "$PRODUCER | cat > '$WORK/cat.out'")"
t_exec="$(median_ms 3 bash -c "'$JAVA' -XX:+UseSerialGC -XX:SharedArchiveFile='$WORK/cds.jsa' -Xshare:auto -jar '$JAR' \
  exec --pipeline-id Bench-Output --reports '$WORK/output' -- bash -c \"$PRODUCER\" > '$WORK/exec.out'")"
echo "producer > file                              ${t_raw}"
echo "producer | cat > file                        ${t_cat}"
echo "ovc-run exec -- producer > file              ${t_exec}   ($(awk "BEGIN { printf \"%.2f\", $t_exec / $t_cat }")x cat)"
echo "  (exec also writes run.log: $(du -sm "$WORK/output" | cut -f1) MB for 3 runs)"

echo
echo "== 3. reading N generated run folders (ms, one run each, after one warm-up of the page cache)"
template="$WORK/template"
"$JAVA" -jar "$JAR" exec --pipeline-id Bench-Read --reports "$template" --input csv=data/in.csv -- \
  bash -c 'for i in $(seq 20); do echo "row $i"; done; mkdir -p "$OVC_RUN_DIR/artifacts"; echo "{}" > "$OVC_RUN_DIR/artifacts/report.json"; echo "{\"id\":\"report_written\",\"name\":\"Report written\",\"status\":\"pass\",\"evidence\":[\"artifacts/report.json\"]}" >> "$OVC_RUN_DIR/checks.jsonl"' >/dev/null
for n in $FOLDERS; do
  python3 - "$template" "$WORK/reads-$n" "$n" <<'PY'
import datetime, json, os, sys
template_root, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
template = os.path.join(template_root, os.listdir(template_root)[0])
old_id = os.path.basename(template)
_, pipeline, sha7 = old_id.split("__")
files = {}
for root, _, names in os.walk(template):
    for name in names:
        path = os.path.join(root, name)
        files[os.path.relpath(path, template)] = open(path, "rb").read()
run = json.loads(files["run.json"])
parse = lambda text: datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
took = parse(run["finished_utc"]) - parse(run["started_utc"])
start = datetime.datetime(2026, 1, 1)
os.makedirs(target)
for i in range(count):
    moment = start + datetime.timedelta(seconds=i)
    new_id = "__".join((moment.strftime("%Y%m%dT%H%M%SZ"), pipeline, sha7))
    run.update(run_id=new_id, started_utc=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
               finished_utc=(moment + took).strftime("%Y-%m-%dT%H:%M:%SZ"))
    folder = os.path.join(target, new_id)
    for rel, data in files.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if rel == "run.json":
            data = (json.dumps(run, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode()
        else:
            data = data.replace(old_id.encode(), new_id.encode())
        with open(path, "wb") as out:
            out.write(data)
PY
  cat "$WORK/reads-$n"/*/run.json >/dev/null  # warm the page cache once
  t_validate="$(median_ms 1 "$JAVA" -XX:+UseSerialGC -jar "$JAR" validate --reports "$WORK/reads-$n")"
  t_ls="$(median_ms 1 "$JAVA" -XX:+UseSerialGC -jar "$JAR" ls --reports "$WORK/reads-$n")"
  problems="$("$JAVA" -jar "$JAR" validate --reports "$WORK/reads-$n" 2>&1 >/dev/null | tail -1)"
  echo "$n folders: validate ${t_validate}   ls ${t_ls}   ($problems)"
  rm -rf "$WORK/reads-$n"
done
