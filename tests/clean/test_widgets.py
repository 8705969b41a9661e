"""Page widgets by their shape alone (vnsumm.clean.widgets); the end-to-end cases are in test_credits.py."""
from __future__ import annotations

import pytest

from vnsumm.clean.widgets import is_widget


@pytest.mark.parametrize("line", ["fb yt zl tw", "Quảng cáo", "© 2024 Báo Nghệ An. All rights reserved.", "#thoisu #vietnam",
                                  "Hotline: 0912 345 678", "Bạn đã đọc 3 bài viết miễn phí trong tháng này",
                                  "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ, không cần thế chấp.",
                                  "tuan.nguyen88: Quá đúng, tôi đồng ý với ý kiến của bạn phía trên.",
                                  "Ngọc Long Người dân mới là người chịu thiệt cuối cùng. Trả lời · Thích · 22 giờ trước",
                                  "[19:45] Hoàng Long: Mong báo cập nhật tiếp diễn biến vụ việc này nhé.", "6 – 8 phút",
                                  "Ước tính 5 phút đọc", "Thời gian đọc: 4 phút",
                                  "Mời quý vị gửi ý kiến qua biểu mẫu dưới đây.",
                                  "Nội dung này được cập nhật liên tục trên ứng dụng của báo.",
                                  "6,8K lượt thích  789 bình luận  109 lượt chia sẻ", "Thích (5) Trả lời",
                                  "Được tài trợ ·", "Xem bản dịch",
                                  "Tủ lạnh inverter chính hãng, bảo hành 3 năm, giao hàng miễn phí.",
                                  "Khóa học kỹ năng mềm trọn gói chỉ 1.500.000 đồng, số lượng có hạn.",
                                  "Mai Hương nói: Mong các cơ quan sớm vào cuộc.", "lan_anh92 viết: Ở quê tôi cũng vậy.",
                                  "Bạn nghĩ sao? Hãy để lại bình luận bên dưới.",
                                  "Báo không chịu trách nhiệm về nội dung của các trang bên ngoài.",
                                  "Bạn cần đăng nhập hoặc đăng ký để trả lời.",
                                  "Mua nhà phố chỉ từ 2,5 tỷ đồng, ngân hàng hỗ trợ vay đến 70%.",
                                  "Lớp lập trình cho trẻ em, học thử miễn phí buổi đầu tiên.",
                                  "Biệt thự ven biển đang mở bán giai đoạn 2 với chiết khấu tới 12%.",
                                  "Luật sư Trần Minh - di trú, ly dị. ĐT: (408) 555-0199",
                                  "Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.",
                                  "Báo Mới • 12 phút trước", "9:41  ⚡ 4G  87%", "Ý kiến của bạn sẽ được kiểm duyệt.",
                                  "Forwarded from Điểm Tin Sáng", "Chuyển tiếp từ Nhóm Thời sự", "Bỏ qua để tới nội dung",
                                  "VNM 68,5 ▼0,3%   SSI 24,1 ▲1,2%", "Thời sự · Kinh doanh · Thể thao · Giải trí",
                                  "Tư vấn miễn phí: gọi 1800 6789 (8h - 21h mỗi ngày).",
                                  "Bạn đang xem bản rút gọn. Đăng nhập để đọc toàn bộ bài viết.",
                                  "^ Tuổi Trẻ (ngày 2 tháng 3 năm 2019). “Mưa lớn”. Truy cập ngày 3 tháng 3 năm 2019.",
                                  "Trang này được sửa đổi lần cuối vào ngày 5 tháng 3 năm 2020.",
                                  "Nội dung được phát hành theo Giấy phép Creative Commons Ghi công.",
                                  "Thấy hay thì chuyển tiếp cho một người bạn nhé.",
                                  "Giảm tới 30% cho đơn hàng đầu tiên trên ứng dụng.",
                                  "Nhà phố chỉ thanh toán 20% nhận nhà ngay.",
                                  "^ Thanh Niên (ngày 2 tháng 3 năm 2019). “Hội chợ nông sản mở cửa đón khách tại công viên "
                                  "Tao Đàn cuối tuần này”. Truy cập ngày 3 tháng 3 năm 2019.",
                                  "Số 12 · ngày 3 tháng 5 năm 2019", "Hãy ủng hộ tòa soạn bằng một khoản đóng góp nhỏ.",
                                  "Thông tin chỉ mang tính chất tham khảo, không thay thế chẩn đoán của bác sĩ.",
                                  "Kem dưỡng da thảo mộc cho làn da mịn màng - xem ngay ưu đãi.", "Đọc trong 4 phút",
                                  "Bán nhà mặt tiền quận 3, 4x16m, giá 12 tỷ, chính chủ.", "Bạn đã đọc 3/5 bài miễn phí.",
                                  "Nếu cần, tôi có thể tóm tắt bài viết này.", "Bài viết có hữu ích với bạn không?",
                                  "★ Lưu ↗ Chia sẻ ✓ Đã đọc", "Thành viên tích cực", "Quảng cáo sẽ kết thúc sau 5 giây",
                                  "Xin chào Lan, đây là những tin đáng chú ý hôm nay.", "ĐỜI SỐNG   Thứ Ba, 12/3/2019   7",
                                  "7   vov.vn", "Tour Sa Pa 3 ngày 2 đêm chỉ 2.490.000 đồng, khởi hành hằng tuần.",
                                  "★ Lưu   ✓ Đánh dấu đã đọc", "Trang này được lưu trữ tự động.",
                                  "1.204 ảnh chụp từ 3 thg 5, 2018 đến 9 thg 11, 2020", "Bình luận đã bị tắt trên bản lưu trữ.",
                                  "Chúng tôi dùng cookie để cải thiện trải nghiệm của bạn; tiếp tục truy cập là bạn đồng ý "
                                  "với chính sách quyền riêng tư và điều khoản sử dụng của chúng tôi trên trang web này.",
                                  "Nội dung dành cho thành viên Premium.", "Đã là thành viên? Đăng nhập",
                                  "[Quảng cáo] Bí quyết trị đau lưng tại nhà chỉ sau 7 ngày.",
                                  "Bạn đánh giá bài viết này thế nào?", "Bạn đã đọc hết số bài miễn phí trong tháng.",
                                  "Gửi bình luận của bạn", "Máy lọc nước chính hãng giảm giá sốc, trả góp 0%.",
                                  "Bài viết này đã được lưu trữ và có thể không còn được cập nhật.", "3 giờ · 🌏",
                                  "Lan Phạm đã chuyển tiếp một tin nhắn", "Nhảy đến nội dung", "Vùng quảng cáo, kết thúc",
                                  "Nội dung được tài trợ", "○ Cần xử lý hình sự  ○ Xử phạt hành chính là đủ  ○ Ý kiến khác",
                                  "Bỏ qua Podcast và tiếp tục đọc"])
