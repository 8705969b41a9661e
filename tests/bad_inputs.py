"""A corpus of hard inputs, built by the tests themselves: what people will point vnsumm at.

``build_corpus(folder)`` writes every case and returns, per file name, what a folder run must
make of it: ``done``, ``skipped`` or ``failed``, and a few words its one-line reason must contain.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FLORES = ROOT / "tests" / "data" / "flores200_vi_en_dev_40.jsonl"
_TONES = "\u0300\u0301\u0303\u0309\u0323"

ENGLISH = """Vietnam's central bank cuts interest rates to support growth

Hanoi, May 8 (Reuters) - The State Bank of Vietnam said on Thursday it would cut its refinancing rate
by 50 basis points, the second reduction this year, as the government tries to keep economic growth
on track after a weak first quarter.

The move follows a slowdown in exports, which fell 3 percent in April from a year earlier, and weaker
demand from the United States and Europe. Analysts said the cut had been widely expected.

"The economy needs cheaper credit to recover, and inflation remains well under control," said an
economist at a securities company in Ho Chi Minh City, who asked not to be named.

The bank also asked commercial lenders to reduce the interest they charge on existing loans, and said it
would keep the exchange rate stable for the rest of the year. Inflation was 3.2 percent in April.

Source: Reuters
"""

BOILERPLATE = """Trang chủ | Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao
Đăng nhập
Đăng ký
Chia sẻ Facebook
Bình luận (0)
Xem thêm
Tin liên quan
Tin liên quan
Quảng cáo
Theo dõi chúng tôi trên Facebook
"""


@dataclass(frozen=True)
class Case:
    """What a run must make of one file."""

    outcome: str  # done | skipped | failed
    reason: str = ""  # words the one-line reason contains (lower-case match)


def seed_text(n: int = 1) -> str:
    return SEEDS[n % len(SEEDS)].read_text(encoding="utf-8")


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese editors write it: precomposed vowel + combining tone mark."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            try:
                out.append((base + "".join(c for c in parts if c in _TONES)).encode("cp1258"))
            except UnicodeEncodeError:
                out.append(b"?")
    return b"".join(out)


def english_article() -> str:
    """A real English news text: the built-in one, plus flores English sentences."""
    rows = [json.loads(line) for line in FLORES.read_text(encoding="utf-8").splitlines()[:12]]
    paragraphs = [" ".join(r["en"] for r in rows[i:i + 3]) for i in range(0, 12, 3)]
    return ENGLISH + "\n" + "\n\n".join(paragraphs) + "\n"


def sprinkle(text: str, extra: str, every: int = 7) -> str:
    """Insert ``extra`` after every ``every``-th word."""
    words = text.split(" ")
    return " ".join(w + (extra if i % every == 3 else "") for i, w in enumerate(words))


def one_paragraph(n_bytes: int) -> str:
    """A title, then one paragraph of ``n_bytes`` made of seed sentences (no line break)."""
    body = " ".join(" ".join(seed_text(i).split()) for i in range(len(SEEDS)))
    rng = random.Random(7)
    words = body.split()
    out, size = [], 0
    while size < n_bytes:
        w = rng.choice(words)
        out.append(w)
        size += len(w.encode()) + 1
    return "Bài viết dài một đoạn về kinh tế Việt Nam\n\n" + " ".join(out) + ".\n"


def html_page(text: str, truncate: bool = False) -> str:
    lines = [x for x in text.splitlines() if x.strip()]
    paragraphs = "\n".join(f"<p>{x}</p>" for x in lines[1:])
    page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{lines[0]}</title></head><body>"
            f"<nav><a href='/'>Trang chủ</a> | <a href='/tg'>Thế giới</a></nav>"
            f"<article><h1>{lines[0]}</h1>{paragraphs}</article><footer>© Báo</footer></body></html>")
    return page[: int(len(page) * 0.6)] if truncate else page


def build_corpus(folder: Path, too_large_bytes: int | None = None) -> dict[str, Case]:
    """Write the hard cases into ``folder``; ``too_large_bytes`` adds a file just over that limit."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1234)
    seed = seed_text(1)
    files: dict[str, tuple[bytes, Case]] = {
        "empty.txt": (b"", Case("failed", "empty")),
        "whitespace.txt": (b"  \n\t\r\n   \n", Case("failed", "empty")),
        "nul-bytes.txt": (seed.encode()[:2000] + b"\x00\x00\x00" + seed.encode()[2000:], Case("failed", "binary")),
        "pdf-renamed.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                            b"2 0 obj\n<< /Length 400 /Filter /FlateDecode >>\nstream\n"
                            + bytes(rng.randrange(256) for _ in range(3000)) + b"\nendstream\n%%EOF\n",
                            Case("failed", "unsupported format: pdf (convert it to text or html)")),
        "random-bytes.txt": (bytes(rng.randrange(256) for _ in range(5000)), Case("failed", "")),
        "shift-jis.txt": (("日本語のニュース記事です。東京で会議が開かれました。" * 20).encode("shift_jis"),
                          Case("failed", "utf-8")),
        "latin-1.txt": (("Le gouvernement français a annoncé une réforme économique, très attendue. " * 20)
                        .encode("latin-1"), Case("failed", "utf-8")),
        "utf-32.txt": (seed.encode("utf-32"), Case("failed", "utf-32")),
        "mojibake.txt": (seed.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"),
                         Case("failed", "mojibake")),
        "utf-16.txt": (seed.encode("utf-16"), Case("done")),
        "utf-16le-no-bom.txt": (seed_text(2).encode("utf-16-le"), Case("done")),
        "windows-1258.txt": (encode_cp1258(seed_text(3)), Case("done")),
        "utf-8-bom.txt": (codecs.BOM_UTF8 + seed_text(4).encode(), Case("done")),
        "one-paragraph-200k.txt": (one_paragraph(200_000).encode(), Case("done")),
        "commas-10000.txt": ((seed_text(0) + "\n" + "," * 10_000 + "\n").encode(), Case("done")),
        "only-commas.txt": (("," * 10_000).encode(), Case("failed", "nothing left")),
        "one-long-token.txt": (("a" * 100_000).encode(), Case("failed", "")),
        "emoji.txt": (sprinkle(seed_text(2), " 😀🇻🇳👍🏽", 5).encode(), Case("done")),
        "rtl-marks.txt": (sprinkle(seed_text(3), "\u200f\u202e שלום \u202c\u200e", 9).encode(), Case("done")),
        "mixed-scripts.txt": (sprinkle(seed_text(4), " 北京 Москва ภาษาไทย", 11).encode(), Case("done")),
        "html-entities.txt": (seed_text(0).replace(" và ", " &amp; ").replace("ế", "&#7871;")
                              .replace("\n\n", "\n&nbsp;\n").encode(), Case("done")),
        "control-chars.txt": (sprinkle(seed_text(1), "\x07\x1b[31m\u200b\ufeff", 6).encode(), Case("done")),
        "page.html": (html_page(seed_text(2)).encode(), Case("done")),
        "half-downloaded.html": (html_page(seed_text(3), truncate=True).encode(), Case("done")),
        "english.txt": (english_article().encode(), Case("skipped", "english (en), not vietnamese")),
        "boilerplate-only.txt": (BOILERPLATE.encode(), Case("failed", "nothing left")),
    }
    if too_large_bytes:
        big = one_paragraph(too_large_bytes + 1000).encode()
        files["too-large.txt"] = (big, Case("failed", f"{too_large_bytes:,}-byte limit"))
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: case for name, (_, case) in files.items()}


def good_and_bad(folder: Path) -> dict[str, Case]:
    """A folder of 20 good articles (the seeds, four variants each) and 5 bad files."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, Case] = {}
    for i in range(20):
        text = seed_text(i)
        if i >= 5:  # a different byte content for each copy
            text = text.rstrip("\n") + "\n" + "\n" * (i // 5)
        (folder / f"good-{i:02d}.txt").write_text(text, encoding="utf-8")
        cases[f"good-{i:02d}.txt"] = Case("done")
    bad = {
        "bad-empty.txt": (b"", "empty"),
        "bad-binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        "bad-shift-jis.txt": (("ニュース記事。" * 40).encode("shift_jis"), "utf-8"),
        "bad-boilerplate.txt": (BOILERPLATE.encode(), "nothing left"),
        "bad-commas.txt": (b"," * 10_000, "nothing left"),
    }
    for name, (data, reason) in bad.items():
        (folder / name).write_bytes(data)
        cases[name] = Case("failed", reason)
    return cases


def checksums(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (relative path -> hash)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}
