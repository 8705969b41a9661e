"""clean(): what stays (the story) and what goes (page furniture), on small hand-made pages."""
from __future__ import annotations

from dataclasses import replace
from vnsumm.clean import clean
from vnsumm.clean.lines import Kind, make_lines

TITLE = "Hà Nội khởi công cầu vượt sông Hồng mới"
BODY = [
    "Sáng 8/5, UBND TP Hà Nội tổ chức lễ khởi công cầu Trần Hưng Đạo bắc qua sông Hồng.",
    "Cây cầu dài 6,2 km, tổng vốn đầu tư hơn 15.000 tỷ đồng, dự kiến hoàn thành năm 2027.",
    "Theo kế hoạch, cầu sẽ giúp giảm ùn tắc cho các cầu Chương Dương và Vĩnh Tuy.",
]
RELATED = [
    ("Giá vàng hôm nay tăng mạnh trở lại", "Sáng nay, giá vàng miếng trong nước tăng thêm 500.000 đồng mỗi lượng."),
    ("Đề xuất cấm xe máy vào nội đô từ năm 2030", "Sở Giao thông vận tải vừa trình UBND thành phố đề án hạn chế xe máy."),
    ("Khánh thành trường học mới ở Sóc Sơn", "Trường có 30 phòng học, đáp ứng nhu cầu của hơn 1.000 học sinh."),
]


def page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([TITLE, "08/05/2025 16:53", *BODY[:1], *middle, *BODY[1:], *tail]) + "\n"


def test_story_of_a_clean_page_is_kept_whole():
    article = clean(page())
    assert (article.title, article.date, article.paragraphs) == (TITLE, "2025-05-08T16:53", BODY)
    assert len(article.sentences) == 3


def test_marked_related_block_with_teasers_and_timestamps_goes():
    tail = ["Nguồn: Hanoimoi.vn", "Tin cùng chuyên mục"]
    for headline, teaser in RELATED:
        tail += [headline, "07:17 22/11/2024", teaser]
    article = clean(page(tail=tuple(tail)))
    assert article.paragraphs == BODY
    assert article.source == "Hanoimoi.vn"


def test_unmarked_related_block_goes_too():
    tail = [line for headline, teaser in RELATED for line in (headline, teaser)]
    assert clean(page(tail=tuple(tail))).paragraphs == BODY


def test_headline_lists_share_rows_and_comment_boxes_go():
    tail = ("Theo VOV.VN", "Viết bình luận mới", "Xem thêm", *[h for h, _ in RELATED], "fb yt zl tw")
    article = clean(page(tail=tail))
    assert article.paragraphs == BODY
    assert article.source == "VOV.VN"


def test_captions_and_inline_links_between_paragraphs_go():
    middle = ("Quang cảnh lễ khởi công cầu Trần Hưng Đạo.",
              "Lãnh đạo thành phố bấm nút khởi công. Ảnh: Lâm Khánh/TTXVN",
              "Lãnh đạo thành phố bấm nút khởi công. Ảnh: Lâm Khánh/TTXVN",
              "Xem thêm: Giá vàng hôm nay tăng mạnh trở lại")
    assert clean(page(*middle)).paragraphs == BODY


def test_a_caption_shown_twice_in_a_row_goes_even_without_a_photo_credit():
    middle = ("Lãnh đạo thành phố bấm nút khởi công.", "Lãnh đạo thành phố bấm nút khởi công.")
    assert clean(page(*middle)).paragraphs == BODY


def test_sub_headings_are_story():
    middle = ("* Bảo đảm an toàn giao thông trong quá trình thi công",)
    assert clean(page(*middle)).paragraphs == [BODY[0], middle[0], *BODY[1:]]


def test_sentences_that_only_look_like_boilerplate_are_kept():
    looks_like = [
        "Xem thêm các phương án phân luồng, người dân có thể truy cập cổng thông tin của thành phố.",
        "Bình luận về dự án, nhiều chuyên gia cho rằng cây cầu rất cần thiết.",
        "Theo ông Nguyễn Văn A, Giám đốc Sở Xây dựng, dự án đã chuẩn bị từ năm 2020...",
    ]
    assert clean(page(*looks_like)).paragraphs == [BODY[0], *looks_like, *BODY[1:]]


