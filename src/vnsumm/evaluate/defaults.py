"""Defaults shared by the evaluation library and its CLI (kept import-free so the CLI stays fast)."""

DEFAULT_RESAMPLES = 1000  # bootstrap resamples
DEFAULT_SEED = 12345  # bootstrap seed (sacrebleu's default too)
CONFIDENCE = 0.95
