"""Persian labels for figures: digits, numbers, Jalali months, fixed vocabulary.

Strings are returned *unshaped*: matplotlib ≥ 3.11 shapes and orders Persian
itself, so reshaping here would reverse the text (GUIDE.md §4).
"""

from __future__ import annotations

import math

from matplotlib.ticker import FuncFormatter, ScalarFormatter

_TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                 "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")

# Vocabulary shared by the plot helpers (one place to correct a translation).
LABELS = {
    "documents": "تعداد خبر",
    "share": "سهم",
    "month": "ماه",
    "outlet": "رسانه",
    "source": "منبع",
    "role": "نقش گوینده",
    "speaker": "گوینده",
    "statements": "تعداد گفته",
    "topic": "موضوع",
    "loaded": "بارگذاری‌شده",
    "deduplicated": "پس از حذف تکراری‌ها",
    "municipal": "شهری (شهرداری و شورا)",
    "other": "سایر اخبار",
    "favor": "موافق",
    "against": "مخالف",
    "none": "بی‌طرف",
    "participation": "مشارکت شهروندان",
    "development": "توسعهٔ شهری",
    "direct": "نقل مستقیم",
    "indirect": "نقل غیرمستقیم",
    "coherence": "انسجام",
    "stability": "پایداری",
    "k": "تعداد موضوع (k)",
    "undated": "بی‌تاریخ",
    "confidence": "اطمینان (confidence)",
    "mean_confidence": "میانگین اطمینان",
    "share_right": "سهم گفته‌های درست",
    "perfect": "اطمینان کاملاً درست",
}

ROLE_LABELS = {
    "mayor": "شهردار",
    "district_mayor": "شهردار منطقه",
    "municipal_official": "مدیران شهرداری",
    "city_council": "شورای شهر",
    "government_official": "مقام‌های دولتی",
    "parliament": "نمایندگان مجلس",
    "expert": "کارشناسان",
    "citizen": "شهروندان",
    "business": "کسب‌وکارها",
    "civil_society": "نهادهای مدنی",
    "other": "سایر",
    "unknown": "نامشخص",
}

# Coarser groups for "officials vs citizens" comparisons.
ROLE_GROUPS = {
    "mayor": "city", "district_mayor": "city", "municipal_official": "city", "city_council": "city",
    "government_official": "state", "parliament": "state",
    "citizen": "society", "civil_society": "society", "business": "society",
    "expert": "expert", "other": "other", "unknown": "other",
}
ROLE_GROUP_LABELS = {"city": "مدیریت شهری", "state": "دولت و مجلس", "society": "شهروندان و جامعهٔ مدنی",
                     "expert": "کارشناسان", "other": "سایر و نامشخص"}


def role_label(role_class: str | None) -> str:
    """Persian name of a role class (``civicdiscourse.quotes.ROLE_CLASSES``) or role group."""
    if role_class is None:
        return ROLE_LABELS["unknown"]
    return ROLE_LABELS.get(role_class) or ROLE_GROUP_LABELS.get(role_class) or role_class


def label(key: str) -> str:
    """The Persian label for ``key`` (the key itself when there is none)."""
    return LABELS.get(key, key)


def persian_digits(value) -> str:
    """``str(value)`` with Latin digits replaced by Persian ones («2024» → «۲۰۲۴»)."""
    return str(value).translate(_TO_PERSIAN)


def format_number(value: float, *, decimals: int = 0, percent: bool = False) -> str:
    """A number in Persian notation: Persian digits, «٬» thousands, «٫» decimals, «٪».

    >>> format_number(12345.678, decimals=1)
    '۱۲٬۳۴۵٫۷'
    >>> format_number(0.25, percent=True)
    '۲۵٪'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if percent:
        value = value * 100
    text = f"{value:,.{decimals}f}".replace(",", "٬").replace(".", "٫").replace("-", "−")
    return persian_digits(text) + ("٪" if percent else "")


def number_formatter(*, decimals: int = 0, percent: bool = False) -> FuncFormatter:
    """A matplotlib tick formatter writing Persian numbers (see :func:`format_number`)."""
    return FuncFormatter(lambda value, _pos: format_number(value, decimals=decimals, percent=percent))


class PersianScalarFormatter(ScalarFormatter):
    """matplotlib's default tick labels (as many decimals as the ticks need), in Persian digits."""

    def __init__(self) -> None:
        super().__init__(useOffset=False)

    def __call__(self, x, pos=None) -> str:
        text = super().__call__(x, pos)
        return persian_digits(text.replace(".", "٫").replace("-", "−"))


def jalali_month_label(month: str, *, with_year: bool = True) -> str:
    """«1399-04» → «تیر ۱۳۹۹» (Jalali ``YYYY-MM`` as Persian month name and year)."""
    year, number = month.split("-")[:2]
    name = JALALI_MONTHS[int(number) - 1]
    return f"{name} {persian_digits(year)}" if with_year else name
