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

from civicdiscourse.quotes import QuoteExtractor, extract_statements


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


@pytest.mark.parametrize(("text", "expected"), [
    ("کارشناس محیط زیست اعتقاد دارد که پارک‌های شهری کم شده‌اند.", [("کارشناس محیط زیست", "اعتقاد دارد")]),
    ("مهدی قمی عقیده دارد: پروژه باید متوقف شود.", [("مهدی قمی", "عقیده دارد")]),
    ("سخنگوی شورا تایید کرد که جلسه لغو شده است.", [("سخنگوی شورا", "تایید کرد")]),
    # approving a plan reports nothing
    ("شورای شهر طرح جامع را تایید کرد.", []),
    ("خبرگزاری دولتی پیش از این گزارش کرده بود که یک شهردار بازداشت شده است.",
     [("خبرگزاری دولتی", "گزارش کرده بود")]),
    ("دولت، شهردار را به کم‌کاری متهم می‌کند.", [("دولت", "متهم می‌کند")]),
    ("شهردار در پیامی به شهروندان پیام داد که معابر باز است.", [("شهردار", "پیام داد")]),
    ("وزیر بهداشت بر این باور است که هیچ پدیده‌ای سهمگین‌تر از کرونا نیست.", [("وزیر بهداشت", "بر این باور است")]),
    ("با این حال عده‌ای دیگر بر این باورند که شورا موفق نبوده است.", [("عده‌ای دیگر", "بر این باورند")]),
    ("بر اساس آخرین گزارش وزارت بهداشت، ۵۰ نفر بستری شده‌اند.", [("وزارت بهداشت", "بر اساس آخرین گزارش")]),
    ("طبق تازه‌ترین اعلام شهرداری تهران، معابر باز است.", [("شهرداری تهران", "طبق تازه‌ترین اعلام")]),
    # «تاکید کرد» governs «بر» or «نسبت به»
    ("شهردار اردبیل نسبت به حضور پاکبانان در همه روزهای سال تاکید کرد.", [("شهردار اردبیل", "تاکید کرد")]),
    # the stative «تاکید دارد» («insists») with «که»; with only a «بر» complement it is too often a relative
    # clause («… زنانی که بر X تاکید دارند گفت»)
    ("عضو شورای شهر تاکید دارد که ادارات باید به سمت دورکاری بروند.", [("عضو شورای شهر", "تاکید دارد")]),
    ("برخی تأکید دارند که قرنطینه باید زودتر اعلام شود.", [("برخی", "تأکید دارند")]),
    ("شهردار بر ضرورت توسعه حمل و نقل عمومی تاکید دارد.", []),
])
def test_more_verb_cues(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «یک» before an office: the office speaks, and it is none of the holders already named
    ("یک عضو کمیسیون عمران شورای شهر با انتقاد از تاخیر پروژه گفت: کار ادامه دارد.",
     [("عضو کمیسیون عمران شورای شهر", "با انتقاد از"), ("عضو کمیسیون عمران شورای شهر", "گفت")]),
    ("علی رضایی، عضو شورای شهر تهران گفت: ما آماده‌ایم. یک عضو شورای شهر تهران گفت: آمار درست نیست.",
     [("علی رضایی", "گفت"), ("عضو شورای شهر تهران", "گفت")]),
    # a short indefinite phrase stays a group
    ("یک شهروند دیگر نیز می‌گوید: «کار نداریم.»", [("یک شهروند دیگر", "می‌گوید")]),
    # a clause opened by «زیرا» has its own subject
    ("این طرح متوقف شد زیرا شهردار منطقه ۳ اعلام کرد که بودجه ندارد.", [("شهردار منطقه ۳", "اعلام کرد")]),
])
def test_indefinite_offices_and_because_clauses(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a modal before the cue's own complement: impersonal
    ("از جمله این پروژه‌ها می‌توان به مسکن مهر اشاره کرد.", []),
    ("باید به انگیزه‌های شهرداری برای این طرح اشاره کرد که همیشه موفق بوده است.", []),
    # a modal in an earlier clause leaves the cue alone
    ("مهدی قمی تاکید دارد که ادارات باید به سمت دورکاری بروند و ادامه می‌دهد: این کار لازم است.",
     [("مهدی قمی", "تاکید دارد"), ("مهدی قمی", "ادامه می‌دهد")]),
    # a pronoun alone is no reported content
    ("اولین موضوعی که شهردار به آن اشاره کرد، ترافیک بود.", []),
    # «که» after a «را» object of «مطرح کرد» opens a relative clause, unless the object points ahead
    ("اعضای شورا نظرات خود را مطرح کردند که مورد بحث قرار گرفت.", []),
    ("برخی کارشناسان این نقد را مطرح می‌کنند که طرح هزینه زیادی دارد.",
     [("برخی کارشناسان", "مطرح می‌کنند")]),
])
def test_impersonal_and_empty_complements(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("اما در مقابل عده‌ای دیگر می‌گویند که طرح موفق است.", [("عده‌ای دیگر", "می‌گویند")]),
    # an adverb ends the group; «دیگر» belongs to it
    ("برخی اصلاح طلبان حتی معتقد بودند که باید بازسازی کرد.", [("برخی اصلاح طلبان", "معتقد بودند")]),
    ("برخی دیگر از کارشناسان معتقدند که طرح موفق است.", [("برخی دیگر از کارشناسان", "معتقدند")]),
    # a relative clause closed by a comma right before the cue
    ("یکی از شهروندان که کارمند بانک است، می‌گوید: «به سختی کار می‌کنیم.»", [("یکی از شهروندان", "می‌گوید")]),
    # an agency speaks as an organisation
    ("آژانس پناهندگان سازمان ملل در این باره گفت: ساختارها ضعیف است.",
     [("آژانس پناهندگان سازمان ملل", "گفت")]),
])
def test_group_boundaries(text, expected):
    assert speakers(text) == expected


