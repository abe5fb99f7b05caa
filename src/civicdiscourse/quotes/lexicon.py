"""Word lists for speaker recognition: first names, honorifics, titles, organisations.

Everything here is written in the *key* form the extractor matches on
(:func:`key`): Persian letters (ی/ک), hamza on alef folded (تأکید → تاکید),
and ZWNJ kept. Lists are plain tuples so a user can extend them through
:class:`~civicdiscourse.quotes.QuoteExtractor` parameters.

The first-name list was written by hand for this project (common given names
in Iranian news, male and female, plus a few foreign names frequent in world
news). Unknown names are still found when a title follows them («X Y، مدیر …»).
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from pathlib import Path

from ..cache.code import register_data_input
from ..text import ZWNJ, normalize

_KEY = str.maketrans({"أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "ة": "ه", "ئ": "ی", "ء": None})


def _set(words) -> frozenset[str]:
    return frozenset(key(w).replace(ZWNJ, "") for w in words)


def key(word: str) -> str:
    """Matching key of a word or phrase: normalised, hamza folded, ZWNJ kept."""
    return normalize(word).translate(_KEY)


_FIRST_NAMES = """
آرش آرمان آرین آریا آزاده آزیتا آمنه آناهیتا آیدا آیدین ابراهیم ابوالفضل ابوالقاسم ابوالحسن اتابک احسان
احمد احمدرضا اردشیر اسدالله اسفندیار اسماعیل اشرف اصغر اعظم اکبر اکرم الهام الهه امید امیر امیرحسین
امیرعلی امیرمحمد امین انسیه انوشیروان ایرج ایمان بابک بهاره بهرام بهروز بهزاد بهمن بهنام بیژن پرویز پروین
پری پریسا پوران پیروز پیمان تقی تورج توحید جعفر جلال جمشید جواد حامد حبیب حبیب‌الله حجت حسن حسین حمید
حمیدرضا حمیده حیدر خدیجه داریوش داود رامین رحیم رحمان رحمت‌الله رسول رضا رضوان رقیه رویا ریحانه زهرا
زینب زهره ژاله سارا ساره سالار سامان سجاد سعید سعیده سلمان سمانه سمیرا سمیه سهراب سهیل سهیلا سودابه سوسن
سیاوش سیامک سیروس سیما سیمین شاهرخ شاهین شبنم شراره شهاب شهرام شهریار شهلا شهناز شیرین صادق صالح صدیقه
صفر طاهره طاهر طیبه عادل عارف عباس عبدالله عبدالرضا عبدالحسین عبدالحمید عبدالرحیم عبدالکریم عبدالعلی
عرفان عزت‌الله عزیز عسکر عطا عطاالله عفت علی علیرضا علی‌اصغر علی‌اکبر علی‌محمد عماد عیسی غلام غلامرضا
غلامحسین غلامعلی فاطمه فرامرز فرح فرحناز فرخ فرزاد فرزانه فرشته فرشید فرهاد فرهنگ فریبا فریبرز فریدون فرید
فریده فیروز قاسم کاظم کامبیز کامران کاوه کریم کمال کوثر کورش کوروش گلناز گیتی لادن لاله لیلا مائده مجتبی
مجید محبوبه محسن محمد محمدابراهیم محمدامین محمدباقر محمدتقی محمدجواد محمدحسن محمدحسین محمدرضا محمدصادق
محمدعلی محمدکاظم محمدمهدی محمدهادی محمود محمدسعید مرتضی مرجان مرضیه مریم مسعود مسلم مصطفی مظفر معصومه
معصوم منصور منوچهر منیره مهدی مهرداد مهران مهرزاد مهرناز مهسا مهشید مهناز مهین موسی میثم میترا میلاد
میرحسین نادر ناصر ناهید نرگس نسرین نصرالله نعمت‌الله نفیسه نگار نوید نیلوفر نیما هادی هاشم هانیه هدی
هوشنگ هومن هما همایون یاسر یاسمن یاسین یحیی یدالله یزدان یعقوب یوسف یونس ولی‌الله وحید ویدا بیتا
جلیل خلیل ذبیح‌الله روح‌الله سیف‌الله شمس‌الدین علاءالدین کمال‌الدین جمال‌الدین نورالدین فخرالدین
فضل‌الله لطف‌الله قدرت‌الله هدایت‌الله حشمت‌الله ضیاءالدین مهرداد شهروز آرمین کیوان پژمان پوریا سینا
بردیا پارسا دانیال سپهر سپیده ستاره شیما مینا مونا نازنین نسیم نجمه هستی الناز افسانه اعظم منیژه تهمینه
ربیع اقبال اسحاق بیژن ابوذر اصغر منصوره مهتاب مژگان نوشین پگاه حلیا سپنتا رستم کیومرث جهانگیر اسکندر
ناصرالدین مرتضی مختار بهادر ناصح حافظ عبدالناصر عبدالمجید عبدالوهاب صمد رجب رمضان شعبان محرم قربان
خسرو کیخسرو قباد اردلان شاپور کامیار کیانوش نوذر غلامعباس اسد جبار ستار غفار عبدالصمد مسیح پرهام پدرام
سروش شهرزاد مهنوش مهرانگیز زیبا شکوفه بنفشه مهری منیر فخری عشرت بتول کبری صغری ملیحه راضیه عاطفه خدابخش
الله‌وردی یارمحمد دوست‌محمد نادعلی قنبر غضنفر نوروز اسمعیل حسینعلی محمدمهدی علیرضا عبدالمهدی افشین
آرش کسری فرزین فرشاد فریدون ماشاالله انشاالله شجاع اصغر جعفرقلی حمزه مهدیه نرجس هاجر اکرم فرنوش
ارسلان اسفندیار بیژن تیمور داوود رسول رحیم رضوان سیاوش شهرام طهمورث فریبرز کیارش منصور نصرت
هرمز هژبر امیرعباس امیرحسین محمدامیر ابوطالب ابوالفتح عبدالعظیم عبدالرسول غلامرضا
محمدرحیم محمدکریم محمدهاشم مهرشاد نادر ناصر هادی یارعلی روح‌الله صابر سجاد میلاد مهیار
سام
مایک دونالد جو باراک آنتونیو امانوئل آنگلا ولادیمیر بوریس رجب‌طیب
""".split()

# First names that are also everyday words: accepted only before a rare (surname-like) word.
_AMBIGUOUS_FIRST_NAMES = _set("""
امید پیروز عارف صادق فرهنگ کمال عزیز هما نسیم لاله ستاره جو عطا اقبال حافظ رستم پری فرح نادر امین شهاب
آرمان مهتاب ایمان توحید عادل صالح رحمان کریم جلیل طاهر معصوم مسلم حبیب رسول فرید یاسین سلمان سالار گیتی
کوثر هستی سپیده بهادر مختار ناصح رجب رمضان شعبان محرم قربان صفر حجت عماد فیروز سامان پیمان بهمن سپهر
شهریار هدی هدایت روح پژمان یاسر ژاله شاهین
""".split())

# Second part of compound first names written with a space («محمد رضا», «ولی الله»).
FIRST_NAME_TAILS = _set(("الله", "الدین", "رضا", "علی", "حسین", "حسن", "جواد", "مهدی", "باقر", "تقی", "صادق",
                    "کاظم", "امین", "اصغر", "اکبر", "اسماعیل", "ابراهیم", "هادی", "سعید", "محمد", "سادات",
                    "السادات"))

HONORIFICS = _set((
    "سید", "سیده", "دکتر", "مهندس", "حجت‌الاسلام", "حجت‌الاسلام‌والمسلمین", "والمسلمین", "آیت‌الله",
    "آیت‌الله‌العظمی", "العظمی", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "تیمسار", "حاج", "حاجی", "خانم", "آقای",
    "شیخ", "میرزا", "بانو",
))
# Two-word honorifics written with a space after key() (ZWNJ lost in some sources).
# Honorifics written as part of a name (GUIDELINES): kept in a speaker's name.
KEPT_HONORIFICS = frozenset({"سید", "سیده"})
HONORIFIC_PAIRS = frozenset({("حجت", "الاسلام"), ("آیت", "الله"), ("حجت", "الاسلاموالمسلمین"),
                            ("آیت", "اللهالعظمی")})

# First words of a title (role) phrase. Order does not matter.
TITLE_HEADS = _set((
    "شهردار", "معاون", "مدیر", "مدیرکل", "مدیرعامل", "رئیس", "رییس", "رئیس‌کل", "عضو", "اعضای",
    "سخنگو", "سخنگوی", "نماینده", "نمایندگان", "وزیر", "استاندار", "فرماندار", "بخشدار", "دهیار", "دبیر",
    "دبیرکل", "نایب", "نایب‌رئیس", "نائب", "قائم‌مقام", "قائم", "مشاور", "مسئول", "سرپرست", "فرمانده",
    "جانشین", "دادستان", "قاضی", "کارشناس", "استاد", "استادیار", "دانشیار", "پژوهشگر", "متخصص", "فعال",
    "رئیس‌جمهور", "رئیس‌جمهوری", "امام‌جمعه", "خطیب", "دستیار", "شهروند", "ساکن", "کاسب", "راننده",
    "بازرس", "مدرس", "تحلیلگر", "اقتصاددان", "جامعه‌شناس", "حقوقدان", "وکیل", "پزشک", "روانشناس",
    "معمار", "شهرساز", "موسس", "بنیانگذار", "سفیر", "سرکنسول", "مجری", "نویسنده", "مربی", "سرمربی",
    "مسئولان", "مدیران", "رئیسه", "عامل", "متولی", "نماینده‌ی", "نمایندۀ", "هماهنگ‌کننده", "فرمانداروی",
    "کارفرما", "مالک", "سرپرستی", "همسر", "پدر", "مادر", "مسوول", "مسؤول", "ریيس", "بازیگر",
    "بازیکن", "فوتبالیست", "کارگردان", "هنرمند", "خبرنگار", "سخنران", "مدیرکل", "استاندار",
    "منتخب",  # «منتخب مردم تبریز در مجلس یازدهم»
    "خزانه‌دار",  # «خزانه‌دار شورای شهر»
    "نخست‌وزیر",  # also written apart: joined in the layout key
))

# Heads of organisation names that can themselves be the speaker («روابط عمومی شهرداری … اعلام کرد»).
ORG_HEADS = _set((
    "روابط", "روابط‌عمومی", "شهرداری", "دبیرخانه", "وزارت", "وزارتخانه", "سازمان", "اداره", "اداره‌کل", "شورای", "شورا",
    "ستاد", "پلیس", "دانشگاه", "مجلس", "دولت", "فرمانداری", "استانداری", "بخشداری", "شرکت", "اتاق",
    "انجمن", "بنیاد", "هیئت", "هیات", "کمیسیون", "فراکسیون", "مرکز", "دادستانی", "قوه", "دیوان", "بانک",
    "اتحادیه", "تشکل", "جمعیت", "گروه", "کمیته", "نهاد", "قرارگاه", "سپاه", "ناجا", "فرماندهی", "پژوهشکده",
    "موسسه", "صندوق", "کانون", "جامعه", "مجمع", "حزب", "جبهه", "ائتلاف", "اداره‌ی", "سازمان‌های", "آژانس",
    "معاونت",  # «معاونت مالی شهرداری اعلام کرد»: an office speaks; its holder is «معاون»
    "دادگستری", "دادسرا", "دادسرای", "دادگاه", "آستان", "فدراسیون", "باشگاه", "سفارت", "ارتش", "بهزیستی",
    # the press speaks too («روزنامه X نوشت», «پایگاه خبری X گزارش داد»)
    "روزنامه", "خبرگزاری", "پایگاه", "نشریه", "هفته‌نامه", "ماهنامه", "شبکه", "تلویزیون", "رادیو",
))

PRONOUNS = _set(("وی", "او", "ایشان", "آنها", "آن‌ها", "آنان"))  # plural ones stand for a group that spoke

# Words that never belong to a name or a title phrase (prepositions, adverbs, light words).
STOP = _set("""
در با به از بر برای که و را تا نیز هم همچنین ضمن امروز دیروز امشب امسال صبح عصر ظهر شب روز روزهای اخیرا
پیش‌ازظهر بعدازظهر ازظهر شامگاه
پیش پس بعد قبل طی حین درباره دراین‌باره دراینباره این آن وی او ایشان اما ولی سپس همچنان هنگام حاشیه جمع ادامه
پایان ابتدا آغاز نخست ضمنا البته یا چون اگر زیرا بنابراین همین دیگر چنین دو سه یک گفت افزود اظهار بیان
تاکید تصریح خاطرنشان عنوان اضافه اعلام توضیح یادآور یادآوری متذکر اذعان ابراز اشاره خبر هشدار تشریح
است بود شد کرد داشت گفت‌وگو گفتگو مصاحبه نشست جلسه مراسم همایش دیدار بازدید سفر نامه پیام جریان
خصوص مورد زمینه باره سوی طرف سخنان سخنانش سخنانی خود خویش همه هر چه کدام بسیار ما من شما آنها آنان
ایشان اینجا آنجا نیست هست باشد شود می نمی نه بلکه اکنون حالا هنوز فقط تنها حتی خصوصا اینکه آنکه چرا
علیه السلام رغم علیرغم چندی این‌بار آن‌بار بنا مقرر یکی یکی‌دیگر حدود نسبت خطاب بار علاوه باز
چهار پنج شش هفت هشت صد هزار میلیون میلیارد
""".split())

# Words after a title that still belong to it although they look like stops («نماینده … در مجلس»).
ROLE_CONTINUATIONS = {"در": _set(("مجلس", "شورای", "امور", "حوزه", "استان", "مجلس‌شورای", "کلانشهر", "کلان‌شهر",
                                   "شهرستان"))}
# «ستاد مقابله با کرونا», «مبارزه با قاچاق»: «با» inside a title after these nouns.
ROLE_WITH = _set(("مقابله", "مبارزه"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The hand-written first names plus those learned from PEYMA (see :func:`learned_first_names`)."""
    learned, _ = learned_first_names()
    return _set(_FIRST_NAMES) | learned


