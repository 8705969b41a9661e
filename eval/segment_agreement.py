"""Agreement of vnsumm's light syllable/word splitting with underthesea's own functions.

    python eval/segment_agreement.py ../shared/data/vietnews_dev.jsonl
    python eval/segment_agreement.py ../shared/data/flores200_vi_en_dev.jsonl --field vi --limit 60 \
        --write tests/data/segment_flores_vi.jsonl   # the test slice, with underthesea's answers

Per sentence (underthesea ``sent_tokenize`` of each article): exact-match share of
``segment.syllables`` vs ``text_normalize`` + the syllable regex (what features.py used before),
and of ``segment.words`` vs ``underthesea.word_tokenize``; also word-level F1.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter

from vnsumm.summarize import segment


# Cases beyond news prose: each of underthesea's token patterns, old- and new-style tone marks.
EXTRA = [
    "Hoà Bình, VIỆT NAM: 20.000 người_dân! Thuý Kiều ở Thanh Hoá, khoẻ mạnh.",
    "Xem tại https://vnexpress.net/thoi-su/abc-123.html hoặc vnexpress.net, e-mail: ban.doc@vnexpress.net.",
    "Ngày 02/05/2014, lúc 10:20:50, TP.HCM và TP. Đà Nẵng; Tp. Huế; T.Ư; H&M; NĐ-CP; xe 43H-0530.",
    "Giá 4.123,2 đồng, 60.542.000 đồng, 100,000,000 USD, 3x4 m, 1.600m-2.000m, 30°C, 4K, v.v...",
    "Ông Nguyễn Văn A (ThS. kinh tế, Dr. Smith, Mr. Bean) nói => 'Tôi đồng ý' -- rồi cười :)) ♥‿♥ <3",
    "H'Mông, xã N’Thôn Hạ, Ðà Lạt, 08-2014, 02-03-2014, 03-5730-2357, 20.08.2014, 2014/08/20.",
    "Xe biển số 68 G 1-39226 bị thu giữ, ngày 2014/08/201",
    "Lúc 10:20:501 thì tin nhắn đến từ số 0912/34567",
    "Chuẩn 802.11n, 20km/h, COVID-19, xã Hoà-Bình.",
    "Sáng nay (ngày 1/12), giá vàng trong nước tăng mạnh... Chuyên gia: \"Mua vào lúc này là rủi ro\".",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="JSON Lines with an 'article' (and optional 'title') field")
    parser.add_argument("--limit", type=int, default=0, help="first N rows only (default 0: every row)")
    parser.add_argument("--field", default="article", help="the text field (default: article)")
    parser.add_argument("--write", help="also write each sentence with underthesea's answers here (JSON Lines)")
    args = parser.parse_args()
    from underthesea import sent_tokenize, text_normalize, word_tokenize

    token = re.compile(r"[^\W_]+")
    sentences = []
    with open(args.data, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if args.limit and n >= args.limit:
                break
            row = json.loads(line)
            sentences += [s for s in sent_tokenize(row[args.field]) if s.strip()]
            if row.get("title"):
                sentences.append(row["title"])
    sentences += EXTRA
    same_syl = same_words = 0
    written = []
    tp = fp = fn = 0
    mismatches = []
    t_mine = t_ref = 0.0
    for s in sentences:
        t0 = time.perf_counter()
        lowered = unicodedata.normalize("NFC", unicodedata.normalize("NFC", s).lower())
        ref_syl = token.findall(text_normalize(lowered))
        ref_words = word_tokenize(s)
        t1 = time.perf_counter()
        mine_syl, mine_words = segment.syllables(s), segment.words(s)
        t2 = time.perf_counter()
        t_ref, t_mine = t_ref + t1 - t0, t_mine + t2 - t1
        written.append({"text": s, "syllables": ref_syl, "words": ref_words})
        same_syl += mine_syl == ref_syl
        same_words += mine_words == ref_words
        a, b = Counter(mine_words), Counter(ref_words)
        common = sum((a & b).values())
        tp, fp, fn = tp + common, fp + sum(a.values()) - common, fn + sum(b.values()) - common
        if mine_words != ref_words and len(mismatches) < 5:
            mismatches.append((s[:120], [w for w in mine_words if w not in b][:5], [w for w in ref_words if w not in a][:5]))
    n = len(sentences)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in written)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    print(f"{n} sentences from {args.data}")
    print(f"syllables identical: {same_syl}/{n} ({same_syl / n:.2%})")
    print(f"words identical:     {same_words}/{n} ({same_words / n:.2%}); word F1 {f1:.4f}")
    print(f"time: vnsumm {t_mine:.2f} s, underthesea {t_ref:.2f} s")
    for s, mine, ref in mismatches:
        print(f"  differs: {s!r}\n    vnsumm only {mine}, underthesea only {ref}", file=sys.stderr)


if __name__ == "__main__":
    main()
