"""Page widgets known by their shape alone: share rows, ad slots and sentence-shaped ads, notices about
the page itself, contact lines, counters, readers' comments under a handle or a reply row, masthead and
copyright lines. ``vnsumm.clean.lines`` gives such a line the kind SHARE: it stands alone and opens no block.
"""
from __future__ import annotations

import re

from vnsumm.clean.normalize import VI_UPPER
from vnsumm.clean.prefilter import Prefilter, split_anywhere

__all__ = ["is_widget", "has_any", "speaks_of_page", "SENT_END", "NAME_WORD"]

_AD_LINE = re.compile(r"^[\W_]*(?:quảng\s+cáo|(?:(?:nội\s+dung|bài\s+viết)\s+)?(?:được\s+)?tài\s+trợ|advertisement|sponsored|ads?)[\W_]*$", re.I)
_WIDGET_LINE = re.compile(
    r"^(?:[©®]|\(c\)\s*\d{4}|copyright\b|bản quyền (?:thuộc|©)|.*all rights reserved"
    r"|.*\bgiữ bản quyền\b|.*\bphát hành lại (?:thông tin|nội dung|bài viết)|.*\bquan điểm riêng của tác giả"
    r"|.*\bkhông (?:nhất thiết )?phản ánh quan điểm của (?:tòa soạn|toà soạn|báo)"
    # a chat log's or a comment thread's message: "[19:45] Hoàng Long: …", "tuan.nguyen88: …", "bạn đọc Đức Anh: …"
    r"|\[(?:\d{1,2}/\d{1,2}/\d{2,4},?\s*)?\d{1,2}:\d{2}(?::\d{2})?\]\s*[^:\[\]]{1,40}:"
    r"|(?:bạn đọc|độc giả)\s+[^\W\d_][^:]{0,30}:\s"
    # the page about its comments and its links: "Hãy chia sẻ ý kiến bên dưới", "Bình luận của bạn sẽ được biên
    # tập", "Chúng tôi không chịu trách nhiệm về nội dung của các trang bên ngoài"
    r"|.*\b(?:ý kiến|bình luận)\s+(?:của bạn\s+)?(?:ở\s+)?(?:bên|phía)\s+dưới\b|(?:gửi\s+)?(?:bình luận|ý kiến) của bạn\b"
    r"|.*\b(?:dẫn link|đường dẫn|liên kết|các trang)\s+bên ngoài\b"
    r"|cơ quan chủ quản\b|.*\bchịu trách nhiệm (?:chính|xuất bản|nội dung)\s*:"  # the masthead every site must carry
    r"|(?:thông tin|nội dung|bài viết)(?: trong bài(?: viết)?)? chỉ mang tính (?:chất )?tham khảo"
    r"|.*\?\s*có\s*[|/]?\s*không$"  # "Bài viết có hữu ích không? Có | Không"
    r"|(?:thảo luận|chủ đề) trong .{1,40} bắt đầu bởi|.*\bcác trường bắt buộc được đánh dấu"
    r"|(?:hotline|điện thoại|đt|tel|fax|e-?mail)\s*:\s*[\w@.+()\- ]{5,40}$"
    r"|\W{0,3}(?:nghe|đọc|lắng nghe)\s+(?:bài\s+(?:viết|báo)|(?:bản\s+)?tin|đọc\s+bài(?:\s+viết)?)(?:\s+này)?$"
    r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$"
    r"|(?:trang|page)\s+(?:\d+\s*)+(?:tiếp|sau|next|»|>)?$|(?:tải|download)\s+(?:ứng\s+dụng|app)\b"
    r"|đăng\s+ký\s+(?:nhận\s+)?(?:bản\s+tin|tin)|cỡ\s+chữ\b|lưu\s+bài(?:\s+viết)?$|báo\s+lỗi$"
    r"|(?:xin chào|chào|kính gửi|kính chào|thân gửi|dear|hi|hello)\b[^.!?]{0,40},$"  # a newsletter's salutation
    r"|(?:xin chào|chào|kính chào)\s+(?:bạn|các bạn|quý vị|quý độc giả|độc giả)(?:\s+đọc)?\s*[,!.]"  # and its greeting
    r"|.*\bgiấy phép\b.{0,60}\b\d+/gp-"  # the licence line every site carries: "Giấy phép số 364/GP-BTTTT …"
    r"|(?:mọi hình thức|nghiêm cấm|cấm|không được)\s+(?:\S+\s+){0,3}sao chép\b"
    r"|[(*\s]*(?:tên|họ tên)\s+(?:\S+\s+){0,4}(?:đã\s+)?(?:được\s+)?thay đổi\W*$"  # "* Tên nhân vật đã được thay đổi."
    r"|(?:bấm|nhấn|nhấp|click|chạm)(?:\s+hai lần|\s+đúp)?\s+(?:vào\s+)?(?:để\s+)?(?:mở rộng|thu gọn|xem tiếp|đọc tiếp)\W*$"
    # a player's buttons: "Tự động phát video tiếp theo", "Nhấn để xem lại toàn bộ buổi phát sóng", "Xem tiếp bộ ảnh"
    r"|tự động phát(?:\s+(?:video|clip|tập))?(?:\s+tiếp theo)?\W*$|(?:nhấn|bấm|nhấp|click|chạm)\s+(?:vào\s+)?để\s+(?:xem lại|nghe lại)\b"
    r"|xem tiếp bộ ảnh\W*$"
    # a forum's furniture, as vBulletin, XenForo and phpBB print it in Vietnamese: a reply's title, an attachment, the
    # last edit, the forum's clock, its software, a moderator's note
    r"|re\s*:\s*\S|(?:xem|tải)\s+(?:tệp|file|tập tin)\s+đính kèm\b|(?:lần sửa cuối|sửa lần cuối|chỉnh sửa lần cuối)\s+bởi\b"
    r"|last edited by\b|múi giờ gmt\b|all times are gmt\b|.*\bpowered by\b"
    r"|ghi chú của (?:moderator|mod|quản trị viên|ban quản trị|bqt)\b"
    # a wire's or a live page's notes on its own copy: "Đính chính: …", "Cập nhật lần 2 – 23:08", "Tin đang được tiếp
    # tục cập nhật."
    r"|đính chính\s*:|cập nhật lần\s+\d+\b"
    r"|(?:tin|bài|bài viết|thông tin|nội dung)(?: này)? (?:đang|sẽ|vẫn)(?: tiếp tục)? (?:được )?(?:tiếp tục )?cập nhật\W*$"
    # a tap or a remote's key for the picture: "Chạm hai lần để xem hình ở cỡ lớn", "Nhấn phím ĐỎ để xem video liên quan"
    r"|(?:bấm|nhấn|click|chạm)(?:\s+hai lần|\s+đúp)?\s+(?:vào\s+)?để\s+(?:xem|phóng to)\s+(?:ảnh|hình)\b"
    r"|(?:nhấn|bấm|giữ)\s+(?:nút|phím)\s+\S+(?:\s+\S+)?\s+để\s"
    r"|mở (?:trong|bằng) ứng dụng$|chủ đề trước\b"
    r"|đây là (?:ảnh chụp nhanh của trang|bộ nhớ cache của|bản lưu (?:trong bộ nhớ đệm|của trang|trong bộ nhớ cache))"
    r"|trang hiện tại có thể đã thay đổi"  # a search engine's cache
    r"|.*\bsố\s+\d+\s*\(\d+\)(?!.*[.!?]$)|.*\bsố\s+\d+\s*[-–|•·,]\s*(?:thứ\s|chủ nhật|ngày\s+\d)"
    # a health page's disclaimer: "Thông tin chỉ mang tính chất tham khảo, không thay thế chẩn đoán của bác sĩ"
    r"|.*\bkhông (?:thể )?thay thế (?:cho )?(?:việc )?(?:chẩn đoán|tư vấn|điều trị)\b"
    # a web archive's note, a chat app's forward
    r"|.*\btrên bản lưu trữ\b|.*\bđã chuyển tiếp (?:một |\d+ )?tin nhắn\b"
    r"|.*\bđây là (?:những|các) (?:tin|bài) (?:đáng chú ý|nổi bật|chính|mới nhất|quan trọng|nóng)\b"  # "Xin chào Lan, đây là những tin đáng chú ý hôm nay."
    r"|(?:hãy\s+)?(?:theo dõi|follow|đăng ký kênh|like)\b.{0,40}\btrên\s+(?:google news|facebook|zalo|youtube|tiktok|telegram|mạng xã hội)"
    r"|(?:nội dung|bài viết|tập|chương trình|video|podcast|số)(?:\s+này)?\s+được\s+(?:thực hiện|sản xuất)\s+với sự\s+(?:tài trợ|hỗ trợ|đồng hành)"
    r"|.*\bghi rõ nguồn\b"
    r"|.*\b(?:dưới đây|sau đây)\b.{0,40}\b(?:tin|câu chuyện)\b|.*\btin\b.{0,40}\b(?:dưới đây|sau đây)\b"  # a newsletter's opening
    r"|chữ ký\s*:"  # a forum member's signature
    r"|.*\bkhông phải là thuốc\b.*\bthay thế thuốc chữa bệnh"  # the notice a health supplement's ad must carry
    # a wiki's footer and licence
    r"|.*\bgiấy phép creative commons\b"
    r"|.*\bchuyển tiếp (?:cho|tới) (?:một )?(?:người )?bạn\b"  # "Nếu thấy bản tin hữu ích, hãy chuyển tiếp cho một người bạn"
    r"|\d[\d.,]*[KkMm]?\s*(?:bình luận|lượt chia sẻ|lượt xem|lượt thích|chia sẻ)(?:\s+\d[\d.,]*[KkMm]?\s*(?:bình luận|lượt chia sẻ|"
    r"lượt xem|lượt thích|chia sẻ))*$)", re.I)  # "THỂ THAO Số 249 (6205) - Thứ Ba 15-3-2017": a print issue's header

