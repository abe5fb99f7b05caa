"""Words that looked like a speaker's name and are not, and the real subject they hid.

Classes found while reading the wrong speakers of parts A–H (session 6), pinned with synthetic
sentences written for these tests: «به‌روز» (up to date) is no «بهروز»; a verbal noun
(«نپرداختن») never closes a name; «ساعاتی پس از …» and «مدتی بعد» are time phrases before the
subject; a heading glued to a surname splits at a word the document writes on its own, even one
hazm's word list does not know («کرونا»). Each would otherwise become the antecedent of «وی».
The subject also stands behind «چرا که», «همان‌طوری که» and a relative clause after its apposition;
«این گفته» is a noun; a second title that goes on with «افزود» is the person who just spoke; a plural
title («مسئولان کشور») is a group; a title opening the lead is the role of the body's first named speaker;
«به گفته خودش» is the person just spoken of; an office («معاونت …») speaks as an organisation.
A verb or predicate in the first or second person («امیدوارم», «بتوانیم», «دیدیم») names nobody: a plural
verb then goes to the people (or the quantifier) opening its own clause («… و اهالی به ما می‌گویند»).
"""

from __future__ import annotations

import pytest
from quote_helpers import speakers

from civicdiscourse.quotes import extract_statements
from civicdiscourse.quotes.names import first_or_second_person

FIRST = "سعید نمکی وزیر بهداشت گفت: کار خوب پیش می‌رود.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a heading glued to the next sentence at «وی»: the heading names nobody
    (FIRST + "شفاف و به‌روز اطلاع‌رسانی می‌کنیموی با اشاره به آمار کرونا گفت: آمار را هر روز اعلام می‌کنیم.",
     [("سعید نمکی", "گفت"), ("سعید نمکی", "با اشاره به"), ("سعید نمکی", "گفت")]),
    (FIRST + "شاید مشکل فراکسیون امید نپرداختن به مسائل رسانه بود.\nوی همچنین گفت: قانون هوای پاک جامع است.",
     [("سعید نمکی", "گفت"), ("سعید نمکی", "گفت")]),
    # a real first name written in one piece is still a name
    ("بهروز نعمتی گفت: کار خوب پیش می‌رود.", [("بهروز نعمتی", "گفت")]),
])
def test_words_that_only_look_like_names_are_no_antecedents(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("علی رضایی گفت: کار خوب است.\nساعاتی پس از انتشار این خبر «سپنتا نیک‌نام» عضو شورای شهر یزد نوشت: «روز خوبی است.»",
     [("علی رضایی", "گفت"), ("سپنتا نیک‌نام", "نوشت")]),
    ("مدتی بعد شهردار یزد گفت: کار خوب است.", [("شهردار یزد", "گفت")]),
    ("ساعاتی بعد، شهردار یزد گفت: کار خوب است.", [("شهردار یزد", "گفت")]),
])
def test_a_stretch_of_time_opens_the_clause(text, expected):
    assert speakers(text) == expected


def test_a_heading_glued_to_a_surname_splits_at_a_word_of_the_document():
    text = ("غلامحسین محمدی مدیر بهشت زهرا گفت: زباله‌های کرونا سریع تخلیه می‌شوند.\n"
            "آمادگی برای دفن فوتی های کرونامحمدی در ادامه گفت: سازمان اقدامات گسترده‌ای انجام داده است.")
    assert speakers(text) == [("غلامحسین محمدی", "گفت"), ("غلامحسین محمدی", "گفت")]


@pytest.mark.parametrize(("text", "expected"), [
    # «چرا که/زیرا» after a finite verb opens a clause with its own subject, like «اما»
    ("اعضای شورا نام خیابان را تغییر دادند اما آنان به تغییر نام میدان رای ندادند چرا که الویری در مخالفت با "
     "این تغییر نام گفت: این کار درست نیست.", [("الویری", "گفت")]),
    # «این گفته» is a noun («this remark»), not «گفته است»
    ("حجت نظری گفت: نام زنان را بردارید.\nدر ادامه محسن هاشمی، رئیس شورای شهر تهران در اعتراض به این گفته "
     "نظری عنوان کرد که مینا نام پرنده است.", [("حجت نظری", "گفت"), ("محسن هاشمی", "عنوان کرد")]),
    # «همان‌طوری که» leads into the subject
    ("همان‌طوری که کوروش احمدی، کارشناس مسائل بین‌الملل در گفت‌وگو با ایسنا، گفته است: اثرات تحریم آشکار است.",
     [("کوروش احمدی", "گفته است")]),
    # «این در حالی است که X، title … که …»: a relative clause after the apposition does not hide X
    ("این در حالی است که حجت نظری، عضو شورای شهر تهران در پاسخ به برخی زنان شورا که بر نام‌گذاری زنانه تاکید "
     "دارند گفت که شیشه مینا نام مینا دارد.", [("حجت نظری", "گفت")]),
    # «آنطور که X گفته، A»: as X said, A
    ("آنطور که مترجم سرمربی گفته، او بعد از بازی به ایران برمی‌گردد.", [("مترجم سرمربی", "گفته")]),
    ("آنگونه که شهرداری تهران در نامه توضیح داده، تنها ۵ درصد از بهای ملک پرداخت شده است.",
     [("شهرداری تهران", "توضیح داده")]),
    # «در ادامه» leads into a bare title as into a name
    ("مهدی قمی شهردار منطقه ۵ گفت: بودجه کم است.\nعلی رضایی گفت: کار خوب است.\n"
     "در ادامه شهردار منطقه ۵ گفت: پروژه تمام شد.",
     [("مهدی قمی", "گفت"), ("علی رضایی", "گفت"), ("مهدی قمی", "گفت")]),
])
def test_the_subject_behind_a_connective(text, expected):
    assert speakers(text) == expected


