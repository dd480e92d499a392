"""Every API failure is a JSON body ``{"error": {"code", "message", "field"?}}`` with a precise
4xx status; codes come from the message catalogue so a user can look them up in docs/errors.md."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from dateline.errors import DatelineError, Messages

log = logging.getLogger("dateline.api")


class ApiError(Exception):
    """A catalogue error with the HTTP status it maps to and the parameter it concerns."""

    def __init__(self, status: int, code: str, *, field: str | None = None, **fields: object) -> None:
        self.status = status
        template: str = getattr(Messages, code)
        if field is not None and "{field" in template:
            fields = {"field": field, **fields}
        self.error = DatelineError(code, **fields)
        self.field = field
        super().__init__(str(self.error))


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    return {"error": body}


def error_response(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, field), status_code=status)


def invalid(field: str, detail: str, status: int = 400) -> ApiError:
    return ApiError(status, "E014", field=field, detail=detail)


def _loc_field(loc: tuple[Any, ...] | list[Any]) -> str | None:
    # FastAPI locations look like ("query", "from") or ("body", "published"); the first part is where.
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or None


def _first_problem(errors: list[Any]) -> tuple[str | None, str, str]:
    first = errors[0] if errors else {}
    where = str(first.get("loc", ("query",))[0]) if first.get("loc") else "query"
    return _loc_field(first.get("loc", ())), str(first.get("msg", "invalid value")), where


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.error.code, exc.error.message, exc.field)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        field, msg, where = _first_problem(list(exc.errors()))
        # A malformed query or path is a bad request; a well-formed body with a bad field is 422.
        status = 422 if where == "body" else 400
        err = DatelineError("E014", field=field or where, detail=msg)
        return error_response(status, err.code, err.message, field)

    @app.exception_handler(ValidationError)
    async def _pydantic(request: Request, exc: ValidationError) -> JSONResponse:
        field, msg, _ = _first_problem(list(exc.errors()))
        err = DatelineError("E014", field=field or "query", detail=msg)
        return error_response(400, err.code, err.message, field)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            err = DatelineError("E016", what=f"path {request.url.path}")
        elif exc.status_code == 405:
            err = DatelineError("E021", method=request.method, path=request.url.path)
        else:
            return error_response(exc.status_code, "http", str(exc.detail))
        return error_response(exc.status_code, err.code, err.message)

    @app.exception_handler(DatelineError)
    async def _store_error(request: Request, exc: DatelineError) -> JSONResponse:
        # The store's own errors (a locked or unreadable database): the server's state, not the input.
        status = 503 if exc.code == "E024" else 500
        log.error("%s %s: %s", request.method, request.url.path, exc)
        return error_response(status, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A bug, not bad input: log the traceback for the operator, keep the body short and JSON.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", f"internal error: {type(exc).__name__}")


class BodyLimit:
    """Refuse a request whose declared Content-Length exceeds the limit before reading any of it.

    Bodies without a length (chunked) are counted as they are read by the one endpoint that
    takes a body (``read_limited``)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope.get("headers", []):
                if name == b"content-length":
                    try:
                        declared = int(value)
                    except ValueError:
                        declared = -1
                    if declared < 0 or declared > self.max_body:
                        if declared < 0:
                            response = error_response(
                                400, "E014", "invalid 'Content-Length': not a byte count", "Content-Length"
                            )
                        else:
                            err = DatelineError("E017", limit=self.max_body)
                            response = error_response(413, err.code, err.message)
                        await response(scope, receive, send)
                        return
        await self.app(scope, receive, send)


async def read_limited(request: Request, max_body: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise ApiError(413, "E017", limit=max_body)
        chunks.append(chunk)
    return b"".join(chunks)