# notes a page makes about itself, its members and its ads, each known by its opening words
_NOTES = re.compile(
    r"^(?:"
    # a commenter's words, unquoted, under "<full name> nói:" ("Trần Khải nói: Đọc mà thấy xót xa quá.")
    rf"(?-i:(?!(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Thầy|Cụ|Ngài|Em|Cháu)\s)[{VI_UPPER}][^\W\d_]*(?:\s+[{VI_UPPER}][^\W\d_]*){{1,3}})(?:\s+\([^()]{{1,20}}\))?\s+(?:nói|viết|bình luận):\s+[^\"“”]+$"
    r"|(?:hãy\s+)?ủng hộ (?:báo chí độc lập|chúng tôi|tòa soạn|toà soạn)\b"  # a reader-funded outlet's appeal
    # an outlet's masthead, its subscription and copying notices, an opinion page's disclaimer
    r"|(?:cơ quan ngôn luận|cơ quan chủ quản|trang tin điện tử|trang thông tin điện tử)(?: chính thức)? (?:của|thuộc)\b[^.!?]{1,60}$"
    r"|báo [^.!?]{1,30} điện tử\s*[-–—:,]\s*cơ quan (?:ngôn luận |chủ quản )?(?:của|thuộc)\b"
    r"|đặt mua (?:báo|tạp chí|tuần san|nguyệt san|bán nguyệt san|ấn phẩm|bản in)\b"
    r"|(?:nghiêm cấm|không được|không) sao chép (?:dưới mọi hình thức|lại|nội dung)\b"
    r"|(?:bài viết|nội dung|quan điểm)[^.!?]{0,40} không nhất thiết (?:phản ánh|thể hiện|là)\b"
    # the page on where its story came from and how far to trust it: "Bài viết được tổng hợp từ mạng xã hội, …", "Bài
    # viết có liên kết tiếp thị.", "Thông tin trong bài chỉ có giá trị tham khảo."
    r"|(?:bài viết|nội dung|bài)(?: này)? được (?:tổng hợp|biên dịch|dịch|đăng lại|đăng tải lại) từ (?:(?:các|nhiều) )?"
    r"(?:mạng xã hội|internet|nguồn|diễn đàn|trang mạng)"  # from an outlet it names, a credit
    r"|(?:bài viết|nội dung|bài)(?: này)? có (?:chứa )?liên kết (?:tiếp thị|liên kết|affiliate)\b"
    # a page's disclaimer on prices or advice: "Giá vàng chỉ mang tính tham khảo, có thể thay đổi mà không báo trước.",
    # "Phòng khám không đưa ra lời khuyên, chẩn đoán hay phương pháp điều trị y khoa."; the story's "Mặc dù thông tin
    # trên đây chỉ mang tính tham khảo, tuy nhiên …" goes on, and "… không thể thay thế việc xây cầu vượt" is no advice
    r"|(?:(?:lưu ý|chú ý|ghi chú)\s*:\s*)?[^.!?,:;]{1,50}? chỉ (?:có giá trị|mang tính)(?: chất)? tham khảo"
    r"(?=\s*(?:[.;]|$|,\s*(?:có thể|không|mọi|vui lòng|quý)\b))"
    r"|[^.!?]{1,50}? không (?:đưa ra|cung cấp|thể thay thế|thay thế)(?: cho)? (?:lời khuyên|việc khám|chẩn đoán|ý kiến)"
    r"[^.!?]{0,60}(?:y khoa|y tế|bác sĩ|điều trị|chuyên môn|chuyên gia)\b"
    # a platform's note on where the story came from: "Syndicated from X", "This article first appeared in X and …"
    r"|syndicated (?:from|by)\b|this (?:article|story) (?:first |originally )?(?:appeared|was (?:first |originally )?published)"
    r" (?:in|on|by)\b|(?:originally|first) published (?:in|on|by)\b|republished (?:from|with permission)\b"
    r"|we use cookies\b|this (?:site|website) uses cookies\b"  # a consent banner in English
    r"|kèo nhà cái\b"  # a betting ad
    # a commenter and where they write from, then the comment: "Quang Huy (Đà Nẵng): Bài viết hay, cảm ơn phóng viên."
    rf"|(?-i:(?!(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Thầy|Cụ|Ngài|Em|Cháu)\s)[{VI_UPPER}][^\W\d_]*(?:\s+[{VI_UPPER}][^\W\d_]*){{0,3}})"
    r"\s+\((?:[^()\d]{2,25}|\d{1,2}:\d{2}[^()]{0,15})\):\s+\S"  # or when: "Trần Mỹ (21:25 10/08/2016): …"
    # a schedule's entry under its day: "Thứ Hai (29/01): TAND tỉnh X xét xử sơ thẩm vụ án …"
    r"|(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*:\s*\S"
    r"|bạn đã (?:đọc|xem) (?:hết |\d+(?:\s*/\s*\d+)? )(?:số )?bài|bài viết (?:này )?có (?:hữu ích|giúp ích)"
    r"|nếu (?:bạn )?cần,? (?:tôi|mình) có thể\b"  # a chatbot's offer under the article it pasted
    r"|thành viên (?:tích cực|mới|kỳ cựu|năng nổ|danh dự|vip)$|quảng cáo sẽ (?:kết thúc|tắt|bỏ qua)\b"
    r"|(?:nội dung|bài viết|bài)(?: này)? (?:chỉ )?dành (?:riêng )?cho (?:thành viên|hội viên|người đăng ký|tài khoản|bạn đọc)"
    r"|đã (?:là|có) (?:thành viên|hội viên|tài khoản)\b.{0,20}\?|[\[(]\s*(?:quảng cáo|qc|tài trợ|pr)\s*[\])]"
    r"|bạn (?:đánh giá|thấy) bài viết (?:này )?(?:thế nào|như thế nào|ra sao)"
    r"|\d{1,3}\s+[\w.-]+\.(?:vn|com|net|org)$"  # a print page's foot: "7   vov.vn"
    r"|xem bản dịch$"  # a social network's "See translation"
    # a chat app's forward header, a screen reader's skip link
    r"|(?:forwarded from|chuyển tiếp từ)\s|tin nhắn (?:đã )?(?:được )?chuyển tiếp$|(?:bỏ qua|chuyển|nhảy)\s+(?:để\s+)?(?:tới|đến)\s+nội dung"
    r"|skip to (?:main )?content|bỏ qua .{1,30} (?:và )?tiếp tục đọc"
    r"|[\d.,]+ (?:ảnh chụp|bản chụp|lần chụp) từ\b|trang này được (?:sửa đổi|cập nhật|chỉnh sửa) lần cuối"
    r"|(?:trang|bài viết|bài báo|nội dung) (?:này )?(?:đã )?được lưu trữ\b|vùng quảng cáo\b"
    r"|(?:bản )?lưu trữ (?:này )?được (?:thực hiện|tạo)\b|(?:nội dung|bài viết)(?: này)? được tài trợ bởi\s"
    r"|(?:xem|mở|đọc)\s+(?:bản tin |email |e-mail |thư |nội dung )?(?:này\s+)?(?:trên|bằng|trong)\s+trình duyệt\b"
    r"|(?:bài viết|bài|tin|nội dung)(?: này)? được (?:\S+\s){0,4}tổng hợp tự động\b"  # an aggregator's note
    r"|(?:mời (?:bạn |quý vị |quý độc giả |độc giả )?)?đón đọc (?:trong )?(?:kỳ|số|phần) (?:tới|sau)\b"  # a series' next part
    r"|[^()]{1,60}\(\d[\d.,]*\s*(?:thành viên|người theo dõi|members?|followers?)\)$"  # a group: "Hội … (246 thành viên)"
    r"|.{0,40}\bbản chụp (?:ngày|lúc)\s+\d|bản lưu(?: trữ)? (?:này )?có thể (?:thiếu|không)\b"  # a web archive's
    # a paywall's meter and preview: "Bạn còn 2 bài miễn phí", "Bạn đang đọc bài viết dành cho hội viên Plus"
    r"|bạn (?:đang (?:đọc|xem) (?:thử|bản rút gọn|bản xem trước|(?:bài viết|nội dung|bài) (?:chỉ )?dành (?:riêng )?cho)"
    r"|còn \d+ bài (?:viết )?miễn phí)\b"
    r"|báo sống nhờ (?:độc giả|bạn đọc)|(?:xin |hãy )?đóng góp để duy trì (?:tờ báo|báo|tòa soạn|toà soạn|trang)\b"
    r"|(?:tuần báo|nhật báo|tạp chí|nguyệt san|báo) (?:của|dành cho) (?:cộng đồng )?người việt\b"  # a paper's tagline
    r"|nhà đầu tư (?:tự|phải tự|cần tự) chịu trách nhiệm\b"  # a market page's disclaimer
    r"|\W{0,3}(?:đã )?chuyển tiếp$|\W{0,3}(?:được )?chia sẻ (?:từ|qua) (?:ứng dụng|app)\b|đăng ký (?:tư vấn|nhận ưu đãi)$"
    r"|(?:thi đua [^.!?]{0,40})?chào mừng\b[^.!?:]*$"  # a portal's banner: "Chào mừng Đại hội … lần thứ XVII"
    # what a screen reader announces: "Điều hướng, danh sách 10 mục", "Biểu trưng, …", "Nút, Tìm kiếm", "tiêu đề, cấp 1"
    r"|(?:[^,]{1,30},\s*)?danh sách \d{1,3} mục$|(?:biểu trưng|nút|điều hướng)\s*,|tiêu đề\s*,\s*cấp\s*\d\s*(?:,|$)"
    r"|vùng (?:chính|bổ sung|chân trang|điều hướng)$"
    r"|tiếp tục đọc (?:bên|phía) dưới\b"
    # a feed's footer ("Bài viết <headline> xuất hiện đầu tiên tại <site>."), closed comments, a search box
    rf"|bài viết\s.{{3,200}}\sxuất hiện (?:đầu tiên|lần đầu) (?:tại|trên)(?-i:(?:\s[{VI_UPPER}\d][^\s.!?]*){{1,6}})\.?$"
    r"|(?:phần |chức năng )?bình luận (?:đã )?(?:bị )?(?:tắt|đóng|khóa|khoá)\b[^.!?]{0,40}[.!]?$"
    r"|(?:tìm kiếm|search|nhập từ khóa|nhập từ khoá)\s*(?:\.{2,3}|…)?$"
    # a forum's login prompt, a translation tool's warning, a social network's share line ("X đã chia sẻ một liên kết.")
    r"|bạn (?:phải|cần) đăng nhập(?: hoặc đăng ký)? để\s|bản dịch (?:tự động|máy)\b.{0,40}\bkhông chính xác"
    r"|[^.!?]{2,40}\sđã chia sẻ (?:một |\d+ )?(?:liên kết|bài viết|bài đăng|ảnh|video|kỷ niệm)\.?$"
    # the page speaking to its reader, not quoted: "Mời quý vị theo dõi …", "Kính chào quý thính giả …", "Quý khách vui lòng …"
    r"|[^\w\"“”'‘’]{0,3}(?:(?:kính|xin|trân trọng)\s+)?(?:mời|chào(?:\s+mừng)?|cảm ơn)\s+(?:quý|các bạn|bạn|mọi người|anh chị|cả nhà)\b"
    r"|[^\w\"“”'‘’]{0,3}(?:quý\s+(?:khách|vị|độc giả|thính giả|khán giả|phụ huynh|thầy cô|phật tử|đạo hữu)|bạn đọc)"
    r"\s+(?:vui lòng|hãy|lưu ý|xin|đừng quên|có thể)\b"
    # an embedded document's parts: a decision's articles, its grounds, its subject and its recipients ("Điều 2. Giao
    # Sở …", "Căn cứ Luật …;", "Về việc thành lập …", "Nơi nhận:")
    r"|(?-i:Điều)\s+\d{1,3}\.\s+\S|căn cứ\s[^.!?]{5,200};$|(?-i:Về việc)\s[^.!?]{3,80}$|nơi nhận\s*:"
    r"|[•*\-–]?\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:[-–]|:)\s+[^\W\d_]"  # a timeline's step: "14/04/2017 - Lực lượng …"
    r"|\[\d{1,2}:\d{2}(?::\d{2})?\]\s+[^:\[\]]+$"  # a transcript's line under its time: "[00:03] Cảm ơn quý vị …"
    r"|(?:trả lời\s+)?@[\w.]{2,30}:?\s+\S"  # a reply to a handle: "@nhipsong_57 Chuyện này …", "Trả lời @x: …"
    r"|(?:đã có\s+)?\d[\d.,]*[km]?\s+(?:lượt bình chọn|người (?:đã )?(?:tham gia|bình chọn))\.?$"  # a poll's counter
    r"|tại sao (?:tôi|bạn) (?:lại )?(?:thấy|xem) quảng cáo này|.{0,80}\btrình chặn quảng cáo\b"  # an ad's own notes
    # a consent banner and a newsletter's foot: "Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách …", "Bạn có thể
    # thay đổi lựa chọn … trong phần cài đặt", "Bạn nhận được thư này vì …"; the page asking for its readers' stories
    r"|.{0,80}\bbạn đồng ý với (?:các )?(?:chính sách|điều khoản)\b|.{0,40}\bthay đổi lựa chọn\b.{0,40}\bcài đặt\b"
    r"|(?:bạn )?nhận được (?:thư|email|e-mail|bản tin) này (?:vì|do)\b|.{0,40}\bhãy chia sẻ (?:câu chuyện )?với chúng tôi\b"
    r"|\((?:\*{1,3}|\d{1,2})\)\s+\S"  # a note under the story: "(*) Bài viết đã được biên tập lại.", "(1) Số liệu …"
    r"|\d{1,4}$|\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}$"  # a bare number; a subtitle's cue times
    r"|[-–—]\s*\d{1,3}\s*[-–—]$|trang\s+\d{1,3}\s*/\s*\d{1,3}$"  # a page's number: "— 2 —", "Trang 2/3"
    r"|xem (?:thêm |tất cả )?(?:\d+ )?(?:phản hồi|bình luận|trả lời|ý kiến)$"
    r"|cập nhật$|bản tin (?:sáng|trưa|chiều|tối|cuối ngày|cuối tuần)\s*[-–|:·]\s*\S"  # a live blog's label, an edition
    # a chat's sender over their message: "Lê Văn Khoa 20:55"
    rf"|(?-i:[{VI_UPPER}][^\W\d_]*(?:\s+[{VI_UPPER}][^\W\d_]*){{1,3}})\s+\d{{1,2}}:\d{{2}}$"
    # a native ad asks of the reader's trouble and calls: "Bạn đang bị đau lưng, mỏi gối? Đừng bỏ qua …"
    r"|bạn (?:đang |có đang |có hay |hay )?(?:bị|gặp|mắc)\b[^?]{1,60}\?.{0,40}\b(?:đừng bỏ (?:qua|lỡ)|\w+ ngay)\b"
    r")", re.I)
