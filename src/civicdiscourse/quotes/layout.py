"""A document prepared for matching: normalised views, paragraphs, sentences, quote-mark pairs.

The normalised text and two views of it, all of equal length, share one offset map back to the input:

* ``key`` – :func:`~civicdiscourse.text.normalize_with_offsets` text with runs of
  spaces cut to one and hamza folded (ZWNJ kept: names and titles are tokenised
  on it); a space inside a word («شهرداری ها», «می گوید») is a ZWNJ there, a
  Latin comma outside a number is «،» and a Latin semicolon «؛»;
* ``match`` – ``key`` with ZWNJ turned into a space (cue regexes run on it,
  so «می‌گوید», «می گوید» and «میگوید» meet one pattern).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import chain

from ..text import ZWNJ, OffsetText, normalize
from .cues import trie_regex
from .lexicon import ORG_HEADS, PRONOUNS, TITLE_HEADS, first_names, frequency

# Characters the shared normaliser may touch (letters, digits, spaces, marks); probed, not copied.
_PROBE_RANGES = ((0x00A0, 0x0100), (0x0600, 0x0800), (0x2000, 0x2070), (0x3000, 0x3001), (0xFB50, 0xFF00))


def _one_to_one_table() -> tuple[dict[str, str], re.Pattern, re.Pattern, re.Pattern]:
    """Learn :func:`~civicdiscourse.text.normalize`'s character rules by probing it.

    Each candidate character is normalised between two letters: it comes back
    unchanged, replaced by one character, or deleted. Probing keeps this module
    in step with the shared normaliser without reaching into its internals.
    """
    same: dict[str, str] = {}
    deleted_chars: list[str] = []
    for low, high in _PROBE_RANGES:
        for code in range(low, high):
            char = chr(code)
            if char == ZWNJ:
                continue
            out = normalize(f"ب{char}ب")
            if out == "بب":
                deleted_chars.append(char)
            elif len(out) == 3 and out[1] != char:
                same[char] = out[1]
    deleted = "".join(re.escape(c) for c in deleted_chars)
    spaces = " " + "".join(re.escape(c) for c, v in same.items() if v == " ")
    changed = re.compile("[" + "".join(re.escape(c) for c in same) + "]")
    # What else makes normalisation change the length: a ZWNJ next to a space or a ZWNJ, or at a line's end.
    # Written to open with the ZWNJ itself, so that a search skips ahead to one in C.
    odd_zwnj = re.compile(f"\u200c(?:(?<=[{spaces}]\u200c)|(?<![^\\n]\u200c)|(?=[{spaces}\u200c]|$))", re.M)
    return same, changed, re.compile(f"[{deleted}]+"), odd_zwnj


_SAME, _CHANGED, _DELETED, _ODD_ZWNJ = _one_to_one_table()
_ZWNJ_RUNS = re.compile(r" *\u200c[\u200c ]*")


def _map_one_to_one(text: str) -> str:
    return _CHANGED.sub(lambda m: _SAME[m.group()], text)


def _line_with_offsets(line: str, base: int) -> tuple[str, list[int]]:
    """Same result as ``normalize_with_offsets(line)`` (shifted by ``base``), built chunk-wise.

    Deletions and ZWNJ runs are rare, so the text between them is copied with
    ``range`` offsets instead of character by character.
    """
    parts, offs, cursor = [], [], 0
    for m in _DELETED.finditer(line):
        parts.append(line[cursor:m.start()])
        offs.extend(range(base + cursor, base + m.start()))
        cursor = m.end()
    parts.append(line[cursor:])
    offs.extend(range(base + cursor, base + len(line)))
    flat = _map_one_to_one("".join(parts))
    chars, offsets, cursor = [], [], 0
    for m in _ZWNJ_RUNS.finditer(flat):
        chars.append(flat[cursor:m.start()])
        offsets.extend(offs[cursor:m.start()])
        run = m.group()
        replacement = " " if " " in run else ZWNJ
        chars.append(replacement)
        offsets.append(offs[m.start() + run.find(replacement)])
        cursor = m.end()
    chars.append(flat[cursor:])
    offsets.extend(offs[cursor:])
    joined = "".join(chars)
    lead, trail = len(joined) - len(joined.lstrip(ZWNJ)), len(joined.rstrip(ZWNJ))
    return joined[lead:trail], offsets[lead:trail]


_KEY_FOLD = re.compile("[أإٱؤة;]")
_KEY_MAP = {"أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "ة": "ه", ";": "؛"}  # rules test for the Persian «؛»
# Spaces inside a word become ZWNJs in the key (one character for one, so offsets stay): the verb prefix
# «می/نمی» («می گوید»), the plural and superlative suffixes («شهرداری ها», «آن ها», «بزرگ ترین»), «نخست وزیر»,
# written apart twice as often as joined, which is one title word and not the adverb «نخست» («first»),
# the honorifics «حجت الاسلام» and «آیت الله», weekdays («سه شنبه»), which are time words, not names, and the
# surname endings «زاده» and, after «ی», «نژاد» («شریف زاده», «احمدی نژاد»); «پور» is :data:`_POUR`'s.
# Texts that use spaces for ZWNJs then tokenise like the others.
# (The pattern opens with the space itself and checks the one letter after or before it first, so a search
# leaves most spaces at once.)
_INNER_SPACE = re.compile(r" (?:(?=ها|ترین)(?<=[^\W\d_] )(?=(?:ها|های|هایی|هایش|هایشان|هاشان|هاست|ترین)\b)"
                          r"|(?<=[یت] )(?:(?<=\bمی )|(?<=\bنمی )|(?<=\bنخست )(?=وزیر)|(?<=\bحجت )(?=الاسلام)"
                          r"|(?<=\bآیت )(?=ال?له))(?=[^\W\d_])"
                          r"|(?=شنبه\b)(?:(?<=\bیک )|(?<=\bدو )|(?<=\bسه )|(?<=\bچهار )|(?<=\bپنج ))"
                          r"|(?=زاده\b)(?<=[^\W\d_]{2} )(?<!\bکه )(?<!\bاز )(?<!\bدر )(?<!\bبه )(?<!\bبا )"
                          r"(?<!\bرا )(?<!\bاین )(?<!\bآن )"
                          r"|(?=نژاد\b)(?<=[^\W\d_]ی ))")
# «پور» written apart ends the surname before it («یامین پور»), except after a first name, where it may
# as well open the surname after it («علی پور حسن» beside «علی پور»).
_POUR = re.compile(r"(?<=[^\W\d_]{2}) (?=پور\b)")

# «و» glued to a reporting verb before its colon («… دانست وافزود: …», «… وگفت: …», a typing slip) is a space
# in the key, so that the cue is found.
# (The pattern opens with «و» itself, so that a search skips in C from one «و» to the next.)
_GLUED_AND = re.compile(r"و(?<![^\W\d_]و)(?=(?:افزود|گفت|اظهار|تصریح|تاکید|تأکید|بیان|خاطرنشان|ادامه|عنوان|یادآور)"
                        r"(?: ?(?:کرد|داشت|داد|شد|نمود))? ?:)")

# A Latin comma outside a number is a Persian one («X, سخنگوی …»); rules test for «،».
_LATIN_COMMA = re.compile(r",(?!\d)|(?<!\d),")

OPENERS = {"«": "»", "“": "”", '"': '"', "„": "”", "‹": "›"}
QUOTE_CHARS = "«»“”\"„‹›"
MAX_QUOTE = 4000
MAX_LINES = 3
_OPENING = re.compile("[«“\"„‹]")
# A sentence ends at . ! ? ؟ (and …) followed by space, closing marks allowed in between;
# never between digits («7.5»), nor after «و» («تب مالت و ... اشاره کرد»: «and so on» goes on with the sentence).
# A full stop glued to the next Persian word («… می‌روند.سرمربی …») ends a sentence too (Fars texts), and so
# does a question mark written after a space and before the next word («… هستیم ؟رییس ستاد …»).
# (The pattern opens with the first mark, and the alternatives' look-behinds step back over it: a search then
# skips in C from mark to mark, and the look-behinds are not tried at every letter.)
_SENTENCE_END = re.compile(r"[.!?؟…](?:(?<![\d.…].)(?<! و .)(?<! و.)[.!?؟…]*[»”\"]*(?=\s)"
                           r"|(?<=\d[.!?؟])[.!?؟]*(?=\s+[^\d\s])"
                           r"|(?<=[\u0621-\u064a\u067e-\u06cc]{2}[.!?؟])[.!?؟]*(?=[\u0621-\u064a\u067e-\u06cc]{2})"
                           r"|(?<=[\u0621-\u064a\u067e-\u06cc] [!?؟])[!?؟]*(?=[\u0621-\u064a\u067e-\u06cc]{2}))")


@dataclass
class Layout:
    """Normalised views of one document plus its structure (all offsets into ``key``)."""

    original: str
    offsets: OffsetText
    key: str
    match: str
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (open index, close index)
    cache: dict = field(default_factory=dict)  # derived data computed once per document (tokens)
    _sentence_starts: list[int] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised views to the input text."""
        return self.offsets.span(start, end)

    def sentence_of(self, position: int) -> tuple[int, int]:
        return self.sentences[max(0, bisect_right(self._sentence_starts, position) - 1)]

    def sentence_count(self, start: int, end: int) -> int:
        """Number of sentences starting in ``[start, end)``."""
        return bisect_left(self._sentence_starts, end) - bisect_left(self._sentence_starts, start)

    def paragraph_of(self, position: int) -> tuple[int, int]:
        return self.paragraphs[max(0, bisect_right(self._paragraph_starts, position) - 1)]

    def paragraph_index(self, position: int) -> int:
        return max(0, bisect_right(self._paragraph_starts, position) - 1)

    def enclosing_pair(self, position: int, *, min_length: int = 0) -> tuple[int, int] | None:
        """The quote-mark pair strictly containing ``position``, if any."""
        for open_, close in self.pairs:
            if open_ < position < close and close - open_ > min_length:
                return open_, close
            if open_ > position:
                break
        return None

    def pair_opened_at(self, position: int) -> tuple[int, int] | None:
        for open_, close in self.pairs:
            if open_ == position:
                return open_, close
            if open_ > position:
                break
        return None


