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
_engine = click.option("--engine", type=click.Choice(["local"]), default="local", show_default=True,
                       help="Runner (dask arrives with the scale issue).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="marsad")
def main() -> None:
    """marsad: an observatory of events in Arabic news, with the sentence that says so."""


@main.command()
@_inputs
@click.option("-o", "--output", required=True, type=click.Path(allow_dash=True), help="Output JSONL ('-' for stdout).")
@_pub
@_engine
@_workers
def extract(inputs, output, published, engine, workers):
    """Write one record per article (spec/output.md) to OUTPUT."""
    with _user_errors():
        if output == "-":
            res = jobs.extract(inputs, sys.stdout, published, workers, progress=_progress(inputs))
        else:
            with _open_output(output) as fh:
                res = jobs.extract(inputs, fh, published, workers, progress=_progress(inputs))
    sys.exit(0 if res.articles else 1)


@main.command()
@_inputs
@click.option("--db", required=True, help="SQLite file.")
@_pub
@_workers
def ingest(inputs, db, published, workers):
    """Extract and store articles, actors and events (re-ingesting changes nothing)."""
    with _user_errors():
        res = jobs.ingest(inputs, db, published, workers, progress=_progress(inputs))
    click.echo(f"{res.articles} articles read ({res.new_articles} new), {res.events} events, "
               f"{res.errors} errors", err=True)
    sys.exit(0 if res.articles else 1)


@main.command()
@click.option("--db", required=True, help="SQLite file.")
def stats(db):
    """Print counts as JSON: articles, events, entities, merged_events."""
    with _user_errors(), open_store(db, readonly=True) as store:
        click.echo(json.dumps(store.stats()))


@main.command()
@click.option("--db", required=True, help="SQLite file.")
@click.option("--merged", is_flag=True, help="Cross-source merged events, each with its sources.")
@click.option("--actor", help="Name (Latin or Arabic, substring), entity id or ISO3 country.")
@click.option("--type", "etype", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", callback=_published, help="Earliest date (YYYY-MM-DD).")
@click.option("--until", callback=_published, help="Latest date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def events(db, merged, actor, etype, since, until, as_json):
    """List stored events, filtered."""
    with _user_errors(), open_store(db, readonly=True) as store:
        rows = store.events(actor=actor, type=etype, since=since, until=until)
    for ev in rows:
        if merged:  # until cross-source merging lands, each event is its own merged event
            ev = {**ev, "sources": [ev["article_id"]]}
        if as_json:
            click.echo(json.dumps(ev, ensure_ascii=False))
        else:
            click.echo(f"{ev['date'] or '-':10}  {ev['type']:9}  {ev['status']:9}  {ev['summary_en']}")


@main.command()
@click.option("--db", required=True, help="SQLite file.")
@click.option("--format", "fmt", required=True, type=click.Choice(jobs.EXPORT_FORMATS), help="Export format.")
@click.option("-o", "--output", required=True, type=click.Path(), help="Output file.")
def export(db, fmt, output):
    """Export events as CSV or JSON Lines."""
    with _user_errors():
        n = jobs.export(db, fmt, output)
    click.echo(f"{n} events written to {output}", err=True)


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


if __name__ == "__main__":
    main()