# rows of symbols, stamps and numbers ("Báo Mới • 5 phút trước", "VNM 68,5 ▼0,3% …"): tried on a line holding one of
# "%·•/○◯☐□◉"
_SYMBOL_ROWS = re.compile(
    r"^(?:"
    # a print page's running head: "ĐỜI SỐNG   Thứ Ba, 12/3/2019   7"
    rf"(?-i:[{VI_UPPER}][{VI_UPPER} &,-]{{2,30}})\s+(?:thứ\s\w+|chủ nhật),?\s+\d{{1,2}}/\d{{1,2}}/\d{{4}}\s+\d{{1,3}}$"
    r"|[^•·|]{2,40}\s[•·]\s(?:\d{1,3}\s*(?:giây|phút|giờ|ngày|tuần|tháng)(?:\s+trước)?|vừa xong|vừa đăng)$"  # "Báo Mới • 5 phút trước"
    r"|(?-i:[A-Z][A-Z0-9]*(?:-[A-Za-z]+)?)\s+[\d.,]+\s*[▲▼△▽]\s*[\d.,]+\s*\(?[+\-−]?[\d.,]+\s*%\)?$"  # "VN-Index 1.088,17 ▲ 3,10 (1,48%)"
    r"|\d{1,2}:\d{2}\s.{0,20}\b\d{1,3}\s*%$"  # a phone's status bar: "9:41  ⚡ 4G  87%"
    r"|\d{1,3}\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)(?:\s+trước)?\s*·\s*\W{0,3}$"  # a post's age: "3 giờ · 🌏"
    r"|(?:[○◯☐□◉]\s*[^○◯☐□◉]{1,40}){2,}$"  # a poll's options: "○ Cần xử lý hình sự  ○ Ý kiến khác"
    r"|[^·]{2,40}(?:\s·\s[^·]{1,30}){0,3}\s·\s#\d{1,6}$"  # a forum post's row: "Lê Văn Khoa · Thành viên mới · #11"
    # a ticker row: "VNM 68,5 ▼0,3%   SSI 24,1 ▲1,2%"
    r"|(?-i:(?:[A-Z]{2,5}(?:-INDEX)?\s+[\d.,]+\s*[▲▼△▽+\-−]?\s*[\d.,]+\s*%\s*){2,})$"
    # a menu row joined by "·": "Tiêu điểm · Tài chính · Doanh nghiệp · Bất động sản"
    r"|(?-i:[^\W\d_][^·.!?]{0,20}(?:\s·\s[^\W\d_][^·.!?]{0,20}){3,})$"
    r")", re.I)

