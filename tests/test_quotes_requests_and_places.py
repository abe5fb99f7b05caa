"""Requests, provinces written in several words, and a name shaped by its first word.

Classes found while reading the errors of parts A–K (session 6), pinned with synthetic sentences
written for these tests: a request («از X خواسته است تا …», «از X درخواست کردند که …») reports what
was asked for, without its «که/تا»; a province of two or three words («خراسان رضوی», «سیستان و
بلوچستان») belongs to the place title before it; a first name followed by a word ending like a
surname is a person even when that word is also an adjective («رزم حسینی»), so a bare title can
look ahead to them.
"""

from __future__ import annotations

import pytest
from quote_helpers import brief, speakers

from civicdiscourse.quotes import extract_statements


@pytest.mark.parametrize(("text", "expected"), [
    ("علی رضایی شهردار کرج از شهروندان خواسته است تا در مصرف آب صرفه‌جویی کنند.",
     [("علی رضایی", "خواسته است", "indirect", "در مصرف آب صرفه‌جویی کنند.")]),
    ("کارگران مترو از مدیرعامل مترو درخواست کردند که حقوق معوقه آنها را پرداخت کند.",
     [("کارگران مترو", "درخواست کردند", "indirect", "حقوق معوقه آنها را پرداخت کند.")]),
    ("شهردار تهران از شهروندان خواست که در مصرف آب صرفه‌جویی کنند.",
     [("شهردار تهران", "خواست", "indirect", "در مصرف آب صرفه‌جویی کنند.")]),
    # a wish, and a request with nothing after it, report nothing
    ("شهروندان می‌خواهند پارک محله بازسازی شود.", []),
    ("شهروندان خواسته‌های خود را از شهردار درخواست کردند.", []),
])
def test_a_request_reports_what_was_asked(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize(("text", "role"), [
    ("استاندار خراسان رضوی گفت: ستاد مقابله تشکیل شد.", "استاندار خراسان رضوی"),
    ("استاندار آذربایجان شرقی از آغاز طرح خبر داد.", "استاندار آذربایجان شرقی"),
    ("فرماندار جدید شهرستان سیستان و بلوچستان گفت: کار آغاز شد.", "فرماندار جدید شهرستان سیستان و بلوچستان"),
    ("استاندار کهگیلویه و بویراحمد گفت: کار آغاز شد.", "استاندار کهگیلویه و بویراحمد"),
    ("شهردار سابق منطقه ۱۱ تهران گفت: کار آغاز شد.", "شهردار سابق منطقه ۱۱ تهران"),
    # a one-word province still ends the title before what follows it
    ("استاندار فارس در این جلسه گفت: کار آغاز شد.", "استاندار فارس"),
])
def test_a_province_of_several_words_is_part_of_the_title(text, role):
    assert extract_statements(text)[0].role == role


def test_a_bare_title_looks_ahead_to_a_name_whose_surname_is_also_a_word():
    text = ("اسحاق جهانگیری معاون اول رئیس جمهور گفت: کارها خوب پیش می‌رود.\n"
            "در این جلسه، استاندار خراسان رضوی گفت: ستادی تشکیل شد.\n"
            "رزم حسینی افزود: آزمایش‌ها به تهران ارسال می‌شد.")
    assert speakers(text) == [("اسحاق جهانگیری", "گفت"), ("رزم حسینی", "گفت"), ("رزم حسینی", "افزود")]
