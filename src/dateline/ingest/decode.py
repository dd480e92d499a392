"""Bytes to text, telling empty, binary and undecodable input apart (E001, E002, E003).

Order matters: a UTF-16 file is full of NUL bytes, so byte-order marks are honoured before the
binary test; and Windows-1252 decodes nearly any byte string, so it is the last resort and only
trusted when what it yields has no control characters.
"""

from __future__ import annotations

import codecs

from dateline.errors import DatelineError
from dateline.record import normalize_text

# How much of the start of a file decides whether it is binary.
_SNIFF_BYTES = 8192
# Share of control characters above which text is taken to be binary data.
_BINARY_RATIO = 0.10
# Whitespace controls are ordinary in text; every other C0/C1 control (and DEL) is suspicious.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 or 0x7F <= code <= 0x9F) and char not in _TEXT_CONTROLS


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for char in text if _is_control(char)) / len(text)


def _looks_binary(text: str) -> bool:
    head = text[:_SNIFF_BYTES]
    return "\x00" in head or _control_share(head) > _BINARY_RATIO


def _bytes_look_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    # Only C0 controls and DEL count here: bytes 0x80-0x9F are ordinary in UTF-8 (continuation
    # bytes of Arabic, Cyrillic, ...) and in Windows-1252 (curly quotes, dashes).
    controls = sum(1 for byte in head if (byte < 0x20 or byte == 0x7F) and chr(byte) not in _TEXT_CONTROLS)
    return controls / len(head) > _BINARY_RATIO


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes; raise ``DatelineError`` E001, E002 or E003 when it cannot be text."""
    if not data.strip():
        raise DatelineError("E001")
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    else:
        if _bytes_look_binary(data):
            raise DatelineError("E002")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _strict(data, "cp1252")
            # Bytes that are neither UTF-8 nor real Windows-1252 text come out as controls.
            if any(_is_control(char) for char in text):
                raise DatelineError("E003") from None
    return check_text(text)


def check_text(text: str) -> str:
    """Return ``text`` if it is codable text; raise E002 for binary data, E001 for nothing to code."""
    if _looks_binary(text):
        raise DatelineError("E002")
    if not normalize_text(text).strip():
        raise DatelineError("E001")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise DatelineError("E003") from None
