"""Subjects missed on annotation parts J and K, pinned with synthetic sentences written for these tests:
a lone compound surname written as one word («…‌نژاد», «…‌تبار», «…‌نسب») or in words up to «امروز»; an organisation after a
sentence-opening adverb («البته شورای شهر …», «اما شهرداری …»); a quantified group with coordinated
nouns or before an object («برخی از کارشناسان و تحلیلگران …», «برخی از ساکنان محله این طرح را …»)."""

from __future__ import annotations

import pytest
from quote_helpers import speakers



COMPOUND_SURNAMES = [
    ("کریمی‌نژاد گفت: بودجه محله‌ها کم است.", [("کریمی‌نژاد", "گفت")]),
    ("احمدی‌تبار در جلسه شورا اظهار کرد: پروژه متوقف شده است.", [("احمدی‌تبار", "اظهار کرد")]),
    ("موسوی‌نسب نیز تاکید کرد: پارک محله باید حفظ شود.", [("موسوی‌نسب", "تاکید کرد")]),
    # an ordinary word with such an ending is no subject
    ("پیام‌رسان گفت‌وگوی ما را منتشر کرد.", []),
    # a common word between a surname and «امروز/دیروز» is the surname's second part
    ("رضا انجم شعاع امروز در جلسه کمیسیون افزود: پارک ویژه روشندلان احداث می‌شود.", [("رضا انجم شعاع", "افزود")]),
    # guard: a title there is no part of the name
    ("علی رضایی شهردار امروز در جلسه گفت: کار خوب است.", [("علی رضایی", "گفت")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_SURNAMES)
def test_lone_compound_surname(text, expected):
    assert speakers(text) == expected


ORG_AFTER_ADVERB = [
    ("البته شورای شهر اعلام کرد که بودجه محله‌ها افزایش می‌یابد.", [("شورای شهر", "اعلام کرد")]),
    ("اما شهرداری منطقه ۳ اعلام کرد پروژه تا پایان سال تمام می‌شود.", [("شهرداری منطقه ۳", "اعلام کرد")]),
    ("همچنین سازمان پارک‌ها تاکید کرد که درختان قطع نمی‌شوند.", [("سازمان پارک‌ها", "تاکید کرد")]),
]


@pytest.mark.parametrize(("text", "expected"), ORG_AFTER_ADVERB)
def test_organisation_after_an_opening_adverb(text, expected):
    assert speakers(text) == expected


# --- a quantified group («برخی از …», «بسیاری از …») keeps its whole noun phrase --------------------------

GROUPS = [
    ("برخی از کارشناسان و تحلیلگران معتقدند که بودجه شهر کافی نیست.",
     [("برخی از کارشناسان و تحلیلگران", "معتقدند")]),
    ("برخی از ساکنان محله این طرح را خطرناک می‌دانند.", [("برخی از ساکنان محله", "می‌دانند")]),
    ("بسیاری از شهروندان می‌گویند که پارک محله کوچک است.", [("بسیاری از شهروندان", "می‌گویند")]),
    ("برخی از اعضای شورا معتقدند که بودجه کافی نیست.", [("برخی از اعضای شورا", "معتقدند")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_quantified_group_subject(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «حین …» («while …») after the subject, like «ضمن …»; the name inside it is not who speaks
    ("سام کلانتری حین دریافت جایزه خود گفت: خیلی امید داشتم.", [("سام کلانتری", "گفت")]),
    ("محمدحسین مهدویان کارگردان فیلم گفت: ممنونم.\nمهدویان حین دریافت جایزه پیمان معادی گفت: او در سفر است.",
     [("محمدحسین مهدویان", "گفت"), ("محمدحسین مهدویان", "گفت")]),
])
def test_a_while_phrase_after_the_subject(text, expected):
    assert speakers(text) == expected
