"""The HTTP API on a real SQLite store seeded by coding our fixture articles (tests/fixtures/web)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.api import create_app
from dateline.store.db import Store
from tests.webseed import TOKEN, running_server, seed_db

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> tuple[Path, list[Any]]:
    path = tmp_path_factory.mktemp("api") / "seeded.sqlite"
    return path, seed_db(path, coder)


@pytest.fixture(scope="module")
def store(seeded: tuple[Path, list[Any]]) -> Iterator[Store]:
    with Store(str(seeded[0])) as s:
        yield s


@pytest.fixture(scope="module")
def client(store: Store, coder: Any) -> Iterator[TestClient]:
    with TestClient(create_app(store, token=TOKEN, coder=coder, max_body=50_000)) as c:
        yield c


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return list(response.json()["events"])


def assert_error(response: httpx.Response, status: int, code: str, field: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code, error
    assert error["message"]
    if field is not None:
        assert error.get("field") == field, error


# ---- reads ---------------------------------------------------------------------------------


def test_events_holds_every_seeded_incident(client: TestClient, seeded: tuple[Path, list[Any]]) -> None:
    coded = seeded[1]
    events = all_events(client)
    event_types = {e["event_type"] for e in events}
    assert event_types == {r.event_type for c in coded for r in c.events}
    report_ids = {rid for e in events for rid in e["report_ids"]}
    assert report_ids == {r.report_id for c in coded for r in c.events}
    assert all(e["schema"] == "dateline.merged/1" for e in events)


def test_type_filter_keeps_only_that_type(client: TestClient) -> None:
    events = all_events(client)
    wanted = events[0]["event_type"]
    filtered = all_events(client, type=wanted.lower())
    assert filtered and all(e["event_type"] == wanted for e in filtered)
    assert len(filtered) == sum(e["event_type"] == wanted for e in events)


def test_date_country_and_bbox_filters(client: TestClient) -> None:
    events = all_events(client)
    dates = sorted(e["date"]["best"] for e in events)
    middle = dates[len(dates) // 2]
    later = all_events(client, **{"from": middle})
    assert later and all(e["date"]["best"] >= middle for e in later)
    earlier = all_events(client, to=middle)
    assert all(e["date"]["best"] <= middle for e in earlier)
    assert {e["event_id"] for e in later} | {e["event_id"] for e in earlier} == {e["event_id"] for e in events}

    located = [e for e in events if e["location"] and e["location"]["country"]]
    country = located[0]["location"]["country"]
    in_country = all_events(client, country=country.lower())
    assert in_country and all(e["location"]["country"] == country for e in in_country)

    lat, lon = located[0]["location"]["lat"], located[0]["location"]["lon"]
    box = f"{lon - 0.5},{lat - 0.5},{lon + 0.5},{lat + 0.5}"
    boxed = all_events(client, bbox=box)
    assert located[0]["event_id"] in {e["event_id"] for e in boxed}
    assert all(abs(e["location"]["lat"] - lat) <= 0.5 and abs(e["location"]["lon"] - lon) <= 0.5 for e in boxed)


def test_cursor_pages_cover_everything_once(client: TestClient) -> None:
    expected = [e["event_id"] for e in all_events(client)]
    seen: list[str] = []
    cursor = None
    for _ in range(len(expected) + 1):
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/events", params=params).json()
        seen += [e["event_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == expected


def test_geojson_and_csv_carry_the_same_events(client: TestClient) -> None:
    events = all_events(client)
    geo = client.get("/events", params={"format": "geojson", "limit": 1000})
    assert geo.status_code == 200 and geo.headers["content-type"].startswith("application/geo+json")
    collection = geo.json()
    assert collection["type"] == "FeatureCollection"
    by_id = {e["event_id"]: e for e in events}
    assert {f["id"] for f in collection["features"]} == set(by_id)
    for feature in collection["features"]:
        loc = by_id[feature["id"]]["location"]
        if loc and loc["lat"] is not None:
            assert feature["geometry"]["coordinates"] == [loc["lon"], loc["lat"]]
        assert feature["properties"]["event_type"] == by_id[feature["id"]]["event_type"]

    text = client.get("/events", params={"format": "csv", "limit": 1000})
    assert text.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text.text)))
    assert {r["event_id"] for r in rows} == set(by_id)
    assert all(r["corroboration"] == str(by_id[r["event_id"]]["corroboration"]) for r in rows)


def test_event_detail_has_claims_reports_and_revisions(client: TestClient) -> None:
    event = next(e for e in all_events(client) if e["claims"])
    detail = client.get(f"/events/{event['event_id']}").json()
    assert detail["event"]["event_id"] == event["event_id"]
    assert detail["event"]["claims"] and all(c["chain"] for c in detail["event"]["claims"])
    assert {r["report_id"] for r in detail["reports"]} == set(event["report_ids"])
    assert detail["revisions"] and detail["revisions"][0]["action"] == "created"


def test_article_evidence_spans_point_into_its_text(client: TestClient) -> None:
    event = all_events(client)[0]
    ref = event["articles"][0]
    for key in (ref["sha256"], ref["id"]):
        body = client.get(f"/articles/{key}").json()
        text = body["article"]["text"]
        assert body["article"]["sha256"] == ref["sha256"]
        assert body["evidence"], "the article's reports carry evidence"
        for ev in body["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
        assert event["event_id"] in {ev["event_id"] for ev in body["evidence"]}


def test_stats_and_grid_agree_with_events(client: TestClient) -> None:
    events = all_events(client)
    stats = client.get("/stats").json()
    assert stats["total"] == len(events)
    assert sum(d["events"] for d in stats["by_day"]) == sum(1 for e in events if e["date"])
    assert sum(stats["by_type"].values()) == len(events)
    wanted = events[0]["event_type"]
    assert client.get("/stats", params={"type": wanted}).json()["total"] == stats["by_type"][wanted]

    located = sum(1 for e in events if e["location"] and e["location"]["lat"] is not None)
    for zoom in (0, 4, 12):
        grid = client.get("/grid", params={"zoom": zoom}).json()
        assert sum(c["events"] for c in grid["cells"]) == located
        assert grid["cell_deg"] == pytest.approx(60 / 2**zoom)
    assert len(client.get("/grid", params={"zoom": 0}).json()["cells"]) <= len(
        client.get("/grid", params={"zoom": 12}).json()["cells"]
    )


def test_since_lists_changes(client: TestClient) -> None:
    assert client.get("/events", params={"since": "2999-01-01T00:00:00Z"}).json()["events"] == []
    page = client.get("/events", params={"since": "2000-01-01T00:00:00Z", "limit": 1000}).json()
    assert len(page["events"]) == len(all_events(client)) and page["deleted"] == []


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert_error(client.get("/events/no-such-event"), 404, "E016", "event_id")
    assert_error(client.get("/articles/no-such-article"), 404, "E016", "article_id")
    assert_error(client.get("/nowhere"), 404, "E016")


BAD_QUERIES = [
    ("/events?from=2024-13-45", "from"),
    ("/events?from=yesterday", "from"),
    ("/events?to=2024-01-01&from=2024-02-01", "to"),
    ("/events?bbox=1,2,3", "bbox"),
    ("/events?bbox=a,b,c,d", "bbox"),
    ("/events?bbox=0,10,5,5", "bbox"),
    ("/events?bbox=0,0,500,5", "bbox"),
    ("/events?bbox=nan,0,1,1", "bbox"),
    ("/events?country=SY", "country"),
    ("/events?country=12x", "country"),
    ("/events?min_corroboration=-1", "min_corroboration"),
    ("/events?min_corroboration=lots", "min_corroboration"),
    ("/events?limit=0", "limit"),
    ("/events?limit=10001", "limit"),
    ("/events?limit=1e3", "limit"),
    ("/events?since=not-a-time", "since"),
    ("/events?format=xml", "format"),
    ("/events?cursor=%00%01garbage", "cursor"),
    ("/events?cursor=" + "A" * 40, "cursor"),
    ("/events?contry=SYR", "contry"),
    ("/events?q=" + "x" * 600, "q"),
    ("/stats?limit=5", "limit"),
    ("/grid?zoom=-1", "zoom"),
    ("/grid?zoom=99", "zoom"),
    ("/grid?zoom=two", "zoom"),
    ("/events/x?verbose=1", "verbose"),
    ("/events/" + "e" * 300, "event_id"),
]


@pytest.mark.parametrize(("url", "field"), BAD_QUERIES)
def test_malformed_parameters_are_precise_400s(client: TestClient, url: str, field: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, (url, response.text)
    error = response.json()["error"]
    assert error["code"] in {"E014", "E015"}
    assert error.get("field") == field, (url, error)
    assert client.get("/stats").status_code == 200  # still serving


PARAMS = ["from", "to", "bbox", "country", "type", "actor", "source", "source_kind", "min_corroboration",
          "q", "since", "limit", "cursor", "format", "zoom", "bogus"]
VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.dates().map(str),
    st.lists(st.floats(-1000, 1000).map(lambda f: f"{f:g}"), min_size=0, max_size=5).map(",".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/events", "/stats", "/grid"]), params=st.dictionaries(st.sampled_from(PARAMS), VALUES, max_size=4))
def test_fuzzed_queries_never_500(client: TestClient, path: str, params: dict[str, str]) -> None:
    response = client.get(path, params=params)
    assert response.status_code in (200, 400), (path, params, response.text)
    if response.status_code == 400:
        assert response.json()["error"]["code"] in {"E014", "E015"}


def test_read_only_methods(client: TestClient) -> None:
    assert_error(client.delete("/events/x"), 405, "E021")
    assert_error(client.put("/articles"), 405, "E021")
    assert_error(client.post("/events"), 405, "E021")


# ---- ingest --------------------------------------------------------------------------------

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_post_requires_the_token(client: TestClient) -> None:
    body = {"text": "Police dispersed a march in Kampala on Monday."}
    assert_error(client.post("/articles", json=body), 401, "E018")
    assert_error(client.post("/articles", json=body, headers={"Authorization": "Bearer wrong"}), 401, "E018")
    assert_error(client.post("/articles", json=body, headers={"Authorization": TOKEN}), 401, "E018")


def test_post_disabled_without_a_configured_token(store: Store) -> None:
    with TestClient(create_app(store, token=None)) as c:
        assert_error(c.post("/articles", json={"text": "x"}, headers=AUTH), 403, "E019")
        assert c.get("/stats").status_code == 200


def test_post_rejects_bad_bodies(client: TestClient) -> None:
    post = client.post
    assert_error(post("/articles", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}), 422, "E014", "body")
    assert_error(post("/articles", json=["a list"], headers=AUTH), 422, "E014", "body")
    assert_error(post("/articles", json={"title": "no text"}, headers=AUTH), 422, "E014", "text")
    assert_error(post("/articles", json={"text": "   "}, headers=AUTH), 422, "E014", "text")
    assert_error(post("/articles", json={"text": "a", "published": "soon"}, headers=AUTH), 422, "E014", "published")
    assert_error(post("/articles", json={"text": "a", "colour": "red"}, headers=AUTH), 422, "E014", "colour")
    assert_error(post("/articles", content=b"\x89PNG", headers={**AUTH, "Content-Type": "image/png"}), 415, "E020")
    assert_error(post("/articles", content=b"\xff\xfe\xfa", headers={**AUTH, "Content-Type": "text/plain"}), 422, "E014")
    assert_error(post("/articles", content=b"<html><body></body></html>", headers={**AUTH, "Content-Type": "text/html"}), 422, "E014", "body")
    big = b"x" * 60_000
    assert_error(post("/articles", content=big, headers={**AUTH, "Content-Type": "text/plain"}), 413, "E017")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while read
        for _ in range(10):
            yield b"y" * 10_000

    assert_error(post("/articles", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"}), 413, "E017")
    assert client.get("/stats").status_code == 200


def test_post_json_and_html_articles_are_coded_and_stored(client: TestClient) -> None:
    before = client.get("/stats").json()["total"]
    text = (
        "Police fired tear gas at hundreds of protesters in Kampala on Monday, witnesses said. "
        "The march against rising fuel prices had started near the city market."
    )
    created = client.post("/articles", json={"text": text, "published": "2024-07-02", "id": "kampala-1"}, headers=AUTH)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["article"]["id"] == "kampala-1" and body["result"]["added"] is True
    assert body["events"], "the article reports an event"
    event = client.get(f"/events/{body['events'][0]}").json()["event"]
    assert event["articles"][0]["id"] == "kampala-1"
    assert client.get("/articles/kampala-1").json()["article"]["text"].startswith("Police fired tear gas")
    assert client.get("/stats").json()["total"] >= before + 1

    again = client.post("/articles", json={"text": text, "published": "2024-07-02"}, headers=AUTH)
    assert again.status_code == 201 and again.json()["result"]["added"] is False

    html = (
        "<html><head><title>Clashes near Goma</title></head><body><article><h1>Clashes near Goma</h1>"
        "<p>M23 rebels clashed with Congolese army troops near Goma on Saturday, and three soldiers "
        "were killed, a military spokesman said on Sunday.</p>"
        "<p>The fighting forced families to leave two villages north of the city.</p></article></body></html>"
    )
    posted = client.post(
        "/articles?published=2024-08-04&outlet=Example%20Wire",
        content=html.encode(),
        headers={**AUTH, "Content-Type": "text/html; charset=utf-8"},
    )
    assert posted.status_code == 201, posted.text
    article = client.get(f"/articles/{posted.json()['article']['sha256']}").json()["article"]
    assert "M23 rebels clashed" in article["text"] and "<p>" not in article["text"]
    assert article["outlet"] == "Example Wire"


def test_since_reports_deleted_events(client: TestClient, store: Store) -> None:
    text = "Gunmen attacked a bus near Kaduna on Tuesday, killing five passengers, police said."
    posted = client.post("/articles", json={"text": text, "published": "2024-09-11", "id": "kaduna-bus"}, headers=AUTH)
    assert posted.status_code == 201, posted.text
    gone = set(posted.json()["events"])
    assert gone
    since = client.get(f"/events/{sorted(gone)[0]}").json()["event"]["created_at"]
    store.delete_article("kaduna-bus")
    page = client.get("/events", params={"since": since, "limit": 1000}).json()
    assert {d["event_id"] for d in page["deleted"]} >= gone
    assert not gone & {e["event_id"] for e in page["events"]}
    assert_error(client.get(f"/events/{sorted(gone)[0]}"), 404, "E016")


# ---- docs, assets ----------------------------------------------------------------------------


def test_docs_work_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs-assets/swagger-ui-bundle.js" in page.text
    assert not re.search(r"https?://", re.sub(r"https?://(127\.0\.0\.1|localhost)", "", page.text)), "no remote assets"
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/events" in spec["paths"] and "ArticleIn" in spec["components"]["schemas"]


def test_every_endpoint_is_documented(client: TestClient) -> None:
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method in methods:
            assert f"`{method.upper()} {path}`" in doc, f"{method.upper()} {path} is missing from docs/api.md"
        for param in (p for m in methods.values() for p in m.get("parameters", []) if p["in"] != "path"):
            assert f"`{param['name']}`" in doc, f"parameter {param['name']} of {path} is missing from docs/api.md"


def test_page_and_base_layer_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "http" not in re.sub(r"http-equiv", "", page.text), "the page loads nothing from the internet"
    script = client.get("/static/app.js")
    assert script.status_code == 200
    # Article text and API values go in as text nodes; none of the HTML-parsing sinks is used.
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(", script.text)
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert client.get("/static/style.css").status_code == 200
    base = client.get("/static/countries.geojson")
    assert base.status_code == 200
    features = base.json()["features"]
    assert len(features) > 150
    assert {"SYR", "UKR", "SDN", "KEN"} <= {f["properties"]["iso3"] for f in features}
    assert len(base.content) < 2_000_000


# ---- a real server -------------------------------------------------------------------------


def test_real_server_serves_and_survives_bad_input(seeded: tuple[Path, list[Any]]) -> None:
    with running_server(seeded[0]) as base, httpx.Client(base_url=base, timeout=30) as http:
        events = http.get("/events", params={"limit": 1000}).json()["events"]
        assert events
        detail = http.get(f"/events/{events[0]['event_id']}")
        assert detail.status_code == 200 and detail.json()["event"]["event_id"] == events[0]["event_id"]
        for url, _ in BAD_QUERIES:
            response = http.get(url)
            assert 400 <= response.status_code < 500, (url, response.status_code)
            assert "error" in response.json()
        wrong = http.post("/articles", json={"text": "x"}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        huge = http.post("/articles", content=b"z" * 3_000_000, headers={**AUTH, "Content-Type": "text/plain"})
        assert huge.status_code == 413
        assert http.get("/events", params={"limit": 1000}).json()["events"] == events


# ---- PostgreSQL --------------------------------------------------------------------------------


def test_the_same_api_on_postgresql(pg_server: Any, coder: Any) -> None:
    url = pg_server.create_database("api")
    coded = seed_db(url, coder)
    with Store(url) as pg, TestClient(create_app(pg, token=None)) as c:
        events = all_events(c)
        assert {rid for e in events for rid in e["report_ids"]} == {r.report_id for a in coded for r in a.events}
        assert c.get("/stats").json()["total"] == len(events)
        assert sum(cell["events"] for cell in c.get("/grid", params={"zoom": 3}).json()["cells"]) == len(located_events(events))
        protest = next(e for e in events if e["event_type"] == "Protests")
        assert [e["event_id"] for e in all_events(c, q="finance bill")] == [protest["event_id"]]
        detail = c.get(f"/events/{protest['event_id']}").json()
        article = c.get(f"/articles/{detail['event']['articles'][0]['sha256']}").json()
        assert "<script>alert(1)</script>" in article["article"]["text"]
        page = c.get("/events", params={"limit": 2}).json()
        assert len(page["events"]) == 2 and page["next_cursor"]
        assert_error(c.get("/events", params={"cursor": "bm90IG91cnM"}), 400, "E014", "cursor")


def located_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["location"] and e["location"]["lat"] is not None]
