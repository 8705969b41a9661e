"""The learned line classifier: plain-JSON weights, structural features, and what it adds to the rules."""
from __future__ import annotations

from dataclasses import replace
import json
from pathlib import Path

import numpy as np

from vnsumm.clean import _clean_once, clean, page_lines
from vnsumm.clean.boilerplate import find_boilerplate
from vnsumm.clean.classifier import FEATURES, MODEL_PATH, STAGE2, LineModel, load_model, page_features
from vnsumm.clean.lines import make_lines, personal_byline

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = json.loads((ROOT / "tests" / "golden" / "000_2b6d86a53e841c95.json").read_text(encoding="utf-8"))
STORY = GOLDEN["paragraphs"]
# Furniture in wordings no rule names (real-site styles from the issue that motivated the model).
FURNITURE = ["Quang cảnh hội nghị tại Hà Nội (Ảnh minh họa)", "Nhận thông báo tin mới", "Chia sẻ qua Zalo",
             "Nhóm PV - Ban Thời sự", "Mua báo giấy tại đây", "Hãy là người đầu tiên bình luận"]


def _page() -> str:
    """The story with one furniture line after each of its first paragraphs (where no tail rule reaches)."""
    body = [line for k, para in enumerate(STORY) for line in ([para, FURNITURE[k]] if k < len(FURNITURE) else [para])]
    return "\n\n".join([GOLDEN["title"], "08/05/2025 16:53", *body]) + "\n"


def test_weights_are_plain_json_of_a_few_kilobytes_and_match_the_features():
    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert MODEL_PATH.stat().st_size < 2_000_000
    assert spec["features"] == FEATURES and spec["stage2_features"] == STAGE2
    assert len(spec["stage1"]["mean"]) == len(FEATURES) and len(spec["stage2"]["mean"]) == len(FEATURES) + len(STAGE2)
    assert "command" in spec["training"]


def test_a_model_trained_on_other_features_is_refused():
    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    spec["features"] = spec["features"][:-1]
    try:
        LineModel(spec)
    except ValueError as err:
        assert "feature" in str(err)
    else:
        raise AssertionError("a mismatched model was accepted")


def test_the_model_removes_furniture_the_rules_keep_and_keeps_the_story():
    with_model, rules_only = clean(_page()), _clean_once(_page(), model=False)
    assert with_model.paragraphs == STORY
    leaked_by_rules = [f for f in FURNITURE if f in rules_only.paragraphs]
    assert len(leaked_by_rules) >= 3, leaked_by_rules  # the page is a real test of the model
    assert clean(with_model.to_text()) == replace(with_model, captions=[])


def test_probabilities_separate_story_from_furniture_on_a_page():
    lines, _, _ = page_lines(_page())
    p = load_model().proba(lines, find_boilerplate(lines))
    story = [v for ln, v in zip(lines, p) if ln.text in STORY]
    furniture = [v for ln, v in zip(lines, p) if ln.text in FURNITURE]
    assert len(story) == len(STORY) and len(furniture) == len(FURNITURE)
    assert max(story) < 0.5 < min(furniture)


def test_features_are_finite_and_one_row_per_line():
    lines, _, _ = page_lines(_page())
    x = page_features(lines, find_boilerplate(lines))
    assert x.shape == (len(lines), len(FEATURES)) and np.isfinite(x).all()


def test_personal_bylines_and_desk_credits():
    personal = ["Mộc Miên (Tổng hợp)", "Thu Hà - Ngân Hà", "DUY AN", "H.M (tổng hợp)", "Minh Anh (T/h)"]
    desk = ["PV", "Nhóm PV", "Nhóm PV - Dân trí", "CTV Minh Anh", "PV Hà Nội Mới", "Thanh Tùng - Qdnd.vn",
            "Anh Thư/Hà Nội Mới"]
    assert all(personal_byline(ln) for ln in make_lines(personal))
    assert not any(personal_byline(ln) for ln in make_lines(desk))


def test_page_features_row_by_row():
    """Context columns computed over the page equal the same features worked out line by line."""
    lines = make_lines(["Tin liên quan", *STORY[:3], "Hà Nội", "Hà Nội", "Ảnh: TTXVN", STORY[3]])
    drop = find_boilerplate(lines)
    x = page_features(lines, drop)
    col = {name: x[:, i] for i, name in enumerate(FEATURES)}
    n = len(lines)
    for i, ln in enumerate(lines):
        prev_ = lines[i - 1] if i else None
        next_ = lines[i + 1] if i + 1 < n else None
        assert col["rel_pos"][i] == i / (n - 1) and col["log_from_end"][i] == np.log1p(n - 1 - i)
        assert col["adjacent_dup"][i] == float((prev_ is not None and prev_.key == ln.key)
                                               or (next_ is not None and next_.key == ln.key))
        assert col["rule_drop"][i] == float(drop[i]) and col[f"kind_{ln.kind.value}"][i] == 1.0
        assert col["prev_drop"][i] == float(bool(i) and drop[i - 1])
        assert col["next_drop"][i] == float(i + 1 < n and drop[i + 1])
        assert col["prev_log_words"][i] == (np.log1p(prev_.words) if prev_ else 0.0)
        assert col["next_missing"][i] == float(next_ is None) and col["prev_missing"][i] == float(prev_ is None)
        window = [float(drop[j]) for j in range(max(0, i - 3), min(n, i + 4)) if j != i]
        assert abs(col["win_drop"][i] - sum(window) / len(window)) < 1e-12
