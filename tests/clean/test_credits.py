"""Bylines, credits and captions: kept out of the body by their shape and place, returned in Article."""
from __future__ import annotations

import pytest

from vnsumm.clean import clean
from vnsumm.clean.credits import is_byline, is_credit
from vnsumm.clean.lines import make_lines

TITLE = "Tỉnh mở rộng vùng trồng cà phê đặc sản trên cao nguyên"
BODY = [
    "Sáng 12/4, UBND tỉnh công bố kế hoạch mở rộng vùng trồng cà phê đặc sản thêm 2.000 ha đến năm 2030.",
    "Theo kế hoạch, nông dân được hỗ trợ giống, phân bón và kỹ thuật canh tác theo tiêu chuẩn hữu cơ.",
    "Sở Nông nghiệp cho biết giá cà phê đặc sản cao gấp hai đến ba lần cà phê thông thường.",
    "Nhiều hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với doanh nghiệp chế biến trong và ngoài nước.",
]
OTHERS = ["Giá sầu riêng giảm mạnh giữa vụ thu hoạch ở miền Tây", "Nông dân trúng mùa hồ tiêu nhờ thời tiết thuận lợi",
          "Xuất khẩu gạo quý đầu năm đạt mức kỷ lục mới"]


@pytest.mark.parametrize("line", ["PHẠM QUỲNH", "Phạm Quỳnh - Lê Bảo Châu", "PHẠM QUỲNH - LÊ BẢO CHÂU (Xinhua)",
                                  "Lê Bảo Châu (AP)", "Phạm Quỳnh/TTXVN", "Reuters", "Lê Bảo Châu (Theo Báo Nghệ An)",
                                  "Phạm Quỳnh (tổng hợp)"])
def test_name_lines_are_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", ["Giá cà phê tăng mạnh", "Cà phê Việt Nam (ảnh minh họa).", "Theo kế hoạch",
                                  "Ông Phạm Quỳnh cho biết.", "Năm 2030", "mùa vụ"])
def test_headlines_and_sentences_are_not_bylines(line):
    assert not is_byline(line)


@pytest.mark.parametrize("line", ["Theo Nhịp Sống Số", "Nguồn: Báo Nghệ An", "(Theo Nhịp Sống Số)", "Dịch từ Nikkei Asia",
                                  "Ảnh: Phạm Quỳnh"])
def test_lines_naming_another_outlet_are_credits(line):
    assert is_credit(make_lines([line])[0])


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_an_all_capitals_byline_under_the_title_and_a_credit_at_the_end_leave_the_body():
    article = clean(page(TITLE, "PHẠM QUỲNH - LÊ BẢO CHÂU", *BODY, "Theo Nhịp Sống Số", "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs == BODY
    assert article.byline == "PHẠM QUỲNH - LÊ BẢO CHÂU" and article.credits == ["Theo Nhịp Sống Số"]
    assert clean(article.to_text()) == article
    assert article.to_dict()["byline"] == article.byline  # JSON output carries them


def test_names_with_an_agency_at_the_end_are_the_byline():
    article = clean(page(TITLE, *BODY, "Lê Bảo Châu - Phạm Quỳnh (Xinhua)", *OTHERS))
    assert article.paragraphs == BODY and article.byline == "Lê Bảo Châu - Phạm Quỳnh (Xinhua)"


def test_a_caption_ending_with_a_credit_in_parentheses_goes():
    caption = "Nông dân thu hái cà phê chín trên nương (Phạm Quỳnh/Xinhua)"
    article = clean(page(TITLE, *BODY[:2], caption, *BODY[2:]))
    assert article.paragraphs == BODY


def test_pipe_joined_headlines_and_teasers_cut_with_an_ellipsis_go():
    row = " | ".join(OTHERS)
    teasers = [f"{o}, theo ghi nhận của phóng viên tại nhiều địa phương trong những ngày qua …" for o in OTHERS]
    article = clean(page(TITLE, *BODY[:2], row, *BODY[2:], *teasers))
    assert article.paragraphs == BODY


def test_the_brief_json_and_the_review_page_show_the_byline_and_credits():
    import json

    from vnsumm.pipeline import Pipeline
    from vnsumm.review import render_review

    brief = Pipeline.from_config("extractive").brief(
        page(TITLE, *BODY, "Phạm Quỳnh & Lê Bảo Châu", "Theo Nhịp Sống Số", "Tin cùng chủ đề", *OTHERS))
    data = json.loads(brief.to_json())
    assert data["byline"] == "Phạm Quỳnh & Lê Bảo Châu" and data["credits"] == ["Theo Nhịp Sống Số"]
    assert "Phạm Quỳnh" not in data["body"]
    review = render_review([(data, None)], [], [])
    assert "by Phạm Quỳnh &amp; Lê Bảo Châu" in review and "Theo Nhịp Sống Số" in review
