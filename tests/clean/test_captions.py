"""Photo captions by their place and shape (vnsumm.clean.captions); the end-to-end cases are in test_credits.py."""
from __future__ import annotations

import pytest

from vnsumm.clean.captions import credited_caption, image_slot, photo_caption
from vnsumm.clean import clean
from vnsumm.clean.lines import Kind, make_lines

STORY = "Sáng 12/4, UBND tỉnh công bố kế hoạch mở rộng vùng trồng cà phê đặc sản thêm 2.000 ha đến năm 2030."
CAPTION = "Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng."
# the story's closing line over a photo's credit: narrated (a sentence worded as a caption there is the photo's caption)
CLOSING = "Ông Tâm cho biết dự án đã hoàn thành vào cuối năm ngoái."


def test_an_images_place_and_a_photo_storys_counter_mark_an_image_and_a_date_does_not():
    assert [image_slot(ln) for ln in make_lines(["[IMG]", "Ảnh 3/6", "3/6", "12/6", STORY])] == [
        True, True, True, False, False]


def test_the_sentence_under_an_image_or_over_its_credit_is_its_caption_and_a_closing_line_is_not():
    under = make_lines([STORY, "[IMG]", CAPTION, STORY])
    over = make_lines([STORY, CAPTION, "Ảnh: AP", STORY])
    closing = make_lines([STORY, CAPTION, "Ảnh: AP"])
    opener = make_lines([STORY, "[IMG]", "Được biết, nhiều hộ đã vay vốn để mua giống.", STORY])
    assert photo_caption(under, 2) and photo_caption(over, 1)
    assert not photo_caption(closing, 1) and not photo_caption(opener, 2)


def test_a_caption_closed_by_its_credit_in_parentheses():
    assert credited_caption(make_lines([f"{CAPTION[:-1]} (Ảnh: Minh An)"])[0])
    assert not credited_caption(make_lines([STORY])[0])


def test_a_text_browsers_image_with_its_caption_on_one_line_is_a_caption():
    lines = make_lines([f"[IMG] {CAPTION}", f"[3][Ảnh] {CAPTION}", f"[Video] {CAPTION}", STORY])
    assert [ln.kind is Kind.CAPTION for ln in lines] == [True, True, False, False]
    article = clean("\n".join(["Mở rộng vùng trồng cà phê đặc sản", STORY, f"[IMG] {CAPTION}", STORY.replace("12/4", "13/4")]))
    assert CAPTION not in article.body and article.body.count("cà phê đặc sản") == 2


def test_a_caption_or_photo_credit_under_its_label_is_a_caption():
    lines = make_lines([f"Chú thích hình ảnh, {CAPTION}", f"Mô tả ảnh: {CAPTION}", f"Ảnh 2: {CAPTION}",
                        "Nguồn hình ảnh, Reuters", f"Hình ảnh: {CAPTION}", "Ảnh hưởng của bão số 3 rất lớn.",
                        "Hình ảnh đẹp của Hà Nội mùa thu được nhiều người chia sẻ.", STORY,
                        f"Chụp lại hình ảnh, {CAPTION}", f"Ảnh tư liệu. {CAPTION}", f"Hình minh họa. {CAPTION}",
                        "Hình ảnh tư liệu về trận lụt năm 1999 được trưng bày tại bảo tàng tỉnh.",
                        f"Chụp lại hình ảnh, {STORY} {STORY}"])
    assert [ln.kind is Kind.CAPTION for ln in lines] == [True, True, True, True, True, False, False, False,
                                                          True, True, True, False, True]


def test_a_video_under_its_label_is_a_caption():
    assert [ln.kind is Kind.CAPTION for ln in make_lines([f"Xem video: {CAPTION}", f"Video: {CAPTION}", STORY])] == [
        True, True, False]


def test_a_caption_under_a_camera_a_bracketed_label_or_a_numbered_photo_is_a_caption():
    lines = make_lines([f"📷 {CAPTION}", f"[Chú thích ảnh] {CAPTION}", f"Ảnh 3/8: {CAPTION}", STORY, "Ảnh hưởng của lũ là rất lớn.",
                        f"hình, {CAPTION}", f"Đồ họa, {CAPTION}", "Hình thức xử phạt là cảnh cáo."])
    assert [ln.kind is Kind.CAPTION for ln in lines] == [True, True, True, False, False, True, True, False]


def test_an_images_file_name_alone_marks_an_image_and_the_sentence_under_it_is_its_caption():
    assert [image_slot(ln) for ln in make_lines(["IMG_3076.jpg", "anh-bia.webp", STORY, "Năm 2030."])] == [
        True, True, False, False]
    assert photo_caption(make_lines([STORY, "IMG_3076.jpg", CAPTION, STORY]), 2)