# Words PEYMA tags as the first token of a person that are titles, not given names.
_NOT_FIRST_NAMES = frozenset("امام حضرت جناب پیامبر ژنرال شاه ملک خلیفه پاپ پرنس ملکه شیخ".split())
LEXICON_FILE = "quotes/peyma-first-names-{builder}.json"  # named by this module's source: rebuilt when it changes


@lru_cache(maxsize=1)
def _learned_from_peyma() -> dict:
    """The names learned from PEYMA's person annotations (see :func:`learned_first_names`), ``{}`` offline.

    Built at first use from ``corpus.load("peyma")`` and cached as sorted JSON under the data home,
    in a file named by a hash of this module's source (an edit here rebuilds it). The names are
    part of the cache fingerprint of all code that uses them (see
    :func:`civicdiscourse.cache.code.register_data_input`).
    """
    import json

    from ..corpus import get_data_home

    builder = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]  # the lists it filters with live here too
    path = get_data_home() / LEXICON_FILE.format(builder=builder)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = _build_first_names()
        if data is None:
            return {}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        tmp.replace(path)
        for stale in path.parent.glob(LEXICON_FILE.format(builder="*").rsplit("/", 1)[1]):
            if stale != path:  # built by an earlier version of this module
                stale.unlink(missing_ok=True)
        return data