_SHARE_TOKENS = frozenset(
    "fb facebook yt youtube zl zalo tw twitter x in email e-mail mail chia sẻ share like thích tweet "
    "linkedin pinterest telegram messenger copy link sao chép liên kết gửi lưu bookmark print tiktok "
    "instagram ig rss bài viết báo lỗi trả lời reply vi phạm cỡ chữ a- a+ nghe đọc bài này tải về "
    "google news theo dõi trên qua follow đăng nhập đăng ký bình luận phản hồi trích dẫn giờ phút trước đã đánh dấu "
    "| · • + - / 0 1 2 3 4 5 6 7 8 9".split())  # "Thích · Phản hồi · 7 giờ"
_SOCIAL = frozenset("fb facebook yt youtube zl zalo tw twitter tweet linkedin pinterest telegram messenger "
                    "share chia email tiktok instagram print rss in lưu trả phản".split())

SENT_END = re.compile(r"(?:[.!?;:…]|\.\.)[\"')\]]*$")

NAME_WORD = re.compile(rf"^[{VI_UPPER}(][\w.]*\)?$")

_EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+\.[\w.]+"
_CONTACT = re.compile(rf"{_EMAIL_ADDRESS}|(?<![\d.,])(?:\+84|\(?0)\d{{1,3}}\)?(?:[\s.]?\d{{2,4}}){{2,3}}(?![\d.,])"
                      r"|(?<![\d.,])1[89]00[\s.]?\d{3,4}(?:[\s.]?\d{2,3})?(?![\d.,])"  # a hotline: "1900 1234"
                      r"|\(\d{3}\)\s?\d{3}-\d{4}(?![\d.,])")  # an overseas number: "(714) 555-1234"
