#!/usr/bin/env python
"""Thin wrapper: same as ``vnsumm eval`` (see ``--help``).

    python eval/evaluate.py --config extractive --data ../shared/data/vietnews_dev.jsonl -o runs/vietnews
"""
import sys

from vnsumm.cli.eval import main

if __name__ == "__main__":
    sys.exit(main())
