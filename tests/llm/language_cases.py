"""Short briefs for the English check: English ones full of Vietnamese names (each with the
Vietnamese sentence it came from, whose names are the article's), and French, German and
Vietnamese ones. Written for these tests."""

ENGLISH = [
    ("Gold prices fell in Hà Nội.", "Giá vàng giảm tại Hà Nội."),
    ("Floods hit Hà Giang.", "Lũ lụt tại Hà Giang."),
    ("Officials met in Hà Nội.", "Các quan chức họp tại Hà Nội."),
    ("Nguyễn Văn An won the race in Đà Nẵng.", "Nguyễn Văn An thắng cuộc đua tại Đà Nẵng."),
    ("Police in Bình Dương arrested two men.", "Công an Bình Dương bắt hai người đàn ông."),
    ("Storm Yagi killed 30 people in Quảng Ninh.", "Bão Yagi làm 30 người chết tại Quảng Ninh."),
    ("Phạm Minh Chính visited Cần Thơ on Monday.", "Phạm Minh Chính thăm Cần Thơ hôm thứ Hai."),
    ("Rice exports from An Giang rose.", "Xuất khẩu gạo của An Giang tăng."),
    ("Hoàng Xuân Chiến received Pete Hegseth.", "Hoàng Xuân Chiến tiếp Pete Hegseth."),
    ("Traffic jams hit Thủ Đức again.", "Kẹt xe lại xảy ra ở Thủ Đức."),
    ("A fire broke out in Long Biên.", "Cháy tại Long Biên."),
    ("Vietjet added flights to Phú Quốc.", "Vietjet tăng chuyến bay đến Phú Quốc."),
    ("Lê Thị Hoa was named minister.", "Lê Thị Hoa được bổ nhiệm làm bộ trưởng."),
    ("Heavy rain flooded Huế.", "Mưa lớn gây ngập Huế."),
    ("Farmers in Sóc Trăng lost their crops.", "Nông dân Sóc Trăng mất mùa."),
    ("Trần Đại Quang met leaders in Hải Phòng.", "Trần Đại Quang gặp lãnh đạo tại Hải Phòng."),
    ("Landslides blocked roads in Lào Cai.", "Sạt lở chặn đường ở Lào Cai."),
    ("Vinamilk opened a plant in Nghệ An.", "Vinamilk mở nhà máy tại Nghệ An."),
    ("Đỗ Mười died aged 101.", "Đỗ Mười qua đời ở tuổi 101."),
    ("Tourists returned to Hội An.", "Du khách trở lại Hội An."),
]

FOREIGN = [  # (brief, its language, the Vietnamese it came from)
    ("Les prix de l'or ont baissé à Hà Nội.", "French", "Giá vàng giảm tại Hà Nội."),
    ("Des inondations ont frappé Hà Giang.", "French", "Lũ lụt tại Hà Giang."),
    ("Les responsables se sont réunis à Hà Nội.", "French", "Các quan chức họp tại Hà Nội."),
    ("Nguyễn Văn An a gagné la course à Đà Nẵng.", "French", "Nguyễn Văn An thắng cuộc đua tại Đà Nẵng."),
    ("La police de Bình Dương a arrêté deux hommes.", "French", "Công an Bình Dương bắt hai người đàn ông."),
    ("Le typhon a tué 30 personnes à Quảng Ninh.", "French", "Bão Yagi làm 30 người chết tại Quảng Ninh."),
    ("Une forte pluie a inondé Huế.", "French", "Mưa lớn gây ngập Huế."),
    ("Die Goldpreise sind in Hà Nội gefallen.", "German", "Giá vàng giảm tại Hà Nội."),
    ("Überschwemmungen trafen Hà Giang.", "German", "Lũ lụt tại Hà Giang."),
    ("Die Beamten trafen sich in Hà Nội.", "German", "Các quan chức họp tại Hà Nội."),
    ("Die Polizei in Bình Dương nahm zwei Männer fest.", "German", "Công an Bình Dương bắt hai người đàn ông."),
    ("Phạm Minh Chính besuchte am Montag Cần Thơ.", "German", "Phạm Minh Chính thăm Cần Thơ hôm thứ Hai."),
    ("Starker Regen überflutete Huế.", "German", "Mưa lớn gây ngập Huế."),
    ("Touristen kehrten nach Hội An zurück.", "German", "Du khách trở lại Hội An."),
    ("Giá vàng giảm tại Hà Nội.", "Vietnamese", "Giá vàng giảm tại Hà Nội."),
    ("Lũ lụt tại Hà Giang.", "Vietnamese", "Lũ lụt tại Hà Giang."),
    ("Công an Bình Dương bắt hai người đàn ông.", "Vietnamese", "Công an Bình Dương bắt hai người đàn ông."),
    ("Mưa lớn gây ngập Huế.", "Vietnamese", "Mưa lớn gây ngập Huế."),
    ("Nông dân Sóc Trăng mất mùa.", "Vietnamese", "Nông dân Sóc Trăng mất mùa."),
    ("Du khách trở lại Hội An.", "Vietnamese", "Du khách trở lại Hội An."),
]
