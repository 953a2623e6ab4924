#!/usr/bin/env python3
"""Writes N synthetic run folders (run.json, checks.json, run.log) into a reports folder for the
report scale benchmark: P pipelines, runs one hour apart, 1 in 10 failing a flaky check, 1 in 100
left incomplete (run.log only), a 20-line log each; with A > 0, 1 complete run in A also has an artifact
(artifacts/report.json, about 400 bytes) that a check's evidence points at, which the report copies into its site.

Usage: generate.py OUT N [P [A]]"""
import json, os, sys
from datetime import datetime, timedelta, timezone

def main(out, runs, pipelines, artifact_every=0):
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for i in range(runs):
        pipeline = "P%03d-Bench" % (i % pipelines)
        t = start + timedelta(minutes=i)
        compact = t.strftime("%Y%m%dT%H%M%SZ")
        run_id = "%s__%s__%07x" % (compact, pipeline, i % 0xfffffff)
        folder = os.path.join(out, run_id)
        os.makedirs(folder, exist_ok=True)
        log = ["RUN_ID=" + run_id] + ["%s step %d of run %d" % (t.isoformat(), k, i) for k in range(19)]
        with open(os.path.join(folder, "run.log"), "w") as f:
            f.write("\n".join(log) + "\n")
        if i % 100 == 99:
            continue
        fail = i % 10 == 3
        artifact = artifact_every > 0 and i % artifact_every == 0
        if artifact:
            os.makedirs(os.path.join(folder, "artifacts"), exist_ok=True)
            with open(os.path.join(folder, "artifacts", "report.json"), "w") as f:
                json.dump({"run_id": run_id, "rows": list(range(i % 50, i % 50 + 80))}, f)
        checks = [{"evidence": ["artifacts/report.json"] if artifact else [], "id": "required_env_present",
                   "name": "Required env", "status": "pass"},
                  {"evidence": ["run.json:$.outputs[0].rows_written", "run.log:line:7"], "id": "rows_match",
                   "name": "Rows match", "status": "fail" if fail else "pass"}]
        iso = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        end = (t + timedelta(seconds=5 + i % 50)).strftime("%Y-%m-%dT%H:%M:%SZ")
        run = {"duration_ms": (5 + i % 50) * 1000, "env": {"missing": [], "present": ["DATABASE_URL"]},
               "finished_utc": end, "git": {"ref": "refs/heads/main", "sha": "%040x" % i, "sha7": "%07x" % (i % 0xfffffff)},
               "inputs": [{"ref": "data/in.csv", "type": "csv"}],
               "outputs": [{"ref": "data/out.csv", "rows_written": i % 1000, "type": "file"}],
               "pipeline_id": pipeline, "pipeline_version": "1.0.0", "run_id": run_id, "started_utc": iso,
               "status": "failed" if fail else "success", "trigger": {"type": "cron"}}
        with open(os.path.join(folder, "checks.json"), "w") as f:
            json.dump({"checks": checks, "run_id": run_id,
                       "summary": {"fail": 1 if fail else 0, "pass": 1 if fail else 2, "skip": 0}}, f)
        with open(os.path.join(folder, "run.json"), "w") as f:
            json.dump(run, f)

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 100,
         int(sys.argv[4]) if len(sys.argv) > 4 else 0)
