"""The map-and-timeline page in a real browser: Debian's Chromium driven by Playwright, against a
``dateline serve`` process on a SQLite store seeded from tests/fixtures/web."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.webseed import running_server, seed_db

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_MS = 20_000


def _need_chromium() -> None:
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return
    reason = f"Chromium not found at {CHROMIUM}: install the Debian packages chromium and chromium-driver (make setup)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Iterator[str]:
    path = tmp_path_factory.mktemp("web") / "seeded.sqlite"
    seed_db(path, coder)
    with running_server(path) as base:
        yield base


@pytest.fixture(scope="module")
def events(server: str) -> list[dict[str, Any]]:
    return list(httpx.get(server + "/events", params={"limit": 1000}).json()["events"])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.foreign = []  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]

    def on_dialog(dialog: Any) -> None:
        pg.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("request", lambda r: None if r.url.startswith(server) else pg.foreign.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def located(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["location"] and e["location"]["lat"] is not None]


def shown_events(page: Any) -> int:
    """Events on the map: single markers plus the counts of grouped markers."""
    return int(
        page.evaluate(
            """() => document.querySelectorAll('#markers .marker').length +
                [...document.querySelectorAll('#markers .cluster')].reduce((a, g) => a + Number(g.dataset.count), 0)"""
        )
    )


def wait_loaded(page: Any, n: int) -> None:
    page.wait_for_function("n => document.getElementById('status').textContent === `${n} events`", arg=n)


def test_page_shows_a_marker_for_every_seeded_event(page: Any, server: str, events: list[dict[str, Any]]) -> None:
    page.goto(server + "/")
    wait_loaded(page, len(events))
    page.wait_for_function("() => document.querySelectorAll('#countries path').length > 150")  # the offline base layer
    assert shown_events(page) == len(located(events))
    ids = set(page.eval_on_selector_all("#markers .marker", "els => els.map(e => e.dataset.id)"))
    assert ids <= {e["event_id"] for e in events}
    assert page.locator("#timeline .bar").count() == len({e["date"]["best"] for e in events if e["date"]})
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page.png"))
    assert (ARTIFACTS / "page.png").stat().st_size > 10_000
    assert page.foreign == [] and page.errors == []


def test_type_filter_limits_the_markers(page: Any, server: str, events: list[dict[str, Any]]) -> None:
    page.goto(server + "/")
    wait_loaded(page, len(events))
    wanted = "Protests"
    expected = [e for e in events if e["event_type"] == wanted]
    assert expected, "the fixtures include a protest"
    page.select_option("#f-type", wanted)
    wait_loaded(page, len(expected))
    assert shown_events(page) == len(located(expected))
    types = set(page.eval_on_selector_all("#markers .marker", "els => els.map(e => e.dataset.type)"))
    assert types == {wanted}
    assert "type=Protests" in page.evaluate("location.hash")


def test_date_filter_and_timeline_brush(page: Any, server: str, events: list[dict[str, Any]]) -> None:
    page.goto(server + "/")
    wait_loaded(page, len(events))
    days = sorted({e["date"]["best"] for e in events})
    first, last = days[0], days[-1]
    page.fill("#f-from", first)
    page.fill("#f-to", first)
    page.dispatch_event("#f-to", "change")
    on_first = [e for e in events if e["date"]["best"] == first]
    wait_loaded(page, len(on_first))
    assert shown_events(page) == len(located(on_first))

    # Brush across the right half of the timeline: the inputs follow and the map is filtered.
    page.fill("#f-from", "")
    page.fill("#f-to", "")
    page.dispatch_event("#f-to", "change")
    wait_loaded(page, len(events))
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 1, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => document.getElementById('f-from').value !== ''")
    start, end = page.input_value("#f-from"), page.input_value("#f-to")
    assert first < start <= end == last
    inside = [e for e in events if start <= e["date"]["best"] <= end]
    wait_loaded(page, len(inside))
    assert 0 < len(inside) < len(events)
    assert f"from={start}" in page.evaluate("location.hash")


def _open_marker(page: Any, event_id: str) -> None:
    page.locator(f'#markers .marker[data-id="{event_id}"]').click()
    page.wait_for_selector("#panel:not([hidden]) .article-text")


def test_event_panel_shows_claims_and_highlighted_evidence(page: Any, server: str, events: list[dict[str, Any]]) -> None:
    event = next(e for e in events if any(c["hedge"] for c in e["claims"]))
    page.goto(server + "/")
    wait_loaded(page, len(events))
    _open_marker(page, event["event_id"])
    panel = page.locator("#panel")
    assert event["event_type"] in panel.locator("h2").inner_text()
    claims = panel.locator(".claims li")
    assert claims.count() == len(event["claims"])
    chain = " → ".join(event["claims"][0]["chain"])
    assert chain in claims.first.inner_text()
    hedges = panel.locator(".claims .hedge").all_inner_texts()
    assert {c["hedge"] for c in event["claims"] if c["hedge"]} <= set(hedges)
    flags = panel.locator(".flag").all_inner_texts()
    assert len(flags) == len(event["flags"])
    marks = panel.locator("mark.evidence:not(.evidence-other)").all_inner_texts()
    detail = httpx.get(f"{server}/articles/{event['articles'][0]['sha256']}").json()
    mine = [ev["text"] for ev in detail["evidence"] if ev["event_id"] == event["event_id"]]
    assert marks and all(any(m in text or text in m for text in mine) for m in marks)
    assert f"event={event['event_id']}" in page.evaluate("location.hash")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event.png"))


def test_script_in_an_article_is_shown_as_text(page: Any, server: str, events: list[dict[str, Any]]) -> None:
    event = next(e for e in events if e["event_type"] == "Protests")
    page.goto(server + "/")
    wait_loaded(page, len(events))
    _open_marker(page, event["event_id"])
    text = page.locator("#panel .article-text").inner_text()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator("#panel script, #panel img").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == [] and page.errors == []


def test_deep_link_restores_filters_and_the_open_event(page: Any, server: str, events: list[dict[str, Any]]) -> None:
    event = next(e for e in events if e["event_type"] == "Battles")
    page.goto(f"{server}/#type=Battles&event={event['event_id']}&view=4.00/20.0/30.0")
    battles = [e for e in events if e["event_type"] == "Battles"]
    wait_loaded(page, len(battles))
    assert page.input_value("#f-type") == "Battles"
    page.wait_for_selector("#panel:not([hidden]) .article-text")
    assert event["event_type"] in page.locator("#panel h2").inner_text()
    assert page.locator(f'#markers .marker.open[data-id="{event["event_id"]}"]').count() == 1
    # Closing the panel drops the event from the URL but keeps the filters.
    page.keyboard.press("Escape")
    page.wait_for_function("() => !location.hash.includes('event=')")
    assert "type=Battles" in page.evaluate("location.hash")


def test_events_on_one_spot_are_listed_to_choose_from(page: Any, server: str, events: list[dict[str, Any]]) -> None:
    spots: dict[tuple[float, float], list[dict[str, Any]]] = {}
    for e in located(events):
        spots.setdefault((e["location"]["lat"], e["location"]["lon"]), []).append(e)
    stacks = [group for group in spots.values() if len(group) > 1]
    assert stacks, "the fixtures put two events on one spot (the Ariha article's two reports)"
    stack = stacks[0]
    page.goto(server + "/")
    wait_loaded(page, len(events))
    page.locator(f'#markers .cluster[data-count="{len(stack)}"]').click()
    picks = page.locator("#panel .pick")
    assert sorted(picks.evaluate_all("els => els.map(e => e.dataset.id)")) == sorted(e["event_id"] for e in stack)
    target = stack[-1]
    page.locator(f'#panel .pick[data-id="{target["event_id"]}"]').click()
    page.wait_for_selector("#panel .article-text")
    assert target["sub_event_type"] in page.locator("#panel h2").inner_text()
    assert f"event={target['event_id']}" in page.evaluate("location.hash")
