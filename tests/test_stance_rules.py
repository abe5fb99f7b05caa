"""The transparent stance baseline, rule by rule, on our own synthetic sentences."""

from __future__ import annotations

import pytest

from civicdiscourse.stance import KeywordStance, LexiconStance, evidence
from civicdiscourse.stance.matcher import Lexicon, Tokens, negated

PARTICIPATION = [
    # advocacy and programme names
    ("مشارکت شهروندان در تصمیم‌گیری‌های شهری ضروری است", "favor"),
    ("بودجه مشارکتی امسال در همه محلات اجرا می‌شود", "favor"),
    ("شورایاری‌ها نقش مهمی در اداره محله دارند", "favor"),
    ("از همه ساکنان محله دعوت می‌کنیم در طرح من شهردارم شرکت کنند", "favor"),
    ("مشاركت شهروندان در تصميم‌گيري‌هاي شهري ضروري است", "favor"),  # Arabic ي/ك
    ("مشارکت شهروندان در تصمیم گیری های شهری ضروری است", "favor"),  # spaces instead of ZWNJ
    # criticising the lack of participation is favour
    ("متاسفانه عدم مشارکت مردم در برنامه‌ریزی شهری یک ضعف جدی است", "favor"),
    ("بدون نظرخواهی از شهروندان نمی‌توان طرح را اجرا کرد", "favor"),
    # dismissing or restricting it
    ("نیازی به نظرخواهی از مردم نیست", "against"),
    ("با دخالت مردم در تصمیمات فنی شهرداری مخالفیم", "against"),
    ("شورایاری‌ها باید منحل شوند", "against"),
    ("مشارکت شهروندان در این تصمیم‌ها لازم نیست", "against"),
    # look-alikes: co-investment, bonds, national elections, contests, health compliance
    ("این بوستان با مشارکت بخش خصوصی احداث می‌شود", "none"),
    ("اوراق مشارکت برای تامین مالی مترو منتشر شد", "none"),
    ("از مردم می‌خواهیم با حضور حداکثری در انتخابات ریاست جمهوری شرکت کنند", "none"),
    ("مشارکت تیم ما در مسابقات کشوری افتخارآمیز بود", "none"),
    ("همکاری مردم با رعایت پروتکل‌های بهداشتی ستودنی است", "none"),
    # not about participation at all; a city name that starts like an entry («سمن»)
    ("شهردار امروز از بازار میوه و تره‌بار بازدید کرد", "none"),
    ("سمنان میزبان مسابقات دوچرخه‌سواری بود", "none"),
    ("در نظر داریم ساعت کار ادارات را تغییر دهیم", "none"),
    # citizens met and heard by officials; people's councils
    ("شهردار هر هفته ملاقات مردمی دارد", "favor"),
    ("شورای مردمی محله برای بررسی مشکلات تشکیل شد", "favor"),
    ("باید گلایه‌های ساکنان محله را از نزدیک شنید", "favor"),
    # a participation mechanism called ill-considered
    ("انتخاب مستقیم شهردار طرحی حساب نشده است", "against"),
    # look-alikes: handicrafts are not industry as a stakeholder; polls about a national election;
    # compliance in an epidemic
    ("فروشگاه صنایع دستی با نظارت اصناف افتتاح شد", "none"),
    ("نظرسنجی‌ها از مشارکت بالای مردم در انتخابات خبر می‌دهد", "none"),
    ("مردم باید برای مقابله با شیوع بیماری همکاری کنند", "none"),
    ("برای مهار این بیماری به همیاری همه نیاز داریم", "none"),
    ("تشکل‌های غیر دولتی در این طرح کنار شهرداری هستند", "favor"),
    # benefactors welcomed, the public's capacities left unused
    ("از خیرین محله برای ساخت مدرسه قدردانی می‌کنیم", "favor"),
    ("استفاده نکردن از ظرفیت‌های مردمی در اداره شهر یک اشتباه بود", "favor"),
    # «مردمی کردن» the economy is privatisation, not citizens in city decisions
    ("دولت برای مردمی کردن فعالیت‌های اقتصادی تلاش می‌کند", "none"),
    # a judgement a clause after the plan is named; a critique that carries its own «نشده»
    ("با انتخاب شهردار توسط مردم، روند کار پیچیده می‌شود و به نظر ما این بند کاملا حساب نشده و فکر نشده نوشته شده است",
     "against"),
]

