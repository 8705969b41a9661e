"""The wording model (``vnsumm.clean.wording``): a line's words alone mark menus, notices and app
prompts as furniture; story sentences, interview questions and long lines are left to the other verdicts."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from vnsumm.clean import clean, split_sentences
from vnsumm.clean.classifier import MODEL_PATH as LINE_MODEL_PATH
from vnsumm.clean.classifier import LineModel
from vnsumm.clean.wording import MODEL_PATH, WordingModel, load_wording, word_grams

DATA = Path(__file__).resolve().parents[1] / "data"
clean_module = sys.modules["vnsumm.clean"]

LEAD = ("Sáng 12/3, UBND tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2023 "
        "và triển khai nhiệm vụ năm 2024 với sự tham dự của đại diện các sở, ngành và địa phương.")
MIDDLE = ("Theo báo cáo, trong năm qua trên địa bàn tỉnh xảy ra 8 đợt mưa lớn, gây thiệt hại về nhà cửa, "
          "hoa màu và cơ sở hạ tầng ước tính hơn 300 tỷ đồng, thấp hơn nhiều so với năm trước.")
END = ("Phát biểu tại hội nghị, ông Lê Văn Dũng, Phó Chủ tịch UBND tỉnh, đề nghị các địa phương chủ động rà soát "
       "khu dân cư ở vùng nguy cơ sạt lở, sẵn sàng phương án di dời người dân khi có mưa lớn kéo dài.")
MORE = ["Năm 2024, tỉnh dự kiến bố trí hơn 150 tỷ đồng để xây dựng các khu tái định cư cho người dân vùng sạt lở, "
        "nạo vét luồng lạch và gia cố những đoạn đê xung yếu trước mùa mưa bão.",
        "Các huyện miền núi được yêu cầu tổ chức diễn tập ứng phó lũ quét ít nhất một lần trong năm, "
        "đồng thời cập nhật danh sách hộ dân cần sơ tán và bố trí lực lượng trực ban thường xuyên."]


def _page(*between: str) -> str:
    return "\n".join(["Quảng Nam tổng kết công tác phòng chống thiên tai năm 2023", "12/03/2024 09:15",
                      LEAD, *between, MIDDLE, END, *MORE])


def _never_fires() -> WordingModel:
    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return WordingModel({**spec, "threshold": 2.0, "title_threshold": 2.0})


@pytest.mark.parametrize("line", ["Nhấn theo dõi để nhận tin mới mỗi ngày", "Tải ứng dụng để đọc tin nhanh hơn",
                                  "Đăng nhập để lưu bài viết này", "Lượt nghe: 1.204", "Nghe bài viết"])
def test_app_prompts_and_counters_read_as_furniture(line):
    assert load_wording().furniture(line)


def test_vietnews_sentences_do_not():
    """Of the short sentences of 30 VietNews dev articles only the ones that are credits glued into the
    article text ("Hải Yến - Đỗ Chang", "Nguồn: …") are flagged."""
    rows = [json.loads(line) for line in (DATA / "vietnews_dev_30.jsonl").read_text(encoding="utf-8").splitlines()]
    sentences = [s for row in rows for s in split_sentences(row["article"])]
    flagged = [s for s in sentences if load_wording().furniture(s)]
    assert len(sentences) > 400
    assert len(flagged) <= 6, flagged
    assert all(len(s.split()) <= 6 or s.startswith("Nguồn") for s in flagged), flagged


@pytest.mark.parametrize("notice", ["Hãy tham gia khảo sát ý kiến bạn đọc.",
                                    "Nhận bản tin miễn phí mỗi sáng qua thư điện tử."])
def test_clean_drops_a_notice_by_its_words(notice, monkeypatch):
    page = _page(notice)
    assert notice not in clean(page).paragraphs
    monkeypatch.setattr(clean_module, "load_model", _line_model_adding_no_drops)  # the rules alone keep it ...
    clean_module._VERDICTS.clear()
    assert notice not in clean(page).paragraphs  # ... and the wording model drops it
    monkeypatch.setattr(clean_module, "load_wording", _never_fires)
    clean_module._VERDICTS.clear()
    assert notice in clean(page).paragraphs


def _line_model_adding_no_drops() -> LineModel:
    """The shipped line model, but it never adds a drop of its own (its rescues of the rules' drops stand)."""
    spec = json.loads(LINE_MODEL_PATH.read_text(encoding="utf-8"))
    return LineModel({**spec, "threshold": 2.0, "prose_threshold": 2.0})


def test_story_questions_and_long_lines_are_not_judged_by_words():
    question = "Phóng viên: Người dân cần lưu ý điều gì?"
    article = clean(_page(question))
    assert question in article.paragraphs
    assert [LEAD, MIDDLE, END, *MORE] == [p for p in article.paragraphs if p != question]


def test_a_story_sentence_opened_by_a_time_or_connective_is_not_judged_by_its_words():
    sentence = "Cuối tuần trước, người dân đã trình báo cơ quan chức năng."
    assert load_wording().furniture(sentence)  # its words alone read like a notice ...
    article = clean(_page(sentence))
    assert sentence in article.paragraphs  # ... but it goes on the story
    assert [LEAD, MIDDLE, END, *MORE] == [p for p in article.paragraphs if p != sentence]


def test_grams_of_a_word():
    assert word_grams("tin") == [" t", "ti", "in", "n ", " ti", "tin", "in ", " tin", "tin "]


def test_a_model_of_other_gram_sizes_is_refused():
    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="gram sizes"):
        WordingModel({**spec, "gram_sizes": [3, 5]})


