"""Interview answers glued to their question by a lost line break («…؟پاسخ»), pinned with synthetic
sentences written for these tests (the class was found on annotation parts J and K)."""

from __future__ import annotations

import pytest

from civicdiscourse.quotes import extract_statements

INTRO = "مریم کاظمی، عضو شورای شهر، درباره بودجه محله‌ها گفت: بودجه کافی نیست.\n"
Q1 = "بودجه امسال را چگونه ارزیابی می‌کنید؟"
A1 = "به نظر من بودجه محله‌ها باید دو برابر شود."
Q2 = "شهرداری در این زمینه چه کرده است؟"
A2 = "هنوز اقدامی در این زمینه انجام نشده است."
Q3 = "نقش مردم در تصمیم‌ها چیست؟"
A3 = "مردم باید در تصمیم‌های محله نظر بدهند."


def answers(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(st.speaker, st.quote, st.anaphor) for st in extract_statements(text) if st.cue is None]


GLUED = [
    # three glued answers: an interview; every answer goes to the person the lead introduces
    (INTRO + Q1 + A1 + "\n" + Q2 + A2 + "\n" + Q3 + A3,
     [("مریم کاظمی", A1, "omitted"), ("مریم کاظمی", A2, "omitted"), ("مریم کاظمی", A3, "omitted")]),
    # another person talked about in the lead does not take the answers from the one who spoke more
    ("حسن رضایی، عضو شورای شهر، گفت: طرح آماده است.\nرضایی افزود: بودجه تامین شده است.\n"
     "وزیر کشور نیز علی کریمی را مسئول طرح کرد.\n" + Q1 + A1 + "\n" + Q2 + A2 + "\n" + Q3 + A3,
     [("حسن رضایی", A1, "omitted"), ("حسن رضایی", A2, "omitted"), ("حسن رضایی", A3, "omitted")]),
    # one or two joins are a typo or a rhetorical question in narration, not an interview
    (INTRO + Q1 + A1 + "\n" + Q2 + A2, []),
    # questions chained to the next question («؟آیا …») are not answers
    (INTRO + "آیا بودجه کافی است؟آیا شهرداری اقدام می‌کند؟و چرا مردم نظر نمی‌دهند؟چه باید کرد؟", []),
    # a lone word read as a subject in the lead is no interviewee
    ("کریمی‌نژاد در این باره گفت: بودجه کافی نیست.\n" + Q1 + A1 + "\n" + Q2 + A2 + "\n" + Q3 + A3, []),
    # no person named before the answers: nobody to give them to, so none is guessed
    ("مجلس جدید امروز آغاز به کار کرد.\n" + Q1 + A1 + "\n" + Q2 + A2 + "\n" + Q3 + A3, []),
    # with a space after «؟», only questions put to someone («شما», «می‌کنید») are answered
    (INTRO + Q1 + " " + A1 + "\n" + "به نظر شما شهرداری چه کرده است؟ " + A2 + "\n"
     + "نقش مردم را چطور می‌بینید؟ " + A3,
     [("مریم کاظمی", A1, "omitted"), ("مریم کاظمی", A2, "omitted"), ("مریم کاظمی", A3, "omitted")]),
    (INTRO + Q1 + " " + A1 + "\n" + Q2 + " " + A2 + "\n" + Q3 + " " + A3, []),
    # an interviewee whose first name no list knows, introduced by «با X، title … به گفت‌وگو پرداخته‌ایم»
    ("درباره بودجه محله‌ها با واهیک ناصری فعال مدنی و مشاور شورای شهر به گفت‌وگو پرداخته‌ایم.\n"
     + Q1 + A1 + "\n" + Q2 + A2 + "\n" + Q3 + A3,
     [("واهیک ناصری", A1, "omitted"), ("واهیک ناصری", A2, "omitted"), ("واهیک ناصری", A3, "omitted")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_glued_interview_answers(text, expected):
    assert answers(text) == expected


def test_glued_answer_offsets_index_the_input():
    text = INTRO + Q1 + A1 + "\n" + Q2 + A2 + "\n" + Q3 + A3
    for st in extract_statements(text):
        assert text[st.quote_start:st.quote_end] == st.quote


# --- a heading whose last verb is glued to an honorific starting the next line ------------------------

def speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(st.speaker, st.cue, st.anaphor) for st in extract_statements(text)]


GLUED_HONORIFIC = [
    ("ویروس سریع پیش می‌روددکتر هاشم کاظمی‌نسب در گفت‌وگو با ایسنا، با تاکید بر ضرورت آموزش همگانی گفت: "
     "مردم باید در خانه بمانند.\nشهرها را باید ببندیمدکتر کاظمی‌نسب با بیان اینکه این روش کارساز نیست، "
     "اظهار کرد: باید تصمیم جدی گرفت.",
     [("هاشم کاظمی‌نسب", "با تاکید بر", None), ("هاشم کاظمی‌نسب", "گفت", None),
      ("هاشم کاظمی‌نسب", "با بیان اینکه", None), ("هاشم کاظمی‌نسب", "اظهار کرد", None)]),
    ("ساخت پل تا پایان سال تمام می‌شودمهندس رضا کاظمی‌نسب، مدیر پروژه، گفت: کار طبق برنامه است.\n"
     "بودجه کافی نیست و باید افزایش یابدمهندس کاظمی‌نسب افزود: تاخیر نداریم.",
     [("رضا کاظمی‌نسب", "گفت", None), ("رضا کاظمی‌نسب", "افزود", None)]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_HONORIFIC)
def test_heading_glued_to_an_honorific(text, expected):
    assert speakers(text) == expected


# A heading glued to a sentence opener or to a first name: the speaker is the person after the join.
GLUED_OPENER = [
    ("علی رضایی گفت: کار پارک تمام شد.\nبا هم بودن را تمرین می‌کنیمدر ادامه حسن کاظمی‌نسب گفت: جشنواره خوب بود.",
     [("علی رضایی", "گفت", None), ("حسن کاظمی‌نسب", "گفت", None)]),
    ("علی رضایی گفت: کار پارک تمام شد.\nبه گفتگو احتیاج داریمسپس حسن کاظمی‌نسب اظهار کرد: باید صبور بود.",
     [("علی رضایی", "گفت", None), ("حسن کاظمی‌نسب", "اظهار کرد", None)]),
    ("علی رضایی گفت: کار پارک تمام شد.\nسینما باید امید بدهدامیر کاظمی‌نسب در این بخش گفت: سوالی دارم.",
     [("علی رضایی", "گفت", None), ("امیر کاظمی‌نسب", "گفت", None)]),
]


# A title written with «ئ» glued to the last verb, and a question mark written after a space and before
# the next sentence: both join two sentences, and the second speaker is someone else.
GLUED_TITLE = [
    ("مهدی قمی گفت: قیمت مسکن بالاست.\nوی تاکید کرد: باید انتظار افزایش قیمت را داشته باشیمرئیس کمیسیون "
     "عمران مجلس نیز گفت: این طرح روی کاغذ خوب است.",
     [("مهدی قمی", "گفت", None), ("مهدی قمی", "تاکید کرد", "pronoun"), ("رئیس کمیسیون عمران مجلس", "گفت", None)]),
    ("مهدی قمی گفت: بیماری خطرناک است.\nوی ادامه داد: آیا با یک ویروس تازه مواجه هستیم ؟رئیس ستاد "
     "مقابله با کرونا نیز گفت: تست‌ها زیاد شده است.",
     [("مهدی قمی", "گفت", None), ("مهدی قمی", "ادامه داد", "pronoun"), ("رئیس ستاد مقابله با کرونا", "گفت", None)]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_TITLE)
def test_a_title_glued_to_the_previous_sentence(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), GLUED_OPENER)
def test_heading_glued_to_an_opener_or_first_name(text, expected):
    assert speakers(text) == expected


# A surname alone takes the one full name the text writes for it, even in a list, not as a subject.
SURNAME_FROM_LIST = [
    ("جایزه بهترین بازیگر به مهسا طباطبایی‌فر برای فیلم «شهر» رسید.\nطباطبایی‌فر در این بخش گفت: از همه ممنونم.",
     [("مهسا طباطبایی‌فر", "گفت", None)]),
    ("جایزه بهترین موسیقی به مهسا افشار برای فیلم «شهر» رسید.\nافشار در این بخش گفت: از همه ممنونم.",
     [("مهسا افشار", "گفت", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_FROM_LIST)
def test_a_lone_surname_takes_the_full_name_written_elsewhere(text, expected):
    assert speakers(text) == expected


TIME_OPENERS = [
    ("علی رضایی گفت: کار پارک تمام شد.\nچندی پیش شهرداری منطقه ۱۷ اعلام کرده است که پروژه متوقف شد.",
     ("شهرداری منطقه ۱۷", "اعلام کرده است", None)),
    ("علی رضایی گفت: کار پارک تمام شد.\nاین‌بار شورای شهر اعلام کرد که کار تمام می‌شود.",
     ("شورای شهر", "اعلام کرد", None)),
    ("فرمانده ستاد مقابله با کرونا در کلانشهر تهران اعلام کرد: کار خوب است.",
     ("فرمانده ستاد مقابله با کرونا در کلانشهر تهران", "اعلام کرد", None)),
]


@pytest.mark.parametrize(("text", "expected"), TIME_OPENERS)
def test_time_openers_and_long_titles(text, expected):
    assert speakers(text)[-1] == expected
