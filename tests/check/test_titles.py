"""Offices, ministries and relationship levels: the article must give them (to that person)."""
from __future__ import annotations

from pathlib import Path

import pytest

from vnsumm.check import check

OK, BAD = True, False
SEED = Path(__file__).resolve().parents[2] / "seeds"
TRONG = "Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Joe Biden hội đàm. Chủ tịch nước Lương Cường thăm Peru."
CHIEN = ("Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng và ông John Noh, "
         "Quyền Trợ lý Bộ trưởng Quốc phòng Hoa Kỳ đồng chủ trì. Bộ Quốc phòng Hoa Kỳ hỗ trợ. Bộ Ngoại giao "
         "Việt Nam cho biết.")
LAM = ("Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường tiếp Bộ trưởng Pete Hegseth. Tổng Bí thư Tô Lâm bày tỏ "
       "đánh giá cao nỗ lực của Tổng thống Donald Trump.")
PROVINCE = ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Bí thư Thành ủy Hà Nội Trần Văn Bình và Phó Thủ tướng "
            "Lê Văn Cường phát biểu.")
XI = "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Quốc vụ viện Lý Cường dự lễ."
SON = "Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Phó Chủ tịch Ngân hàng Thế giới."
MAN = "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Cuba."
CSP = "Hai nước nâng tầm quan hệ lên Đối tác Chiến lược Toàn diện, sau 10 năm là Đối tác toàn diện."
SP = "Việt Nam và Kazakhstan là Đối tác chiến lược."

TITLES: list[tuple[str, str, bool]] = [
    # an office given to the person the article gives it to
    (TRONG, "General Secretary Nguyen Phu Trong met President Joe Biden.", OK),
    (TRONG, "Party General Secretary Nguyen Phu Trong met President Joe Biden.", OK),
    (TRONG, "President Nguyen Phu Trong met President Joe Biden.", BAD),
    (TRONG, "Nguyen Phu Trong, President of Vietnam, met Joe Biden.", BAD),
    (TRONG, "Vietnam's President, Nguyen Phu Trong, met Joe Biden.", BAD),
    (TRONG, "General Secretary Nguyen Phu Trong met Prime Minister Joe Biden.", BAD),
    (TRONG, "President Luong Cuong visited Peru.", OK),
    (TRONG, "State President Luong Cuong visited Peru.", OK),
    (TRONG, "Prime Minister Luong Cuong visited Peru.", BAD),
    (TRONG, "General Secretary Luong Cuong visited Peru.", BAD),
    ("Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng đón Tổng thống Donald Trump.",
     "Party General Secretary and President Nguyen Phu Trong welcomed President Donald Trump.", OK),
    (LAM, "General Secretary To Lam and State President Luong Cuong received Pete Hegseth.", OK),
    (LAM, "President To Lam received Pete Hegseth.", BAD),
    (LAM, "General Secretary Luong Cuong received Pete Hegseth.", BAD),
    (LAM, "General Secretary To Lam praised President Donald Trump.", OK),
    (LAM, "General Secretary To Lam praised General Secretary Donald Trump.", BAD),
    (CHIEN, "Senior Lieutenant General Hoang Xuan Chien, Deputy Minister of National Defence, met John Noh.", OK),
    (CHIEN, "Deputy Defence Minister Hoang Xuan Chien met John Noh.", OK),
    (CHIEN, "Deputy Prime Minister Hoang Xuan Chien met John Noh.", BAD),
    (CHIEN, "Deputy Prime Minister and Minister of Defense Hoang Xuan Chien met John Noh.", BAD),
    (CHIEN, "Defence Minister Hoang Xuan Chien met John Noh.", BAD),
    (CHIEN, "Deputy Foreign Minister Hoang Xuan Chien met John Noh.", BAD),
    (CHIEN, "Hoang Xuan Chien met John Noh, Acting Assistant Secretary of Defense of the US.", OK),
    (CHIEN, "Hoang Xuan Chien met John Noh, Acting Assistant Secretary of State of the US.", BAD),
    (SON, "Deputy Prime Minister and Foreign Minister Bui Thanh Son received the World Bank Vice President.", OK),
    (SON, "Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son received her.", OK),
    (SON, "Prime Minister Bui Thanh Son received her.", BAD),
    (SON, "Deputy Prime Minister and Defence Minister Bui Thanh Son received her.", BAD),
    (SON, "Deputy Prime Minister and Minister of Public Security Bui Thanh Son received her.", BAD),
    (MAN, "National Assembly Chairman Tran Thanh Man received the Cuban ambassador.", OK),
    (MAN, "Chairman of the National Assembly Tran Thanh Man received the Cuban ambassador.", OK),
    (MAN, "President Tran Thanh Man received the Cuban ambassador.", BAD),
    (MAN, "Prime Minister Tran Thanh Man received the Cuban ambassador.", BAD),
    (MAN + " Đại sứ Cuba tại Việt Nam Orlando Hernandez cảm ơn.", "Cuban Ambassador Orlando Hernandez thanked him.", OK),
    (MAN + " Đại sứ Cuba tại Việt Nam Orlando Hernandez cảm ơn.", "Cuban Minister Orlando Hernandez thanked him.", BAD),
    (PROVINCE, "Vice Chairman of the provincial People's Committee Nguyen Van An spoke.", OK),
    (PROVINCE, "Chairman of the provincial People's Committee Nguyen Van An spoke.", BAD),
    (PROVINCE, "Hanoi Party chief Tran Van Binh and Deputy Prime Minister Le Van Cuong spoke.", OK),
    (PROVINCE, "Vice Premier Le Van Cuong spoke.", OK),
    (PROVINCE, "Premier Le Van Cuong spoke.", BAD),
    (XI, "President Xi Jinping met Premier Li Qiang.", OK),
    (XI, "Premier Xi Jinping met President Li Qiang.", BAD),
    # ministries, with their country when the brief names it
    (CHIEN, "The US Department of Defense supports the work.", OK),
    (CHIEN, "The Pentagon supports the work.", OK),
    (CHIEN, "The United States Department of State supports the work.", BAD),
    (CHIEN, "Vietnam's Ministry of Foreign Affairs said so.", OK),
    (CHIEN, "Vietnam's Ministry of Public Security said so.", BAD),
    (CHIEN, "The Ministry of Finance said so.", BAD),
    (SON, "The State Department said so.", BAD),
    # the named levels of a relationship
    (CSP, "The two countries upgraded ties to a Comprehensive Strategic Partnership.", OK),
    (CSP, "The two countries upgraded ties to a comprehensive strategic partnership.", OK),
    (CSP, "They had been Comprehensive Partners for 10 years.", OK),
    (CSP, "The two countries upgraded ties to a Strategic Partnership.", BAD),
    (CSP, "The two countries became strategic partners.", BAD),
    (CSP, "The two countries upgraded ties to an Extensive Strategic Partnership.", BAD),
    (SP, "Vietnam and Kazakhstan are strategic partners.", OK),
    (SP, "Vietnam and Kazakhstan have a Comprehensive Strategic Partnership.", BAD),
    (SP, "Vietnam and Kazakhstan have a Comprehensive Partnership.", BAD),
]


