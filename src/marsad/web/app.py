"""The web page and the HTTP API over a store: ``create_app(db, token)`` returns an ASGI app (FastAPI).

Pages are rendered on the server with Jinja2 (autoescape on: article text is
hostile input); the only scripts are static files (a Content-Security-Policy
forbids inline ones), and every asset, Cytoscape.js included, ships in the
package.  Each request reads through its own read-only connection.  The API
lives under ``/api`` and is described at ``/api/openapi.json``; its one write,
``POST /api/articles``, needs the token given at start (``Authorization:
Bearer TOKEN``); every other write method is refused with 405.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from marsad.crosssource.views import actor_profile, agreements
from marsad.errors import MarsadError
from marsad.store import open_store
from marsad.web.highlight import segments

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE = 50
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def _web_dir() -> Path:
    return Path(str(resources.files("marsad").joinpath("web")))


def _store(request: Request) -> Iterator[Any]:
    """A read-only connection for one request."""
    try:
        st = open_store(request.app.state.db, readonly=True)
    except MarsadError as exc:
        raise HTTPException(503, exc.message) from None
    try:
        yield st
    finally:
        st.close()


Store = Annotated[Any, Depends(_store)]


def create_app(db: str, token: str | None = None) -> FastAPI:
    app = FastAPI(title="marsad", summary="Events in Arabic news, with the sentence that says so",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    templates = Jinja2Templates(directory=str(_web_dir() / "templates"))
    templates.env.autoescape = True
    app.mount("/static", StaticFiles(directory=str(_web_dir() / "static")), name="static")

    app.state.db = db

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.method in WRITE_METHODS and not (request.method == "POST" and request.url.path == "/api/articles"):
            resp: Response = JSONResponse({"detail": "method not allowed: this server is read-only"}, 405)
        else:
            resp = await call_next(request)
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        return resp

    def page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"nav": name.split(".")[0], **ctx})

    # --- pages ------------------------------------------------------------------------------------
    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response((_web_dir() / "static" / "favicon.svg").read_bytes(), media_type="image/svg+xml")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(st: Store, request: Request, q: str = ""):
        found = st.search(q) if q.strip() else None
        return page(request, "search.html", q=q, found=found)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(st: Store, request: Request, actor: str = "", type: str = "", since: str = "", until: str = "",
                      country: str = "", page_no: int = Query(1, alias="page", ge=1)):
        rows = st.timeline(actor or None, type or None, since or None, until or None, PAGE, (page_no - 1) * PAGE,
                           country or None)
        return page(request, "timeline.html", rows=rows, actor=actor, type=type, since=since, until=until,
                    country=country, page_no=page_no, more=len(rows) == PAGE)

    @app.get("/actors/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(st: Store, request: Request, entity_id: str):
        prof = _profile(st, entity_id)
        return page(request, "actor.html", actor=prof)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, actor: str = "", type: str = "", since: str = "", until: str = ""):
        return page(request, "network.html", actor=actor, type=type, since=since, until=until)

    @app.get("/agreements", response_class=HTMLResponse, include_in_schema=False)
    def agreements_page(st: Store, request: Request, page_no: int = Query(1, alias="page", ge=1)):
        rows = agreements(st.timeline(type="AGREE", limit=PAGE, offset=(page_no - 1) * PAGE))
        return page(request, "agreements.html", rows=rows, page_no=page_no, more=len(rows) == PAGE)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(st: Store, request: Request, article_id: str):
        art = st.article(article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return page(request, "article.html", art=art, parts=segments(art["text"], art["events"]))

    # --- API --------------------------------------------------------------------------------------
    @app.get("/api/events", tags=["events"])
    def api_events(st: Store, actor: str | None = None, type: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = Query(100, ge=1, le=1000),
                   offset: int = Query(0, ge=0)) -> list[dict]:
        """Raw events (one per article that reports them), filtered, in date order."""
        return st.events(actor=actor, type=type, since=since, until=until, limit=limit, offset=offset)

    @app.get("/api/merged-events", tags=["events"])
    def api_merged(st: Store, actor: str | None = None, type: str | None = None, since: str | None = None,
                   until: str | None = None, country: str | None = None, limit: int = Query(50, ge=1, le=500),
                   offset: int = Query(0, ge=0)) -> list[dict]:
        """Cross-source merged events, newest first, each with its sources and every source's evidence;
        ``country`` (ISO3) keeps those with a participant of that country."""
        return st.timeline(actor, type, since, until, limit, offset, country)

    @app.get("/api/actors", tags=["actors"])
    def api_actors(st: Store, limit: int = Query(200, ge=1, le=2000), offset: int = Query(0, ge=0)) -> list[dict]:
        """Actors by the number of events they take part in."""
        return st.actors(limit, offset)

    @app.get("/api/actors/{entity_id:path}", tags=["actors"])
    def api_actor(st: Store, entity_id: str) -> dict:
        """An actor's profile: roles over time, counterparts, recent events."""
        return _profile(st, entity_id)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(st: Store, article_id: str) -> dict:
        """An article as stored: cleaned text, removed furniture, its events with evidence offsets."""
        art = st.article(article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return art

    @app.get("/api/relations", tags=["graph"])
    def api_relations(st: Store, actor: str | None = None, type: str | None = None, since: str | None = None,
                      until: str | None = None, limit: int = Query(300, ge=1, le=5000)) -> list[dict]:
        """Actor pairs that share merged events, by type, with counts and first and last dates."""
        return st.relation_rows(actor, since, until, type, limit)

    @app.get("/api/agreements", tags=["graph"])
    def api_agreements(st: Store, limit: int = Query(100, ge=1, le=1000),
                   offset: int = Query(0, ge=0)) -> list[dict]:
        """The agreements register: AGREE events with parties, date, subject, status and sources."""
        return agreements(st.timeline(type="AGREE", limit=limit, offset=offset))

    @app.get("/api/search", tags=["articles"])
    def api_search(st: Store, q: str, limit: int = Query(20, ge=1, le=200)) -> dict:
        """Articles and events whose text has every word of q (hamza, alef maqsura, ta marbuta, diacritics and
        proclitics do not matter)."""
        return st.search(q, limit)

    @app.post("/api/articles", tags=["articles"], status_code=200)
    async def api_ingest(request: Request) -> dict:
        """Ingest articles: a JSON list of objects with "text" or "html" and optionally "id", "title",
        "published", "outlet", "url", "source". Needs ``Authorization: Bearer TOKEN``."""
        _check_token(request, token)
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise HTTPException(400, "the body is not JSON") from None
        if isinstance(body, dict):
            body = [body]
        if not isinstance(body, list) or not all(isinstance(x, dict) for x in body):
            raise HTTPException(400, "expected a JSON object or a list of objects")
        from marsad.jobs import ingest_records

        problems: list[str] = []
        res = ingest_records(body, db, report=problems.append)
        return {"articles": res.articles, "new_articles": res.new_articles, "events": res.events,
                "errors": problems}

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception):
        detail = getattr(exc, "detail", "not found")
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, 404)
        return templates.TemplateResponse(request, "error.html", {"nav": "", "message": detail}, status_code=404)

    return app


def _profile(st: Any, entity_id: str) -> dict:
    entity = st.entity(entity_id)
    if entity is None:
        raise HTTPException(404, f"no actor {entity_id!r}")
    merged = st.timeline(actor=entity_id, limit=PAGE)
    prof = actor_profile(entity, merged, st.entity_roles(entity_id, limit=5000))
    prof["relations"] = st.relation_rows(actor=entity_id, limit=60)
    return prof


def _check_token(request: Request, token: str | None) -> None:
    if not token:
        raise HTTPException(403, "ingest over HTTP is off: start marsad serve with --token or MARSAD_TOKEN")
    given = request.headers.get("authorization", "")
    if not given.lower().startswith("bearer "):
        raise HTTPException(401, "missing token: send Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given[7:].strip().encode(), token.encode()):
        raise HTTPException(403, "wrong token")