def test_the_story_byline_and_credit_are_kept_apart_from_the_body():
    article = clean(page(tail=("Minh Anh (tổng hợp)", "Theo TTXVN", "Tin liên quan", RELATED[0][0])))
    assert article.paragraphs == BODY
    assert (article.byline, article.credits, article.source) == ("Minh Anh (tổng hợp)", ["Theo TTXVN"], "TTXVN")
    assert clean(article.to_text()) == replace(article, captions=[])


def test_a_subheading_closing_the_story_is_not_taken_for_a_related_item():
    closing = ("Kỳ vọng của người dân", "Người dân hai bên bờ sông mong cầu sớm hoàn thành.")
    assert clean(page(tail=closing)).paragraphs == [*BODY, *closing]


def test_top_furniture_goes_and_the_title_is_found():
    raw = "Trang chủ > Thời sự > Giao thông\nThời sự\n" + page()
    article = clean(raw)
    assert article.title == TITLE and article.paragraphs == BODY


def test_a_headline_behind_a_sites_badge_over_the_story_is_the_title_without_the_badge():
    for badge in ("[NÓNG]", "[Tin tức]", "[ Info ]"):
        article = clean("\n".join(["Báo Thủ Đô", "Hôm qua lúc 21:14", f"{badge} {TITLE}", *BODY]))
        assert article.title == TITLE and article.paragraphs == BODY, badge
    related = clean("\n".join([TITLE, "08/05/2025 16:53", *BODY[:2], f"[Video] {RELATED[0][0]}", BODY[2]]))
    assert related.title == TITLE and related.paragraphs == BODY  # a badge inside the story still marks a link


def test_lead_with_a_glued_date_and_no_title():
    article = clean(" date 2025-11-02 " + BODY[0] + "\n\n" + "\n\n".join(BODY[1:]))
    assert article.title is None and article.date == "2025-11-02"
    assert article.paragraphs == BODY


def test_agency_prefix_is_removed_from_the_lead():
    raw = f"{TITLE}\n\n(HG) – {BODY[0]}\n\n" + "\n\n".join(BODY[1:])
    article = clean(raw)
    assert article.paragraphs == BODY and article.source == "HG"


def test_whole_article_on_one_line_with_glued_sentences():
    raw = TITLE + "\n" + "".join(BODY) + "\t\t\t"
    assert clean(raw).paragraphs == BODY


def test_hard_wrapped_lines_are_joined():
    raw = f"{TITLE}\n\nSáng 8/5, UBND TP Hà Nội tổ chức lễ khởi công\ncầu Trần Hưng Đạo bắc qua sông Hồng.\n"
    assert clean(raw).paragraphs == [BODY[0]]


def test_empty_and_blank_input_give_an_empty_article():
    assert clean("").paragraphs == [] and clean(" \n\t\n").title is None


def test_a_lone_category_label_is_not_taken_for_the_title():
    article = clean("Thời sự\n\n" + "\n\n".join(BODY))
    assert article.title is None and article.paragraphs == BODY


def test_a_short_title_is_recognised_by_the_date_under_it():
    article = clean("Bão số 3\n\n08/05/2025 16:53\n\n" + "\n\n".join(BODY))
    assert (article.title, article.date, article.paragraphs) == ("Bão số 3", "2025-05-08T16:53", BODY)


def test_desk_credits_that_name_no_person_go():
    for credit in ("PV", "Nhóm PV - Dân trí", "CTV Minh Anh"):
        assert clean(page(tail=(credit,))).paragraphs == BODY, credit
        assert clean(page(tail=(credit, "Theo TTXVN"))).paragraphs == BODY, credit


