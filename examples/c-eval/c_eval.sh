#!/usr/bin/env bash
# C-Eval: scores a day of option-C signals against what the market then did, and reports through
# the run that `ovc-run exec` opened for it: artifacts/eval.json plus a check in checks.jsonl.
#
#   ovc-run exec --pipeline-id C-Eval --input csv=signals.csv -- bash examples/c-eval/c_eval.sh signals.csv [MIN_HIT_RATE]
#
# The CSV has the header date,block_start,signal,outcome with signal/outcome one of up, down, flat.
set -euo pipefail
: "${OVC_RUN_DIR:?run C-Eval through ovc-run exec, which sets OVC_RUN_DIR}"
signals=${1:?usage: c_eval.sh SIGNALS_CSV [MIN_HIT_RATE]}
min_hit_rate=${2:-0.50}

if [ "$(head -n 1 "$signals")" != "date,block_start,signal,outcome" ]; then
  echo "C-Eval: $signals does not start with the header date,block_start,signal,outcome" >&2
  exit 2
fi

# One pass: count hits, refuse any row that is not well formed (exit 3 names it).
counts=$(awk -F, 'NR > 1 && NF {
    if (NF != 4 || $3 !~ /^(up|down|flat)$/ || $4 !~ /^(up|down|flat)$/) {
      printf "C-Eval: %s:%d: bad row \"%s\"\n", FILENAME, NR, $0 > "/dev/stderr"; bad = 1; exit 3
    }
    total++; if ($3 == $4) hits++
  }
  END { if (!bad) printf "%d %d\n", total, hits }' "$signals")
read -r total hits <<< "$counts"

if [ "${total:-0}" -eq 0 ]; then
  echo "C-Eval: no signals to score in $signals"
  printf '{"id": "eval_hit_rate", "name": "No signals to score", "status": "skip", "evidence": []}\n' \
    >> "$OVC_RUN_DIR/checks.jsonl"
  exit 0
fi

hit_rate=$(awk -v h="$hits" -v t="$total" 'BEGIN { printf "%.4f", h / t }')
mkdir -p "$OVC_RUN_DIR/artifacts"
printf '{\n  "hit_rate": %s,\n  "hits": %d,\n  "min_hit_rate": %s,\n  "signals": %d\n}\n' \
  "$hit_rate" "$hits" "$min_hit_rate" "$total" > "$OVC_RUN_DIR/artifacts/eval.json"
echo "C-Eval: $hits of $total signals right (hit rate $hit_rate, minimum $min_hit_rate)"

status=$(awk -v r="$hit_rate" -v m="$min_hit_rate" 'BEGIN { print (r >= m) ? "pass" : "fail" }')
printf '{"id": "eval_hit_rate", "name": "Hit rate at least %s", "status": "%s", "evidence": ["artifacts/eval.json"]}\n' \
  "$min_hit_rate" "$status" >> "$OVC_RUN_DIR/checks.jsonl"
