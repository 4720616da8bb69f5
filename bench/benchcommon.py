"""Shared, dependency-free helpers for the benchmark scripts in this folder.

Copied from the team's shared bench generators (`benchcommon.py`); only lint fixes.

Everything here is standard library only and deterministic for a given seed:
- Arabic entity lists (real names that occur in the seed articles, general
  countries / cities / people / organisations, event-trigger words),
- clitic attachment rules (و ف ب ل ك + ال),
- a synthetic document generator built from the seed articles that also
  returns the gold mentions it inserted (used by make_export.py),
- the gazetteer builder (~5k / ~100k entries) used by anchors.py.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

# The repository's seeds (bench/../seeds).
DEFAULT_SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")

# --------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------
TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # fathatan..sukun incl. shadda
TATWEEL = "\u0640"
ARABIC_LETTER_RE = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"

# --------------------------------------------------------------------------
# Entities. Each entry: canonical -> list of spelling variants (first = most
# common). Variants are what a real corpus mixes: ة/ه, ي/ى, hamza/no hamza,
# غ/ج/ك transliterations.
# --------------------------------------------------------------------------

# Real entities from the seed articles (with the variants that occur there or
# in comparable news).
SEED_GPE = {
    "أرمينيا": ["أرمينيا", "ارمينيا", "أرمينية"],
    "أذربيجان": ["أذربيجان", "اذربيجان", "آذربيجان", "أذربيجن"],
    "روسيا": ["روسيا", "روسية الاتحادية"],
    "أوكرانيا": ["أوكرانيا", "اوكرانيا"],
    "تركيا": ["تركيا"],
    "فرنسا": ["فرنسا"],
    "ألمانيا": ["ألمانيا", "المانيا"],
    "الولايات المتحدة": ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "أمريكا", "أميركا"],
    "باكستان": ["باكستان"],
}
SEED_LOC = {
    "قره باغ": ["قره باغ", "قرة باغ", "كاراباخ", "كاراباغ", "قره باخ", "كاراباك"],
    "ناغورني قره باغ": [
        "ناغورني قره باغ",
        "ناغورنو قرة باغ",
        "ناجورنو كاراباخ",
        "ناغورني كاراباخ",
        "ناغورنو كاراباخ",
        "ناغورني قرة باغ",
        "ناجورني قره باغ",
    ],
    "باكو": ["باكو"],
    "يريفان": ["يريفان", "يرفان", "إيريفان"],
    "موسكو": ["موسكو"],
    "واشنطن": ["واشنطن", "واشنطون"],
    "يفلاخ": ["يفلاخ"],
    "ستيباناكيرت": ["ستيباناكيرت", "ستيبانكرت", "خانكندي"],
    "دونيتسك": ["دونيتسك", "دونتسك"],
    "زابوروجيا": ["زابوروجيا", "زابوريجيا"],
    "ريكيافيك": ["ريكيافيك", "ريكيافيك"],
    "غزة": ["غزة", "غزه"],
    "نابلس": ["نابلس"],
    "دجانياتاغ": ["دجانياتاغ"],
}
SEED_PER = {
    "سيرغي لافروف": ["سيرغي لافروف", "سيرجي لافروف", "لافروف"],
    "فلاديمير بوتين": ["فلاديمير بوتين", "بوتين"],
    "نيكول باشينيان": ["نيكول باشينيان", "نيكول باشينيان", "باشينيان", "باشينين"],
    "إلهام علييف": ["إلهام علييف", "الهام علييف", "علييف", "إلهام علييف"],
    "جيهون بيراموف": ["جيهون بيراموف", "جيهون بايراموف", "بيراموف"],
    "حكمت حاجييف": ["حكمت حاجييف", "حاجييف"],
    "دميتري بيسكوف": ["دميتري بيسكوف", "ديمتري بيسكوف", "بيسكوف"],
    "أنتوني بلينكن": ["أنتوني بلينكن", "انتوني بلينكن", "بلينكن"],
    "أنطونيو غوتيريش": ["أنطونيو غوتيريش", "انطونيو غوتيريس", "غوتيريش"],
    "روبن فاردانيان": ["روبن فاردانيان", "روبين فاردانيان", "فاردانيان"],
    "أحمد حسني": ["أحمد حسني"],
}
SEED_ORG = {
    "وزارة الخارجية الروسية": ["وزارة الخارجية الروسية", "الخارجية الروسية"],
    "وزارة الدفاع الأذربيجانية": ["وزارة الدفاع الأذربيجانية", "وزارة الدفاع الأذرية"],
    "وزارة الدفاع الروسية": ["وزارة الدفاع الروسية", "الدفاع الروسية"],
    "وزارة الخارجية الأميركية": ["وزارة الخارجية الأميركية", "وزارة الخارجية الأمريكية"],
    "الكرملين": ["الكرملين"],
    "رويترز": ["رويترز"],
    "إنترفاكس": ["إنترفاكس", "انترفاكس"],
    "فرانس برس": ["فرانس برس", "وكالة فرانس برس", "أ ف ب"],
    "تاس": ["تاس", "وكالة تاس"],
    "سبوتنيك": ["سبوتنيك", "سبوتنك"],
    "مجموعة مينسك": ["مجموعة مينسك"],
    "الأمم المتحدة": ["الأمم المتحدة", "الامم المتحدة", "هيئة الأمم المتحدة"],
    "الاتحاد الأوروبي": ["الاتحاد الأوروبي", "الاتحاد الاوروبي"],
    "مجلس أوروبا": ["مجلس أوروبا"],
    "البنتاغون": ["البنتاغون", "البنتاجون"],
    "حماس": ["حماس", "حركة حماس"],
    "بوابة الوفد": ["بوابة الوفد"],
}

# General lists (real names, not from the seeds).
GEN_GPE = [
    "مصر",
    "السعودية",
    "الإمارات",
    "قطر",
    "الكويت",
    "العراق",
    "سوريا",
    "لبنان",
    "الأردن",
    "فلسطين",
    "اليمن",
    "عمان",
    "البحرين",
    "المغرب",
    "الجزائر",
    "تونس",
    "ليبيا",
    "السودان",
    "موريتانيا",
    "الصومال",
    "جيبوتي",
    "إيران",
    "جورجيا",
    "الهند",
    "أفغانستان",
    "كازاخستان",
    "أوزبكستان",
    "تركمانستان",
    "بيلاروسيا",
    "بولندا",
    "إيطاليا",
    "إسبانيا",
    "اليونان",
    "قبرص",
    "إسرائيل",
    "اليابان",
    "كوريا الجنوبية",
    "كوريا الشمالية",
    "الصين",
    "البرازيل",
    "الأرجنتين",
    "كندا",
    "المكسيك",
    "نيجيريا",
    "إثيوبيا",
    "كينيا",
    "جنوب أفريقيا",
    "إندونيسيا",
    "ماليزيا",
    "سويسرا",
    "النمسا",
    "بلجيكا",
    "هولندا",
    "السويد",
    "النرويج",
    "فنلندا",
    "الدنمارك",
    "بريطانيا",
    "المملكة المتحدة",
    "أستراليا",
    "تشاد",
    "مالي",
    "النيجر",
    "السنغال",
    "إريتريا",
    "بنغلاديش",
    "سريلانكا",
    "الفلبين",
    "فيتنام",
    "تايلاند",
    "قيرغيزستان",
    "طاجيكستان",
    "مولدوفا",
    "رومانيا",
    "بلغاريا",
    "صربيا",
    "كرواتيا",
    "المجر",
    "التشيك",
    "البرتغال",
    "أيرلندا",
]
GEN_LOC = [
    "القاهرة",
    "الرياض",
    "دمشق",
    "بغداد",
    "بيروت",
    "الدوحة",
    "أبوظبي",
    "دبي",
    "المنامة",
    "مسقط",
    "صنعاء",
    "الخرطوم",
    "طرابلس",
    "الرباط",
    "نواكشوط",
    "القدس",
    "رام الله",
    "جنيف",
    "باريس",
    "لندن",
    "نيويورك",
    "بكين",
    "برلين",
    "روما",
    "مدريد",
    "إسطنبول",
    "أنقرة",
    "طهران",
    "تبليسي",
    "كييف",
    "مينسك",
    "فيينا",
    "بروكسل",
    "الإسكندرية",
    "جدة",
    "مكة المكرمة",
    "المدينة المنورة",
    "حلب",
    "حمص",
    "الموصل",
    "البصرة",
    "أربيل",
    "الفلوجة",
    "عدن",
    "تعز",
    "الحديدة",
    "بنغازي",
    "مصراتة",
    "سرت",
    "وهران",
    "قسنطينة",
    "الدار البيضاء",
    "مراكش",
    "فاس",
    "صفاقس",
    "سوسة",
    "أم درمان",
    "الفاشر",
    "نيالا",
    "خان يونس",
    "رفح",
    "جنين",
    "الخليل",
    "إدلب",
    "دير الزور",
    "الرقة",
    "درعا",
    "اللاذقية",
    "طرطوس",
    "صيدا",
    "صور",
    "بعلبك",
    "الزرقاء",
    "إربد",
    "العقبة",
    "الكويت العاصمة",
    "الشارقة",
    "العين",
    "الطائف",
    "الدمام",
    "شوشا",
    "غانجا",
    "لاتشين",
    "أغدام",
    "فيزولي",
    "خوجالي",
    "شيراك",
    "غيومري",
    "سوتشي",
    "سانت بطرسبورغ",
    "خاركيف",
    "أوديسا",
    "باخموت",
    "ماريوبول",
    "خيرسون",
    "تشاسوف يار",
    "البحر الأسود",
    "بحر قزوين",
    "القوقاز",
    "الشرق الأوسط",
    "آسيا الوسطى",
    "أوروبا",
]
GEN_PER = [
    "رجب طيب أردوغان",
    "إيمانويل ماكرون",
    "أولاف شولتس",
    "جو بايدن",
    "دونالد ترامب",
    "فولوديمير زيلينسكي",
    "شي جين بينغ",
    "عبد الفتاح السيسي",
    "محمد بن سلمان",
    "تميم بن حمد",
    "محمد بن زايد",
    "الملك عبد الله الثاني",
    "محمود عباس",
    "نجيب ميقاتي",
    "بشار الأسد",
    "إبراهيم رئيسي",
    "حسين أمير عبد اللهيان",
    "هاكان فيدان",
    "مولود جاويش أوغلو",
    "أنطونيو كوستا",
    "أورسولا فون دير لاين",
    "جوزيب بوريل",
    "ينس ستولتنبرغ",
    "ريشي سوناك",
    "كير ستارمر",
    "ميخائيل ميشوستين",
    "سيرغي شويغو",
    "ماريا زاخاروفا",
    "أرارات ميرزويان",
    "روبرت كوتشاريان",
    "سيرج سركيسيان",
    "أراييك هاروتيونيان",
    "سامفيل شهرمانيان",
    "حكمت حاجييف",
    "علي أسدوف",
]
GEN_ORG = [
    "جامعة الدول العربية",
    "مجلس الأمن الدولي",
    "حلف شمال الأطلسي",
    "الناتو",
    "منظمة الأمن والتعاون في أوروبا",
    "اللجنة الدولية للصليب الأحمر",
    "الهلال الأحمر",
    "منظمة الصحة العالمية",
    "صندوق النقد الدولي",
    "البنك الدولي",
    "منظمة التعاون الإسلامي",
    "مجلس التعاون الخليجي",
    "الاتحاد الأفريقي",
    "منظمة العفو الدولية",
    "هيومن رايتس ووتش",
    "وكالة الأنباء الفرنسية",
    "وكالة الأناضول",
    "وكالة الأنباء السعودية",
    "قناة الجزيرة",
    "بي بي سي",
    "سي إن إن",
    "أسوشيتد برس",
    "وكالة الطاقة الذرية",
    "الجيش الأذربيجاني",
    "الجيش الأرميني",
    "الجيش الروسي",
    "البرلمان الأوروبي",
    "الكونغرس الأمريكي",
    "البيت الأبيض",
    "مجلس الدوما",
    "منظمة أوبك",
    "الأونروا",
    "المفوضية السامية لشؤون اللاجئين",
]

# Event triggers (common nouns/verbal nouns); label = event subtype.
TRIGGERS = {
    "EVENT_CEASEFIRE": ["وقف إطلاق النار", "هدنة", "وقف القتال", "تهدئة", "وقف الأعمال القتالية"],
    "EVENT_ATTACK": [
        "هجوم",
        "قصف",
        "معارك",
        "اشتباكات",
        "غارة",
        "عملية عسكرية",
        "عدوان",
        "تصعيد",
        "انفجار",
        "اقتحام",
        "حرب",
        "قتال",
        "إطلاق نار",
        "حصار",
        "توغل",
    ],
    "EVENT_MEETING": [
        "محادثات",
        "مفاوضات",
        "اجتماع",
        "قمة",
        "زيارة",
        "مكالمة هاتفية",
        "اتصال هاتفي",
        "مباحثات",
        "لقاء",
        "وساطة",
    ],
    "EVENT_STATEMENT": ["بيان", "إعلان", "تصريح", "خطاب", "مؤتمر صحفي", "بيان مشترك"],
    "EVENT_AGREEMENT": ["اتفاق", "اتفاقية", "معاهدة", "عفو", "تسوية", "صفقة"],
    "EVENT_CASUALTY": ["مقتل", "إصابة", "قتلى", "جرحى", "ضحايا", "اغتيال", "اعتقال"],
    "EVENT_MOVEMENT": [
        "انسحاب",
        "نزوح",
        "إجلاء",
        "تهجير",
        "لجوء",
        "نزع السلاح",
        "إعادة دمج",
        "تسليم",
        "استسلام",
        "انتشار",
    ],
}

GREG_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
LEV_MONTHS = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]

# Pieces for synthetic (but Arabic-looking) gazetteer entries.
FIRST_NAMES = [
    "محمد",
    "أحمد",
    "علي",
    "حسن",
    "حسين",
    "خالد",
    "عمر",
    "يوسف",
    "إبراهيم",
    "سامي",
    "ليلى",
    "فاطمة",
    "مريم",
    "نور",
    "سارة",
    "هدى",
    "رنا",
    "ريم",
    "سلمى",
    "زينب",
    "عبد الله",
    "عبد الرحمن",
    "عبد العزيز",
    "مصطفى",
    "محمود",
    "طارق",
    "وليد",
    "ماجد",
    "فيصل",
    "سلطان",
    "ناصر",
    "جمال",
    "كريم",
    "رامي",
    "باسل",
    "زياد",
    "هشام",
    "عماد",
    "نبيل",
    "عادل",
    "منير",
    "أنس",
    "بلال",
    "حمزة",
    "إسماعيل",
    "يحيى",
    "زكريا",
    "سليمان",
    "داود",
    "موسى",
    "عيسى",
    "هارون",
    "جابر",
    "صالح",
    "راشد",
    "سعيد",
    "سعد",
    "فهد",
    "تركي",
    "مشعل",
    "بندر",
    "نايف",
    "منصور",
    "عثمان",
    "أمل",
    "هالة",
    "دينا",
    "لمى",
    "غادة",
    "سوسن",
    "نادية",
    "وفاء",
    "إيمان",
    "أسماء",
    "خديجة",
    "آمنة",
    "رقية",
    "جميلة",
    "لطيفة",
    "نوال",
]
FAMILY_NAMES = [
    "العلي",
    "الحسن",
    "الخطيب",
    "النجار",
    "حداد",
    "منصور",
    "الشامي",
    "المصري",
    "العراقي",
    "الحلبي",
    "البغدادي",
    "التميمي",
    "الزعبي",
    "العبيدي",
    "الدوري",
    "الجبوري",
    "الساعدي",
    "القحطاني",
    "الشمري",
    "العتيبي",
    "المطيري",
    "الدوسري",
    "الغامدي",
    "الزهراني",
    "الحربي",
    "الكعبي",
    "المري",
    "السويدي",
    "النعيمي",
    "الهاشمي",
    "الحسيني",
    "الموسوي",
    "الصدر",
    "عبد الهادي",
    "أبو زيد",
    "أبو علي",
    "بن علي",
    "بن سالم",
    "بن يوسف",
    "الطرابلسي",
    "الفاسي",
    "العلوي",
    "الإدريسي",
    "بوزيد",
    "بلقاسم",
    "بن عيسى",
    "الشريف",
    "الأنصاري",
    "الخزرجي",
    "البكري",
    "العمري",
    "الحمدان",
    "الرشيد",
    "السالم",
    "الصباح",
    "الثاني",
    "آل نهيان",
    "المكتوم",
    "القاسمي",
    "البوسعيدي",
    "الأحمد",
    "الخليفة",
    "الفارس",
    "سليم",
    "سلامة",
    "حمدان",
    "عيسى",
    "جرار",
    "عواد",
    "قاسم",
    "درويش",
    "يونس",
    "شحادة",
    "عودة",
    "نصار",
    "خوري",
    "حبيب",
    "سعادة",
    "مراد",
    "رزق",
]
MINISTRIES = [
    "الخارجية",
    "الدفاع",
    "الداخلية",
    "الصحة",
    "المالية",
    "التعليم",
    "العدل",
    "الاقتصاد",
    "الطاقة",
    "النفط",
    "الزراعة",
    "النقل",
    "الإعلام",
    "الثقافة",
    "السياحة",
    "العمل",
    "الإسكان",
    "البيئة",
    "الاتصالات",
    "الشباب والرياضة",
]
NISBA_FEM = [  # adjective (fem.) for ministries, agencies
    "الروسية",
    "الأرمينية",
    "الأذربيجانية",
    "الأذرية",
    "التركية",
    "الإيرانية",
    "الأمريكية",
    "الأميركية",
    "الفرنسية",
    "الألمانية",
    "البريطانية",
    "الصينية",
    "المصرية",
    "السعودية",
    "الإماراتية",
    "القطرية",
    "الكويتية",
    "العراقية",
    "السورية",
    "اللبنانية",
    "الأردنية",
    "الفلسطينية",
    "اليمنية",
    "العمانية",
    "البحرينية",
    "المغربية",
    "الجزائرية",
    "التونسية",
    "الليبية",
    "السودانية",
    "الجورجية",
    "الأوكرانية",
    "الإسرائيلية",
    "الهندية",
    "الباكستانية",
    "الإيطالية",
    "الإسبانية",
    "اليونانية",
    "اليابانية",
    "الكندية",
]
ORG_KINDS = [
    "شركة",
    "مؤسسة",
    "جمعية",
    "حزب",
    "حركة",
    "جبهة",
    "هيئة",
    "لجنة",
    "مجلس",
    "اتحاد",
    "نقابة",
    "بنك",
    "مصرف",
    "جامعة",
    "مستشفى",
    "وكالة",
    "صحيفة",
    "قناة",
    "مركز",
    "معهد",
]
ORG_TOPICS = [
    "للتنمية",
    "للإعلام",
    "للنفط",
    "للطاقة",
    "للاستثمار",
    "للدراسات",
    "للأبحاث",
    "للسلام",
    "للإغاثة",
    "للتجارة",
    "للاتصالات",
    "للطيران",
    "للنقل",
    "للصناعات",
    "للخدمات",
    "للتعليم",
    "للصحة",
    "للثقافة",
    "للحقوق",
    "للبناء",
]
PLACE_KINDS = [
    "قرية",
    "بلدة",
    "مدينة",
    "محافظة",
    "ولاية",
    "إقليم",
    "منطقة",
    "حي",
    "مخيم",
    "جبل",
    "وادي",
    "سهل",
    "نهر",
    "ميناء",
    "مطار",
    "معبر",
    "قاعدة",
]
SYL_C = list("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
SYL_V = ["ا", "و", "ي", ""]

# --------------------------------------------------------------------------
# Clitics
# --------------------------------------------------------------------------
# (prefix, weight) for proper nouns without the article.
PROPER_CLITICS = [
    ("", 70),
    ("و", 12),
    ("ب", 5),
    ("ل", 5),
    ("ف", 2),
    ("ك", 1),
    ("وب", 2),
    ("ول", 2),
    ("فب", 0.5),
    ("فل", 0.5),
]
# for common nouns (triggers): may take the article as well.
NOUN_CLITICS = [
    ("", 40),
    ("ال", 25),
    ("و", 6),
    ("وال", 8),
    ("بال", 6),
    ("لل", 5),
    ("ب", 3),
    ("ل", 3),
    ("فال", 1),
    ("كال", 1),
    ("ولل", 1),
    ("وب", 1),
]

# Prefix strings a matcher should accept before a gazetteer hit (after
# normalization). Used by anchors.py's reference pre-annotator.
ACCEPTED_PREFIXES = frozenset(
    [
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
        "وب",
        "ول",
        "فب",
        "فل",
        "وك",
        "فك",
        "ال",
        "وال",
        "بال",
        "فال",
        "كال",
        "وبال",
        "وكال",
        "فبال",
    ]
)


def attach(prefix: str, word: str) -> str:
    """Attach a proclitic string to a word with Arabic orthography rules.

    ل / ول / فل + ال...  -> لل...   (the article's alef is dropped)
    وال / بال / لل + a word that already has the article -> no double article
    """
    if not prefix:
        return word
    if word.startswith("ال"):
        if prefix.endswith("ال"):
            base = prefix[:-2]
        elif prefix.endswith("لل"):
            base = prefix[:-1]
        else:
            base = prefix
        if base.endswith("ل"):
            return base + word[1:]
        return base + word
    return prefix + word


def weighted(rng: random.Random, items):
    total = sum(w for _, w in items)
    x = rng.random() * total
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


# --------------------------------------------------------------------------
# Seeds
# --------------------------------------------------------------------------


def load_seed_texts(seeds_dir: str = DEFAULT_SEEDS) -> list[str]:
    names = sorted(p for p in Path(seeds_dir).iterdir() if p.suffix == ".txt")
    if not names:
        raise SystemExit(f"no .txt seed articles in {seeds_dir}")
    return [p.read_text(encoding="utf-8") for p in names]


_SENT_SPLIT = re.compile(r"(?<=[.!؟?])\s+")


def seed_segments(seeds_dir: str = DEFAULT_SEEDS) -> list[str]:
    """Sentences/lines of the seed articles (whitespace-normalised, non-empty)."""
    segs = []
    for text in load_seed_texts(seeds_dir):
        for line in text.splitlines():
            line = " ".join(line.split())
            if not line:
                continue
            for s in _SENT_SPLIT.split(line):
                s = s.strip()
                if len(s) >= 2:
                    segs.append(s)
    return segs


# --------------------------------------------------------------------------
# Synthetic entity pools
# --------------------------------------------------------------------------


def _syllable_name(rng: random.Random, nsyl: int) -> str:
    s = []
    for _ in range(nsyl):
        s.append(rng.choice(SYL_C))
        s.append(rng.choice(SYL_V))
    name = "".join(s)
    return name


@dataclass
class EntityPools:
    """Per label: list of (canonical, [variants])."""

    pools: dict = field(default_factory=dict)

    def add(self, label, canonical, variants):
        self.pools.setdefault(label, []).append((canonical, list(dict.fromkeys(variants))))


def real_entities() -> EntityPools:
    p = EntityPools()
    for lab, d in (("GPE", SEED_GPE), ("LOC", SEED_LOC), ("PER", SEED_PER), ("ORG", SEED_ORG)):
        for c, vs in d.items():
            p.add(lab, c, vs)
    for n in GEN_GPE:
        p.add("GPE", n, [n, *_auto_variants(n)])
    for n in GEN_LOC:
        p.add("LOC", n, [n, *_auto_variants(n)])
    for n in GEN_PER:
        p.add("PER", n, [n, *_auto_variants(n)])
    for n in GEN_ORG:
        p.add("ORG", n, [n, *_auto_variants(n)])
    return p


def _auto_variants(n: str) -> list[str]:
    """Common orthographic variants: bare alef for hamza forms, final ه for ة."""
    out = []
    v = n.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"}))
    if v != n:
        out.append(v)
    if n.endswith("ة"):
        out.append(n[:-1] + "ه")
    return out


def synthetic_entities(rng: random.Random, n_per: int, n_org: int, n_loc: int) -> EntityPools:
    """Deterministic synthetic names (persons, organisations, places)."""
    p = EntityPools()
    seen = set()

    def uniq(label, c):
        if c in seen:
            return False
        seen.add(c)
        p.add(label, c, [c])
        return True

    # persons: first + last, first + father + last
    k = 0
    while k < n_per:
        f = rng.choice(FIRST_NAMES)
        if rng.random() < 0.5:
            c = f"{f} {rng.choice(FAMILY_NAMES)}"
        else:
            c = f"{f} {rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}"
        if uniq("PER", c):
            k += 1
    # organisations
    k = 0
    while k < n_org:
        r = rng.random()
        if r < 0.25:
            c = f"وزارة {rng.choice(MINISTRIES)} {rng.choice(NISBA_FEM)}"
        elif r < 0.55:
            c = f"{rng.choice(ORG_KINDS)} {rng.choice(FAMILY_NAMES)} {rng.choice(ORG_TOPICS)}"
        elif r < 0.8:
            c = f"{rng.choice(ORG_KINDS)} {_syllable_name(rng, rng.randint(2, 4))}"
        else:
            c = f"{rng.choice(ORG_KINDS)} {rng.choice(GEN_LOC)} {rng.choice(ORG_TOPICS)}"
        if uniq("ORG", c):
            k += 1
    # places: bare synthetic names and "kind + name"
    k = 0
    while k < n_loc:
        nm = _syllable_name(rng, rng.randint(2, 4))
        c = nm if rng.random() < 0.5 else f"{rng.choice(PLACE_KINDS)} {nm}"
        if len(nm) >= 4 and uniq("LOC", c):
            k += 1
    return p


# --------------------------------------------------------------------------
# Document generator
# --------------------------------------------------------------------------

# Slot kinds in templates
_NUM_RE = re.compile(r"[0-9]+")


@dataclass
class Template:
    parts: list  # str literal or tuple ("ENT", label, clitic) / ("NUM", ndigits)


class DocGenerator:
    """Builds synthetic Arabic news documents from the seed sentences.

    generate(i) is a pure function of (seed, i) given the same seeds folder,
    so make_corpus.py and make_export.py produce the same texts.
    Returns (text, mentions) with mentions = [(start, end, label)] in
    Python str indices of text (gold entity/number/date slots only).
    """

    N_LIT_VARIANTS = 6

    def __init__(self, seeds_dir: str = DEFAULT_SEEDS, seed: int = 13, synth_share: float = 0.3):
        self.seed = seed
        self.synth_share = synth_share
        rng = random.Random(seed)
        self.real = real_entities()
        # synthetic names appearing in the corpus: a subset of the gazetteer's
        # synthetic pool (same seed), so gazetteers of different sizes have
        # different recall.
        self.synth = synthetic_entities(random.Random(seed * 7919 + 1), 20000, 8000, 12000)
        segs = seed_segments(seeds_dir)
        self.templates = [self._templatize(s) for s in segs]
        # precomputed noisy variants of literal parts
        self.lit_variants = {}
        for t in self.templates:
            for part in t.parts:
                if isinstance(part, str) and part not in self.lit_variants:
                    self.lit_variants[part] = [part] + [
                        self._noisy(rng, part) for _ in range(self.N_LIT_VARIANTS - 1)
                    ]
        self.labels = sorted(self.real.pools)

    # ---- templates -------------------------------------------------------
    def _templatize(self, s: str) -> Template:
        # entity surfaces from the real pools, longest first
        if not hasattr(self, "_ent_re"):
            surf = {}
            for lab, lst in self.real.pools.items():
                for _c, vs in lst:
                    for v in vs:
                        surf.setdefault(v, lab)
            alts = sorted(surf, key=len, reverse=True)
            self._surf_label = surf
            letters = ARABIC_LETTER_RE
            self._ent_re = re.compile(
                rf"(?<![{letters}])(وب|ول|فب|فل|و|ف|ب|ل|ك)?({'|'.join(map(re.escape, alts))})(?![{letters}])"
            )
        parts = []
        pos = 0
        for m in self._ent_re.finditer(s):
            if m.start() > pos:
                parts.extend(self._split_nums(s[pos : m.start()]))
            parts.append(("ENT", self._surf_label[m.group(2)], m.group(1) or ""))
            pos = m.end()
        if pos < len(s):
            parts.extend(self._split_nums(s[pos:]))
        return Template(parts)

    def _split_nums(self, lit: str):
        out = []
        pos = 0
        for m in _NUM_RE.finditer(lit):
            if m.start() > pos:
                out.append(lit[pos : m.start()])
            out.append(("NUM", len(m.group())))
            pos = m.end()
        if pos < len(lit):
            out.append(lit[pos:])
        return out

    # ---- noise -----------------------------------------------------------
    _HAMZA_STRIP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})

    def _noisy(self, rng: random.Random, lit: str) -> str:
        words = lit.split(" ")
        out = []
        for w in words:
            if not w:
                out.append(w)
                continue
            r = rng.random()
            if r < 0.04:  # tashkeel on some letters
                chars = []
                for ch in w:
                    chars.append(ch)
                    if "\u0621" <= ch <= "\u064a" and rng.random() < 0.35:
                        chars.append(rng.choice(TASHKEEL))
                w = "".join(chars)
            elif r < 0.05 and len(w) > 3:  # tatweel
                k = rng.randint(1, len(w) - 2)
                w = w[:k] + TATWEEL * rng.randint(1, 3) + w[k:]
            elif r < 0.13:
                w = w.translate(self._HAMZA_STRIP)
            elif r < 0.16 and w.endswith("ي"):
                w = w[:-1] + "ى"
            elif r < 0.18 and w.endswith("ة"):
                w = w[:-1] + "ه"
            elif r < 0.185:
                w = w.replace("ي", "ی").replace("ك", "ک")  # Persian yeh/keheh (seen in seeds)
            out.append(w)
        return " ".join(out)

    # ---- filling ---------------------------------------------------------
    def _pick_entity(self, rng: random.Random, label: str) -> str:
        pool = self.synth.pools.get(label) if rng.random() < self.synth_share else None
        if not pool:
            pool = self.real.pools[label]
        _c, vs = pool[rng.randrange(len(pool))]
        v = vs[0] if len(vs) == 1 or rng.random() < 0.6 else vs[rng.randrange(len(vs))]
        return v

    def _num(self, rng: random.Random, nd: int) -> str:
        if nd == 4:
            s = str(rng.randint(1988, 2025))
        else:
            lo = 10 ** (nd - 1) if nd > 1 else 0
            s = str(rng.randint(lo, 10**nd - 1))
        if rng.random() < 0.1:
            s = s.translate(str.maketrans("0123456789", ARABIC_INDIC))
        return s

    def _date_phrase(self, rng: random.Random) -> str:
        d = rng.randint(1, 28)
        y = rng.randint(1990, 2025)
        r = rng.random()
        if r < 0.45:
            return f"{d} {rng.choice(GREG_MONTHS)} {y}"
        if r < 0.75:
            k = rng.randrange(12)
            return f"{d} {LEV_MONTHS[k]}/{GREG_MONTHS[k]} {y}"
        if r < 0.9:
            return f"{d}/{rng.randint(1, 12)}/{y}"
        return f"يوم {rng.choice(WEEKDAYS)} {d} {rng.choice(GREG_MONTHS)}"

    def _sentence(self, rng: random.Random, buf: list, mentions: list, pos: int) -> int:
        t = self.templates[rng.randrange(len(self.templates))]
        if rng.random() < 0.12:  # dated lead-in
            dp = self._date_phrase(rng)
            pre = "وفي " if rng.random() < 0.5 else "في "
            buf.append(pre)
            pos += len(pre)
            mentions.append((pos, pos + len(dp), "DATE"))
            buf.append(dp)
            buf.append("، ")
            pos += len(dp) + 2
        for part in t.parts:
            if isinstance(part, str):
                vs = self.lit_variants[part]
                s = vs[0] if rng.random() < 0.5 else vs[rng.randrange(len(vs))]
                buf.append(s)
                pos += len(s)
            elif part[0] == "ENT":
                lab, clitic = part[1], part[2]
                if rng.random() < 0.3:
                    clitic = weighted(rng, PROPER_CLITICS)
                ent = self._pick_entity(rng, lab)
                s = attach(clitic, ent)
                # the entity proper is the tail of s (clitic letters before)
                ent_start = pos + (len(s) - len(ent)) if s.endswith(ent) else pos + len(clitic)
                mentions.append((ent_start, pos + len(s), lab))
                buf.append(s)
                pos += len(s)
            else:  # NUM
                s = self._num(rng, part[1])
                mentions.append((pos, pos + len(s), "DATE" if part[1] == 4 else "NUM"))
                buf.append(s)
                pos += len(s)
        return pos

    def generate(self, i: int, target_chars: int | None = None):
        rng = random.Random(self.seed * 1_000_003 + i)
        if target_chars is None:
            # news-article-like lengths: 1.2k .. ~9k chars, median ~3.5k
            target_chars = int(min(9000, max(1200, rng.lognormvariate(8.15, 0.45))))
        buf = []
        mentions = []
        pos = self._sentence(rng, buf, mentions, 0)  # headline
        buf.append("\n\n")
        pos += 2
        while pos < target_chars:
            nsent = rng.randint(1, 4)
            for k in range(nsent):
                if k:
                    buf.append(" ")
                    pos += 1
                pos = self._sentence(rng, buf, mentions, pos)
            buf.append("\n\n")
            pos += 2
        text = "".join(buf).rstrip("\n")
        mentions = [m for m in mentions if m[1] <= len(text)]
        return text, mentions


# --------------------------------------------------------------------------
# Gazetteer
# --------------------------------------------------------------------------


def build_gazetteer(
    size: int, seeds_dir: str = DEFAULT_SEEDS, seed: int = 13
) -> list[tuple[str, str]]:
    """Return ~size unique (surface, label) entries.

    Contains every real entity variant (seed articles + general lists), every
    event trigger (bare and with the article), then deterministic synthetic
    names.  The synthetic pool is the same one DocGenerator draws from (same
    seed), taken in order, so a larger gazetteer covers more of the corpus'
    synthetic mentions.
    """
    out: dict[str, str] = {}
    real = real_entities()
    for lab, lst in real.pools.items():
        for _c, vs in lst:
            for v in vs:
                out.setdefault(v, lab)
    for lab, words in TRIGGERS.items():
        for w in words:
            out.setdefault(w, lab)
            if " " not in w and not w.startswith("ال"):
                out.setdefault("ال" + w, lab)
    synth = synthetic_entities(random.Random(seed * 7919 + 1), 20000, 8000, 12000)
    order = []
    for lab in ("PER", "ORG", "LOC"):
        for c, _vs in synth.pools[lab]:
            order.append((c, lab))
    # interleave labels deterministically
    rng = random.Random(seed + 17)
    rng.shuffle(order)
    for c, lab in order:
        if len(out) >= size:
            break
        out.setdefault(c, lab)
    if len(out) < size:
        extra = synthetic_entities(random.Random(seed * 104729 + 3), size, size // 3, size)
        more = [(c, lab) for lab in ("PER", "ORG", "LOC") for c, _ in extra.pools[lab]]
        rng.shuffle(more)
        for c, lab in more:
            if len(out) >= size:
                break
            out.setdefault(c, lab)
    return list(out.items())[:size] if len(out) > size else list(out.items())


LABELS = [
    "PER",
    "ORG",
    "GPE",
    "LOC",
    "DATE",
    "TIME",
    "NUM",
    "MONEY",
    "EVENT_CEASEFIRE",
    "EVENT_ATTACK",
    "EVENT_MEETING",
    "EVENT_STATEMENT",
    "EVENT_AGREEMENT",
    "EVENT_CASUALTY",
    "EVENT_MOVEMENT",
    "EVENT_OTHER",
]
RELATIONS = [
    "agent",
    "target",
    "place",
    "time",
    "participant",
    "count",
    "located_in",
    "member_of",
    "affiliated_with",
    "other",
]


def label_config() -> str:
    """Label Studio labeling config matching the synthetic export (NER + relations)."""
    labs = "\n".join(f'    <Label value="{lab}"/>' for lab in LABELS)
    rels = "\n".join(f'    <Relation value="{r}"/>' for r in RELATIONS)
    return f"""<View>
  <Relations>
{rels}
  </Relations>
  <Labels name="label" toName="text">
{labs}
  </Labels>
  <Text name="text" value="$text"/>
</View>"""
