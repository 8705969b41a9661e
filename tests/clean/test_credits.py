"""Bylines, credits and captions: kept out of the body by their shape and place, returned in Article."""
from __future__ import annotations

from dataclasses import replace
import pytest

from vnsumm.clean import _credit_shaped, clean
from vnsumm.clean.credits import is_byline, is_credit, labelled_names
from vnsumm.clean.lines import Kind, make_lines

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
                                  "Phạm Quỳnh (tổng hợp)", "Q.HƯNG", "M.Anh (CTV)", "(Kyodo)",
                                  "Trần Minh (TTXVN/Vietnam+)", "Nhóm PV Kinh tế", "CTV Minh Anh",
                                  "PHẠM HỒNG QUYÊN (Đại học Quốc gia TP.HCM)", "Lê Bảo Châu – Phóng viên Tiền Phong",
                                  "Thu Hải, phóng viên ban Kinh tế", "Kim Khoa, từ Houston", "Xuân Dũng thực hiện",
                                  "Ghi chép của Xuân Giang", "Phòng Truyền thông - Gia Vy", "✍️ Thu Hà", "🖊 Lê Bảo Châu", "- Ngọc Hà -",
                                  "Thu Hà · Biên tập viên", "Lê Bảo Châu – Phóng viên tại Huế", "THU HÀ (Từ Quy Nhơn)",
                                  "Lê Bảo Châu — Phòng Pháp chế", "Thu Hà - Ban Thời sự", "Phạm Quỳnh – Văn phòng HĐQT",
                                  "Cô Lê Bảo Châu sưu tầm", "Thu Hà tổng hợp", "Phạm Quỳnh biên dịch",
                                  "Thu Hà - Tổ truyền thông", "Lê Bảo Châu - Trạm Khuyến nông", "Phạm Quỳnh - Chi cục Thú y",
                                  "Trọng Giáp.", "LÊ BẢO CHÂU.",
                                  # an opinion writer's trade or bar after the name, a title before it
                                  "Phạm Quỳnh - Bác sĩ, nhà hoạt động cộng đồng", "Luật sư Lê Bảo Châu - Đoàn Luật sư TP.HCM",
                                  "Thu Hà - Kỹ sư xây dựng, hiện làm việc tại Bình Dương", "TS. Lê Bảo Châu - Chuyên gia kinh tế",
                                  "PV Thu Hà từ Bỉm Sơn", "G.H.", "T.T.T.", "Nhóm phóng viên điều tra",
                                  # a desk that compiled the story
                                  "Ban Thông tin Hội (tổng hợp)", "Phòng Truyền thông (t/h)", "Ban Biên tập (lược dịch)"])
def test_name_lines_are_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", ["Giá cà phê tăng mạnh", "Cà phê Việt Nam (ảnh minh họa).", "Theo kế hoạch",
                                  "Ông Phạm Quỳnh cho biết.", "Năm 2030", "mùa vụ", "Hà Nội - Phóng viên thường trú",
                                  "Hà Nội - Phòng chống dịch", "Việt Nam - Ban hành luật mới",
                                  "Hà Nội - Ban Chỉ đạo họp khẩn", "Giá cà phê được tổng hợp", "Cảm ơn.", "Ông Quỳnh nói.",
                                  "Trọng Giáp. Lê Bảo Châu.", "Hà Nội - Nguyên nhân vụ cháy chưa được làm rõ",
                                  "Giá vàng - Chuyên gia dự báo tăng mạnh", "Bác sĩ Nam - người đã cứu sống bệnh nhân",
                                  "Luật sư cho biết", "Ban Thông tin Hội", "Ban Biên tập (Báo Hà Nội)"])
def test_headlines_and_sentences_are_not_bylines(line):
    assert not is_byline(line)


@pytest.mark.parametrize("line", ["Theo Nhịp Sống Số", "Nguồn: Báo Nghệ An", "(Theo Nhịp Sống Số)", "Dịch từ Nikkei Asia",
                                  "Ảnh: Phạm Quỳnh", "MC: Trần Minh", "Lược dịch: Phạm Quỳnh (theo Nikkei)", "Via Báo Giao thông"])