def test_one_sentence_passages_are_the_story_not_a_title():
    for passage in ['Ông nói thêm: "không nên giao cho các em những việc vượt quá khả năng của mình."',
                    "Bánh xe bằng gỗ dần được thay bằng bánh xe bằng sắt trong nhiều thế kỷ sau đó.",
                    "Bộ Y tế vừa ban hành hướng dẫn mới về phòng chống dịch bệnh mùa hè"]:
        article = clean(passage)
        assert article.paragraphs == [passage] and article.sentences, passage
        assert clean(article.to_text()) == replace(article, captions=[])


def test_unpunctuated_paragraphs_are_kept_whole():
    paragraphs = ["các cán bộ địa phương đã họp bàn về kế hoạch phát triển kinh tế xã hội năm nay",
                  "người dân trong xã vẫn chờ đợi những thay đổi lớn trong cách làm việc của chính quyền",
                  "nhiều hộ gia đình đã được hỗ trợ vốn vay để chăn nuôi và trồng trọt bền vững",
                  "tỷ lệ hộ nghèo của xã đã giảm mạnh so với cùng kỳ năm trước theo báo cáo"]
    assert clean("\n\n".join(paragraphs)).paragraphs == paragraphs
    capitalised = [p[0].upper() + p[1:] for p in paragraphs]  # the first may be a title; the rest stay
    article = clean("\n\n".join(capitalised))
    assert [article.title, *article.paragraphs] == capitalised or article.paragraphs == capitalised


def test_the_line_model_alone_never_empties_a_page(monkeypatch):
    import importlib
    import json

    from vnsumm.clean.classifier import MODEL_PATH, LineModel

    cleaning = importlib.import_module("vnsumm.clean")  # the module (vnsumm.clean the name is the function)

    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    spec.update(threshold=-1.0, prose_threshold=-1.0)  # a model that calls every line furniture
    monkeypatch.setattr(cleaning, "load_model", lambda: LineModel(spec))
    story = [f"{s} Đoạn {i} nói thêm về tiến độ thi công và những khó khăn về mặt bằng của dự án lớn này."
             for i, s in enumerate(BODY * 4)]
    assert clean(page(*story)).paragraphs == [BODY[0], *story, *BODY[1:]]


def test_a_live_blogs_entries_under_their_time_stamps_are_the_story():
    top = ["TRỰC TIẾP", "Trang chủ / Xã hội", "Tự động cập nhật: BẬT", "Mới nhất  Cũ nhất"]
    for caption in ([], ["Công nhân thi công trên công trường. Ảnh: Minh An"]):
        entries = ["16:55", BODY[0], *caption, "17:07", BODY[1], "17:30", BODY[2]]
        article = clean("\n".join([TITLE, "08/05/2025", *top, *entries, "Tải thêm cập nhật"]))
        assert article.paragraphs == BODY


def test_a_live_blogs_entries_under_a_stamp_behind_its_icon_and_a_reporters_line_are_the_story():
    entries = ["⏱ 10:59", BODY[0], "⏱ 11:19", "PV Hữu Hà", BODY[1], "⏱ 11:48", "Phương Lam đưa tin từ hiện trường", BODY[2],
               "⏱ 11:55"]
    article = clean("\n".join([TITLE, "⏱ 08/05/2025 10:40", "Tự động cập nhật: BẬT", *entries, "Tải thêm cập nhật"]))
    assert article.date == "2025-05-08T10:40" and all(sentence in article.paragraphs for sentence in BODY)


def test_a_newsletters_bulleted_headlines_are_never_the_title():
    text = "\n".join(["Xem email này trên trình duyệt", "Cập nhật: 10:17 ngày 23/07/2025", "Chào bạn,",
                      *[f"• {headline}" for headline, _ in RELATED], "TIÊU ĐIỂM", TITLE, *BODY,
                      f"Loạt bài: {RELATED[0][0]}"])
    article = clean(text)
    assert article.title == TITLE and article.paragraphs == BODY


