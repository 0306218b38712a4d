"""The ``marsad`` command: a thin click layer over marsad.jobs and marsad.store.

Every command calls one library function.  User mistakes print one line,
``marsad: error[CODE]: ...``, and exit non-zero; usage errors exit 2; a
batch exits 0 when at least one article was processed, else 1.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import click

from marsad import jobs
from marsad.dates import parse_published
from marsad.errors import MarsadError
from marsad.ner import tagger as ner
from marsad.runners import ENGINES
from marsad.store import open_store


@contextmanager
def _user_errors():
    try:
        yield
    except MarsadError as exc:
        click.echo(exc.line(), err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("marsad: interrupted; committed batches are kept", err=True)
        sys.exit(130)


@contextmanager
def _open_output(path: str):
    try:
        fh = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed below; open errors become E402
    except OSError as exc:
        raise MarsadError("E402", path=path, reason=exc.strerror or str(exc)) from None
    with fh:
        yield fh


def _published(ctx, param, value):
    if value is None:
        return None
    d = parse_published(value)
    if d is None or len(value.strip()) < 8:
        raise click.BadParameter(MarsadError("E202", value=value).message)
    return d.isoformat()


def _progress(n_inputs: tuple[str, ...]) -> bool:
    return sys.stderr.isatty() and (len(n_inputs) > 3 or any(Path(p).is_dir() or p.endswith(".jsonl")
                                                              for p in n_inputs))


_inputs = click.argument("inputs", nargs=-1, required=True, type=click.Path())
_pub = click.option("--published", callback=_published, help="Publication date (YYYY-MM-DD) for inputs without one.")
_workers = click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
                        help="Worker processes.")
_engine = click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                       help="Runner: local (a process pool) or dask (dask.distributed).")
_db = click.option("--db", required=True, metavar="DB", help="A SQLite file, or a postgresql:// URL.")
_scheduler = click.option("--scheduler", metavar="tcp://HOST:PORT",
                          help="An existing Dask scheduler (with --engine dask); default: a LocalCluster.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="marsad")
def main() -> None:
    """marsad: an observatory of events in Arabic news, with the sentence that says so."""


@main.command()
@_inputs
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True),
              help="Output JSONL ('-' for stdout), or a folder with --format parquet.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True,
              help="parquet: OUTPUT/articles/ and OUTPUT/events/, one part file per chunk of articles.")
@_pub
@_engine
@_workers
@_scheduler
def extract(inputs, output, fmt, published, engine, workers, scheduler):
    """Write one record per article (spec/output.md) to OUTPUT."""
    run = {"published": published, "workers": workers, "progress": _progress(inputs), "engine": engine,
           "scheduler": scheduler}
    with _user_errors():
        if fmt == "parquet":
            res = jobs.extract_parquet(inputs, output, **run)
        elif output == "-":
            res = jobs.extract(inputs, sys.stdout, **run)
        else:
            with _open_output(output) as fh:
                res = jobs.extract(inputs, fh, **run)
    sys.exit(0 if res.articles else 1)


@main.command()
@_inputs
@_db
@_pub
@_engine
@_workers
@_scheduler
@click.option("--batch", type=click.IntRange(1, 100_000), default=jobs.BATCH, show_default=True,
              help="Articles per transaction.")
def ingest(inputs, db, published, engine, workers, scheduler, batch):
    """Extract and store articles, actors and events (re-ingesting changes nothing).

    Each batch is one transaction; run again after an interruption, it skips what is stored and goes on."""
    with _user_errors():
        res = jobs.ingest(inputs, db, published, workers, progress=_progress(inputs), batch=batch, engine=engine,
                          scheduler=scheduler)
    click.echo(f"{res.articles} articles read ({res.new_articles} new), {res.events} events, "
               f"{res.skipped} already stored, {res.errors} errors", err=True)
    sys.exit(0 if res.articles or res.skipped else 1)


@main.command()
@_db
@click.option("--detail", is_flag=True, help="Also duplicate articles, corroborated events, feeds and URLs.")
def stats(db, detail):
    """Print counts as JSON: articles, events, entities, merged_events."""
    with _user_errors(), open_store(db, readonly=True) as store:
        click.echo(json.dumps(store.stats(detail)))


@main.command()
@_db
@click.option("--merged", is_flag=True, help="Cross-source merged events, each with its sources.")
@click.option("--actor", help="Name (Latin or Arabic, substring), entity id or ISO3 country.")
@click.option("--type", "etype", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", callback=_published, help="Earliest date (YYYY-MM-DD).")
@click.option("--until", callback=_published, help="Latest date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def events(db, merged, actor, etype, since, until, as_json):
    """List stored events, filtered."""
    with _user_errors(), open_store(db, readonly=True) as store:
        if merged:
            rows = store.merged_events(actor=actor, type=etype, since=since, until=until)
        else:
            rows = store.events(actor=actor, type=etype, since=since, until=until)
    for ev in rows:
        if as_json:
            click.echo(json.dumps(ev, ensure_ascii=False))
        elif merged:
            flag = "  conflicts: " + ", ".join(ev["conflicts"]) if ev["conflicts"] else ""
            click.echo(f"{ev['date'] or '-':10}  {ev['type']:9}  {ev['status']:9}  {ev['corroboration']} source(s)  "
                       f"{ev['summary_en']}{flag}")
        else:
            click.echo(f"{ev['date'] or '-':10}  {ev['type']:9}  {ev['status']:9}  {ev['summary_en']}")


@main.command()
@_db
@click.option("--format", "fmt", required=True, type=click.Choice(jobs.EXPORT_FORMATS), help="Export format.")
@click.option("-o", "--output", required=True, type=click.Path(), help="Output file.")
@click.option("--merged", is_flag=True, help="Export cross-source merged events instead of raw ones.")
def export(db, fmt, output, merged):
    """Export events (CSV, JSON Lines, Parquet) or the actor network (GraphML)."""
    with _user_errors():
        n = jobs.export(db, fmt, output, merged)
    what = "relations" if fmt == "graphml" else "merged events" if merged else "events"
    click.echo(f"{n} {what} written to {output}", err=True)


@main.command()
@_db
@click.option("--type", "etypes", multiple=True, help="Only these PLOVER types (repeatable), e.g. CONSULT.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def relations(db, etypes, as_json):
    """Actor-actor relations over merged events: who met, agreed, cooperated with whom, how often, when."""
    from marsad.crosssource.views import relations as relations_of

    with _user_errors(), open_store(db, readonly=True) as store:
        rows = relations_of(store.merged_events(), {t.upper() for t in etypes} or None)
    for r in rows:
        if as_json:
            click.echo(json.dumps(r, ensure_ascii=False))
        else:
            click.echo(f"{r['count']:4}  {r['type']:9}  {r['source_name']} -- {r['target_name']}  "
                       f"({r['first'] or '?'} .. {r['last'] or '?'})")


@main.command()
@_db
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def agreements(db, as_json):
    """The agreements register: every AGREE event with parties, date, subject, status and sources."""
    from marsad.crosssource.views import agreements as agreements_of

    with _user_errors(), open_store(db, readonly=True) as store:
        rows = agreements_of(store.merged_events(type="AGREE"))
    for r in rows:
        if as_json:
            click.echo(json.dumps(r, ensure_ascii=False))
        else:
            parties = ", ".join(p["name"] for p in r["parties"])
            click.echo(f"{r['date'] or '-':10}  {r['status']:9}  {r['subject'] or '-':12}  {parties}  "
                       f"[{r['corroboration']} source(s)]")


@main.command()
@click.argument("entity_id")
@_db
def actor(entity_id, db):
    """An actor's profile as JSON: roles over time, counterparts, events (ENTITY_ID as in the records)."""
    from marsad.crosssource.views import actor_profile

    with _user_errors(), open_store(db, readonly=True) as store:
        entity = store.entity(entity_id)
        if entity is None:
            raise MarsadError("E305", entity=entity_id)
        prof = actor_profile(entity, store.merged_events(actor=entity_id), store.entity_roles(entity_id))
    click.echo(json.dumps(prof, ensure_ascii=False, indent=1))