def _straight_side(text: str, k: int) -> str:
    """Which way the straight quote at ``k`` faces: "open" when it sticks to the word after it only
    («: "این…»), "close" when it sticks to the word or sentence end before it only («…است".»), else
    "either" («… است ".», «" کیارا …», and at a line start, where IR-News puts the mark closing the sentence
    before: «….¶"بنت افزود»)."""
    before = text[k - 1] if k else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    left, right = before.isalnum() or before in ".!?؟)»…\n", after.isalnum() or after in "(«"
    return "close" if left and not right else "open" if right and not left else "either"


def _straight_closer(text: str, i: int) -> int:
    """The straight quote that closes the one at ``i``, or -1: the next one that may close, unless a mark
    that can only open comes first (then the one at ``i`` lost its closer)."""
    if _straight_side(text, i) == "close":
        return -1
    j = text.find('"', i + 1, i + MAX_QUOTE)
    if j >= 0 and _straight_side(text, j) == "open":
        return -1
    return j


def _pairs(text: str) -> list[tuple[int, int]]:
    """Pair quote marks by type; unbalanced marks are skipped, never fatal.

    «…» and “…” pair with the nearest closer of their type; straight quotes
    pair left to right, a mark that faces the wrong way left unpaired. A pair may
    cross line ends (IR-News splits sentences inside quotes) but not more than
    ``MAX_QUOTE`` characters.
    """
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for mark in _OPENING.finditer(text):
        i, char = mark.start(), mark.group()
        if i in taken:
            continue
        closer = OPENERS[char]
        if char == '"':
            j = _straight_closer(text, i)
        else:
            j = text.find(closer, i + 1, i + MAX_QUOTE)
        if j < 0 or text.count("\n", i, j) > MAX_LINES:
            continue
        if char == "«" and 0 <= text.find("«", i + 1, j):
            continue  # «a «b» c»: the inner pair is taken, the outer opener stays unpaired
        if char == "“" and text.find("“", i + 1, j) >= 0:
            continue
        pairs.append((i, j))
        taken.update((i, j))
    pairs.sort()
    return pairs