def test_headlines_led_by_the_same_emoji_are_a_list_of_other_items_and_one_may_be_the_title():
    items = [f"🔥🔥 {headline.upper()}" for headline, _ in RELATED]
    article = clean("\n".join([f"🔴 {TITLE}", "08/05/2025", *BODY, "Tin khác trong kênh", *items]))
    assert article.title == f"🔴 {TITLE}" and article.paragraphs == BODY
    article = clean("\n".join([TITLE, "08/05/2025", items[0], *BODY[:2], items[1], BODY[2], items[2]]))
    assert article.paragraphs == BODY


def test_a_posters_name_and_time_ago_is_a_stamp_not_the_title_and_the_short_post_under_it_goes():
    text = "\n".join(["Báo Mới", TITLE, "Dân trí - 38 phút trước", "08/05/2025 16:53", *BODY, "Bình luận",
                      "Đỗ Bảo - 35 phút trước", "Hy vọng lần này làm thật, không chỉ là phong trào.",
                      "Võ Hương - 2 giờ trước", "Mong sớm thông xe cho dân đỡ khổ."])
    article = clean(text)
    assert article.title == TITLE and article.paragraphs == BODY


def test_the_storys_long_last_paragraph_under_a_price_table_and_its_stamp_is_the_story_not_a_teaser():
    closing = " ".join([f"{BODY[2][:-1]} và đường vành đai 3 trên cao, theo báo cáo của Sở Giao thông vận tải thành phố."] * 5)
    table = ["GIÁ VÀNG HÔM NAY", "Loại Mua vào Bán ra", "Vàng nhẫn Hòa Phong 9999 43,37 44,07",
             "Vàng miếng Lam Giang 45,89 46,51", "Cập nhật lúc 06:32"]
    text = "\n".join([TITLE, "08/05/2025 16:53", *BODY[:2], f"Xem thêm: {RELATED[0][0]}", *table, closing,
                      "Tác giả: Trịnh Minh Vỹ", "Đọc thêm", *[headline for headline, _ in RELATED]])
    assert len(closing.split()) > 120  # longer than any related item's teaser or reader's comment
    assert clean(text).paragraphs == [*BODY[:2], closing]


def test_a_live_blogs_last_entry_under_a_share_row_and_its_stamp_is_the_story():
    story = [*BODY[:2], "Lễ khởi công có sự tham dự của lãnh đạo thành phố và đại diện các bộ, ngành trung ương.", BODY[2]]
    entries = ["11:59", story[0], "12:18", story[1], "12:40", story[2], "Chia sẻ cập nhật này", "13:10", story[3]]
    tail = ["Tải thêm cập nhật cũ hơn", *[headline for headline, _ in RELATED]]
    article = clean("\n".join([TITLE, "08/05/2025", "Tự động cập nhật: BẬT", *entries, "Bá Di (Tổng hợp)", *tail]))
    assert all(sentence in article.paragraphs for sentence in story)
    assert not any(headline in article.body for headline, _ in RELATED)


def test_a_newsletters_teasers_over_the_dated_title_are_not_the_story():
    teasers = [f"{lead}" for _, lead in RELATED[:2]]
    article = clean("\n".join(["Bản tin sáng - Báo Miền Tây", "Xem trên trình duyệt", *teasers, TITLE, "08/05/2025 06:30",
                                *BODY]))
    assert article.title == TITLE and article.paragraphs == BODY
    live = clean("\n".join([TITLE, "08/05/2025", BODY[0], "Cập nhật lúc trưa về lễ khởi công", "12:18", *BODY[1:]]))
    assert BODY[0] in live.paragraphs  # a story's lead over a dated entry stays


def test_a_forum_topics_label_is_not_part_of_the_title_and_readers_comments_under_a_comment_row_go():
    comments = ["Nguyễn Hải Yến: Mong sớm có kết quả điều tra.", "Trần Văn Lộc - Đồng Nai: Làm thật nghiêm để răn đe."]
    article = clean("\n".join(["Diễn đàn > Thời sự", f"Chủ đề: {TITLE}", "Phạm Thu Trang · Thành viên tích cực · #204",
                                *BODY, "12 bình luận", *comments]))
    assert article.title == TITLE and article.paragraphs == BODY
    interview = clean("\n".join([TITLE, "08/05/2025", BODY[0], f"Ông Nguyễn Hải: {BODY[1]}", BODY[2]]))
    assert f"Ông Nguyễn Hải: {BODY[1]}" in interview.paragraphs


