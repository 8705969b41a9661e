"""The pool of boilerplate styles for the cleaning benchmark, split once into dev and test.

Every kind of page furniture has many wordings/shapes, written to look like real Vietnamese news
sites. ``python eval/clean_styles/make_split.py`` shuffles each kind with a fixed seed and writes
``dev.json`` (used while writing rules and for training the line classifier) and ``test.json``
(frozen: committed before any rule or model work, never looked at while tuning).

Placeholders (filled by eval/clean_bench.py): {title} another article's title, {lead} its first
sentence, {cut} its first sentence cut with "..."/"…", {name} a person's name, {NAME} in capitals,
{site} a site name, {domain} its domain, {n} a small number, {big} a large number, {date} a date
d/m/yyyy, {dd} {mm} {yyyy} {HH} {MM} parts, {cap} a caption text, {tag} {tag2} tags, {section}
{section2} site sections, {city} a city.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 15
TEST_SHARE = 0.4
HERE = Path(__file__).resolve().parent

POOL: dict[str, list[str]] = {
    # a line opening a block of related stories (or a sidebar label)
    "markers": [
        "Tin cùng chuyên mục", "Có thể bạn quan tâm", "Tin đọc nhiều", "Xem thêm", "Cùng chuyên mục",
        "Tin liên quan", "Bài liên quan", "TIN LIÊN QUAN", "Tin khác", "Đọc thêm", "Bài viết liên quan",
        "Đừng bỏ lỡ", "Tin mới nhất", "Đọc nhiều nhất", "Tin nổi bật", "Bạn có thể quan tâm", "CÁC TIN KHÁC",
        "Xem nhiều", "Tin tức liên quan", "Có thể bạn chưa đọc", "Dành cho bạn", "Nội dung liên quan",
        "Cùng danh mục", "Tin cùng danh mục", "Bài cùng danh mục", "Có thể bạn muốn xem", "Tin mới cập nhật",
        "Mới cập nhật", "Tin nóng", "Tiêu điểm", "Đọc tiếp", "Tin xem nhiều", "Bài đọc nhiều", "Nổi bật",
        "Tin hay", "Gợi ý cho bạn", "Đề xuất cho bạn", "Bài viết mới", "Tin trong ngày", "Tin vắn",
        "TIN CÙNG CHUYÊN MỤC", "ĐỌC NHIỀU", "Bài viết cùng chủ đề", "Cùng chủ đề", "Các bài đã đăng",
        "Tin đã đăng", "Những tin mới hơn", "Những tin cũ hơn", "Tin tiếp theo", "Bài tiếp theo",
        "Bạn đọc quan tâm", "Được quan tâm nhất", "Chủ đề nóng", "Sự kiện nổi bật", "Đáng chú ý",
        "Tin cùng sự kiện", "Xem thêm tin", "Khám phá thêm", "Tin tổng hợp", "Có thể bạn thích",
    ],
    # a link to another story inside the body
    "inline": [
        "Xem thêm: {title}", ">> {title}", "Tin liên quan: {title}", "ĐỌC THÊM: {title}", "Đọc thêm >> {title}",
        "» {title}", "XEM THÊM >> {title}", "Bài liên quan: {title}", "► {title}", "→ {title}",
        "Xem thêm >> {title}", ">>> {title}", "Mời xem thêm: {title}", "Đọc thêm: {title}",
        "Xem chi tiết: {title}", "Video: {title}", "[Video] {title}", "(Xem thêm: {title})", "- {title}",
        "+ {title}", "Có thể bạn quan tâm: {title}", "Nội dung liên quan: {title}", "Link bài viết: {title}",
        "Xem tiếp: {title}", "Tin cùng chủ đề: {title}", "▶ {title}", "• {title}",
    ],
    # photo captions
    "captions": [
        "{cap}. Ảnh: {name}", "{cap} (Ảnh: {name})", "{cap}. Ảnh: {name}/TTXVN", "Ảnh minh họa",
        "{cap} - Ảnh: {name}", "{cap}. (Ảnh: {name})", "{cap}. ẢNH: {NAME}", "(Ảnh minh họa)",
        "{cap}. Nguồn ảnh: {site}", "{cap}. Ảnh: Internet", "{cap} (Ảnh minh họa)", "{cap}. (Ảnh minh họa)",
        "{cap}. Hình: {name}", "{cap} - Hình: {site}", "Ảnh: {name}", "Hình: {name}", "{cap}. Ảnh tư liệu",
        "{cap} (ảnh tư liệu)", "{cap}. Ảnh: CTV", "{cap}. Ảnh: PV", "{cap}. Ảnh chụp màn hình",
        "{cap} (Ảnh chụp màn hình)", "{cap}. Ảnh: Reuters", "{cap}. Ảnh: AFP", "{cap}. Photo: {name}",
        "{cap} | Ảnh: {name}", "{cap}. Nguồn: {site}", "{cap} (Nguồn: {site})", "{cap}. Ảnh: {name} - {site}",
        "Ảnh: {site}", "{cap}. Ảnh minh họa: {site}", "{cap}. Video: {name}", "{cap}. Clip: {site}",
        "Ảnh minh họa: Internet", "{cap} (Hình minh họa)", "{cap}. Ảnh: Báo {city}", "Đồ họa: {name}",
        "{cap}. Ảnh do nhân vật cung cấp", "{cap}. Ảnh: Gia đình cung cấp", "{cap}. Ảnh: Cắt từ clip",
    ],
    # author and source credits closing a story
    "bylines": [
        "PV", "Nhóm PV - {site}", "{name}", "{NAME}", "Theo {site}", "{name} (tổng hợp)", "Bài, ảnh: {name}",
        "Nguồn: {site}", "(Theo {site})", "THEO {SITE}", "Nguồn tin: {site}", "Nguồn: {domain}",
        "{name} - {name2}", "Nhóm PV", "PV {site}", "{name}/{site}", "Trích từ {book}", "Trích sách {book}",
        "Theo {site} (tổng hợp)", "Bài và ảnh: {name}", "Thực hiện: {name}", "{name} (Theo {site})",
        "Nhóm phóng viên", "Phóng viên: {name}", "Tác giả: {name}", "Biên tập: {name}", "{name} - {site}",
        "PV (tổng hợp)", "{NAME} - {NAME2}", "Theo {site}/{site2}", "Nguồn: {site}, {site2}", "CTV {name}",
        "Nhóm PV - Ban Thời sự", "Bài: {name} - Ảnh: {name2}", "{name} (lược dịch)", "{name} (T/h)",
        "Lược trích từ {book}", "Dịch từ {site}", "Trích bài phát biểu của {name}", "{domain}",
    ],
    # share, e-mail, print and font widgets
    "share": [
        "fb yt zl tw", "Chia sẻ", "Facebook Twitter Zalo", "In bài", "Facebook | Zalo | Email", "Chia sẻ bài viết",
        "f t in", "Share Tweet Email", "Chia sẻ qua Zalo", "Chia sẻ qua Facebook", "Gửi email", "Gửi bài viết qua email",
        "Copy link", "Sao chép liên kết", "In trang", "Lưu bài viết", "Zalo Facebook Email In", "Chia sẻ: Facebook Zalo",
        "Gửi cho bạn bè", "Email cho bạn bè", "Tweet", "Thích Chia sẻ", "Like Share", "Chia sẻ lên mạng xã hội",
        "Gửi email In bài Lưu", "Cỡ chữ A- A+", "Cỡ chữ", "Báo lỗi", "Nghe bài viết", "Đọc bài viết",
        "00:00 / 03:25", "Lưu", "Theo dõi trên Google News", "Theo dõi chúng tôi trên Zalo", "Bookmark",
        "Đã copy link", "Chia sẻ qua Messenger", "Gửi qua Zalo", "Tải ứng dụng để đọc tin nhanh hơn",
    ],
    # page footers: copyright, licence, editors, contact
    "footer": [
        "© 2025 Báo Mẫu. All rights reserved.", "Hotline: 0987 654 321", "Bản quyền thuộc về Báo Mẫu",
        "Email: toasoan@baomau.vn", "© Bản quyền thuộc về báo điện tử", "Giấy phép số {n}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày {date}",
        "Giấy phép hoạt động báo điện tử số {n}/GP-BTTTT", "Tổng biên tập: {name}", "Phó Tổng biên tập: {name}",
        "Cơ quan chủ quản: Hội Nhà báo Việt Nam", "Địa chỉ: Số {n} Lê Duẩn, Hoàn Kiếm, Hà Nội",
        "Điện thoại: 024 3{big}", "Liên hệ quảng cáo: 0912 {big}", "Ghi rõ nguồn {site} khi phát hành lại thông tin từ website này",
        "Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản của báo {site}",
        "Copyright © {yyyy} {site}", "Toà soạn: {n} Nguyễn Du, Hà Nội", "Chịu trách nhiệm nội dung: {name}",
        "Giấy phép số {n}/GP-BTTTT", "Website đang chạy thử nghiệm", "Thiết kế bởi {site}", "Fax: 024 3{big}",
        "Liên hệ tòa soạn", "Quy định bảo mật", "Điều khoản sử dụng",
    ],
    # date/time stamps of related items and pages
    "stamps": [
        "{dd}/{mm}/{yyyy} {HH}:{MM}", "Thứ Ba, ngày {dd}/{mm}/{yyyy} | {HH}:{MM}", "{HH}:{MM} {dd}/{mm}/{yyyy}",
        "Thứ hai, {d}/{m}/{yyyy}, {HH}:{MM} (GMT+7)", "Cập nhật: {HH}:{MM} ngày {dd}/{mm}/{yyyy}",
        "{yyyy}-{mm}-{dd}T{HH}:{MM}:00+07:00", "{H}:{MM} hôm qua", "{d}/{m}", "{H} giờ trước", "Hôm nay {HH}:{MM}",
        "{dd}/{mm} {HH}:{MM}", "{M} phút trước", "{dd}-{mm}-{yyyy}", "{dd}.{mm}.{yyyy}", "{HH}:{MM} | {dd}/{mm}/{yyyy}",
        "{n} ngày trước", "Đăng lúc {HH}:{MM} {dd}/{mm}/{yyyy}", "Thứ năm, {dd}/{mm}/{yyyy} - {HH}:{MM}",
        "Ngày đăng: {dd}/{mm}/{yyyy}", "{HH}h{MM} ngày {d}/{m}", "Chủ nhật, {d}/{m}/{yyyy}",
        "Cập nhật {HH}:{MM}, {dd}/{mm}/{yyyy}", "{dd}/{mm}/{yyyy} - {HH}:{MM} AM", "{d} tháng {m}, {yyyy}",
    ],
    # comment and view counters
    "counters": [
        "{n} bình luận", "Bình luận ({n})", "{big} lượt xem", "{n} lượt thích", "Bình luận", "Gửi bình luận",
        "Viết bình luận mới", "Ý kiến bạn đọc", "Bình luận (0)", "Gửi ý kiến của bạn", "{n} Bình luận",
        "Lượt xem: {big}", "{n} chia sẻ", "Thích ({n})", "Xem {n} bình luận", "Ý kiến ({n})",
        "Hãy là người đầu tiên bình luận", "Bạn đọc bình luận", "Trả lời", "Xem thêm bình luận",
        "Chưa có bình luận nào", "Đăng nhập để bình luận", "{n} phản hồi",
    ],
    # newsletters and subscriptions
    "newsletter": [
        "Đăng ký nhận bản tin", "Đăng ký nhận bản tin mỗi sáng", "Nhận tin mới nhất qua email",
        "Đăng ký nhận tin", "Nhập email của bạn", "Đăng ký", "Nhận bản tin {site} mỗi ngày",
        "Đăng ký để nhận những tin tức mới nhất", "Theo dõi {site} trên Facebook", "Tải app {site}",
        "Tải ứng dụng {site} trên App Store và Google Play", "Đăng ký kênh Youtube của {site}",
        "Quét mã QR để theo dõi", "Nhận thông báo tin mới", "Bật thông báo",
        "Đọc báo in {site} mỗi ngày", "Mua báo giấy tại đây", "Đăng ký gói đọc VIP",
    ],
    # breadcrumbs and section labels above the title
    "nav": [
        "Trang chủ > {section} > {section2}", "{section}", "{section} | {section2}", "Trang chủ » {section} » {section2}",
        "{section} / {section2}", "Home > {section}", "Trang chủ / {section}", "{section} › {section2}",
        "{SECTION}", "Trang chủ", "{section} - {section2}", "Tin tức > {section}", "{section} > {section2}",
        "Trở về trang chủ", "Lên đầu trang", "Về đầu trang", "Menu", "Tìm kiếm", "Đăng nhập",
    ],
    # tags and keywords
    "tags": [
        "Tags: {tag}, {tag2}", "Từ khóa: {tag}, {tag2}", "Từ khóa: {tag}; {tag2}", "#{tagx} #{tagx2}",
        "Tag: {tag}", "Thẻ: {tag}, {tag2}", "Chủ đề: {tag}", "#{tagx}", "Từ khoá: {tag} | {tag2}",
        "Keywords: {tag}, {tag2}", "TAG {tag} {tag2}", "Sự kiện: {tag}",
    ],
    # ad slots and sponsored notes
    "ads": [
        "Quảng cáo", "Advertisement", "QUẢNG CÁO", "Nội dung được tài trợ", "Tài trợ", "Sponsored",
        "Bài viết được tài trợ", "Thông tin quảng cáo", "- Quảng cáo -", "PR",
    ],
    # fillers for the placeholders (split like the wordings)
    "fill_cap": [
        "Quang cảnh buổi làm việc", "Các đại biểu dự hội nghị", "Lực lượng chức năng tại hiện trường",
        "Người dân tham gia giao thông trên đường", "Ông Nguyễn Văn Hùng phát biểu tại buổi lễ",
        "Toàn cảnh phiên họp sáng nay", "Khu vực xảy ra vụ việc", "Đại diện lãnh đạo trao quà cho người dân",
        "Hiện trường vụ tai nạn", "Chiếc xe bị hư hỏng nặng sau va chạm", "Đối tượng tại cơ quan công an",
        "Bộ trưởng thăm hỏi các gia đình chính sách", "Học sinh trong giờ học", "Nông dân thu hoạch lúa",
        "Cảnh sát giao thông kiểm tra nồng độ cồn", "Giá xăng dầu tiếp tục giảm", "Tang vật thu giữ",
        "Các đại biểu cắt băng khánh thành công trình", "Bệnh nhân được điều trị tại bệnh viện",
        "Dòng người đổ về trung tâm thành phố", "Cầu thủ ăn mừng bàn thắng", "Mưa lớn gây ngập sâu nhiều tuyến phố",
        "Tuyến đường đang thi công", "Bà Trần Thị Mai chia sẻ với phóng viên", "Nhà máy xử lý rác thải",
        "Sản phẩm được trưng bày tại hội chợ", "Thí sinh làm thủ tục dự thi", "Cháy lớn tại khu dân cư",
        "Lãnh đạo tỉnh kiểm tra tiến độ dự án", "Vàng miếng được bày bán tại cửa hàng",
    ],
    "fill_name": [
        "Lâm Khánh", "Minh Anh", "Quang Vinh", "Ngọc Hà", "Thanh Tùng", "Hoàng Long", "Hải Yến", "Đức Minh",
        "Phương Thảo", "Văn Dũng", "Thu Trang", "Bảo Ngọc", "Trần Hiếu", "Lê Vân", "Nguyễn Thắng",
        "Mai Hương", "Tuấn Anh", "Hồng Nhung", "Anh Thư", "Quốc Cường", "Việt Hưng", "Ngân Hà", "Xuân Mai",
        "Duy An", "Khánh Linh", "Phạm Tuấn", "Hà An", "Kim Chi", "Đăng Khoa", "Minh Quân",
    ],
    "fill_site": [
        "VOV.VN|vov.vn", "TTXVN|baotintuc.vn", "Dân trí|dantri.com.vn", "Báo Tin tức|baotintuc.vn", "Qdnd.vn|qdnd.vn",
        "VnExpress|vnexpress.net", "Tuổi Trẻ|tuoitre.vn", "Thanh Niên|thanhnien.vn", "Hà Nội Mới|hanoimoi.vn",
        "Vietnamnet|vietnamnet.vn", "Lao Động|laodong.vn", "Người Lao Động|nld.com.vn", "Zing News|zingnews.vn",
        "Tiền Phong|tienphong.vn", "Nhân Dân|nhandan.vn", "Công an nhân dân|cand.com.vn", "VTV|vtv.vn",
        "Kinh tế & Đô thị|kinhtedothi.vn", "Pháp luật TP.HCM|plo.vn", "Sức khỏe & Đời sống|suckhoedoisong.vn",
    ],
    "fill_section": [
        "Thời sự", "Chính trị", "Xã hội", "Giao thông", "Pháp luật", "Thế giới", "Châu Á", "Kinh doanh",
        "Tài chính", "Thể thao", "Bóng đá", "Giải trí", "Sức khỏe", "Giáo dục", "Công nghệ", "Du lịch",
        "Đời sống", "Bất động sản", "Xe", "Văn hóa", "Quân sự", "Khoa học",
    ],
    "fill_tag": [
        "giá vàng", "tai nạn giao thông", "Hà Nội", "thời tiết", "bất động sản", "kinh tế", "bóng đá",
        "Covid-19", "tuyển sinh", "lừa đảo", "ma túy", "xăng dầu", "chứng khoán", "biển Đông", "cháy nổ",
        "y tế", "giáo dục", "TP.HCM", "mưa lũ", "ngân hàng",
    ],
    "fill_book": [
        "cuốn sách Những ngày tháng ấy", "hồi ký của tác giả", "sách Lịch sử Việt Nam", "tác phẩm Đất rừng phương Nam",
        "cuốn Nhật ký chiến trường", "bài giảng của nhà giáo", "tập san Nghiên cứu lịch sử", "báo cáo của Ngân hàng Thế giới",
    ],
    # shapes of one related-story headline line
    "item_shapes": [
        "{title}", "{title} ({n})", "{n}. {title}", "{title} - {site}", "{title} (Video)", "[Ảnh] {title}",
        "{TITLE}", "{title} | {site}", "{title} ({n} bình luận)", "VIDEO: {title}", "{title} ({dd}/{mm})",
        "Infographic: {title}", "{title} - Video", "{title} [{n} ảnh]",
    ],
}


def split(pool: dict[str, list[str]], seed: int = SEED, test_share: float = TEST_SHARE) -> tuple[dict, dict]:
    """Each kind's wordings shuffled with ``seed``; the first ``test_share`` of them go to test."""
    rng = random.Random(seed)
    dev, test = {}, {}
    for kind, items in pool.items():
        items = sorted(set(items))
        rng.shuffle(items)
        k = max(1, round(len(items) * test_share))
        test[kind], dev[kind] = sorted(items[:k]), sorted(items[k:])
    return dev, test


def main() -> None:
    dev, test = split(POOL)
    for name, styles in (("dev", dev), ("test", test)):
        (HERE / f"{name}.json").write_text(json.dumps(styles, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, {k: len(v) for k, v in styles.items()})


if __name__ == "__main__":
    main()