@pytest.mark.parametrize(("source", "brief", "supported"), TITLES)
def test_titles_bodies_levels(source: str, brief: str, supported: bool) -> None:
    result = check(source, brief)
    assert result.ok is supported, result.to_dict()


def test_seed_003_title_and_level_errors_are_flagged_in_the_record_shape() -> None:
    article = next(SEED.glob("003_*.txt")).read_text()
    faithful = ("General Secretary Nguyen Phu Trong and President Joe Biden upgraded Vietnam-US ties to a "
                "Comprehensive Strategic Partnership.")
    assert check(article, faithful).ok
    wrong = "President Nguyen Phu Trong and President Joe Biden upgraded Vietnam-US ties to a Strategic Partnership."
    unsupported = check(article, wrong).to_dict()["unsupported"]
    assert [(u["kind"], u["text"], u["value"]) for u in unsupported] == [
        ("title", "President", "President"), ("relationship", "Strategic Partnership", "Strategic Partnership")]
    assert all(wrong[u["start"]:u["end"]] == u["text"] for u in unsupported)


UPGRADE = ("Sau 10 năm xác lập Quan hệ đối tác toàn diện, hai nước nâng tầm quan hệ lên Đối tác Chiến lược "
           "Toàn diện.")


@pytest.mark.parametrize(("brief", "supported"), [
    ("The two countries upgraded ties to a Comprehensive Strategic Partnership.", OK),
    ("After 10 years as a Comprehensive Partnership, ties were elevated to a Comprehensive Strategic "
     "Partnership.", OK),
    ("The two countries upgraded ties to a Comprehensive Partnership.", BAD),
    ("The two countries upgraded their relations to a Strategic Partnership.", BAD),
])
def test_the_level_ties_were_upgraded_to(brief: str, supported: bool) -> None:
    assert check(UPGRADE, brief).ok is supported, check(UPGRADE, brief).to_dict()