def learned_first_names() -> tuple[frozenset[str], frozenset[str]]:
    """First names learned from PEYMA's person annotations: ``(names, ambiguous)``.

    A word counts when it opens a multi-word ``B_PER I_PER…`` span at least twice and opens such spans
    at least three times as often as it continues one; titles and surname-shaped words are left out.
    Names that are also common words are listed in ``ambiguous`` as well (the extractor treats every
    learned name as ambiguous: accepted only before a rare surname). When PEYMA cannot be loaded (no
    mirror, offline) both sets are empty and only the hand-written list is used.
    """
    data = _learned_from_peyma()
    return frozenset(data.get("names", ())), frozenset(data.get("ambiguous", ()))


def learned_surnames() -> frozenset[str]:
    """Surnames learned from PEYMA: words that close a multi-word person span at least twice, at least
    three times as often as they open one, and in at least half of their occurrences («حسینی», «موسوی»;
    not «اسلامی»); empty offline."""
    return frozenset(_learned_from_peyma().get("surnames", ()))


def _build_first_names() -> dict | None:
    from collections import Counter

    from .. import corpus

    try:
        peyma = corpus.load("peyma")
    except Exception:  # no mirror or no network: the hand-written list stays the only source
        return None
    opens: Counter = Counter()
    continues: Counter = Counter()
    closes: Counter = Counter()
    seen: Counter = Counter()
    for doc in peyma:
        toks, tags = doc.extra["tokens"], doc.extra["ner_tags"]
        seen.update(key(t).replace(ZWNJ, "").replace(" ", "") for t in toks)
        i = 0
        while i < len(toks):
            if tags[i] != "B_PER":
                i += 1
                continue
            j = i + 1
            while j < len(toks) and tags[j] == "I_PER":
                j += 1
            if j - i >= 2:
                words = [key(t).replace(ZWNJ, "").replace(" ", "") for t in toks[i:j]]
                opens[words[0]] += 1
                continues.update(words[1:])
                closes[words[-1]] += 1
            i = j
    hand = _set(_FIRST_NAMES)
    names = sorted(w for w, n in opens.items()
                   if n >= 2 and n >= 3 * continues[w] and len(w) > 2 and w not in hand and w not in HONORIFICS
                   and w not in TITLE_HEADS and w not in STOP and w not in _NOT_FIRST_NAMES
                   and not w.endswith(("ی", "یان", "پور", "زاده", "نیا", "وند")))
    surnames = sorted(w for w, n in closes.items()  # mostly a surname where it occurs («اسلامی» is not)
                      if n >= 2 and n >= 3 * opens[w] and 2 * n >= seen[w] and len(w) > 2 and w.isalpha()
                      and w not in hand and w not in HONORIFICS and w not in TITLE_HEADS and w not in STOP)
    return {"source": "peyma", "names": names, "ambiguous": [w for w in names if is_common_word(w)],
            "surnames": surnames}


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """hazm's word list with corpus frequencies (ships with hazm; no download)."""
    spec = importlib.util.find_spec("hazm")  # locate without importing hazm (slow import)
    if spec is None or not spec.origin:
        return {}
    path = Path(spec.origin).parent / "data" / "words.dat"
    frequencies: dict[str, int] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                word, _, rest = line.partition("\t")
                count = rest.split("\t", 1)[0]
                loose_word = key(word).replace(ZWNJ, "")
                value = int(count) if count.isdigit() else 0
                if value >= frequencies.get(loose_word, 0):  # the list has duplicates; keep the largest
                    frequencies[loose_word] = value
    except OSError:  # an unusual hazm install: fall back to lexicon-only decisions
        return {}
    return frequencies