def test_prep_clause_ends_where_the_next_cue_takes_its_complement():
    text = "وی با اشاره به هماهنگی‌های انجام شده با شهرداری مرکز از برگزاری یک دوره آموزشی رایگان خبر داد."
    assert [(st.cue, st.quote) for st in QuoteExtractor(keep_unattributed=True).extract(text)] == [
        ("با اشاره به", "هماهنگی‌های انجام شده با شهرداری مرکز"),
        ("خبر داد", "برگزاری یک دوره آموزشی رایگان"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # «او» opening a sentence is the person the previous sentence introduced with a title, far from its start
    ("مهدی قمی اعلام کرد که لیست ائتلاف آماده است.\nاین موضوع پس از انتشار فهرست نهایی ائتلاف در روزهای پایانی هفته گذشته "
     "با واکنش «سارا احمدی» دبیرکل حزب سبز روبه‌رو شد.\n"
     "او به ایسنا گفته است: حزب ما در انتخابات شورا نامزد نمی‌دهد.",
     [("مهدی قمی", "اعلام کرد"), ("سارا احمدی", "گفته است")]),
    # without a title the newcomer is only talked about; «وی» stays with the speaker
    ("مهدی قمی اعلام کرد که لیست ائتلاف آماده است.\nاین موضوع به سارا احمدی هم ربط دارد.\n"
     "وی افزود: حزب ما در انتخابات شورا نامزد نمی‌دهد.", [("مهدی قمی", "اعلام کرد"), ("مهدی قمی", "افزود")]),
])
def test_pronoun_after_an_introduced_person(text, expected):
    assert speakers(text) == expected


def test_a_bare_title_does_not_wait_past_a_statement_of_the_same_voice():
    # the title goes on from the last speaker; the name two statements later is someone else
    text = ("به گزارش ما، علی رضایی، نماینده مردم تبریز در گفت‌وگو با ما گفت: بودجه عمرانی شهرها کم است.\n"
            "خانواده شهدا سرمایه انقلاب هستند.\n"
            "نماینده دهمین دوره مجلس گفت: شورای نگهبان باید دقت کند.\n"
            "همچنین از مسئولان خواست که به مردم توجه کنند.\n"
            "مثلا مهدی قمی گفت: پرونده‌ها زیاد است.")
    assert speakers(text) == [("علی رضایی", "گفت"), ("علی رضایی", "گفت"), ("علی رضایی", "خواست"), ("مهدی قمی", "گفت")]


@pytest.mark.parametrize(("text", "role", "role_class"), [
    # a title the narration writes after the name, even outside any subject; a light verb ends it
    ("علی رضایی گفت: مردم باید در خانه بمانند.\nاین سخنان در جلسه‌ای با حضور علی رضایی، نماینده تبریز در مجلس مطرح شد.",
     "نماینده تبریز در مجلس", "parliament"),
    ("حسن کریمی گفت: طرح آماده است.\nبه گفته حسن کریمی، رئیس اداره میراث فرهنگی شهرستان، بودجه کم است.",
     "رئیس اداره میراث فرهنگی شهرستان", "government_official"),
    # a title that lists a commission's fields with a comma runs on to the organisation before the cue
    ("سارا احمدی عضو کمیسیون فرهنگی، اجتماعی و زیست شهری شورای شهر گفت: طرح آماده است.",
     "عضو کمیسیون فرهنگی، اجتماعی و زیست شهری شورای شهر", "city_council"),
    ("مدیر روابط عمومی شهرداری، در این نشست گفت: طرح آماده است.", "مدیر روابط عمومی شهرداری", "municipal_official"),
])
def test_role_written_after_the_name(text, role, role_class):
    first = extract_statements(text)[0]
    assert (first.role, first.role_class) == (role, role_class)


