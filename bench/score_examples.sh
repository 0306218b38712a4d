#!/usr/bin/env bash
# Score marsad's events on the shared examples, each article given the publication date its gold file records
# (what a crawl's metadata would give), with ../shared/tools/score_events.py.
#   bash bench/score_examples.sh [EXAMPLES_DIR]     (bench/articles: the developers' own articles, below)
set -euo pipefail
cd "$(dirname "$0")/.."
EX=${1:-../shared/examples}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PY=${PYTHON:-.venv/bin/python}
"$PY" - "$EX" "$TMP/examples.jsonl" <<'PYEOF'
import json, sys
from pathlib import Path
ex, out = Path(sys.argv[1]), Path(sys.argv[2])
with out.open("w", encoding="utf-8") as fh:
    for txt in sorted(ex.glob("*.txt")):
        gold = txt.with_suffix(".gold.json")
        published = json.loads(gold.read_text(encoding="utf-8")).get("published") if gold.exists() else None
        fh.write(json.dumps({"source": txt.name, "text": txt.read_text(encoding="utf-8"), "published": published},
                            ensure_ascii=False) + "\n")
PYEOF
"$PY" -m marsad.cli extract "$TMP/examples.jsonl" -o "$TMP/out.jsonl" 2>/dev/null
"$PY" "${SCORER:-../shared/tools/score_events.py}" "$EX" "$TMP/out.jsonl"
cp "$TMP/out.jsonl" "${MARSAD_SCORE_OUT:-/dev/null}"
