"""Readers and scorers for the public gold formats (acled, fakes, pitf, gva, plover, case2021).

A reader turns a gold file into records: :class:`Item` (text to code, publication date, gold
fields) or :class:`Bad` (a malformed row: its line number and the reason). Readers never raise for
a bad row. A scorer takes each item with the coder's output for it and returns the metrics.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dateline.eval import metrics as m
from dateline.geo.gazetteer import Gazetteer
from dateline.geo.names import key
from dateline.record import Actor, CodedArticle, Report

csv.field_size_limit(2**31 - 1)

NONE = "NONE"
"""The predicted label of a text for which the coder produced no report."""


@dataclass
class Item:
    index: int
    line: int
    text: str
    published: date | None
    gold: dict[str, Any] = field(default_factory=dict)


@dataclass
class Bad:
    index: int
    line: int
    reason: str


Record = Item | Bad


@dataclass
class Gold:
    """What a reader found in a file: the records and facts for the output's ``settings``."""

    records: list[Record]
    info: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# Choosing the report to score


def _trigger_start(report: Report) -> int:
    starts = [e.start for e in report.evidence if e.field == "trigger"]
    if not starts:
        starts = [e.start for e in report.evidence if e.field == "event"]
    return min(starts) if starts else 1 << 30


def first_report(reports: Sequence[Report]) -> Report | None:
    """For one-event gold: the report whose trigger comes first in the text (ties: output order)."""
    if not reports:
        return None
    return min(enumerate(reports), key=lambda ir: (_trigger_start(ir[1]), ir[0]))[1]


def day_part(reports: Sequence[Report], report: Report | None, day: date | None) -> Report | None:
    """ACLED codes an episode over several days as one row per day, each with the episode's
    note; the coder splits it the same way, one report per day from the same trigger. A gold row
    is aligned with the part for its own day when there is one (else ``report`` itself); parts of
    other triggers are never taken, so this only pairs rows with parts, it never picks an event."""
    if report is None or day is None:
        return report
    span = _trigger_span(report)
    if span is None or report.date is None or report.date.best == day:
        return report
    for r in reports:
        if r.date is not None and r.date.best == day and _trigger_span(r) == span:
            return r
    return report


def _names_place(report: Report, place: str) -> bool:
    loc = report.location
    if loc is None:
        return False
    want = key(place)
    return bool(want) and want in {key(loc.text or ""), key(loc.name or "")}


def place_part(reports: Sequence[Report], report: Report | None, place: str) -> Report | None:
    """ACLED codes an event in a list of places as one row per place, each with the same note;
    the coder splits it the same way, one report per named place from the same trigger. A row is
    aligned with the part (same trigger, same day) whose place carries the row's location name,
    else ``report`` itself: like :func:`day_part` it only pairs rows with parts and never takes
    another event, so a coder that merged the list still has its one report scored."""
    if report is None or not place or _names_place(report, place):
        return report
    span = _trigger_span(report)
    if span is None:
        return report
    day = report.date.best if report.date is not None else None
    for r in reports:
        same_day = (r.date.best if r.date is not None else None) == day
        if r is not report and same_day and _trigger_span(r) == span and _names_place(r, place):
            return r
    return report


def main_report(reports: Sequence[Report]) -> Report | None:
    """For article-level gold: the report the coder ranks first (highest ``rank``, see
    :meth:`Report.ranking`), then the most fatalities, then the first.

    Why not the most fatalities first: an article's largest toll is often a side incident
    ("elsewhere, 40 were killed") or a campaign total, not the incident the article is about;
    the rank already weighs the lead position, the report's own place and date. The rank is the
    raw score with its hand-set weights, not the calibrated confidence, so nothing is fitted here
    and refitting the calibration does not move the choice.
    """
    if not reports:
        return None
    return min(enumerate(reports), key=lambda ir: (-ir[1].ranking(), -(ir[1].fatalities.best or 0), ir[0]))[1]


# ---------------------------------------------------------------------------
# Shared helpers


def _csv_rows(reader: Any) -> Iterator[tuple[int, list[str] | str]]:
    """(first line, row) per CSV record; a record the csv module rejects is (line, error text)."""
    last_line = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line, last_line = last_line + 1, reader.line_num
            yield line, f"csv error: {exc}"
            continue
        line, last_line = last_line + 1, reader.line_num
        if row:
            yield line, row


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if re.fullmatch(r"\d+", value) else None


def _float(value: str | None) -> float | None:
    try:
        return float((value or "").strip())
    except ValueError:
        return None


_DATE_FORMATS = (
    "%d-%m-%y",
    "%d %B %Y",
    "%d-%B-%Y",
    "%d-%b-%y",
    "%d %b %Y",
    "%d-%b-%Y",
    "%Y-%m-%d",
    "%d/%m/%Y",
)