@main.command()
@click.option("--db", default="marsad-demo.db", show_default=True, help="SQLite file to write.")
@click.option("-o", "--output", default="marsad-demo.jsonl", show_default=True, help="JSONL file to write.")
def demo(db, output):
    """Run the main job on the bundled example articles and print a summary."""
    folder = resources.files("marsad").joinpath("data/examples")
    with resources.as_file(folder) as path, _user_errors():
        with _open_output(output) as fh:
            jobs.extract([str(path)], fh)
        jobs.ingest([str(path)], db)
        with open_store(db, readonly=True) as store:
            counts = store.stats()
            rows = store.events()
    click.echo(f"wrote {output} and {db}: {json.dumps(counts)}")
    for ev in rows[:12]:
        click.echo(f"  {ev['type']:9} {ev['status']:9} {ev['summary_en']}")
    if len(rows) > 12:
        click.echo(f"  ... {len(rows) - 12} more: marsad events --db {db}")




@main.command("tag")
@click.option("--conll", "conll", required=True, type=click.Path(), help="Input: one token per line, blank lines "
              "between sentences (first column is the token).")
@click.option("-o", "--output", required=True, type=click.Path(), help="Output: token<TAB>IOB2 tag per line.")
@click.option("--model", type=click.Path(), help="A model from train-ner (default: the shipped one).")
def tag(conll, output, model):
    """Tag names (PERS, LOC, ORG, MISC) in a CoNLL file."""
    with _user_errors():
        n = ner.tag_conll(conll, output, ner.Tagger(model) if model else None)
    click.echo(f"tagged {n} tokens -> {output}", err=True)