@pytest.mark.parametrize(("text", "expected"), [
    ("یکی از همسایه‌ها به من گفت باید صبر کنیم.", [("یکی از همسایه‌ها", "باید صبر کنیم.")]),
    ("مریم کاظمی گفت پروژه متوقف شده.", [("مریم کاظمی", "پروژه متوقف شده.")]),
    # after a comma three words are the predicate of a sentence whose subject held the verb
    ("طرحی که شهرداری اعلام کرده، قابل اجرا نیست.", []),
    ("مریم کاظمی گفت، بودجه کافی نیست.", []),
    # after a comma four words still report
    ("مریم کاظمی گفت، بودجه این طرح کافی نیست.", [("مریم کاظمی", "بودجه این طرح کافی نیست.")]),
])
def test_a_short_clause_right_after_the_verb_is_reported(text, expected):
    assert [(s.speaker, s.quote) for s in extract_statements(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a «ولی» clause with its own verb before the comma is still what the student said; the cue is the sentence's
    ("علی رضایی در پاسخ به دانشجویی که عنوان کرد در گذشته خبری از عدالت نبود، ولی مهدی کریمی با شعار عدالت "
     "که شعار اصلی است وارد میدان شد، گفت: کسی مخالف عدالت نیست.", ("علی رضایی", "کسی مخالف عدالت نیست.")),
    # guard: a verb that only closes a relative clause leaves the name after «اما» the cue's subject
    ("برخی معتقدند طرح شکست خورده است اما مهدی کریمی که در جلسه حاضر بود، گفت: طرح موفق است.",
     ("مهدی کریمی", "طرح موفق است.")),
])
def test_a_clause_after_but_with_its_own_verb_is_not_the_cue_subject(text, expected):
    assert [(s.speaker, s.quote) for s in extract_statements(text) if s.cue == "گفت"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # «خواستار X شدند/هستند»: the plural is on the light verb, and a group asks
    ("ساکنان خیابان سعدی با حضور در شهرداری خواستار پیگیری جدی این پرونده شدند.",
     [("ساکنان خیابان سعدی", "پیگیری جدی این پرونده")]),
    ("کشاورزان خواستار پرداخت مطالبات خود هستند.", [("کشاورزان", "پرداخت مطالبات خود")]),
    # guard: a singular light verb asks for no group
    ("ساکنان خیابان سعدی دیروز آمدند. مدیر منطقه خواستار پیگیری شد.", [("مدیر منطقه", "پیگیری")]),
])
def test_a_group_asks_with_a_plural_light_verb(text, expected):
    assert [(s.speaker, s.quote) for s in extract_statements(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «این را» points back to the quotation just before the sentence
    ("«پروژه تا پایان سال تمام می‌شود.» این را علی رضایی، شهردار منطقه ۲، دیروز به خبرنگاران گفت.",
     [("علی رضایی", "گفت", "پروژه تا پایان سال تمام می‌شود.")]),
    ("«پروژه تا پایان سال تمام می‌شود.» شهردار منطقه ۲ این را گفت و افزود: بودجه آن تامین شده است.",
     [("شهردار منطقه ۲", "گفت", "پروژه تا پایان سال تمام می‌شود."),
      ("شهردار منطقه ۲", "افزود", "بودجه آن تامین شده است.")]),
    # guard: with no quotation before it, «این را … گفت» says nothing we can show
    ("پروژه تا پایان سال تمام می‌شود. این را علی رضایی دیروز به خبرنگاران گفت.", []),
])
def test_this_points_back_to_the_quotation_before(text, expected):
    assert [(s.speaker, s.cue, s.quote) for s in extract_statements(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «یکی از این ساکنان»: one member of the group just named speaks for themself
    ("شماری از ساکنان محله از نبود روشنایی در بوستان گلایه کردند. یکی از این ساکنان به خبرنگار ما گفت: "
     "شب‌ها کسی به پارک نمی‌آید.", ["شماری از ساکنان محله", "یکی از این ساکنان"]),
    # guard: «برخی از این X» may be the complement of the cue, and stays the bare group
    ("برخی از این شلوغی گلایه می‌کنند.", ["برخی"]),
])
def test_one_of_these_is_one_member(text, expected):
    assert [s.speaker for s in extract_statements(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «می‌خواهد» with no «که/تا» after it wants; the reported clause goes on over it
    ("رسانه‌های محلی اعلام کردند که شهرداری می‌خواهد پارک محله را زودتر افتتاح کند.",
     [("رسانه‌های محلی", "شهرداری می‌خواهد پارک محله را زودتر افتتاح کند.")]),
    ("شهردار منطقه ۳ گفت که شهرداری از ساکنان می‌خواهد زباله‌ها را شب بیرون بگذارند.",
     [("شهردار منطقه ۳", "شهرداری از ساکنان می‌خواهد زباله‌ها را شب بیرون بگذارند.")]),
    # guard: with «که» after it, a present «از X می‌خواهد» asks, and its request is a statement of its own
    ("شهردار منطقه ۳ از ساکنان می‌خواهد که زباله‌ها را شب بیرون بگذارند.",
     [("شهردار منطقه ۳", "زباله‌ها را شب بیرون بگذارند.")]),
])
def test_a_wish_inside_a_reported_clause_does_not_end_it(text, expected):
    assert [(s.speaker, s.quote) for s in extract_statements(text)] == expected
