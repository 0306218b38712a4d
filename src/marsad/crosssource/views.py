"""Views over merged events: the merged record, actor-actor relations, the agreements register, actor profiles.

Plain functions over event records (as the store returns them) and article
metadata, so every store and the web page share them.  A merged event keeps
every source's evidence, the sorted list of its source articles, their
number (``corroboration``), the earliest report, and the points on which
sources disagree (``conflicts``: date, place, type, status), shown instead
of silently picking one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

_STATUS_ORDER = ("occurred", "denied", "planned", "proposed", "reported_claim")


def _majority(values: Iterable[Any]) -> Any:
    """The most common non-empty value; ties go to the smallest, so the result does not depend on order."""
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    best = max(counts.values())
    return min((v for v, n in counts.items() if n == best), key=lambda v: str(v))


def _place_key(loc: dict[str, Any] | None) -> str | None:
    return (loc.get("name") or loc.get("name_ar")) if loc else None


def merged_record(merged_id: str, members: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One merged event from its member events; ``articles`` maps article id -> {outlet, published, url, ...}."""
    members = sorted(members, key=lambda e: e["id"])
    sources = sorted({e["article_id"] for e in members})
    date = _most_precise_majority([e["date"] for e in members])
    places = {_place_key(e["location"]): e["location"] for e in members if e["location"]}
    place = _majority(_place_key(e["location"]) for e in members)
    etype = _majority(e["type"] for e in members)
    status = _majority(e["status"] for e in members)
    rep = max(enumerate(members), key=lambda ie: (ie[1]["type"] == etype,
                                                  len(ie[1]["actors"]) + len(ie[1]["recipients"]),
                                                  ie[1]["date"] == date, -ie[0]))[1]
    actors, recipients = _union(members, "actors"), _union(members, "recipients")
    recipient_ids = {p["id"] for p in recipients} - {p["id"] for p in actors}
    recipients = [p for p in recipients if p["id"] in recipient_ids]
    reports = sorted(((articles.get(a) or {}).get("published") or "9999", a) for a in sources)
    conflicts = {}
    for field_name, values in (("date", [(e["date"], e["article_id"]) for e in members]),
                               ("location", [(_place_key(e["location"]), e["article_id"]) for e in members]),
                               ("type", [(e["type"], e["article_id"]) for e in members]),
                               ("status", [(e["status"], e["article_id"]) for e in members])):
        seen: dict[Any, set[str]] = {}
        for v, art in values:
            if v is not None:
                seen.setdefault(v, set()).add(art)
        if field_name == "date":
            seen = _drop_compatible_dates(seen)
        if len(seen) > 1:
            conflicts[field_name] = [{"value": v, "sources": sorted(a)} for v, a in sorted(seen.items(), key=str)]
    outlets = sorted({(articles.get(a) or {}).get("outlet") for a in sources} - {None})
    return {
        "id": merged_id, "type": etype, "mode": rep["mode"], "cameo": rep["cameo"],
        "contexts": sorted({c for e in members for c in e["contexts"]}),
        "actors": actors, "recipients": recipients,
        "location": places.get(place), "date": date, "status": status,
        "sources": sources, "corroboration": len(sources), "outlets": outlets,
        "duplicates": sorted(a for a in sources if (articles.get(a) or {}).get("duplicate_of")),
        "earliest_report": {"article_id": reports[0][1], "published": None if reports[0][0] == "9999"
                            else reports[0][0]},
        "events": [e["id"] for e in members],
        "evidence": [{"article_id": e["article_id"], "event_id": e["id"], **e["evidence"]} for e in members],
        "conflicts": conflicts, "summary_en": rep["summary_en"], "summary_ar": rep["summary_ar"],
    }


def _most_precise_majority(dates: list[str | None]) -> str | None:
    """The date most sources give, preferring a full day over a month that contains it."""
    known = [d for d in dates if d]
    if not known:
        return None
    days = [d for d in known if len(d) >= 10]
    return _majority(days) if days else _majority(known)