def test_a_numbered_figure_and_a_bracketed_images_description_are_captions_and_a_story_with_a_year_is_not():
    lines = make_lines([f"Hình 3. {CAPTION}", f"Ảnh 12. {CAPTION}", f"[Hình ảnh: {CAPTION}]", STORY,
                        "Năm 2015. Ông về hưu ở quê.", "Hình thức 2. Xử phạt hành chính."])
    assert [ln.kind in (Kind.CAPTION, Kind.SHARE) for ln in lines] == [True, True, True, False, False, False]
    article = clean("\n".join(["Mở rộng vùng trồng cà phê đặc sản", STORY, "IMG_3076.jpg", CAPTION, STORY.replace("12/4", "13/4"),
                               f"Hình 2. {CAPTION.replace('Krông Năng', 'Cư M’gar')}", STORY.replace("12/4", "14/4")]))
    assert article.body.count("cà phê đặc sản") == 3 and "Nông dân" not in article.body


def test_an_images_place_said_in_words_or_by_its_path_and_a_gallerys_counter_in_words_mark_an_image():
    slots = ["(Hình ảnh)", "Hình ảnh", "Ảnh 2 trên 3", "1 trên 6", "=> ảnh.jpg", "⇒ /uploads/anh-1.jpg"]
    others = ["Hình ảnh đẹp của Hà Nội.", "2 trên 3 người dân đồng ý", "Lúc 10 trên 12 xe đã qua trạm.", STORY]
    assert [image_slot(ln) for ln in make_lines(slots + others)] == [True] * len(slots) + [False] * len(others)
    assert photo_caption(make_lines([STORY, "(Hình ảnh)", CAPTION, STORY]), 2)
    over_old_photo = make_lines([STORY, CAPTION, "Ảnh tư liệu: Minh An", STORY])  # its credit under it
    assert photo_caption(over_old_photo, 1)


def test_a_sentence_over_a_photo_credit_with_a_live_blogs_next_stamp_under_it_is_a_caption():
    assert photo_caption(make_lines([STORY, CAPTION, "Ảnh: Minh An ghi lại", "10:59", STORY]), 1)
    assert not photo_caption(make_lines([STORY, CLOSING, "Ảnh: Minh An ghi lại", "Tin mới nhất"]), 1)
    entry = make_lines(["10:40", CAPTION, "Ảnh: Minh An ghi lại", "10:59", STORY])  # an entry's own text under its stamp
    assert not photo_caption(entry, 1)


def test_an_illustrations_label_over_one_sentence_is_a_caption_and_over_a_credit_and_story_is_not():
    lines = make_lines([f"Ảnh minh họa: {CAPTION}", f"Hình ảnh minh hoạ: {CAPTION}",
                        f"Ảnh minh họa: Minh An / baonghean.vn {STORY}", f"Ảnh minh họa: {CAPTION} {STORY}"])
    assert [ln.kind is Kind.CAPTION for ln in lines] == [True, True, False, False]


TITLE = "Mở rộng vùng trồng cà phê đặc sản"
LATER = STORY.replace("12/4", "13/4").replace("2.000", "3.500")


def test_the_captions_cleaning_leaves_out_are_returned_in_page_order_not_lost():
    page = "\n".join([TITLE, STORY, "[IMG]", CAPTION, LATER, f"Video: {CAPTION}", STORY.replace("12/4", "14/4"),
                      f"{CAPTION[:-1]} (Ảnh: Minh An)", LATER.replace("13/4", "15/4")])
    article = clean(page)
    assert article.captions == [CAPTION, f"Video: {CAPTION}", f"{CAPTION[:-1]} (Ảnh: Minh An)"]
    assert CAPTION[:30] not in article.body and article.body.count("cà phê đặc sản") == 4


def test_image_places_notes_and_photo_credits_are_not_captions():
    page = "\n".join([TITLE, STORY, "[IMG]", "Ảnh minh họa", LATER, "Ảnh 3/6", STORY.replace("12/4", "14/4"),
                      CAPTION, "Ảnh: AP", LATER.replace("13/4", "15/4")])
    article = clean(page)
    assert article.captions == [CAPTION]
    assert "Ảnh: AP" in article.credits


def test_captions_stay_out_of_the_text_form_and_cleaning_it_again_keeps_the_story():
    article = clean("\n".join([TITLE, STORY, "[IMG]", CAPTION, LATER]))
    assert article.captions == [CAPTION] and CAPTION not in article.to_text()
    again = clean(article.to_text())
    assert again.paragraphs == article.paragraphs and again.captions == []


def test_a_page_without_captions_has_none():
    assert clean("\n".join([TITLE, STORY, LATER])).captions == []


