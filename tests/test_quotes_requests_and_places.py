"""Requests, provinces written in several words, and a name shaped by its first word.

Classes found while reading the errors of parts A–K (session 6), pinned with synthetic sentences
written for these tests: a request («از X خواسته است تا …», «از X درخواست کردند که …») reports what
was asked for, without its «که/تا»; a province of two or three words («خراسان رضوی», «سیستان و
بلوچستان») belongs to the place title before it; a first name followed by a word ending like a
surname is a person even when that word is also an adjective («رزم حسینی»), so a bare title can
look ahead to them; «نوشت», «مدعی است», «دستور داد» and «اصرار دارد» report the clause after them;
a «؛» before a new subject ends a reported clause, and so does «، اما من/ما», where the reporter's
own voice resumes; a clause joined by «و» after a finite verb has its own subject.
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
    # without «از X», «که/تا» marks the request; the present needs both
    ("شورای شهر در پیامی خواسته است تا شهروندان از حمل و نقل عمومی کمتر استفاده کنند.",
     [("شورای شهر", "خواسته است", "indirect", "شهروندان از حمل و نقل عمومی کمتر استفاده کنند.")]),
    ("مسئولان شهری از شهروندان می‌خواهند تا از مترو کمتر استفاده کنند.",
     [("مسئولان شهری", "می‌خواهند", "indirect", "از مترو کمتر استفاده کنند.")]),
    ("دشمنان از طریق فضای مجازی می‌خواهند مردم را بترسانند.", []),
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


@pytest.mark.parametrize(("text", "expected"), [
    # «نوشت» and «مدعی است» report a bare clause, like «گفت»
    ("روزنامه رعد نوشت این شرکت پروژه‌های زیادی را بدون مناقصه گرفته است.",
     [("روزنامه رعد", "نوشت", "indirect", "این شرکت پروژه‌های زیادی را بدون مناقصه گرفته است.")]),
    ("شهرداری کرج در نامه‌ای مدعی است قیمت زمین کمتر برآورد شده است.",
     [("شهرداری کرج", "مدعی است", "indirect", "قیمت زمین کمتر برآورد شده است.")]),
    # an order is what follows «دستور داد», with or without «تا»; «دستور داده» is its perfect
    ("وزیر کشور به استانداران دستور داد تا بازارها تعطیل شوند.",
     [("وزیر کشور", "دستور داد", "indirect", "بازارها تعطیل شوند.")]),
    ("فرانسه نیز دستور داده همه رستوران‌ها تعطیل شوند.",
     [("فرانسه", "دستور داده", "indirect", "همه رستوران‌ها تعطیل شوند.")]),
    ("محمد کریمی شهردار رشت اصرار دارد که پروژه تا پایان سال تمام شود.",
     [("محمد کریمی", "اصرار دارد", "indirect", "پروژه تا پایان سال تمام شود.")]),
    # «نوشته» alone is a perfect like «گفته», unless a noun («این نوشته», «به نوشته» glued to a verb)
    ("مهدی قمی در توییتی نوشته: «بودجه کافی نیست.»", [("مهدی قمی", "نوشته", "direct", "بودجه کافی نیست.")]),
    ("این نوشته در روزنامه منتشر شد و بحث‌های زیادی به پا کرد.", []),
    ("لطفا در خانه بمانیدبه نوشته روزنامه اعتماد، مهدی قمی گفت: کار خوب است.",
     [("مهدی قمی", "گفت", "direct", "کار خوب است.")]),
    # nothing is reported when the verb's clause ends, or the letter is its object
    ("شهردار دستور داد و جلسه تمام شد.", []),
    ("علی رضایی نامه‌ای نوشت و آن را منتشر کرد.", []),
])
def test_more_verbs_report_a_bare_clause(text, expected):
    assert brief(text) == expected


def test_a_semicolon_before_a_new_subject_ends_the_reported_clause():
    text = ("برخی از اعضای شورا اصرار دارند تا بودجه محله‌ها افزایش یابد؛ مهدی قمی عضو شورای شهر "
            "در توییتی نوشت: «بودجه کافی نیست.»")
    assert brief(text) == [("برخی از اعضای شورا", "اصرار دارند", "indirect", "بودجه محله‌ها افزایش یابد"),
                           ("مهدی قمی", "نوشت", "direct", "بودجه کافی نیست.")]


@pytest.mark.parametrize(("text", "expected"), [
    ("لوله‌کشی محله هنوز تمام نشده است و ساکنان با نصب پلاکاردهایی از شهرداری خواسته‌اند تا کار را تمام کند.",
     [("ساکنان", "خواسته‌اند")]),
    ("پارک محله امکانات ندارد و شهروندان در نامه‌ای به شهردار نوشتند که پارک را بازسازی کند.",
     [("شهروندان", "نوشتند")]),
])
def test_a_clause_joined_by_and_after_a_finite_verb_has_its_own_subject(text, expected):
    assert speakers(text) == expected


def test_a_reported_clause_ends_where_the_reporters_own_voice_resumes():
    text = ("وزیر بهداشت گفت: باید مراقب بود.\n"
            "برخی به ما گفتند که قم را قرنطینه کنید، اما من معتقدم مردم خودشان رعایت می‌کنند.")
    nested = [s for s in brief(text) if s[0] == "برخی"]
    assert nested == [("برخی", "گفتند", "indirect", "قم را قرنطینه کنید")]
