"""Table-driven tests of the matcher: (Vietnamese source, English phrase, supported?)."""
from __future__ import annotations

import pytest

from vnsumm.check import check

OK, BAD = True, False

CASES: list[tuple[str, str, bool]] = [
    # ---- amounts and scale words
    ("trị giá 130 triệu USD", "worth $130 million", OK),
    ("trị giá 130 triệu USD", "worth US$130m", OK),
    ("trị giá 130 triệu USD", "worth USD 130 million", OK),
    ("trị giá 130 triệu USD", "worth 130 million USD", OK),
    ("trị giá 130 triệu USD", "worth 130 million US dollars", OK),
    ("trị giá 130 triệu USD", "worth $130 billion", BAD),
    ("trị giá 130 triệu USD", "worth $13 million", BAD),
    ("trị giá 130 triệu USD", "worth $150 million", BAD),
    ("trị giá 130 triệu USD", "worth 130 million dong", BAD),
    ("tổng trị giá hơn 21 tỷ USD", "deals worth more than $21 billion", OK),
    ("tổng trị giá hơn 21 tỷ USD", "deals worth more than US$21bn", OK),
    ("tổng trị giá hơn 21 tỷ USD", "deals worth more than $21 million", BAD),
    ("tổng trị giá hơn 21 tỷ USD", "deals worth more than $12 billion", BAD),
    ("hợp đồng trị giá 12,7 tỷ USD", "a $12.7 billion contract", OK),
    ("hợp đồng trị giá 12,7 tỷ USD", "a $127 billion contract", BAD),
    ("hợp đồng trị giá 12,7 tỷ USD", "a $12.8 billion contract", BAD),
    ("hợp đồng trị giá 12,7 tỷ USD", "a contract worth about $13 billion", OK),
    ("hợp đồng trị giá 12,7 tỷ USD", "a contract worth $13 billion", BAD),
    ("vốn 1,5 tỷ USD", "capital of 1.5 billion USD", OK),
    ("vốn 1,5 tỷ USD", "capital of 15 billion USD", BAD),
    ("đầu tư 1.500 tỷ đồng", "an investment of VND1.5 trillion", OK),
    ("đầu tư 1.500 tỷ đồng", "an investment of 1,500 billion dong", OK),
    ("đầu tư 1.500 tỷ đồng", "an investment of VND1.5 billion", BAD),
    ("trao 10 tỷ đồng ủng hộ", "donated 10 billion VND", OK),
    ("trao 10 tỷ đồng ủng hộ", "donated 10 billion dong", OK),
    ("trao 800 triệu đồng", "gave VND800 million", OK),
    ("trao 800 triệu đồng", "gave VND8 million", BAD),
    ("khoảng 2,5 nghìn tỷ đồng", "about 2.5 trillion dong", OK),
    ("với 50 nghìn người tham gia", "with 50,000 participants", OK),
    ("với 50 nghìn người tham gia", "with 5,000 participants", BAD),
    ("giá 1 tỉ đồng", "cost 1 billion dong", OK),
    # ---- plain numbers and thousands separators
    ("trao trả 994 hòm hài cốt", "handed over 994 sets of remains", OK),
    ("trao trả 994 hòm hài cốt", "handed over 949 sets of remains", BAD),
    ("trao trả 8 hòm hài cốt", "repatriated 8 sets of remains", OK),
    ("trao trả 8 hòm hài cốt", "repatriated eight sets of remains", OK),
    ("trao trả 8 hòm hài cốt", "repatriated 9 sets of remains", BAD),
    ("thực hiện 4 đợt khai quật", "carried out four excavations", OK),
    ("thực hiện 4 đợt khai quật", "carried out five excavations", BAD),
    ("có 1.000 đại biểu", "1,000 delegates attended", OK),
    ("có 1.000 đại biểu", "1.000 delegates attended", OK),
    ("có 1.000 đại biểu", "1,400 delegates attended", BAD),
    ("mua 100 máy bay 737 MAX", "buy 100 Boeing 737 MAX planes", OK),
    ("mua 100 máy bay 737 MAX", "buy 150 Boeing 737 MAX planes", BAD),
    ("hai bên trao 43 bộ hồ sơ", "the two sides exchanged 43 files", OK),
    ("gồm ba mươi thành viên", "with 30 members", OK),
    ("nguyên tắc quốc phòng “bốn không”", "the 'four no's' defence policy", OK),
    # ---- percentages and decimals
    ("tăng trưởng 12,7%", "growth of 12.7%", OK),
    ("tăng trưởng 12,7%", "growth of 12.7 percent", OK),
    ("tăng trưởng 12,7%", "growth of 12.7 per cent", OK),
    ("tăng trưởng 12,7%", "growth of 1.27%", BAD),
    ("tăng trưởng 12,7%", "growth of 12.7 billion", BAD),
    ("lạm phát 3,5 phần trăm", "inflation of 3.5%", OK),
    ("lạm phát 3,5 phần trăm", "inflation of 5.3%", BAD),
    # ---- dates (day/month order)
    ("Sáng 8/5, tại Hà Nội", "on the morning of May 8 in Hanoi", OK),
    ("Sáng 8/5, tại Hà Nội", "on 8 May in Hanoi", OK),
    ("Sáng 8/5, tại Hà Nội", "on the 8th of May in Hanoi", OK),
    ("Sáng 8/5, tại Hà Nội", "on 8/5 in Hanoi", OK),
    ("Sáng 8/5, tại Hà Nội", "on August 5 in Hanoi", BAD),
    ("Sáng 8/5, tại Hà Nội", "on May 9 in Hanoi", BAD),
    ("08/05/2025 16:53", "May 8, 2025", OK),
    ("08/05/2025 16:53", "May 8, 2024", BAD),
    ("ngày 2/11", "on November 2", OK),
    ("ngày 2/11", "on 2 November", OK),
    ("ngày 2/11", "on February 11", BAD),
    ("Chiều ngày 24/6/2025 tại Thiên Tân", "on June 24, 2025 in Tianjin", OK),
    ("Thứ Ba, ngày 12/09/2023", "Tuesday, September 12, 2023", OK),
    ("Thứ Ba, ngày 12/09/2023", "Wednesday, September 12, 2023", BAD),
    ("Thứ Ba, ngày 12/09/2023", "December 9, 2023", BAD),
    ("Ngày 12/6/2025, Tổng Bí thư tiếp", "On 12 June 2025, the General Secretary received", OK),
    ("Vào ngày 13 tháng 6, đối thoại diễn ra", "The dialogue took place on June 13", OK),
    ("trong hai ngày 23-24/6/2025", "on June 23-24, 2025", OK),
    ("trong hai ngày 23-24/6/2025", "on June 24", OK),
    ("trong hai ngày 23-24/6/2025", "on June 25", BAD),
    ("từ ngày 19 đến 21-11-2024", "from 19 to 21 November 2024", OK),
    ("date 2025-11-02 Tổng Bí thư tiếp", "On November 2, 2025 the General Secretary received", OK),
    ("vào ngày 5 tháng Tám", "on August 5", OK),
    # ---- months and years
    ("Từ tháng 8-2024 đến nay", "since August 2024", OK),
    ("Từ tháng 8-2024 đến nay", "since August 2023", BAD),
    ("Từ tháng 8-2024 đến nay", "since May 2024", BAD),
    ("ký kết tháng 9-2024", "signed in September 2024", OK),
    ("ký kết tháng 9/2024", "signed in September 2024", OK),
    ("ký kết tháng 9 năm 2024", "signed in September", OK),
    ("cuộc điện đàm vào tháng 2-2025", "a phone call in February 2025", OK),
    ("cuộc điện đàm vào tháng 2-2025", "a phone call in March 2025", BAD),
    ("Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982", "the 1982 UN Convention on the Law of the Sea", OK),
    ("Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982", "the 1928 UN Convention on the Law of the Sea", BAD),
    ("năm 2025", "in 2025", OK),
    ("năm 2025", "in 2026", BAD),
    # ---- ordinals
    ("Đối thoại lần thứ 13", "the 13th dialogue", OK),
    ("Đối thoại lần thứ 13", "the thirteenth dialogue", OK),
    ("Đối thoại lần thứ 13", "the 14th dialogue", BAD),
    ("kỷ niệm 30 năm thiết lập quan hệ", "the 30th anniversary of relations", OK),
    ("kỷ niệm 30 năm thiết lập quan hệ", "the 25th anniversary of relations", BAD),
    ("Đại hội XIII của Đảng", "the 13th Party Congress", OK),
    ("Đại hội XIII của Đảng", "the XIII Party Congress", OK),
    ("Đại hội XIII của Đảng", "the 12th Party Congress", BAD),
    ("Hội nghị thượng đỉnh lần thứ 2", "the 2nd summit", OK),
    ("APEC lần thứ 32", "the 32nd APEC", OK),
    ("APEC lần thứ 32", "the 31st APEC", BAD),
    # ---- names (diacritics ignored) and gazetteer names
    ("Thượng tướng Hoàng Xuân Chiến", "Senior Lieutenant General Hoang Xuan Chien", OK),
    ("Thượng tướng Hoàng Xuân Chiến", "General Hoàng Xuân Chiến", OK),
    ("Thượng tướng Hoàng Xuân Chiến", "General Chien", OK),
    ("Thượng tướng Hoàng Xuân Chiến", "General Hoang Xuan Phuc", BAD),
    ("Bộ trưởng Pete Hegseth", "Secretary Pete Hegseth", OK),
    ("Bộ trưởng Pete Hegseth", "Secretary of State Mike Pompeo", BAD),
    ("Bộ trưởng Quốc phòng Phan Văn Giang", "Defence Minister Phan Van Giang", OK),
    ("Bộ trưởng Quốc phòng Phan Văn Giang", "Defence Minister Ngo Xuan Lich", BAD),
    ("Tổng Bí thư Tô Lâm", "General Secretary To Lam", OK),
    ("Tổng Bí thư Tô Lâm", "General Secretary Nguyen Phu Trong", BAD),
    ("Tổng thống Donald Trump", "President Donald Trump", OK),
    ("Tổng thống Donald Trump", "President Joe Biden", BAD),
    ("tại sân bay Biên Hòa", "at Bien Hoa airport", OK),
    ("tại sân bay Biên Hòa", "at Da Nang airport", BAD),
    ("Việt Nam - Hoa Kỳ", "Vietnam-US", OK),
    ("Việt Nam và Mỹ", "Vietnam and the United States", OK),
    ("Việt Nam và Mỹ", "Vietnam and China", BAD),
    ("tại Hà Nội", "in Hanoi", OK),
    ("tại Thành phố Hồ Chí Minh", "in Hanoi", BAD),
    ("về vấn đề Biển Đông", "on the South China Sea", OK),
    ("Thủ tướng Trung Quốc Lý Cường", "Chinese Premier Li Qiang", OK),
    ("Tập đoàn Vietjet ký hợp đồng", "Vietjet signed a contract", OK),
    # ---- not checked: idiom and title-case common words
    ("hai nước", "the two countries, for the first time, one of the partners", OK),
    ("Đối tác chiến lược toàn diện", "the Comprehensive Strategic Partnership", OK),
]


@pytest.mark.parametrize("source, english, supported", CASES,
                         ids=[f"{i:03d}-{e[:40]}" for i, (_, e, _) in enumerate(CASES)])
def test_matcher(source: str, english: str, supported: bool) -> None:
    result = check(source, english)
    if supported:
        assert result.unsupported == [], result.to_dict()
    else:
        assert result.unsupported, f"nothing flagged: {result.to_dict()}"


def test_table_is_large_and_balanced() -> None:
    assert len(CASES) >= 60
    assert sum(not ok for _, _, ok in CASES) >= 30