def parse_gold_date(value: str) -> date | None:
    """ACLED export dates: ``31-12-19``, ``21 March 2020``, ``01-January-2015``, ``9-May-20``, ISO."""
    text = " ".join(value.split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _fatalities(report: Report | None) -> int:
    """Predicted count: a missing report or an unknown count is 0."""
    return (report.fatalities.best or 0) if report is not None else 0


def _trigger_span(report: Report) -> tuple[int, int] | None:
    return next(((e.start, e.end) for e in report.evidence if e.field == "trigger"), None)


def sentence_total(reports: Sequence[Report], report: Report | None, field: str) -> int:
    """For gold that codes one incident over several days or places as one record (a PLOVER
    sentence, a PITF episode): the count of ``report`` summed with the other parts the coder
    split from the same trigger (ACLED's one report per day and place)."""
    if report is None:
        return 0
    span = _trigger_span(report)
    parts = [r for r in reports if r is report or (span is not None and _trigger_span(r) == span)]
    return sum((getattr(r, field).best or 0) for r in parts)


def _injured(report: Report | None) -> int:
    return (report.injured.best or 0) if report is not None else 0


def _pred_date(report: Report | None) -> date | None:
    return report.date.best if report is not None and report.date is not None else None


def _distance(gold: tuple[float, float], report: Report | None) -> float | None:
    loc = report.location if report is not None else None
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return m.haversine_km(gold[0], gold[1], loc.lat, loc.lon)


_ACTOR_DATES = re.compile(r"\s*\([^)]*\d[^)]*\)")


def actor_key(name: str) -> str:
    """Actor names compared loosely: case, punctuation and the ``(2014-)`` date suffix ignored."""
    return " ".join(re.sub(r"[^\w()]+", " ", _ACTOR_DATES.sub("", name).lower()).split())


class Admin1Matcher:
    """Is a predicted admin1 name the gold admin1? Exact name keys first, then the gazetteer's
    first-order regions both names resolve to (so aliases and spellings agree)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._cache: dict[str, frozenset[tuple[str, str]]] = {}

    def regions(self, name: str) -> frozenset[tuple[str, str]]:
        if name not in self._cache:
            found = {
                (p.country2, p.admin1_code)
                for p in self.gazetteer.lookup(name)
                if p.feature == "ADM1" and p.admin1_code
            }
            self._cache[name] = frozenset(found)
        return self._cache[name]

    def match(self, gold: str | None, pred: str | None, gold_regions: Iterable[tuple[str, str]] = ()) -> bool:
        if not gold or not pred:
            return False
        if key(gold) == key(pred):
            return True
        wanted = set(gold_regions) or set(self.regions(gold))
        return bool(wanted & self.regions(pred))


class Scorer:
    """Collects (gold, prediction) pairs; :meth:`result` turns them into the metrics dict."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.admin1 = Admin1Matcher(gazetteer)

    def add(self, item: Item, coded: CodedArticle | None) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def result(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


# ---------------------------------------------------------------------------
# acled


BATTLES, EXPLOSIONS, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"
PROTESTS_OR_RIOTS = "Protests/Riots"
"""The 2015 schema's ``Riots/Protests``: either new type counts as correct."""

_NEW_TYPES = {t.lower(): t for t in (BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC)}
_OLD_TYPES = {
    "remote violence": EXPLOSIONS,
    "riots/protests": PROTESTS_OR_RIOTS,
    "strategic development": STRATEGIC,
    "violence against civilians": VAC,
    "headquarters or base established": STRATEGIC,
    "non-violent transfer of territory": STRATEGIC,
}


def map_event_type(value: str) -> str | None:
    """An ACLED event type (2019+ or 2015 taxonomy) in the 2019+ taxonomy; None if unknown."""
    v = " ".join(value.split()).lower()
    if v in _NEW_TYPES:
        return _NEW_TYPES[v]
    if v.startswith("battle"):
        return BATTLES
    return _OLD_TYPES.get(v)


_ACLED_COLUMNS = {
    # field: (2020 name, 2015 name)
    "event_date": ("event_date", "EVENT_DATE"),
    "time_precision": ("time_precision", "TIME_PRECISION"),
    "event_type": ("event_type", "EVENT_TYPE"),
    "actor1": ("actor1", "ACTOR1"),
    "actor2": ("actor2", "ACTOR2"),
    "inter1": ("inter1", "INTER1"),
    "inter2": ("inter2", "INTER2"),
    "country": ("country", "COUNTRY"),
    "admin1": ("admin1", "ADMIN1"),
    "location": ("location", "LOCATION"),
    "latitude": ("latitude", "LATITUDE"),
    "longitude": ("longitude", "LONGITUDE"),
    "geo_precision": ("geo_precision", "GEO_PRECISION"),
    "notes": ("notes", "NOTES"),
    "fatalities": ("fatalities", "FATALITIES"),
}


def read_acled(path: Path) -> Gold:
    """ACLED CSV export in the 2020 schema, its Kenya variant (``countycode``) or the 2015 schema."""
    records: list[Record] = []
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return Gold(records, {"schema": "empty"})
        header = [h.strip().lstrip("\ufeff") for h in header]
        old = "NOTES" in header
        schema = "2015" if old else ("2020+countycode" if "countycode" in header else "2020")
        names = {f: pair[1 if old else 0] for f, pair in _ACLED_COLUMNS.items()}
        if not old:
            names["sub_event_type"] = "sub_event_type"
        missing = [n for n in names.values() if n not in header]
        if missing:
            return Gold([Bad(0, 1, f"header lacks {', '.join(missing)}")], {"schema": schema})
        col = {f: header.index(n) for f, n in names.items()}
        for index, (line, row) in enumerate(_csv_rows(reader)):
            if isinstance(row, str):
                records.append(Bad(index, line, row))
            else:
                records.append(_acled_row(index, line, row, len(header), col, old))
    return Gold(records, {"schema": schema})


def _acled_row(index: int, line: int, row: list[str], width: int, col: dict[str, int], old: bool) -> Record:
    if len(row) != width:
        return Bad(index, line, f"expected {width} fields, got {len(row)}")
    get = {f: row[i].strip() for f, i in col.items()}
    if not get["notes"]:
        return Bad(index, line, "empty notes")
    when = parse_gold_date(get["event_date"])
    if when is None:
        return Bad(index, line, f"unparseable event_date {get['event_date'][:30]!r}")
    event_type = map_event_type(get["event_type"])
    if event_type is None:
        return Bad(index, line, f"unknown event_type {get['event_type'][:40]!r}")
    fatalities = _int(get["fatalities"])
    if fatalities is None:
        return Bad(index, line, f"non-numeric fatalities {get['fatalities'][:20]!r}")
    lat, lon = _float(get["latitude"]), _float(get["longitude"])
    gold = {
        "date": when,
        "time_precision": _int(get["time_precision"]) or 1,
        "event_type": event_type,
        "sub_event_type": None if old else get.get("sub_event_type") or None,
        "actor1": get["actor1"],
        "actor2": get["actor2"],
        "inters": tuple(sorted((_int(get["inter1"]) or 0, _int(get["inter2"]) or 0))),
        "admin1": get["admin1"],
        "location": get["location"],
        "coords": (lat, lon) if lat is not None and lon is not None else None,
        "geo_precision": _int(get["geo_precision"]),
        "fatalities": fatalities,
    }
    return Item(index, line, get["notes"], when, gold)


class AcledScorer(Scorer):
    def __init__(self, gazetteer: Gazetteer, old: bool) -> None:
        super().__init__(gazetteer)
        self.old = old
        self.et: tuple[list[str], list[str]] = ([], [])
        self.st: tuple[list[str], list[str]] = ([], [])
        self.inter: list[bool] = []
        self.fat: list[tuple[int, int]] = []
        self.dates: list[tuple[date, date | None, int | None, date | None]] = []
        self.dist: list[float | None] = []
        self.dist_by_prec: dict[int, list[float | None]] = defaultdict(list)
        self.admin1_ok: list[bool] = []
        self.actor_ok: list[bool] = []

    def add(self, item: Item, coded: CodedArticle | None) -> None:
        g = item.gold
        r = day_part(coded.events, first_report(coded.events), g["date"]) if coded is not None else None
        r = place_part(coded.events, r, g["location"]) if coded is not None else None
        pred_type = r.event_type if r is not None else NONE
        if self.old and pred_type in (PROTESTS, RIOTS):
            pred_type = PROTESTS_OR_RIOTS
        self.et[0].append(g["event_type"])
        self.et[1].append(pred_type)
        if g["sub_event_type"]:
            self.st[0].append(g["sub_event_type"])
            self.st[1].append(r.sub_event_type if r is not None else NONE)
        pred_inters = tuple(
            sorted(
                (
                    (r.actor1.inter or 0) if r and r.actor1 else 0,
                    (r.actor2.inter or 0) if r and r.actor2 else 0,
                )
            )
        )
        self.inter.append(r is not None and pred_inters == g["inters"])
        self.fat.append((g["fatalities"], _fatalities(r)))
        self.dates.append((g["date"], _pred_date(r), g["time_precision"], None))
        if g["coords"] is not None:
            d = _distance(g["coords"], r)
            self.dist.append(d)
            self.dist_by_prec[g["geo_precision"] or 0].append(d)
        if g["admin1"]:
            self.admin1_ok.append(
                self.admin1.match(g["admin1"], r.location.admin1 if r and r.location else None)
            )
        if g["actor1"]:
            pred = {actor_key(a.name) for a in (r.actor1, r.actor2) if a is not None} if r else set()
            self.actor_ok.append(actor_key(g["actor1"]) in pred)

    def result(self) -> dict[str, Any]:
        location = m.distances(self.dist)
        location["admin1_match"] = m.share(self.admin1_ok)
        location["by_geo_precision"] = {
            str(p): {"within_161km": m.distances(v)["within_161km"], "n": len(v)}
            for p, v in sorted(self.dist_by_prec.items())
        }
        per = {"event_type": m.per_class(*self.et)}
        sub: dict[str, Any] | None = None
        if not self.old:
            sub = m.classification(*self.st, weighted=True)
            per["sub_event_type"] = m.per_class(*self.st)
        return {
            "event_type": m.classification(*self.et),
            "sub_event_type": sub,
            "interaction": {"accuracy": m.share(self.inter), "n": len(self.inter)},
            "fatalities": m.counts(self.fat),
            "date": m.dates(self.dates),
            "location": location,
            "actors": {"actor1_or_2_match": m.share(self.actor_ok), "n": len(self.actor_ok)},
            "per_class": per,
        }


# ---------------------------------------------------------------------------
# fakes


# GeoNames admin1 codes of Syria's 14 governorates ("SY" + code) and the English spellings
# that the press uses for them; names are compared under geo.names.key, so hyphens, accents,
# apostrophes and "al-"/"ar-" articles need no separate entries.
SYRIA_GOVERNORATES: dict[str, tuple[str, ...]] = {
    "01": ("Hasakah", "Hasakeh", "Hassakeh", "Hasaka", "Hassake", "Hassakah"),
    "02": ("Latakia", "Lattakia", "Lattakieh", "Ladhiqiyah", "Lathqiyah"),
    "03": ("Quneitra", "Qunaytirah", "Kuneitra", "Qunaitira"),
    "04": ("Raqqa", "Raqqah", "Rakka", "Raqa"),
    "05": ("Suwayda", "Sweida", "Suwaida", "Sweida", "Soueida"),
    "06": ("Daraa", "Deraa", "Dara", "Dar'a", "Deraah"),
    "07": ("Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Dayr az Zawr", "Deir el-Zor", "Deir Zor", "Deirezzor"),
    "08": ("Rif Dimashq", "Rif Damascus", "Rural Damascus", "Damascus Countryside", "Reef Damascus",
           "Damascus Suburbs", "Rif Dimashq Governorate"),
    "09": ("Aleppo", "Halab"),
    "10": ("Hama", "Hamah", "Hamaa"),
    "11": ("Homs", "Hims"),
    "12": ("Idlib", "Idleb", "Edlib"),
    "13": ("Damascus", "Dimashq", "Damascus City"),
    "14": ("Tartus", "Tartous", "Tartoos"),
}  # fmt: skip

# "Damascus" in press usage often covers the surrounding governorate (Ghouta, Douma): accept both.
_LENIENT = {"13": ("08",)}

_GOVERNORATE_BY_KEY: dict[str, tuple[str, ...]] = {}
for _code, _names in SYRIA_GOVERNORATES.items():
    for _name in _names:
        _GOVERNORATE_BY_KEY[key(_name)] = (_code, *_LENIENT.get(_code, ()))


def syria_governorate(name: str) -> tuple[str, ...]:
    """GeoNames admin1 codes a governorate spelling stands for (empty if unknown)."""
    return _GOVERNORATE_BY_KEY.get(key(name), ())


FAKES_HEADER = ("unit_id", "article_title", "article_content", "source", "date", "location", "actor",
                "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label")  # fmt: skip


def read_fakes(path: Path) -> Gold:
    """FA-KES CSV (not valid UTF-8: stray bytes become U+FFFD)."""
    records: list[Record] = []
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        header = [h.strip().lstrip("\ufeff") for h in next(reader, [])]
        missing = [h for h in FAKES_HEADER if h not in header]
        if missing:
            return Gold([Bad(0, 1, f"header lacks {', '.join(missing)}")])
        col = {h: header.index(h) for h in FAKES_HEADER}
        for index, (line, row) in enumerate(_csv_rows(reader)):
            if isinstance(row, str):
                records.append(Bad(index, line, row))
            else:
                records.append(_fakes_row(index, line, row, len(header), col))
    return Gold(records)


def _fakes_row(index: int, line: int, row: list[str], width: int, col: dict[str, int]) -> Record:
    if len(row) != width:
        return Bad(index, line, f"expected {width} fields, got {len(row)}")
    get = {h: row[i].strip() for h, i in col.items()}
    text = get["article_content"]
    if not text:
        return Bad(index, line, "empty article_content")
    try:
        when = datetime.strptime(get["date"], "%m/%d/%y").date()
    except ValueError:
        return Bad(index, line, f"unparseable date {get['date'][:20]!r}")
    nums = {h: _int(get[h]) for h in ("nb_children", "nb_civilians", "nb_noncivilians", "nb_women")}
    bad = [h for h, v in nums.items() if v is None]
    if bad:
        return Bad(index, line, f"non-numeric {', '.join(bad)}")
    gold = {
        "date": when,
        "location": get["location"],
        "actor": get["actor"].lower(),
        "cause": get["cause_of_death"].lower(),
        **nums,
    }
    return Item(index, line, text, when, gold)


# cause_of_death -> the (event type, sub-event type) pairs that count as agreeing with it.
CAUSES: dict[str, tuple[str, ...]] = {
    "shelling": ("Shelling/artillery/missile attack", "Air/drone strike"),
    "explosion": ("Remote explosive/landmine/IED", "Suicide bomb"),
    "chemical and toxic gases": ("Chemical weapon",),
    "shooting": ("Armed clash", "Attack"),
    "execution": ("Attack",),
}


def _cause_of(sub_event_type: str | None, gold: str) -> str:
    if sub_event_type is None:
        return NONE
    if sub_event_type in CAUSES.get(gold, ()):
        return gold
    for cause, subs in CAUSES.items():
        if sub_event_type in subs:
            return cause
    return "other"


_FAKES_ACTORS: dict[str, Callable[[Actor], bool]] = {
    "syrian government or russian troops": lambda a: (
        (a.inter in (1, 8) and a.country in ("SYR", "RUS"))
        or bool(
            re.search(r"\b(syria|russia)", a.name, re.I)
            and re.search(r"forces|military|army|police", a.name, re.I)
        )
    ),
    "international coalition forces": lambda a: bool(
        re.search(r"coalition|united states|\bu\.?s\.?\b|france|united kingdom|nato", a.name, re.I)
    ),
    "the organization of the islamic state in iraq and the levant - isis": lambda a: bool(
        re.search(r"islamic state|\bisis\b|\bisil\b|daesh", a.name, re.I)
    ),
    "armed opposition groups": lambda a: (
        bool(re.search(r"opposition|rebel|free syrian army", a.name, re.I))
        or (a.inter == 2 and not re.search(r"islamic state|nusra|tahrir|democratic forces|ypg", a.name, re.I))
    ),
    "self administration forces": lambda a: bool(
        re.search(r"democratic forces|\bsdf\b|\bypg\b|kurd|asayish", a.name, re.I)
    ),
    "al-nusra front": lambda a: bool(re.search(r"nusra|tahrir al-sham|fate?h al-sham", a.name, re.I)),
}


class FakesScorer(Scorer):
    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__(gazetteer)
        self.cause: tuple[list[str], list[str]] = ([], [])
        self.fat: list[tuple[int, int]] = []
        self.victims: list[bool] = []
        self.dates: list[tuple[date, date | None, int | None, date | None]] = []
        self.admin1_ok: list[bool] = []
        self.actor_ok: list[bool] = []

    def add(self, item: Item, coded: CodedArticle | None) -> None:
        g = item.gold
        r = main_report(coded.events) if coded is not None else None
        if g["cause"] in CAUSES:
            self.cause[0].append(g["cause"])
            self.cause[1].append(_cause_of(r.sub_event_type if r else None, g["cause"]))
        self.fat.append((g["nb_civilians"] + g["nb_noncivilians"], _fatalities(r)))
        f = r.fatalities if r is not None else None
        for gold_field, pred_field in (
            ("nb_children", "children"),
            ("nb_women", "women"),
            ("nb_civilians", "civilians"),
        ):
            if g[gold_field] > 0:
                pred = getattr(f, pred_field) if f is not None else None
                self.victims.append(pred is not None and m.within_pct(g[gold_field], pred))
        self.dates.append((g["date"], _pred_date(r), None, None))
        codes = syria_governorate(g["location"])
        regions = [("SY", c) for c in codes]
        if codes or g["location"]:
            self.admin1_ok.append(
                self.admin1.match(g["location"], r.location.admin1 if r and r.location else None, regions)
            )
        test = _FAKES_ACTORS.get(g["actor"])
        if test is not None:
            self.actor_ok.append(
                r is not None and any(a is not None and test(a) for a in (r.actor1, r.actor2))
            )

    def result(self) -> dict[str, Any]:
        return {
            "event_type": m.classification(*self.cause),
            "fatalities": m.counts(self.fat),
            "victims": {"agreement": m.share(self.victims), "n": len(self.victims)},
            "date": m.dates(self.dates),
            "location": {"admin1_match": m.share(self.admin1_ok), "n": len(self.admin1_ok)},
            "actors": {"actor1_or_2_match": m.share(self.actor_ok), "n": len(self.actor_ok)},
            "per_class": {"event_type": m.per_class(*self.cause)},
        }


# ---------------------------------------------------------------------------
# pitf

PITF_WIDTH = 73
PITF_MAX_WIDTH = 75


def _pitf_fields(line: str) -> list[str]:
    # csv.reader(delimiter="\t", quoting=csv.QUOTE_NONE) on one record is a plain split on tabs
    # (quotes stay literal); a plain split also accepts the line breaks of joined records.
    return line.split("\t")


def read_pitf(path: Path) -> Gold:
    """PITF Worldwide Atrocities TSV: 3 preamble lines, header on line 4, no quoting, a few records
    broken over two lines (joined while fewer than 73 fields), 74-75 field rows accepted."""
    lines = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").split("\n")
    if len(lines) < 4:
        return Gold([Bad(0, len(lines), "no header on line 4")])
    header = _pitf_fields(lines[3])
    if "Description" not in header or "Deaths Number" not in header:
        return Gold([Bad(0, 4, "line 4 is not the PITF header")])
    records: list[Record] = []
    i, index = 4, 0
    while i < len(lines):
        start = i
        text = lines[i]
        i += 1
        if not text.strip():
            continue
        fields = _pitf_fields(text)
        while len(fields) < PITF_WIDTH and i < len(lines):
            joined = _pitf_fields(text + "\n" + lines[i])
            if len(joined) > PITF_MAX_WIDTH:
                break
            text, fields = text + "\n" + lines[i], joined
            i += 1
        records.append(_pitf_row(index, start + 1, fields, header))
        index += 1
    return Gold(records)


def _dms(deg: str, minutes: str, sec: str, direction: str) -> float | None:
    d = _float(deg)
    if d is None:
        return None
    value = abs(d) + (_float(minutes) or 0.0) / 60 + (_float(sec) or 0.0) / 3600
    return -value if direction.strip().upper() in ("S", "W") or d < 0 else value


def _ymd(y: str, mo: str, d: str) -> date | None:
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


_STATE_PERP = {"state perpetrator", "transnational, state"}
_NON_STATE_PERP = {
    "non-state, internal, no state sanction",
    "non-state, internal, state sanction",
    "transnational, non-state",
    "multiple perpetrators (non-state)",
}


def _pitf_row(index: int, line: int, fields: list[str], header: list[str]) -> Record:
    if not PITF_WIDTH <= len(fields) <= PITF_MAX_WIDTH:
        return Bad(index, line, f"expected {PITF_WIDTH}-{PITF_MAX_WIDTH} fields, got {len(fields)}")
    col = {h: n for n, h in reversed(list(enumerate(header)))}  # first occurrence of repeated names
    get = {h: fields[n].strip() for h, n in col.items() if n < len(fields)}
    text = get.get("Description", "").replace('\\"', '"').strip().strip('"').strip()
    if not text:
        return Bad(index, line, "empty Description")
    start = _ymd(get["Start Year"], get["Start Month"], get["Start Day"])
    end = _ymd(get["End Year"], get["End Month"], get["End Day"])
    lat_i = header.index("Degrees")
    lon_i = header.index("Degrees", lat_i + 1)
    lat = _dms(*fields[lat_i : lat_i + 4])
    lon = _dms(*fields[lon_i : lon_i + 4])
    role = get.get("Perp State Role", "").lower()
    gold = {
        "date": start,
        "end": end if end is not None and start is not None and end >= start else None,
        "country": get.get("Country", "").upper(),
        "region": get.get("Region", ""),
        "coords": (lat, lon) if lat is not None and lon is not None else None,
        "deaths": _int(get.get("Deaths Number")),
        "injured": _int(get.get("Injured Number")),
        "perp": "state" if role in _STATE_PERP else "non-state" if role in _NON_STATE_PERP else None,
    }
    return Item(index, line, text, start, gold)


def perpetrator_type(report: Report | None) -> str:
    """state (inter 1, or 8 external forces), non-state (inter 2-5) or NONE, from actor1."""
    inter = report.actor1.inter if report is not None and report.actor1 is not None else None
    if inter in (1, 8):
        return "state"
    if inter in (2, 3, 4, 5):
        return "non-state"
    return NONE


class PitfScorer(Scorer):
    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__(gazetteer)
        self.fat: list[tuple[int, int]] = []
        self.inj: list[tuple[int, int]] = []
        self.dates: list[tuple[date, date | None, int | None, date | None]] = []
        self.dist: list[float | None] = []
        self.country_ok: list[bool] = []
        self.admin1_ok: list[bool] = []
        self.perp: tuple[list[str], list[str]] = ([], [])

    def add(self, item: Item, coded: CodedArticle | None) -> None:
        g = item.gold
        r = first_report(coded.events) if coded is not None else None
        events = coded.events if coded is not None else []
        if g["deaths"] is not None:
            self.fat.append((g["deaths"], sentence_total(events, r, "fatalities")))
        if g["injured"] is not None:
            self.inj.append((g["injured"], sentence_total(events, r, "injured")))
        if g["date"] is not None:
            self.dates.append((g["date"], _pred_date(r), None, g["end"]))
        if g["coords"] is not None:
            self.dist.append(_distance(g["coords"], r))
        loc = r.location if r is not None else None
        if g["country"]:
            self.country_ok.append(loc is not None and (loc.country or "").upper() == g["country"])
        if g["region"]:
            self.admin1_ok.append(self.admin1.match(g["region"], loc.admin1 if loc else None))
        if g["perp"] is not None:
            self.perp[0].append(g["perp"])
            self.perp[1].append(perpetrator_type(r))

    def result(self) -> dict[str, Any]:
        location = m.distances(self.dist)
        location["country_match"] = m.share(self.country_ok)
        location["admin1_match"] = m.share(self.admin1_ok)
        return {
            "fatalities": m.counts(self.fat),
            "injured": m.counts(self.inj, pct=False),
            "date": m.dates(self.dates),
            "location": location,
            "perpetrator": m.classification(*self.perp),
            "per_class": {"perpetrator": m.per_class(*self.perp)},
        }


# ---------------------------------------------------------------------------
# gva


def gva_labels_path(x_path: Path) -> Path:
    """``.../X_val.json`` -> ``.../y_val.json``."""
    return x_path.with_name(x_path.name.replace("X_", "y_", 1))


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_gva(path: Path) -> Gold:
    """GVA X_*.json (text, publish_date) with y_*.json beside it (n_killed, n_injured, shooting_date).
    JSON has no useful line numbers: ``line`` is the record's 1-based position in the array."""
    y_path = gva_labels_path(path)
    try:
        xs = json.loads(path.read_text(encoding="utf-8", errors="replace"))
        ys = json.loads(y_path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError) as exc:
        return Gold([Bad(0, 0, f"cannot read {path.name} / {y_path.name}: {exc}")])
    if not isinstance(xs, list) or not isinstance(ys, list):
        return Gold([Bad(0, 0, "X and y must be JSON arrays")])
    records: list[Record] = []
    for i, x in enumerate(xs):
        y = ys[i] if i < len(ys) else None
        records.append(_gva_row(i, x, y))
    return Gold(records, {"labels": y_path.name})


def _gva_row(i: int, x: Any, y: Any) -> Record:
    if not isinstance(x, dict) or not isinstance(y, dict):
        return Bad(
            i, i + 1, "record or label is not an object" if y is not None else "no label (y shorter than X)"
        )
    text = str(x.get("text") or "").strip()
    if not text:
        return Bad(i, i + 1, "empty text")
    killed, injured = y.get("n_killed"), y.get("n_injured")
    if not isinstance(killed, int) or not isinstance(injured, int):
        return Bad(i, i + 1, "n_killed / n_injured not integers")
    gold = {"killed": killed, "injured": injured, "date": _iso(y.get("shooting_date"))}
    return Item(i, i + 1, text, _iso(x.get("publish_date")), gold)


class GvaScorer(Scorer):
    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__(gazetteer)
        self.fat: list[tuple[int, int]] = []
        self.inj: list[tuple[int, int]] = []
        self.dates: list[tuple[date, date | None, int | None, date | None]] = []

    def add(self, item: Item, coded: CodedArticle | None) -> None:
        g = item.gold
        r = main_report(coded.events) if coded is not None else None
        self.fat.append((g["killed"], _fatalities(r)))
        self.inj.append((g["injured"], _injured(r)))
        if g["date"] is not None:
            self.dates.append((g["date"], _pred_date(r), None, None))

    def result(self) -> dict[str, Any]:
        return {
            "fatalities": m.counts(self.fat),
            "injured": m.counts(self.inj, pct=False),
            "date": m.dates(self.dates),
        }


# ---------------------------------------------------------------------------
# plover


def read_plover(path: Path) -> Gold:
    """PLOVER gold records: a JSON array; DOCUMENT records are skipped. ``line`` = 1-based position."""
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError) as exc:
        return Gold([Bad(0, 0, f"cannot read {path.name}: {exc}")])
    if not isinstance(data, list):
        return Gold([Bad(0, 0, "not a JSON array")])
    records: list[Record] = []
    index = 0
    for i, rec in enumerate(data):
        if isinstance(rec, dict) and rec.get("event") == "DOCUMENT":
            continue
        records.append(_plover_row(index, i + 1, rec))
        index += 1
    return Gold(records)


def _plover_row(index: int, pos: int, rec: Any) -> Record:
    if not isinstance(rec, dict):
        return Bad(index, pos, "record is not an object")
    text, event = str(rec.get("text") or "").strip(), str(rec.get("event") or "").strip()
    if not text or not event:
        return Bad(index, pos, "missing text or event")
    loc = rec.get("eventLoc")
    gold = {
        "event": event.upper(),
        "dead": _int(str(rec["dead"])) if rec.get("dead") is not None else None,
        "injured": _int(str(rec["injured"])) if rec.get("injured") is not None else None,
        "location": str(loc.get("name") or "").strip() if isinstance(loc, dict) else "",
    }
    return Item(index, pos, text, _iso(rec.get("date")), gold)


def location_name_match(gold: str, report: Report | None) -> bool:
    """Case-insensitive containment either way between the gold name and the location's text or name."""
    if report is None or report.location is None:
        return False
    g = gold.lower()
    for value in (report.location.text, report.location.name):
        v = (value or "").lower()
        if v and (g in v or v in g):
            return True
    return False


def plover_event(coded: CodedArticle | None, report: Report | None) -> str:
    """The PLOVER event the coder gives a text: the report's, else the first mention's that has
    one (a sentence that tells no ACLED event may tell an agreement or a threat), else NONE."""
    if report is not None and report.plover is not None:
        return report.plover.event
    if coded is not None:
        typed = [m for m in coded.mentions if m.plover is not None]
        if typed:
            first = min(typed, key=lambda m: m.trigger.start)
            return first.plover.event if first.plover is not None else NONE
    return NONE


class PloverScorer(Scorer):
    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__(gazetteer)
        self.et: tuple[list[str], list[str]] = ([], [])
        self.fat: list[tuple[int, int]] = []
        self.inj: list[tuple[int, int]] = []
        self.loc_ok: list[bool] = []

    def add(self, item: Item, coded: CodedArticle | None) -> None:
        g = item.gold
        r = first_report(coded.events) if coded is not None else None
        self.et[0].append(g["event"])
        self.et[1].append(plover_event(coded, r))
        events = coded.events if coded is not None else []
        if g["dead"] is not None:
            self.fat.append((g["dead"], sentence_total(events, r, "fatalities")))
        if g["injured"] is not None:
            self.inj.append((g["injured"], sentence_total(events, r, "injured")))
        if g["location"]:
            self.loc_ok.append(location_name_match(g["location"], r))

    def result(self) -> dict[str, Any]:
        return {
            "event_type": m.classification(*self.et),
            "fatalities": m.counts(self.fat),
            "injured": m.counts(self.inj, pct=False),
            "location": {"name_match": m.share(self.loc_ok), "n": len(self.loc_ok)},
            "per_class": {"event_type": m.per_class(*self.et)},
        }


# ---------------------------------------------------------------------------
# case2021

CASE_LABELS: dict[str, str] = {
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}
CASE_NOT_ACLED = "NOT_ACLED"
CASE_UNSEEN = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB"})
CASE_ALL = frozenset(CASE_LABELS.values()) | CASE_UNSEEN


def read_case2021(path: Path) -> Gold:
    """CASE 2021 task 2 TSV: ``id<TAB>EventSnippet<TAB>SubType`` with a header, no quoting."""
    lines = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").split("\n")
    records: list[Record] = []
    index = 0
    for n, text in enumerate(lines[1:], start=2):
        if not text.strip():
            continue
        fields = text.split("\t")
        records.append(_case_row(index, n, fields))
        index += 1
    return Gold(records)


def _case_row(index: int, line: int, fields: list[str]) -> Record:
    if len(fields) != 3:
        return Bad(index, line, f"expected 3 fields, got {len(fields)}")
    ident, snippet, label = (f.strip() for f in fields)
    if not ident.isdigit():
        return Bad(index, line, f"id {ident[:20]!r} is not an integer")
    if not snippet:
        return Bad(index, line, "empty EventSnippet")
    if label not in CASE_ALL:
        return Bad(index, line, f"unknown SubType {label[:30]!r}")
    return Item(index, line, snippet, None, {"label": label, "id": int(ident)})


def case_label(report: Report | None, gold: str) -> str:
    """The CASE label of a prediction; no report is NOT_ACLED, credited as any of the 5 unseen labels."""
    if report is None:
        return gold if gold in CASE_UNSEEN else CASE_NOT_ACLED
    return CASE_LABELS.get(report.sub_event_type, "OTHER")


class CaseScorer(Scorer):
    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__(gazetteer)
        self.st: tuple[list[str], list[str]] = ([], [])

    def add(self, item: Item, coded: CodedArticle | None) -> None:
        r = first_report(coded.events) if coded is not None else None
        self.st[0].append(item.gold["label"])
        self.st[1].append(case_label(r, item.gold["label"]))

    def result(self) -> dict[str, Any]:
        return {
            "sub_event_type": m.classification(*self.st, weighted=True),
            "per_class": {"sub_event_type": m.per_class(*self.st)},
        }


# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    name: str
    read: Callable[[Path], Gold]
    scorer: Callable[[Gazetteer, Gold], Scorer]
    settings: dict[str, str]


_ONE = "one-event gold: the report whose evidence trigger starts earliest in the text (ties: output order)"
_MAIN = "article-level gold: the report with the highest rank (the uncalibrated score), then the most fatalities, then the first"
_COUNTS = "a missing report or an unknown count predicts 0"

FORMATS: dict[str, Format] = {
    "acled": Format(
        "acled",
        read_acled,
        lambda g, gold: AcledScorer(g, gold.info.get("schema") == "2015"),
        {
            "text": "notes",
            "published": "the gold event_date is passed as Article.published so relative dates resolve",
            "report": _ONE + "; a note the coder split into one report per day is aligned with the part "
            "of the gold row's day (ACLED codes such an episode as one row per day)",
            "counts": _COUNTS,
            "taxonomy": "2015 types mapped: Battle-* -> Battles, Remote violence -> Explosions/Remote violence, "
            "Strategic development / Headquarters or base established / Non-violent transfer of territory -> "
            "Strategic developments; Riots/Protests scored as one class Protests/Riots (either type is correct); "
            "no sub-event type metrics for the 2015 schema",
            "interaction": "sorted (inter1, inter2) pairs, a missing actor = 0; a 2015-schema file is scored with the inter codes that release gave the groups the actor dictionary marks (inter_2015), the current codebook's otherwise",
            "actors": "gold actor1 equals predicted actor1 or actor2 (case, punctuation and (YYYY-) ignored)",
            "date": "within_precision: time_precision 1 = same day, 2 = within 7 days, 3 = within 31 days",
        },
    ),
    "fakes": Format(
        "fakes",
        read_fakes,
        lambda g, gold: FakesScorer(g),
        {
            "text": "article_content",
            "published": "the gold date (M/D/YY)",
            "report": _MAIN,
            "counts": _COUNTS + "; gold killed = nb_civilians + nb_noncivilians",
            "event_type": "cause_of_death as proxy: shelling = Shelling/artillery/missile attack or Air/drone strike; "
            "explosion = Remote explosive/landmine/IED or Suicide bomb; chemical = Chemical weapon; "
            "shooting = Armed clash or Attack; execution = Attack; unknown not scored",
            "victims": "children, women, civilians of the main report within 20% of gold, where gold > 0",
            "location": "gold governorate vs the report's admin1 via a Syrian governorate spelling table and "
            "the gazetteer's admin1 names; 'Damascus' also accepts Rif Dimashq",
            "actors": "gold actor category vs predicted actor1/actor2 names and inter codes; unknown not scored",
        },
    ),
    "pitf": Format(
        "pitf",
        read_pitf,
        lambda g, gold: PitfScorer(g),
        {
            "text": "Description",
            "published": "the start date",
            "report": _ONE,
            "counts": _COUNTS + "; word counts (dozens, several) and empty cells not scored; an episode split "
            "into one report per day or place is counted whole (the parts from the same trigger are summed)",
            "date": "within_precision: inside [start, end] when an end date is given, else same day",
            "perpetrator": "Perp State Role state / non-state vs actor1 inter (1, 8 = state; 2-5 = non-state)",
        },
    ),
    "gva": Format(
        "gva",
        read_gva,
        lambda g, gold: GvaScorer(g),
        {
            "text": "text",
            "published": "publish_date",
            "report": _MAIN,
            "counts": _COUNTS,
            "labels": "y_*.json beside X_*.json",
        },
    ),
    "plover": Format(
        "plover",
        read_plover,
        lambda g, gold: PloverScorer(g),
        {
            "text": "text",
            "published": "the record's date",
            "report": _ONE,
            "counts": _COUNTS + "; only records with dead/injured given; the sentence's toll: the "
            "report's count plus the parts split from the same trigger (one report per day and place)",
            "event_type": "PLOVER event of the report, else of the first mention that has one "
            "(mention.plover), vs the gold event; neither = NONE",
            "location": "eventLoc.name vs location text/name, case-insensitive containment either way",
        },
    ),
    "case2021": Format(
        "case2021",
        read_case2021,
        lambda g, gold: CaseScorer(g),
        {
            "text": "EventSnippet",
            "published": "none",
            "report": _ONE,
            "sub_event_type": "ACLED sub-event type mapped to the 25 CASE labels; no report = NOT_ACLED, "
            "correct for NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME, DIPLO, ATTRIB only",
        },
    ),
}