@lru_cache(maxsize=1)
def verb_stems() -> frozenset[str]:
    """Past and present stems of hazm's verb list («گفت», «گوی», «توان»; ships with hazm), loose form."""
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.origin:
        return frozenset()
    stems: set[str] = set()
    try:
        with open(Path(spec.origin).parent / "data" / "verbs.dat", encoding="utf-8") as handle:
            for line in handle:
                stems.update(key(stem).replace(ZWNJ, "") for stem in line.strip().split("#") if len(stem) > 1)
    except OSError:
        return frozenset()
    return frozenset(stems)


COMMON_WORD_MIN = 100_000


def frequency(token: str) -> int:
    """Corpus frequency of a loose token (ZWNJ removed) in hazm's list, 0 if absent."""
    return word_frequencies().get(token, 0)


def is_common_word(token: str) -> bool:
    """True for ordinary vocabulary (frequent in hazm's list); rare words may be surnames."""
    return frequency(token) >= COMMON_WORD_MIN


# First names that are also everyday words: the hand-written ones and those learned from PEYMA.
# Every learned name is treated as ambiguous: it opens a name only before a rare (surname-like) word.
AMBIGUOUS_FIRST_NAMES = _AMBIGUOUS_FIRST_NAMES | learned_first_names()[0]


def _learned_digest() -> str:
    """Digest of the names learned from PEYMA, which live in the data home, not in this source."""
    import json

    return hashlib.sha256(json.dumps(_learned_from_peyma(), sort_keys=True).encode()).hexdigest()[:16]


register_data_input(__name__, _learned_digest)