_STARS = re.compile(r"[★☆✩✭⭐]{3,}")
_STAR_CHARS = "★☆✩✭⭐"  # one of them is tested for first (cheaper than the pattern)
_STAGE = re.compile(r"^[(\[][^()\[\]]*\b[a-zà-ỹđ]+[^()\[\]]*[)\]]$")
_COUNTER = re.compile(r"^\S+(?:\s+\S+){0,3}\s*\(\d[\d.,]*\)$")

# words of a page talking about itself, its reader or its delivery: three different ones make a notice
_PAGE_WORDS = re.compile(
    r"(?<!\w)(?:trang|email|e-mail|bản tin|ứng dụng|website|web|bài viết|bài báo|độc giả|bạn đọc|tòa soạn|toà soạn|"
    r"sao chép|đăng ký|đăng nhập|phiên bản|nhấn|bấm|click|ctrl|tìm hiểu thêm|chia sẻ|bình luận|theo dõi|tải về|liên hệ|"
    r"quảng cáo|nhà tài trợ|hiển thị|chụp nhanh|tham khảo|lời khuyên|đường dây nóng|chuyên mục|thông báo|tin bài|"
    r"miễn phí|quý vị|các bạn|xem lại|vui lòng|báo in|đặt mua|gửi câu hỏi|hỏi đáp|trình duyệt|làm mới|"
    r"tiếng việt có dấu|ý kiến của bạn|người đầu tiên|hộp thư|đọc|xem|trả lời|bản rút gọn|nội dung|gửi ý kiến|cập nhật|dưới đây|di động)(?!\w)",
    re.I)
