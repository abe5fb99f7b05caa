"""Source attributions («به گفته X»، «بر اساس اعلام X»، «طبق گزارش X») at the head of a clause and nested
inside another speaker's quote, pinned with synthetic sentences written for these tests (the class was
found on annotation parts J and K)."""

from __future__ import annotations

import pytest

from civicdiscourse.quotes import extract_statements


def statements(text: str) -> list[tuple[str | None, str | None, str, bool]]:
    return [(st.speaker, st.cue, st.quote, st.pronoun) for st in extract_statements(text)]


LEAD = "علی رضایی، وزیر اقتصاد، گفت: رشد اقتصادی مثبت بود.\n"
SAID = ("علی رضایی", "گفت", "رشد اقتصادی مثبت بود.", False)

SOURCES = [
    # the new source forms open a sentence of narration
    ("بر اساس اعلام مرکز آمار، نرخ بیکاری کاهش یافته است.",
     [("مرکز آمار", "بر اساس اعلام", "نرخ بیکاری کاهش یافته است.", False)]),
    ("طبق گزارش شهرداری تهران، ساخت پل تا پایان سال تمام می‌شود.",
     [("شهرداری تهران", "طبق گزارش", "ساخت پل تا پایان سال تمام می‌شود.", False)]),
    ("بنا به گفته حسن کریمی، پروژه متوقف شده است.",
     [("حسن کریمی", "بنا به گفته", "پروژه متوقف شده است.", False)]),
    # nested in the quote of «وی ادامه داد:»: the outer statement stays whole, the source is its own statement
    (LEAD + "وی ادامه داد: به گفته حسن کریمی، رشد شش درصد بوده است.",
     [SAID, ("علی رضایی", "ادامه داد", "به گفته حسن کریمی، رشد شش درصد بوده است.", True),
      ("حسن کریمی", "به گفته", "رشد شش درصد بوده است.", False)]),
    (LEAD + "وی افزود: بر اساس اعلام مرکز آمار، تورم کاهش یافت.",
     [SAID, ("علی رضایی", "افزود", "بر اساس اعلام مرکز آمار، تورم کاهش یافت.", True),
      ("مرکز آمار", "بر اساس اعلام", "تورم کاهش یافت.", False)]),
    # a bare title inside someone's quote is the source itself, not that speaker («وی» of the quote)
    (LEAD + "وی ادامه داد: به گفته رئیس سازمان برنامه، بودجه کافی است.",
     [SAID, ("علی رضایی", "ادامه داد", "به گفته رئیس سازمان برنامه، بودجه کافی است.", True),
      ("رئیس سازمان برنامه", "به گفته", "بودجه کافی است.", False)]),
    # «بر اساس» before a plain noun is no attribution
    ("بر اساس این طرح، ساخت پل تا پایان سال تمام می‌شود.", []),
    # a source no lexicon knows, found by its place before the comma
    ("به نوشته رسانه‌های آمریکا، دولت طرح تازه‌ای دارد.",
     [("رسانه‌های آمریکا", "به نوشته", "دولت طرح تازه‌ای دارد.", False)]),
    # an agency credit before a speaker is no statement of the agency
    (LEAD + "به نوشته ایرنا، وی با اشاره به بودجه گفت: کار ادامه دارد.",
     [SAID, ("علی رضایی", "با اشاره به", "بودجه", True), ("علی رضایی", "گفت", "کار ادامه دارد.", True)]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source_attributions(text, expected):
    assert statements(text) == expected


def test_a_source_quoted_inside_a_statement_does_not_take_the_next_pronoun():
    text = "علی رضایی شهردار منطقه ۴ گفت: به گفته حسن کریمی‌نسب، کار پل تمام است.\nوی افزود: بودجه کافی است."
    assert [(st.speaker, st.cue) for st in extract_statements(text)] == [
        ("علی رضایی", "گفت"), ("حسن کریمی‌نسب", "به گفته"), ("علی رضایی", "افزود")]