def test_widgets_are_known_by_their_shape(line):
    assert is_widget(line, len(line.split()))


@pytest.mark.parametrize("line", ["Sáng 12/4, UBND tỉnh công bố kế hoạch mở rộng vùng trồng cà phê đặc sản.",
                                  "Ngân hàng cho khách hàng vay với lãi suất ưu đãi 6,8% / năm, giải ngân trong một tuần.",
                                  "Ông Nam: Chúng tôi đã chuẩn bị giống cho vụ mới.", "Bước 1: Chuẩn bị đất trồng",
                                  "Các trình duyệt sẽ chặn cookie của bên thứ ba từ năm sau, theo thông báo của hãng.",
                                  "Ông yêu cầu cô cung cấp mật khẩu để đăng nhập vào ứng dụng ngân hàng.",
                                  "Sở Y tế cập nhật số ca bệnh hằng ngày trên cổng thông tin của tỉnh.",
                                  "Dự án được tài trợ bởi Ngân hàng Thế giới.", "Bài hát có 6,8K lượt thích.",
                                  "Hãng bán vé máy bay giá chỉ từ 299.000 đồng một chiều.",
                                  "Thí sinh đăng ký xét tuyển trực tuyến đến hết ngày 29/7.",
                                  "Siêu thị vẫn có mặt hàng giảm giá hoặc quà tặng như cá hồi, nước mắm.",
                                  "Ông Nam nói: năm nay lúa được mùa.", "Dương Xuân Nam: Đây là điều đáng buồn.",
                                  "Doanh nghiệp được giảm giá thuê đất và miễn thuế hai năm đầu.",
                                  "Lúc 9:30 sáng, tỷ lệ cử tri đi bầu đạt 87%", "Năm 1900 ông sinh ra tại Huế.",
                                  "Cổ phiếu VNM tăng 2,5% trong phiên sáng nay.",
                                  "Ông nói việc chuyển tiếp từ năm cũ sang năm mới là khó.",
                                  "Người dân có thể gọi đường dây nóng 1900 1234 để phản ánh.",
                                  "Giá xăng giảm đến 5% từ chiều nay.", "Xuất khẩu giảm tới 20% do thiếu đơn hàng.",
                                  "Người dân ủng hộ chúng tôi rất nhiều trong mùa lũ.",
                                  "Ông bán nhà để chữa bệnh cho con.", "Bán nhà ở quận 3 là lựa chọn của nhiều người.",
                                  "Đây là những tin đồn thất thiệt về công ty.", "Ông là thành viên tích cực của hội.",
                                  "Trung tâm Lưu trữ quốc gia vừa công bố bản lưu trữ mới về Hoàng Sa.",
                                  "Ca khúc là món quà của Tiên Cookie dành tặng các bạn học sinh sắp xa mái trường.",
                                  "Các hiện vật được lưu trữ tại bảo tàng tỉnh.",
                                  "Siêu thị vẫn có mặt hàng giảm giá hoặc quà tặng như cá hồi, nước mắm.",
                                  "Ông bỏ qua lời khuyên và tiếp tục đọc sách."])
def test_story_lines_are_not_widgets(line):
    assert not is_widget(line, len(line.split()))
