#!/usr/bin/env sh
# Reproduce the README's VietNews table: the learned scorer (extractive config), TextRank
# (textrank config) and lead-1/2/3 on the 200-article VietNews dev slice, both ROUGE
# tokenizers, 95% bootstrap CIs, paired tests. Runs offline in under a minute; re-running resumes.
set -e
DATA=${1:-../shared/data/vietnews_dev.jsonl}
OUT=${2:-runs/vietnews-extractive}
exec python "$(dirname "$0")/evaluate.py" --config extractive --config textrank --data "$DATA" -o "$OUT" -q
