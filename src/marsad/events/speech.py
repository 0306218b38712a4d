"""Speech acts: in "قال X إن …" the speaker is the actor of the accusation or demand that is said.

A sentence reports speech when a verb of saying (data/events/speech.tsv) is
followed by a complementiser (إن / أن …).  The speaker is the first actor
between the verb and the complementiser (Arabic puts the subject after the
verb), else the actor just before the verb; a sentence that opens with a bare
"وأضاف أن …" continues the previous sentence's speaker.  When what is said
holds an accusation word (الانقلابي، اعتداءات، وصفه ب…) the sentence is an
ACCUSE event, or with a demand word (يجب، ضرورة، طالب) a REQUEST event: the
speaker acts, the actors named in what is said receive.  The act of saying
occurred, whatever the status of what is said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.datafiles import rows
from marsad.events.clause import ON, PARTICIPLES, after_comma, next_after, next_before
from marsad.events.lexicon import event_words
from marsad.model import Article, Event, Mention, Participant
from marsad.text.normalize import Normalized, normalize
from marsad.text.tokens import with_proclitic

_WORD = re.compile(r"[^\W\d_]+")
_SPEAKERS = ("PERS", "ORG", "GPE")
_FIGHTERS = frozenset(normalize(w) for w in ("المرتزقة", "مرتزقة", "ميليشيات", "الميليشيات"))
# "اتفقت على آلية لانسحاب المرتزقة": fighters leaving are what is agreed, nobody is accused
_LEAVING = frozenset(normalize(w) for w in ("انسحاب", "خروج", "إخراج", "سحب", "ترحيل", "مغادرة", "إجلاء"))
KINDS = {"accuse": ("ACCUSE", "accusation", "112"), "demand": ("REQUEST", "demand", "100")}
MAX_RECIPIENTS = 3
_IN = normalize("في")


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    say: frozenset[str]
    that: frozenset[str]
    accuse: frozenset[str]
    demand: frozenset[str]

    @property
    def say_pattern(self) -> re.Pattern[str]:
        return _say_pattern(self.say)

    def is_(self, cls: str, word: str) -> bool:
        words = getattr(self, cls)
        return with_proclitic(word, words) is not None


@lru_cache(maxsize=4)
def _say_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One regex for "is there a verb of saying here at all": most sentences have none and are skipped."""
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?(?:{alternation})(?!\w)")


@lru_cache(maxsize=1)
def load_speech() -> SpeechLexicon:
    classes: dict[str, set[str]] = {"say": set(), "that": set(), "accuse": set(), "demand": set()}
    for word, cls, *_ in rows("events/speech.tsv"):
        classes[cls.strip()].add(normalize(word.strip()))
    return SpeechLexicon(**{k: frozenset(v) for k, v in classes.items()})


