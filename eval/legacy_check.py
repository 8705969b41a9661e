"""False alarms and misses of the VNI/TCVN3 check on real text: ``python eval/legacy_check.py FILE.jsonl...``.

Every string field of over 20 characters is one text: a false alarm is a text the check takes
for legacy-encoded. Every article (``article`` or ``vi`` field, over 200 characters) is then
converted to VNI and to TCVN3 with ``vnsumm.inputs.legacy.to_legacy``: a miss is one the check
does not name rightly.
"""
from __future__ import annotations

import json
import sys

from vnsumm.inputs.legacy import LEGACY_ENCODINGS, legacy_encoding, to_legacy


def main(paths: list[str]) -> int:
    if not paths or any(p.startswith("-") for p in paths):
        print("usage: python eval/legacy_check.py FILE.jsonl [FILE.jsonl ...]", file=sys.stderr)
        return 2
    texts = alarms = articles = 0
    misses = dict.fromkeys(LEGACY_ENCODINGS, 0)
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line) if line.strip() else {}
                for key, value in row.items():
                    if not isinstance(value, str) or len(value) <= 20:
                        continue
                    texts += 1
                    alarms += legacy_encoding(value) is not None
                    if key in ("article", "vi") and len(value) > 200:
                        articles += 1
                        for encoding in LEGACY_ENCODINGS:
                            found = legacy_encoding(to_legacy(value, encoding))
                            misses[encoding] += found is None or found.encoding != encoding
    print(f"{texts} texts: {alarms} false alarm(s); {articles} articles converted: "
          + ", ".join(f"{e} {n} missed" for e, n in misses.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