def test_the_sentence_under_an_images_place_right_under_the_title_and_byline_is_its_caption():
    page = "\n".join([TITLE, "Thứ hai, 13/4/2026 - 09:15", "Giang Thảo Mộc", "Ảnh 1/3", CAPTION,
                      f"{STORY} Diện tích này được chia cho 12 hợp tác xã ở ba huyện phía bắc tỉnh.", LATER])
    article = clean(page)
    assert article.title == TITLE and article.byline == "Giang Thảo Mộc"
    assert article.captions == [CAPTION] and CAPTION[:30] not in article.body
    assert article.paragraphs[0].startswith(STORY)


OTHER = "Ông Trần Văn Hùng, Chủ tịch UBND huyện, cho biết huyện sẽ hỗ trợ giống và phân bón cho các hộ tham gia dự án."


def test_the_sentence_over_a_photo_credit_of_any_common_form_is_its_caption():
    for credit in ["Ảnh - AFP", "(Ảnh: Reuters)", "© EPA", "📷 Reuters", "© Jorge Silva/EPA-EFE"]:
        lines = make_lines([STORY, CAPTION, credit, OTHER])
        assert photo_caption(lines, 1), credit


def test_over_a_credit_and_a_gallerys_next_image_is_a_caption_and_over_more_photos_the_storys_last_line():
    assert photo_caption(make_lines([STORY, CAPTION, "Ảnh: AFP", "Ảnh 3 trên 13"]), 1)
    last = make_lines([STORY, OTHER, "Ảnh: Đinh Xuân Nam", "Xem thêm ảnh"])
    assert not photo_caption(last, 1)


def test_a_caption_under_a_camera_is_no_credit_for_the_story_line_over_it():
    lines = make_lines([STORY, OTHER, "📷 Phó chủ tịch tỉnh Nguyễn Văn Phúc.", LATER])
    assert not photo_caption(lines, 1)
    article = clean("\n".join([TITLE, STORY, OTHER, "📷 Phó chủ tịch tỉnh Nguyễn Văn Phúc.", LATER]))
    assert OTHER in article.paragraphs and article.captions == ["📷 Phó chủ tịch tỉnh Nguyễn Văn Phúc."]


LEAD = ("Tỉnh Đắk Lắk vừa công bố kế hoạch mở rộng vùng trồng cà phê đặc sản thêm 2.000 ha trong giai đoạn từ nay "
        "đến năm 2030 với sự tham gia của 12 hợp tác xã.")


def test_a_lead_under_the_lead_photo_right_under_the_title_stays_the_storys():
    for image in ["Ảnh 1/3", "[IMG]", "IMG_3076.jpg"]:
        article = clean("\n".join([TITLE, "Thứ hai, 13/4/2026 - 09:15", "Giang Thảo Mộc", image, LEAD, STORY, LATER]))
        assert article.paragraphs[0] == LEAD and article.captions == [], image


def test_photo_credits_counts_role_credits_and_bylines_are_never_listed_as_captions():
    page = [TITLE, STORY, CAPTION, "📷 Reuters", LATER, "[IMG]", "📷 13 ảnh", STORY.replace("12/4", "14/4"),
            "Tin, ảnh: Hải Yến", "Thùy Dương – Đặng Minh Khôi (VTV24)"]
    article = clean("\n".join(page))
    assert article.captions == [CAPTION]


def test_a_list_of_other_items_tagged_video_is_not_captions():
    page = [TITLE, STORY, LATER, "Tin liên quan", "Mexico có tổng thống mới sau cuộc bầu cử lịch sử (Video)",
            "Nga triển khai tên lửa mới tới vùng Viễn Đông (Video)", "Clip: Đảo cát lạ bất ngờ xuất hiện giữa biển ở Hội An"]
    assert clean("\n".join(page)).captions == []


def test_two_photos_with_the_same_caption_are_both_listed():
    page = [TITLE, STORY, "[IMG]", CAPTION, LATER, "[IMG]", CAPTION, STORY.replace("12/4", "14/4")]
    assert clean("\n".join(page)).captions == [CAPTION, CAPTION]


def test_a_caption_the_page_repeats_at_once_is_listed_once():
    credited = f"{CAPTION} Ảnh: Minh An"  # as seed 002 has it: each photo's caption scraped twice
    page = [TITLE, STORY, credited, credited, LATER, credited, credited, STORY.replace("12/4", "14/4")]
    assert clean("\n\n".join(page)).captions == [credited, credited]  # two photos


def _listed(*body: str) -> list[str]:
    return clean("\n".join([TITLE, *body])).captions


S2 = STORY.replace("12/4", "14/4")


