"""English names whose Vietnamese form is a translation, not a copy ("US" <-> "Hoa Kỳ").

Each entry: canonical English name, the English forms a brief may use (matched
case-sensitively), and the Vietnamese forms to look for in the article (matched
case-insensitively, with diacritics). A brief naming one of these is supported when the
article has any of its Vietnamese forms or any of its English forms. Capital cities also
stand for their country ("Washington said" <-> "Mỹ"), as in ordinary news English, but not as
a place: "in Beijing", "to Tokyo" need the city itself in the article (``CITY_FORMS``). A
landmark or district ("Phủ Chủ tịch") never stands for its city: the city must be named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnsumm.check.text import fold, vietnamese_shaped

__all__ = ["Entry", "ENTRIES", "CITY_FORMS", "VI_PATTERN", "find_alias", "find_vietnamese_names"]


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str  # "place" or "name" (people whose Vietnamese name is Sino-Vietnamese)
    english: tuple[str, ...]
    vietnamese: tuple[str, ...]


def _e(name: str, english: str, vietnamese: str, kind: str = "place") -> Entry:
    split = lambda s: tuple(x.strip() for x in s.split("|") if x.strip())  # noqa: E731
    return Entry(name, kind, split(english), split(vietnamese))


ENTRIES: tuple[Entry, ...] = (
    _e("Vietnam", "Vietnam|Viet Nam|Vietnamese|Việt Nam", "Việt Nam|Việt|VN|Hà Nội"),
    _e("South America", "South America|South American", "Nam Mỹ"),
    _e("North America", "North America|North American", "Bắc Mỹ"),
    _e("Central America", "Central America|Central American", "Trung Mỹ"),
    _e("United States", "United States of America|United States|U.S.A.|U.S.|USA|US|America|"
       "Americans|American|Washington", "Hoa Kỳ|Mỹ|Washington|Oa-sinh-tơn|Hợp chủng quốc"),
    _e("China", "People's Republic of China|China|Chinese|Beijing", "Trung Quốc|Trung Hoa|Bắc Kinh|Mỹ - Trung|Mỹ-Trung|Việt - Trung|Việt-Trung|người Hoa|Hoa kiều|tiếng Trung|tiếng Hoa"),
    _e("Japan", "Japan|Japanese|Tokyo", "Nhật Bản|Nhật|Tokyo|Tô-ky-ô"),
    # "Triều Tiên" is North Korea (and the whole peninsula), never South Korea
    _e("North Korea", "North Korea|North Korean|North Koreans|DPRK|Pyongyang",
       "Triều Tiên|Bắc Triều Tiên|Bắc Hàn|Bình Nhưỡng|CHDCND Triều Tiên"),
    _e("Korean Peninsula", "Korean Peninsula|Korean peninsula|Korean War", "bán đảo Triều Tiên|chiến tranh Triều Tiên|"
       "Triều Tiên|bán đảo Hàn"),
    _e("South Korea", "South Korea|South Korean|South Koreans|Republic of Korea|Korea|Korean|Koreans|Seoul",
       "Hàn Quốc|Hàn|Nam Hàn|Seoul|Xơ-un"),
    _e("Russia", "Russian Federation|Russia|Russian|Russians|Moscow", "Nga|Liên bang Nga|Moskva|Mát-xcơ-va|Matxcơva"),
    _e("Soviet Union", "Soviet Union|USSR|Soviet", "Liên Xô|Liên bang Xô viết|Xô viết|Xô-viết"),
    _e("France", "France|French|Paris", "Pháp|Paris|Pa-ri"),
    _e("United Kingdom", "United Kingdom|U.K.|UK|Britain|Great Britain|British|London",
       "Anh|Vương quốc Anh|Luân Đôn|London"),
    _e("Germany", "Germany|German|Germans|Berlin", "Đức|Berlin|Béc-lin"),
    _e("India", "India|Indian|Indians|New Delhi", "Ấn Độ|New Delhi|Niu Đê-li|Ấn"),
    _e("Laos", "Laos|Lao|Laotian|Vientiane", "Lào|Viêng Chăn|Vientiane"),
    _e("Cambodia", "Cambodia|Cambodian|Cambodians|Phnom Penh", "Campuchia|Cam-pu-chia|Phnom Penh|Phnôm Pênh"),
    _e("Thailand", "Thailand|Thai|Bangkok", "Thái Lan|Bangkok|Băng Cốc"),
    _e("Singapore", "Singapore|Singaporean", "Singapore|Xin-ga-po|Xinhgapo"),
    _e("Malaysia", "Malaysia|Malaysian|Kuala Lumpur|Penang", "Malaysia|Ma-lai-xi-a|Kuala Lumpur|Penang"),
    _e("Indonesia", "Indonesia|Indonesian|Jakarta", "Indonesia|In-đô-nê-xi-a|Jakarta|Gia-các-ta"),
    _e("Philippines", "Philippines|Philippine|Filipino|Manila", "Philippines|Philippin|Phi-líp-pin|Manila"),
    _e("Myanmar", "Myanmar|Burma|Burmese", "Myanmar|Mi-an-ma"),
    _e("Brunei", "Brunei", "Brunei|Bru-nây"),
    _e("Timor-Leste", "Timor-Leste|East Timor", "Timor-Leste|Đông Timor|Ti-mo Lét-xtê"),
    _e("Australia", "Australia|Australian|Australians|Canberra", "Australia|Úc|Ô-xtrây-li-a|Canberra"),
    _e("New Zealand", "New Zealand", "New Zealand|Niu Di-lân"),
    _e("Canada", "Canada|Canadian", "Canada|Ca-na-đa"),
    _e("Cuba", "Cuba|Cuban", "Cuba|Cu-ba"),
    _e("Ukraine", "Ukraine|Ukrainian|Kyiv|Kiev", "Ukraine|U-crai-na|Kiev|Kyiv"),
    _e("Israel", "Israel|Israeli", "Israel|I-xra-en"),
    _e("Iran", "Iran|Iranian", "Iran|I-ran"),
    _e("Sweden", "Sweden|Swedish|Stockholm", "Thụy Điển|Stockholm"),
    _e("Italy", "Italy|Italian|Rome", "Italy|Ý|I-ta-li-a|Rome|Roma"),
    _e("Spain", "Spain|Spanish|Madrid", "Tây Ban Nha|Madrid"),
    _e("Portugal", "Portugal|Portuguese|Lisbon", "Bồ Đào Nha|Lisbon"),
    _e("Netherlands", "Netherlands|Dutch|Holland", "Hà Lan"),
    _e("Switzerland", "Switzerland|Swiss|Geneva", "Thụy Sĩ|Thụy Sỹ|Geneva|Giơ-ne-vơ"),
    _e("Belgium", "Belgium|Belgian|Brussels", "Bỉ|Brussels|Bruxelles"),
    _e("Poland", "Poland|Polish", "Ba Lan"),
    _e("Hungary", "Hungary|Hungarian", "Hungary|Hung-ga-ri"),
    _e("Czech Republic", "Czech Republic|Czechia|Czech", "Séc|Cộng hòa Séc"),
    _e("Lithuania", "Lithuania|Lithuanian", "Litva|Lít-va|Lithuania"),
    _e("Turkey", "Turkey|Türkiye|Turkish", "Thổ Nhĩ Kỳ"),
    _e("Egypt", "Egypt|Egyptian|Cairo", "Ai Cập|Cairo"),
    _e("Saudi Arabia", "Saudi Arabia|Saudi", "Ả Rập Xê Út|Arab Saudi|Saudi Arabia"),
    _e("United Arab Emirates", "United Arab Emirates|UAE|Dubai|Abu Dhabi",
       "Các Tiểu vương quốc Ả Rập Thống nhất|UAE|Dubai|Abu Dhabi"),
    _e("Brazil", "Brazil|Brazilian|Rio de Janeiro", "Brazil|Bra-xin|Rio de Janeiro"),
    _e("Mexico", "Mexico|Mexican", "Mexico|Mê-hi-cô"),
    _e("Argentina", "Argentina|Argentine", "Argentina|Ác-hen-ti-na"),
    _e("Chile", "Chile|Chilean|Santiago", "Chile|Chi-lê|Santiago"),
    _e("Peru", "Peru|Peruvian|Lima", "Peru|Pê-ru|Lima"),
    _e("Dominican Republic", "Dominican Republic|Dominican", "Cộng hòa Dominica|Cộng hoà Dominica|Dominicana"),
    _e("Kazakhstan", "Kazakhstan|Kazakh", "Kazakhstan|Ca-dắc-xtan"),
    _e("Mongolia", "Mongolia|Mongolian", "Mông Cổ"),
    _e("Taiwan", "Taiwan|Taiwanese|Taipei", "Đài Loan|Đài Bắc"),
    _e("Hong Kong", "Hong Kong", "Hong Kong|Hồng Kông"),
    _e("Europe", "Europe|European|Europeans", "châu Âu|EU|Âu"),
    _e("European Union", "European Union|EU", "Liên minh châu Âu|EU|châu Âu"),
    _e("Asia", "Asia|Asian", "châu Á|Á châu|Á"),
    _e("Africa", "Africa|African", "châu Phi|Phi"),
    _e("Middle East", "Middle East|Mideast", "Trung Đông"),
    _e("Southeast Asia", "Southeast Asia|South-East Asia|Southeast Asian", "Đông Nam Á"),
    _e("Asia-Pacific", "Asia-Pacific|Asia Pacific", "châu Á - Thái Bình Dương|châu Á-Thái Bình Dương|APEC"),
    _e("Indo-Pacific", "Indo-Pacific", "Ấn Độ Dương - Thái Bình Dương|Ấn Độ Dương-Thái Bình Dương|"
       "Ấn Độ Dương – Thái Bình Dương|Ấn Độ - Thái Bình Dương|Ấn Độ-Thái Bình Dương"),
    _e("Pacific", "Pacific", "Thái Bình Dương"),
    _e("United Nations", "United Nations|UN|U.N.", "Liên hợp quốc|Liên Hiệp Quốc|LHQ|UN"),
    _e("ASEAN", "ASEAN|Association of Southeast Asian Nations",
       "ASEAN|Hiệp hội các quốc gia Đông Nam Á|Hiệp hội các nước Đông Nam Á"),
    _e("East Sea", "East Vietnam Sea|East Sea|South China Sea|Bien Dong", "Biển Đông"),
    _e("Spratly Islands", "Spratly Islands|Spratlys|Spratly|Truong Sa", "Trường Sa"),
    _e("Paracel Islands", "Paracel Islands|Paracels|Paracel|Hoang Sa", "Hoàng Sa"),
    _e("Mekong Delta", "Mekong Delta", "đồng bằng sông Cửu Long|ĐBSCL|miền Tây Nam Bộ|Tây Nam Bộ|miền Tây|"
       "Cửu Long"),
    _e("Mekong", "Mekong River|Mekong", "Mê Kông|Mekong|Cửu Long|ĐBSCL|Mê-kông|sông Tiền|sông Hậu"),
    _e("Red River", "Red River Delta|Red River", "sông Hồng|đồng bằng Bắc Bộ|đồng bằng sông Hồng"),
    _e("Central Highlands", "Central Highlands|Tay Nguyen", "Tây Nguyên"),
    _e("Perfume River", "Perfume River|Huong River", "sông Hương"),
    _e("Saigon River", "Saigon River", "sông Sài Gòn"),
    # a landmark ("Phủ Chủ tịch") is no mention of its city: the article must name Hanoi
    _e("Hanoi", "Hanoi|Ha Noi", "Hà Nội"),
    _e("Ho Chi Minh City", "Ho Chi Minh City|HCMC|HCM City|Saigon|Sai Gon",
       "thành phố Hồ Chí Minh|TP.HCM|TP HCM|TPHCM|TP.Hồ Chí Minh|TP Hồ Chí Minh|Sài Gòn"),
    _e("Da Nang", "Da Nang|Danang", "Đà Nẵng"),
    _e("Hai Phong", "Hai Phong|Haiphong", "Hải Phòng"),
    _e("Hue", "Hue", "Huế|Thừa Thiên Huế|Thừa Thiên - Huế"),
    _e("Ha Long", "Ha Long Bay|Halong Bay|Ha Long|Halong", "Hạ Long"),
    _e("Can Tho", "Can Tho|Cantho", "Cần Thơ"),
    _e("Phu Quoc", "Phu Quoc", "Phú Quốc"),
    _e("Nha Trang", "Nha Trang", "Nha Trang"),
    _e("Vung Tau", "Vung Tau", "Vũng Tàu"),
    _e("Dien Bien Phu", "Dien Bien Phu|Dienbienphu", "Điện Biên Phủ"),
    _e("Greece", "Greece|Greek|Athens", "Hy Lạp|Aten|A-ten"),
    _e("Austria", "Austria|Austrian|Vienna", "Áo|Viên|Vienna"),
    _e("Denmark", "Denmark|Danish|Copenhagen", "Đan Mạch|Copenhagen"),
    _e("Norway", "Norway|Norwegian|Oslo", "Na Uy|Oslo"),
    _e("Finland", "Finland|Finnish|Helsinki", "Phần Lan|Helsinki"),
    _e("Ireland", "Ireland|Irish|Dublin", "Ireland|Ai-len|Dublin"),
    _e("Romania", "Romania|Romanian|Bucharest", "Romania|Rumani|Ru-ma-ni|Bucharest"),
    _e("Bulgaria", "Bulgaria|Bulgarian|Sofia", "Bulgaria|Bungary|Bun-ga-ri|Sofia"),
    _e("Serbia", "Serbia|Serbian|Belgrade", "Serbia|Xéc-bi-a|Belgrade"),
    _e("Belarus", "Belarus|Belarusian|Minsk", "Belarus|Bê-la-rút|Minsk"),
    _e("Czech capital", "Prague", "Praha|Pra-ha|Prague"),
    _e("Poland capital", "Warsaw", "Warsaw|Vác-sa-va|Vacsava"),
    _e("Azerbaijan", "Azerbaijan|Azerbaijani|Baku", "Azerbaijan|A-déc-bai-gian|Baku"),
    _e("Uzbekistan", "Uzbekistan|Uzbek|Tashkent", "Uzbekistan|U-dơ-bê-ki-xtan|Tashkent"),
    _e("Pakistan", "Pakistan|Pakistani|Islamabad", "Pakistan|Pa-ki-xtan|Islamabad"),
    _e("Bangladesh", "Bangladesh|Bangladeshi|Dhaka", "Bangladesh|Băng-la-đét|Dhaka"),
    _e("Sri Lanka", "Sri Lanka|Sri Lankan|Colombo", "Sri Lanka|Xri Lan-ca|Colombo"),
    _e("Nepal", "Nepal|Nepali|Nepalese|Kathmandu", "Nepal|Nê-pan|Kathmandu"),
    _e("Qatar", "Qatar|Qatari|Doha", "Qatar|Ca-ta|Doha"),
    _e("Kuwait", "Kuwait|Kuwaiti", "Kuwait|Cô-oét"),
    _e("Iraq", "Iraq|Iraqi|Baghdad", "Iraq|I-rắc|Baghdad"),
    _e("Syria", "Syria|Syrian|Damascus", "Syria|Xy-ri|Damascus"),
    _e("Jordan", "Jordan|Jordanian|Amman", "Jordan|Gioóc-đa-ni"),
    _e("Lebanon", "Lebanon|Lebanese|Beirut", "Lebanon|Li-băng|Beirut"),
    _e("Palestine", "Palestine|Palestinian|Palestinians", "Palestine|Palestin|Pa-le-xtin"),
    _e("Gaza", "Gaza Strip|Gaza", "Gaza|Dải Gaza"),
    _e("West Bank", "West Bank", "Bờ Tây"),
    _e("Jerusalem", "Jerusalem", "Jerusalem|Giê-ru-xa-lem"),
    _e("South Africa", "South Africa|South African|Pretoria", "Nam Phi|Pretoria"),
    _e("Nigeria", "Nigeria|Nigerian", "Nigeria|Ni-giê-ri-a"),
    _e("Kenya", "Kenya|Kenyan|Nairobi", "Kenya|Kê-ni-a|Nairobi"),
    _e("Ethiopia", "Ethiopia|Ethiopian|Addis Ababa", "Ethiopia|Ê-ti-ô-pi-a|Addis Ababa"),
    _e("Mozambique", "Mozambique", "Mozambique|Mô-dăm-bích"),
    _e("Angola", "Angola|Angolan", "Angola|Ăng-gô-la"),
    _e("Algeria", "Algeria|Algerian", "Algeria|An-giê-ri"),
    _e("Morocco", "Morocco|Moroccan", "Morocco|Ma-rốc"),
    _e("Venezuela", "Venezuela|Venezuelan|Caracas", "Venezuela|Vê-nê-xu-ê-la|Caracas"),
    _e("Colombia", "Colombia|Colombian|Bogota", "Colombia|Cô-lôm-bi-a|Bogota"),
    _e("Nicaragua", "Nicaragua|Nicaraguan", "Nicaragua|Ni-ca-ra-goa"),
    _e("Panama", "Panama|Panamanian", "Panama|Pa-na-ma"),
    _e("Uruguay", "Uruguay|Uruguayan", "Uruguay|U-ru-goay"),
    _e("Havana", "Havana", "La Habana|Havana|La Ha-ba-na"),
    _e("New York", "New York", "New York|Niu Oóc|Niu-oóc"),
    _e("Hawaii", "Hawaii|Hawaiian", "Hawaii|Ha-oai"),
    _e("Latin America", "Latin America|Latin American", "Mỹ Latinh|Mỹ La-tinh"),
    _e("Atlantic", "Atlantic", "Đại Tây Dương|Atlantic"),
    _e("Indian Ocean", "Indian Ocean", "Ấn Độ Dương"),
    _e("Arctic", "Arctic|North Pole", "Bắc Cực"),
    _e("Antarctica", "Antarctica|Antarctic|South Pole", "Nam Cực"),
    _e("Gulf of Tonkin", "Gulf of Tonkin|Tonkin Gulf", "Vịnh Bắc Bộ"),
    _e("Gulf of Thailand", "Gulf of Thailand", "Vịnh Thái Lan"),
    _e("Shanghai", "Shanghai", "Thượng Hải"),
    _e("Xi'an", "Xi'an|Xi’an|Xian", "Tây An"),
    _e("Xinhua", "Xinhua", "Tân Hoa Xã|Xinhua", kind="name"),
    _e("Tianjin", "Tianjin", "Thiên Tân"),
    _e("Chongqing", "Chongqing", "Trùng Khánh"),
    _e("Guangzhou", "Guangzhou|Canton", "Quảng Châu"),
    _e("Shenzhen", "Shenzhen", "Thâm Quyến"),
    _e("Wuhan", "Wuhan", "Vũ Hán"),
    _e("Nanning", "Nanning", "Nam Ninh"),
    _e("Kunming", "Kunming", "Côn Minh"),
    _e("Macau", "Macau|Macao", "Ma Cao|Macau"),
    _e("Yunnan", "Yunnan", "Vân Nam"),
    _e("Guangxi", "Guangxi", "Quảng Tây"),
    _e("Guangdong", "Guangdong", "Quảng Đông"),
    _e("Sichuan", "Sichuan", "Tứ Xuyên"),
    _e("Hainan", "Hainan", "Hải Nam"),
    _e("Fujian", "Fujian", "Phúc Kiến"),
    _e("Zhejiang", "Zhejiang", "Chiết Giang"),
    _e("Jiangsu", "Jiangsu", "Giang Tô"),
    _e("Shandong", "Shandong", "Sơn Đông"),
    _e("Hunan", "Hunan", "Hồ Nam"),
    _e("Hubei", "Hubei", "Hồ Bắc"),
    _e("Hebei", "Hebei", "Hà Bắc"),
    _e("Henan", "Henan", "Hà Nam"),
    _e("Guizhou", "Guizhou", "Quý Châu"),
    _e("Tibet", "Tibet|Tibetan", "Tây Tạng"),
    _e("Xinjiang", "Xinjiang", "Tân Cương"),
    _e("Inner Mongolia", "Inner Mongolia", "Nội Mông"),
    _e("Politburo", "Politburo", "Bộ Chính trị"),
    _e("Tet", "Tet", "Tết"),
    _e("Xi Jinping", "Xi Jinping|Xi", "Tập Cận Bình", kind="name"),
    _e("Li Qiang", "Li Qiang", "Lý Cường", kind="name"),
    _e("Li Keqiang", "Li Keqiang", "Lý Khắc Cường", kind="name"),
    _e("Wang Yi", "Wang Yi", "Vương Nghị", kind="name"),
    _e("Zhao Leji", "Zhao Leji", "Triệu Lạc Tế", kind="name"),
    _e("Wang Huning", "Wang Huning", "Vương Hỗ Ninh", kind="name"),
    _e("Hu Jintao", "Hu Jintao", "Hồ Cẩm Đào", kind="name"),
    _e("Mao Zedong", "Mao Zedong|Mao", "Mao Trạch Đông", kind="name"),
    _e("Deng Xiaoping", "Deng Xiaoping", "Đặng Tiểu Bình", kind="name"),
    _e("Dong Jun", "Dong Jun", "Đổng Quân", kind="name"),
    _e("He Wei", "He Wei", "Hà Vĩ", kind="name"),
    _e("Wang Yubo", "Wang Yubo", "Vương Dư Ba", kind="name"),
    _e("Lee Hsien Loong", "Lee Hsien Loong", "Lý Hiển Long", kind="name"),
    _e("Lee Kuan Yew", "Lee Kuan Yew", "Lý Quang Diệu", kind="name"),
    _e("Lai Ching-te", "Lai Ching-te", "Lại Thanh Đức", kind="name"),
    _e("Tsai Ing-wen", "Tsai Ing-wen", "Thái Anh Văn", kind="name"),
    _e("Chiang Kai-shek", "Chiang Kai-shek", "Tưởng Giới Thạch", kind="name"),
    _e("Sun Yat-sen", "Sun Yat-sen", "Tôn Trung Sơn|Tôn Dật Tiên", kind="name"),
    _e("Confucius", "Confucius", "Khổng Tử", kind="name"),
)


# capitals listed among their country's English forms, with the Vietnamese forms of the city
# alone: "in Beijing" is supported by "Bắc Kinh", not by "Trung Quốc"
CITY_FORMS: dict[str, tuple[str, ...]] = {en: tuple(vi.split("|")) for en, vi in (
    ("Washington", "Washington|Oa-sinh-tơn"), ("Beijing", "Bắc Kinh"), ("Tokyo", "Tokyo|Tô-ky-ô"),
    ("Pyongyang", "Bình Nhưỡng"), ("Seoul", "Seoul|Xơ-un"), ("Moscow", "Moskva|Mát-xcơ-va|Matxcơva"),
    ("Paris", "Paris|Pa-ri"), ("London", "Luân Đôn|London"), ("Berlin", "Berlin|Béc-lin"),
    ("New Delhi", "New Delhi|Niu Đê-li"), ("Vientiane", "Viêng Chăn|Vientiane"),
    ("Phnom Penh", "Phnom Penh|Phnôm Pênh"), ("Bangkok", "Bangkok|Băng Cốc"),
    ("Kuala Lumpur", "Kuala Lumpur"), ("Penang", "Penang"), ("Jakarta", "Jakarta|Gia-các-ta"),
    ("Manila", "Manila"), ("Canberra", "Canberra"), ("Kyiv", "Kiev|Kyiv"), ("Kiev", "Kiev|Kyiv"),
    ("Stockholm", "Stockholm"), ("Rome", "Rome|Roma"), ("Madrid", "Madrid"), ("Lisbon", "Lisbon"),
    ("Geneva", "Geneva|Giơ-ne-vơ"), ("Brussels", "Brussels|Bruxelles"), ("Cairo", "Cairo"),
    ("Dubai", "Dubai"), ("Abu Dhabi", "Abu Dhabi"), ("Rio de Janeiro", "Rio de Janeiro"),
    ("Santiago", "Santiago"), ("Lima", "Lima"), ("Taipei", "Đài Bắc"), ("Athens", "Aten|A-ten"),
    ("Vienna", "Viên|Vienna"), ("Copenhagen", "Copenhagen"), ("Oslo", "Oslo"), ("Helsinki", "Helsinki"),
    ("Dublin", "Dublin"), ("Bucharest", "Bucharest"), ("Sofia", "Sofia"), ("Belgrade", "Belgrade"),
    ("Minsk", "Minsk"), ("Baku", "Baku"), ("Tashkent", "Tashkent"), ("Islamabad", "Islamabad"),
    ("Dhaka", "Dhaka"), ("Colombo", "Colombo"), ("Kathmandu", "Kathmandu"), ("Doha", "Doha"),
    ("Baghdad", "Baghdad"), ("Damascus", "Damascus"), ("Beirut", "Beirut"), ("Pretoria", "Pretoria"),
    ("Nairobi", "Nairobi"), ("Addis Ababa", "Addis Ababa"), ("Caracas", "Caracas"), ("Bogota", "Bogota"),
)}


def _alias_body(alias: str) -> str:
    return re.escape(alias).replace(r"\ ", r"\s+").replace("\\-", r"\s*[-–]\s*").replace(r"\.", r"\.\s*")


def _norm(text: str) -> str:
    return re.sub(r"\s*[-–]\s*", "-", " ".join(text.split())).lower()


def _capitals_ok(alias: str, found: str) -> bool:
    words, capitals = re.findall(r"[^\W\d_]+", found), re.findall(r"[^\W\d_]+", alias)
    return len(words) == len(capitals) and all(w[0].isupper() for w, c in zip(words, capitals)
                                               if c[0].isupper())


# One-syllable names that are also common words or given names ("Mỹ" is the US, but also
# "mỹ phẩm", "Mỹ Tho", "Nguyễn Thị Mỹ"): not the country when the next word makes a word of
# them, when they sit inside a run of capitalised Vietnamese syllables (a person or a place),
# or after a form of address ("ông Đức" is Mr Đức).
_GUARDED: dict[str, tuple[str, ...]] = {
    "Mỹ": ("phẩm", "thuật", "nghệ", "nhân", "viện", "mãn", "quan", "học", "vị", "cảm", "nữ", "kim",
           "latinh", "la"),
    "Anh": ("hùng", "em", "ấy", "ta", "chị", "trai", "rể", "họ", "cả", "ơi", "tài"),
    "Đức": ("tin", "tính", "độ", "hạnh", "mẹ", "cha", "chúa", "thánh", "giáo", "phật", "vua"),
    "Nga": (),
    "Pháp": ("luật", "lý", "chế", "y", "nhân", "lệnh", "sư", "đình", "quyền", "bảo", "trị", "danh",
             "môn", "hội", "khí", "trường", "điển", "tuyến", "định", "phục"),
    "Ý": ("kiến", "nghĩa", "tưởng", "chí", "thức", "định", "muốn", "đồ", "niệm", "nguyện", "thích"),
    "Á": ("hậu", "quân", "khôi", "vương", "thánh", "kim", "nhiệt"),
    "Âu": ("lo", "yếm", "sầu", "phục"),
    "Phi": ("công", "hành", "lý", "pháp", "thường", "cơ", "vụ", "đội", "trường", "tiêu", "nông",
            "chính", "lợi", "đạo", "thuyền", "tang", "ngựa"),
    "Ấn": ("tượng", "phẩm", "định", "hành", "loát", "chứng", "tín"),
    "Hàn": ("gắn", "lâm", "huyên", "vi", "the", "xì"),
    "Nhật": ("ký", "báo", "thực", "nguyệt", "trình", "dụng", "kỳ"),
    "Viên": ("chức", "đạn", "thuốc", "nén", "ngọc", "kim", "gạch", "nang", "sủi", "mãn"),
    "Áo": ("dài", "khoác", "mưa", "giáp", "phao", "len", "sơ", "thun", "cưới", "ấm", "choàng", "quan",
           "tắm", "gối", "bà", "ngực", "trắng", "đen"),
    "Úc": (), "Lào": (), "Bỉ": ("ổi",), "Séc": (), "Việt": (),
}
_DIRECTIONS = {"dong", "tay", "nam", "bac", "trung"}
_REGION_OF = {"Âu", "Á", "Phi", "Ấn"}  # "Tây Âu" is in Europe, "Đông Ấn" the East Indies; "Nam Mỹ" is not the US
_TITLE_BEFORE = {"thong", "tuong", "truong", "tich", "thu", "su", "quan", "quoc", "nuoc", "nguoi", "tieng",
                 "phia", "ben", "giao", "phong", "hoi", "phu", "doi", "gia", "bang", "dang", "vien", "ty",
                 "quyen", "lenh", "hang", "ngu", "lanh", "khong", "luc", "toc"}
_ADDRESS = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "bé", "cu", "mr",
            "mrs", "ms", "chàng", "nàng", "ả", "lão", "thím", "dì", "mợ", "cậu", "o"}


def _word_not_name(alias: str, text: str, m: re.Match) -> bool:
    """Is this match of a one-syllable name only part of a word or of a person's or place's name?"""
    follow = _GUARDED.get(alias)
    if follow is None:
        return False
    nxt = re.match(r"[ \t]+([^\W\d_]+)", text[m.end():m.end() + 30])
    if nxt and (nxt.group(1).lower() in follow or nxt.group(1)[0].isupper()
                and vietnamese_shaped(nxt.group(1))):
        return True  # "mỹ phẩm", "Mỹ Tho", "Đức Anh"
    prev = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, m.start() - 30):m.start()])
    if prev is None:
        return False
    word, folded = prev.group(1), fold(prev.group(1))
    if word.lower() in _ADDRESS:
        return True  # "ông Đức", "chị Nga"
    if folded in _DIRECTIONS:
        return alias not in _REGION_OF  # "Nam Mỹ", "Bắc Hàn"; but "Tây Âu" is Europe
    before = text[:m.start() - len(prev.group(0))].rstrip(" \t\"'“‘(")
    initial = not before or before[-1] in ".!?:;\n"
    return word[0].isupper() and vietnamese_shaped(word) and not initial \
        and folded not in _TITLE_BEFORE  # "Thị Mỹ", "Phú Mỹ"; not "Tổng Thống Mỹ"


@lru_cache(maxsize=2048)
def _alias_pattern(alias: str) -> re.Pattern:
    return re.compile(rf"(?<![\w$]){_alias_body(alias)}(?![\w$])", re.IGNORECASE)


def find_alias(alias: str, text: str) -> re.Match | None:
    """First occurrence of ``alias`` in ``text``, case-insensitive except that a word written
    with a capital in the alias must have one in the text ("Ý" is Italy, "ý kiến" is not)."""
    for m in _alias_pattern(alias).finditer(text):
        if _capitals_ok(alias, m.group(0)) and not _word_not_name(alias, text, m):
            return m
    return None


_VI_ALIASES: dict[str, list[tuple[str, Entry]]] = {}
for _entry in ENTRIES:
    for _alias in _entry.vietnamese:
        _VI_ALIASES.setdefault(_norm(_alias), []).append((_alias, _entry))
VI_PATTERN = re.compile(
    r"(?<![\w$])(?:" + "|".join(_alias_body(a) for a in sorted(
        {a for e in ENTRIES for a in e.vietnamese}, key=len, reverse=True)) + r")(?![\w$])",
    re.IGNORECASE)


def find_vietnamese_names(text: str) -> list[tuple[re.Match, Entry]]:
    """Every gazetteer entry named in a Vietnamese text, with its first mention."""
    found: dict[str, tuple[re.Match, Entry]] = {}
    for m in VI_PATTERN.finditer(text):
        for alias, entry in _VI_ALIASES.get(_norm(m.group(0)), []):
            if entry.name not in found and _capitals_ok(alias, m.group(0)) \
                    and not _word_not_name(alias, text, m):
                found[entry.name] = (m, entry)
    return list(found.values())