def normalize_lines(text: str) -> OffsetText:
    """:func:`~civicdiscourse.text.normalize_with_offsets`, line by line, with a fast path.

    A line with nothing to delete or merge maps one to one (about nine lines in
    ten of news text): its offsets are the identity, and the runs of such lines
    between the others are mapped in one piece. Other lines are built
    chunk-wise; the result equals ``normalize_with_offsets`` line by line.
    """
    changing = _lines_changing_length(text)
    if not changing:  # offsets are the identity: a range, not one int object per character
        return OffsetText(_map_one_to_one(text), range(len(text) + 1))
    parts: list[str] = []
    offsets: list[int] = []
    cursor = 0
    for start, end in changing:
        parts.append(_map_one_to_one(text[cursor:start]))  # the lines before map one to one, line ends too
        offsets.extend(range(cursor, start))
        mapped, mapped_offsets = _line_with_offsets(text[start:end], start)
        parts.append(mapped)
        offsets.extend(mapped_offsets)
        cursor = end
    parts.append(_map_one_to_one(text[cursor:]))
    offsets.extend(range(cursor, len(text) + 1))
    return OffsetText("".join(parts), tuple(offsets))


def _lines_changing_length(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every line that normalisation shortens (a deletion or an odd ZWNJ), in order."""
    lines = set()
    for m in chain(_DELETED.finditer(text), _ODD_ZWNJ.finditer(text)):
        end = text.find("\n", m.start())
        lines.add((text.rfind("\n", 0, m.start()) + 1, len(text) if end < 0 else end))
    return sorted(lines)


# Honorifics of four letters or more start a glued subject too («… پیش می‌روددکتر …»).
# So do sentence openers («… می‌کنیمدر ادامه X گفت», «… داریمسپس …») and first names of four letters or more
# («… کندامیر …»).
_GLUE_HEADS = sorted(PRONOUNS | {h for h in TITLE_HEADS | ORG_HEADS if len(h) > 3} | {"عضو", "این"}
                     | {"دکتر", "مهندس", "سردار", "سرهنگ", "آقای", "در", "سپس", "پس"}
                     | {name for name in first_names() if len(name) > 3}, key=len, reverse=True)
# A finite verb glued to the subject of the next sentence, where a line end was lost
# («… شدندوی گفت», «… هستندسخنگوی دولت …»); checked against word frequencies before splitting.
VERB_ENDINGS = ("ند", "یم", "ید", "است", "شد", "بود", "کرد", "شود", "دارد", "گیرد", "رود", "کند", "دهد")


def _ending(ending: str, *, after_letter: bool) -> str:
    """``ending``, then a look-behind over it asking whether a letter comes before it (or none does)."""
    return f"{ending}(?{'<=' if after_letter else '<!'}[^\\W\\d_]{'.' * len(ending)})"


# Each alternative opens with the ending itself and looks back at the letter before it afterwards: a search
# then skips in C to the letters that may open an ending (a look-behind first would be tried at every character).
_GLUE = re.compile("(?:" + "|".join([_ending(e, after_letter=True) for e in VERB_ENDINGS]
                                     + [_ending(e, after_letter=False) for e in ("است", "نیست")]) + ")"
                   r"(" + trie_regex(_GLUE_HEADS) + r")(?=[\s،,:])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def glue_points(key: str) -> list[int]:
    """Offsets where a verb ends and a glued pronoun/title starts the next sentence.

    A split is made only when the glued token is unknown as a word (hazm's list) and the verb keeps a stem
    of two letters or more before its ending («شدند», «هستند»; not «هندوی»).
    """
    points = []
    key = key.replace("ئ", "ی")  # the heads are written as the lexicons are («رییس»); one letter for one keeps offsets
    for m in _GLUE.finditer(key):
        cut = m.start(1)
        left = _WORD_BEFORE.search(key, max(0, cut - 30), cut)
        word, ending = left.group() if left else "", m.group()[:cut - m.start()]
        if word == ending:
            ending = ""  # «است», «شد» themselves
        after_mi = left is not None and key[max(0, left.start() - 3):left.start()] in ("می\u200c", "می ")  # «می‌کند»
        prefixed = word[:len(word) - len(ending)] in ("ب", "ن")  # «بدهد», «نکند»
        if left is None or (len(word) - len(ending) < 2 and not (after_mi or prefixed)) or frequency(
                word + m.group(1)) > 0:
            continue
        if word.endswith(("سید", "سیده")) and frequency(word[:word.rindex("سید")]):
            cut = left.start() + word.rindex("سید")  # «…لاهیجانسیداسماعیل»: «سید» opens the name, no verb ends
        points.append(cut)
    return points


_SPACE_RUN = re.compile("  +")


def _single_spaces(normalized: OffsetText) -> OffsetText:
    """``normalized`` with each run of spaces cut to its first space (rules match words one space apart;
    one document in sixteen has runs), offsets kept for the characters that stay."""
    text = normalized.text
    if "  " not in text:
        return normalized
    parts: list[str] = []
    offsets: list[int] = []
    cursor = 0
    for m in _SPACE_RUN.finditer(text):
        parts.append(text[cursor:m.start() + 1])
        offsets.extend(normalized.offsets[cursor:m.start() + 1])
        cursor = m.end()
    parts.append(text[cursor:])
    offsets.extend(normalized.offsets[cursor:])  # and the closing entry, ``len(original)``
    return OffsetText("".join(parts), tuple(offsets))


def _joined_unless_first_name(space: re.Match) -> str:
    text, end = space.string, space.start()
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return " " if text[start:end].replace(ZWNJ, "") in first_names() else ZWNJ


def prepare(text: str) -> Layout:
    offsets = _single_spaces(normalize_lines(text))
    key = _INNER_SPACE.sub(ZWNJ, _KEY_FOLD.sub(lambda m: _KEY_MAP[m.group()], offsets.text))
    if " پور" in key:
        key = _POUR.sub(_joined_unless_first_name, key)
    if "," in key:
        key = _LATIN_COMMA.sub("،", key)
    if ":" in key:
        key = _GLUED_AND.sub(" ", key)
    match = key.replace(ZWNJ, " ")
    paragraphs: list[tuple[int, int]] = []
    cursor = 0
    for line in key.split("\n"):
        paragraphs.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    sentences: list[tuple[int, int]] = []
    glue = glue_points(key)
    ends = sorted([m.end() for m in _SENTENCE_END.finditer(key)] + glue)
    k = 0
    for start, end in paragraphs:
        begin = start
        while k < len(ends) and ends[k] <= start:
            k += 1
        while k < len(ends) and ends[k] < end:
            if ends[k] > begin:
                sentences.append((begin, ends[k]))
                begin = ends[k]
            k += 1
        if begin < end:
            sentences.append((begin, end))
        elif begin == start == end:
            sentences.append((start, end))
    layout = Layout(text, offsets, key, match, paragraphs, sentences, _pairs(key))
    layout.cache["glue"] = glue
    layout._sentence_starts = [s for s, _ in sentences]
    layout._paragraph_starts = [s for s, _ in paragraphs]
    return layout