def _drop_compatible_dates(seen: dict[Any, set[str]]) -> dict[Any, set[str]]:
    """A month that contains a given day does not conflict with it."""
    days = [v for v in seen if len(str(v)) >= 10]
    return {v: a for v, a in seen.items() if len(str(v)) >= 10 or not any(d.startswith(str(v)) for d in days)}


def _union(members: list[dict[str, Any]], role: str) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for e in members:
        for p in e[role]:
            out.setdefault(p["id"], p)
    return [out[k] for k in sorted(out)]


def participants(ev: dict[str, Any]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for p in ev["actors"] + ev["recipients"]:
        seen.setdefault(p["id"], p)
    return list(seen.values())


def relations(merged: Iterable[dict[str, Any]], types: set[str] | None = None) -> list[dict[str, Any]]:
    """Actor-actor relations: for each pair of participants and event type, how often, first and last date."""
    rel: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ev in merged:
        if types and ev["type"] not in types:
            continue
        for a, b in combinations(sorted(participants(ev), key=lambda p: p["id"]), 2):
            key = (a["id"], b["id"], ev["type"])
            r = rel.setdefault(key, {"source": a["id"], "source_name": a["name"], "target": b["id"],
                                     "target_name": b["name"], "type": ev["type"], "count": 0, "sources": 0,
                                     "first": None, "last": None, "events": []})
            r["count"] += 1
            r["sources"] += ev.get("corroboration", 1)
            r["events"].append(ev["id"])
            if ev["date"]:
                r["first"] = min(filter(None, (r["first"], ev["date"])))
                r["last"] = max(filter(None, (r["last"], ev["date"])))
    return sorted(rel.values(), key=lambda r: (-r["count"], r["source"], r["target"], r["type"]))


def agreements(merged: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The agreements register: every AGREE event with parties, date, subject, status and sources."""
    out = []
    for ev in merged:
        if ev["type"] != "AGREE":
            continue
        out.append({"id": ev["id"], "parties": [{"id": p["id"], "name": p["name"], "name_ar": p["name_ar"],
                                                  "country": p["country"]} for p in participants(ev)],
                    "date": ev["date"], "subject": ev["mode"], "contexts": ev["contexts"], "status": ev["status"],
                    "sources": ev.get("sources", [ev.get("article_id")]), "corroboration": ev.get("corroboration", 1),
                    "evidence": ev["evidence"], "summary_en": ev["summary_en"], "summary_ar": ev["summary_ar"]})
    return sorted(out, key=lambda r: (r["date"] or "9999", r["id"]))


def actor_profile(entity: dict[str, Any], merged: list[dict[str, Any]],
                  roles: list[dict[str, Any]]) -> dict[str, Any]:
    """An actor's roles over time (as reported), counterparts and events."""
    mine = [ev for ev in merged if any(p["id"] == entity["id"] for p in participants(ev))]
    counterparts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for ev in mine:
        for p in participants(ev):
            if p["id"] != entity["id"]:
                counterparts[p["id"]] += 1
                names[p["id"]] = p["name"]
    role_spans: dict[tuple[str, str | None], list[str]] = {}
    for r in roles:
        if r.get("role"):
            role_spans.setdefault((r["role"], r.get("role_ar")), []).append(r.get("date") or "")
    return {
        **entity,
        "roles": [{"role": role, "role_ar": ar, "first": min(d for d in ds if d) if any(ds) else None,
                   "last": max(d for d in ds if d) if any(ds) else None, "mentions": len(ds)}
                  for (role, ar), ds in sorted(role_spans.items(), key=lambda kv: min(kv[1]))],
        "counterparts": [{"id": k, "name": names[k], "events": n}
                         for k, n in sorted(counterparts.items(), key=lambda kv: (-kv[1], kv[0]))],
        "events": [{"id": ev["id"], "type": ev["type"], "date": ev["date"], "summary_en": ev["summary_en"]}
                   for ev in sorted(mine, key=lambda e: (e["date"] or "", e["id"]))],
    }
