"""Reporting cues: the lexicon and the regular expressions built from it.

A cue is one of four shapes (``Cue.shape``):

``verb``
    a reporting verb after its subject: «گفت»، «اظهار کرد»، «تاکید کرد»، «خبر داد» …
    With a colon (or an opening quote mark) after it the statement is
    *direct*; with «که» after it, or with a governed complement before it
    («بر X تاکید کرد»، «از X خبر داد»، «X را ضروری دانست»), *indirect*.
``judge``
    a verb of judgement that is only ever indirect and governs «را»:
    «X را ضروری دانست»، «X را لازمه Y خواند».
``prep``
    a preposed clause: «با بیان اینکه A، …»، «با اشاره به A، …»; the quote is A.
``source``
    a source phrase with the speaker after it: «به گفته X، A».

Every lexicon entry is written in plain Persian; :func:`compile_cues` turns it
into one regular expression that tolerates Arabic ي/ك (the text is
normalised first), hamza («تأکید»/«تاکید»), ZWNJ or a space or nothing
between parts («اظهارکرد»، «اظهار کرد»، «می‌گوید»، «می گوید»), and inflection
(«گفت»، «گفته است»، «گفتند»، «می‌گوید»; after a head also the bare participle «تاکید کرده»;
judgement verbs negated too, «ندانست»). Extend the lexicon by passing extra
:class:`Cue` objects to :class:`~civicdiscourse.quotes.QuoteExtractor`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import key

# past stem, present stem
_STEMS = {
    "کرد": ("کرد", "کن"), "داشت": ("داشت", "دار"), "نمود": ("نمود", "نما"), "شد": ("شد", "شو"),
    "داد": ("داد", "ده"), "ساخت": ("ساخت", "ساز"), "گفت": ("گفت", "گوی"), "افزود": ("افزود", "افزای"),
    "نوشت": ("نوشت", "نویس"), "دانست": ("دانست", "دان"), "خواند": ("خواند", "خوان"),
    "برشمرد": ("برشمرد", "برمی شمار"), "پرسید": ("پرسید", "پرس"), "خواست": ("خواست", "خواه"),
    "فرمود": ("فرمود", "فرما"), "زد": ("زد", "زن"), "آورد": ("آورد", "آور"),
}


@dataclass(frozen=True)
class Cue:
    """One reporting expression of the lexicon.

    Parameters
    ----------
    name : str
        Canonical form, e.g. ``"اظهار کرد"``.
    head : str
        The non-verbal part («اظهار», «تاکید», «خاطر نشان») or ``""`` for simple verbs,
        or, for ``prep``/``source`` cues, the whole phrase (spaces may be absent in text).
    verbs : tuple of str
        Light/simple verbs (keys of the stem table) the head combines with; ``("copula",)``
        for «معتقد است», ``("have",)`` for the stative «اعتقاد دارد».
    shape : {"verb", "judge", "prep", "source", "lead"}
        ``lead``: a head whose complement follows up to a closing light verb («خواستار X شد»).
    marker : str
        For verbs that govern a preposition when used without a colon: «بر» (تاکید کرد),
        «از» (خبر داد), «به» (اشاره کرد); alternatives separated by ``|`` («بر|نسبت به»).
    """

    name: str
    head: str = ""
    verbs: tuple[str, ...] = ()
    shape: str = "verb"
    marker: str = ""
    after: bool = False  # the complement follows the verb without «که» («از شهروندان خواست …»)


def _v(name: str, head: str, *verbs: str, marker: str = "") -> Cue:
    return Cue(name, head, verbs, "verb", marker)


def _j(name: str, head: str, *verbs: str) -> Cue:
    return Cue(name, head, verbs, "judge")


CUES: tuple[Cue, ...] = (
    _v("گفت", "", "گفت"),
    _v("افزود", "", "افزود"),
    _v("نوشت", "", "نوشت"),
    _v("توییت کرد", "توییت", "کرد", "زد"),  # «دوباره توییت زد که: «…»»
    _v("اظهار کرد", "اظهار", "کرد", "داشت", "نمود"),
    _v("بیان کرد", "بیان", "کرد", "داشت", "نمود"),
    _v("تاکید کرد", "تاکید", "کرد", "داشت", "نمود", marker="بر|نسبت به"),
    _v("تصریح کرد", "تصریح", "کرد", "داشت", "نمود"),
    _v("خاطرنشان کرد", "خاطر نشان", "کرد", "ساخت", "نمود"),
    _v("ادامه داد", "ادامه", "داد"),
    _v("عنوان کرد", "عنوان", "کرد", "داشت", "نمود"),
    _v("یادآور شد", "یاد آور", "شد"),
    _v("یادآوری کرد", "یاد آوری", "کرد", "نمود"),
    _v("توضیح داد", "توضیح", "داد"),
    _v("اضافه کرد", "اضافه", "کرد", "نمود"),
    _v("اعلام کرد", "اعلام", "کرد", "داشت", "نمود"),
    _v("تشریح کرد", "تشریح", "کرد", "نمود"),
    _v("متذکر شد", "متذکر", "شد"),
    _v("اذعان کرد", "اذعان", "کرد", "داشت"),
    _v("ابراز کرد", "ابراز", "کرد", "داشت"),
    _v("اظهار امیدواری کرد", "اظهار امیدواری", "کرد", "نمود"),
    _v("ابراز امیدواری کرد", "ابراز امیدواری", "کرد", "نمود"),
    _v("هشدار داد", "هشدار", "داد", marker="درباره|نسبت به"),
    _v("پاسخ داد", "پاسخ", "داد"),
    _v("گزارش داد", "گزارش", "داد", "کرد"),
    _v("مطرح کرد", "مطرح", "کرد", "نمود"),
    _v("ذکر کرد", "ذکر", "کرد", "نمود"),
    _v("اشاره کرد", "اشاره", "کرد", "نمود", marker="به"),
    _v("خبر داد", "خبر", "داد", marker="از"),
    _v("انتقاد کرد", "انتقاد", "کرد", marker="از|نسبت به"),
    _v("گلایه کرد", "{گلایه|شکایت}", "کرد", marker="از"),
    _v("اعتراض کرد", "اعتراض", "کرد", marker="نسبت به"),  # «در نامه‌ای به X … اعتراض کرد»: «به» names whom
    # what someone talked about («از X سخن گفت», «از X صحبت می‌کنند», «از X سخن به میان آوردند»)
    _v("سخن گفت", "سخن", "گفت", marker="از"),
    _v("صحبت کرد", "صحبت", "کرد", marker="از"),
    _v("سخن به میان آورد", "{سخن|صحبت} به میان", "آورد", marker="از"),
    # what a concern or a reminder is about («درباره X ابراز نگرانی کردند», «درباره X تذکر دادند»)
    _v("ابراز نگرانی کرد", "{ابراز|اظهار} نگرانی", "کرد", "نمود", marker="از|درباره|نسبت به"),
    _v("تذکر داد", "تذکر", "داد", marker="درباره"),  # «به X تذکر داد»: X is whom it was told to
    _v("پیشنهاد کرد", "پیشنهاد", "کرد", "داد"),
    _v("توصیه کرد", "توصیه", "کرد"),
    _v("مدعی شد", "مدعی", "شد"),
    _v("مدعی است", "مدعی", "copula"),  # «X مدعی است (که) …»
    _v("آرزو کرد", "آرزو", "کرد"),
    _v("خواستار شد", "خواستار", "شد"),
    _v("فرمود", "", "فرمود"),  # reverential «said» (leaders, clerics)
    _v("تهدید کرد", "تهدید", "کرد", "نمود"),
    _v("وعده داد", "وعده", "داد"),
    _v("قول داد", "قول", "داد"),
    _v("اصرار کرد", "اصرار", "کرد", "داشت", "نمود", "have", marker="بر"),  # «اصرار دارد که …»
    _v("گریز زد", "{گریز|گریزی}", "زد", marker="به"),
    Cue("خواست", "", ("خواست",), "verb", marker="از", after=True),
    Cue("درخواست کرد", "درخواست", ("کرد", "نمود"), "verb", marker="از", after=True),
    Cue("دستور داد", "دستور", ("داد",), "verb", after=True),  # «(به X) دستور داد (تا) …»: the order is what follows
    Cue("خواستار", "خواستار", shape="lead"),
    _v("معتقد است", "معتقد", "copula"),
    _v("بر این باور است", "بر این {باور|عقیده|اعتقاد|نظر}", "copula"),  # «بر این باورند که …»
    _v("اعتقاد دارد", "{اعتقاد|عقیده}", "have"),  # «اعتقاد دارد که …»: only with «که» or a colon
    # «تاکید دارند که …» (only so: «… زنانی که بر X تاکید دارند گفت» is a relative clause, not a statement)
    _v("تاکید دارد", "تاکید", "have"),
    _v("تایید کرد", "تایید", "کرد", "نمود"),  # «تایید کرد که …»; «X را تایید کرد» approves, it reports nothing
    _v("پیام داد", "پیام", "داد"),
    _v("نقل کرد", "نقل", "کرد", "نمود"),  # «X نقل می‌کند که …»; «حمل و نقل» takes no «کرد»
    _j("دانست", "", "دانست"),
    _j("خواند", "", "خواند"),
    _j("برشمرد", "", "برشمرد"),
    _j("توصیف کرد", "توصیف", "کرد", "نمود"),
    _j("ارزیابی کرد", "ارزیابی", "کرد", "نمود"),
    _j("قلمداد کرد", "قلمداد", "کرد", "نمود"),
    _j("تلقی کرد", "تلقی", "کرد", "نمود"),
    _j("تعبیر کرد", "تعبیر", "کرد", "نمود"),
    _j("متهم کرد", "متهم", "کرد", "نمود"),  # «X را به Y متهم کرد»
    # «X را مورد تاکید قرار داد»: the governed «را» object (or, without «را», the clause before) is the quote
    _j("مورد تاکید قرار داد", "مورد {تاکید|توجه و تاکید|تاکید و توجه} قرار", "داد"),
    Cue("با اذعان به", "{با|ضمن} اذعان {به|بر} {|اینکه|این که|آنکه}", shape="prep"),
    Cue("با بیان اینکه", "{با|ضمن} بیان {اینکه|این که|آنکه|آن که|این مطلب که|این نکته که}", shape="prep"),
    Cue("با اشاره به", "{با|ضمن} اشاره {به|بر} {|اینکه|این که|آنکه|این مطلب که|این نکته که}", shape="prep"),
    Cue("با تاکید بر", "{با|ضمن} تاکید {بر|به|روی|بر روی} {|اینکه|این که|آنکه|این مطلب که|این نکته که}",
        shape="prep"),
    # «با انتقاد از X، …», «ضمن ابراز نگرانی از X، …»: the criticised noun phrase, like «با اشاره به X»
    Cue("با انتقاد از", "{با|ضمن|در} {انتقاد|گلایه|ابراز نگرانی|اظهار نگرانی|اظهار تاسف|ابراز تاسف} {از|نسبت به}",
        shape="prep"),
    Cue("با اعتقاد به اینکه", "{با|ضمن} {اعتقاد|باور} {به|بر} {اینکه|این که|آنکه}", shape="prep"),
    Cue("با اعلام اینکه", "{با|ضمن} {اعلام|عنوان|اظهار|تصریح|توضیح|یادآوری|ذکر} "
        "{اینکه|این که|آنکه|این مطلب که|این خبر که|این نکته که}", shape="prep"),
    # «با اعلام خبر X، …», «با اعلام آغاز X، …»: the announced noun phrase, like «با اشاره به X»
    Cue("با اعلام", "{با|ضمن} اعلام {|خبر}", shape="prep"),
    Cue("به گفته", "به {گفته|قول|اعتقاد|عقیده|باور|اذعان|زعم|تاکید|تعبیر|نوشته}", shape="source"),
    # «بر اساس اعلام X، …», «طبق گزارش X، …», «بنا به گفته X، …»: X is the source, the rest what it said
    Cue("بر اساس اعلام", "{بر اساس|براساس|طبق|بنا به|بنا بر} {|آخرین|تازه ترین|جدیدترین} "
        "{اعلام|گزارش|اظهارات|گفته|نوشته|اعلامیه}",
        shape="source"),
)

# Verbs that may govern «را» like a judge verb («X را اعلام کرد», «X را یادآور شد»).
RA_VERBS = frozenset({"عنوان کرد", "اعلام کرد", "یادآور شد", "خواستار شد", "پیشنهاد کرد", "توصیه کرد", "ذکر کرد",
                      "بیان کرد"})


def _verb_forms(verb: str, *, compound: bool = False, negative: bool = False) -> list[str]:
    """Inflected forms of a light/simple verb.

    ``compound``: the verb follows a head («تاکید کرده»), so the bare participle is a perfect
    («… تاکید کرده که …», news shorthand for «کرده است»). Alone only «گفته» and «نوشته» are kept («او گفته X …»);
    the site finder drops it where it is a passive or a noun («گفته شده», «گفته‌های»).
    ``negative``: judgement verbs are reported negated too («X را راه حل ندانست»).
    """
    if verb == "copula":
        return ["است", "هست", "هستند", "بود", "بودند", "اند", "ند", "می باشد", "می باشند"]  # «معتقدند»
    if verb == "have":  # «اعتقاد دارد»: «داشتن» as a stative verb, present without «می»
        return ["دارد", "دارند", "داشت", "داشتند", "داشته است", "داشته اند"]
    past, present = _STEMS[verb]
    forms = ([past, past + "ند"] + [f"{past}ه {aux}" for aux in ("است", "اند", "بود", "بودند", "باشد")]
             + [f"می {past}", f"می {past}ند", f"می {present}د", f"می {present}ند"])
    if compound or verb in ("گفت", "نوشت"):  # «او گفته/نوشته X …»: shorthand for «… است»; filtered in the site finder
        forms.append(past + "ه")
    if negative:
        forms += [f"ن{past}", f"ن{past}ند", f"نمی {present}د", f"نمی {present}ند", f"نمی {past}", f"نمی {past}ند"]
    return forms


def _expand(template: str) -> list[str]:
    """All texts of a template with ``{a|b|}`` alternatives (empty alternative = optional)."""
    m = re.search(r"\{([^{}]*)\}", template)
    if not m:
        return [re.sub(r" +", " ", template).strip()]
    return [text for option in m.group(1).split("|")
            for text in _expand(template[:m.start()] + option + template[m.end():])]


def surface_forms(cue: Cue) -> list[str]:
    """Every written form of a cue, words separated by single spaces (spaces are optional in text)."""
    heads = _expand(key(cue.head)) if cue.head else [""]
    if cue.shape in ("prep", "source", "lead"):
        return heads
    if cue.after:  # «خواست», «خواسته است», «می‌خواهند» (a request only with its marker and «که/تا»), not the
        # bare «خواسته» (often a noun)
        forms = [form for verb in cue.verbs
                 for form in _verb_forms(verb)[:6] + _verb_forms(verb)[9:11] + ([verb + "ه"] if cue.head else [])]
        return [f"{head} {form}".strip() for head in heads for form in forms]  # after a head: «دستور داده»
    compound, negative = bool(cue.head), cue.shape == "judge"
    return [f"{head} {form}".strip() for head in heads for verb in cue.verbs
            for form in _verb_forms(verb, compound=compound, negative=negative)]


def trie_regex(forms: list[str]) -> str:
    """A regex equivalent to the alternation of ``forms`` but shaped as a character trie.

    Python's ``re`` tries alternatives one by one; a trie lets it branch on one
    character at a time, which is what keeps cue search fast. A space in a
    form matches any run of spaces, or none.
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = []
        for char in sorted(c for c in node if c):
            head = " *" if char == " " else re.escape(char)
            branches.append(head + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


@dataclass(frozen=True)
class CompiledCues:
    regex: re.Pattern
    cues: tuple[Cue, ...]
    lookup: dict[str, int]  # surface form without spaces -> index into ``cues``
    words_only: bool = False  # every form is words and spaces (no match can run over a mark or a line end)

    def cue_of(self, matched: str) -> Cue:
        return self.cues[self.lookup[matched.replace(" ", "")]]


def compile_cues(cues: tuple[Cue, ...] = CUES) -> CompiledCues:
    """One trie-shaped regular expression for the whole lexicon.

    Matching runs on the *match text* with «ئ» read as «ی» (normalised, ZWNJ as space): the lexicon is
    written «تایید», «توییت», texts also write «تائید», «توئیت».
    A verb never matches inside a longer word, nor «گفت» in «گفت‌وگو». When two
    cues share a written form, the one listed first wins.
    """
    lookup: dict[str, int] = {}
    for index, cue in enumerate(cues):
        for form in surface_forms(cue):
            lookup.setdefault(form.replace(" ", ""), index)
    forms = sorted({form for cue in cues for form in surface_forms(cue)})
    regex = re.compile(rf"(?<![\w])(?:{trie_regex(forms)})(?![\w])(?! *و *گو)")
    return CompiledCues(regex, tuple(cues), lookup, all(re.fullmatch(r"\w+", form) for form in lookup))
