"""Role taxonomy: map a title or organisation as written to a ``role_class``.

The classes follow ``corpus/annotations/GUIDELINES.md``:

============================  =================================================================
``mayor``                     mayor of a city («شهردار تهران», «سرپرست شهرداری شیراز»)
``district_mayor``            «شهردار منطقه/ناحیه …»
``municipal_official``        deputies, directors, municipal organisations/companies, municipal PR
``city_council``              «شورای (اسلامی) شهر», «شورایاری», the bare «شورا» of city news
``government_official``       ministers, governors, national/provincial officials and departments («اداره …»),
                              state media, judiciary, police
``parliament``                «مجلس», «نماینده مردم … », «نمایندگان», «شورای اسلامی» with no city, commissions
``expert``                    academics and specialists
``citizen``                   residents, shopkeepers speaking as residents
``business``                  industry, chambers, companies, guilds
``civil_society``             NGOs, associations, clerics as community voices
``other``                     anything else: political parties and activists, international bodies, sport,
                              culture (also: no role known)
============================  =================================================================

A speaker with no title in the text takes the class of a listed public figure's office
(:mod:`.figures`), else ``other``.

Rules are ordered: the first that matches wins. Each rule is a tuple of
substrings matched on the folded role (:func:`~civicdiscourse.text.fold`),
padded with spaces so ``" شهردار "`` does not match «شهرداری».
"""

from __future__ import annotations

from functools import lru_cache

from ..text import fold

ROLE_CLASSES = (
    "mayor", "district_mayor", "municipal_official", "city_council", "government_official",
    "parliament", "expert", "citizen", "business", "civil_society", "other",
)

_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # international bodies are none of the Iranian classes; «نماینده دادستان» is no member of parliament
    ("other", (" سازمان ملل", " سازمان بهداشت جهانی", " یونیسف", " ناتو ", " اتحادیه اروپا")),
    ("government_official", (" نماینده دادستان", " نماینده ولی فقیه", " نماینده وزارت")),
    # faculty speak as academics even at a state university of medical sciences
    ("expert", (" هیئت علمی", " هیات علمی", " استاد دانشگاه")),
    ("city_council", (" شورای اسلامی شهر", " شورای شهر", " شورا شهر", "شورایاری", " عضو شورا ", " رئیس شورا ",
                      " شورای اسلامی شهرستان", " شورای عالی استان", " شورا ")),  # the bare «شورا» of city news
    ("district_mayor", (" شهردار منطقه", " شهردار ناحیه", " شهرداران مناطق", " شهردار نواحی",
                        " سرپرست شهرداری منطقه", " سرپرست شهرداری ناحیه")),
    ("parliament", (" مجلس", " نماینده مردم", " نمایندگان", " فراکسیون", " نماینده ", " پارلمان",
                    " شورای اسلامی ")),  # no city named after it: «مرکز پژوهش‌های شورای اسلامی»
    ("mayor", (" سرپرست شهرداری", " شهردار کلانشهر")),
    ("municipal_official", (" معاون شهردار", " مشاور شهردار", " شهرداری", " شهرداران", " آتش نشانی",
                            " اتوبوسرانی", " تاکسیرانی", " مترو", " قطار شهری", " پسماند", " بوستان",
                            " پارک ها و فضای سبز", " زیباسازی", " مدیریت شهری", " سازمان آتش", " ترافیک شهر",
                            " شهرسازی و معماری", " خدمات شهری", " نوسازی شهر", " بهشت زهرا", " میادین میوه",
                            " برنامه ریزی شهر ")),  # «مرکز مطالعات و برنامه‌ریزی شهر تهران»
    ("mayor", (" شهردار ",)),
    # parties, fronts and political activists are politics, not civil society (unless they hold an office above)
    ("other", (" حزب", " جبهه", " فعال سیاسی", " فعالان سیاسی", " ائتلاف", " تشکل سیاسی", " فعال اصلاح طلب",
               " فعال اصولگرا", " فعال اصول گرا")),  # an activist of a political camp
    ("government_official", (" کانون پرورش فکری", " وزیر", " وزارت", " استاندار", " فرماندار", " بخشدار", " دهیار", " دادستان",
                             " قاضی", " دادگستری", " قوه", " رئیس جمهور", " رئیس جمهوری", " دولت", " پلیس",
                             " ناجا", " فرمانده", " انتظامی", " سردار", " سازمان ", " اداره کل", " معاون ",
                             " سخنگوی ", " سفیر", " هلال احمر", " سپاه", " ارتش", " رهبر", " وزیر", " ستاد ",
                             " محیط زیست", " بهداشت", " دانشگاه علوم پزشکی", " اورژانس", " اداره ", " استانداری",
                             " فرمانداری", " صدا و سیما", " صداوسیما", " رادیو", " دامپزشکی", " جهاد کشاورزی",
                             " آموزش و پرورش", " میراث فرهنگی", " هواشناسی", " گمرک", " شورای نگهبان", " مرکز آمار",
                             " مقامات", " نخست وزیر", " ریاست جمهوری", " قرارگاه", " ارشاد اسلامی", " دیوان",
                             " بازرسی", " مدیرکل")),
    ("expert", (" استاد ", " استادیار", " دانشیار", " هیئت علمی", " هیات علمی", " کارشناس", " پژوهشگر",
                " متخصص", " جامعه شناس", " اقتصاددان", " تحلیلگر", " حقوقدان", " شهرساز", " معمار", " دانشگاه",
                " روانشناس", " پزشک", " مدرس", " صاحب نظر")),
    ("citizen", (" شهروند", " ساکن", " اهالی", " کاسب", " مغازه دار", " راننده", " رهگذر", " مستاجر",
                 " یکی از ساکنان", " مالک")),
    ("business", (" اتاق بازرگانی", " اتاق اصناف", " اتاق تعاون", " شرکت", " صنایع", " کارخانه", " صنعت",
                  " انبوه سازان", " اتحادیه", " صنف", " بازار", " کارآفرین", " سرمایه گذار", " بانک", " بورس",
                  " تولیدکننده", " تولید کننده", " هلدینگ")),
    ("civil_society", (" انجمن", " سمن ", " سمن ها", " سمنها", " حوزه علمیه", " حوزه های علمیه", " خیریه", " تشکل", " فعال ", " فعالان", " امام جمعه", " حجت الاسلام",
                       " آیت الله", " روحانی", " خطیب", " بنیاد", " جمعیت", " کانون", " نهاد مردمی", " موسسه",
                       " گروه ")),
)


def _key(text: str) -> str:
    """:func:`fold` with «ئ» as «ی» too: «رییس» and «رئیس» are one spelling here."""
    return fold(text).replace("ئ", "ی")


def _fold_needle(needle: str) -> str:
    core = _key(needle.strip())
    return (" " if needle.startswith(" ") else "") + core + (" " if needle.endswith(" ") else "")


_FOLDED = tuple((name, tuple(_fold_needle(n) for n in needles)) for name, needles in _RULES)


@lru_cache(maxsize=8192)  # titles repeat within and across documents
def classify_role(role: str | None) -> str:
    """The ``role_class`` of a title/organisation as written (``"other"`` when unknown).

    Examples
    --------
    >>> classify_role("شهردار منطقه ۱۱ تهران")
    'district_mayor'
    >>> classify_role("عضو شورای اسلامی شهر تهران")
    'city_council'
    >>> classify_role(None)
    'other'
    """
    if not role:
        return "other"
    folded = f" {_key(role)} "
    for name, needles in _FOLDED:
        if any(needle in folded for needle in needles):
            return name
    return "other"
