"""Public figures whose office the news often leaves unwritten.

Reports name a president, a minister or a Tehran council member without a title («حسن روحانی
گفت», «زهرا نژادبهرام در جلسه شورا گفت») because readers know who they are. A statement whose
speaker has no title in the text takes the ``role_class`` of the office listed here; its ``role``
stays empty, since nothing was written.

Only people who held one kind of office through the corpora's years (2013–2021) are listed, by full
name: «محمدباقر قالیباف», Tehran's mayor until 2017 and parliament's speaker from 2020, is not.
"""

from __future__ import annotations

from ..text import ZWNJ, fold

_OFFICES: dict[str, tuple[str, ...]] = {
    # president, ministers, spokespeople, the judiciary and the Guardian Council
    "government_official": (
        "حسن روحانی", "اسحاق جهانگیری", "محمدجواد ظریف", "علی ربیعی", "سعید نمکی", "کیانوش جهانپور",
        "عبدالرضا رحمانی فضلی", "محمود واعظی", "فرهاد دژپسند", "محمد اسلامی", "عباس آخوندی",
        "بیژن نامدار زنگنه", "رضا اردکانیان", "محمدباقر نوبخت", "عباسعلی کدخدایی", "غلامحسین اسماعیلی",
        "ابراهیم رئیسی", "سید ابراهیم رئیسی", "صادق آملی لاریجانی", "علیرضا زالی", "انوشیروان محسنی بندپی",
        # foreign heads of government and foreign ministers
        "دونالد ترامپ", "مایک پمپئو", "ولادیمیر پوتین", "رجب طیب اردوغان", "عمران خان", "امانوئل مکرون",
        "آنگلا مرکل", "بوریس جانسون",
    ),
    "parliament": (
        "علی لاریجانی", "علی مطهری", "محمدرضا عارف", "جهانبخش محبی نیا", "غلامعلی جعفرزاده ایمن آبادی",
        "طیبه سیاوشی", "پروانه سلحشوری", "الیاس حضرتی",
    ),
    # the fifth Islamic city council of Tehran (2017–2021), and the chair of the fourth
    "city_council": (
        "محسن هاشمی", "محسن هاشمی رفسنجانی", "زهرا نژادبهرام", "حجت نظری", "محمود میرلوحی",
        "سید محمود میرلوحی", "علی اعطا", "بهاره آروین", "بشیر نظری", "ناهید خداکرمی", "الهام فخاری",
        "شهربانو امانی", "افشین حبیب زاده", "حسن رسولی", "سید حسن رسولی", "آرش حسینی میلانی", "مجید فراهانی",
        "محمد علیخانی", "زهرا صدراعظم نوری", "محمد سالاری", "احمد مسجدجامعی", "محمدجواد حق شناس",
        "مرتضی الویری", "ابراهیم امینی", "مهدی چمران",
    ),
    # mayors of Tehran after 2017
    "mayor": ("پیروز حناچی", "محمدعلی نجفی", "سید محمدعلی افشانی", "محمدعلی افشانی"),
}


def _key(name: str) -> str:
    return fold(name).replace(ZWNJ, "").replace(" ", "")


_CLASS_OF = {_key(name): role_class for role_class, names in _OFFICES.items() for name in names}


def office_class(speaker: str | None) -> str | None:
    """The ``role_class`` of a listed public figure (spelling variants and spacing folded), else None.

    Examples
    --------
    >>> office_class("زهرا نژاد بهرام")
    'city_council'
    >>> office_class("حسن روحاني")
    'government_official'
    >>> office_class("علی رضایی") is None
    True
    """
    return _CLASS_OF.get(_key(speaker)) if speaker else None