_MIN_PAGE_WORDS, _MAX_NOTICE_WORDS = 3, 30
_EMAIL = re.compile(_EMAIL_ADDRESS)  # an address counts as one more word of the page's own vocabulary
# an advertisement's words: two different ones, one of which speaks to a buyer (news about loans and sales uses
# the others too): "Mua ngay - Giảm đến 54% …", "học thử miễn phí", "mở bán … chiết khấu"; two such words are in
# 2 of 71,548 train sentences of 30 words or fewer (rows 0-8,999)
_AD_WORDS = re.compile(
    r"(?<!\w)(?:ưu đãi|khuyến mãi|khuyến mại|giảm giá|giảm đến|giảm tới|miễn phí|học thử|dùng thử|"
    r"(?:(?<!xác )(?<!chấp )(?<!tiếp )(?<!ghi )(?<!thừa )(?<!công )nhận|mua|đặt|đặt lịch|đặt hàng|đăng ký|gọi|liên hệ|tải|xem)"
    r"\s+(?:\w+\s+)?ngay|chỉ từ|duy nhất tại|trọn đời|không cần thế chấp|giải ngân|trả góp|"
    r"lãi suất|online|trực tuyến|hotline|voucher|mã giảm giá|freeship|hoàn tiền|tặng kèm|mở tài khoản|vay tiêu dùng|"
    r"chiết khấu|mở bán|tư vấn miễn phí|phí thấp nhất|bao lương|để lại số điện thoại|gọi lại cho bạn|chính chủ|bán gấp|"
    r"miễn trung gian|^(?:cần\s+)?(?:bán|cho thuê|sang nhượng)\s+(?:gấp\s+)?(?:nhà|đất|căn hộ|xe|mặt bằng|lô))(?!\w)",
    re.I)
# an offer only an advertisement makes: a price "from"/"only", a sale by percent, "mua 2 tặng 1", free delivery,
# a warranty, "số lượng có hạn"; with one more ad word ("chính hãng", "trọn gói", "mỗi tháng" …) the line is an ad
_MONEY = r"[\d.,]+\s*(?:đồng|triệu|tỷ|nghìn|ngàn|k|vnđ|vnd|đ)(?!\w)"
_OFFER = re.compile(
    rf"(?<!\w)(?:(?:giá\s+|phí\s+)?chỉ(?:\s+từ|\s+với|\s+còn)?\s+{_MONEY}|giảm\s+(?:sốc|ngay|giá)\s+(?:đến\s+|tới\s+)?\d+\s*%"
    r"|mua\s+\d+\s+tặng\s+\d+|giảm giá sốc|trả góp 0\s*%|giảm\s+(?:đến|tới)\s+\d+\s*%|chỉ\s+(?:cần\s+)?thanh toán\s+\d+\s*%|số lượng có hạn|giao hàng miễn phí|miễn phí (?:vận chuyển|giao hàng)"
    r"|bảo hành\s+\d+\s+(?:năm|tháng)|trả trước(?:\s+chỉ)?\s+(?:từ\s+)?\d|lãi suất 0\s*%)", re.I)
_OFFER_WORDS = re.compile(r"(?<!\w)(?:\d+ ngày \d+ đêm|hỗ trợ vay|đơn hàng đầu tiên|giá tốt nhất|nhận nhà|trọn gói|chính hãng|không giới hạn|sở hữu|toàn quốc|duy nhất|ưu đãi|"
                          r"mỗi (?:tháng|ngày)|đăng ký|tặng)(?!\w)", re.I)
_NEWS_AD_WORDS = frozenset({"ưu đãi", "khuyến mãi", "khuyến mại", "giảm giá", "giải ngân", "trả góp", "lãi suất"})
_MIN_AD_WORDS, _MAX_AD_WORDS = 2, 30
_DURATION = re.compile(r"^(?:(?:khoảng|ước tính|thời gian đọc:?|đọc trong)\s+)?\d+(?:\s*[–-]\s*\d+)?\s*(?:phút|min)(?:\s+đọc)?$",
                       re.I)  # "6 – 8 phút", "Ước tính 3 phút đọc": reading time
_REACTIONS = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[x×]\s*\d+$|^[^\w\s]+\s*\d[\d.,]*[KkMm]?$")  # "Like x 3", "👍❤️😢 7,8K"
# a reader's comment closed by its reply row: "Nhung Người dân mới là … Trả lời · Thích · 10 giờ trước"
_REPLY_ROW_END = re.compile(r"(?:trả lời|thích|phản hồi)\s*(?:·|\s-\s)\s*(?:trả lời|thích|phản hồi)"
                            r"(?:\s*·\s*\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)(?:\s+trước)?)?$", re.I)
_QUOTED_CUT = re.compile(r'^"[^"]{10,300}?[\w,]\s?(?:\.\.\.|…)"$')  # “Tại cuộc họp báo chiều 4/5,...”: a cut teaser
_PRINT_PAGE = re.compile(r"^TRANG \d{1,3}\s+\D+$")
_HANDLE_SAYS = re.compile(r"^[^\W\d_A-ZĐ][\w.]*[\d_.][\w.]*(?:\s+(?:nói|viết))?:\s+\S")  # "tuan.nguyen88: Quá đúng, …"
_USER_NAME = re.compile(r"^[^\W\d_A-ZĐ]\w*[\d_.]\w*$")  # "võthảo64", "minhtuan_89": one lower-case handle
_FIELD = re.compile(rf"^[{VI_UPPER}][^\W\d]*(?: [^\W\d]+){{0,4}}:\s*(?P<value>[^.!?:]{{1,30}})$")  # "Bước 1: …" is a story's step
_MAX_FIELD_WORDS = 8
_FIELD_PAIR = re.compile(rf"[{VI_UPPER}][\w ]{{0,20}}:\s*[\w./-]{{1,12}}\s*")
_POST_NUMBER = re.compile(r"^[\w.]+ #\d+$")
_URL = re.compile(r"https?://\S+|www\.\S+")
_RULED = re.compile(r"^[-=_*~#]{3,}.{0,60}[-=_*~#]{3,}$")  # "---------- Forwarded message ---------"
# a quiz: its numbered question ("Câu 2/5: … bao lâu?") and its lettered answers ("B. Hàng trăm năm"); a pulled-out
# quote's speaker under it ("— BS.CKI Kiều Hoài Huy, Phòng khám Gia đình Phúc Lộc")
_QUIZ_QUESTION = re.compile(r"^Câu\s+\d{1,2}\s*/\s*\d{1,2}\s*[:.]\s*\S.*\?$")
_QUIZ_ANSWER = re.compile(rf"^[A-D][.)]\s+[{VI_UPPER}][^.!?]*$")
_SPEAKER = re.compile(rf"^[—―]\s*[{VI_UPPER}][^!?]*[^\W\d_]$")
_MAX_QUIZ_ANSWER_WORDS, _MAX_SPEAKER_WORDS = 8, 16
# an ad's call to action closing it: "… giải thưởng 20 triệu đồng mỗi tháng. Tham gia ngay!", "… Try it free"
_CALL_TO_ACTION = re.compile(r"[.!?]\s+(?:tham gia|đăng ký|mua|tải|đặt|chơi|trải nghiệm) ngay[!.]?$|\btry it (?:free|now)[!.]?$"
                             r"|\b(?:sign up|download|install|shop) now[!.]?$", re.I)