DEVELOPMENT = [
    ("احداث پل غیرهمسطح در این تقاطع تا پایان سال به پایان می‌رسد", "favor"),
    ("عملیات اجرایی بوستان محله با پیشرفت فیزیکی ۶۰ درصد ادامه دارد", "favor"),
    ("باید زیرساخت‌های حمل و نقل عمومی شهر توسعه یابد", "favor"),
    ("این بوستان با مشارکت بخش خصوصی احداث می‌شود", "favor"),
    # criticising unfinished projects demands them: favour
    ("پروژه‌های عمرانی نیمه‌تمام مانده و مردم معطل هستند", "favor"),
    # a negated demand to stop is favour
    ("روند احداث مترو به هیچ بهانه‌ای نباید متوقف شود", "favor"),
    # opposing a project, calling it harmful, demanding it stop
    ("ساخت برج در باغات شمال شهر فاجعه است و باید متوقف شود", "against"),
    ("با احداث این بزرگراه که به محیط زیست آسیب جدی می‌زند مخالفیم", "against"),
    ("این طرح برای شهر زیانبار است و ساخت آن نباید ادامه یابد", "against"),
    ("ساخت این برج ضرورتی ندارد", "against"),
    # look-alikes and off-topic statements
    ("توسعه سرمایه انسانی شهرداری از اولویت‌های ماست", "none"),
    ("نظافت معابر و جمع‌آوری زباله در شب انجام می‌شود", "none"),
    ("برنامه ششم توسعه کشور در مجلس تصویب شد", "none"),
    ("شهردار امروز از بازار میوه و تره‌بار بازدید کرد", "none"),
    ("مشارکت شهروندان در تصمیم‌گیری‌های شهری ضروری است", "none"),
    # works named by their material steps, transport lines, announcements
    ("فرهنگ‌سرای محله را ساخته‌ایم", "favor"),  # ezafe «ی» after a long vowel
    ("عملیات دیوارچینی و بتن‌ریزی کانال آغاز شده است", "favor"),
    ("ایجاد خط ویژه اتوبوس در خیابان‌های اصلی در دستور کار است", "favor"),
    ("از آغاز ساخت راه‌آهن شهر خبر داد", "favor"),
    # a project not yet done is a lack pointed at, not opposition
    ("متاسفانه هنوز مجموعه ورزشی محله ساخته نشده است", "favor"),
    # damage from a hazard is not a critique of building; incidental mentions need no side
    ("زلزله به چند ساختمان آسیب زد", "none"),
    ("برای ضدعفونی پارک‌ها و ایستگاه‌ها برنامه داریم", "none"),
    ("تجمع در خیابان‌ها ممنوع است", "none"),
    ("کارگروه آسیب‌شناسی مسائل شهر تشکیل شد", "none"),
    # an official reporting a stop is no opposition; a demand to stop is
    ("عملیات عمرانی سطح شهر در ایام نوروز متوقف می‌شود", "none"),
    ("عملیات عمرانی در این محله باید متوقف شود", "against"),
    # «we must not think that …» is no demand
    ("نباید تصور کنیم با راه‌اندازی چند ایستگاه مترو مشکل ترافیک حل می‌شود", "favor"),
    # a city that cannot bear more of it
    ("محله ما دیگر کشش توسعه برج‌ها را ندارد", "against"),
    # fees, permits and fires: passing building words are not a project
    ("عوارض نوسازی و پروانه ساخت امسال افزایش نمی‌یابد", "none"),
    ("آتش‌سوزی در یک ساختمان مسکونی پنج طبقه مهار شد", "none"),
    ("اعتبارات زیر ساخت های شهری افزایش یافته است", "favor"),  # «زیرساخت» written apart
    # a pejorative name of the practice is the target and the critique at once, negated or not
    ("شهرداری باید از تراکم‌فروشی دست بکشد", "against"),
    ("ما اهل شهرفروشی نیستیم", "against"),
    ("دوره مدیریت لودری در این شهر گذشت", "against"),
    # a faction rebuilt, a court case, parking a car: not building the city
    ("حزب ما پس از شکست باید به بازسازی خود بپردازد", "none"),
    ("کیفرخواست مدیران پروژه مترو صادر شد", "none"),
    ("پارک خودرو در این خیابان ممنوع است", "none"),
    ("حق بهره‌برداری از این زمین به شرکت رسید", "none"),
    # «لازم» after a noun is «the required …», no demand; creating a place is an achievement
    ("آموزش‌های لازم در پارک به کودکان داده می‌شود", "none"),
    ("در این محله یک پارک تازه ایجاد می‌شود", "favor"),
    ("مسیرهای امن برای دوچرخه‌سواران و عابران پیاده در مرکز شهر ایجاد می‌کنیم", "favor"),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPATION)