def speech_events(article: Article, nv: Normalized, norm_sentences: list[tuple[int, int]],
                  actors: list[Mention]) -> list[Event]:
    lex = load_speech()
    out: list[Event] = []
    last: tuple[int, Mention] | None = None  # (sentence index, speaker) of the latest speech
    say_re = lex.say_pattern
    for si, (ns, ne) in enumerate(norm_sentences):
        if not say_re.search(nv.norm, ns, ne):
            continue
        words = [(m.start() + ns, m.end() + ns, m.group()) for m in _WORD.finditer(nv.norm[ns:ne])]
        say = next((k for k, w in enumerate(words) if lex.is_("say", w[2])), None)
        if say is None:
            continue
        that = next((k for k in range(say + 1, len(words)) if lex.is_("that", words[k][2])), None)
        said_from = that + 1 if that is not None else None
        if that is None:  # "أكد ضرورة انسحاب ...": a demand said without a complementiser
            said_from = next((k for k in range(say + 1, len(words)) if lex.is_("demand", words[k][2])), None)
            if said_from is None:
                continue
        ss, se = article.sentences[si]
        titles = [m.context for m in actors if m.label == "PERS" and m.context and ss <= m.start < se]
        ments = [m for m in actors if ss <= m.start and m.end <= se and m.label in _SPEAKERS
                 and not (m.label == "GPE" and any(a <= m.start < b for a, b in titles))]  # "التركي" in a title
        say_end = nv.to_raw(words[say][1])
        that_start = nv.to_raw(words[that][0] if that is not None else words[said_from][0])
        between = [m for m in ments if say_end <= m.start < that_start]
        speaker = next((m for m in between if m.label != "GPE"), between[0] if between else None)
        if speaker is not None and not next_after(nv, words[say][1], speaker, "verb"):
            speaker = None  # "ولفتت جريدة … إلى أن": the speaker is not an actor we know
        if speaker is None:
            before = [m for m in ments if m.end <= nv.to_raw(words[say][0]) and m.label != "GPE"]
            speaker = before[-1] if before and next_before(nv, words[say][0], before[-1], "verb") else None
        if speaker is None and say <= 1 and last is not None and last[0] == si - 1:
            speaker = last[1]  # "وأضاف أن ...": the same speaker goes on
        if speaker is None:
            continue
        last = (si, speaker)
        # an accusing word accuses, but not a name for fighters a demand is about: "شدد على ضرورة خروج المرتزقة"
        said = [w[2] for w in words[said_from:]]
        goes_on = next((k for k, w in enumerate(words[said_from:], said_from) if after_comma(nv, ns, w[0]) and (
            w[2][:1] == "و" and w[2] in event_words() and not lex.is_("say", w[2]) or w[2] in PARTICIPLES)), None)
        said_end = se
        if goes_on is not None:  # "قال إن ...، وتوعد بضربات ضد ما وصفه بالوجود التركي"، "…، داعيا القادة": his
            said = said[:goes_on - said_from]  # own act, not said
            said_end = nv.to_raw(words[goes_on][0])
        demand_at = next((k for k, w in enumerate(said) if lex.is_("demand", w) and not (
            k >= 2 and said[k - 1] == ON and _AGREEING.match(said[k - 2]))), None)  # "تتفقان على ضرورة": agreed
        accusing = [k for k, w in enumerate(said) if lex.is_("accuse", w) and not (with_proclitic(w, _FIGHTERS) and (
            demand_at is not None and k > demand_at or k and with_proclitic(said[k - 1], _LEAVING)))]
        kind = "accuse" if accusing else "demand" if demand_at is not None else None
        if kind is None:
            continue
        targets, seen = [], {speaker.entity.id}
        for m in ments:
            if that_start <= m.start < said_end and m.entity.id not in seen and not (
                    m.label == "GPE" and nv.words_before(nv.to_norm(m.start))[:1] == [_IN]):  # "انتهاكات في ليبيا"
                seen.add(m.entity.id)
                targets.append(m)
        if not targets:
            continue
        if kind == "accuse":  # "أن "العدوان التركي" لن يثني الجيش": whom the accusing word names, if it names one
            labelled = [said_from + k for k in accusing]
            named = [m for m in targets if any(
                0 <= len(_WORD.findall(nv.norm, words[k][1], nv.to_norm(m.start))) <= 1 for k in labelled)]
            targets = named or targets
        etype, mode, cameo = KINDS[kind]
        out.append(Event(type=etype, evidence_start=ss, evidence_end=se, mode=mode, cameo=cameo,
                         actors=[participant(speaker, article.text)],
                         recipients=[participant(m, article.text) for m in targets[:MAX_RECIPIENTS]],
                         status="occurred", confidence=0.6, trigger=(nv.to_raw(words[say][0]), say_end)))
    return out


_AGREEING = re.compile(r"^[وف]?(?:اتفق|يتفق|تتفق|توافق|يتوافق|تتوافق)")


def speaker_before(nv: Normalized, ns: int, upto: int, parties: list[Mention]) -> Mention | None:
    """The subject a verb at ``upto`` leaves out, after a comma: the party that says something before it, right
    after its verb of saying or right before it ("أحمد المسماري قال إن ...، وتوعد"); but the subject of what
    is said, where a party opens it ("أعلنت الوزارة أن إسرائيل استخدمت 28 طائرة، وأطلقت 70 صاروخا")."""
    lex = load_speech()
    for w in reversed(list(_WORD.finditer(nv.norm, ns, upto))):
        if lex.is_("that", w.group()):
            inner = [m for m in parties if w.end() <= nv.to_norm(m.start) < upto]
            if inner and not _WORD.search(nv.norm, w.end(), nv.to_norm(inner[0].start)):
                return inner[0]
            continue
        if not lex.is_("say", w.group()):
            continue
        after = [m for m in parties if nv.to_norm(m.start) >= w.end() and m.label != "GPE"]
        if after and next_after(nv, w.end(), after[0], "verb"):
            return after[0]
        before = [m for m in parties if nv.to_norm(m.end) <= w.start() and m.label != "GPE"]
        if before and next_before(nv, w.start(), before[-1], "verb"):
            return before[-1]
        return None  # the nearest speaker is no party we know ("أعلنت فيه بيونغ يانغ أنها ...، ودعت")
    return None


def participant(m: Mention, text: str) -> Participant:
    span = m.context or (m.start, m.end)
    person = m.label == "PERS"
    return Participant(m.entity, text[span[0]:span[1]], role=m.role if person else None,
                       role_ar=m.role_ar if person else None)
