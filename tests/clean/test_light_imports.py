"""Cleaning and reading stay light: no deep-learning stack is imported (CLI start-up, CI time)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from vnsumm.clean import clean
from vnsumm.io import html_to_text, read_text
clean(read_text(sys.argv[1]))
clean(html_to_text("<html><body><article><p>Sáng nay, giá vàng trong nước tăng mạnh. Đây là mức cao nhất "
                   "trong tháng qua, theo các doanh nghiệp kinh doanh vàng.</p></article></body></html>"))
print(",".join(m for m in ("torch", "transformers", "underthesea") if m in sys.modules))
"""


def test_clean_and_io_do_not_import_torch_or_transformers():
    seed = ROOT / "seeds" / "000_2b6d86a53e841c95.txt"
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(seed)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
