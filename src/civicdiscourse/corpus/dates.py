"""Jalali (Solar Hijri) ↔ ISO date helpers used by the readers and by :meth:`Corpus.between`."""

from __future__ import annotations

import datetime as _dt
import re

import jdatetime

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)
_JALALI = re.compile(r"(1[34]\d\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")


def latin_digits(text: str) -> str:
    """Replace Persian and Arabic-Indic digits by ASCII digits."""
    return text.translate(_TO_LATIN)


def jalali_to_iso(year: int, month: int, day: int) -> str | None:
    """Convert a Jalali date to ISO ``YYYY-MM-DD``; ``None`` when the date does not exist."""
    try:
        return jdatetime.date(year, month, day).togregorian().isoformat()
    except ValueError:
        return None


def iso_to_jalali(iso: str) -> str:
    """Convert ISO ``YYYY-MM-DD`` (a longer timestamp is cut) to Jalali ``YYYY-MM-DD``."""
    date = _dt.date.fromisoformat(iso[:10])
    return jdatetime.date.fromgregorian(date=date).strftime("%Y-%m-%d")


def parse_jalali(text: str) -> tuple[str, str] | None:
    """Find a Jalali date such as «۱۴۰۲-۵-۱» or ``1399/04/19`` in ``text``.

    Returns ``(jalali, iso)`` both as zero-padded ``YYYY-MM-DD``, or ``None``.
    """
    match = _JALALI.search(latin_digits(text))
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    iso = jalali_to_iso(year, month, day)
    if iso is None:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", iso


def fars_id_date(news_id: str) -> tuple[str, str] | None:
    """Date encoded in a Fars News id: ``YYMMDDnnnn`` (before 1391) or ``YYYYMMDDnnnnnn``.

    Ids that decode to a year before 1380 (Fars was founded in 1381) are rejected.
    """
    digits = latin_digits(news_id)
    if len(digits) == 10:
        year, month, day = 1300 + int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 14:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        return None
    if year < 1380:
        return None
    iso = jalali_to_iso(year, month, day)
    return (f"{year:04d}-{month:02d}-{day:02d}", iso) if iso else None
