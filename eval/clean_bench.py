"""Cleaning benchmark: clean VietNews articles dressed up as scraped pages.

Each clean article is split into paragraphs, then page furniture is injected in many
wordings and positions (breadcrumbs and share rows on top; captions, inline "Xem thêm"
links and related boxes between paragraphs; credits, related-article lists with
duplicated headlines, time stamps and teasers, headline lists, comments, tags and
weather boxes at the end) plus text faults (glued sentences, NBSP and zero-width spaces,
NFD, new-style tone marks, curly quotes, trailing tabs, whole article on one line).
Styles come in two disjoint sets: ``dev`` (used while building the cleaner) and
``heldout`` (wordings and layouts the cleaner was not tuned on).

Reported per style set and overall:
  recall   = body sentences found in the cleaned body / body sentences
  leakage  = injected furniture lines found in the cleaned output / injected lines
  articles_per_s = text articles cleaned per CPU-second (one core; caches emptied before each)
The last line is machine-readable: ``recall=0.997 leakage=0.004 articles_per_s=850``.

    python eval/clean_bench.py [--data ../shared/data/vietnews_dev.jsonl] [--limit N] [--seed 0]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vnsumm.clean import clean, normalize, split_sentences  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "vietnews_dev.jsonl"

# ---- wordings, split into a dev set and a held-out set --------------------------------
STYLES = {
    "dev": {
        "markers": ["Tin cùng chuyên mục", "Có thể bạn quan tâm", "Tin đọc nhiều", "Xem thêm", "Cùng chuyên mục",
                    "Tin liên quan", "Bài liên quan", "TIN LIÊN QUAN", "Tin khác", "Đọc thêm"],
        "inline": ["Xem thêm: {h}", ">> {h}", "Tin liên quan: {h}", "ĐỌC THÊM: {h}"],
        "sources": ["Nguồn: {s}", "Theo {s}", "{d}", "(Theo {s})"],
        "captions": ["{c}. Ảnh: {a}", "{c} (Ảnh: {a})", "{c}. Ảnh: {a}/TTXVN", "Ảnh minh họa", "{c}. Ảnh: {a}"],
        "share": ["fb yt zl tw", "Chia sẻ", "Facebook Twitter Zalo", "In bài"],
        "top": ["Trang chủ > Thời sự > Chính trị", "Thời sự", "Chia sẻ", "Kinh doanh | Tài chính"],
        "dates": ["{d:02d}/{m:02d}/{y} {H:02d}:{M:02d}", "Thứ Ba, ngày {d:02d}/{m:02d}/{y} | {H:02d}:{M:02d}",
                  "{H:02d}:{M:02d} {d:02d}/{m:02d}/{y}"],
        "tails": ["Viết bình luận mới", "THÔNG TIN CẦN BIẾT", "Tags: {t1}, {t2}", "Từ khóa: {t1}, {t2}"],
        "comment_words": ["Bình luận", "Gửi bình luận"],
        "widgets": ["© 2025 Báo Mẫu. All rights reserved.", "Hotline: 0987 654 321", "Nghe bài viết",
                    "Trang 1 2 3 Tiếp", "#giávàng #HàNội", "Thực hiện: Quang Vinh", "Tải ứng dụng để đọc tin nhanh hơn"],
        "stamps": ["{H}:{M:02d} hôm qua", "{d}/{m}", "{H} giờ trước"],
    },
    "heldout": {
        "markers": ["Bài viết liên quan", "Đừng bỏ lỡ", "Tin mới nhất", "Đọc nhiều nhất", "Tin nổi bật",
                    "Bạn có thể quan tâm", "CÁC TIN KHÁC", "Xem nhiều", "Tin tức liên quan", "Có thể bạn chưa đọc"],
        "inline": ["Đọc thêm >> {h}", "» {h}", "XEM THÊM >> {h}", "Bài liên quan: {h}"],
        "sources": ["Nguồn tin: {s}", "THEO {s}", "https://{d}", "Nguồn: {d}"],
        "captions": ["{c} - Ảnh: {a}", "{c}. (Ảnh: {a})", "{c}. ẢNH: {a}", "(Ảnh minh họa)", "{c}. Nguồn ảnh: {a}",
                     "{c}. Ảnh: Internet"],
        "share": ["Facebook | Zalo | Email", "Chia sẻ bài viết", "f t in", "Share Tweet Email"],
        "top": ["Trang chủ » Xã hội » Giao thông", "Pháp luật", "Theo dõi trên Google News", "Thế giới / Châu Á"],
        "dates": ["Thứ hai, {d}/{m}/{y}, {H:02d}:{M:02d} (GMT+7)", "Cập nhật: {H:02d}:{M:02d} ngày {d:02d}/{m:02d}/{y}",
                  "{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:00+07:00"],
        "tails": ["Gửi ý kiến của bạn", "Đăng ký nhận bản tin", "Từ khóa: {t1}; {t2}", "Lên đầu trang",
                  "© Bản quyền thuộc về báo điện tử"],
        "comment_words": ["Ý kiến bạn đọc", "Bình luận (0)"],
        "widgets": ["Bản quyền thuộc về Báo Mẫu", "Email: toasoan@baomau.vn", "Đọc bài viết", "Trang 1 2 Sau",
                    "#thờisự #giaothông", "Bài và ảnh: Ngọc Hà", "Đăng ký nhận bản tin mỗi sáng", "Cỡ chữ A- A+"],
        "stamps": ["Hôm nay {H:02d}:{M:02d}", "{d:02d}/{m:02d} {H:02d}:{M:02d}", "{M} phút trước"],
    },
}
SITES = [("VOV.VN", "vov.vn"), ("TTXVN", "baotintuc.vn"), ("Dân trí", "dantri.com.vn"),
         ("Báo Tin tức", "baotintuc.vn"), ("Qdnd.vn", "qdnd.vn"), ("VnExpress", "vnexpress.net"),
         ("Tuổi Trẻ", "tuoitre.vn"), ("Thanh Niên", "thanhnien.vn"), ("Hà Nội Mới", "hanoimoi.vn")]
AUTHORS = ["TTXVN", "Lâm Khánh", "Minh Anh", "Quang Vinh", "Ngọc Hà", "Thanh Tùng", "Hoàng Long"]
CAPTIONS = ["Quang cảnh buổi làm việc", "Các đại biểu dự hội nghị", "Lực lượng chức năng tại hiện trường",
            "Người dân tham gia giao thông trên đường", "Ông Nguyễn Văn Hùng phát biểu tại buổi lễ",
            "Toàn cảnh phiên họp sáng nay", "Khu vực xảy ra vụ việc", "Đại diện lãnh đạo trao quà cho người dân"]
TAGS = ["giá vàng", "tai nạn giao thông", "Hà Nội", "thời tiết", "bất động sản", "kinh tế"]


@dataclass
class Doc:
    text: str
    body_sentences: list[str]
    furniture: list[str] = field(default_factory=list)


def _date_line(rng: random.Random, styles: dict, key: str = "dates") -> str:
    return rng.choice(styles[key]).format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(2018, 2025),
                                          H=rng.randint(1, 23), M=rng.randint(1, 59))


def _teaser(rng: random.Random, others: list[dict]) -> tuple[str, str]:
    other = rng.choice(others)
    sents = split_sentences(other["article"])
    teaser = sents[0] if sents else other["article"][:150]
    if rng.random() < 0.4:
        teaser = " ".join(teaser.split()[: rng.randint(12, 25)]) + rng.choice(["...", "…"])
    return other["title"], teaser


def _related_block(rng: random.Random, styles: dict, others: list[dict]) -> list[str]:
    """A related-articles block: a marker (or none) then items in one of several layouts."""
    lines = [rng.choice(styles["markers"])] if rng.random() < 0.8 else []
    layout = rng.choice(["dup_teaser", "stamp_teaser", "list", "teaser", "dup", "stamp"])
    for _ in range(rng.randint(2, 6)):
        title, teaser = _teaser(rng, others)
        if layout == "list":
            lines.append(title)
            continue
        lines.append(title)
        if layout.startswith("dup"):
            lines.append(title)
        if "stamp" in layout:
            lines.append(_date_line(rng, styles, "dates" if rng.random() < 0.6 else "stamps"))
        if "teaser" in layout:
            lines.append(teaser)
    return lines


def _caption(rng: random.Random, styles: dict) -> list[str]:
    line = rng.choice(styles["captions"]).format(c=rng.choice(CAPTIONS), a=rng.choice(AUTHORS))
    return [line, line] if rng.random() < 0.3 else [line]


def _inline(rng: random.Random, styles: dict, others: list[dict]) -> list[str]:
    roll = rng.random()
    if roll < 0.35:
        return _caption(rng, styles)
    if roll < 0.6:
        return [rng.choice(styles["inline"]).format(h=rng.choice(others)["title"])]
    if roll < 0.8:
        return [rng.choice(styles["markers"])] + [rng.choice(others)["title"] for _ in range(rng.randint(1, 3))]
    return [rng.choice(styles["share"] + styles["widgets"] + ["Quảng cáo"])]


def _tail(rng: random.Random, styles: dict, others: list[dict]) -> list[str]:
    name, domain = rng.choice(SITES)
    lines = [rng.choice(styles["sources"]).format(s=name, d=domain)] if rng.random() < 0.8 else []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.55:
            lines += _related_block(rng, styles, others)
        elif roll < 0.7:
            lines += [rng.choice(styles["share"])]
        elif roll < 0.78:
            lines += [rng.choice(styles["tails"]).format(t1=rng.choice(TAGS), t2=rng.choice(TAGS))]
        elif roll < 0.85:
            lines += [rng.choice(styles["widgets"])]
        else:
            lines += [rng.choice(styles["comment_words"])]
            for _ in range(rng.randint(1, 2)):
                lines += [rng.choice(["Nguyễn Văn Nam", "Trần Thị Hoa", "Lê Minh"]),
                          rng.choice(["Bài viết rất hay, cảm ơn tác giả.", "Mong cơ quan chức năng sớm xử lý nghiêm."]),
                          f"{rng.randint(1, 59)} phút trước", "Trả lời"]
    return lines


def _fault(rng: random.Random, text: str) -> str:
    """Inject one text fault that a scraper would leave."""
    kind = rng.choice(["nbsp", "zw", "nfd", "tones", "quotes", "tabs", "none", "none"])
    if kind == "nbsp":
        return text.replace(" ", "\u00a0", rng.randint(1, 20))
    if kind == "zw":
        return re.sub(r"(?<=\w) (?=\w)", lambda m: " \u200b" if rng.random() < 0.05 else " ", text)
    if kind == "nfd":
        return unicodedata.normalize("NFD", text)
    if kind == "tones":
        return text.replace("hòa", "hoà").replace("thủy", "thuỷ").replace("khỏe", "khoẻ").replace("lòa", "loà")
    if kind == "quotes":
        return re.sub(r'"([^"\n]*)"', "“\\1”", text)
    if kind == "tabs":
        return "\n".join(line + "\t" * rng.randint(0, 3) for line in text.split("\n"))
    return text


def make_doc(rng: random.Random, article: dict, others: list[dict], styles: dict) -> Doc:
    sentences = split_sentences(article["article"])
    paragraphs, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 4)
        paragraphs.append(sentences[i:i + n])
        i += n
    furniture: list[str] = []
    blocks: list[tuple[str, list[str]]] = []
    if rng.random() < 0.5:
        top = [rng.choice(styles["top"])]
        blocks.append(("top", top))
        furniture += top
    head = [article["title"]]
    if rng.random() < 0.8:
        head.append(_date_line(rng, styles))
    if rng.random() < 0.3:  # furniture between the header and the lead
        under = [rng.choice(styles["top"] + styles["share"] + styles["widgets"][2:3])]
        head += under
        furniture += under
    body_lines: list[str] = []
    glue = rng.random() < 0.1
    for k, para in enumerate(paragraphs):
        text = ("" if glue and rng.random() < 0.5 else " ").join(para)
        body_lines.append(text)
        if k < len(paragraphs) - 1 and rng.random() < 0.25:
            extra = _inline(rng, styles, others)
            body_lines += extra
            furniture += extra
    tail = _tail(rng, styles, others)
    furniture += tail
    one_line = rng.random() < 0.05
    sep = "\n" if rng.random() < 0.3 else "\n\n"
    parts = [blocks[0][1][0]] if blocks else []
    parts += head
    if one_line:
        story = [x for x in body_lines if x not in furniture]
        furniture = [f for f in furniture if f not in story]
        parts.append(" ".join(story))
        parts += [x for x in body_lines if x in furniture]
    else:
        parts += body_lines
    parts += tail
    text = _fault(rng, sep.join(parts) + "\n")
    body = [s for p in paragraphs for s in p]
    return Doc(text, body, [f for f in furniture if f.strip()])


def _key(text: str) -> str:
    return re.sub(r"\W+", "", normalize(text).casefold())


def score(doc: Doc, article) -> tuple[int, int, int, int]:
    """(body sentences found, body sentences, furniture lines leaked, furniture lines)."""
    out_keys = {_key(p) for p in article.paragraphs} | ({_key(article.title)} if article.title else set())
    body_blob = "".join(_key(p) for p in article.paragraphs)
    found = sum(1 for s in doc.body_sentences if _key(s) in body_blob)
    body_keys = {_key(s) for s in doc.body_sentences}
    furniture = [f for f in doc.furniture if _key(f) and _key(f) not in body_keys]
    leaked = sum(1 for f in furniture if _key(f) in out_keys or (len(_key(f)) >= 30 and _key(f) in body_blob))
    return found, len(doc.body_sentences), leaked, len(furniture)


def _cold_caches() -> None:
    from vnsumm.clean.lines import classify
    from vnsumm.clean.normalize import _normalize_raw_line
    from vnsumm.clean.sentences import _split_line

    for cached in (classify, _normalize_raw_line, _split_line):
        cached.cache_clear()


def load(data: Path) -> list[dict]:
    return [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]


def run(data: Path, limit: int | None, seed: int, verbose: bool = False) -> dict[str, dict[str, float]]:
    articles = load(data)[:limit]
    clean("Khởi động.\n")  # first-call imports are not part of the throughput
    results: dict[str, dict[str, float]] = {}
    totals = [0, 0, 0, 0]
    seconds = 0.0
    docs = 0
    for set_name, styles in STYLES.items():
        rng = random.Random(f"{seed}-{set_name}")
        counts = [0, 0, 0, 0]
        for idx, article in enumerate(articles):
            others = articles[:idx] + articles[idx + 1:]
            doc = make_doc(rng, article, others, styles)
            _cold_caches()  # each article is timed as if it were the only one
            start = time.process_time()
            cleaned = clean(doc.text)
            seconds += time.process_time() - start
            docs += 1
            got = score(doc, cleaned)
            if verbose and (got[0] < got[1] or got[2]):
                _show_errors(doc, cleaned)
            counts = [a + b for a, b in zip(counts, got)]
        totals = [a + b for a, b in zip(totals, counts)]
        results[set_name] = {"recall": counts[0] / max(counts[1], 1), "leakage": counts[2] / max(counts[3], 1),
                             "sentences": counts[1], "furniture": counts[3]}
    results["all"] = {"recall": totals[0] / max(totals[1], 1), "leakage": totals[2] / max(totals[3], 1),
                      "sentences": totals[1], "furniture": totals[3], "articles_per_s": docs / seconds}
    return results


def _show_errors(doc: Doc, article) -> None:
    body_blob = "".join(_key(p) for p in article.paragraphs)
    out_keys = {_key(p) for p in article.paragraphs} | ({_key(article.title)} if article.title else set())
    for s in doc.body_sentences:
        if _key(s) not in body_blob:
            print("  LOST :", s[:120])
    body_keys = {_key(s) for s in doc.body_sentences}
    for f in doc.furniture:
        k = _key(f)
        if k and k not in body_keys and (k in out_keys or (len(k) >= 30 and k in body_blob)):
            print("  LEAK :", f[:120])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="print every lost sentence and leaked line")
    args = parser.parse_args(argv)
    res = run(args.data, args.limit, args.seed, args.verbose)
    for name, r in res.items():
        print(f"{name:8s} recall={r['recall']:.4f} leakage={r['leakage']:.4f} "
              f"(sentences={r['sentences']}, furniture lines={r['furniture']})")
    a = res["all"]
    print(f"recall={a['recall']:.3f} leakage={a['leakage']:.3f} articles_per_s={a['articles_per_s']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
