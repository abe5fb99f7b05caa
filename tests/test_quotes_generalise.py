"""Speaker classes found on annotation parts H and I, pinned with synthetic sentences written for these tests.

One table per class: names whose surname is also a first name, glued line ends before a subject, time
adverbs at subject and title edges, a crowd between a person and «وی», names in quote marks with
«یکی از …», a surname completed from a full name written elsewhere, a title that stands for the one
person speaking alongside it.
"""

from __future__ import annotations

import pytest
from quote_helpers import brief, speakers

from civicdiscourse.evaluate import normalize_name
from civicdiscourse.quotes import extract_statements


# --- a surname that is also a first name («محمدرضا عارف», «علی اکبر») ----------------------------------

FIRST_NAME_SURNAMES = [
    ("محمدرضا عارف گفت: امیدواریم مردم در انتخابات شرکت کنند.", [("محمدرضا عارف", "گفت")]),
    ("به گزارش خبرگزاری ما، محمدرضا عارف در نشست خبری حضور داشت و گفت: لیست ما آماده است.",
     [("محمدرضا عارف", "گفت")]),
    ("حسن کاظم در جلسه شورا اظهار کرد: بودجه محله‌ها افزایش می‌یابد.", [("حسن کاظم", "اظهار کرد")]),
    # the lone surname later in the text is the same person
    ("محمدرضا عارف گفت: امیدواریم.\nعارف افزود: لیست ما آماده است.",
     [("محمدرضا عارف", "گفت"), ("محمدرضا عارف", "افزود")]),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_NAME_SURNAMES)
def test_surname_that_is_a_first_name(text, expected):
    assert speakers(text) == expected


# --- a lost line end glues the last verb of a heading to the next subject ------------------------------