def test_a_screen_readers_announced_links_stay_apart_and_go():
    links = [f"liên kết, {headline}" for headline, _ in RELATED[:2]] + [f"Liên kết, 3. {RELATED[2][0]}"]
    article = clean("\n".join([TITLE, "08/05/2025", *BODY, "Tiêu đề cấp 2", "danh sách 3 mục", *links, "Kết thúc danh sách",
                                "© 2025 Tin Sáng"]))
    assert article.paragraphs == BODY


def test_a_headline_under_a_pointing_hand_between_paragraphs_is_a_related_link():
    article = clean("\n".join([TITLE, "08/05/2025", BODY[0], f"👉 {RELATED[0][0]}", *BODY[1:], f"➡ {RELATED[1][0]}"]))
    assert article.paragraphs == BODY


def test_a_screen_readers_announcements_over_the_title_are_not_the_title():
    article = clean("\n".join(["Bỏ qua để đến nội dung chính", "Biểu trưng, Báo Miền Tây", "Điều hướng, danh sách 6 mục",
                                "Nút, Tìm kiếm", "Vùng chính", "tiêu đề, cấp 1", TITLE, "Thứ năm, ngày 8 tháng 5 năm 2025", *BODY]))
    assert article.title == TITLE and article.paragraphs == BODY


def test_a_menu_joined_by_dashes_dots_or_bullets_goes_and_names_joined_by_dashes_are_no_menu():
    for menu in ["Trang nhất - Thời sự - Kinh tế - Xã hội - Văn hóa - Thể thao - Hà Nội xưa & nay",
                 "ĐÔ THỊ ● GIAO THÔNG ● AN NINH ● NHÀ ĐẤT ● KINH DOANH ● GIẢI TRÍ",
                 "Trồng trọt • Chăn nuôi • Giá cả • Thế giới • nông thôn mới"]:
        article = clean(page(menu))
        assert article.paragraphs == BODY, menu
    names = make_lines(["Thu Hà - Minh Anh - Lê Văn Tám - Hoàng Long", "THU HÀ - MINH ANH - LÊ TÁM - HOÀNG LONG"])
    assert Kind.NAV not in {line.kind for line in names}


def test_a_row_of_a_sites_own_sections_with_no_separator_goes_and_a_headline_of_titles_and_names_stays():
    for menu in ["Trang chủ Kiến trúc Quy hoạch Di sản Nội thất Sự kiện", "Thời sự Y tế Phòng bệnh Khám chữa bệnh Đông y",
                 "Trang chủ Blog Mẹo hay Cộng đồng Cửa hàng"]:  # a known section first, then the site's own
        assert clean(page(menu)).paragraphs == BODY, menu
    headlines = make_lines(["Giới thiệu Tổng Bí thư Nguyễn Phú Trọng để Quốc hội bầu Chủ tịch nước",
                            "Giới thiệu ông Lữ Văn Hùng làm Bí thư Tỉnh uỷ Hậu Giang",
                            "Thời sự Hà Nội Sáng Nay Đón Đoàn Khách Quốc Tế"])  # no row of sections: names and a verb
    assert Kind.NAV not in {line.kind for line in headlines}


def test_links_to_related_and_audio_items_inside_the_story_go():
    for link in ["Liên quan: Cháy ba căn nhà ở Đà Lạt, một người bị thương",
                 "Nghe thêm: Xe tải đâm vào dải phân cách, đường vành đai ba ùn tắc"]:
        assert clean(page(link)).paragraphs == BODY, link
    told = "Liên quan đến vụ việc, công an quận đã triệu tập hai người để làm rõ."
    assert told in clean(page(told)).paragraphs


