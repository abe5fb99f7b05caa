"""Impersonal cues, a new subject after «اما», and names that are no names.

Classes found on annotation parts W–Y (session 5), pinned with synthetic sentences written for these tests:
a modal before the cue makes it impersonal («می‌توان گفت:»); a clause opened by «اما»/«ولی» after a
finite verb has its own subject, while the first clause's subject stays an antecedent; a judge verb
followed by a question word is "to know", not "to consider"; «ان‌شاءالله» and words with digits are
never names; a surname written with a space («زیبا کلام») is the same person as the one-word spelling.
"""

from __future__ import annotations

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize(("text", "expected"), [
    ("می‌توان گفت: کمتر شهری از این بحران در امان مانده است.", []),
    ("در این باره باید گفت که شهرداری هنوز تصمیمی نگرفته است.", []),
    ("نمی‌توان اعلام کرد که پروژه تمام شده است.", []),
    # a subject before the modal-less cue still speaks
    ("شهردار کرج گفت: کمتر شهری از این بحران در امان مانده است.", [("شهردار کرج", "گفت")]),
])
def test_a_modal_makes_the_cue_impersonal(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("خبرنگار ما با شهرداری منطقه ۴ تماس گرفت اما یکی از مدیران گفت: این کار وظیفه ما نیست.",
     [("یکی از مدیران", "گفت")]),
    ("خبرنگار ما با سازمان پارک‌ها تماس گرفت ولی سخنگوی این سازمان گفت که پاسخی ندارد.",
     [("سخنگوی این سازمان", "گفت")]),
    # the first clause's subject is what «وی» after «اما» refers to
    ("مهدی قمی به این جلسه آمد اما وی گفت: کار ادامه دارد.", [("مهدی قمی", "گفت")]),
    # «اما» after a noun, not a verb, opens no clause
    ("شهردار تهران در این نشست اما گفت: کار ادامه دارد.", [("شهردار تهران", "گفت")]),
])
def test_a_clause_after_but_has_its_own_subject(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تیم میزبان سه بازی را برده است، بنابراین مهمان می‌داند با چه حریف سرسختی روبه‌روست.", []),
    ("مهدی قمی این طرح را ضروری می‌داند.", [("مهدی قمی", "می‌داند")]),
])
def test_knowing_a_question_is_no_judgement(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «ان‌شاءالله» opens no name: the statement stays with the quoted speaker
    ("سارا احمدی، عضو شورای شهر گفت: ان شاءالله بین سه نامزد یک نفر انتخاب می‌شود. "
     "او افزود: کار ادامه دارد.", [("سارا احمدی", "گفت"), ("سارا احمدی", "افزود")]),
    # a month glued to its year, in quote marks, is no quoted name
    ("در «اردیبهشت۹۶» رئیس ستاد انتخابات گفت: ما آماده‌ایم.", [("رئیس ستاد انتخابات", "گفت")]),
])
def test_no_name_in_formulas_and_dates(text, expected):
    assert speakers(text) == expected


def test_a_surname_written_with_a_space_is_the_same_person():
    text = ("صادق زیباکلام، استاد دانشگاه گفت: این رفتار درست نیست. "
            "البته زیبا کلام در همین نوشتار یادآوری می‌کند: رفتار او نادرست بود.")
    assert speakers(text) == [("صادق زیباکلام", "گفت"), ("صادق زیباکلام", "یادآوری می‌کند")]
