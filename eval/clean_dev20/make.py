"""clean_test20: blind held-out scraped-page set for the page cleaner (issue 21).

Standard library only, seeded and deterministic.  Builds one synthetic scraped page per
usable VietNews train row in BODY_ROWS; other stories' headlines and teasers come only from
RELATED_ROWS (title and the first 1,200 characters of the article).

    python eval/clean_test20/make.py /work/shared/data/vietnews_train.jsonl.gz
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(13_300, 13_600)
RELATED_ROWS = range(15_600, 16_000)
RELATED_CUT = 1_200
SEED = 20_021
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "metro_daily",          # big national daily, full desktop chrome
    "province_weekly",      # provincial party paper, old CMS
    "tv_newsroom",          # TV station site with clips and programme grid
    "longread_magazine",    # magazine feature with author box and photo essay
    "football_hub",         # sports portal with score tickers
    "market_wire",          # finance portal with price board widgets
    "overseas_service",     # Vietnamese-language service of a foreign broadcaster
    "app_shareout",         # text shared out of a news-reader app
    "chat_forward",         # Zalo / Telegram group forward with reactions
    "engine_cache",         # search-engine cached copy
    "archive_capture",      # web-archive snapshot with toolbar text
    "cms_dump",             # CMS export with field labels
    "print_pdf",            # PDF-to-text of a printed page
    "reader_voice",         # accessibility / text-to-speech view
    "mobile_amp",           # lightweight mobile page with ad slots
    "forum_thread",         # forum / group repost with replies
    "mail_digest",          # e-mail newsletter
    "feed_aggregator",      # news aggregator landing copy
    "showbiz_portal",       # entertainment portal, many photos
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------------------------------
# word banks (written for this set)

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Tạ", "Quách")
MIDDLES = ("Văn", "Thị", "Minh", "Thanh", "Hữu", "Đức", "Ngọc", "Quang", "Thu", "Hoài",
           "Bảo", "Kim", "Xuân", "Trọng", "Mai", "Gia", "Phương")
GIVENS = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
          "Khánh", "Lan", "Linh", "Long", "Nam", "Nga", "Phong", "Quân", "Sơn", "Tâm",
          "Thảo", "Thắng", "Trang", "Tuấn", "Uyên", "Vy", "Yến", "Khoa", "Duy", "Nhi")
PROVINCES = ("Hà Giang", "Lào Cai", "Yên Bái", "Thái Nguyên", "Bắc Giang", "Quảng Ninh",
             "Hải Phòng", "Nam Định", "Ninh Bình", "Thanh Hoá", "Nghệ An", "Hà Tĩnh",
             "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam",
             "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hoà", "Gia Lai", "Đắk Lắk",
             "Lâm Đồng", "Bình Phước", "Đồng Nai", "Bình Dương", "Long An", "Tiền Giang",
             "Bến Tre", "Cần Thơ", "An Giang", "Kiên Giang", "Sóc Trăng", "Cà Mau")
OUTLETS = ("Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân Trí", "VietNamNet", "Zing News",
           "Lao Động", "Tiền Phong", "Người Lao Động", "Pháp Luật TP.HCM", "Sài Gòn Giải Phóng",
           "Nhân Dân", "Quân đội Nhân dân", "VOV", "VTV News", "TTXVN", "Vietnam+",
           "Báo Chính phủ", "Báo Giao thông", "Kinh tế & Đô thị", "An ninh Thủ đô",
           "Công an Nhân dân", "Người Đưa Tin", "Dân Việt", "Infonet", "VTC News",
           "Đời sống & Pháp luật", "Nông thôn Ngày nay", "Báo Đầu tư", "Tri thức trẻ")
FOREIGN = ("Reuters", "AFP", "AP", "Tân Hoa xã", "Kyodo", "Yonhap", "BBC", "CNN",
           "The Guardian", "Nikkei Asia", "Bloomberg", "Al Jazeera", "DPA", "Sputnik")
SECTIONS = ("Thời sự", "Xã hội", "Pháp luật", "Kinh doanh", "Thế giới", "Giáo dục",
            "Sức khoẻ", "Đời sống", "Giao thông", "Bạn đọc", "Địa phương", "Chính trị",
            "Môi trường", "Du lịch", "Công nghệ", "Văn hoá", "Thể thao", "Giải trí")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
COMMENTERS = ("Hoàng Nam", "minhtuan88", "Cô giáo Thảo", "Lê Văn Tám", "Bố Bin", "ThuHuong",
              "Người Sài Gòn", "Trần Khải", "bác Ba Phi", "Phượng Nguyễn", "Quang Huy (Vinh)",
              "ngocanh_92", "Dân Hà Tĩnh", "Tùng Lâm", "Mẹ Sóc", "Việt kiều Úc", "Nguyen Hai")
COMMENTS = (
    "Đề nghị cơ quan chức năng xử lý thật nghiêm, không thể để tình trạng này kéo dài mãi được.",
    "Đọc mà thấy xót xa quá, mong gia đình sớm vượt qua nỗi đau.",
    "Bài viết rất hay, cảm ơn phóng viên đã phản ánh kịp thời.",
    "Năm nào cũng nghe hứa, rồi đâu lại vào đấy.",
    "Ở quê tôi cũng y như vậy mà chẳng ai quan tâm.",
    "Sao không ghi rõ tên công ty ra để mọi người còn biết mà tránh?",
    "Cần làm rõ trách nhiệm của người đứng đầu địa phương.",
    "Tôi nghĩ báo nên đưa thêm ý kiến của phía bên kia cho khách quan.",
    "Chúc các chiến sĩ luôn mạnh khoẻ, nhân dân tin tưởng các anh.",
    "Thông tin này có chính xác không vậy, sáng nay tôi đi qua đó thấy bình thường mà?",
    "Hy vọng lần này sẽ làm đến nơi đến chốn.",
    "Giá mà có thêm bản đồ khu vực thì dễ hình dung hơn.",
    "Thương các cháu quá, người lớn phải có trách nhiệm hơn chứ.",
    "Like mạnh cho bài này!",
    "Ai ở gần khu đó cho hỏi giờ đường đã thông chưa ạ?",
)
ADS = (
    "Chỉ với 99.000 đồng mỗi tháng, bạn đã có thể sở hữu gói cước 4G không giới hạn dung lượng.",
    "Mua căn hộ ven sông chỉ từ 1,2 tỷ đồng, ngân hàng hỗ trợ vay đến 70% giá trị.",
    "Giảm ngay 50% học phí khoá tiếng Anh giao tiếp khi đăng ký trước ngày 30.",
    "Máy lọc nước ion kiềm chính hãng, bảo hành 5 năm, giao hàng miễn phí toàn quốc.",
    "Vay tiêu dùng tín chấp lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ.",
    "Sữa hạt dinh dưỡng cho người cao tuổi đang được ưu đãi mua 2 tặng 1.",
    "Tour Phú Quốc 3 ngày 2 đêm trọn gói chỉ 2.990.000 đồng, số lượng có hạn.",
    "Bảo hiểm sức khoẻ cho cả gia đình, phí chỉ từ 8.000 đồng mỗi ngày.",
    "Điều hoà tiết kiệm điện giảm sốc đến 40% duy nhất trong tuần này.",
    "Khám sức khoẻ tổng quát trọn gói tại nhà, đặt lịch ngay hôm nay để nhận ưu đãi.",
    "Nhận ngay 200.000 đồng vào ví khi mở tài khoản ngân hàng số lần đầu.",
    "Xe tay ga thế hệ mới, trả trước chỉ từ 5 triệu đồng, lãi suất 0%.",
)
TAGS = ("tai nạn giao thông", "hoả hoạn", "Công an", "tin nóng", "Quốc hội", "giáo dục",
        "thời tiết", "an toàn thực phẩm", "bất động sản", "đuối nước", "tham nhũng",
        "biển Đông", "BOT", "ngộ độc", "dịch tả lợn châu Phi", "tuyển sinh", "cháy nổ",
        "ô nhiễm môi trường", "lễ hội", "giải cứu", "nắng nóng", "bão lũ")
CAPTION_GENERIC = (
    "Lực lượng chức năng có mặt tại hiện trường vụ việc.",
    "Hiện trường nơi xảy ra sự việc.",
    "Người dân tập trung theo dõi sự việc.",
    "Khu vực xảy ra vụ việc được phong toả để phục vụ công tác điều tra.",
    "Quang cảnh buổi làm việc.",
    "Toàn cảnh hội nghị.",
    "Ảnh minh hoạ.",
    "Cơ quan chức năng đang làm rõ vụ việc.",
    "Các đại biểu tham dự buổi lễ.",
    "Phương tiện bị hư hỏng nặng sau va chạm.",
    "Người dân hoàn tất thủ tục tại bộ phận một cửa.",
    "Lãnh đạo địa phương thăm hỏi, động viên người dân.",
    "Nhiều tuyến đường ngập sâu sau trận mưa lớn.",
    "Cán bộ, chiến sĩ tham gia khắc phục hậu quả.",
    "Hình ảnh được người dân ghi lại.",
    "Cảnh sát giao thông hướng dẫn phương tiện lưu thông qua khu vực.",
    "Học sinh trong giờ học.",
    "Đoàn công tác kiểm tra thực tế tại địa phương.",
)
CAPTION_PLACE = (
    "Hiện trường vụ việc tại {p}.",
    "Một góc {p} nhìn từ trên cao.",
    "Người dân {p} chờ làm thủ tục sáng nay.",
    "Lực lượng chức năng {p} kiểm tra hiện trường chiều cùng ngày.",
    "Khu vực xảy ra sự việc ở {p} (ảnh chụp lúc 9h sáng).",
    "Cuộc sống của người dân {p} trở lại bình thường sau sự cố.",
    "Đại diện chính quyền {p} trao đổi với phóng viên.",
    "Toàn cảnh khu vực {p} trong ngày diễn ra sự kiện.",
)
CREDIT_PHOTO = ("Ảnh: {n}", "Ảnh: {o}", "Ảnh: CTV", "Ảnh: Internet", "Ảnh minh hoạ: {o}",
                "Ảnh: {f}", "Nguồn ảnh: {f}", "Ảnh: Người dân cung cấp", "Clip: {n}",
                "Đồ hoạ: {n}", "Thiết kế: {n}", "Ảnh: Cắt từ clip", "Video: {n} thực hiện",
                "Bản quyền hình ảnh {f}", "Ảnh: Tư liệu", "Ảnh: {n}/{o}")
CREDIT_SOURCE = ("Theo {o}", "Nguồn: {o}", "(Theo {o})", "Theo báo {o}", "Nguồn tin: {o}",
                 "Tổng hợp từ {o} và {o2}", "Lược dịch từ {f}", "Theo {f}", "Dịch: {n} (theo {f})",
                 "Bài viết được đăng tải lại từ {o}", "Nguồn: {o} - Đã được biên tập lại",
                 "Thông tin do {o} cung cấp", "Theo {o}/{f}", "{o} đưa tin")


def person(rng: random.Random, parts: int | None = None) -> str:
    parts = parts or rng.choice((2, 2, 3, 3, 3))
    if parts == 2:
        return f"{rng.choice(MIDDLES)} {rng.choice(GIVENS)}"
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


def byline(rng: random.Random, place: str) -> str:
    a, b = person(rng), person(rng)
    shapes = (
        a, a.upper(), f"{a} - {b}", f"Bài và ảnh: {a}", f"Phóng viên {a}",
        f"{a} (thực hiện)", f"Nhóm phóng viên {rng.choice(SECTIONS).lower()}", f"Tác giả: {a}",
        f"{a} | {rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}", f"{a} - {place}",
        f"Bài: {a} - Ảnh: {b}", f"{a}, {b}", f"{a[0]}.{a.split()[-1]}", f"Nhóm PV {place}",
        f"{a} (tổng hợp)", f"Viết bởi {a}", f"BTV {a}", f"{a} - {b} (ghi)",
        f"Phóng viên thường trú tại {place}", f"{a} – Phóng viên {rng.choice(OUTLETS)}",
        f"By {a}",
    )
    return rng.choice(shapes)


def credit(rng: random.Random, photo: bool | None = None) -> str:
    bank = CREDIT_PHOTO if (photo if photo is not None else rng.random() < 0.5) else CREDIT_SOURCE
    o, o2 = rng.sample(OUTLETS, 2)
    return rng.choice(bank).format(n=person(rng), o=o, o2=o2, f=rng.choice(FOREIGN))


TOPICS = (
    (("tai nạn", "va chạm", "tông", "lật", "đâm", "xe tải", "ô tô"), (
        "Hiện trường vụ tai nạn.", "Chiếc xe bị hư hỏng nặng sau cú va chạm.",
        "Cảnh sát giao thông đo đạc, khám nghiệm hiện trường.",
        "Giao thông qua khu vực ùn tắc nhiều giờ sau vụ tai nạn.",
        "Phương tiện được cẩu ra khỏi hiện trường để giải toả giao thông.")),
    (("cháy", "hoả hoạn", "bốc cháy", "lửa"), (
        "Ngọn lửa bốc cao, khói đen bao trùm cả khu vực.", "Lực lượng PCCC nỗ lực dập lửa.",
        "Hiện trường vụ cháy sau khi ngọn lửa được khống chế.",
        "Nhiều tài sản bị thiêu rụi trong đám cháy.")),
    (("công an", "bắt", "đối tượng", "bị can", "điều tra", "tạm giữ", "lừa đảo"), (
        "Đối tượng tại cơ quan công an.", "Tang vật vụ án bị thu giữ.",
        "Cơ quan điều tra làm việc với các đối tượng.",
        "Lực lượng công an khám nghiệm hiện trường.")),
    (("Quốc hội", "đại biểu", "Thủ tướng", "hội nghị", "UBND", "Chủ tịch", "Bộ trưởng"), (
        "Quang cảnh phiên họp.", "Đại biểu phát biểu tại hội trường.",
        "Toàn cảnh hội nghị.", "Các đại biểu bấm nút biểu quyết.",
        "Lãnh đạo tỉnh phát biểu chỉ đạo tại buổi làm việc.")),
    (("học sinh", "trường", "giáo viên", "thi", "tuyển sinh", "sinh viên"), (
        "Học sinh trong giờ học.", "Thí sinh làm thủ tục dự thi.", "Cổng trường nơi xảy ra sự việc.",
        "Phụ huynh đón con trước cổng trường.", "Giờ ra chơi của học sinh nhà trường.")),
    (("bão", "mưa", "thời tiết", "nắng", "lũ", "không khí lạnh", "hạn"), (
        "Vị trí và hướng di chuyển của bão.", "Người dân di chuyển khó khăn trong mưa lớn.",
        "Ảnh mây vệ tinh.", "Cánh đồng nứt nẻ vì nắng hạn kéo dài.",
        "Nhiều tuyến đường ngập sâu sau trận mưa lớn.")),
    (("giá", "tỷ đồng", "doanh nghiệp", "chứng khoán", "ngân hàng", "thu phí", "BOT"), (
        "Nhà đầu tư theo dõi bảng điện tử.", "Trạm thu phí giờ cao điểm.",
        "Người dân mua sắm tại siêu thị.", "Giao dịch tại một phòng giao dịch ngân hàng.")),
    (("bệnh viện", "ngộ độc", "bác sĩ", "sức khoẻ", "điều trị", "dịch"), (
        "Bệnh nhân được theo dõi tại bệnh viện.", "Các bác sĩ thăm khám cho người bệnh.",
        "Lực lượng y tế lấy mẫu xét nghiệm.", "Người nhà chờ tin bên ngoài phòng cấp cứu.")),
)


def topic_captions(title: str, article: str) -> tuple:
    low = (title + " " + article[:600])
    for keys, caps in TOPICS:
        if any(k in low for k in keys):
            return caps
    return CAPTION_GENERIC


def caption(rng: random.Random, place: str, related: list, topic: tuple = CAPTION_GENERIC,
            plain: bool = False) -> str:
    r = rng.random()
    if r < 0.45:
        s = rng.choice(topic)
    elif r < 0.7:
        s = rng.choice(CAPTION_PLACE).format(p=place)
    elif r < 0.78:
        s = rng.choice(CAPTION_GENERIC)
    elif r < 0.84 and related and not plain:
        s = rng.choice(("Ảnh minh hoạ cho bài: ", "Xem thêm ảnh: ")) + rng.choice(related)[0]
    else:
        s = rng.choice(topic)[:-1] + ". " + credit(rng, True) if rng.random() < 0.5 \
            else rng.choice(topic)[:-1] + " (Ảnh: " + person(rng) + ")"
    if not plain and rng.random() < 0.12:
        s = "Ảnh " + str(rng.randint(1, 12)) + ": " + s
    return s


def date_line(rng: random.Random, style: int) -> str:
    y, mo, d = rng.randint(2017, 2020), rng.randint(1, 12), rng.randint(1, 28)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    wd = WEEKDAYS[(d + mo * 3 + y) % 7]
    styles = (
        f"{wd}, {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} (GMT+7)",
        f"{d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}",
        f"Cập nhật: {h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}",
        f"{wd}, ngày {d} tháng {mo} năm {y}",
        f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
        f"Đăng lúc {h}h{mi:02d} | {d}/{mo}/{y}",
        f"{d} Tháng {mo}, {y}",
        f"{h:02d}:{mi:02d} {d}-{mo}-{y}",
    )
    return styles[style % len(styles)]


def related_line(rng: random.Random, rel: tuple[str, str], shape: int | None = None) -> str:
    title, teaser = rel
    shapes = (
        title, f"» {title}", f"- {title}", f"Xem thêm: {title}", f"Đọc thêm: {title}",
        f"{title} ({rng.randint(1, 28)}/{rng.randint(1, 12)})", f"► {title}",
        f"{title} - {rng.choice(OUTLETS)}", f"[Video] {title}", f"Tin liên quan: {title}",
        teaser, f"{title}: {teaser}", f"+ {title}", f"{rng.randint(1, 9)}. {title}",
        f"{title} | {rng.randint(2, 59)} phút trước",
    )
    if shape is None:
        shape = rng.randrange(len(shapes))
    return shapes[shape % len(shapes)]


def menu_line(rng: random.Random) -> str:
    secs = rng.sample(SECTIONS, rng.randint(5, 9))
    sep = rng.choice((" | ", "  ", " · ", " / ", " - "))
    return sep.join(["Trang chủ"] + secs) if rng.random() < 0.6 else sep.join(secs)


def breadcrumb(rng: random.Random, place: str) -> str:
    sep = rng.choice((" > ", " › ", " / ", " » "))
    sec = rng.choice(SECTIONS)
    parts = ["Trang chủ", sec]
    if rng.random() < 0.5:
        parts.append(rng.choice(("Hồ sơ - Điều tra", "Tin nóng", place, "Chuyện lạ", "Sự kiện")))
    return sep.join(parts)


def share_row(rng: random.Random) -> str:
    return rng.choice((
        "Chia sẻ  Facebook  Zalo  Twitter  In bài", "Thích 0 | Chia sẻ", "Share  Tweet  Pin",
        f"{rng.randint(1, 999)} lượt thích   {rng.randint(0, 120)} bình luận",
        "Gửi bài viết qua email", "Chia sẻ bài viết này qua Facebook, Zalo hoặc sao chép liên kết",
        "Lưu bài viết", "Facebook Zalo Sao chép link", "Like  Share  Gửi email  Bản in",
        f"Đã chia sẻ {rng.randint(10, 4000)} lần", "Theo dõi chúng tôi trên Google News",
        "Bấm quan tâm để nhận thông báo tin mới nhất",
    ))


def ad_lines(rng: random.Random) -> list[str]:
    out = []
    if rng.random() < 0.6:
        out.append(rng.choice(("Quảng cáo", "QUẢNG CÁO", "Advertisement", "Nội dung tài trợ",
                               "Tài trợ", "Ads by Admicro", "Thông tin quảng cáo")))
    out.append(rng.choice(ADS))
    if rng.random() < 0.4:
        out.append(rng.choice(("Xem ngay", "Đăng ký ngay", "Tìm hiểu thêm »", "Mua ngay",
                               "Liên hệ hotline 1900 6868", "Đặt hàng ngay hôm nay")))
    return out


def comment_lines(rng: random.Random, n: int) -> list[str]:
    out = [rng.choice((f"Bình luận ({n})", "Ý kiến bạn đọc", f"{n} bình luận", "BÌNH LUẬN",
                       "Ý kiến của bạn"))]
    for _ in range(n):
        who, what = rng.choice(COMMENTERS), rng.choice(COMMENTS)
        shape = rng.randrange(3)
        if shape == 0:
            out.append(f"{who}: {what}")
        elif shape == 1:
            out += [who, what]
        else:
            out += [what, f"{who} - {rng.randint(1, 23)} giờ trước"]
        if rng.random() < 0.5:
            out.append(rng.choice(("Trả lời · Thích", f"Thích ({rng.randint(1, 80)})  Trả lời",
                                   "Phản hồi", "Báo vi phạm")))
    if rng.random() < 0.5:
        out.append(rng.choice(("Xem thêm bình luận", "Gửi bình luận", "Đăng nhập để bình luận",
                               "Bình luận của bạn sẽ được biên tập trước khi đăng.")))
    return out


def tags_line(rng: random.Random) -> str:
    tg = rng.sample(TAGS, rng.randint(2, 5))
    return rng.choice(("Từ khoá: ", "Tags: ", "Chủ đề: ", "#", "Tag: ")) + \
        rng.choice((", ", " ", " #", " | ")).join(tg)


def footer_lines(rng: random.Random, site: str) -> list[str]:
    pool = [
        f"© {rng.randint(2016, 2021)} {site}. Bảo lưu mọi quyền.",
        "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
        f"Tổng biên tập: {person(rng, 3)}",
        "Toà soạn: Số 8 phố Lê Thánh Tông, quận Hoàn Kiếm, Hà Nội",
        "Điện thoại: 024 3825 1234 - Email: toasoan@baodientu.vn",
        "Liên hệ quảng cáo: 0912 345 678",
        "Không được sao chép khi chưa có sự đồng ý bằng văn bản của toà soạn.",
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        "Về đầu trang", "Điều khoản sử dụng | Chính sách bảo mật", "RSS  |  Liên hệ  |  Đặt báo",
        "Chịu trách nhiệm nội dung: Phó Tổng biên tập " + person(rng, 3),
    ]
    return rng.sample(pool, rng.randint(2, 5))


def misc_widget(rng: random.Random, place: str) -> str:
    return rng.choice((
        f"{rng.randint(120, 98000):,} lượt xem".replace(",", "."), "Tin nóng", "Đọc nhiều",
        "Cỡ chữ  A-  A  A+", "In bài", "Nghe đọc bài", "Tải ứng dụng để đọc báo nhanh hơn",
        f"Thời tiết {place}: {rng.randint(18, 37)}°C, có mây", "Đăng nhập | Đăng ký",
        "Bạn có đang gặp khó khăn? Gửi thông tin cho đường dây nóng 0966 123 456",
        "Mời bạn đọc gửi tin bài, phản ánh về địa chỉ email của toà soạn.",
        "Bài viết có hữu ích với bạn không?  Có  Không",
        f"Tỷ giá USD: {rng.randint(23100, 23300)} | Vàng SJC: {rng.randint(36, 56)},{rng.randint(10, 90)} triệu",
        "Theo dõi", "Mới nhất", "Xem nhiều nhất", "Tiếp tục đọc", "Đóng", "Quay lại",
        "Bài viết chưa được đánh giá", f"{rng.randint(2, 9)} phút đọc",
        "Bài viết đang được cập nhật.", "Nội dung này chỉ dành cho thành viên đã đăng nhập.",
        "Trình duyệt của bạn không hỗ trợ phát video.", "Bạn đang đọc bản tin miễn phí.",
        "Tin nhanh: Cập nhật diễn biến mới nhất liên tục trong ngày",
        f"Cập nhật lúc {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
    ))


# ---------------------------------------------------------------------------------------
# story text

ABBR = {"TP", "Tp", "P", "Q", "TX", "TT", "ThS", "TS", "PGS", "GS", "BS", "Th", "St", "Mr",
        "Mrs", "Dr", "Ths", "Ts", "Bs", "NXB", "tr", "Ô", "Bà", "ĐH", "PGS.TS", "GS.TS", "v.v"}
SENT_END = re.compile(r"([.!?…]+)(\s?”)?(\s+)")
MARKER = re.compile(r"^(Xem thêm(?: clip)?|Clip|Video|VIDEO|Ảnh|Đọc thêm)\s*:")


def split_sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in SENT_END.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘(*"):
            continue
        if nxt == '"':
            after = text[m.end() + 1:].lstrip()[:1]
            if not after or not (after.isupper() or after.isdigit()):
                continue            # a closing quote: the sentence goes on
        words = text[start:m.start()].split()
        last = words[-1].lstrip("(“\"") if words else ""
        if m.group(1) == "." and (last in ABBR or (len(last) == 1 and last.isupper())
                                  or re.fullmatch(r"(?:[A-ZĐ]\.)*[A-ZĐ]", last)):
            continue
        piece = text[start:m.start(3)].strip()
        if piece:
            out.append(piece)
        start = m.end()
    piece = text[start:].strip()
    if piece:
        out.append(piece)
    return out


def _cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok in ("-", "–")) and not tok[-1] in ".!?:,;"


def peel_trailers(article: str) -> tuple[str, list[tuple[str, str]]]:
    """Split bylines, credits and promo lines glued to the end of a VietNews article."""
    a = article.strip()
    found: list[tuple[str, str]] = []
    ends = ".!?…”\":"
    for _ in range(8):
        a = a.rstrip()
        m = re.search(r"\s(Theo (?:báo |Báo )?[\w.\-& ]{2,28})$", a)
        if m and a[:m.start()].rstrip()[-1:] in ends and "," not in m.group(1) \
                and len(m.group(1).split()) <= 5:
            found.insert(0, ("credit", m.group(1)))
            a = a[:m.start()]
            continue
        m = re.search(r"\s(\w+ \w+) (Thiết kế: [\w ]+)$", a)
        if m and m.group(1)[0].isupper():
            found[:0] = [("byline", m.group(1)), ("credit", m.group(2))]
            a = a[:m.start()]
            continue
        m = re.search(r"\((?:[Tt]ổng hợp|t\s*/\s*h|TH)\)$", a)
        if m:
            toks = a[:m.start()].split()
            k = 0
            while k < 4 and k < len(toks) and _cap(toks[-1 - k]):
                k += 1
            if k:
                name_start = len(a[:m.start()].rstrip())
                for t in reversed(toks[-k:]):
                    name_start = a.rfind(t, 0, name_start)
                found.insert(0, ("byline", a[name_start:]))
                a = a[:name_start]
                continue
        m = re.search(r"\s(Nhóm (?:PV|phóng viên)(?: [A-ZĐ]\w*(?: \w+)?)?)$", a)
        if m and a[:m.start()].rstrip()[-1:] in ends:
            found.insert(0, ("byline", m.group(1)))
            a = a[:m.start()]
            continue
        cut = -1
        for m in re.finditer(r"(?<=[.!?…”\"])\s+(?=(?:Xem thêm(?: clip)?|Clip|Video|VIDEO)\s*[:>])", a):
            cut = m.end()
        if cut > 0 and len(a) - cut <= 220 and not re.search(r"[.!?]\s+[A-ZĐ]", a[cut:]):
            seg = a[cut:]
            found.insert(0, ("related" if seg.startswith("Xem") else "caption", seg))
            a = a[:cut]
            continue
        m = re.search(r"(?<=[.!?…”\"])\s+((?:Video|Clip) [^.!?:]{3,80}\.)$", a)
        if m:
            found.insert(0, ("caption", m.group(1)))
            a = a[:m.start()]
            continue
        last = None
        for last in re.finditer(r"(?<=[.!?…”\"])\s+", a):
            pass
        tail = a[last.end():] if last else ""
        if tail and len(tail.split()) <= 7 and all(_cap(t) for t in tail.split()) \
                and len(tail) <= 45:
            found.insert(0, ("byline", tail))
            a = a[:last.start()]
            continue
        break
    return a.strip(), found


def story_units(article: str) -> tuple[list, int]:
    """Units: ("s", sentence) or (kind, furniture line).  Returns units and dropped count."""
    core, trailers = peel_trailers(article)
    units: list = []
    dropped = 0
    for s in split_sentences(core):
        if MARKER.match(s) or re.match(r"^(Clip|Video) ", s):
            if len(s.split()) <= 24:
                units.append(("related" if s.startswith(("Xem", "Đọc")) else "caption", s))
            else:
                dropped += 1        # promo glued to the next sentence: left out of the page
            continue
        units.append(("s", s))
    return units + trailers, dropped


def place_of(title: str, article: str, rng: random.Random) -> tuple[str, str]:
    """(place, province): the first place named in the story, and its province."""
    article = unicodedata.normalize("NFC", article)
    pat = r"(?:{}) ([A-ZĐ]\w*(?: [A-ZĐ]\w*){{0,2}})"
    m = re.search(pat.format(r"tỉnh|TP\.|thành phố|huyện|quận|thị xã"), article)
    prov = re.search(pat.format(r"tỉnh|TP\.|thành phố"), article)
    prov_name = prov.group(1) if prov else rng.choice(PROVINCES)
    return (m.group(1) if m else prov_name), prov_name


# ---------------------------------------------------------------------------------------
# faults

def _inner_spaces(s: str) -> list[int]:
    return [i for i, c in enumerate(s) if c == " " and 0 < i < len(s) - 1
            and s[i - 1] != " " and s[i + 1] != " "]


def fault_sentence(s: str, kind: str, rng: random.Random) -> str:
    sp = _inner_spaces(s)
    if kind in ("nbsp", "dspace") and sp:
        picks = sorted(rng.sample(sp, min(len(sp), rng.randint(1, 3))), reverse=True)
        for i in picks:
            s = s[:i] + ("\u00a0" if kind == "nbsp" else "  ") + s[i + 1:]
    elif kind == "zwsp":
        inner = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i - 1].isalpha()]
        for i in sorted(rng.sample(inner, min(len(inner), rng.randint(1, 2))), reverse=True):
            s = s[:i] + rng.choice(("\u200b", "\u200c", "\ufeff")) + s[i:]
    return s


# ---------------------------------------------------------------------------------------
# page assembly

@dataclass
class Ctx:
    rng: random.Random
    title: str
    place: str
    site: str
    related: list
    units: list
    k: int
    prov: str = ""
    topic: tuple = CAPTION_GENERIC
    lines: list = field(default_factory=list)   # (label, str | list[str])

    def add(self, kind: str, line: str) -> None:
        line = " ".join(line.split("\n")).strip()
        if line:
            self.lines.append((kind, line))

    def addmany(self, kind: str, lines: list[str]) -> None:
        for x in lines:
            self.add(kind, x)

    def rel(self, n: int) -> list:
        return self.rng.sample(self.related, min(n, len(self.related)))


def paragraphs(ctx: Ctx, lo: int, hi: int) -> list:
    """Group story units into blocks: ("p", [sentences]) or (kind, line)."""
    blocks, cur = [], []
    size = ctx.rng.randint(lo, hi)
    for u in ctx.units:
        if u[0] == "s":
            cur.append(u[1])
            if len(cur) >= size:
                blocks.append(("p", cur))
                cur, size = [], ctx.rng.randint(lo, hi)
        else:
            if cur:
                blocks.append(("p", cur))
                cur = []
            blocks.append(u)
    if cur:
        blocks.append(("p", cur))
    return blocks


def emit_story(ctx: Ctx, lo: int, hi: int, mid, every: float = 0.3, first_gap: int = 1) -> None:
    """Write paragraphs; after a paragraph, with probability `every`, call mid(ctx)."""
    blocks = paragraphs(ctx, lo, hi)
    np_ = sum(1 for b in blocks if b[0] == "p")
    seen = 0
    for b in blocks:
        if b[0] == "p":
            ctx.lines.append(("body", b[1]))
            seen += 1
            if mid and seen >= first_gap and seen < np_ and ctx.rng.random() < every:
                mid(ctx)
        else:
            ctx.add(b[0], b[1])


def photo(ctx: Ctx) -> None:
    r = ctx.rng
    if r.random() < 0.3:
        ctx.add("widget", r.choice(("[Ảnh]", "Phóng to", "Xem ảnh", "(Ảnh)", "[image]", "🖼")))
    ctx.add("caption", caption(r, ctx.place, ctx.related, ctx.topic))
    if r.random() < 0.35:
        ctx.add("credit", credit(r, True))


def inline_related(ctx: Ctx) -> None:
    r = ctx.rng
    n = r.choice((1, 1, 2, 3))
    if n > 1 or r.random() < 0.5:
        ctx.add("widget", r.choice(("Tin liên quan", "TIN LIÊN QUAN", "Có thể bạn quan tâm",
                                    "Đọc thêm", "Bài liên quan", "Cùng chủ đề")))
    shape = r.randrange(15)
    for rel in ctx.rel(n):
        ctx.add("related", related_line(r, rel, shape))


def mid_mix(ctx: Ctx) -> None:
    x = ctx.rng.random()
    if x < 0.45:
        photo(ctx)
    elif x < 0.75:
        inline_related(ctx)
    else:
        ctx.addmany("widget", ad_lines(ctx.rng))


def bottom_related(ctx: Ctx, n: int, head: str | None = None) -> None:
    r = ctx.rng
    ctx.add("widget", head or r.choice(("Tin cùng chuyên mục", "TIN KHÁC", "Bài viết liên quan",
                                        "Có thể bạn quan tâm", "Xem thêm", "Tin mới nhất",
                                        "Đừng bỏ lỡ", "Đọc nhiều nhất")))
    shape = r.randrange(15)
    for rel in ctx.rel(n):
        ctx.add("related", related_line(r, rel, shape))
        if r.random() < 0.2:
            ctx.add("widget", f"{r.randint(1, 23)} giờ trước")


# ----- layouts --------------------------------------------------------------------------

def lay_metro_daily(c: Ctx) -> None:
    r = c.rng
    c.add("widget", menu_line(r))
    c.add("widget", r.choice(("Đăng nhập", "Đăng nhập / Đăng ký", "Tìm kiếm", "E-paper")))
    c.add("widget", breadcrumb(r, c.place))
    c.add("title", c.title)
    c.add("date", date_line(r, 0))
    c.add("widget", share_row(r))
    if r.random() < 0.5:
        c.add("widget", misc_widget(r, c.place))
    emit_story(c, 1, 3, mid_mix, 0.35)
    c.add("byline", byline(r, c.place))
    c.add("widget", tags_line(r))
    c.add("widget", share_row(r))
    if r.random() < 0.6:
        c.addmany("widget", comment_lines(r, r.randint(1, 3)))
    bottom_related(c, r.randint(3, 6))
    c.add("site", c.site)
    c.addmany("widget", footer_lines(r, c.site))


def lay_province_weekly(c: Ctx) -> None:
    r = c.rng
    c.add("site", c.site)
    c.add("widget", r.choice(("Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh " + c.prov,
                              "Cơ quan ngôn luận của Tỉnh uỷ " + c.prov)))
    c.add("widget", menu_line(r))
    c.add("widget", f"{WEEKDAYS[r.randrange(7)]} | Thời tiết: {r.randint(20, 35)}°C")
    c.add("title", c.title)
    c.add("date", date_line(r, 2))
    c.add("widget", f"Lượt xem: {r.randint(30, 5000)}")
    emit_story(c, 1, 2, photo, 0.3)
    c.add("byline", byline(r, c.place).upper())
    if r.random() < 0.5:
        c.add("credit", credit(r, False))
    c.add("widget", "Các tin khác")
    for rel in c.rel(r.randint(4, 8)):
        c.add("related", f"- {rel[0]} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2020)})")
    c.addmany("widget", footer_lines(r, c.site))
    c.add("widget", f"Số lượt truy cập: {r.randint(100000, 9999999)}")


def lay_tv_newsroom(c: Ctx) -> None:
    r = c.rng
    c.add("widget", r.choice(("TRỰC TIẾP", "Xem trực tiếp", "LIVE")) + " " +
          r.choice(("VTV1", "Kênh 1", "THVL1", "HTV9", "ĐNRTV1", "QTV")))
    c.add("widget", menu_line(r))
    c.add("title", c.title)
    c.add("widget", r.choice(("▶ 02:14", "Video 01:47", "00:00 / 03:26", "Xem video")))
    c.add("caption", r.choice(("Video: ", "Clip: ", "▶ ")) + c.title if r.random() < 0.4
          else rng_caption_tv(r, c))
    c.add("date", date_line(r, 1))
    c.add("site", c.site)
    emit_story(c, 1, 3, photo, 0.25)
    c.add("byline", r.choice(("BTV ", "PV ", "Nhóm PV ", "")) + person(r))
    c.add("credit", r.choice(("Quay phim: ", "Dựng: ", "Kỹ thuật: ", "Biên tập: ")) + person(r))
    c.add("widget", "Lịch phát sóng")
    for _ in range(r.randint(2, 4)):
        c.add("widget", f"{r.randint(5, 23):02d}:{r.choice(('00', '15', '30', '45'))} " +
              r.choice(("Thời sự", "Chào buổi sáng", "Bản tin tài chính", "Phim truyện",
                        "Thể thao 24/7", "Chuyển động 24h", "Dự báo thời tiết", "Góc nhìn")))
    bottom_related(c, r.randint(3, 5), r.choice(("Video khác", "VIDEO MỚI", "Xem thêm video")))


def rng_caption_tv(r: random.Random, c: Ctx) -> str:
    return r.choice(("Phóng sự: ", "Bản tin: ", "")) + r.choice(CAPTION_PLACE).format(p=c.place)


def lay_longread_magazine(c: Ctx) -> None:
    r = c.rng
    c.add("site", c.site)
    c.add("widget", r.choice(("Tạp chí", "Chuyên đề", "Phóng sự ảnh", "Emagazine", "Longform")))
    c.add("title", c.title)
    a, b = person(r), person(r)
    c.add("byline", r.choice((f"Bài: {a}", f"Nội dung: {a}", f"Thực hiện: {a}")))
    c.add("credit", r.choice((f"Ảnh: {b}", f"Thiết kế: {b}", f"Đồ hoạ: {b}", f"Ảnh và video: {b}")))
    c.add("date", date_line(r, 3))
    c.add("widget", f"{r.randint(4, 15)} phút đọc")
    photo(c)
    emit_story(c, 2, 4, photo, 0.45)
    c.add("widget", "Về tác giả")
    c.add("widget", f"{a} là phóng viên mảng {r.choice(SECTIONS).lower()}, "
                    f"đã có {r.randint(3, 15)} năm gắn bó với tạp chí.")
    c.add("widget", r.choice(("Bài viết thể hiện quan điểm riêng của tác giả.",
                              "Bạn nghĩ gì về vấn đề này? Hãy chia sẻ ý kiến bên dưới.")))
    bottom_related(c, r.randint(2, 4))


def lay_football_hub(c: Ctx) -> None:
    r = c.rng
    teams = ("Hà Nội FC", "HAGL", "Viettel", "SLNA", "Than Quảng Ninh", "B.Bình Dương",
             "Sài Gòn FC", "SHB Đà Nẵng", "Nam Định", "Hải Phòng", "Man Utd", "Liverpool")
    c.add("site", c.site)
    c.add("widget", "Bóng đá  V-League  Ngoại hạng Anh  Quần vợt  Esports  Lịch thi đấu")
    t1, t2 = r.sample(teams, 2)
    c.add("widget", f"{t1} {r.randint(0, 4)} - {r.randint(0, 4)} {t2}  (KT)")
    c.add("widget", r.choice(("Kết quả", "Bảng xếp hạng", "Tỷ lệ", "Livescore")))
    c.add("title", c.title)
    c.add("date", date_line(r, 5))
    c.add("byline", byline(r, c.place))
    emit_story(c, 1, 2, mid_mix, 0.3)
    c.add("widget", "Bảng xếp hạng")
    for i in range(r.randint(2, 4)):
        c.add("widget", f"{i + 1}. {r.choice(teams)}  {r.randint(10, 30)} trận  {r.randint(15, 60)} điểm")
    c.add("widget", r.choice(("Bạn dự đoán đội nào vô địch?", "Bình chọn cầu thủ xuất sắc nhất trận")))
    c.add("widget", f"Đã có {r.randint(50, 9000)} lượt bình chọn")
    bottom_related(c, r.randint(3, 5))


def lay_market_wire(c: Ctx) -> None:
    r = c.rng
    c.add("widget", f"VN-Index {r.randint(850, 1200)},{r.randint(10, 99)} "
                    f"{r.choice(('▲', '▼'))} {r.randint(0, 20)},{r.randint(10, 99)} ({r.randint(0, 2)},{r.randint(10, 99)}%)")
    c.add("widget", f"HNX-Index {r.randint(90, 130)},{r.randint(10, 99)}   UPCoM {r.randint(50, 60)},{r.randint(10, 99)}")
    c.add("widget", menu_line(r))
    c.add("site", c.site)
    c.add("title", c.title)
    c.add("date", date_line(r, 1))
    emit_story(c, 1, 3, mid_mix, 0.3)
    c.add("credit", credit(r, False) if r.random() < 0.6 else "Theo " + r.choice(FOREIGN))
    c.add("byline", byline(r, c.place))
    c.add("widget", "Giá vàng hôm nay")
    c.add("widget", f"SJC Hà Nội  Mua {r.randint(36, 56)}.{r.randint(100, 900)}  Bán {r.randint(36, 56)}.{r.randint(100, 900)}")
    c.add("widget", r.choice(("Thông tin chỉ mang tính tham khảo, không phải khuyến nghị đầu tư.",
                              "Nhà đầu tư tự chịu trách nhiệm với quyết định của mình.")))
    bottom_related(c, r.randint(3, 6), r.choice(("Tin doanh nghiệp", "Tài chính - Ngân hàng", "Tin mới")))


def lay_overseas_service(c: Ctx) -> None:
    r = c.rng
    c.add("widget", "Chuyển đến nội dung chính")
    c.add("site", c.site)
    c.add("widget", "Tin chính  Việt Nam  Thế giới  Video  Chuyên mục  Nghe")
    c.add("title", c.title)
    c.add("date", date_line(r, 6))
    c.add("widget", "Chia sẻ bài viết này với Email  Facebook  Messenger  Twitter")
    c.add("widget", "Nguồn hình ảnh, " + r.choice(FOREIGN + ("Getty Images", "EPA")))
    c.add("caption", "Chú thích hình ảnh, " + caption(r, c.place, c.related, c.topic, True))
    emit_story(c, 1, 2, overseas_mid, 0.3)
    if r.random() < 0.5:
        c.add("credit", r.choice(("Bài viết có sử dụng thông tin từ ", "Tham khảo: ")) +
              f"{r.choice(OUTLETS)}, {r.choice(FOREIGN)}")
    c.add("widget", "Chủ đề liên quan")
    c.add("widget", tags_line(r))
    bottom_related(c, r.randint(2, 4), "Tin liên quan")
    c.add("widget", r.choice(("Đọc về cách tiếp cận của chúng tôi đối với việc dẫn link bên ngoài.",
                              "Chúng tôi không chịu trách nhiệm về nội dung của các trang bên ngoài.")))
    c.add("widget", f"© {r.randint(2018, 2021)} {c.site}")


def overseas_mid(c: Ctx) -> None:
    r = c.rng
    if r.random() < 0.5:
        c.add("widget", "Nguồn hình ảnh, " + r.choice(FOREIGN))
        c.add("caption", "Chú thích hình ảnh, " + caption(r, c.place, c.related, c.topic, True))
    else:
        c.add("widget", "Bỏ qua Podcast và tiếp tục đọc")
        c.add("widget", r.choice(("Podcast thời sự", "Nghe bản tin tối", "Tạp chí âm thanh")))
        c.add("widget", "Kết thúc Podcast")


def lay_app_shareout(c: Ctx) -> None:
    r = c.rng
    app = r.choice(("Báo Mới", "Tin Nhanh 24h", "Đọc Báo VN", "NewsNow", "Tin tức Việt"))
    c.add("title", c.title)
    c.add("credit", f"{r.choice(OUTLETS)} · {r.randint(1, 23)} giờ")
    emit_story(c, 2, 4, None)
    c.add("widget", r.choice((f"Đọc bài này trên ứng dụng {app}", f"Được chia sẻ từ ứng dụng {app}",
                              f"Gửi từ {app} cho iPhone", f"Tải {app} để đọc tin nhanh, tiết kiệm 3G")))
    c.add("widget", r.choice(("https://baomoi.vn/c/", "https://tinnhanh.app.link/", "https://doc.bao/s/")) +
          "".join(r.choice("abcdefghkmnpqrstuvxyz23456789") for _ in range(8)))
    if r.random() < 0.5:
        c.add("widget", "Mở trong ứng dụng")


def lay_chat_forward(c: Ctx) -> None:
    r = c.rng
    group = r.choice(("Hội phụ huynh lớp 5A", "Cựu chiến binh phường 7", "Tin nóng " + c.place,
                      "Anh em công trình", "Gia đình mình ❤️", "Hội đồng hương " + c.place))
    c.add("widget", r.choice((f"[Chuyển tiếp từ {group}]", f"Forwarded from {group}",
                              f"Tin nhắn được chuyển tiếp", f"{person(r)} đã chia sẻ")))
    c.add("widget", r.choice(("🔥🔥 TIN NÓNG", "‼️ Mọi người đọc nhé", "📢 Chia sẻ để mọi người cùng biết",
                              "Đọc đi các bác 👇")))
    c.add("title", c.title)
    emit_story(c, 2, 5, chat_mid, 0.15)
    c.add("credit", r.choice(("Nguồn: ", "Nguồn bài: ", "Copy từ ", "Theo ")) + r.choice(OUTLETS))
    c.add("date", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    c.add("widget", r.choice(("👍 12  ❤️ 3  😢 5", "Đã xem", "✓✓", f"👁 {r.randint(10, 900)}",
                              "Đã xem bởi 14")))
    for _ in range(r.randint(1, 3)):
        c.add("widget", f"{r.choice(COMMENTERS)}: {r.choice(COMMENTS)}")
    if r.random() < 0.4:
        c.add("widget", r.choice(("Trả lời", "Bày tỏ cảm xúc", "Ghim tin nhắn")))


def chat_mid(c: Ctx) -> None:
    c.add("widget", c.rng.choice(("[Hình ảnh]", "[Ảnh]", "📷 Ảnh", "[Sticker]", "[Video]")))


def lay_engine_cache(c: Ctx) -> None:
    r = c.rng
    url = f"https://{r.choice(('baomoi', 'tinmoi24', 'thoisu', 'nongtrongngay'))}.vn/{r.randint(100000, 999999)}.html"
    c.add("widget", f"Đây là bộ nhớ cache của {url}.")
    c.add("widget", f"Đây là ảnh chụp nhanh của trang vào {r.randint(1, 28)} thg {r.randint(1, 12)} "
                    f"{r.randint(2018, 2021)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} GMT.")
    c.add("widget", "Trang hiện tại có thể đã thay đổi trong thời gian chờ. Tìm hiểu thêm.")
    c.add("widget", "Phiên bản đầy đủ  Phiên bản chỉ có văn bản  Xem nguồn")
    c.add("widget", "Mẹo: Để nhanh chóng tìm cụm từ tìm kiếm trên trang này, nhấn Ctrl+F hoặc ⌘-F (Mac) và sử dụng thanh tìm kiếm.")
    c.add("site", c.site)
    c.add("widget", menu_line(r))
    c.add("title", c.title)
    c.add("date", date_line(r, 4))
    c.add("widget", misc_widget(r, c.place))
    emit_story(c, 1, 3, mid_mix, 0.3)
    c.add("byline", byline(r, c.place))
    if r.random() < 0.5:
        c.add("widget", r.choice(("Bình chọn: Bạn có đồng tình với đề xuất này?",
                                  "Khảo sát: Bạn đánh giá thế nào về bài viết?")))
        c.add("widget", r.choice(("Đồng ý  Không đồng ý  Ý kiến khác", "Rất hữu ích  Bình thường  Không hữu ích")))
        c.add("widget", f"{r.randint(30, 5000)} người đã bình chọn")
    bottom_related(c, r.randint(2, 5))
    c.addmany("widget", footer_lines(r, c.site))


def lay_archive_capture(c: Ctx) -> None:
    r = c.rng
    y = r.randint(2018, 2021)
    c.add("widget", f"The Wayback Machine - https://web.archive.org/web/{y}0{r.randint(1, 9)}{r.randint(10, 28)}"
                    f"{r.randint(100000, 235959)}/https://{r.choice(('www', 'm'))}.baodientu.vn/bai-viet-{r.randint(1000, 99999)}.html")
    c.add("widget", f"{r.randint(2, 90)} captures")
    c.add("widget", f"{r.randint(1, 28)} Th{r.randint(1, 12)} {y} - {r.randint(1, 28)} Th{r.randint(1, 12)} {y + 1}")
    c.add("widget", "Collapse  About this capture")
    c.add("site", c.site)
    c.add("widget", breadcrumb(r, c.place))
    c.add("title", c.title)
    c.add("date", date_line(r, 0))
    emit_story(c, 1, 3, photo, 0.3)
    c.add("byline", byline(r, c.place))
    c.add("widget", misc_widget(r, c.place))
    bottom_related(c, r.randint(3, 5))
    c.add("widget", r.choice(("Loading...", "Đang tải...", "Không thể tải nội dung.")))


def lay_cms_dump(c: Ctx) -> None:
    r = c.rng
    c.add("widget", f"ID: {r.randint(10000, 999999)}")
    c.add("title", "Tiêu đề: " + c.title)
    c.add("widget", "Chuyên mục: " + r.choice(SECTIONS))
    c.add("byline", "Tác giả: " + person(r))
    c.add("widget", f"Người duyệt: {person(r)} | Trạng thái: " + r.choice(("Đã xuất bản", "Chờ duyệt", "published")))
    c.add("date", "Ngày xuất bản: " + date_line(r, 4))
    c.add("widget", "Ngày sửa: " + date_line(r, 1))
    c.add("widget", f"Lượt xem: {r.randint(0, 50000)}")
    c.add("widget", "Nội dung:")
    emit_story(c, 1, 3, cms_mid, 0.3)
    c.add("widget", "Từ khoá SEO: " + ", ".join(r.sample(TAGS, 3)))
    c.add("widget", "Tin liên quan (ID): " + ", ".join(str(r.randint(10000, 99999)) for _ in range(3)))
    for rel in c.rel(r.randint(1, 3)):
        c.add("related", "Bài gợi ý: " + rel[0])
    c.add("widget", "Nguồn: " + c.site)


def cms_mid(c: Ctx) -> None:
    r = c.rng
    c.add("widget", f"[image id={r.randint(1000, 99999)} align=center]")
    c.add("caption", caption(r, c.place, c.related, c.topic))
    c.add("widget", "[/image]")


def lay_print_pdf(c: Ctx) -> None:
    r = c.rng
    no = r.randint(10, 380)
    head = f"{c.site.upper()} SỐ {no} - {date_line(r, 3).upper()}"
    c.add("site", c.site.upper())
    c.add("widget", head)
    c.add("widget", f"Trang {r.randint(2, 16)}")
    c.add("widget", r.choice(SECTIONS).upper())
    c.add("title", c.title.upper() if r.random() < 0.5 else c.title)
    c.add("byline", byline(r, c.place).upper())
    emit_story(c, 1, 3, pdf_mid, 0.35)
    c.add("widget", f"(Xem tiếp trang {r.randint(3, 20)})" if r.random() < 0.3 else "■")
    c.add("widget", f"{r.randint(2, 24)} | {c.site}")
    c.add("related", r.choice(("Đón đọc: ", "Trong số này: ", "Số tới: ")) + c.rel(1)[0][0])


def pdf_mid(c: Ctx) -> None:
    r = c.rng
    x = r.random()
    if x < 0.4:
        c.add("widget", f"{c.site.upper()} - {r.choice(SECTIONS).upper()}")
        c.add("widget", str(r.randint(2, 24)))
    elif x < 0.7:
        c.add("caption", r.choice(("Ảnh: ", "▲ ", "Trong ảnh: ", "")) +
              r.choice(c.topic))
    else:
        c.add("widget", r.choice(("(Tiếp theo trang 1)", "(Tiếp theo kỳ trước)", "Kỳ 2")))


def lay_reader_voice(c: Ctx) -> None:
    r = c.rng
    c.add("widget", "Bỏ qua điều hướng")
    c.add("widget", "Chế độ đọc  Tương phản cao  Cỡ chữ A- A A+")
    c.add("site", c.site)
    c.add("title", c.title)
    c.add("date", date_line(r, 2))
    c.add("widget", "Nghe bài viết")
    c.add("widget", f"00:00 / {r.randint(1, 9):02d}:{r.randint(0, 59):02d}")
    c.add("widget", r.choice(("Giọng nữ miền Bắc", "Giọng nam miền Nam", "Giọng đọc: Ban Mai")) + "  Tốc độ 1x")
    emit_story(c, 1, 2, voice_mid, 0.3)
    c.add("byline", byline(r, c.place))
    c.add("widget", "Kết thúc bài viết. Nhấn phím Tab để tới phần liên kết tiếp theo.")
    bottom_related(c, r.randint(2, 4), "Danh sách bài viết liên quan")


def voice_mid(c: Ctx) -> None:
    r = c.rng
    c.add("widget", "Hình ảnh:")
    c.add("caption", "Mô tả ảnh: " + caption(r, c.place, c.related, c.topic))


def lay_mobile_amp(c: Ctx) -> None:
    r = c.rng
    c.add("widget", "☰ Menu")
    c.add("site", c.site)
    c.add("widget", "🔍")
    c.add("title", c.title)
    c.add("date", date_line(r, 7))
    c.add("byline", byline(r, c.place))
    c.addmany("widget", ad_lines(r))
    emit_story(c, 1, 2, amp_mid, 0.4)
    c.add("widget", misc_widget(r, c.place))
    c.add("widget", "Tải thêm bài viết")
    bottom_related(c, r.randint(3, 6))
    c.add("widget", r.choice(("Xem phiên bản đầy đủ", "Về đầu trang ↑", "Phiên bản máy tính")))


def amp_mid(c: Ctx) -> None:
    if c.rng.random() < 0.6:
        c.addmany("widget", ad_lines(c.rng))
    else:
        mid_mix(c)


def lay_forum_thread(c: Ctx) -> None:
    r = c.rng
    c.add("site", c.site)
    c.add("widget", f"Diễn đàn › {r.choice(SECTIONS)} › Chuyện thời sự")
    c.add("title", c.title)
    op = r.choice(COMMENTERS)
    c.add("widget", f"Thảo luận trong '{r.choice(SECTIONS)}' bắt đầu bởi {op}")
    c.add("date", date_line(r, 1))
    c.add("widget", f"#1  {op}  Thành viên tích cực  Bài viết: {r.randint(10, 9000)}")
    emit_story(c, 2, 4, None)
    c.add("credit", r.choice(("Nguồn: ", "Nguồn: báo ", "Copy từ báo ", "Via ")) + r.choice(OUTLETS))
    c.add("widget", f"{r.randint(1, 90)} người thích bài này")
    for i in range(r.randint(2, 4)):
        who = r.choice(COMMENTERS)
        c.add("widget", f"#{i + 2}  {who}")
        c.add("widget", r.choice(COMMENTS))
        if r.random() < 0.3:
            c.add("widget", f"{op} nói: " + r.choice(COMMENTS))
    c.add("widget", r.choice(("Bạn phải đăng nhập hoặc đăng ký để trả lời ở đây.", "Trả lời chủ đề")))
    bottom_related(c, r.randint(2, 4), "Chủ đề tương tự")


def lay_mail_digest(c: Ctx) -> None:
    r = c.rng
    c.add("widget", "Xem email này trên trình duyệt")
    c.add("site", c.site)
    c.add("widget", r.choice(("Bản tin sáng", "Bản tin tối", "Điểm tin cuối tuần", "Bản tin 6h")) +
          f" | Số {r.randint(100, 2000)}")
    c.add("widget", f"Chào bạn {r.choice(GIVENS)}, dưới đây là những tin đáng chú ý nhất hôm nay.")
    c.add("widget", "TIÊU ĐIỂM")
    c.add("title", c.title)
    c.add("date", date_line(r, 3))
    emit_story(c, 2, 3, None)
    c.add("widget", "Đọc tiếp trên website →")
    c.add("widget", "CÁC TIN KHÁC")
    for rel in c.rel(r.randint(2, 4)):
        c.add("related", rel[0])
        c.add("related", rel[1])
        c.add("widget", "Đọc tiếp")
    c.add("widget", "Bạn nhận được email này vì đã đăng ký nhận bản tin.")
    c.add("widget", "Huỷ đăng ký | Cập nhật tuỳ chọn nhận thư")


def lay_feed_aggregator(c: Ctx) -> None:
    r = c.rng
    src = r.choice(OUTLETS)
    c.add("site", c.site)
    c.add("widget", menu_line(r))
    c.add("title", c.title)
    c.add("credit", r.choice((src, f"Nguồn: {src}", f"{src} - ", f"Theo {src}")).strip(" -"))
    c.add("date", date_line(r, 5))
    emit_story(c, 1, 3, mid_mix, 0.25)
    c.add("widget", r.choice(("Xem bài gốc", "Đọc bài gốc tại " + src, "Link bài gốc",
                              "Báo cáo nội dung vi phạm")))
    c.add("widget", "Tin cùng chủ đề")
    for rel in c.rel(r.randint(2, 4)):
        c.add("related", rel[0])
        c.add("credit", f"{r.choice(OUTLETS)} · {r.randint(1, 59)} phút trước")
    bottom_related(c, r.randint(2, 4), "Đang được quan tâm")


def lay_showbiz_portal(c: Ctx) -> None:
    r = c.rng
    c.add("site", c.site)
    c.add("widget", "Sao  Nhạc  Phim  Thời trang  Hậu trường  Xem ăn chơi")
    c.add("title", c.title)
    c.add("date", date_line(r, 6))
    c.add("widget", f"❤ {r.randint(10, 9000)}  💬 {r.randint(0, 500)}")
    photo(c)
    emit_story(c, 1, 2, showbiz_mid, 0.55)
    c.add("byline", byline(r, c.place))
    c.add("widget", " ".join("#" + t.replace(" ", "") for t in r.sample(TAGS, 3)))
    if r.random() < 0.7:
        c.addmany("widget", comment_lines(r, r.randint(1, 4)))
    bottom_related(c, r.randint(3, 6), r.choice(("HOT", "Có thể bạn thích", "Đang hot")))


def showbiz_mid(c: Ctx) -> None:
    r = c.rng
    for _ in range(r.randint(1, 2)):
        c.add("caption", caption(r, c.place, c.related, c.topic))
    c.add("credit", r.choice(("Ảnh: Instagram", "Ảnh: Facebook nhân vật", "Ảnh: FBNV",
                              "Ảnh: Chụp màn hình", "Ảnh: " + person(r), "Nguồn ảnh: TikTok")))


SITES = {
    "metro_daily": ("Báo điện tử Thời Đại Mới", "Tin Nhanh Thủ Đô", "Báo Công Luận Online"),
    "province_weekly": ("Báo {p} điện tử", "Báo {p}", "Cổng thông tin {p}"),
    "tv_newsroom": ("Đài Phát thanh và Truyền hình {p}", "Truyền hình Thời sự 24/7", "Kênh tin tức VNTV"),
    "longread_magazine": ("Tạp chí Người Đô Thị Nay", "Tuần san Góc Nhìn", "Nguyệt san Phương Nam"),
    "football_hub": ("Thể Thao Số", "Bóng Đá Plus", "SportVN"),
    "market_wire": ("Nhịp Sống Thị Trường", "Tài Chính 360", "Kinh Tế Sài Gòn Online"),
    "overseas_service": ("Đài Quốc tế tiếng Việt", "Ban Việt ngữ Đài Toàn Cầu", "Tiếng Việt Bốn Phương"),
    "app_shareout": ("",),
    "chat_forward": ("",),
    "engine_cache": ("Báo Mới 24h", "Tin Tức Việt Online", "Báo Pháp Luật Đời Sống"),
    "archive_capture": ("Báo Điện tử Đất Việt", "Thông tin Hôm nay", "Báo Sức Sống"),
    "cms_dump": ("baodientu.vn", "tintuc-online.vn", "thoisu247.vn"),
    "print_pdf": ("Báo In Thời Báo", "Nhật báo Đồng Hành", "Báo {p} Cuối Tuần"),
    "reader_voice": ("Báo điện tử Đồng Hành", "Cổng thông tin Người Việt", "Báo Nói Hôm Nay"),
    "mobile_amp": ("m.tinmoi.vn", "Tin Mới Mobile", "Đọc Nhanh"),
    "forum_thread": ("Diễn đàn Otofun Việt", "Cộng đồng Webtretho Xưa", "Diễn đàn Sinh viên Việt"),
    "mail_digest": ("Bản tin Thời Sự Mỗi Ngày", "Điểm Tin Việt", "Newsletter Góc Nhìn"),
    "feed_aggregator": ("Báo Mới Tổng Hợp", "Tin Tức 24h Tổng Hợp", "Đọc Báo Nhanh"),
    "showbiz_portal": ("Ngôi Sao Giải Trí", "Showbiz Việt", "Sao Online"),
}
BUILDERS = {name: globals()["lay_" + name] for name in LAYOUTS}


# ---------------------------------------------------------------------------------------

def _rows(path: Path, rows: range) -> list[tuple[int, dict]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= rows.stop:
                break
            if i < rows.start or not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if isinstance(t, str) and isinstance(a, str) and t.strip() and a.strip():
                out.append((i, {"title": " ".join(t.split()), "article": a}))
    return out


def _related_pool(path: Path) -> list[tuple[str, str]]:
    pool = []
    for _, d in _rows(path, RELATED_ROWS):
        lead = d["article"][:RELATED_CUT]
        sents = split_sentences(" ".join(lead.split()))
        # a teaser is a whole first sentence that ends inside the cut
        teaser = sents[0] if len(sents) > 1 else ""
        if not teaser or len(teaser) < 25 or teaser[-1] not in ".!?”":
            teaser = d["title"]
        pool.append((d["title"], teaser))
    return pool


FAULTS = ("nbsp", "zwsp", "nfd", "dspace", "glue")


def _apply_faults(c: Ctx, rng: random.Random) -> list[str]:
    kinds = rng.sample(FAULTS, rng.choice((1, 1, 2)))
    for kind in kinds:
        if kind in ("nbsp", "zwsp", "dspace"):
            idx = [i for i, (lab, _) in enumerate(c.lines) if lab == "body"]
            for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
                sents = list(c.lines[i][1])
                j = rng.randrange(len(sents))
                sents[j] = fault_sentence(sents[j], kind, rng)
                c.lines[i] = ("body", sents)
        elif kind == "glue":
            cand = [(i, j) for i, (lab, v) in enumerate(c.lines) if lab == "body"
                    for j in range(len(v) - 1) if v[j][-1:] in ".!?" and v[j + 1][:1].isalpha()]
            if not cand:
                cand = [(i, j) for i, (lab, v) in enumerate(c.lines) if lab == "body"
                        for j in range(len(v) - 1)]
            if cand:
                i, j = rng.choice(cand)
                v = list(c.lines[i][1])
                v[j:j + 2] = [v[j] + v[j + 1]]
                c.lines[i] = ("body", v)
    return kinds


def _page(k: int, row: int, d: dict, related: list) -> Page:
    layout = LAYOUTS[k % len(LAYOUTS)]
    rng = random.Random(SEED * 1_000_003 + row)
    units, _ = story_units(" ".join(d["article"].split()))
    if not any(u[0] == "s" for u in units):
        units = [("s", " ".join(d["article"].split()))]
    place, prov = place_of(d["title"], d["article"], rng)
    site = rng.choice(SITES[layout]).format(p=prov)
    c = Ctx(rng, d["title"], place, site, related, units, k, prov,
            topic_captions(d["title"], d["article"]))
    BUILDERS[layout](c)
    kinds = _apply_faults(c, rng) if k % 4 == 1 else []
    nfd = "nfd" in kinds
    norm = (lambda s: unicodedata.normalize("NFD", s)) if nfd else (lambda s: s)

    body: list[str] = []
    body_lines: set[str] = set()
    for lab, v in c.lines:
        if lab == "body":
            body += [norm(s) for s in v]
            body_lines.add(norm(" ".join(v)))
    text_lines, furniture, unl = [], [], 0
    seen_unl = set()
    title_line = ""
    for lab, v in c.lines:
        if lab == "body":
            text_lines.append(norm(" ".join(v)))
            continue
        line = norm(v).strip()
        if not line:
            continue
        if lab in ("title", "date", "site"):
            if lab in seen_unl or line in body_lines:
                continue
            seen_unl.add(lab)
            if lab == "title":
                title_line = line
            text_lines.append(line)
            continue
        # honest labels: never let furniture repeat story text or the title line
        if line == title_line or line in body_lines or any(s in line for s in body):
            continue
        text_lines.append(line)
        furniture.append((lab, line))
    return Page("\n".join(text_lines), body, furniture, layout)


def pages(train_path: Path) -> list[Page]:
    train_path = Path(train_path)
    related = _related_pool(train_path)
    out = []
    for k, (row, d) in enumerate(_rows(train_path, BODY_ROWS)):
        out.append(_page(k, row, d, related))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python eval/clean_test20/make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(Path(argv[1]))
    dt = time.time() - t0
    nb = sum(len(p.body) for p in ps)
    nf = sum(len(p.furniture) for p in ps)
    by = {k: sum(1 for p in ps for kk, _ in p.furniture if kk == k) for k in KINDS}
    print(f"pages: {len(ps)}  layouts: {len({p.layout for p in ps})}")
    print(f"body sentences: {nb}")
    print(f"furniture lines: {nf}  (" + ", ".join(f"{k} {v}" for k, v in by.items()) + ")")
    print(f"time: {dt:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