def test_a_list_marker_ending_in_a_colon_takes_the_headlines_under_it_inside_the_story():
    for marker in ["Bài liên quan:", "Tin liên quan:", "Bài viết liên quan:"]:
        items = [f"• {headline}" for headline, _ in RELATED[:2]]
        article = clean(page(marker, *items))
        assert article.paragraphs == BODY, marker
    assert make_lines(["Bài liên quan:"])[0].kind is Kind.MARKER


def test_the_storys_last_paragraph_under_a_photo_and_over_its_byline_is_kept():
    last = "Ngày 1/11, quán karaoke trên phố Trần Thái Tông bốc cháy, lan ra 3 nhà lân cận."
    tail = ("Toàn bộ quán karaoke ở Cầu Giấy 'có vấn đề' phòng cháy, chữa cháy - Ảnh minh họa", "Phóng to", last,
            "PHƯƠNG LOAN (TTXVN)", "Xem thêm: Đề xuất cấm xe máy vào nội đô từ năm 2030", "TAG", "Hà Nội", "Cầu Giấy",
            "Bình luận", "Nguyễn Việt Hiếu - Cần Thơ", "Mong cây cầu sớm hoàn thành.", "10:56 23/11/2021", "Thích (9)",
            "Tin mới nhất", *(f"14:35 {headline}" for headline, _ in RELATED), "Về đầu trang")
    article = clean(page(tail=tail))
    assert article.paragraphs == [*BODY, last]
    assert article.byline == "PHƯƠNG LOAN (TTXVN)"


def test_an_english_read_also_line_is_a_link_to_another_story():
    for line in ["Read also: Sinh viên vào học từ 6h sáng được không?", "Also read: Giá vàng hôm nay tăng mạnh trở lại"]:
        assert make_lines([line])[0].kind is Kind.LINK


def test_the_lead_under_the_pages_own_update_stamp_is_no_related_items_teaser():
    lead = ("Sáng 8/5, UBND TP Hà Nội tổ chức lễ khởi công cầu Trần Hưng Đạo bắc qua sông Hồng, cây cầu dài 6,2 km với "
            "tổng vốn đầu tư hơn 15.000 tỷ đồng, dự kiến hoàn thành năm 2027.")
    second = ("Trên bờ bắc, dự án sẽ xây dựng nút giao ba tầng nối với đường Trường Sa, còn bờ nam có thêm một công viên "
              "ven sông rộng 3 ha. Kế hoạch đã được Bộ Giao thông vận tải và Bộ Xây dựng ủng hộ.")
    text = "\n".join([TITLE, "08/05/2025 16:53", "Bài: Lê Đức Lâm", lead, "THEO DÕI BÃO TRỰC TUYẾN",
                      "Vị trí tâm: 15,3 độ Vĩ Bắc - 108,6 độ Kinh Đông", "Sức gió mạnh nhất: cấp 11, giật cấp 14",
                      "Cấp độ rủi ro thiên tai: cấp 1", "Cập nhật lúc 11:57", second, "Ảnh",
                      "Quang cảnh sông Hồng nhìn từ trên cao.", "Ảnh: Đức Trí", " ".join(BODY[1:])])
    assert clean(text).paragraphs == [lead, second, " ".join(BODY[1:])]


def test_the_storys_sentence_going_on_after_a_box_of_tips_stays_before_the_related_list():
    last = "Từ đó, lãnh đạo thành phố đề nghị các sở ngành phối hợp để cây cầu sớm được đưa vào sử dụng."
    tail = ("GÓC ÔN THI", "Môn Ngữ văn: Lập dàn ý trong 5 phút đầu, viết mở bài ngắn gọn và dành thời gian cho phần thân bài.",
            "Xem thêm các bí quyết khác", last, "Tin liên quan", *(headline for headline, _ in RELATED))
    assert clean(page(tail=tail)).paragraphs[-1] == last


