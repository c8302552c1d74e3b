"""Header words of South and South-East Asian and East African sheets (Thai, Vietnamese, Indonesian, Malay,
Hindi, Bengali, Swahili), merged into mapping.py's synonyms: "วันที่", "Ngày đăng", "Tanggal", "Tarikh", "दिनांक",
"তারিখ", "Tarehe" are the date, and so on. "PIC" (person in charge) is how Indonesian, Malaysian and Filipino
teams head the owner column. Nepal's "मिति" is left out: its sheets write the Bikram Sambat date under it,
beside the Common Era's."""
from __future__ import annotations

SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("วันที่", "วันที่โพสต์", "ngày", "ngày đăng", "ngày đăng bài", "tanggal", "tanggal posting", "tanggal tayang",
             "tarikh", "tarikh siaran", "दिनांक", "तारीख", "तिथि", "তারিখ", "tarehe"),
    "time": ("เวลา", "เวลาโพสต์", "giờ", "giờ đăng", "thời gian", "waktu", "jam tayang", "masa", "समय", "সময়", "saa"),
    "channel": ("ช่องทาง", "แพลตฟอร์ม", "kênh", "nền tảng", "saluran", "चैनल", "प्लेटफ़ॉर्म", "प्लेटफॉर्म", "মাধ্যম", "চ্যানেল",
                "প্ল্যাটফর্ম", "jukwaa", "chaneli"),
    "title": ("หัวข้อ", "ชื่อโพสต์", "เรื่อง", "tiêu đề", "chủ đề", "judul", "judul konten", "topik", "tajuk", "विषय", "शीर्षक",
              "বিষয়", "শিরোনাম", "kichwa", "mada"),
    "description": ("เนื้อหา", "nội dung", "isi", "isi konten", "kandungan", "विवरण", "বিবরণ", "maelezo", "maudhui"),
    "owner": ("ผู้รับผิดชอบ", "ผู้ดูแล", "người phụ trách", "phụ trách", "pic", "penanggung jawab", "ज़िम्मेदार", "जिम्मेदार",
              "प्रभारी", "দায়িত্বপ্রাপ্ত", "দায়িত্বে", "mhusika", "msimamizi"),
    "status": ("สถานะ", "trạng thái", "स्थिति", "অবস্থা", "hali"),
    "link": ("ลิงก์", "liên kết", "tautan", "pautan", "लिंक", "লিংক", "kiungo"),
}