def test_a_caption_beside_a_gallery_counter_a_labelled_caption_and_a_portrait_are_listed():
    assert _listed(STORY, "Ảnh 2 trên 5", "Ảnh 2: Công nhân thi công tại công trường ga Văn Cao.", LATER) == [
        "Ảnh 2: Công nhân thi công tại công trường ga Văn Cao."]
    assert _listed(STORY, "Ảnh: Toàn cảnh lễ khởi công.", LATER) == ["Ảnh: Toàn cảnh lễ khởi công."]
    assert _listed(STORY, "[IMG]", "HLV Park Hang Seo (Ảnh: VFF)", LATER) == ["HLV Park Hang Seo (Ảnh: VFF)"]


def test_a_photographers_credit_under_a_camera_and_a_single_item_tagged_video_are_not_captions():
    assert _listed(STORY, CAPTION, "📷 Thành Đông Hoàng Anh", LATER) == [CAPTION]
    assert _listed(STORY, LATER, "Mexico có tổng thống mới sau cuộc bầu cử lịch sử (Video)", S2) == []


def test_video_links_under_a_related_marker_are_not_captions():
    assert _listed(STORY, LATER, "Tin liên quan", "Video: Mưa lớn kèm lốc xoáy làm tốc mái hàng chục nhà dân",
                   "Video: Đảo cát lạ bất ngờ xuất hiện giữa biển ở Hội An",
                   "Video: Hà Nội mở thêm tuyến buýt điện nối sân bay Nội Bài") == []


def test_each_image_of_a_gallery_keeps_its_caption_even_when_the_text_repeats():
    assert _listed(STORY, "Ảnh 1/3", CAPTION, "Ảnh 2/3", CAPTION, LATER) == [CAPTION, CAPTION]


def test_a_photos_credit_in_any_common_form_under_its_caption_is_kept_in_credits():
    for credit in ["© EPA", "Ảnh - AFP", "(Ảnh: Reuters)", "📷 Reuters", "Ảnh: AP", "Nguồn ảnh: Getty Images"]:
        article = clean("\n".join([TITLE, STORY, CAPTION, credit, LATER]))
        assert (article.captions, article.credits, article.paragraphs) == ([CAPTION], [credit], [STORY, LATER]), credit
        assert clean(article.to_text()).credits == [credit]  # the text form keeps it: cleaning it again finds it


def test_a_copyright_notice_is_no_photo_credit():
    article = clean("\n".join([TITLE, STORY, LATER, "© Bản quyền thuộc về báo điện tử"]))
    assert article.credits == [] and article.paragraphs == [STORY, LATER]


def test_the_short_sentence_under_a_photo_credit_with_the_story_below_is_its_caption():
    # after a paragraph, at the top under the date, or under a note in parentheses (no caption of the credit's)
    for above in [f"{STORY} {OTHER}", "Thứ hai, 13/4/2026 - 09:15", "(Thông tin do doanh nghiệp cung cấp)"]:
        article = clean("\n".join([TITLE, above, "Ảnh: Ngô Bảo Hân", CAPTION, OTHER, LATER]))
        assert article.captions == [CAPTION] and CAPTION[:30] not in article.body, above
        assert article.credits == ["Ảnh: Ngô Bảo Hân"] and OTHER in article.paragraphs


def test_under_a_credit_whose_caption_is_over_it_the_story_goes_on():
    short = "Giá cà phê nhân xô tuần này tăng thêm 1.200 đồng mỗi kg."  # the story's short paragraph
    for page in ([TITLE, STORY, CAPTION, "Ảnh: AP", short, OTHER],  # the credit closes the caption over it
                 [TITLE, STORY, f"{CAPTION} Ảnh: Zing", "Ảnh: AP", short, OTHER],
                 [TITLE, f"{STORY} {OTHER}", "Ảnh minh họa: Bloomberg", short, OTHER],  # no caption to it
                 [TITLE, f"{STORY} {OTHER}", "Ảnh: AP", "Trong trường hợp này, giá cà phê sẽ còn tăng.", OTHER],
                 [TITLE, f"{STORY} {OTHER}", "Ảnh: AP", "Ngoài khung thời gian trên, giá cà phê không đổi.", OTHER]):
        article = clean("\n".join(page))
        assert any(page[-2] in p for p in article.paragraphs), page[-2]


def test_a_photo_credited_to_an_archive_is_a_credit_and_its_caption_a_caption():
    for credit in ["📷 Tư liệu", "Ảnh: Tư liệu", "(Ảnh: tư liệu)", "Ảnh: Chụp màn hình", "Ảnh: Chụp từ màn hình",
                   "Nguồn ảnh: Tư liệu", "Ảnh: Tư liệu gia đình", "Ảnh: Cắt từ clip"]:
        article = clean("\n".join([TITLE, STORY, CAPTION, credit, OTHER, LATER]))
        assert (article.captions, article.credits) == ([CAPTION], [credit]), credit
        assert article.paragraphs == [STORY, OTHER, LATER], credit


