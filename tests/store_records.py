"""Hand-built coded articles for the store tests and benchmarks (no spaCy model needed).

Every article and place here is invented for the tests; coordinates are rough town positions.
"""

from __future__ import annotations

from datetime import date

from dateline.record import (
    Actor,
    Article,
    Claim,
    CodedArticle,
    Coder,
    EventDate,
    Evidence,
    Fatalities,
    Location,
    Mention,
    Report,
    report_id,
)

CODER = Coder(version="test", model="hand-built", gazetteer="none")

# name -> (lat, lon, country)
PLACES: dict[str, tuple[float, float, str]] = {
    "Saraqib": (35.86, 36.80, "SYR"),
    "Ariha": (35.81, 36.61, "SYR"),  # about 18 km from Saraqib
    "Kandahar": (31.61, 65.71, "AFG"),
    "Mosul": (36.34, 43.13, "IRQ"),
}


def article(id: str, text: str, *, outlet: str | None = None, published: date | None = date(2024, 3, 2),
            url: str | None = None, title: str | None = None) -> Article:
    return Article.from_text(text, id=id, outlet=outlet, published=published, url=url, title=title or text[:40])


def report(
    art: Article,
    *,
    span: tuple[int, int] = (0, 20),
    place: str = "Saraqib",
    day: date = date(2024, 3, 1),
    event_type: str = "Explosions/Remote violence",
    sub_event_type: str = "Air/drone strike",
    deaths: int | None = None,
    actor1: str | None = None,
    source: str | None = None,
    precision: int = 1,
) -> Report:
    lat, lon, country = PLACES[place]
    start, end = span
    claims = [Claim(source=source, kind="government", chain=[source], fields=["fatalities"], value=deaths)] if source else []
    return Report(
        event_id=report_id(art.sha256, start, end),
        report_id=report_id(art.sha256, start, end),
        article=art.ref(),
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=Actor(name=actor1, text=actor1) if actor1 else None,
        location=Location(name=place, text=place, lat=lat, lon=lon, country=country, geo_precision=precision),
        date=EventDate(best=day, start=day, end=day, time_precision=1),
        fatalities=Fatalities(best=deaths, low=deaths, high=deaths, text=str(deaths) if deaths is not None else None),
        claims=claims,
        evidence=[Evidence(field="trigger", start=start, end=end, text=art.text[start:end])],
        confidence=0.8,
        coder=CODER,
    )


def coded(art: Article, *reports: Report, mentions: list[Mention] | None = None) -> CodedArticle:
    return CodedArticle(article=art, events=list(reports), mentions=mentions or [], coder=CODER)


def strike(id: str, words: str, *, outlet: str | None = None, deaths: int | None = None, place: str = "Saraqib",
           day: date = date(2024, 3, 1), **kw: object) -> CodedArticle:
    """One article telling one air strike; ``words`` makes the text (and so the sha256) distinct."""
    art = article(id, f"An air strike hit {place}. {words}", outlet=outlet)
    return coded(art, report(art, place=place, day=day, deaths=deaths, **kw))  # type: ignore[arg-type]
