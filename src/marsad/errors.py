"""Coded, user-facing error messages, kept in one place.

Every problem a user can cause (a bad file, a bad line, a bad option) is a
:class:`MarsadError` with a short code and a one-line message.  The CLI prints
``marsad: error[CODE]: message`` and never a traceback for these.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E101": "empty file",
    "E102": "binary file, not text",
    "E103": "cannot decode text: no encoding gives readable Arabic or Latin text",
    "E104": "unsupported file type {suffix!r} (use .txt, .html, .htm or .jsonl)",
    "E105": "cannot read file: {reason}",
    "E106": "no article text found in the page",
    "E107": "file too large ({size} bytes; limit {limit})",
    "E110": "line {line}: malformed JSON ({reason})",
    "E111": "line {line}: neither 'text' nor 'html' is given",
    "E112": "line {line}: the record is not a JSON object",
    "E113": "line {line}: bad field {field!r}: {reason}",
    "E120": "no text left after removing page furniture",
    "E121": "bad CoNLL line: {reason}",
    "E122": "cannot load the NER model: {reason}",
    "E201": "input path does not exist",
    "E202": "bad date {value!r}: expected YYYY-MM-DD",
    "E301": "cannot open database {db!r}: {reason}",
    "E302": "database {db!r} has schema version {found}, newer than this marsad ({expected})",
    "E303": "not a marsad database: {db!r}",
    "E304": "unsupported database URL {db!r}",
    "E305": "no actor {entity!r} in the store (ids look like person:hulusi-akar, state:TUR)",
    "E307": "{db!r} is a PostgreSQL URL, and psycopg is not installed: pip install 'marsad[postgres]'",
    "E306": "database {db!r} has schema version {found} and cannot be upgraded to {expected} here (read-only?)",
    "E401": "unknown export format {fmt!r}",
    "E402": "cannot write {path!r}: {reason}",
    "E501": "knowledge base: {reason}",
    "E502": "unknown engine {engine!r} (local or dask)",
    "E503": "--scheduler needs --engine dask",
    "E504": "the dask engine needs dask.distributed: pip install 'marsad[dask]'",
    "E505": "cannot reach the Dask scheduler {scheduler}: {reason}",
    "E601": "cannot read the feed list: {reason}",
    "E602": "not a feed URL: {value!r} (one http(s) URL per line; '#' starts a comment)",
    "E603": "the feed list names no feed URL",
    "E604": "bad interval {value!r}: use a number with s, m, h or d, e.g. 15m",
    "E610": "feed failed: {reason}",
    "E611": "not an article: {reason}",
    "E612": "page failed: {reason}",
}

W_TRUNCATED = "W150"
WARNINGS: dict[str, str] = {
    W_TRUNCATED: "file ends in the middle of a character; the incomplete last {n} byte(s) were dropped",
}


class MarsadError(Exception):
    """A user-facing error with a code and a one-line message."""

    def __init__(self, code: str, where: str | None = None, **params: object) -> None:
        self.code = code
        self.where = where
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = MESSAGES[self.code].format(**self.params)
        return f"{self.where}: {text}" if self.where else text

    def line(self) -> str:
        return f"marsad: error[{self.code}]: {self.message}"

    def __reduce__(self) -> tuple[object, ...]:  # workers (process pool, dask) send errors back pickled
        return (_restore, (self.code, self.where, self.params))


def _restore(code: str, where: str | None, params: dict[str, object]) -> MarsadError:
    return MarsadError(code, where, **params)


def warning_line(code: str, where: str, **params: object) -> str:
    return f"marsad: warning[{code}]: {where}: {WARNINGS[code].format(**params)}"