def test_a_name_under_its_titles_alone_is_a_portraits_caption_and_a_short_sentence_of_the_story_is_not():
    for portrait in ["Phó tổng thống Mỹ Mike Pence.", "Tàu sân bay USS Ronald Reagan.",
                     "Ngoại trưởng Nga Sergei Lavrov.", "Ông Donald Trump.", "Bộ trưởng Lê Minh Hoan (giữa)."]:
        article = clean("\n".join([TITLE, STORY, portrait, OTHER, LATER]))
        assert article.captions == [portrait] and article.paragraphs == [STORY, OTHER, LATER], portrait
    for told in ["Nạn nhân là chị Cái Thị Thanh Nga.", "Ông Nguyễn Bá Thanh sinh năm 1953 tại Hòa Vang (Đà Nẵng).",
                 "Sau đó, ông gặp Thủ tướng Justin Trudeau.", "Ông Hùng đã gửi đơn tới UBND tỉnh Quảng Nam.",
                 "Ông Trump gặp ông Tập Cận Bình.", "Tổng thống Trump thăm Hà Nội.", "Nghi phạm tên Nguyễn Văn Hùng.",
                 "Tham dự có Thủ tướng Phạm Minh Chính.", "Việt Nam hòa Thái Lan.", "Tôi yêu Hà Nội."]:
        article = clean("\n".join([TITLE, STORY, told, OTHER, LATER]))
        assert told in article.body and article.captions == [], told


LONG = f"{STORY} {OTHER}"  # a paragraph of two sentences, over 40 words


def test_a_credit_closes_a_long_caption_over_it_and_the_story_goes_on_under_it():
    caption = ("Nông dân xã Ea Tóh, huyện Krông Năng thu hái cà phê chín đỏ trên nương của gia đình để bán cho hợp tác xã "
               "với giá cao hơn thị trường khoảng 20%.")  # 30 words
    short = "Năm nay thời tiết thuận lợi nên cây cà phê ra hoa đồng loạt và đậu quả nhiều."
    article = clean("\n".join([TITLE, LONG, caption, "Ảnh: Ngọc Minh", short, LATER]))
    assert article.captions == [caption] and short in article.body


def test_a_caption_under_its_credit_may_name_a_city_with_a_dotted_abbreviation():
    caption = "Người dân mua sắm tại chợ Bến Thành, TP.HCM."
    article = clean("\n".join([TITLE, LONG, "Ảnh: Ngọc Minh", caption, LATER]))
    assert article.captions == [caption] and caption not in article.body


def test_a_photos_credit_over_its_caption_is_kept_in_credits():
    for credit in ["Ảnh: Ngọc Minh", "(Ảnh: Ngọc Minh)", "📷 Reuters", "© EPA", "Ảnh - AFP", "📷 Tư liệu"]:
        article = clean("\n".join([TITLE, LONG, credit, CAPTION, LATER]))
        assert (article.captions, article.credits) == ([CAPTION], [credit]), credit


def test_a_caption_over_a_graphics_credit_or_a_still_from_a_video_is_a_caption():
    for credit in ["Đồ họa: Trọng Thư", "Ảnh cắt từ video", "(Ảnh chụp từ clip)"]:
        article = clean("\n".join([TITLE, LONG, CAPTION, credit, OTHER, LATER]))
        assert article.captions == [CAPTION] and CAPTION not in article.body, credit


def test_an_images_file_name_its_placeholder_or_its_emoji_alone_marks_the_caption_under_it():
    for mark in ["chay-rung-california-1.jpg", "IMG_2034.JPG", "Đang tải ảnh...", "🖼", "📷"]:
        article = clean("\n".join([TITLE, "12/04/2019", LONG, mark, CAPTION, LATER]))
        assert article.captions == [CAPTION] and CAPTION not in article.body, mark
        assert mark not in article.body and LONG in article.body and LATER in article.body, mark


def test_an_images_file_name_stands_alone_under_a_date_or_a_sentence_it_is_not_their_wrapped_end():
    for above in ["Đăng lúc 19h57 | 13-08-2018", LONG]:
        article = clean("\n".join([TITLE, above, "anh-minh-hoa-1.png", CAPTION, LATER]))
        assert article.captions == [CAPTION] and CAPTION not in article.body, above
        assert "anh-minh-hoa" not in article.body, above


