"""dateline geoparse and the geoparsing / event-location scorers, on tiny gold files we wrote."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dateline.eval.geo import GoldToponym, align, evaluate_geo, read_geo

pytestmark = pytest.mark.model

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1"><text><![CDATA[Flooding closed roads in Nairobi on Monday, officials in Mombasa said.]]></text>
    <toponyms>
      <toponym><start>23</start><end>30</end><phrase>Nairobi</phrase>
        <gaztag geonameid="184745"><lat>-1.28333</lat><lon>36.81667</lon></gaztag></toponym>
      <toponym><start>58</start><end>65</end><phrase>Mombasa</phrase>
        <gaztag geonameid="186301"><lat>-4.05466</lat><lon>39.66359</lon></gaztag></toponym>
    </toponyms>
  </article>
  <article docid="2"><text><![CDATA[A fair opened in Lyon.]]></text>
    <toponyms>
      <toponym><start>3</start><end>7</end><phrase>Lyon</phrase>
        <gaztag geonameid="2996944"><lat>45.74846</lat><lon>4.84671</lon></gaztag></toponym>
      <toponym><start>9</start><end></end><phrase>Broken</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS = """<articles><article><source>x</source><text>Cases rose in Lagos.</text>
<locations><location><name>Lagos</name><start>13</start><end>18</end><lat>6.45407</lat><lon>3.39467</lon><page>p</page></location></locations>
</article></articles>"""


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_drifted_offsets_are_realigned_on_the_phrase() -> None:
    text = "Rain fell on Kisumu and on Eldoret."
    assert align(text, GoldToponym(13, 19, "Kisumu", None, None)) == GoldToponym(13, 19, "Kisumu", None, None)
    moved = align(text, GoldToponym(20, 27, "Eldoret", 0.5, 35.3))
    assert moved is not None and (moved.start, moved.end) == (27, 34)
    assert align(text, GoldToponym(0, 5, "Nakuru", None, None)) is None


def test_lgl_reader_counts_malformed_and_realigns(tmp_path: Path) -> None:
    arts, bad = read_geo("lgl", _write(tmp_path, "lgl.xml", LGL))
    assert [len(a.toponyms) for a in arts] == [2, 1]
    assert bad == [{"line": 2, "reason": "toponym without phrase or offsets ('Broken')"}]


def test_lgl_and_geovirus_end_to_end(coder: Any, tmp_path: Path) -> None:
    out = evaluate_geo("lgl", _write(tmp_path, "lgl.xml", LGL), coder=coder, progress=False)
    assert out["n"] == 2 and out["malformed"]["count"] == 1
    # "Lyon" is at 17-21 in the text, not 3-7: it is re-anchored, not lost
    assert out["unaligned"] == 0 and out["recognition"]["gold"] == 3
    assert out["recognition"]["overlap"]["recall"] == 1.0
    assert out["resolution"]["acc_161km"] == 1.0 and out["end_to_end"]["acc_161km"] == 1.0
    gv = evaluate_geo("geovirus", _write(tmp_path, "gv.xml", GEOVIRUS), coder=coder, progress=False)
    assert gv["end_to_end"] == {"acc_161km": 1.0, "n": 1}


def test_event_location_choice_and_abstention(coder: Any, tmp_path: Path) -> None:
    lines = [
        {"text": "Gunmen shot a trader in Kano on Friday.", "spans": [{"start": 7, "end": 11, "label": "VERB"}, {"start": 24, "end": 28, "label": "LOCATION"}]},
        {"text": "Nigeria said the gunmen shot a trader.", "spans": [{"start": 24, "end": 28, "label": "VERB"}]},
        {"text": "not json"},
    ]
    path = tmp_path / "el.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines[:2]) + "\n{broken\n", encoding="utf-8")
    out = evaluate_geo("event-location", path, coder=coder, progress=False)
    assert out["n"] == 2 and out["malformed"]["count"] == 1 and out["malformed"]["first"][0]["line"] == 3
    assert out["event_location"] == {"accuracy": 1.0, "with_location": 1.0, "without_location": 1.0, "n": 2, "same_name_other_mention": 0}


def test_event_location_counts_another_mention_of_the_gold_place(coder: Any, tmp_path: Path) -> None:
    text = "Police in Kano said gunmen shot a trader outside a market in Kano on Friday."
    verb = text.index("shot")
    line = {"text": text, "spans": [{"start": verb, "end": verb + 4, "label": "VERB"}, {"start": 10, "end": 14, "label": "LOCATION"}]}
    path = tmp_path / "el.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    out = evaluate_geo("event-location", path, coder=coder, progress=False)
    # the pick is the second "Kano" (the scene of the shooting), the gold span the first
    assert out["event_location"]["accuracy"] == 1.0 and out["event_location"]["same_name_other_mention"] == 1


def test_geoparse_command_prints_spans_and_points(tmp_path: Path) -> None:
    article = _write(tmp_path, "a.txt", "Troops shelled villages near Idlib and in the province of Hama on Monday.")
    exe = Path(sys.executable).with_name("dateline")
    out = subprocess.run([str(exe), "geoparse", str(article)], capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    text = article.read_text()
    assert [r["text"] for r in rows] == ["Idlib", "Hama"]
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"] and r["country"] == "SYR" and r["article"]["url"] == str(article)
        # DESIGN.md's fields, plus admin2 and the P-codes (null until an OCHA gazetteer is imported)
        assert set(r) == {"article", "text", "start", "end", "name", "geonames_id", "lat", "lon", "country", "admin1", "feature", "score",
                          "admin2", "admin1_pcode", "admin2_pcode", "pcode"}  # fmt: skip