def test_participation_rules(text, expected):
    assert LexiconStance(target="participation").predict([text])[0] == expected


@pytest.mark.parametrize(("text", "expected"), DEVELOPMENT)
def test_development_rules(text, expected):
    assert LexiconStance(target="development").predict([text])[0] == expected


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("مشارکت مردم اهمیت دارد", "participation", "favor"),
    ("توسعه و پروژه", "development", "favor"),
    ("اوراق مشارکت منتشر شد", "participation", "favor"),  # the floor cannot see look-alikes
    ("ساخت برج متوقف شود", "development", "none"),
])
def test_keyword_floor(text, target, expected):
    assert KeywordStance(target=target).predict([text])[0] == expected


@pytest.mark.parametrize(("text", "cue", "is_negated"), [
    ("این کار لازم نیست", "لازم", True),
    ("این کار لازم است", "لازم", False),
    ("ساخت آن ضرورتی ندارد", "ضرورت", True),
    ("عدم ضرورت این طرح", "ضرورت", True),
    ("لازم است و کسی مخالف نیست", "لازم", False),  # «است» closes the predicate of «لازم»
    ("تخریب نمی‌شود", "تخریب", True),
    ("طرحی حساب نشده و فکر نشده است", "حساب نشده", False),  # the entry carries its own negation
])
def test_negation_scope(text, cue, is_negated):
    tokens = Tokens.from_text(text)
    [hit] = Lexicon({cue: 1.0}).find(tokens)
    assert (negated(tokens, hit) is not None) == is_negated


@pytest.mark.parametrize(("entries", "text", "found"), [
    ({"پروژه": 1.0}, "پروژه‌های شهری", ["پروژه"]),
    ({"پروژه": 1.0}, "پروژههای شهری", ["پروژه"]),  # suffix written solid
    ({"سمن": 1.0}, "استان سمنان", []),  # short entries take only plural suffixes
    ({"پیمانکار*": 1.0}, "شرکت پیمانکاری", ["پیمانکار*"]),
    ({"ساخت": 1.0, "ساخت و ساز": 1.0}, "ساخت و ساز", ["ساخت و ساز"]),  # longest match wins
    ({"تاکید": 1.0}, "تأکید کرد", ["تاکید"]),  # hamza folded
])
def test_lexicon_matching(entries, text, found):
    assert [h.entry for h in Lexicon(entries).find(Tokens.from_text(text))] == found


def test_explain_lists_cues_with_weights():
    explained = LexiconStance(target="participation").explain("مشارکت شهروندان در تصمیم‌گیری‌ها لازم نیست")
    assert explained["label"] == "against"
    kinds = {(c["kind"], c["effect"]) for c in explained["cues"]}
    assert ("mention", "relevance") in kinds
    assert ("advocacy", "against (negated)") in kinds
    assert all(c["weight"] >= 0 and c["text"] for c in explained["cues"])
    assert 0.0 < explained["score"] < 1.0


def test_explain_shows_look_alike_guard():
    explained = LexiconStance(target="participation").explain("پارک با مشارکت بخش خصوصی ساخته شد")
    assert explained["label"] == "none"
    assert any(c["kind"] == "guard" and "بخش خصوصی" in c["text"] for c in explained["cues"])


def test_evidence_rejects_unknown_target():
    with pytest.raises(ValueError, match="target"):
        evidence("متن", "housing")