def test_a_photo_credit_naming_who_gave_or_took_it_is_kept_in_credits_over_its_caption():
    for credit in ["Ảnh: Nhân vật cung cấp", "Ảnh do gia đình cung cấp", "Ảnh: Bạn đọc gửi", "Ảnh: Đức Hà chụp ngày 15-11",
                   "Ảnh: NVCC"]:
        article = clean("\n".join([TITLE, LONG, credit, CAPTION, LATER]))
        assert (article.captions, article.credits) == ([CAPTION], [credit]), credit
    story = "Ảnh hưởng của đợt mưa lớn, nhiều tuyến đường trong huyện bị ngập sâu, người dân phải đi đường vòng."
    assert story in clean("\n".join([TITLE, LONG, story, LATER])).body


def test_a_caption_labelled_hinh_or_by_its_photos_place_is_a_caption_and_a_story_line_with_hinh_is_not():
    for caption in ["Hình: Ngoại trưởng Philippines Teodoro Locsin.", "Ảnh trên: Nông dân thu hoạch cà phê ở Krông Năng.",
                    "Ảnh bên: Nông dân thu hoạch cà phê ở Krông Năng."]:
        article = clean("\n".join([TITLE, LONG, caption, LATER]))
        assert article.captions == [caption] and caption not in article.body, caption
    for story in ["Tình hình: giá cà phê tăng mạnh trong phiên sáng nay ở các tỉnh Tây Nguyên.",
                  "Địa hình: đồi núi chiếm phần lớn diện tích của huyện Krông Năng."]:
        assert story in clean("\n".join([TITLE, LONG, story, LATER])).body, story


def test_over_a_credit_with_a_related_link_then_the_story_under_it_is_a_caption_and_the_storys_last_line_is_not():
    between = make_lines([STORY, CAPTION, "Ảnh: SMO", "► Đà Nẵng mua bảo hiểm cho cây xanh công cộng", STORY])
    assert photo_caption(between, 1)
    closing = make_lines([STORY, CLOSING, "Ảnh: SMO", "► Đà Nẵng mua bảo hiểm cho cây xanh công cộng",
                          "► Hà Nội thí điểm xe buýt điện", "Bình luận"])  # the related block closes the page
    assert not photo_caption(closing, 1)
    after_stamp = make_lines([STORY, CAPTION, "Ảnh: TL", "⏱ 15:43", STORY])  # a live blog's stamp behind its icon
    assert photo_caption(after_stamp, 1)


# a long story (over 150 words of prose): where a lone short line can only be a caption or a sentence of the story
LONG_STORY = [
    "Sáng 12/4, UBND tỉnh Đắk Lắk công bố kế hoạch mở rộng vùng trồng cà phê đặc sản thêm 2.000 ha đến năm 2030, "
    "tập trung ở các huyện Krông Năng, Buôn Đôn và Ea H'leo.",
    "Theo kế hoạch, mỗi hộ tham gia được hỗ trợ giống, phân bón và tập huấn kỹ thuật canh tác bền vững trong ba năm "
    "đầu, đồng thời được kết nối với doanh nghiệp thu mua theo hợp đồng dài hạn.",
    "Ông Trần Văn Hùng, Chủ tịch UBND huyện Krông Năng, cho biết huyện đã rà soát quỹ đất và chọn được hơn 400 hộ đủ "
    "điều kiện tham gia đợt đầu, phần lớn là đồng bào dân tộc thiểu số.",
    "Các doanh nghiệp chế biến trong tỉnh cam kết thu mua toàn bộ sản lượng cà phê đạt chuẩn với giá cao hơn giá thị "
    "trường từ 10 đến 15%, giúp nông dân yên tâm đầu tư chăm sóc vườn cây.",
    "Dự kiến đến cuối năm nay, vùng nguyên liệu đầu tiên sẽ được cấp mã số vùng trồng để phục vụ xuất khẩu sang các "
    "thị trường khó tính như Nhật Bản và châu Âu.",
]


def test_a_lost_images_caption_the_page_repeats_inside_the_story_is_listed_and_a_lone_one_stays_in_the_story():
    for caption in ["Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng.",
                    "Ông Trần Văn Hùng, Chủ tịch UBND huyện, thăm vườn cà phê.", "Hiện trường vụ cháy."]:
        twice = clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], caption, caption, *LONG_STORY[2:]]))
        assert twice.paragraphs == LONG_STORY and twice.captions == [caption], caption  # seed 002's two photos
        once = clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], caption, *LONG_STORY[2:]]))
        assert caption in once.paragraphs and not once.captions, caption  # it may be the story's: README, tried