GLUED = [
    ("علی رضایی وزیر راه گفت: کار ادامه دارد.\nامکانات ما کامل استوزیر راه با اشاره به بودجه گفت: ما آماده هستیم.",
     ["علی رضایی"] * 3),
    ("علی رضایی وزیر راه گفت: کار ادامه دارد.\nشفاف اطلاع‌رسانی می‌کنیموی با اشاره به آمار گفت: ما آماده هستیم.",
     ["علی رضایی"] * 3),
    ("علی رضایی عضو حزب گفت: کار ادامه دارد.\nحزب ما آزاد نیستاین عضو حزب درباره انتخابات عنوان کرد: ما آماده هستیم.",
     ["علی رضایی"] * 2),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_glued_line_end_before_a_subject(text, expected):
    assert [s for s, _ in speakers(text)] == expected


# --- time adverbs are no part of a subject or a title ------------------------------------------------

TIME_EDGES = [
    ("گاهی برخی می‌گویند که این بیماری خطرناک نیست.", [("برخی", "می‌گویند")]),
    ("کارشناسان معمولاً بارش باران را عامل پاکی هوا می‌دانند.", [("کارشناسان", "می‌دانند")]),
    ("سخنگوی شهرداری تاکنون سه بار تعطیلی بازار را اعلام کرده است.", [("سخنگوی شهرداری", "اعلام کرده است")]),
    ("دولت ایتالیا هفته گذشته اعلام کرد که همه کشور قرنطینه است.", [("دولت ایتالیا", "اعلام کرد")]),
    # a time noun that names an occasion stays in the title
    ("رئیس ستاد هفته دفاع مقدس گفت: برنامه‌ها آماده است.", [("رئیس ستاد هفته دفاع مقدس", "گفت")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_EDGES)
def test_time_adverbs_end_subjects(text, expected):
    assert speakers(text) == expected


# --- a crowd speaks between a person and «وی»: the pronoun goes back to the person -------------------

CROWD_THEN_PRONOUN = [
    ("علی رضایی وزیر راه گفت: ما آماده‌ایم.\nبرخی می‌گویند که جاده‌ها ناامن است.\nوی افزود: باید مراقب بود.",
     ["علی رضایی", "برخی", "علی رضایی"]),
    ("علی رضایی وزیر راه گفت: ما آماده‌ایم.\nکارشناسان می‌گویند که جاده‌ها ناامن است.\nهمچنین افزود: باید مراقب بود.",
     ["علی رضایی", "کارشناسان", "علی رضایی"]),
    # an organisation, not a crowd, goes on speaking without a subject
    ("روابط عمومی شهرداری اعلام کرد: پارک‌ها باز است.\nهمچنین افزود: ورود خودرو ممنوع است.",
     ["روابط عمومی شهرداری", "روابط عمومی شهرداری"]),
]


@pytest.mark.parametrize(("text", "expected"), CROWD_THEN_PRONOUN)
def test_singular_voice_skips_a_crowd(text, expected):
    assert [s for s, _ in speakers(text)] == expected


# --- a foreign name in quote marks, with «یکی از …» after it ----------------------------------------

QUOTED_NAMES = [
    ('"جان اسمیت" یکی از ساکنان محله در این باره گفت: خیابان باید برای عابران باز بماند.',
     [("جان اسمیت", "گفت")]),
    ('"لوکا برونتی" صاحب یک مغازه در مرکز شهر می‌گوید: فروش ما بیشتر شده است.', [("لوکا برونتی", "می‌گوید")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NAMES)
def test_quoted_foreign_names(text, expected):
    assert speakers(text) == expected


# --- a surname speaker takes the full name written anywhere in the text ------------------------------

SURNAMES = [
    ("در دیدار با سید حسن کریمی موضوع بررسی شد.\nکریمی گفت: باید با فساد مبارزه کرد.", "سید حسن کریمی"),
    ("گزارش حسن کریمی به شورا رسید.\nکریمی گفت: باید با فساد مبارزه کرد.", "حسن کریمی"),
    # the full name may come after the statement
    ("کریمی گفت: باید با فساد مبارزه کرد.\nاین جلسه به دعوت سید حسن کریمی برگزار شد.", "سید حسن کریمی"),
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES)
def test_surname_completed_from_the_text(text, expected):
    spoken = [s for s, _ in speakers(text)]
    assert [normalize_name(s) for s in spoken] == [normalize_name(expected)]


# --- of two people with one surname, a lone surname is the one named just before it; a name does not
#     run on into another person's surname ----------------------------------------------------------

NAMESAKES = [
    ("مجری مراسم از غلامرضا موسوی و حسن رستمی دعوت کرد به جایگاه بیایند.\n"
     "موسوی در این بخش گفت: این شهر به فضای سبز بیشتری نیاز دارد.\nوی افزود: باید بودجه پارک‌ها بیشتر شود.\n"
     "مهدی موسوی هم بیان کرد: از همه سپاسگزاریم.", ["غلامرضا موسوی", "غلامرضا موسوی", "مهدی موسوی"]),
    ("مجری مراسم از رضا کریمی و حسن رستمی دعوت کرد به جایگاه بیایند.\n"
     "کریمی گفت: این شهر به فضای سبز بیشتری نیاز دارد.\nعلی کریمی هم بیان کرد: از همه سپاسگزاریم.",
     ["رضا کریمی", "علی کریمی"]),
    # a name run on into another speaker's surname («… شهیدی‌فرد معادی به دلیل …») is the shorter name
    ("محمدرضا شهیدی‌فرد مجری مراسم گفت: خوش آمدید.\nجایزه بهترین بازیگر به پیمان معادی رسید.\n"
     "بنابر اعلام محمدرضا شهیدی‌فرد معادی به دلیل سفر در مراسم غایب بود.\nپیمان معادی در پیامی گفت: از همه ممنونم.",
     ["محمدرضا شهیدی‌فرد", "محمدرضا شهیدی‌فرد", "پیمان معادی"]),
    # guard: the namesake named before is cited, the speaker known by name before stays
    ("رضا کریمی در این مراسم گفت: راه علی کریمی ادامه دارد.\nکریمی افزود: باید بودجه پارک‌ها بیشتر شود.",
     ["رضا کریمی", "رضا کریمی"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMESAKES)
def test_a_lone_surname_is_the_namesake_named_just_before(text, expected):
    assert [normalize_name(s) for s, _ in speakers(text)] == [normalize_name(e) for e in expected]


# --- a title that speaks alongside one person is that person -----------------------------------------

TITLE_HOLDERS = [
    # the title speaks first, the person is named later and never given that title in apposition
    ("فرمانده ستاد بحران شهر می‌گوید: بیمارستان‌ها آماده‌اند.\nفرمانده ستاد بحران شهر افزود: تخت کم نداریم.\n"
     "حسن کریمی با تأکید بر رعایت فاصله گفت: مردم همکاری کنند.",
     ["حسن کریمی"] * 4),
    # a longer form of a title given once to the name
    ("معاون ترافیک علی نوری می‌گوید: طرح جدید اجرا شد.\nمعاون ترافیک و حمل و نقل شهرداری تبریز افزود: آلودگی کم شد.",
     ["علی نوری", "علی نوری"]),
    # the people nearby hold other titles: the title stays unresolved
    ("حسن کریمی شهردار تبریز گفت: بیمارستان‌ها آماده‌اند.\nمهدی نوری استاندار آذربایجان گفت: تخت کم نداریم.\n"
     "فرمانده ستاد بحران شهر افزود: همکاری کنید.",
     ["حسن کریمی", "مهدی نوری", "فرمانده ستاد بحران شهر"]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_HOLDERS)
def test_title_resolved_to_its_holder(text, expected):
    assert [s for s, _ in speakers(text)] == expected


def test_offsets_stay_exact_on_glued_text():
    text = GLUED[0][0]
    assert brief(text)  # brief checks speaker, cue and quote offsets against the text


# --- a subject that opens the last clause of a long sentence -----------------------------------------

LATE_SUBJECTS = [
    ("مردم از این وضع ناراضی بودند و در همین راستا حسن کریمی به خبرنگار ما گفته است: «این وضع قابل قبول نیست».",
     [("حسن کریمی", "گفته است")]),
    ("این در حالی است که وزارت آموزش و پرورش می‌گوید: مدارس باز است.", [("وزارت آموزش و پرورش", "می‌گوید")]),
    ("همان‌طور که حسن کریمی، کارشناس مسائل شهری در گفت‌وگو با ما گفته است: شهر نیاز به برنامه دارد.",
     [("حسن کریمی", "گفته است")]),
    # a rare word opening the last clause is no speaker
    ("علی رضایی گفت: کار ادامه دارد.\nهزینه‌ها بالا رفته و اجتماعی شدن این طرح ضروری است، افزود: باید صبر کرد.",
     [("علی رضایی", "گفت"), ("علی رضایی", "افزود")]),
]


@pytest.mark.parametrize(("text", "expected"), LATE_SUBJECTS)
def test_subject_of_the_last_clause(text, expected):
    assert speakers(text) == expected


# --- an adverb after a name is no part of it; a surname that is a first name stays known ------------

NAME_EDGES = [
    ("مهدی چمران صراحتا گفت: ما آماده‌ایم.", [("مهدی چمران", "گفت")]),
    ("محمدرضا عارف گفت: امیدواریم.\nعارف درباره لیست انتخاباتی گفت: لیست ما آماده است.",
     [("محمدرضا عارف", "گفت"), ("محمدرضا عارف", "گفت")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_EDGES)
def test_name_edges(text, expected):
    assert speakers(text) == expected


# --- «وی/او» is a person: not an organisation or a crowd; «یکی از …» is one person ------------------

PRONOUN_PERSONS = [
    ("علی رضایی گفت: ما آماده‌ایم.\nوزارت بهداشت می‌گوید پنج استان مشکل دارند.\nوی ادامه داد: باید مراقب بود.",
     ["علی رضایی", "وزارت بهداشت", "علی رضایی"]),
    ("یکی از ساکنان محله گفت: آب نداریم.\nاو افزود: کسی به ما سر نزد.", ["یکی از ساکنان محله"] * 2),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_PERSONS)
def test_singular_pronoun_is_a_person(text, expected):
    assert [s for s, _ in speakers(text)] == expected


# --- a surname that is also a title word («دبیر», «رئیس») --------------------------------------------

TITLE_WORD_SURNAMES = [
    ("علیرضا دبیر عضو شورای شهر گفت: ما آماده‌ایم.\nمعصومه کریمی گفت: کار ادامه دارد.\nدبیر خاطرنشان کرد: شهر محروم است.",
     ["علیرضا دبیر", "معصومه کریمی", "علیرضا دبیر"]),
    # a real title stays a title
    ("علی رضایی گفت: ما آماده‌ایم.\nدبیر شورا خاطرنشان کرد: شهر محروم است.", ["علی رضایی", "علی رضایی"]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_WORD_SURNAMES)
def test_surname_that_is_a_title_word(text, expected):
    assert [s for s, _ in speakers(text)] == expected


# --- cue forms: the bare participle «گفته» with a clause, the plural copula «معتقدند» ---------------

CUE_FORMS = [
    ("علی رضایی گفت: کار ادامه دارد.\nاو گفته قرنطینه چند فاز دارد.",
     [("علی رضایی", "گفت", "direct", "کار ادامه دارد."), ("علی رضایی", "گفته", "indirect", "قرنطینه چند فاز دارد.")]),
    ("حسن کریمی استاد تاریخ به خبرنگار ما گفته وضعیت شهر ما بد نیست.",
     [("حسن کریمی", "گفته", "indirect", "وضعیت شهر ما بد نیست.")]),
    ("منتقدان معتقدند باید از روزهای اول قرنطینه اعمال می‌شد.",
     [("منتقدان", "معتقدند", "indirect", "باید از روزهای اول قرنطینه اعمال می‌شد.")]),
    # «با انتقاد از X» / «ضمن انتقاد از X» govern the criticised noun phrase, like «با اشاره به X»
    ("علی رضایی با انتقاد از کندی کار پیمانکاران، گفت: باید سرعت بیشتر شود.",
     [("علی رضایی", "با انتقاد از", "indirect", "کندی کار پیمانکاران"),
      ("علی رضایی", "گفت", "direct", "باید سرعت بیشتر شود.")]),
    ("علی رضایی ضمن ابراز نگرانی از کمبود آب، گفت: باید صرفه‌جویی کرد.",
     [("علی رضایی", "ضمن ابراز نگرانی از", "indirect", "کمبود آب"),
      ("علی رضایی", "گفت", "direct", "باید صرفه‌جویی کرد.")]),
    # «گفته» as a passive or a noun is no cue
    ("گفته شده که پروژه تمام می‌شود.", []),
    ("حسن کریمی گفته‌های وزیر را رد کرد.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUE_FORMS)
def test_cue_forms(text, expected):
    assert brief(text) == expected


# --- interview answers «نام: …» have no cue; the interviewer's lines are no statements -------------

INTERVIEWS = [
    ("گفت‌وگو با حسن کریمی مدیر ورزش شهرستان\nخبرنگار: برنامه شما چیست؟\nکریمی: ما سالن جدید می‌سازیم.\n"
     "خبرنگار: بودجه دارید؟\nکریمی: بودجه از استان می‌رسد.",
     [("حسن کریمی", None, "direct", "ما سالن جدید می‌سازیم."), ("حسن کریمی", None, "direct", "بودجه از استان می‌رسد.")]),
    # a single «X: …» line is a caption or a heading, not an interview
    ("عکس: حسن کریمی در جلسه شورا\nشورا امروز تشکیل جلسه داد.", []),
]


@pytest.mark.parametrize(("text", "expected"), INTERVIEWS)
def test_interview_answers(text, expected):
    got = [(st.speaker, st.cue, st.kind, st.quote) for st in extract_statements(text)]
    assert got == expected


# --- «یکی دیگر از …» is one more member of a group ----------------------------------------------------

QUANTIFIED = [
    ("یکی دیگر از رانندگان تاکسی می‌گوید: کار نیست.", [("یکی دیگر از رانندگان تاکسی", "می‌گوید")]),
    ("یکی از رانندگان تاکسی می‌گوید: کار نیست.", [("یکی از رانندگان تاکسی", "می‌گوید")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTIFIED)
def test_one_more_of_a_group(text, expected):
    assert speakers(text) == expected
