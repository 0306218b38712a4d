"""Find actor and place mentions in an article and link them to entities.

States are found by name, demonym ("التركي") and, for places, by the
gazetteer's city list.  People are found by :mod:`marsad.actors.persons`
(title phrases followed by a name, and later surname-only references).
"""

from __future__ import annotations

from marsad.actors.gazetteer import Gazetteer, load_gazetteer
from marsad.actors.persons import find_persons
from marsad.model import Article, Mention
from marsad.text.normalize import Normalized


def find_mentions(article: Article, nv: Normalized, gaz: Gazetteer | None = None) -> list[Mention]:
    gaz = gaz or load_gazetteer()
    mentions: list[Mention] = []
    for m in gaz.state_matcher.find(nv):
        mentions.append(Mention(m.start, m.end, "GPE", entity=m.value.entity, score=0.9 if m.value.demonym else 1.0,
                                role="demonym" if m.value.demonym else None))
    for m in gaz.place_matcher.find(nv):
        mentions.append(Mention(m.start, m.end, "LOC", place=m.value, role=m.prefix or None))
    mentions.extend(find_persons(article, nv, mentions))
    mentions.sort(key=lambda x: (x.start, -(x.end - x.start)))
    return mentions
