"""An article's text cut into segments, each either plain or the evidence of one or more events."""

from __future__ import annotations

from typing import Any


def segments(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """[{"text", "events": [ordinal, ...], "anchor"}]: evidence spans marked, overlaps split at every boundary."""
    spans = [(ev["evidence"]["start"], ev["evidence"]["end"], i) for i, ev in enumerate(events, 1)
             if 0 <= ev["evidence"]["start"] < ev["evidence"]["end"] <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [i for s, e, i in spans if s <= a and b <= e]
        out.append({"text": text[a:b], "events": covering, "anchor": f"ev-{covering[0]}" if covering else None})
    first_seen: set[str] = set()
    for seg in out:  # only the first piece of an evidence span carries its anchor id
        if seg["anchor"] in first_seen:
            seg["anchor"] = None
        elif seg["anchor"]:
            first_seen.add(seg["anchor"])
    return out
