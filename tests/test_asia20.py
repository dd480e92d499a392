"""Actors, round 20 (Asia interaction): the inter codes today's codebook and ACLED's 2015 Asia
release give Myanmar's ethnic armed organisations and other regional armed movements (the
dictionary's ``inter_2015``, applied by :func:`as_release`), named groups the
dictionary missed, and an alias shared by groups of two countries read as the group of the
country the text is about."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import alias_matches, as_release, shared_alias
from tests.actor_checks import first_report, sides

WHEN = date(2015, 6, 9)


@pytest.mark.parametrize(
    ("written", "inter", "inter_2015"),
    [
        # regional armed movements against the state: rebels by today's codebook (2); ACLED's
        # 2015 Asia release coded Myanmar's ethnic armed organisations and these Naga and
        # Kashmiri groups as political militias (3)
        ("Kachin Independence Army", 2, 3),
        ("TNLA", 2, 3),
        ("MNDAA", 2, 3),
        ("Shan State Army-North", 2, 3),
        ("DKBA", 2, 3),
        ("NSCN-K", 2, 3),
        ("Hizbul Mujahideen", 2, 3),
        # ... and the Arakan Army, organised around one people, as an identity militia (4)
        ("Arakan Army", 2, 4),
        # a sectarian group fights no one for national power: a political militia in both
        ("Lashkar-e-Jhangvi", 3, None),
        # an armed group organised around one people: an identity militia
        ("Karbi People's Liberation Tigers", 4, None),
        ("Dima Halam Daogah", 4, None),
        # the Karen National Union's armed wing is named on its own, a rebel group
        ("KNLA", 2, None),
    ],
)
def test_asian_armed_groups_inter_codes_now_and_in_the_2015_release(
    written: str, inter: int, inter_2015: int | None
) -> None:
    found = [g for _s, _e, _w, g in alias_matches(f"Officials said {written} fighters were behind the raid.")]
    assert [g.inter for g in found] == [inter], found
    assert dict(found[0].release_inters).get("2015") == inter_2015, found


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar"),
        ("Ansarullah Bangla Team", "ABT: Ansarullah Bangla Team"),
        ("JMB", "JMB: Jamaat-ul-Mujahideen Bangladesh"),
        ("Kuki National Liberation Front", "KNLF: Kuki National Liberation Front"),
        ("PLFI", "PLFI: People's Liberation Front of India"),
        ("Karen National Liberation Army", "KNLA: Karen National Liberation Army"),
    ],
)
def test_named_groups_added_in_round_20(written: str, name: str) -> None:
    found = [
        g.name for _s, _e, _w, g in alias_matches(f"Officials said {written} cadres were behind the raid.")
    ]
    assert found == [name], found


def test_a_shared_alias_is_the_group_of_the_texts_country() -> None:
    text = "Officials said UPDF men were behind the raid."
    assert shared_alias("UPDF")
    assert not shared_alias("TNLA")
    assert [g.country for _s, _e, _w, g in alias_matches(text, "BGD")] == ["BGD"]
    assert [g.country for _s, _e, _w, g in alias_matches(text, "UGA")] == ["UGA"]
    # no country known: the dictionary's first entry, as before
    assert [g.country for _s, _e, _w, g in alias_matches(text)] == ["UGA"]


def test_a_hill_tracts_party_is_not_ugandas_army(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "Suspected UPDF gunmen shot dead a rival activist at a bazaar in Khagrachari.", WHEN
    )
    names = [name for name, _inter in sides(r)]
    assert "UPDF: United People's Democratic Front" in names, sides(r)
    assert not any(name.startswith("Military Forces of Uganda") for name in names), sides(r)


def test_a_fight_with_an_ethnic_armed_organisation_is_state_against_rebels_or_the_2015_militia(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Government troops fought the TNLA near a village in Kyaukme township, Shan State."
    r = first_report(coder, text, WHEN)
    assert sorted(inter for _name, inter in sides(r)) == [1, 2], sides(r)
    assert r.interaction == 12
    as_release([r], "2015")
    assert sorted(inter for _name, inter in sides(r)) == [1, 3], sides(r)
    assert r.interaction == 13


@pytest.mark.parametrize(
    "text",
    [
        "Cadres of the Kuki National Liberation Front fired at an army patrol near Diphu in Assam on Monday.",
        "Cadres of NSCN (K) opened fire on a patrol of army troops close to a village of Nagaland's Mon district on Friday.",
    ],
)
def test_cadres_of_an_armed_organisation_are_its_fighters(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # a militia named as an army or a liberation front fights as one: its cadres are no crowd of rioters
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Battles", (r.event_type, sides(r))
    assert sorted(inter for _name, inter in sides(r)) in ([1, 3], [1, 2]), sides(r)


def test_cadres_of_a_party_stay_a_crowd(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "BNP activists clashed with Awami League cadres in Feni, leaving ten injured.", WHEN
    )
    assert r.event_type == "Riots", (r.event_type, sides(r))


def test_the_release_is_checked_and_none_changes_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.pipeline import Coder

    r = first_report(
        coder, "Government troops fought the TNLA near a village in Kyaukme township, Shan State.", WHEN
    )
    before = r.model_dump()
    as_release([r], None)
    assert r.model_dump() == before
    with pytest.raises(ValueError, match="unknown ACLED release '1999'"):
        as_release([r], "1999")
    with pytest.raises(ValueError, match="unknown ACLED release"):
        Coder(nlp=coder.nlp, gazetteer=coder.gazetteer, release="1999")


def test_a_coder_for_the_2015_release_codes_its_inter(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.pipeline import Coder
    from dateline.record import Article

    old = Coder(nlp=coder.nlp, gazetteer=coder.gazetteer, release="2015")
    text = (
        "Kachin Independence Army fighters clashed with government troops near Laiza, killing two soldiers."
    )
    art = Article.from_text(text, id="kia", published=WHEN)
    now = [(a.name, a.inter) for r in coder.code(art).events for a in (r.actor1, r.actor2) if a is not None]
    then = [(a.name, a.inter) for r in old.code(art).events for a in (r.actor1, r.actor2) if a is not None]
    batch = [
        (a.name, a.inter)
        for c in old.code_many([art])
        for r in c.events
        for a in (r.actor1, r.actor2)
        if a is not None
    ]  # type: ignore[union-attr]
    assert ("KIA: Kachin Independence Army", 2) in now, now
    assert ("KIA: Kachin Independence Army", 3) in then, then
    assert batch == then


@pytest.mark.model
def test_the_cli_codes_with_an_older_release_and_refuses_an_unknown_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_cli import describe, run_cli

    art = tmp_path / "kia.txt"
    art.write_text(
        "Kachin Independence Army fighters clashed with government troops near Laiza on Monday, killing two soldiers.\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.sqlite"
    now = run_cli("code", str(art), "--published", "2015-03-02", "--format", "jsonl", db=db)
    then = run_cli(
        "code", str(art), "--published", "2015-03-02", "--format", "jsonl", "--acled-release", "2015", db=db
    )
    assert now.returncode == 0 and then.returncode == 0, describe(now) + describe(then)
    assert {r["interaction"] for r in now.reports()} == {12}, describe(now)
    assert {r["interaction"] for r in then.reports()} == {13}, describe(then)
    bad = run_cli("code", str(art), "--acled-release", "1999", db=db)
    assert bad.returncode == 2, describe(bad)
    assert "--acled-release '1999'" in bad.stderr and "2015" in bad.stderr, describe(bad)


@pytest.mark.model
def test_eval_scores_a_2015_file_with_that_releases_inter_codes(coder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dateline.eval.runner import evaluate
    from tests.test_eval import ACLED_2015, ACLED_2020, _acled_2020_row, _write_csv

    note = (
        "Kachin Independence Army fighters clashed with government troops near Laiza, killing two soldiers."
    )
    old = ["775", "1MMR", "1", "02-March-2015", "2015", "1", "Battle-No change of territory",
           "Military Forces of Myanmar (2011-2016)", "", "1", "KIA: Kachin Independence Army", "", "3", "13",
           "Myanmar", "Kachin", "", "", "Laiza", "24.76", "97.55", "1", "Src", note, "2"]  # fmt: skip
    out = evaluate("acled", _write_csv(tmp_path / "old.csv", ACLED_2015, [old]), coder=coder, progress=False)
    assert out["interaction"]["accuracy"] == 1.0, out["interaction"]
    new = _acled_2020_row(
        event_date="2 March 2020",
        time_precision="1",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Myanmar (2016-2021)",
        inter1="1",
        actor2="KIA: Kachin Independence Army",
        inter2="2",
        interaction="12",
        country="Myanmar",
        admin1="Kachin",
        location="Laiza",
        latitude="24.76",
        longitude="97.55",
        geo_precision="1",
        notes=note,
        fatalities="2",
    )
    out = evaluate("acled", _write_csv(tmp_path / "new.csv", ACLED_2020, [new]), coder=coder, progress=False)
    assert out["interaction"]["accuracy"] == 1.0, out["interaction"]