@main.command("train-ner")
@click.argument("train_file", type=click.Path())
@click.option("-o", "--output", type=click.Path(), help="Model file (default: the package's shipped model).")
@click.option("--cv", "folds", type=click.IntRange(0, 20), default=0, help="Also report k-fold cross-validation.")
@click.option("--c1", type=float, default=ner.TrainOptions().c1, show_default=True, help="L1 regularisation.")
@click.option("--c2", type=float, default=ner.TrainOptions().c2, show_default=True, help="L2 regularisation.")
@click.option("--iterations", type=int, default=ner.TrainOptions().max_iterations, show_default=True)
def train_ner(train_file, output, folds, c1, c2, iterations):
    """Train the CRF name tagger on an IOB2 CoNLL file (ANERcorp's train split)."""
    opts = ner.TrainOptions(c1=c1, c2=c2, max_iterations=iterations)
    with _user_errors():
        sents = ner.read_conll(train_file)
        if folds:
            click.echo(json.dumps({"cross_validation": ner.cross_validate(sents, folds, opts)}))
        out = output or ner.default_model_path()
        ner.train(sents, out, opts)
    click.echo(f"trained on {len(sents)} sentences -> {out}", err=True)


@main.group("kb")
def kb_group():
    """The actor knowledge base."""


@kb_group.command("check")
@click.option("--dir", "folder", type=click.Path(exists=True, file_okay=False),
              help="A KB folder to check instead of the shipped one (roles.tsv, organizations.tsv, people.tsv).")
def kb_check(folder):
    """Validate the knowledge base files; exit 1 if any problem is found."""
    from marsad.actors.kb import kb_summary, load_kb, overlaps, read_kb

    with _user_errors():
        try:
            kb = read_kb(Path(folder)) if folder else load_kb()
        except OSError as exc:
            raise MarsadError("E501", reason=str(exc)) from None
    click.echo(json.dumps(kb_summary(kb)))
    for note in overlaps(kb):
        click.echo(f"note: {note}")
    problems = kb.check()
    for p in problems:
        click.echo(MarsadError("E501", reason=p).line(), err=True)
    sys.exit(1 if problems else 0)


