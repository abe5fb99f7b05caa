"""Subjects found by position (``quotes.positional``), pinned with synthetic sentences written for
these tests: a country, newspaper or institution that opens its clause; a two-word name with an
unlisted first name; a name in quote marks followed by its affiliation; a lone surname, or a surname
written with different spacing, that goes back to the person already named; and the clauses where
the opening phrase must *not* be taken (objects with «را», glued headings, time phrases)."""

from __future__ import annotations

import pytest

from civicdiscourse.quotes import extract_statements

FIRST = "علی رضایی شهردار منطقه ۴ گفت: کار پارک محله تمام شد.\n"


def last(text: str) -> tuple[str | None, str | None, str | None]:
    st = extract_statements(FIRST + text)[-1]
    return st.speaker, st.cue, st.anaphor


ORGANISATIONS = [
    ("ترکیه روز یکشنبه از بستن مرزهای خود خبر داد.", ("ترکیه", "خبر داد", None)),
    ("پاکستان اعلام کرد که مرزها بسته می‌ماند.", ("پاکستان", "اعلام کرد", None)),
    ("در همین حال روزنامه همشهری روز شنبه در گزارشی اعلام کرد که پروژه متوقف شده است.",
     ("روزنامه همشهری", "اعلام کرد", None)),
    ("از سوی دیگر پلیس نیز اعلام کرده که خیابان بسته است.", ("پلیس", "اعلام کرده", None)),
    ("\"اینترمیلان\" نیز در حساب کاربری خود از تاخیر بازی خبر داد.", ("اینترمیلان", "خبر داد", None)),
]


PHRASE_ENDS = [
    # an adverb after the subject is not part of it
    ("محمدباقر قالیباف رئیس مجلس گفت: کار خوب است.\nقالیباف به‌تازگی در توییتی نوشته بود: «ما آماده‌ایم».",
     ("محمدباقر قالیباف", "نوشته بود", None)),
    ("دولت ایتالیا رسما اعلام کرد که مدارس بسته می‌ماند.", ("دولت ایتالیا", "اعلام کرد", None)),
    # a bare plural ends the phrase; what follows is its object
    ("لبنانی‌ها پناهندگان سوری را عامل بحران می‌دانند.", ("لبنانی‌ها", "می‌دانند", None)),
    # «علی رغم» («despite») opens a clause; «علی» here is no first name
    ("علی رغم مخالفت‌ها، شورای شهر اعلام کرد که طرح اجرا می‌شود.", ("شورای شهر", "اعلام کرد", None)),
]


@pytest.mark.parametrize(("text", "expected"), PHRASE_ENDS)
def test_where_an_opening_phrase_ends(text, expected):
    assert [(st.speaker, st.cue, st.anaphor) for st in extract_statements(text)][-1] == expected


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS)
def test_an_opening_phrase_is_the_subject(text, expected):
    assert last(text) == expected


NAMES = [
    ("رزم حسینی افزود: تا پایان سال کار تمام می‌شود.", ("رزم حسینی", "افزود", None)),
    ("\"رود مکنزی\" از انجمن تجاری در این باره گفت: سیاست‌ها بد است.", ("رود مکنزی", "گفت", None)),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_unlisted_names_by_position(text, expected):
    assert last(text) == expected


SAME_PERSON = [
    ("احمد مسجدجامعی، عضو شورای شهر، گفت: گزارش دیر آمد.\nمسجد جامعی در ادامه گفت: باید بررسی شود.",
     "احمد مسجدجامعی"),
    ("ربیع فلاح‌جلودار عضو شورا گفت: پروژه نیمه‌کاره نماند.\nفلاح با بیان اینکه فضای سبز کم است، اظهار کرد: "
     "باید درخت بکاریم.", "ربیع فلاح‌جلودار"),
    ("علیرضا نصراصفهانی عضو شورا گفت: کار خوب است.\nنصر اصفهانی با بیان اینکه بودجه کم است، تأکید کرد: "
     "باید کار کنیم.", "علیرضا نصراصفهانی"),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERSON)
def test_a_surname_goes_back_to_the_named_person(text, expected):
    assert {st.speaker for st in extract_statements(text)} == {expected}


NOT_A_SUBJECT = [
    # an object with «را»: the subject is omitted and continues the last speaker
    ("ایجاد پارک در محله را از برنامه‌های اصلی شهرداری عنوان کرد.", ("علی رضایی", "عنوان کرد", "omitted")),
    # a time phrase or a preposition opens the clause
    ("روز گذشته نیز از افتتاح پل خبر داد.", ("علی رضایی", "خبر داد", "omitted")),
    ("در ادامه افزود: بودجه کافی است.", ("علی رضایی", "افزود", "omitted")),
    # a heading glued to the sentence where a line end was lost («…بودجه» + «وی»)
    ("کمبود بودجه شهرداریوی در ادامه گفت: باید صرفه‌جویی کنیم.", ("علی رضایی", "گفت", "omitted")),
]


@pytest.mark.parametrize(("text", "expected"), NOT_A_SUBJECT)
def test_an_opening_phrase_that_is_not_the_subject(text, expected):
    assert last(text) == expected


def test_a_pronoun_skips_an_organisation_found_by_position():
    text = "ترکیه روز یکشنبه از بستن مرزها خبر داد.\nوی افزود: شهر آماده است."
    assert last(text) == ("علی رضایی", "افزود", "pronoun")


def test_the_last_words_of_a_name_are_that_person_even_if_the_first_is_also_a_first_name():
    text = ("قاسم جان بابایی، معاون وزیر بهداشت، گفت: بیمارستان‌ها آماده‌اند.\n"
            "جان بابایی در ادامه افزود: تخت کافی داریم.")
    assert {st.speaker for st in extract_statements(text)} == {"قاسم جان بابایی"}


TITLE_HOLDERS = [
    # the title's holder is named beside it only in the narration, never as a subject
    ("در سفر مایک پمپئو، وزیر خارجه آمریکا، به منطقه توافقی امضا نشد.\nوزیر خارجه آمریکا گفت: گفت‌وگو ادامه دارد.",
     ("مایک پمپئو", "title")),
    # two people hold the title: the statement stays with the title
    ("جلسه با حضور علی رضایی، عضو شورای شهر و حسن کریمی، عضو شورای شهر برگزار شد.\n"
     "عضو شورای شهر گفت: بودجه کافی نیست.", ("عضو شورای شهر", None)),
    # the one named voice spoke of the title's holder: the title is someone else's, not his
    ("حسن کریمی، معاون وزیر، گفت: کار خوب است.\nکریمی همچنین استاندار فارس را مدیری پرتلاش خواند.\n"
     "استاندار فارس گفت: بودجه کافی است.", ("استاندار فارس", None)),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_HOLDERS)
def test_a_title_goes_to_the_one_person_named_beside_it(text, expected):
    st = extract_statements(text)[-1]
    assert (st.speaker, st.anaphor) == expected


def test_a_first_name_that_is_also_a_word_does_not_make_people_a_name():
    # «حسن» is also «goodness»: «جشنواره حسن مردم» names nobody, and «مردم می‌گویند» is the people speaking
    text = "این جشنواره حسن مردم و هنرمندان است.\nمردم می‌گویند که سینما باید امید بدهد."
    assert [(st.speaker, st.cue) for st in extract_statements(text)] == [("مردم", "می‌گویند")]
