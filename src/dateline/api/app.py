"""The FastAPI application: read endpoints over the store, one token-guarded ingest endpoint,
the offline OpenAPI page at /docs and the map-and-timeline page at /.

Reads are plain ``def`` endpoints, so they run in Starlette's thread pool; every write (coding
and storing a posted article) goes through one single-thread executor, the one writer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hmac
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from dateline import __version__
from dateline.api.basemap import countries_geojson
from dateline.api.errors import ApiError, BodyLimit, install_handlers, read_limited
from dateline.api.formats import to_csv, to_geojson
from dateline.api.ingest import article_from_body
from dateline.api.params import FILTERS, Filters, check_known, page_params
from dateline.errors import DatelineError

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from dateline.record import Article, CodedArticle
    from dateline.store.db import Store


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
_ID = Path(min_length=1, max_length=200, description="an id as returned by the API")
_FILTER_NAMES = set(FILTERS)
_EVENTS_PARAMS = _FILTER_NAMES | {"since", "limit", "cursor", "format"}


def _jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def cell_for_zoom(zoom: int) -> float:
    """Grid cell (degrees) for a Web Mercator zoom: about 40 screen pixels at that zoom."""
    return max(60.0 / (2**zoom), 0.001)


def create_app(
    store: Store,
    *,
    token: str | None,
    max_body: int = 2_000_000,
    coder: Any = None,
) -> FastAPI:
    """The application over ``store``. ``token`` enables ``POST /articles`` (None: read-only).
    ``coder`` (a :class:`dateline.pipeline.Coder`) defaults to the process-wide one, loaded on
    the first POST."""
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dateline-writer")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        writer.shutdown(wait=True)

    app = FastAPI(
        title="Dateline",
        version=__version__,
        description="Conflict events with provenance: where, when, who, and on whose word. See docs/api.md.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    install_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.state.store = store

    @app.get("/events", summary="Events matching the filters, one page at a time")
    def list_events(
        request: Request,
        filters: Annotated[Filters, Depends()],
        paging: Annotated[dict[str, Any], Depends(page_params)],
        format: Annotated[Literal["json", "geojson", "csv"], Query(description="response format")] = "json",
    ) -> Response:
        check_known(request, _EVENTS_PARAMS)
        q = filters.query(**paging)
        try:
            page = store.query(q)
        except (ValueError, DatelineError) as exc:
            # The store refuses what it cannot read: in practice a cursor that is not one of its own.
            field = "cursor" if q.cursor else "query"
            raise ApiError(400, "E014", field=field, detail=_short(exc)) from None
        if format == "geojson":
            return JSONResponse(to_geojson(page), media_type="application/geo+json")
        if format == "csv":
            headers = {"X-Next-Cursor": page.next_cursor or ""}
            return Response(to_csv(page), media_type="text/csv; charset=utf-8", headers=headers)
        return JSONResponse(page.to_json_dict())

    @app.get("/events/{event_id}", summary="One merged event with its reports and revisions")
    def get_event(request: Request, event_id: Annotated[str, _ID]) -> JSONResponse:
        check_known(request, set())
        event = store.get_event(event_id)
        if event is None:
            raise ApiError(404, "E016", field="event_id", what=f"event {event_id!r}")
        reports = store.reports_of(event_id)
        revisions = store.revisions(event_id)
        return JSONResponse(
            {
                "event": event.to_json_dict(),
                "reports": [r.to_json_dict() for r in reports],
                "revisions": [r.model_dump(mode="json") for r in revisions],
            }
        )

    @app.get("/articles/{article_id}", summary="An article's clean text and the evidence spans coded from it")
    def get_article(request: Request, article_id: Annotated[str, _ID]) -> JSONResponse:
        check_known(request, set())
        article = store.get_article(article_id)
        if article is None:
            raise ApiError(404, "E016", field="article_id", what=f"article {article_id!r}")
        reports = store.reports_in_article(article.sha256)
        evidence = sorted(
            (
                {"report_id": r.report_id, "event_id": r.event_id, **e.model_dump(mode="json")}
                for r in reports
                for e in r.evidence
            ),
            key=lambda e: (e["start"], e["end"]),
        )
        return JSONResponse(
            {
                "article": article.model_dump(mode="json"),
                "reports": [r.to_json_dict() for r in reports],
                "evidence": evidence,
            }
        )

    @app.get("/stats", summary="Counts by day, type and country for the filters")
    def get_stats(request: Request, filters: Annotated[Filters, Depends()]) -> JSONResponse:
        check_known(request, _FILTER_NAMES)
        return JSONResponse(_jsonable(store.stats(filters.query())))

    @app.get("/grid", summary="Events aggregated into grid cells (server-side clusters for a zoomed-out map)")
    def get_grid(
        request: Request,
        filters: Annotated[Filters, Depends()],
        zoom: Annotated[int, Query(ge=0, le=22, description="map zoom; the cell is about 40 pixels wide")] = 2,
    ) -> JSONResponse:
        check_known(request, _FILTER_NAMES | {"zoom"})
        cell = cell_for_zoom(zoom)
        cells = store.grid(filters.query(), cell)
        return JSONResponse({"zoom": zoom, "cell_deg": cell, "cells": _jsonable(cells)})

    @app.post(
        "/articles",
        status_code=201,
        summary="Code an article and store it (Bearer token required)",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ArticleIn"}},
                    "text/html": {"schema": {"type": "string"}},
                    "text/plain": {"schema": {"type": "string"}},
                },
            }
        },
    )
    async def post_article(
        request: Request,
        id: Annotated[str | None, Query(max_length=500, description="article id (non-JSON bodies)")] = None,
        url: Annotated[str | None, Query(max_length=4000, description="article URL (non-JSON bodies)")] = None,
        outlet: Annotated[str | None, Query(max_length=500, description="outlet (non-JSON bodies)")] = None,
        published: Annotated[date | None, Query(description="publication date (non-JSON bodies)")] = None,
    ) -> JSONResponse:
        check_known(request, {"id", "url", "outlet", "published"})
        if token is None:
            raise ApiError(403, "E019")
        _check_token(request, token)
        body = await read_limited(request, max_body)
        meta = {"id": id, "url": url, "outlet": outlet, "published": published}
        article = article_from_body(body, request.headers.get("content-type", ""), meta)
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(writer, _code_and_store, store, coder, article)
        return JSONResponse(result, status_code=201)

    _mount_docs(app)
    _mount_page(app)
    _add_openapi_models(app)
    return app


def _short(exc: BaseException) -> str:
    if isinstance(exc, DatelineError):
        return exc.message
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def _check_token(request: Request, token: str) -> None:
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise ApiError(401, "E018")


def _code_and_store(store: Store, coder: Any, article: Article) -> dict[str, Any]:
    if coder is None:
        from dateline.pipeline import default_coder

        coder = default_coder()
    try:
        coded: CodedArticle = coder.code(article)
    except DatelineError as err:
        raise ApiError(422, "E014", field="text", detail=err.message) from None
    result = store.add(coded)
    # The merged event ids are the store's, not the coder's: read them back.
    stored = store.reports_in_article(article.sha256)
    return {
        "article": {"id": article.id, "sha256": article.sha256},
        "reports": [r.report_id for r in stored],
        "events": sorted({r.event_id for r in stored}),
        "result": _jsonable(result),
    }


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI from the locally installed swagger-ui-bundle, so /docs works offline."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles

    try:
        import swagger_ui_bundle

        assets: str | None = swagger_ui_bundle.swagger_ui_path
    except ImportError:
        assets = None
    if assets is not None:
        app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if assets is None:
            return HTMLResponse(
                "<p>Swagger UI is not installed (pip install swagger-ui-bundle); "
                'the schema is at <a href="/openapi.json">/openapi.json</a>.</p>'
            )
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Dateline API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )


def _mount_page(app: FastAPI) -> None:
    from importlib import resources

    from fastapi.staticfiles import StaticFiles

    web = resources.files("dateline") / "web"

    @app.get("/static/countries.geojson", include_in_schema=False)
    def countries() -> Response:
        return Response(
            countries_geojson(),
            media_type="application/geo+json",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    app.mount("/static", StaticFiles(packages=[("dateline", "web")]), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        # The same policy as the page's meta tag, as a header too: only our own script ever runs.
        return FileResponse(str(web / "index.html"), media_type="text/html", headers={"Content-Security-Policy": CSP})


def _add_openapi_models(app: FastAPI) -> None:
    """The JSON body of POST /articles is parsed by hand (it also takes HTML); list its schema."""
    from fastapi.openapi.utils import get_openapi

    from dateline.api.ingest import ArticleIn

    def schema() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            spec.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = ArticleIn.model_json_schema()
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = schema  # type: ignore[method-assign]