def test_the_storys_last_paragraph_ending_in_dots_under_a_photos_credit_and_over_its_byline_is_kept():
    """VietNews closes a list with "…": the last paragraph under a photo's caption and credit, over the writer's name,
    is the story's, not a related item's teaser under page furniture."""
    last = ("Bên cạnh đó, doanh nghiệp taxi cũng được kinh doanh vận tải hành khách theo hợp đồng, được dùng phần mềm "
            "kết nối, được đổi màu sơn xe…")
    tail = ("Xe taxi đón khách tại nhà ga quốc nội.", "Ảnh: Hữu Khoa", last, "Hoàng Linh", "Tin liên quan",
            *(headline for headline, _ in RELATED))
    article = clean(page(tail=tail))
    assert article.paragraphs == [*BODY, last]


def test_the_storys_last_paragraph_under_an_inline_ads_button_is_kept():
    """ "Quảng cáo" / "Tắt quảng cáo" between two paragraphs: a button of three words heads no related item, so the
    paragraph of more than a comment's length under it stays."""
    last = ("Tiếp đó, tháng 11/2025, nhà thầu được yêu cầu hoàn thành phần móng trụ cầu phía bờ bắc, trong khi tuyến "
            "đường dẫn phía bờ nam sẽ được giải phóng mặt bằng xong trước mùa mưa bão năm sau.")
    tail = ("Quảng cáo", "Tắt quảng cáo", last, "Tags: #giaothong #hanoi", "Xem thêm: " + RELATED[0][0])
    assert clean(page(tail=tail)).paragraphs == [*BODY, last]


def test_two_paragraphs_ending_in_dots_inside_the_story_are_no_related_list():
    """Two paragraphs cut with "…" between paragraphs of the story stay; under a related list's heading they go."""
    dotted = ["Có thể kể đến như các dự án cầu Tứ Liên hơn 17.000 tỷ đồng, cầu Ngọc Hồi hơn 19.000 tỷ đồng, cầu Vân "
              "Phúc…", "Không chỉ có các cây cầu mới, thành phố còn lên kế hoạch cải tạo hàng loạt nút giao ở hai bờ "
              "sông, mở rộng đường dẫn, xây bãi đỗ xe…"]
    assert clean(page(*dotted)).paragraphs == [BODY[0], *dotted, *BODY[1:]]
    assert clean(page(tail=("Tin liên quan", *dotted))).paragraphs == BODY


def test_a_source_line_under_a_photos_caption_does_not_close_the_story():
    """ "Nguồn: X" under the caption of a picture credits the picture: what follows is still the story, not readers'
    comments under its closing credit."""
    box = ("Cần biết", "Chỉ mua vé tại quầy chính thức có đánh giá tốt.")
    last = "Kết cục nhiều người không những mất tiền cọc mà còn phải chờ đợi thêm nhiều tháng để nhận lại giấy tờ."
    middle = ("Xem ảnh lớn", "Các kỹ sư trình bày phương án thi công trước hội đồng thẩm định tại một buổi họp.",
              "Nguồn: Ban quản lý dự án")
    text = page(*middle, tail=(*box, last, "Đọc tiếp", *(f"{n}. {h}" for n, (h, _) in enumerate(RELATED, 1))))
    assert clean(text).paragraphs[-1] == last


def test_the_storys_last_paragraph_under_a_players_label_over_its_update_stamp_or_date_and_byline_is_kept():
    """A paragraph under "Tự động phát video tiếp theo" and over the page's update stamp, or over its date and the
    writer's name, closes the story: it is no related item's teaser over that item's time stamp."""
    last = ("Theo kế hoạch, đơn vị thi công sẽ hoàn thành phần móng trụ cầu phía bờ bắc trong quý III, sau đó triển "
            "khai phần dầm và mặt cầu, bảo đảm thông xe kỹ thuật vào cuối năm 2026.")
    others = ("Tin khác", *(f"(15/07) {headline}" for headline, _ in RELATED))
    for closing in (("Cập nhật 18:08 ngày 21/7/2025",), ("21/07/2025 - 10:23", "Đỗ Khánh Đạt - Nguyễn Diệu Hà")):
        tail = ("Tự động phát video tiếp theo", last, *closing, *others)
        assert clean(page(tail=tail)).paragraphs == [*BODY, last], closing