def _interval(ctx, param, value):
    if value is None:
        return None
    from marsad.watch import parse_interval

    try:
        return parse_interval(value)
    except MarsadError as exc:
        raise click.BadParameter(exc.message) from None


def _log_line(line: str) -> None:
    """A line for the log: timestamped when stderr is not a terminal (cron, systemd), as is otherwise."""
    if not sys.stderr.isatty():
        from datetime import UTC, datetime

        line = f"{datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')} {line}"
    click.echo(line, err=True)


@main.command()
@click.option("--feeds", "feed_list", required=True, type=click.Path(),
              help="File with one feed URL per line (RSS, Atom or an HTML section page); '#' comments.")
@_db
@click.option("--every", default="15m", show_default=True, callback=_interval, help="Time between rounds.")
@click.option("--once", is_flag=True, help="Run one round and exit (for cron and tests).")
@click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True,
              help="Seconds between request starts to one host (robots.txt Crawl-delay wins when larger).")
@click.option("--per-host", type=click.IntRange(1, 16), default=2, show_default=True,
              help="Requests in flight to one host at most.")
@click.option("--timeout", type=click.FloatRange(0.1), default=20.0, show_default=True, help="Seconds per request.")
@click.option("--retries", type=click.IntRange(0, 10), default=2, show_default=True,
              help="Retries of a request that times out or gets 429/5xx.")
@click.option("--retry-wait", callback=_interval, default="1h", show_default=True,
              help="Wait before a failed page is tried again in a later round (doubles each time).")
def watch(feed_list, db, every, once, delay, per_host, timeout, retries, retry_wait):
    """Poll feeds and section pages; fetch, extract and store new articles."""
    from marsad.watch import FetchOptions, WatchOptions, read_feed_list
    from marsad.watch import watch as watch_loop

    opts = WatchOptions(fetch=FetchOptions(delay=delay, per_host=per_host, timeout=timeout, retries=retries),
                        retry_wait=retry_wait, progress=sys.stderr.isatty())
    with _user_errors():
        feeds = read_feed_list(feed_list, _log_line)
        results = watch_loop(db, feeds, every, opts, _log_line, rounds=1 if once else None)
    last = results[-1]
    sys.exit(1 if last.feeds and last.feeds_failed == last.feeds else 0)


@main.command()
@_db
@click.option("--failures", is_flag=True, help="Also list every article URL that failed or was skipped, and why.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def feeds(db, failures, as_json):
    """Status of each watched feed: last success, last error, articles fetched."""
    with _user_errors(), open_store(db, readonly=True) as store:
        rows = store.feeds()
        bad = store.url_failures() if failures else []
    for f in rows:
        if as_json:
            click.echo(json.dumps(f, ensure_ascii=False))
            continue
        err = f"{f['last_error_at']} {f['last_error']}" if f["last_error"] else "-"
        click.echo(f"{f['url']}\n  kind {f['kind'] or '-'}, last status {f['last_status'] or '-'}, "
                   f"last success {f['last_success'] or 'never'}, articles {f['articles']}, "
                   f"failed/skipped pages {f['failed_urls']}\n  last error: {err}")
    for u in bad:
        if as_json:
            click.echo(json.dumps({"failure": u}, ensure_ascii=False))
        else:
            click.echo(f"{u['status']:11} {u['url']}  ({u['reason']}; {u['attempts']} attempt(s))")


@main.command()
@_db
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="MARSAD_TOKEN", help="Token for POST /api/articles (or MARSAD_TOKEN); none: no writes.")
def serve(db, host, port, token):
    """The web page and the HTTP API over a store (read-only but for token-guarded ingest)."""
    import uvicorn

    from marsad.web.app import create_app

    with _user_errors():
        open_store(db).close()  # a missing or foreign file is a one-line error now, not a 503 later
    click.echo(f"marsad: serving {db} on http://{host}:{port}/", err=True)
    uvicorn.run(create_app(db, token), host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
