#!/usr/bin/env sh
# Reproduce the README's VietNews table: TextRank (extractive config) and lead-3 on the
# 200-article VietNews dev slice, both ROUGE tokenizers, 95% bootstrap CIs, paired test.
# Runs offline in well under a minute on a laptop CPU; re-running resumes.
set -e
DATA=${1:-../shared/data/vietnews_dev.jsonl}
OUT=${2:-runs/vietnews-extractive}
exec python "$(dirname "$0")/evaluate.py" --config extractive --data "$DATA" -o "$OUT" -q