def test_a_second_title_that_goes_on_speaking_is_the_same_person():
    text = ("ممنوعیت سفر به مشهد اعلام شد.\n"
            "علی رضایی شهردار مشهد گفت: هتل‌ها بسته می‌مانند.\n"
            "محمدصادق براتی معاون استانداری خراسان رضوی گفت: سفر به مشهد ممنوع است.\n"
            "قائم مقام رییس ستاد اجرایی خدمات سفر خراسان رضوی افزود: این ستاد تا پایان بحران فعال است.")
    assert [s for s, _ in speakers(text)][1:] == ["محمدصادق براتی"] * 2


def test_a_plural_title_is_a_group_not_the_last_speaker():
    text = ("هاشم رفیعی‌تبار استاد دانشگاه گفت: کرونا خطرناک است.\n"
            "مسئولان کشور می‌گویند که شرایط تحت کنترل است.\n"
            "وی افزود: باید مراقب بود.")
    assert speakers(text) == [("هاشم رفیعی‌تبار", "گفت"), ("مسئولان کشور", "می‌گویند"), ("هاشم رفیعی‌تبار", "افزود")]


def test_a_title_opening_the_lead_is_the_role_of_the_first_named_speaker():
    text = ("رئیس شورای شهر تهران از بی‌توجهی مسئولان به ازدحام مترو گلایه کرد.\n"
            "به گزارش ایسنا، محسن هاشمی در جلسه علنی شورای شهر گفت: قطارها کم است.")
    lead, statement = extract_statements(text)
    assert (lead.speaker, lead.cue) == ("محسن هاشمی", "گلایه کرد")
    assert (statement.speaker, statement.role, statement.role_class) == (
        "محسن هاشمی", "رئیس شورای شهر تهران", "city_council")


@pytest.mark.parametrize(("text", "expected"), [
    ("حسن روحانی رئیس جمهور گفت: کار سخت است.\nدولت او با مشکلات زیادی مواجه بود و به گفته خودش یک ویرانه تحویل گرفت.",
     [("حسن روحانی", "گفت", None), ("حسن روحانی", "به گفته", "pronoun")]),
    # a plural «خودشان» is some group: too vague to resolve, so nothing is reported
    ("حسن روحانی گفت: کار سخت است.\nنمایندگان به گفته خودشان استیضاح دولت را در نظر دارند.",
     [("حسن روحانی", "گفت", None)]),
])
def test_a_reflexive_source_is_the_person_just_spoken_of(text, expected):
    assert [(s.speaker, s.cue, s.anaphor) for s in extract_statements(text)] == expected


def test_an_office_speaks_as_an_organisation_not_as_a_holder():
    text = ("علی رضایی گفت: کار ادامه دارد.\n"
            "معاونت حمل و نقل شهرداری تهران اعلام کرد که کنفرانس ترافیک به تعویق افتاده است.")
    statement = extract_statements(text)[1]
    assert (statement.speaker, statement.anaphor, statement.role_class) == (
        "معاونت حمل و نقل شهرداری تهران", None, "municipal_official")


@pytest.mark.parametrize(("word", "expected"), [
    ("امیدوارم", True), ("بتوانیم", True), ("دیدیم", True), ("بخوانید", True), ("معتقدم", True),
    ("نیازمندیم", True),
    # guards: names, and «my …» of a common noun, which may well be who speaks («خواهرم گفت»)
    ("مریم", False), ("رستم", False), ("بسام", False), ("داوید", False), ("خواهرم", False), ("مردم", False),
])
def test_first_or_second_person(word, expected):
    assert first_or_second_person(word) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("شهردار منطقه ۴ در جمع اهالی گفت: کار پارک محله تا پایان سال تمام می‌شود.\n"
     "امیدوارم بتوانیم این وعده را عملی کنیم و اهالی به ما می‌گویند باید سرعت کار بیشتر شود.",
     [("شهردار منطقه ۴", "گفت"), ("اهالی", "می‌گویند")]),
    ("ما در این محله زندگی می‌کنیم.\nدیدیم که کار پارک متوقف شده و همسایه‌ها گفتند باید از شهرداری پیگیری کنیم.",
     [("همسایه‌ها", "گفتند")]),
    ("امیدوارم بتوانم برای کشور کار کنم، مردم به ما می‌گویند رنج ما را نشان دهید.", [("مردم", "می‌گویند")]),
    # guard: «my sister» speaks
    ("خواهرم گفت من از این محله نمی‌روم.", [("خواهرم", "گفت")]),
    # after a closed clause («… منتشر شد و»), a quantifier opening the next one is the group, alone
    ("علی رضایی گفت: کار خوب است.\nطرح جدید شهرداری دیروز منتشر شد و بسیاری روزهای آخر می‌گفتند که کار "
     "تمام است.", [("علی رضایی", "گفت"), ("بسیاری", "می‌گفتند")]),
    # guard: with no people after «و», both verbs share the subject
    ("اعضای شورا در جلسه حاضر شدند و اعلام کردند که بودجه کافی نیست.", [("اعضای شورا", "اعلام کردند")]),
])
def test_first_person_words_are_no_speakers(text, expected):
    assert speakers(text) == expected