def test_a_short_sentence_of_the_storys_narration_repeated_its_last_line_or_a_short_pages_line_is_no_caption():
    for line in ["Vụ việc đang được cơ quan chức năng điều tra.", "Tuy nhiên, nhiều hộ dân vẫn lo ngại.",
                 "Giá cà phê tăng 5% so với tháng trước.", '"Chúng tôi rất phấn khởi", ông Hùng nói.',
                 "Mẹ của anh Nam là người Ê Đê.", "Nhiều hộ dân vẫn chưa đồng ý.", "Chị H. bỏ sang nhà người thân.",
                 "Đồng thời, khai nhận toàn bộ sự việc.", "Giông sét thường xảy ra trong phạm vi hẹp.",
                 "Nạn nhân lập tức được đưa đi cấp cứu."]:
        article = clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], line, line, *LONG_STORY[2:]]))
        assert not article.captions, line  # a repeat goes, as no caption
    notice = "Nhận bản tin miễn phí mỗi sáng qua thư điện tử."  # the page's notice goes (by its words), as no caption
    article = clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], notice, notice, *LONG_STORY[2:]]))
    assert article.paragraphs == LONG_STORY and not article.captions
    caption = "Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng."  # after the story's last line: not inside it
    assert not clean("\n".join([TITLE, "12/04/2019", *LONG_STORY, caption, caption])).captions


@pytest.mark.parametrize("caption", [
    "2/6 Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng.",  # a gallery's counter and caption on one line
    "[Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng.]",  # an image's description, the image lost
    "Vị trí huyện Krông Năng trên bản đồ (chấm đỏ).",  # a map's caption
    "Mở rộng vùng trồng cà phê đặc sản - Ảnh minh họa",  # the title as an illustration's caption
    "Vùng trồng cà phê ở Krông Năng - hình ảnh ghi nhận ngày 2/4.",
    "Nương cà phê ở Krông Năng (ảnh chụp lúc 16:19)",
    "Hình ảnh ghi nhận tại huyện Krông Năng sáng 2/4.",
    "Huyện Krông Năng nhìn từ trên cao.",
    "Một góc huyện Krông Năng.",
    "Thị trấn Krông Năng những ngày này.",
    "Ông Trần Văn Hùng trao đổi với phóng viên.",
    "Ông Trần Văn Hùng tại buổi làm việc.",
    "Ông Trần Văn Hùng, Chủ tịch UBND huyện, chia sẻ với phóng viên về sự việc.",
    "Đồng chí Trần Văn Hùng phát biểu tại hội nghị",
    "Chị Lan kể lại sự việc.",
    "Anh Nam chia sẻ với Nông Nghiệp Cao Nguyên Online.",
    "Ông Trần Văn Hùng trao đổi với phóng viên Đài Krông Năng.",
    "Bà Lan trả lời phỏng vấn.",
    "Người dân chia sẻ với phóng viên tại huyện Krông Năng.",
    "Nông dân thu hoạch cà phê ở huyện Krông Năng. © Provided by Nông Nghiệp Online",
    "Photo caption: Ông Trần Văn Hùng.",
    "Trần Văn Hùng trả lời báo chí.",  # a full name opens a person's caption too
    "Clip người dân ghi lại sự việc.",
    "Camera an ninh ghi lại khoảnh khắc sự việc xảy ra.",
    "Ảnh: Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng.",  # a caption under its label
    "Illustration photo: Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng.",
    "자료사진: Nông dân thu hoạch cà phê trên nương ở huyện Krông Năng.",
    "Ông Trần Văn Hùng (thứ hai từ phải sang) kiểm tra vườn cà phê của hợp tác xã.",  # where he stands in the photo
    "Chủ tịch huyện Trần Văn Hùng (giữa) và nông dân Krông Năng.",
    "Bà Lan (bìa trái) tại buổi làm việc với hợp tác xã chiều 2/4.",
    "Phối cảnh nhà máy chế biến cà phê ở huyện Krông Năng.",  # a rendering's, a plan's, a map's caption
    "Sơ đồ vị trí vùng trồng cà phê đặc sản tại Krông Năng.",
    "Bản đồ quy hoạch vùng cà phê tại Krông Năng, tỷ lệ 1/2000.",
])
def test_a_caption_by_its_shape_inside_the_story_is_listed_and_the_story_is_whole(caption):
    article = clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], caption, *LONG_STORY[2:]]))
    assert article.paragraphs == LONG_STORY
    assert article.captions == [caption]