def test_lines_naming_another_outlet_are_credits(line):
    assert is_credit(make_lines([line])[0])


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_an_all_capitals_byline_under_the_title_and_a_credit_at_the_end_leave_the_body():
    article = clean(page(TITLE, "PHẠM QUỲNH - LÊ BẢO CHÂU", *BODY, "Theo Nhịp Sống Số", "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs == BODY
    assert article.byline == "PHẠM QUỲNH - LÊ BẢO CHÂU" and article.credits == ["Theo Nhịp Sống Số"]
    assert clean(article.to_text()) == replace(article, captions=[])
    assert article.to_dict()["byline"] == article.byline  # JSON output carries them


def test_names_closed_with_a_full_stop_after_the_story_are_the_byline():
    article = clean(page(TITLE, *BODY, "Trọng Giáp.", "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs == BODY and article.byline == "Trọng Giáp."


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


def test_a_share_row_at_the_end_is_not_a_credit_and_a_label_above_the_title_is_not_a_byline():
    article = clean(page("Video", TITLE, *BODY, "Chia sẻ Facebook"))
    assert article.paragraphs == BODY and article.credits == [] and article.byline is None


def test_a_credited_caption_right_under_the_title_goes():
    caption = "Nông dân thu hái cà phê chín trên nương (Ảnh: M.Anh - Phạm Quỳnh)"
    article = clean(page(TITLE, caption, *BODY))
    assert article.paragraphs == BODY


def test_captions_credited_with_initials_and_dotted_names_go():
    caption = "Nông dân thu hái cà phê. Vụ mùa năm nay bội thu. Ảnh: T.D. Minh/Pháp luật TP.HCM"
    article = clean(page(TITLE, *BODY[:2], caption, *BODY[2:]))
    assert article.paragraphs == BODY


def test_rows_of_question_headlines_and_bullet_joined_rows_go():
    questions = " | ".join(["Vì sao giá sầu riêng giảm mạnh giữa vụ?", *OTHERS[1:]])
    bullets = " • ".join(OTHERS)
    article = clean(page(TITLE, *BODY[:2], questions, *BODY[2:], bullets))
    assert article.paragraphs == BODY


def test_teasers_of_a_caption_and_a_cut_lead_go_even_with_a_stamp_after_them():
    teasers = [f"Toàn cảnh hội nghị. {o} khiến nhiều hộ dân trong vùng phải tính toán lại…" for o in OTHERS[:2]]
    stamped = f"{OTHERS[2]} trong bối cảnh thị trường thế giới biến động … (05:59)"
    article = clean(page(TITLE, *BODY, "Cùng tác giả Phạm Quỳnh", *teasers, stamped))
    assert article.paragraphs == BODY


def test_a_label_heading_a_block_of_furniture_goes_with_it():
    article = clean(page(TITLE, *BODY, "Liên hệ quảng cáo:", "Hotline: 0912 345 678", "Email: qc@baocaphe.vn"))
    assert article.paragraphs == BODY


INTERVIEW = [
    "Phóng viên: Thưa ông, vì sao tỉnh chọn cà phê đặc sản thay cho cà phê thông thường?",
    "Ông Phạm Quỳnh: Giá cà phê đặc sản cao gấp hai đến ba lần, trong khi chi phí canh tác chỉ tăng khoảng 20%.",
    "Phóng viên: Nông dân sẽ được hỗ trợ những gì?",
    "Ông Phạm Quỳnh: Tỉnh hỗ trợ giống, phân bón hữu cơ và cử cán bộ kỹ thuật xuống từng hợp tác xã hướng dẫn.",
    "Còn đầu ra cho sản phẩm thì sao?",
    "Ông Phạm Quỳnh: Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp chế biến trong và ngoài nước rồi.",
]


def test_the_questions_of_an_interview_stay_in_the_story():
    article = clean(page(TITLE, *BODY[:2], *INTERVIEW, "Xin cảm ơn ông!", "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs[:2 + len(INTERVIEW)] == BODY[:2] + INTERVIEW


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


LONG_ANSWERS = [
    "Ông Phạm Quỳnh: Giá cà phê đặc sản cao gấp hai đến ba lần cà phê thông thường, trong khi chi phí canh tác "
    "chỉ tăng khoảng 20% nếu nông dân làm đúng quy trình mà ngành nông nghiệp đã hướng dẫn.",
    "Ông Phạm Quỳnh: Tỉnh hỗ trợ giống, phân bón hữu cơ và cử cán bộ kỹ thuật xuống từng hợp tác xã để hướng dẫn "
    "bà con chăm sóc, thu hái quả chín và sơ chế đúng cách ngay tại vườn.",
    "Ông Phạm Quỳnh: Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp chế biến trong và ngoài nước, giá "
    "thu mua được chốt từ đầu vụ nên nông dân yên tâm đầu tư lâu dài.",
]
QUESTIONS = ["Phóng viên: Thưa ông, vì sao tỉnh chọn cà phê đặc sản?", "Phóng viên: Nông dân sẽ được hỗ trợ những gì?",
             "Còn đầu ra cho sản phẩm thì sao?"]


def test_questions_asked_between_the_answers_of_a_long_interview_stay():
    interview = [line for pair in zip(QUESTIONS, LONG_ANSWERS) for line in pair]
    closing = "Kế hoạch sẽ được triển khai từ vụ mùa tới tại các huyện có diện tích cà phê lớn nhất tỉnh."
    article = clean(page(TITLE, *BODY, *interview, closing, "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs == [*BODY, *interview, closing]


def test_a_headline_with_a_bracketed_tag_between_paragraphs_is_a_link():
    article = clean(page(TITLE, *BODY[:2], f"[Video] {OTHERS[0]}", *BODY[2:]))
    assert article.paragraphs == BODY


def test_a_writer_and_the_outlet_after_the_story_go_to_the_credits():
    article = clean(page(TITLE, *BODY, "Thu Hà - Đài Phát thanh Nghệ An", "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs == BODY and article.credits == ["Thu Hà - Đài Phát thanh Nghệ An"]


@pytest.mark.parametrize("widget", ["Liên hệ: Phòng Truyền thông | Email: truyenthong@caphe.vn | ĐT: 0262 3855 123",
                                    "Bài viết hữu ích: ★★★★☆", "[Tiếng máy cày]", "Phản hồi (12)", "Lời dẫn:",
                                    "Quý vị và các bạn có thể xem lại toàn bộ chương trình tại đây.",
                                    "Bạn đọc có thể gửi tin bài, hình ảnh về sự kiện tới email toasoan@caphe.vn.",
                                    "Bạn đã đọc 3 bài viết miễn phí trong tháng này",
                                    "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ, không cần thế chấp.",
                                    "Mua ngay - Giảm đến 54% cho đơn hàng đầu tiên", "6 – 8 phút", "Like x 3", "minhtuan_89",
                                    "Xin chào bạn đọc,", "Giấy phép số 364/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
                                    "Mọi hình thức sao chép thông tin phải có sự đồng ý bằng văn bản của tòa soạn.",
                                    "* Tên người bệnh đã được thay đổi.", "Bấm để mở rộng...",
                                    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web này.",
                                    "Nếu bạn có thông tin về vụ việc, vui lòng liên hệ đường dây nóng 0912 345 678.",
                                    "Mời bạn đọc gửi tin tức, hình ảnh về sự việc qua email toasoan@caphe.vn.",
                                    "Trang hiện tại có thể đã thay đổi trong thời gian chờ đợi. Tìm hiểu thêm.",
                                    "Đây là ảnh chụp nhanh của trang vào lúc 8 thg 5, 2019 18:40:11 GMT.",
                                    "Mở trong ứng dụng", "KINH TẾ Số 249 (6205) - Thứ Ba 15-3-2017 13",
                                    "Độc giả có thể gửi câu hỏi cho chuyên gia qua mục Hỏi đáp.",
                                    "Khám sức khỏe tổng quát trọn gói, đặt lịch ngay hôm nay để nhận ưu đãi.",
                                    "“Tại buổi làm việc chiều 4/5, lãnh đạo tỉnh cho biết...”",
                                    "Xem email này trong trình duyệt", "Chào bạn, dưới đây là những tin đáng chú ý nhất sáng nay.",
                                    "Ý kiến của bạn sẽ được biên tập trước khi đăng, xin vui lòng gõ tiếng Việt có dấu.",
                                    "Căn hộ view sông chỉ từ 1,2 tỷ đồng, thanh toán 30% nhận nhà ngay. Gọi 0909 123 456.",
                                    "Chữ ký: Sống chậm lại, nghĩ khác đi, yêu thương nhiều hơn.",
                                    "Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này.",
                                    "Làm mới trang để xem diễn biến tiếp theo.", "162 bình luận 149 lượt chia sẻ", "👍❤️😢 7,8K",
                                    "Thích · Phản hồi · 7 giờ",
                                    "Chào bạn, đây là những tin đáng chú ý nhất hôm nay do Báo Nghệ An tuyển chọn.",
                                    "Theo bạn, giải pháp nào hiệu quả nhất?", "Bình chọn: Bạn có đồng tình với đề xuất này?",
                                    "8/1/2017, 15:34 Chuyển 6 tập đoàn, tổng công ty",
                                    "Ngọc Long Người dân mới là người chịu thiệt cuối cùng. Trả lời · Thích · 22 giờ trước",
                                    "Theo dõi Báo Nghệ An trên Google News để cập nhật tin tức nhanh nhất.",
                                    "Nội dung này được thực hiện với sự tài trợ của đối tác.",
                                    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn, tiếp tục truy cập nghĩa là bạn đồng ý.",
                                    "Bài viết được bảo vệ bản quyền, mọi hình thức sao chép phải ghi rõ nguồn.",
                                    "NGHỆ AN SỐ 246 - THỨ HAI 14-3-2016",
                                    "[19:45] Hoàng Long: Mong báo cập nhật tiếp diễn biến vụ việc này nhé.",
                                    "tuan.nguyen88: Quá đúng, tôi đồng ý với ý kiến của bạn phía trên.",
                                    "bạn đọc Đức Anh: Mong báo cập nhật tiếp diễn biến vụ việc này nhé.",
                                    "Trả lời   Trích dẫn   Thích", "Địa phương   Xu hướng   Chủ đề   Tin mới   Bóng đá",
                                    "Bài viết được đăng tải theo thỏa thuận hợp tác nội dung và không phản ánh quan điểm của tòa soạn."])
def test_widgets_known_by_their_shape_leave_the_story(widget):
    article = clean(page(TITLE, *BODY[:2], widget, *BODY[2:]))
    assert article.paragraphs == BODY


def test_names_or_a_credit_standing_alone_inside_the_story_are_kept_apart_not_story():
    article = clean(page(TITLE, *BODY[:2], "TRẦN MINH - LÊ BẢO CHÂU (TTXVN)", *BODY[2:3], "Nguồn: Báo Nghệ An",
                         *BODY[3:]))
    assert article.paragraphs == BODY and article.byline == "TRẦN MINH - LÊ BẢO CHÂU (TTXVN)"
    assert article.credits == ["Nguồn: Báo Nghệ An"] and clean(article.to_text()) == replace(article, captions=[])


def test_a_byline_over_the_date_is_not_taken_for_the_title():
    article = clean(page(TITLE, "Phạm Quỳnh (lược dịch)", "Thứ bảy, 17/06/2017 - 16:21", *BODY))
    assert article.title == TITLE and article.byline == "Phạm Quỳnh (lược dịch)" and article.paragraphs == BODY


@pytest.mark.parametrize("byline, role", [("TS. Phạm Quỳnh", "Viện Nghiên cứu Kinh tế Nông nghiệp"),
                                           ("Đại tá, ThS LÊ BẢO CHÂU", "Giảng viên Học viện Nông nghiệp Tây Nguyên"),
                                           ("Nhà báo Phạm Quỳnh", "Chuyên gia kinh tế, nguyên giảng viên Đại học Tây Nguyên"),
                                           ("Kỹ sư Lê Bảo Châu", "Cựu cán bộ ngành nông nghiệp")])
def test_a_writers_trade_or_workplace_under_the_byline_over_the_date_is_neither_title_nor_story(byline, role):
    heads = ["Diễn đàn Nông nghiệp", "Góc nhìn"]  # an opinion page: the title, the writer, what the writer does, the date
    article = clean(page(*heads, TITLE, byline, role, "Thứ Ba, 17/05/2016", *BODY))
    assert article.title == TITLE and article.byline == byline and article.paragraphs == BODY


@pytest.mark.parametrize("line", ["Đại tá, ThS LÊ BẢO CHÂU", "Trung tướng, PGS, TS PHẠM QUỲNH", "Thiếu tá Lê Bảo Châu",
                                  "Nhà báo Phạm Quỳnh", "Kỹ sư Lê Bảo Châu"])
def test_a_rank_a_trade_or_degrees_before_the_names_make_a_byline(line):
    assert is_byline(line)
    assert not is_byline(line + " được bổ nhiệm làm Giám đốc Sở")


@pytest.mark.parametrize("byline", ["Thu Hà — Phòng Pháp chế", "Cô Phạm Quỳnh sưu tầm"])
def test_a_writer_with_a_unit_or_a_closing_role_over_the_date_is_not_the_title(byline):
    heads = ["Bản tin nội bộ Công ty Cà phê Đại Tín", "Kênh: #tin-moi-moi-ngay", byline, "Thứ hai, 26/10/2018 - 06:52",
             "Chia sẻ cho cả nhóm cùng đọc nhé"]  # a workplace chat's post: the title comes under the date
    article = clean(page(*heads, TITLE, *BODY))
    assert article.title == TITLE and article.paragraphs == BODY


@pytest.mark.parametrize("line", ["Người dẫn: Phạm Quỳnh và Lê Bảo Châu", "Người nhập liệu: Thu Hà (thư viện viên)",
                                  "Ảnh: Lê Bảo Châu", "Biên tập: Theo Báo Nghệ An"])
def test_a_role_label_and_its_people_are_credit_shaped_never_a_title(line):
    assert labelled_names(line) and _credit_shaped(make_lines([line])[0])


@pytest.mark.parametrize("line", ["Hà Nội: Mưa lớn gây ngập nhiều tuyến phố", "Thủ tướng: Phải xử lý nghiêm sai phạm",
                                  "Giá cà phê: Tăng 8% trong quý I / 2025"])
def test_a_headline_with_a_colon_is_not_a_role_label(line):
    assert not labelled_names(line)


def test_numbered_headlines_after_a_section_heading_and_slash_joined_rows_go():
    numbered = [f"{n}. {headline}" for n, headline in enumerate(OTHERS, 1)]
    row = " / ".join(OTHERS)
    article = clean(page(TITLE, *BODY[:2], row, *BODY[2:], "Đọc nhiều", *numbered))
    assert article.paragraphs == BODY


def test_slashes_inside_story_sentences_stay():
    body = [*BODY, "Giá cà phê nhân mua vào / bán ra ở mức 120.000 đồng / kg trong quý I / 2025, tăng 8%."]
    assert clean(page(TITLE, *body)).paragraphs == body


def test_a_credit_or_byline_next_to_the_title_never_takes_its_place():
    question = "Vì sao tỉnh chọn cà phê đặc sản thay cho cà phê thông thường?"
    article = clean(page("Phạm Quỳnh (theo Nikkei)", question, "15-04-2017 - 06:27:00", *BODY))
    assert article.title == question and article.paragraphs == BODY
    article = clean(page(TITLE, "Bài viết đăng lại từ Báo Nghệ An", "17:47 | 08/03/2018", *BODY))
    assert article.title == TITLE and article.paragraphs == BODY
    article = clean(page(TITLE, "Phạm Quỳnh - Lê Bảo Châu", "* Theo Báo Nghệ An", "18:01 | 20/05/2019", *BODY))
    assert article.title == TITLE and article.paragraphs == BODY
    article = clean(page(TITLE, "PHẠM QUỲNH (ghi)", "Lược dịch từ Nikkei Asia", "18:01 | 20/05/2019", *BODY))
    assert article.title == TITLE and article.paragraphs == BODY


def test_feed_and_mail_furniture_goes_by_shape():
    article = clean(page("---------- Forwarded message ---------", TITLE, "Date: Thứ Năm, 5 thg 6, 2017 lúc 8:24",
                         BODY[0], "Tiếp theo trang 1", BODY[1], "======= Trang 2 =======", *BODY[2:],
                         "link: https://baocaphe.vn/bai-viet-1.html",
                         "author: Phạm Quỳnh", "Tin cùng chủ đề", " ¦ ".join(OTHERS)))
    assert article.title == TITLE and article.date == "2017-06-05T08:24" and article.paragraphs == BODY
    assert article.byline == "author: Phạm Quỳnh" or article.credits == ["author: Phạm Quỳnh"]


def test_a_dated_title_starting_like_a_caption_is_the_title_and_a_lower_case_date_is_not_glued_to_it():
    title = "Cận cảnh những trụ nước uống tại vòi đầu tiên trên đường phố Hà Nội"
    text = "\n".join(["Trang chủ / Tin hoạt động", title, "thứ tư, ngày 27 tháng 6 năm 2018", *BODY]) + "\n"
    article = clean(text)
    assert article.title == title and article.date == "2018-06-27" and article.paragraphs == BODY


def test_the_title_over_its_byline_and_date_is_found_under_a_related_block():
    related = ["Đọc thêm", f"Đọc thêm: {OTHERS[0]}", "Nông dân miền Tây đang thu hoạch lúa hè thu với năng suất cao và…",
               f"{OTHERS[1]} (25/11)"]
    byline = "Phạm Quỳnh - Lê Bảo Châu"
    article = clean(page(*related, TITLE, byline, "Thứ bảy 07/11/2017 - 12:23", *BODY))
    assert (article.title, article.date, article.paragraphs) == (TITLE, "2017-11-07T12:23", BODY)
    assert article.byline == byline
    question = "Vì sao tỉnh chọn cà phê đặc sản thay cho cà phê thông thường?"
    longer = "Tỉnh công bố danh sách những hợp tác xã được hỗ trợ giống cà phê đặc sản trong năm tới"
    article = clean(page("Tin liên quan", longer, question, byline, "11-07-2019 - 10:19", *BODY))
    assert (article.title, article.paragraphs) == (question, BODY)


def test_a_lead_under_its_byline_and_date_is_not_a_related_teaser():
    article = clean(page("Các tin đã đưa", f"Xem thêm: {OTHERS[0]}", f"Xem thêm: {OTHERS[1]}", TITLE,
                         "Phạm Quỳnh - Lê Bảo Châu", "Thứ bảy 07/11/2017 - 12:23", BODY[0],
                         "Tang vật bị thu giữ (Clip: Infonet)", *BODY[1:], "Gửi bình luận"))
    assert article.title == TITLE and article.paragraphs == BODY


@pytest.mark.parametrize("line", ["Bài: Phạm Quỳnh - Ảnh: Lê Bảo Châu", "Bài, ảnh: Phạm Quỳnh"])
def test_role_labelled_credits_are_never_the_title_or_the_story(line):
    article = clean(page(line, "01/03/2017 15:34", *BODY))
    assert article.title != line and line not in article.paragraphs
    assert line in (article.byline, *article.credits)


def test_a_caption_noting_a_screenshot_in_parentheses_goes():
    caption = "Nông dân thu hoạch cà phê trên nương (Ảnh chụp màn hình)"
    assert clean(page(TITLE, *BODY[:2], caption, *BODY[2:])).paragraphs == BODY


def test_a_label_in_capitals_is_not_a_byline_that_keeps_what_follows():
    teaser = "Theo thông tin từ Sở Nông nghiệp tỉnh, giá cà phê đã…"
    article = clean(page(TITLE, *BODY, "PHẠM QUỲNH - LÊ BẢO CHÂU", "ĐỌC THÊM TRÊN BÁO ĐIỆN TỬ", teaser, "Trang 6"))
    assert article.paragraphs == BODY and article.byline == "PHẠM QUỲNH - LÊ BẢO CHÂU"


def test_headlines_joined_by_dashes_and_headlines_with_a_comment_count_go():
    row = " - ".join(OTHERS)
    counted = f"{OTHERS[0]} (275 bình luận)"
    article = clean(page(TITLE, *BODY[:2], row, BODY[2], counted, BODY[3]))
    assert article.paragraphs == BODY


def test_dashes_inside_a_title_and_story_sentences_stay():
    title = "Đối thoại chính sách quốc phòng Việt Nam - Hoa Kỳ lần thứ 13"
    body = [*BODY, "Tuyến đường sắt Hà Nội - Vinh dài 285 km, đoạn Nha Trang - Sài Gòn dài 370 km - theo đề xuất."]
    article = clean(page(title, *body))
    assert article.title == title and article.paragraphs == body


@pytest.mark.parametrize("line", ["Trích từ Kinh tế & Đô thị", "Lược dịch từ Quân đội Nhân dân",
                                  "Tổng hợp từ Xinhua, TTXVN, Quân đội Nhân dân", "Theo Kyodo, Tuổi Trẻ",
                                  "Đăng lại với sự đồng ý của VnExpress", "Theo báo Giáo dục & Thời đại điện tử"])
def test_credits_naming_outlets_after_a_verb_leave_the_body(line):
    article = clean(page(TITLE, *BODY, line))
    assert article.paragraphs == BODY and line in article.credits


@pytest.mark.parametrize("line", ["Theo Bộ Y tế, năm 2019 có 3.000 ca mắc", "Theo ông Hùng, dự án chậm tiến độ",
                                  "Tổng hợp các ý kiến của cử tri gửi Quốc hội"])
def test_story_lines_starting_like_a_credit_are_not_credits(line):
    assert not is_credit(make_lines([line])[0])


@pytest.mark.parametrize("widget", ["Liên hệ quảng cáo", "Giấy phép số 441/GP-BTTTT", "Tự động phát video tiếp theo"])
def test_a_short_widget_line_between_the_date_and_the_lead_goes_on_a_short_page(widget):
    article = clean(page(TITLE, "Thứ bảy 17/04/2018 - 21:57", widget, *BODY))
    assert article.title == TITLE and article.paragraphs == BODY


def test_a_byline_or_a_question_between_the_date_and_the_lead_stays():
    byline = "Phạm Quỳnh - Lê Bảo Châu"
    question = "PV: Vì sao tỉnh chọn cà phê đặc sản thay cho cà phê thông thường?"
    article = clean(page(TITLE, "Thứ bảy 17/04/2018 - 21:57", byline, question, *BODY))
    assert article.paragraphs == [question, *BODY] and article.byline == byline


def test_a_menu_of_section_names_is_never_the_title():
    menu = "Thời sự Góc nhìn Thế giới Video Kinh doanh Bất động sản Khoa học Giải trí Thể thao Pháp luật Giáo dục"
    article = clean(page("Mới nhất", menu, "Thế giới", "Thứ bảy, 10/12/2019, 13:28 (GMT+7)", TITLE, *BODY))
    assert article.title == TITLE and article.paragraphs == BODY
    portal = "Trang chủ Giới thiệu Tin tức - Sự kiện Chỉ đạo điều hành Thủ tục hành chính"  # a government portal's
    assert make_lines([portal])[0].kind is Kind.NAV
    headline = "Kinh tế thế giới và thị trường chứng khoán giảm mạnh trong tuần"
    assert clean(page(headline, *BODY)).title == headline
    # a health site's menu over the day's date: its sections are no title, and the story's title, date and lead stay
    health = "Trang chủ Thời sự y tế Bệnh thường gặp Dinh dưỡng Mẹ và bé Video"
    article = clean(page(health, "Thứ Sáu, 23/11/2018", TITLE, "Thứ Năm, 22/11/2018, 11:51 (GMT+7)", *BODY))
    assert article.title == TITLE and article.paragraphs == BODY
    assert clean(page("Bộ Y tế yêu cầu các bệnh viện tăng cường phòng dịch sởi", *BODY)).paragraphs == BODY


def test_a_prompt_over_the_lead_and_a_caption_over_a_photographers_name_go():
    article = clean(page(TITLE, "08/08/2018 07:21 GMT+7", "Bạn cần đăng nhập để thực hiện chức năng này!", *BODY[:2],
                         "Nông dân thu hoạch cà phê trên nương.", "KIM NGÂN", *BODY[2:]))
    assert article.paragraphs == BODY and "KIM NGÂN" in (article.byline or "") + " ".join(article.credits)


def test_readers_comments_under_the_closing_credit_go_and_a_story_going_on_past_a_credit_stays():
    comments = ["Trả lời kèm trích dẫn", "12 thành viên cảm ơn bài viết này", "Lan Phạm",
                "Tôi thấy chuyện này không có gì mới, năm nào cũng vậy.", "Minh Khôi",
                "Mong cơ quan chức năng sớm vào cuộc xử lý dứt điểm."]
    article = clean(page(TITLE, *BODY, "Nguồn: Báo Nghệ An", *comments))
    assert article.paragraphs == BODY and article.credits == ["Nguồn: Báo Nghệ An"]
    article = clean(page(TITLE, *BODY[:3], "Nguồn: Báo Nghệ An", BODY[3]))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", ["® Báo Cà Phê giữ bản quyền nội dung trên website này.",
                                  "Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản.",
                                  "Bài viết thể hiện văn phong và quan điểm riêng của tác giả.",
                                  "Bài viết: 9918  Tham gia: 08-2013"])
def test_copyright_disclaimer_and_member_counter_lines_go(line):
    assert clean(page(TITLE, *BODY[:3], line, BODY[3])).paragraphs == BODY


@pytest.mark.parametrize("line", ["Nếu email không hiển thị đúng, vui lòng xem phiên bản web.",
                                  "Thời gian đọc ước tính: 5 phút", "Chủ đề: Bản tin sáng 12/3"])
def test_notices_about_the_page_and_label_value_widgets_go(line):
    assert clean(page(TITLE, *BODY[:2], line, *BODY[2:])).paragraphs == BODY


@pytest.mark.parametrize("line", ["Bước 1: Mở ứng dụng ngân hàng trên điện thoại",
                                  "Người dùng có thể đăng ký tài khoản trên ứng dụng Zalo."])
def test_a_step_or_a_sentence_about_an_app_stays(line):
    body = [*BODY[:2], line, *BODY[2:]]
    assert clean(page(TITLE, *body)).paragraphs == body


def test_a_title_under_the_date_is_found_when_a_section_name_sits_over_the_date():
    question = "Vì sao tỉnh chọn cà phê đặc sản thay cho cà phê thông thường?"
    article = clean(page("BÁO CÀ PHÊ ONLINE", "Thời sự", "Kinh tế", "Người tốt việc tốt", "Cập nhật: 10:57 ngày 23/02/2018",
                         question, "Lượt xem: 273", *BODY))
    assert (article.title, article.date, article.paragraphs) == (question, "2018-02-23T10:57", BODY)
    article = clean(page(TITLE, "Cập nhật: 10:57 ngày 23/02/2018", *BODY))  # the usual order is unchanged
    assert (article.title, article.paragraphs) == (TITLE, BODY)


@pytest.mark.parametrize("line", ["Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
                                  "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán y khoa.",
                                  "Diễn đàn › Café xã hội › Tin tức trong nước và quốc tế",
                                  "Bài viết có hữu ích với bạn không? Có Không",
                                  "Báo Cà Phê Tin mới Tin nóng Video Chủ đề Đọc nhiều",
                                  "Thảo luận trong 'Tin tức' bắt đầu bởi hoangtu_bien, 12/3/2019.",
                                  "Cơ quan chủ quản: UBND tỉnh Yên Bái. Chịu trách nhiệm chính: Chánh Văn phòng.",
                                  "Tuan_Anh #3", "Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết này."])
def test_forum_masthead_poll_and_disclaimer_widgets_go(line):
    assert clean(page(TITLE, *BODY[:2], line, *BODY[2:])).paragraphs == BODY


def test_posted_by_is_a_credit_and_a_story_saying_for_reference_only_stays():
    article = clean(page(TITLE, "Đăng bởi Ban biên tập", "12/03/2019 08:00", *BODY))
    assert article.paragraphs == BODY and "Đăng bởi Ban biên tập" in (article.byline or "") + " ".join(article.credits)
    body = [*BODY, "Số liệu trên chỉ mang tính tham khảo, theo Bộ Tài chính công bố hôm qua."]
    assert clean(page(TITLE, *body)).paragraphs == body


@pytest.mark.parametrize("slot", ["[IMG]", "[13][IMG]", "[image]", "Ảnh 3/6", "Bấm để xem ảnh lớn", "Nhấn để phóng to ảnh",
                                  "3/6"])
def test_a_sentence_under_an_images_place_is_its_caption(slot):
    caption = "Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng hôm 10/4."
    article = clean(page(TITLE, "08/08/2018 07:21 GMT+7", *BODY[:2], slot, caption, *BODY[2:]))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("credit", ["Ảnh: AP", "ẢNH: THANH ANH", "Photo: Huỳnh Đức Nam", "Nguồn ảnh: Bùi Minh Hiếu"])
def test_a_sentence_over_a_photo_credit_with_the_story_going_on_is_a_caption(credit):
    caption = "Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng hôm 10/4."
    article = clean(page(TITLE, "08/08/2018 07:21 GMT+7", *BODY[:2], caption, credit, *BODY[2:]))
    assert article.paragraphs == BODY


def test_story_lines_next_to_an_image_or_over_a_closing_photo_credit_stay():
    quote = 'Ông Minh nói: "Giá cà phê năm nay tốt hơn hẳn mọi năm."'
    opener = "Được biết, nhiều hộ đã vay vốn ngân hàng để mua giống mới."
    for line in (quote, opener):
        body = [*BODY[:2], line, *BODY[2:]]
        assert clean(page(TITLE, "08/08/2018 07:21 GMT+7", *BODY[:2], "[IMG]", line, *BODY[2:])).paragraphs == body
        assert clean(page(TITLE, "08/08/2018 07:21 GMT+7", *BODY[:2], line, "Ảnh: AP", *BODY[2:])).paragraphs == body
    closing = "Tỉnh sẽ tổng kết mô hình vào cuối năm nay."
    article = clean(page(TITLE, "08/08/2018 07:21 GMT+7", *BODY, closing, "Ảnh: Minh Hương"))
    assert article.paragraphs == [*BODY, closing]


@pytest.mark.parametrize("link", ["Video: Nông dân có nên chuyển hết sang trồng cà phê đặc sản?",
                                  "Video: Sáng 12/4, hàng trăm nông dân ở huyện Krông Năng đã đến hội thảo về kỹ thuật "
                                  "trồng cà phê đặc sản do Sở Nông nghiệp tổ chức tại trung tâm huyện.",
                                  f"Xem thêm; {OTHERS[0]}", f"liên kết {OTHERS[1]}",
                                  "▲ Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng hôm 10/4."])
def test_a_video_asking_a_question_and_a_see_also_with_a_semicolon_are_links_not_story(link):
    article = clean(page(TITLE, *BODY[:2], link, *BODY[2:]))
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", ["Ngân hàng cho khách hàng vay với lãi suất ưu đãi 6,8% / năm, giải ngân trong một tuần.",
                                  "Theo Sở, khoảng 5% diện tích đã được cấp giấy phép trồng mới trong năm 2023.",
                                  "Theo Quyết định số 12 (2019), nông dân được hỗ trợ 30% giá giống.",
                                  "Liên kết vùng giúp nông dân bán cà phê được giá cao hơn 20% so với năm trước.",
                                  "Vừa nhìn mẫu đất, kỹ sư xác nhận ngay đây là đất đỏ bazan, lãi suất vay vẫn ở mức thấp.",
                                  "Dự án được thực hiện với sự tài trợ của Nhật Bản trong ba năm, từ 2021 đến 2023.",
                                  "Các trình duyệt sẽ chặn cookie của bên thứ ba từ năm sau, theo thông báo của hãng.",
                                  "Ông Nam: Chúng tôi đã chuẩn bị giống và phân bón cho vụ cà phê mới từ tháng trước.",
                                  "TP.HCM: Giá cà phê nhân tăng 5% so với tuần trước, theo Sở Công Thương."])
def test_story_sentences_about_loans_and_permits_stay(line):
    body = [*BODY[:2], line, *BODY[2:]]
    assert clean(page(TITLE, *BODY[:2], line, *BODY[2:])).paragraphs == body


@pytest.mark.parametrize("credit", ["* Bài viết có sử dụng thông tin từ Báo Nghệ An.",
                                    "Bài viết được tổng hợp từ Báo Nghệ An và các nguồn tin khác.",
                                    "Bài đăng trên ấn phẩm Báo Nghệ An số ra ngày thứ sáu.",
                                    "Bài viết được đăng lần đầu trên Báo Nghệ An.", "Quay phim: Thu Hà - Dựng: Minh Đức"])
def test_a_note_naming_the_outlets_the_story_drew_on_is_a_credit(credit):
    article = clean(page(TITLE, *BODY, credit, "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs == BODY and article.credits == [credit]


@pytest.mark.parametrize("poll", ["Theo bạn, giải pháp nào hiệu quả nhất?", "Bạn đánh giá thế nào về kế hoạch này?",
                                  "Bạn đã từng mua cà phê đặc sản chưa?"])
def test_questions_to_the_reader_go_but_an_interviewers_questions_stay(poll):
    article = clean(page(TITLE, *BODY[:2], poll, *BODY[2:]))
    assert article.paragraphs == BODY
    interview = [BODY[0], "Bạn nghĩ gì về giá cà phê năm nay?", INTERVIEW[1], "Bạn có sợ mất mùa không?", INTERVIEW[3], BODY[3]]
    assert clean(page(TITLE, *interview)).paragraphs == interview


def test_a_message_under_its_senders_handle_is_not_joined_to_the_line_above_as_a_wrapped_line():
    thread = ["Ý kiến bạn đọc", "Bình luận mới nhất trong ngày hôm nay",
              "tuan.nguyen88: Quá đúng, tôi đồng ý với ý kiến của bạn phía trên.",
              "bạn đọc Đức Anh: Mong báo cập nhật tiếp diễn biến vụ việc này nhé.", "TRANG 8  HỒ SƠ"]
    article = clean("\n\n".join([TITLE, *BODY]) + "\n" + "\n".join(thread) + "\n")
    assert article.paragraphs == BODY


@pytest.mark.parametrize("cut", ["❝ Theo kế hoạch, nông dân được hỗ trợ giống, phân bón… ❞",
                                 "Sáng 12/4, UBND tỉnh công bố kế hoạch..."])
def test_a_line_cut_with_dots_repeating_a_story_line_leaves_the_story(cut):
    """A pull quote lifted from a paragraph, or the page's teaser of its own lead, wherever it stands."""
    article = clean(page(TITLE, BODY[0], BODY[1], cut, BODY[2], BODY[3]))
    assert article.paragraphs == BODY
    quoted = "❝ Nông dân trồng cà phê ở đây đã quen với giá thấp… ❞"  # cut, but repeating no line of the page: stays
    assert quoted in clean(page(TITLE, BODY[0], BODY[1], quoted, BODY[2], BODY[3])).paragraphs


def test_a_whole_quote_pulled_out_of_a_story_line_leaves_the_story_and_a_quote_of_its_own_stays():
    said = 'Ông Hải nói: "Chúng tôi chưa xác định được nguyên nhân khiến cây cà phê chết hàng loạt", và đề nghị kiểm tra.'
    body = [BODY[0], said, *BODY[1:]]
    for pulled in ("“Chúng tôi chưa xác định được nguyên nhân khiến cây cà phê chết hàng loạt”",
                   '"Chúng tôi chưa xác định được nguyên nhân khiến cây cà phê chết hàng loạt."'):
        article = clean(page(TITLE, body[0], body[1], pulled, *body[2:]))
        assert article.paragraphs == body, pulled
    own = "“Chúng tôi sẽ mở rộng vùng trồng sang cả hai huyện phía nam trong năm tới”"  # said nowhere else: the story's
    assert own.replace("“", '"').replace("”", '"') in clean(page(TITLE, body[0], body[1], own, *body[2:])).paragraphs


def test_a_notice_in_sentences_over_the_page_does_not_take_the_title_and_the_lead_with_it():
    """A viewer's notice in a sentence over the page stops the search for a title over the date; the first headline
    over the date, with the story's lead under it, is still the title."""
    notice = "Khung xem nhanh này do công cụ tìm kiếm tạo ra từ bài gốc."
    article = clean(page(notice, "Đóng khung xem", TITLE, "12/04/2019 08:15", *BODY))
    assert article.title == TITLE and article.paragraphs[-len(BODY):] == BODY


@pytest.mark.parametrize("signed", ["Khánh Lan | Người Quan Sát", "Như Tâm | Báo điện tử Nhịp Sống Mới",
                                    "Hoàng Thuỳ · 12:40 20/03/2014", "Xuân Hoa • Sân Nhà 360"])
def test_a_writer_signed_with_the_outlet_or_the_time_after_a_bar_or_a_dot_is_the_byline(signed):
    assert is_byline(signed)
    article = clean(page(TITLE, *BODY, signed, "Ảnh: Hữu Tú", "Tin cùng chủ đề", *OTHERS))
    assert article.paragraphs == BODY and article.byline == signed.replace("Thuỳ", "Thùy")
    assert article.credits == ["Ảnh: Hữu Tú"]  # the end's credit under it is kept too


@pytest.mark.parametrize("line", ["Thời sự | Kinh tế", "ZING NEWS • 29-10-2018", "Nguyễn Văn An | 0912 345 678",
                                  "Theo Thanh Hiếu | Kenh14", "Giá vàng hôm nay | Tin mới"])
def test_a_menu_a_running_foot_or_a_phone_after_a_bar_is_no_byline(line):
    assert not is_byline(line)


def test_a_photos_credit_between_two_paragraphs_of_the_story_is_kept_in_credits():
    article = clean(page(TITLE, *BODY[:2], "(Ảnh: Phương Châu)", *BODY[2:]))
    assert article.paragraphs == BODY and article.credits == ["(Ảnh: Phương Châu)"]


@pytest.mark.parametrize("line", ["Kinh Tế | Xã Hội", "Sức Khỏe · Đời Sống", "Trang Chủ | Liên Hệ", "Đăng Nhập | Đăng Ký",
                                  "Hà Nội · 15/04/2024"])
def test_a_title_case_menu_or_a_dateline_after_a_bar_or_a_dot_is_no_byline(line):
    assert not is_byline(line)
    assert clean(page(TITLE, line, "15/04/2024 09:12", *BODY)).byline is None


def test_readers_comments_under_the_comments_heading_leave_the_story():
    """Under "Ý kiến bạn đọc (3)" after the story, short lines are readers' comments, named or not; a comment counter
    in a share row under the lead takes nothing from the story that goes on under it."""
    comments = ["Ý kiến bạn đọc (3)", "Minh Khôi", "Mong tỉnh sớm có chính sách hỗ trợ bà con vùng sâu.",
                "Cảm ơn bài viết rất bổ ích!", "Trần Lan Anh: Giá phân bón năm nay tăng quá."]
    assert clean(page(TITLE, *BODY, *comments)).paragraphs == BODY
    long_body = [BODY[0] + " " + BODY[1], BODY[2] + " " + BODY[3]]
    assert clean(page(TITLE, long_body[0], "Bình luận (0)", long_body[1])).paragraphs == long_body


def test_an_author_box_under_the_story_leaves_it():
    """ "Về tác giả" / the writer's name / one line on the writer: the box, not the story's last line."""
    box = ["Về tác giả", "Hoàng Minh Thư", "Phóng viên chuyên mục Nông nghiệp, nhiều năm viết về cây công nghiệp."]
    assert clean(page(TITLE, *BODY, *box, "Tin cùng chủ đề", *OTHERS)).paragraphs == BODY


def test_a_list_of_headlines_with_their_teasers_leaves_the_story_whole():
    """Related items as "<headline> - <first sentence of its story>": each one goes, none of the story's sentences
    with a dash between two names ("Cần Thơ - Phụng Hiệp")."""
    items = ["Nông dân trồng thử giống lúa chịu mặn trên đất nhiễm phèn - Vụ đông xuân năm nay, hơn 300 hộ dân ở huyện "
             "ven biển đã gieo sạ giống lúa mới do viện nghiên cứu chuyển giao.",
             "Chợ nông sản đầu mối mở cửa thêm khu bán hàng ban đêm - Ban quản lý chợ cho biết khu bán hàng mới có sức "
             "chứa khoảng 200 tiểu thương và hoạt động từ 22h đến 4h sáng.",
             "Hợp tác xã rau sạch ký hợp đồng cung ứng cho trường học - Mỗi ngày hợp tác xã giao khoảng hai tấn rau "
             "cho các bếp ăn bán trú trên địa bàn thành phố."]
    dashed = "Cà phê được chở theo quốc lộ Cần Thơ - Phụng Hiệp tới cảng và xuất sang thị trường châu Âu trong tháng 5."
    body = [*BODY, dashed]
    assert clean(page(TITLE, *body, "Tin khác", *items)).paragraphs == body


def test_one_headline_over_its_storys_opening_inside_the_story_leaves_it():
    """ "<headline> - Ngày 16/11, <lead>": one related item between two paragraphs, known by its teaser opening as
    a story does (a time or a connective and a comma); a sentence with a dash between two names stays."""
    item = ("Huyện miền núi nhận sai khi cấm cán bộ công chức đi chợ cũ - Ngày 16/11, UBND huyện cho biết vẫn vận động "
            "người dân chuyển sang chợ mới.")
    dashed = "Cà phê được chở theo quốc lộ Cần Thơ - Phụng Hiệp tới cảng và xuất sang thị trường châu Âu trong tháng 5."
    body = [*BODY[:2], dashed, *BODY[2:]]
    assert clean(page(TITLE, *BODY[:2], item, dashed, *BODY[2:])).paragraphs == body