_MAX_CALL_TO_ACTION_WORDS = 40
# a page's disclaimer, however long: "Tuyên bố miễn trừ trách nhiệm: Bài viết được đăng tải lại từ …"
_DISCLAIMER = re.compile(r"^(?:tuyên bố )?(?:miễn trừ trách nhiệm|từ chối trách nhiệm)\s*:|^disclaimer\s*:", re.I)
_MAX_DISCLAIMER_WORDS = 80
_ZOOM = re.compile(r"^[\W_]*(?:phóng to|thu nhỏ)[\W_]*$", re.I)  # an image's zoom button: "Phóng to", "🔍 Phóng to"
_CONTINUED = re.compile(r"^[(\[]?\s*(?:tiếp\s+theo|xem\s+tiếp|tiếp)\s+(?:ở\s+)?trang\s+\d+\s*[)\]]?\.?\s*[→»›>]*$", re.I)

def has_any(text: str, chars: str | frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``chars`` (a cheap test before a pattern that needs one)."""
    return any(c in text for c in chars)


def speaks_of_page(text: str) -> bool:
    """Whether a line uses a word of a page talking about itself or of an advertisement ("bản tin", "miễn phí")."""
    return (_PAGE_WORDS_FOUND.may_find(text) and _PAGE_WORDS.search(text) is not None) or (
        _AD_WORDS_FOUND.may_find(text) and _AD_WORDS.search(text) is not None)


def _offers(text: str) -> bool:
    """An advertisement's offer and one more ad word: "Tour Phú Quốc 3 ngày 2 đêm trọn gói chỉ 2.990.000 đồng"."""
    if not (_DIGIT.search(text) or _UNNUMBERED_OFFER_FOUND.may_find(text)) or not _OFFER_FOUND.may_find(text):
        return False
    offers = {m.lower() for m in _OFFER.findall(text)}
    rest = _OFFER.sub(" ", text)  # an ad word inside the offer ("chỉ từ") is not one more
    others = {m.lower() for m in _AD_WORDS.findall(rest)} | {m.lower() for m in _OFFER_WORDS.findall(rest)}
    return bool(offers) and len(offers) + len(others) >= 2


# a health product's promise: "… cải thiện làn da chỉ sau 2 tuần nhờ bí quyết đơn giản này", "… chỉ sau 7 ngày sử dụng"
# (the news's "chỉ trong 4 ngày, …" names no remedy)
_MIRACLE = re.compile(r"^(?=.*\bchỉ (?:sau|trong) \d+ (?:ngày|tuần|tháng)\b)"
                      r"(?=.*\b(?:bí quyết|mẹo|thảo dược|bài thuốc|dứt điểm|đơn giản này|sử dụng\W*$))", re.I)


def _advertises(text: str) -> bool:
    if _offers(text) or ("chỉ " in text and _MIRACLE.match(text) is not None):
        return True
    numbered = _DIGIT.search(text) is not None  # a phone number may be the second word
    if not _AD_WORDS_FOUND.may_find_times(text, _MIN_AD_WORDS - numbered):
        return False
    found = {m.lower() for m in _AD_WORDS.findall(text)}
    if len(found) == 1 and numbered and _CONTACT.search(text):
        found.add("")  # a phone number to call is one more: "Tư vấn miễn phí: gọi 1900 1234"
    return len(found) >= _MIN_AD_WORDS and bool(found - _NEWS_AD_WORDS)


def _widget_shape(text: str, words: int) -> bool:
    """A page widget by its shape: a contact line (an e-mail address or a phone number, no sentence), a
    star rating, a bracketed note ("[Âm thanh hiện trường]"), a counter ("Trả lời (69)"), a label ("Lời bình:")."""
    if words <= 25 and ("@" in text or "0" in text or "+84" in text or "(" in text) and not SENT_END.search(
            text.replace(":", "")) and _CONTACT.search(text):  # _CONTACT needs "@", "0" or "+84": tested first
        return True
    if words <= 3 and _POST_NUMBER.match(text):
        return True  # "Tuan_Anh #3": a forum post's author and number
    if words <= 10 and text.count(":") >= 2 and len(_FIELD_PAIR.findall(text)) >= 2 and not _FIELD_PAIR.sub("", text).strip(" ·•|-"):
        return True  # "Bài viết: 9918  Tham gia: 08-2013": a forum member's counters
    if words <= _MAX_NOTICE_WORDS and _PAGE_WORDS_FOUND.may_find_several(text, _MIN_PAGE_WORDS - ("@" in text)) \
            and len({m.lower() for m in _PAGE_WORDS.findall(text)}) + (
            "@" in text and bool(_EMAIL.search(text))) >= _MIN_PAGE_WORDS:  # an e-mail address counts as one
        return True  # "Nếu email không hiển thị đúng, vui lòng xem phiên bản web.": the page talking about itself
    if words <= _MAX_AD_WORDS and _advertises(text):
        return True  # "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ, không cần thế chấp."
    if words <= 5 and (_DURATION.match(text) or _REACTIONS.match(text)) or (words == 1 and _USER_NAME.match(text)) or (
            words <= _MAX_NOTICE_WORDS and text.startswith('"') and _QUOTED_CUT.match(text)) or (
            ("·" in text or " - " in text) and bool(_REPLY_ROW_END.search(text))) or (":" in text and bool(_HANDLE_SAYS.match(text))):
        return True
    field = _FIELD.match(text) if ":" in text else None
    if words <= _MAX_FIELD_WORDS and field and not _names_only(field.group("value")):
        return True  # "Thời gian đọc ước tính: 5 phút", "Chủ đề: Bản tin sáng": a label and its value
    if words <= 6 and text.startswith("TRANG ") and text.isupper() and _PRINT_PAGE.match(text):
        return True  # "TRANG 8  HỒ SƠ": a print page's running head
    if (words <= _MAX_QUIZ_ANSWER_WORDS and _QUIZ_ANSWER.match(text)) or (words <= _MAX_NOTICE_WORDS and _QUIZ_QUESTION.match(text)) \
            or (words <= _MAX_SPEAKER_WORDS and _SPEAKER.match(text)):
        return True  # a quiz's question or answer, a pulled-out quote's speaker
    if (words <= 6 and _URL.search(text)) or _CONTINUED.match(text) or _RULED.match(text):
        return True  # a link line ("link: https://…"), a print page's "Tiếp theo trang 1"
    return (has_any(text, _STAR_CHARS) and bool(_STARS.search(text))) or (words <= 8 and bool(_STAGE.match(text))) or (
        words <= 5 and bool(_COUNTER.match(text))) or (words <= 4 and text.endswith(":"))


def _names_only(text: str) -> bool:
    """ "Mỹ Hạnh", "Công Sơn - Vi Thảo": capitalised words only (a credit's people, kept as a credit)."""
    words = [w for w in re.split(r"[\s,\-–/&]+", text) if w]
    return bool(words) and all(NAME_WORD.match(w) for w in words)


def _is_hashtags(text: str) -> bool:
    if not text.lstrip().startswith("#"):  # the first word must be a hashtag: tested before splitting
        return False
    tokens = text.split()
    return bool(tokens) and tokens[0].startswith("#") and sum(t.startswith("#") for t in tokens) * 2 >= len(tokens)


def _is_share_row(text: str) -> bool:
    tokens = text.lower().replace(",", " ").replace(": ", " ").replace("(", " ").replace(")", " ").split()
    if 2 <= len(tokens) <= 8 and all(len(t) <= 2 and not t.isdigit() for t in tokens):
        return True  # a row of icon labels: "f t in", "fb yt zl tw"
    words = 0
    for token in tokens:
        if token in _SHARE_TOKENS:
            words += 1
        elif token.isdigit():
            continue  # a count or an age: "57 phút · Thích · Phản hồi"
        elif len(token) != 1 or token.isalnum():  # "★ Lưu ↗ Chia sẻ": one-character icons aside
            return False
    return 0 < words <= 14 and any(t in _SOCIAL for t in tokens)


# Costly patterns are tried only on a line holding words they need (read from each pattern: exact whatever
# the rule; see vnsumm.clean.prefilter).
_WIDGET_PARTS = split_anywhere(_WIDGET_LINE)  # its alternatives at the start, and those anywhere
_WIDGET_ANYWHERE = Prefilter(_WIDGET_PARTS[1]) if _WIDGET_PARTS else None
_PAGE_WORDS_FOUND = Prefilter(_PAGE_WORDS)  # which of its words a line holds, counted before the pattern runs
_AD_WORDS_FOUND = Prefilter(_AD_WORDS)
_OFFER_FOUND = Prefilter(_OFFER)
_UNNUMBERED_OFFER_FOUND = Prefilter(re.compile(r"số lượng có hạn|miễn phí|giảm giá sốc"))  # the offers without a number
_DIGIT = re.compile(r"\d")


def _widget_line(text: str) -> bool:
    """Whether ``_WIDGET_LINE`` matches: its alternatives that may start anywhere ("….*all rights reserved")
    are tried only on a line holding their words (the same answer, without a scan per alternative)."""
    if _WIDGET_PARTS is None or _WIDGET_ANYWHERE is None or "\n" in text:
        return _WIDGET_LINE.match(text) is not None
    head, anywhere = _WIDGET_PARTS
    return head.match(text) is not None or (_WIDGET_ANYWHERE.may_find(text) and anywhere.search(text) is not None) or (
        _NOTES.match(text) is not None) or (
        has_any(text, "%·•/○◯☐□◉") and _SYMBOL_ROWS.match(text) is not None)


def is_widget(text: str, words: int) -> bool:
    """Whether one normalised line of ``words`` words is a page widget by its shape alone."""
    return (words <= 14 and _is_share_row(text)) or (words <= 5 and _AD_LINE.match(text) is not None) or (
        words <= 25 and _widget_line(text)) or _is_hashtags(text) or _widget_shape(text, words) or (
        words <= _MAX_REFERENCE_WORDS and text.startswith("^ ")) or (  # a wiki's reference: "^ Dân trí (ngày 2/3/2019). “…”"
        words <= _MAX_COOKIE_WORDS and "cookie" in text.lower() and _COOKIE.search(text) is not None) or (
        words <= _MAX_META_WORDS and _META_FIELD.match(text) is not None) or (
        words <= _MAX_CLOSE_WORDS and _CLOSE.search(text) is not None) or (words <= 3 and _ZOOM.match(text) is not None) or (
        words <= _MAX_CALL_TO_ACTION_WORDS and text.endswith(("!", ".", "free", "now", "ngay")) and _CALL_TO_ACTION.search(text) is not None) or (
        words <= _MAX_DISCLAIMER_WORDS and _DISCLAIMER.match(text) is not None)


_MAX_REFERENCE_WORDS = _MAX_COOKIE_WORDS = _MAX_META_WORDS = 60
# a page's metadata dumped as text: "og:title = …", "article:published_time = 2018-07-12T14:20:00+07:00", a feed
# item's "description: …", "Keywords: ['y tế', 'giáo dục']"; the newsroom's address ("Toà soạn: Số 6 phố …, ĐT: …")
_META_FIELD = re.compile(r"^(?:[a-z][a-z0-9_]*(?:[:.][a-z0-9_]+)+\s*[=:]\s*\S|[a-z][a-z0-9_]{2,}\s*=\s*\S"
                         r"|(?:description|summary|guid|pubdate|category|keywords|tags|url|image|excerpt)\s*:\s*\S"  # not "author: X", a credit
                         r"|[A-Za-z]\w{2,20}\s*[:=]\s*\[\s*['\"]"
                         r"|T(?:òa|oà) soạn\s*:|Trụ sở(?: chính)?\s*:)")
_CLOSE = re.compile(r"^[✕✖×⨯]\s*\S|\S\s*[✕✖×⨯]$")  # a close button: "✕ Đóng thanh công cụ", "Close Ad ✕"
_MAX_CLOSE_WORDS = 5
# a cookie banner speaks to its reader of their visit: "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn …"
_COOKIE = re.compile(r"\bcookie.*\bbạn\b.*\b(?:trải nghiệm|truy cập|đồng ý|chấp nhận|chính sách)\b"
                     r"|\bcookie.*\b(?:trải nghiệm|truy cập|đồng ý|chấp nhận|chính sách)\b.*\bbạn\b"
                     r"|\bbạn\b.*\b(?:đồng ý|chấp nhận)\b.*\bcookie|\bcookie (?:và (?:các )?công nghệ tương tự)\b", re.I)