@pytest.mark.parametrize("line", [
    "Một góc nhìn khác cho rằng giá cà phê sẽ còn giảm trong năm tới.",
    "Ông Hùng cho biết đã trao đổi với phóng viên về kế hoạch này.",
    "Đó là ý kiến của các chuyên gia nông nghiệp khi trao đổi với Nông Nghiệp Online.",
    "Phóng viên đã có cuộc trò chuyện với Tuyết Nga.",
    "Khung cảnh tại các khu mua sắm năm nay không khả quan hơn năm trước.",
    "Ông Hùng cho biết sẽ trả lời phỏng vấn vào tuần sau khi có kết quả.",
    "Trần Văn Hùng cho biết đã trao đổi với phóng viên.",
    "Ông Hùng đã trao đổi với phóng viên.",
    "Video ghi lại cảnh nông dân thu hoạch cà phê được chia sẻ hàng nghìn lần trên mạng xã hội.",
    "Ông Trần Văn Hùng nói.",  # a name and a verb: narration, no portrait
    "Bản đồ vùng trồng được điều chỉnh lại cho sát với thực tế canh tác.",  # a map the story tells of
    "Mô phỏng của các chuyên gia cho thấy sản lượng cà phê sẽ giảm nếu hạn hán kéo dài.",
    "Sơ đồ này đã được tỉnh công bố để người dân góp ý trước ngày 30/4.",
])
def test_a_story_sentence_like_a_caption_stays_in_the_story(line):
    story = [*LONG_STORY[:2], line, *LONG_STORY[2:]]
    article = clean("\n".join([TITLE, "12/04/2019", *story]))
    assert article.paragraphs == story and not article.captions


def test_a_note_that_a_picture_illustrates_the_article_is_dropped():
    note = 'Ảnh minh họa cho bài viết "Mở rộng vùng trồng cà phê đặc sản trên cao nguyên"'
    assert clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], note, *LONG_STORY[2:]])).paragraphs == LONG_STORY


@pytest.mark.parametrize("portrait", ["Ông Hùng.", "Thầy Tuấn.", "Chị Lan."])
def test_a_portraits_caption_of_a_form_of_address_and_one_name_leaves_the_story(portrait):
    article = clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], portrait, *LONG_STORY[2:]]))
    assert article.paragraphs == LONG_STORY


def test_a_photo_credit_in_english_under_its_caption_is_a_credit():
    article = clean("\n".join([TITLE, "12/04/2019", *LONG_STORY[:2], "Photo caption: Nông dân thu hoạch cà phê ở Krông Năng.",
                               "Photo credit: Báo Nông Nghiệp", *LONG_STORY[2:]]))
    assert article.paragraphs == LONG_STORY and "Photo credit: Báo Nông Nghiệp" in article.credits


def test_a_sentence_worded_as_a_caption_over_a_photo_or_clip_credit_is_its_caption_whatever_follows():
    for credit in ("Ảnh: Thanh Sơn", "Nguồn: Internet", "Video: Hạ Tầng TV"):
        for after in ("Tin liên quan", "Bình luận (0)", STORY):
            assert photo_caption(make_lines([STORY, CAPTION, credit, after, STORY]), 1), (credit, after)
    assert not photo_caption(make_lines([STORY, CLOSING, "Ảnh: Thanh Sơn", "Tin liên quan", "Bình luận (0)"]), 1)
    entry = make_lines(["10:40", CAPTION, "Nguồn: Internet", "Tin liên quan", STORY])  # a live blog's entry, its stamp
    assert not photo_caption(entry, 1)
    source = "Kim ngạch xuất khẩu cà phê đạt 3 tỷ USD trong năm 2018."  # a figure over its source is the story's
    assert not photo_caption(make_lines([STORY, source, "Nguồn: Tổng cục Thống kê", STORY]), 1)
    page = clean("\n".join(["Mở rộng vùng trồng cà phê đặc sản", STORY, CAPTION, "Nguồn: Internet", "Tin liên quan",
                            STORY.replace("12/4", "13/4")]))
    assert CAPTION not in page.body and CAPTION in page.captions


@pytest.mark.parametrize("button", ["Phóng to", "🔍 Phóng to", "Click vào ảnh để xem kích thước lớn",
                                    "Nhấn vào ảnh để xem kích thước đầy đủ", "Bấm vào ảnh để phóng to"])
def test_an_images_zoom_button_marks_the_caption_under_it_and_a_sentence_the_story_tells_there_stays(button):
    """A zoom button stands where the image is: the short sentence under it is the photo's caption, but one that
    reports what someone says or opens with a place or a connective is the story going on under an image."""
    assert image_slot(make_lines([button])[0])
    assert photo_caption(make_lines([STORY, button, CAPTION, STORY]), 2)
    for told in ("Ông Tâm cho rằng giá cà phê sẽ còn tăng trong năm tới.",
                 "Tại huyện Krông Năng, nông dân đã trồng mới 300 ha cà phê."):
        assert not photo_caption(make_lines([STORY, button, told, STORY]), 2), told


def test_a_caption_naming_an_airline_or_the_air_is_worded_as_a_caption():
    """ "hàng không", "không khí": words, not the negation that narrates."""
    for caption in ("Máy bay của một hãng hàng không nội địa tại sân bay.", "Không khí lễ hội tại quảng trường tỉnh."):
        assert photo_caption(make_lines([STORY, caption, "Nguồn: Người dân cung cấp", STORY]), 1), caption