def test_the_shipped_word_scores_are_the_sums_of_their_grams():
    """The table that saves summing a word's grams gives the same numbers to the last bit (a stale table
    would judge lines other than the weights do)."""
    model = load_wording()
    assert len(model.words) > 10_000
    for word in list(model.words)[::97]:
        assert model.words[word] == model.word_score(word), word
    unseen = "qxzwv"
    assert unseen not in model.words and model.proba(unseen) == model.proba(unseen.upper())


@pytest.mark.parametrize("widget", ["Video đang xem", "Bạn chưa có tài khoản? Đăng ký"])
def test_a_short_page_loses_a_widget_by_its_words_and_keeps_its_sentences(widget, monkeypatch):
    """Under 150 words of prose the line model sits out; the wording model still judges lines that end no sentence,
    away from the run of the story (not a subheading or a step between two of its paragraphs)."""
    page = "\n".join(["Quảng Nam tổng kết công tác phòng chống thiên tai năm 2023", "12/03/2024 09:15", LEAD, MIDDLE,
                      "Người dân được hướng dẫn đăng ký tài khoản trên ứng dụng của tỉnh để nhận cảnh báo.", widget])
    assert clean(page).paragraphs == [LEAD, MIDDLE, "Người dân được hướng dẫn đăng ký tài khoản trên ứng dụng của tỉnh "
                                      "để nhận cảnh báo."]
    monkeypatch.setattr(clean_module, "load_wording", _never_fires)
    clean_module._VERDICTS.clear()
    assert widget in clean(page).paragraphs
    clean_module._VERDICTS.clear()


def test_a_short_pages_steps_list_and_subheading_inside_the_story_stay():
    """The review's page: on a short page the wording model judges only lines over the story's first sentence or
    under its last, so the steps of a how-to and a subheading between paragraphs are never dropped for their words."""
    steps = ["Bước 1: Tải ứng dụng VNeID về điện thoại", "Bước 2: Chọn mục Đăng ký tài khoản",
             "Bước 3: Nhập số định danh cá nhân và số điện thoại", "Bước 4: Chụp ảnh chân dung và gửi yêu cầu"]
    story = ["Từ tháng 7, người dân có thể dùng tài khoản định danh điện tử để làm nhiều thủ tục hành chính.",
             "Để đăng ký, người dân làm theo các bước sau:", *steps, "Ý kiến người dân",
             "Sau khi hoàn tất, công an xã sẽ duyệt hồ sơ trong vòng 7 ngày."]
    page = "\n".join(["Hướng dẫn đăng ký tài khoản định danh điện tử mức 2", "12/02/2024 08:30", *story, "Video đang xem"])
    assert clean(page).paragraphs == story
