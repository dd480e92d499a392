"""Assemble reports and mentions from one parsed article.

Reads like the coder's checklist, sentence by sentence: find triggers, read their modality,
decide whether a sentence tells a new incident or goes on about the last one (anaphora such
as "during the clashes", a death with no event of its own), then fill each report's actors,
place, date, casualties and claims, keeping an evidence span for every field.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, IS_TITLE, LEMMA, LOWER, POS
from spacy.parts_of_speech import PROPN, VERB
from spacy.tokens import Doc, Span, Token

from dateline.extract.actors import (
    CIVILIAN_NOUNS,
    COMMUNAL_CUES,
    LIVESTOCK_WORDS,
    RAID_WORDS,
    ActorMention,
    alias_matches,
    arrested_by_membership,
    arrested_members,
    communal_sides,
    cross_line_foe,
    find_actors,
    follows_up,
    group_for_filler,
    handed_between,
    identity_votes,
    identity_words,
    interaction,
    named_for_unnamed,
    party_factions,
    party_groups_clash,
    party_militia,
    period_militia_name,
    raiding_bandits,
    regional_insurgents,
    rival_bands,
    shared_alias,
    state_actor_name,
    state_for_lone_fighters,
    victims_nation,
)
from dateline.extract.attribution import Attribution, carry_over, describe_speaker, find_attribution
from dateline.extract.confidence import Signals, codable_place
from dateline.extract.confidence import scores as score_confidence
from dateline.extract.countries import (
    context_votes,
    country_code,
    country_name,
    gazetteer_country,
    usage_country,
)
from dateline.extract.durations import day_by_ordinal, duration_days
from dateline.extract.modality import CAMPAIGN_LEMMAS, denier, find_hedge, read_modality, unrealised
from dateline.extract.numbers import CasualtyFigure, coded_fatalities, find_casualties
from dateline.extract.plover import plover_action
from dateline.extract.reference import blamed_party, lays_responsibility, referred_reason
from dateline.extract.splitting import clause_owner, day_of_figure, day_parts, own_clause, range_days, share
from dateline.extract.taxonomy import EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, SUB_TYPES, VAC
from dateline.extract.triggers import (
    ATTACK_LEMMAS,
    COMMUNAL_WAR_KEYS,
    CRIME_WORDS,
    CROWD_SUBJECTS,
    DEMONSTRATION_WORDS,
    FORCE_WORDS,
    INTERVENTION_WORDS,
    MOB_PEOPLE,
    MOB_WORDS,
    NONSTATE_TAKE,
    PEOPLE_MEMBERS,
    PROPERTY_WORDS,
    PROTEST_CONTEXT,
    RECIPROCAL_WORDS,
    REPLY_NOUNS,
    RIOT_SUBS,
    SERVED_PROTEST,
    STATE_REGAIN,
    STRONG_RIOT_CUES,
    SYMBOLIC_BURNING,
    VEHICLE_WORDS,
    Trigger,
    blast_in_strike_time,
    crowd_claims,
    crowd_violence,
    day_of_strike,
    find_triggers,
    grievance_of,
    non_event_reason,
    non_event_words,
    own_device,
    protest_cause,
    protest_topic,
    retype_by_actors,
    retype_by_context,
    retype_territory,
    serves_protest,
    symbol_burning_words,
    symbolic_burning,
    taken_unopposed,
    torch_march,
    unarmed_target,
    ungrieved_words,
)
from dateline.extract.victims import number_unnumbered
from dateline.geo.gazetteer import Gazetteer, Place
from dateline.geo.names import deglued_key
from dateline.geo.toponyms import (
    Toponym,
    country_votes,
    inside_votes,
    is_locative,
    named_elsewhere,
    recognise,
    resolve,
)
from dateline.nlp.model import column, doc_text, heads, lowers, span_words, subtree_ids
from dateline.record import (
    Actor,
    Article,
    ArticleRef,
    Claim,
    Coder,
    EventDate,
    Evidence,
    Fatalities,
    Injured,
    Location,
    Mention,
    Plover,
    Report,
    report_id,
)
from dateline.time.anchor import (
    NOTE_GENRE,
    DateSpan,
    find_anchor_phrases,
    find_dates,
    on_note_day,
    resolve_relative_to,
)
from dateline.time.stamp import find_stamp, reference_date, text_date

# ACLED: deaths reported without a number are coded 10 for a significant attack in a war zone,
# 3 otherwise. "Significant" is read from intensity words in the sentence.
IMPUTED_SIGNIFICANT = 10
IMPUTED_DEFAULT = 3
SIGNIFICANT_WORDS = ("heavy", "major", "massive", "many", "mass", "dozens", "scores", "large")
# Without a date in the text, an event in a news report is taken to be within the week before
# publication (ACLED time_precision 2); best is the publication day (our rule: on the GVA and
# FA-KES development articles it matched the gold day more often than the day before).
DEFAULT_WINDOW_DAYS = 6
# A date stated elsewhere in the paragraph, or in the article's opening, dates an undated event
# only when it is this recent: older dates there are background.
CONTEXT_DATE_DAYS = 14


@dataclass
class _Sentence:
    span: Span
    index: int
    paragraph: int
    attribution: Attribution | None = None
    toponyms: list[Toponym] = field(default_factory=list)
    _text: str | None = None

    @property
    def text(self) -> str:
        """The sentence's text, cut once from the cached doc text (Span.text rebuilds it from
        the tokens on every access)."""
        if self._text is None:
            self._text = doc_text(self.span.doc)[self.span.start_char : self.span.end_char]
        return self._text


@dataclass
class _Draft:
    trigger: Trigger
    sentence: _Sentence
    sub_event_type: str
    modality: str
    sentences: list[_Sentence] = field(default_factory=list)
    figures: list[tuple[CasualtyFigure, _Sentence]] = field(default_factory=list)
    date: DateSpan | None = None
    date_inherited: bool = False
    date_default: bool = False
    # other asserted triggers of the first sentence: clauses that may tell an incident of their own
    others: list[tuple[Trigger, str]] = field(default_factory=list)
    # characters of the clause this report is read from, when its sentence tells several
    scope: tuple[int, int] | None = None
    # later sentences laying the blame for this event on someone: (sentence, blamed party's characters)
    blame: list[tuple[_Sentence, tuple[int, int]]] = field(default_factory=list)


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs (blank-line separated)."""
    out = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        out.append((m.start(), m.end()))
    return out


def sentences_of(doc: Doc) -> list[Span]:
    """spaCy sentences, cut again at blank lines so no sentence crosses a paragraph."""
    flags = doc.to_array([IS_SPACE, IS_PUNCT]) if len(doc) else np.zeros((0, 2), dtype=np.uint64)
    # blank-line tokens, found from the array rather than by visiting every token
    breaks = [int(i) for i in np.nonzero(flags[:, 0])[0] if "\n\n" in doc[int(i)].text.replace("\r", "")]
    words = np.cumsum(np.concatenate(([0], (flags[:, 0] == 0) & (flags[:, 1] == 0))))
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for i in breaks[bisect_left(breaks, sent.start) : bisect_left(breaks, sent.end)]:
            if i > start:
                out.append(doc[start:i])
            start = i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    # keep pieces holding a word (not only spaces and punctuation)
    return [s for s in out if words[s.end] - words[s.start] > 0]


def _paragraph_index(spans: list[tuple[int, int]], char: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= char < b:
            return i
    return max(0, len(spans) - 1)


def _ev(doc: Doc, field_name: str, start: int, end: int) -> Evidence:
    return Evidence(field=field_name, start=start, end=end, text=doc_text(doc)[start:end])


class ArticleCoder:
    """Codes one parsed article. Dependencies are injected: the gazetteer and the coder stamp."""

    def __init__(self, gazetteer: Gazetteer, coder: Coder) -> None:
        self.gazetteer = gazetteer
        self.coder = coder
        self._actor_memo: dict[tuple[int, int, str | None, date | None], list[ActorMention]] = {}
        self._ref: ArticleRef | None = None
        self._stamp = (0, 0)
        self._stamp_date: DateSpan | None = None
        self._text_day: date | None = None
        self._unframed = False
        self._note = False
        # per article: the first town named in the few sentences after each sentence
        self._next_town: dict[int, Place | None] = {}
        self._region_before: dict[int, Place | None] = {}
        self._actor_country: str | None = None
        # Round 21: the country votes of the text's words (demonyms, groups, parties, usage), not its places
        self._word_votes: Counter[str] = Counter()
        self._home_votes: Counter[str] = Counter()
        self._sents: list[_Sentence] = []

    def _actors(self, span: Span, country: str | None, when: date | None) -> list[ActorMention]:
        """:func:`find_actors`, once per sentence, country and date within one article."""
        key = (span.start, span.end, country, when)
        found = self._actor_memo.get(key)
        if found is None:
            found = self._actor_memo[key] = find_actors(span, event_country=country, when=when)
        return found

    def code(self, article: Article, doc: Doc) -> tuple[list[Report], list[Mention]]:
        self._actor_memo = {}
        text = doc_text(doc)
        self._ref = article.ref()
        # Relative dates count from the article's own dateline when it has one: "on Saturday"
        # in a page stamped Saturday 7 October is that day (see dateline.time.stamp). The stamp
        # dates the page, not an event: any other date in its sentence comes first.
        stamp = find_stamp(text, article.published)
        self._stamp = (stamp.char_start, stamp.char_end) if stamp is not None else (0, 0)
        reference = reference_date(stamp, article.published)
        # with neither a date nor a stamp, reports nothing dates take the text's own latest day
        # (see text_date); it is no publication date: background told before it stays an event
        self._text_day = text_date(text) if reference is None else None
        # a stamp the caller's date contradicts dates nothing (see reference_date)
        self._stamp_date = None if stamp is None or stamp.day != reference else DateSpan(
            stamp.day, stamp.day, stamp.day, 1, text[stamp.char_start : stamp.char_end], stamp.char_start, stamp.char_end, "explicit"
        )
        # The text was written on its stamp's day, not the caller's: its "Saturday" and "yesterday"
        # count from a day the caller's date contradicts, so they date nothing on the caller's calendar.
        self._unframed = stamp is not None and stamp.day != reference
        # a note's date is its event's day, not the day its source was written (see on_note_day)
        self._note = article.genre == NOTE_GENRE
        if reference != article.published:
            article = article.model_copy(update={"published": reference})
        para_spans = paragraphs_of(text)
        sents = [
            _Sentence(s, i, _paragraph_index(para_spans, s.start_char)) for i, s in enumerate(sentences_of(doc))
        ]
        self._attribute(sents, para_spans, text)
        self._sents = sents
        tops = recognise(
            doc,
            exclude=[(a.char_start, a.char_end) for s in sents if (a := s.attribution) and not a.carried],
            gazetteer=self.gazetteer,
        )
        guests: Counter[str] = Counter()
        votes = country_votes(doc, guests)
        # a named group of one country ("the Taliban") points at it as a demonym does; an alias that
        # groups of two countries share ("UPDF") points at neither
        # (Round 21: these votes of the text's own public life, its groups, parties, offices and usage, are
        # also kept apart: they tell where the text is, where a country's name may be a protest's subject)
        home_votes = Counter(g.country for _a, _b, w, g in alias_matches(text) if g.country and g.votes and not shared_alias(w))
        # so do its parties, state bodies and local words ("upazila", "IEBC")
        home_votes.update(context_votes(text))
        # Round 19b: a country's public-life words ("sat on a dharna", "upazila chairman") speak as a demonym does
        usage = usage_country(text)
        if usage is not None:
            home_votes[usage] += 1
        votes.update(home_votes)
        votes.update(identity_votes(doc))
        # "shelling inside the Kenyan border", "troops entered Kenya": where the text puts the event
        votes.update(inside_votes(text))
        focus = resolve(tops, self.gazetteer, votes=host_votes(votes, guests), text=text, home=home_votes)
        if focus is not None and _unplaced_nations(tops, votes, text) and (nation := victims_nation(doc, focus)) is not None:
            # "two Bangladeshi traders shot by Indian border guards", no place named: where the victims are
            focus = nation
        # actors still need a country when no place resolves ("Garissa residents protest")
        self._actor_country = focus or usage or gazetteer_country(doc, self.gazetteer)
        self._word_votes = votes
        self._home_votes = home_votes
        for t in tops:
            for s in sents:
                if s.span.start_char <= t.start < s.span.end_char:
                    s.toponyms.append(t)
                    break
        drafts, mentions = self._drafts(doc, sents, article)
        reports = []
        last_town: Place | None = None
        last_region: Place | None = None
        town_by_sentence: dict[int, Place | None] = {}
        self._region_before = {}
        for s in sents:
            for t in s.toponyms:
                if _is_town(t, doc):
                    last_town = t.place
                elif _is_region(t, doc) and (is_locative(t, doc) or _IN_BEFORE.search(doc_text(doc), max(0, t.start - 12), t.start)):
                    last_region = t.place
            town_by_sentence[s.index] = last_town
            self._region_before[s.index] = last_region
        self._next_town = _next_towns(sents, doc)
        previous: Report | None = None
        previous_draft: _Draft | None = None
        done: list[_Draft] = []
        for d in drafts:
            report = self._report(article, doc, d, focus, town_by_sentence, previous, previous_draft, done)
            done.append(d)
            if report is None:
                continue
            parts = self._split_clauses(article, doc, d, report, focus, town_by_sentence, previous, previous_draft, done)
            for pd, pr in parts:
                days = self._split_days(article, pd, pr, town_by_sentence)
                if len(days) > 1:
                    reports.extend(days)
                else:
                    reports.extend(self._split_places(article, pd, pr, town_by_sentence))
            previous, previous_draft = parts[0][1], d
        return _headline_tolls(reports), mentions

    def _split_places(
        self, article: Article, d: _Draft, report: Report, town_by_sentence: dict[int, Place | None]
    ) -> list[Report]:
        """ACLED codes one event per location: "clashes in X and Y" is two reports, one per
        place, with the stated deaths divided evenly between them (ACLED's rule for a toll
        given across several events; the remainder goes to the first)."""
        s = d.sentence
        loc_ev = next((e for e in report.evidence if e.field == "location"), None)
        if loc_ev is None or report.location is None:
            return [report]
        text = doc_text(s.span.doc)
        tops = sorted(s.toponyms, key=lambda t: t.start)
        first = next((t for t in tops if t.start == loc_ev.start and t.end == loc_ev.end), None)
        if first is None:
            return [report]
        if _BETWEEN.search(text, max(0, first.start - 40), first.start):
            nxt = next((t for t in tops if t.start > first.start), None)
            if nxt is not None and _AND.fullmatch(text[first.end : nxt.start]):
                # "on the road between A and B", "between A and B Highway": one stretch named by
                # the towns at its ends, not two events; ACLED codes it near the first (precision 2)
                near = report.location.model_copy(update={"geo_precision": max(2, report.location.geo_precision)})
                return [report.model_copy(update={"location": near})]
        places: list[tuple[Toponym, Location]] = []
        seen = {report.location.geonames_id}
        last = first
        joined = False  # an "and"/"or" seen: the commas are a list's, not "town, district"
        for t in tops:
            if t.start <= last.start:
                continue
            gap = text[last.end : t.start]
            if _MISSED_MEMBER.fullmatch(gap):
                # "A, Lolab, B": a name the recogniser missed sits inside the list, it does not end it
                gap = gap[gap.rindex(",") :] if not _AND.search(gap) else " and "
            if not _COORDINATION.fullmatch(gap) or _CONTAINED_IN.fullmatch(gap):
                break
            if _holds(t, last, next((o for o in tops if o.start > t.start), None)) and not _LIST_ENDS.match(text, t.end):
                break  # Round 21b: "in A, B , C" where B is the district A lies in: a place and its container
            joined = joined or not _BARE_COMMA.fullmatch(gap)
            loc = self._place_of(t, town_by_sentence.get(s.index))
            if loc is None and t.text[:1].isupper():
                # a listed place the gazetteer cannot answer is still an event of its own: its
                # report says the place is unknown (no point), in the country of the list
                loc = Location(name=t.text, text=t.text, country=report.location.country, geo_precision=3)
            if loc is None or (loc.geonames_id is not None and loc.geonames_id in seen) or (
                    loc.geonames_id is not None and loc.geo_precision == 3):
                break
            places.append((t, loc))
            seen.add(loc.geonames_id)
            last = t
        # a list may run on past a name that did not resolve ("in A, B, C and D")
        joined = joined or bool(_LIST_GOES_ON.match(text, last.end))
        if not places or (len(places) == 1 and not joined):
            # "in Malakisi, Sirisia": two names split by a bare comma are a town and what holds it
            return [report]
        n = len(places) + 1
        out = [report.model_copy(update=_toll_share(article, report, n, 0, "places"))]
        for i, (t, loc) in enumerate(places, 1):
            rid = report_id(article.sha256, t.start, t.end)
            evidence = [e for e in report.evidence if e.field != "location"]
            evidence.append(Evidence(field="location", start=t.start, end=t.end, text=text[t.start : t.end]))
            out.append(
                report.model_copy(
                    update={
                        "event_id": rid, "report_id": rid, "location": loc, "evidence": evidence,
                        **_toll_share(article, report, n, i, "places"),
                    }
                )
            )
        return out

    def _split_clauses(
        self,
        article: Article,
        doc: Doc,
        d: _Draft,
        report: Report,
        focus: str | None,
        town_by_sentence: dict[int, Place | None],
        previous: Report | None,
        previous_draft: _Draft | None,
        done: list[_Draft],
    ) -> list[tuple[_Draft, Report]]:
        """ "Troops fought X in A, while police fought Y in B": a second clause with its own
        subject is its own report when it names an actor the first does not, or its own place
        or day. Each stated toll goes with the clause that holds it."""
        others = [(t, m) for t, m in d.others if own_clause(doc[t.token])]
        if not others:
            return [(d, report)]
        s = d.sentence
        heads = [doc[d.trigger.token]] + [doc[t.token] for t, _ in others]
        owner: dict[int, int] = {}
        for k, (f, fs) in enumerate(d.figures):
            if fs is s:
                tok = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
                owner[k] = clause_owner(tok.root, heads) if tok is not None else 0
        kept: list[tuple[_Draft, Report]] = []
        for i, (t, modality) in enumerate(others, 1):
            figs = [fig for k, fig in enumerate(d.figures) if owner.get(k) == i]
            head = heads[i]
            scope = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
            part = _Draft(t, s, t.sub_event_type, modality, [s], figures=figs, scope=scope)
            r = self._report(article, doc, part, focus, town_by_sentence, previous, previous_draft, done)
            if r is not None and _tells_apart(report, r):
                kept.append((part, r))
        if not kept:
            return [(d, report)]
        moved = {id(f) for p, _ in kept for f, _ in p.figures}
        d.figures = [(f, fs) for f, fs in d.figures if id(f) not in moved]
        starts = [p.scope[0] for p, _ in kept if p.scope is not None]
        if starts and min(starts) > heads[0].idx:
            # the first clause ends where the next one begins
            d.scope = (s.span.start_char, min(starts))
        main = self._report(article, doc, d, focus, town_by_sentence, previous, previous_draft, done)
        return [(d, main if main is not None else report), *kept]

    def _split_days(
        self, article: Article, d: _Draft, report: Report, town_by_sentence: dict[int, Place | None]
    ) -> list[Report]:
        """ "On Monday and again on Wednesday": one report per day. A toll goes to the day the
        text ties it to (see :func:`day_of_figure`), else it is divided evenly; a place named
        right before a later day ("and Y on Wednesday") is that day's place."""
        s = d.sentence
        if article.published is None or report.date is None:
            return [report]
        doc = s.span.doc
        attr = s.attribution if s.attribution is not None and not s.attribution.carried else None
        trig = doc[d.trigger.token]
        # "clashes were reported on 11 and 12 September": the days of an event noun that is the
        # subject are told in its verb's clause
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("nsubj", "nsubjpass"):
            trig = trig.head
        left, right = doc[trig.left_edge.i].idx, trig.right_edge.idx + len(trig.right_edge.text)
        dates = [
            x for x in _event_dates(doc, s.text, article.published, offset=s.span.start_char)
            if not (attr is not None and attr.char_start <= x.char_start < attr.char_end)
            and (trig.dep_ == "ROOT" or left <= x.char_start < right)
            and not (self._unframed and _counts_from_page(x))
        ]
        parts = day_parts(dates, s.text, s.span.start_char)
        # "from 20 to 24 May": the report's own span of days, a day each; a toll told once for the
        # episode is divided evenly over the days (ACLED codebook, fatalities: a total reported
        # across events is split evenly, the remainder to the first), never repeated
        spanned = not parts and d.date is not None and not (d.date_inherited or d.date_default)
        counted = False  # days told by their number only: a figure goes to the day an ordinal names
        if spanned and d.date is not None:
            parts = range_days(d.date)
        if not parts and (report.date.time_precision == 1 or d.date_default):
            # "in two days of clashes", "protested for three days": a span told by its length, a day each
            told = _event_dates(doc, s.text, article.published, offset=s.span.start_char)
            stated = tuple((x.char_start, x.char_end) for x in told if not (attr and attr.char_start <= x.char_start < attr.char_end))
            parts = duration_days(s.span, doc[d.trigger.token], trig, report.date.best, report.date.time_precision, stated)
            spanned = bool(parts)
            counted = bool(parts)
        if not parts:
            return [report]
        text = doc_text(doc)
        # a note's upper-case "FATALITIES:" field is its coder's count for the note's own day, not a
        # total to divide over the days the note counts
        field = counted and _FATALITIES_FIELD.search(text) is not None
        interleaved = any(fs is s and parts[0].char_start < f.char_start < parts[-1].char_start for f, fs in d.figures)
        groups: list[list[tuple[CasualtyFigure, _Sentence]]] = [[] for _ in parts]
        shared: list[tuple[CasualtyFigure, _Sentence]] = []
        for f, fs in d.figures:
            tail = text[f.char_end : min(fs.span.end_char, f.char_end + 40)]
            at = day_of_figure(f.char_start, tail, parts, interleaved) if fs is s and not spanned else None
            if counted:
                at = day_by_ordinal(tail, len(parts))
                if at is None and (fs is not s or field):
                    at = len(parts) - 1  # a toll told in another sentence stays with the report's own day
            (shared if at is None else groups[at]).append((f, fs))
        out: list[Report] = []
        for i, p in enumerate(parts):
            r = self._with_figures(article, d, report, groups[i] + shared)
            if shared and not groups[i]:
                r = r.model_copy(update=_toll_share(article, r, len(parts), i, "days"))
            evidence = [e for e in r.evidence if e.field != "date"]
            evidence.append(Evidence(field="date", start=p.char_start, end=p.char_end, text=text[p.char_start : p.char_end]))
            update: dict[str, object] = {
                "date": EventDate(best=p.best, start=p.start, end=p.end, time_precision=p.time_precision, text=p.text),
                "evidence": evidence,
            }
            if i > 0:
                # the days of one span share its offsets: the day keeps their ids apart
                rid = report_id(f"{article.sha256}:{p.best}" if spanned else article.sha256, p.char_start, p.char_end)
                update.update(event_id=rid, report_id=rid)
                gap = [t for t in s.toponyms if parts[i - 1].char_end <= t.start < p.char_start]
                loc = self._place_of(gap[0], town_by_sentence.get(s.index)) if gap else None
                if loc is not None:
                    update["location"] = loc
                    evidence[:] = [e for e in evidence if e.field != "location"]
                    evidence.append(_ev(doc, "location", gap[0].start, gap[0].end))
            out.append(r.model_copy(update=update))
        return out

    def _with_figures(
        self, article: Article, d: _Draft, report: Report, figures: list[tuple[CasualtyFigure, _Sentence]]
    ) -> Report:
        """The report with its casualties read again from only ``figures``."""
        fat, inj, ev, claims = self._casualties(article, replace(d, figures=figures), report.sub_event_type)
        fields = {"fatalities", "injured"}
        return report.model_copy(update={
            "fatalities": fat, "injured": inj,
            "evidence": [e for e in report.evidence if e.field not in fields] + ev,
            "claims": [c for c in report.claims if not fields & set(c.fields)] + claims,
        })

    # --- attribution ---------------------------------------------------------------------
    def _attribute(self, sents: list[_Sentence], para_spans: list[tuple[int, int]], text: str) -> None:
        by_para: list[list[_Sentence]] = [[] for _ in para_spans]
        for s in sents:
            by_para[s.paragraph].append(s)
        own = [[_passive_source(s.span, find_attribution(s.span)) for s in group] for group in by_para]
        filled = carry_over(own, [text[a:b] for a, b in para_spans])
        for group, atts in zip(by_para, filled, strict=True):
            for s, a in zip(group, atts, strict=True):
                s.attribution = a

    # --- triggers, modality, grouping -------------------------------------------------------
    def _drafts(self, doc: Doc, sents: list[_Sentence], article: Article) -> tuple[list[_Draft], list[Mention]]:
        drafts: list[_Draft] = []
        mentions: list[Mention] = []
        for k, s in enumerate(sents):
            triggers = find_triggers(s.span)
            if (
                triggers and all(day_of_strike(doc[t.token], s.span) for t in triggers)
                and k + 1 < len(sents) and sents[k + 1].paragraph == s.paragraph and find_triggers(sents[k + 1].span)
            ):
                # "On Saturday (Day 5 of hartal) Assailants threw a petrol bomb at a bus": the
                # fragment dates the act told next, which is the event
                continue
            attr = s.attribution
            if attr is not None and not attr.carried and triggers:
                # "a vigilante leader said", "a police commander told": the source's title is no event;
                # a verb there ("Lawyers held protests, the minister said") is a clause the parse
                # put inside the source, and stays an event
                triggers = [
                    t for t in triggers
                    if not attr.char_start <= doc[t.token].idx < attr.char_end or "VERB" in (doc[t.token].pos_, doc[t.token].head.pos_)
                ]
            figures = find_casualties(s.text, offset=s.span.start_char)
            aggregates = [f for f in figures if f.aggregate]
            for f in aggregates:
                mentions.append(self._aggregate_mention(doc, s, f, article))
            figures = [f for f in figures if not f.aggregate]
            if aggregates:
                # "the toll of the offensive": a campaign noun beside a cumulative figure is no incident
                triggers = [t for t in triggers if doc[t.token].lemma_.lower() not in CAMPAIGN_LEMMAS]
            if not triggers:
                # "He died at the hospital", "His injuries were not life-threatening": a death or an
                # injury with no event of its own belongs to the report before it
                last = drafts[-1] if drafts else None
                harm = [f for f in figures if f.kind == "killed" or (f.kind == "injured" and f.count is not None and f.count.best > 0)]
                if last is not None and harm and last.sentence.paragraph == s.paragraph:
                    last.sentences.append(s)
                    last.figures.extend((f, s) for f in figures)
                elif (
                    last is not None and last.sub_event_type in PROTEST_SUBS and last.sentence.paragraph == s.paragraph
                    and (
                        (w := span_words(doc, s.span.start, s.span.end)) & STRONG_RIOT_CUES
                        or (w & INTERVENTION_WORDS and w & FORCE_WORDS)
                    )
                ):
                    # "They burnt tyres on the highway", "Police dispersed them": what the crowd did
                    # next, or the force that met it, decides the protest's type and second actor
                    last.sentences.append(s)
                continue
            words = span_words(doc, s.span.start, s.span.end)
            # only the crime test reads it: spare the actor search elsewhere
            armed = bool(words & CRIME_WORDS) and any(
                m.kind in ("group", "state", "unidentified")
                for m in self._actors(s.span, None, article.published)
            )
            reason = non_event_reason(
                non_event_words(s.span, triggers), max(t.strength for t in triggers), {t.sub_event_type for t in triggers},
                armed_actor=armed,
            )
            if reason is not None:
                for t in triggers:
                    mentions.append(self._mention(doc, s, t, "background", f"not an ACLED event: {reason}", article))
                continue
            # "The UN condemned the attack", "X blamed Y for the bombing": an event only referred
            # to is no report, unless this sentence is the first telling of it (a toll of its own).
            told = bool(figures) and not drafts
            referred = [] if told else [(t, why) for t in triggers if (why := referred_reason(doc[t.token], s.span))]
            for t, why in referred:
                mentions.append(self._mention(doc, s, t, "background", f"not an ACLED event: {why}", article))
            if referred:
                last = drafts[-1] if drafts else None
                if last is not None and s.paragraph - last.sentence.paragraph <= 2:
                    last.blame.extend((s, span) for t, _ in referred if (span := blamed_party(doc[t.token], s.span)))
                triggers = [t for t in triggers if all(t is not r for r, _ in referred)]
                if not triggers:
                    if last is not None and last.sentence.paragraph == s.paragraph:
                        last.figures.extend((f, s) for f in figures if f.kind in ("killed", "injured"))
                    continue
            asserted: list[tuple[Trigger, str]] = []
            for t in triggers:
                reading = read_modality(doc[t.token], s.span)
                historical = _historical_year(s, article.published, t.token)
                if reading.modality in ("asserted", "hedged") and historical:
                    mentions.append(self._mention(doc, s, t, "background", f"historical ({historical})", article))
                    continue
                if reading.modality in ("asserted", "hedged"):
                    asserted.append((t, reading.modality))
                else:
                    mentions.append(self._mention(doc, s, t, reading.modality, reading.reason, article))
            if not asserted:
                continue
            last = drafts[-1] if drafts else None
            # a definite event noun with nothing told before it ("The protest turned violent") is the event
            primary = [t for t in asserted if (last is None or not t[0].anaphoric) and not t[0].casualty_only]
            if primary and all(t.sub_event_type == "Looting/property destruction" for t, _ in primary):
                # "killed one person and stole 150 cows": the killing is the event, the theft goes with it
                primary += [tm for tm in asserted if tm[0].casualty_only and doc[tm[0].token].lemma_.lower() == "kill"]
            continues = last is not None and last.sentence.paragraph == s.paragraph and (
                not primary
                or all(t.anaphoric for t, _ in asserted if not t.casualty_only)
                or _follow_up(last, [t for t, _ in primary], s)
            )
            if not primary and aggregates and not figures:
                continue  # a killing verb that only carries a cumulative toll
            if (
                not primary and last is not None and not continues and s.paragraph - last.sentence.paragraph <= 2
                and not any(t.place is not None for t in s.toponyms)
                and not _event_dates(s.span.doc, s.text, article.published, offset=s.span.start_char)
            ):
                # "jets circling the town before the explosion": a definite event noun a paragraph or
                # two on, with no place or day of its own, tells more of the event already told
                last.sentences.append(s)
                last.figures.extend((f, s) for f in figures)
                continue
            if continues and last is not None:
                last.sentences.append(s)
                last.figures.extend((f, s) for f in figures)
                if not figures and any(t.casualty_only for t, _ in asserted):
                    last.figures.extend((f, s) for f in _named_death(s))
                continue
            if not primary:
                primary = asserted
            primary = _outside_prior(doc, primary)
            trig, modality = max(primary, key=lambda tm: tm[0].strength)
            if (blast := blast_in_strike_time(doc, trig, [t for t, _ in primary])) is not None:
                trig, modality = next(tm for tm in primary if tm[0] is blast)
            violent = [
                tm for tm in primary
                if SUB_TYPES[tm[0].sub_event_type].event_type not in (STRATEGIC, PROTESTS) and _told_act(doc[tm[0].token])
            ]
            if trig.sub_event_type == "Looting/property destruction":
                # a toll verb beside the damage is read from its figures ("100 camels were killed"), and
                # an attack on a house or a tower is more damage
                violent = [
                    tm for tm in violent
                    if not tm[0].casualty_only and not _target_words(doc[tm[0].token]) & PROPERTY_WORDS
                ]
            if trig.sub_event_type in ("Arrests", "Looting/property destruction") and violent:
                # "police arrested and beat a man", "arrested after they stormed a farm": an arrest with
                # violence told in the same sentence is coded as the violence (ACLED); so is property
                # burnt by people who also attack someone ("attacked a policeman and set his bike on fire")
                trig, modality = max(violent, key=lambda tm: tm[0].strength)
            protesting = [tm for tm in violent if tm[0].sub_event_type in CROWD_HARM and _in_protest(doc[tm[0].token])]
            if protesting and not any(t.sub_event_type in RIOT_SUBS for t, _ in primary):
                # "pupils attacked two teachers in protest against a rule": violence done in protest
                # is a demonstration turned violent (ACLED), not a peaceful protest nor an attack
                trig, modality = max(protesting, key=lambda tm: tm[0].strength)
                trig = replace(trig, sub_event_type="Violent demonstration")
            d = _Draft(trig, s, trig.sub_event_type, modality, [s])
            if trig.sub_event_type in PROTEST_SUBS:
                # "demanding compensation for the death of a man": the protest's cause has its own toll
                cause = protest_cause(doc[trig.token])
                if cause:
                    lo, hi = doc[min(cause)].idx, doc[max(cause)].idx + len(doc[max(cause)])
                    figures = [f for f in figures if not lo <= f.char_start < hi]
            d.figures.extend((f, s) for f in figures)
            d.others = [(t, m) for t, m in primary if t is not trig]
            drafts.append(d)
        self._plover_mentions(doc, sents, drafts, mentions, article)
        return drafts, mentions

    def _plover_mentions(
        self, doc: Doc, sents: list[_Sentence], drafts: list[_Draft], mentions: list[Mention], article: Article
    ) -> None:
        """A sentence no report tells may still tell a PLOVER act (an agreement, a demand, a
        threat): its mentions carry that type, or it gets a mention of its own."""
        covered = {x.index for d in drafts for x in d.sentences}
        by_start: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            if m.kind == "event":
                by_start.setdefault(m.sentence.start, []).append(i)
        for s in sents:
            if s.index in covered:
                continue
            act = plover_action(s.span)
            if act is None:
                continue
            plover = Plover(event=act.event, mode=act.mode)
            own = by_start.get(s.span.start_char)
            if own:
                for i in own:
                    m = mentions[i]
                    # a past event is told, not acted on: it keeps its own type's PLOVER reading
                    past = m.reason.startswith("historical") and m.sub_event_type in SUB_TYPES
                    sub = SUB_TYPES[m.sub_event_type] if past and m.sub_event_type else None
                    mine = Plover(event=sub.plover, mode=sub.plover_mode) if sub is not None else plover
                    mentions[i] = m.model_copy(update={"plover": mine})
                continue
            tok = doc[act.token]
            mentions.append(
                Mention(
                    kind="event",
                    modality="background",
                    reason=f"not an ACLED event: PLOVER {act.event} ({act.cue.lower()})",
                    trigger=_ev(doc, "trigger", tok.idx, tok.idx + len(tok.text)),
                    sentence=_ev(doc, "sentence", s.span.start_char, s.span.end_char),
                    claims=[self._claim(s, article, ["plover"], act.event)],
                    plover=plover,
                )
            )

    def _mention(self, doc: Doc, s: _Sentence, t: Trigger, modality: str, reason: str, article: Article) -> Mention:
        sub = SUB_TYPES[t.sub_event_type]
        tok = doc[t.start : t.end]
        return Mention(
            kind="event",
            modality=modality,  # type: ignore[arg-type]
            reason=reason,
            event_type=sub.event_type,
            sub_event_type=sub.name,
            trigger=_ev(doc, "trigger", tok.start_char, tok.end_char),
            sentence=_ev(doc, "sentence", s.span.start_char, s.span.end_char),
            claims=[self._mention_claim(doc, s, t, modality, article)],
        )

    def _mention_claim(self, doc: Doc, s: _Sentence, t: Trigger, modality: str, article: Article) -> Claim:
        claim = self._claim(s, article, ["event_type"], None)
        who = denier(doc[t.token], s.span) if modality == "denied" else None
        if who is None:
            return claim
        # the denial is the denier's word, whoever the sentence before quoted
        name, kind, chain = describe_speaker(who)
        outer = claim.chain[0]
        return claim.model_copy(
            update={"source": name, "kind": kind, "chain": [outer, *[c for c in chain if c != outer]], "verb": who.head.text}
        )

    def _aggregate_mention(self, doc: Doc, s: _Sentence, f: CasualtyFigure, article: Article) -> Mention:
        value = f.count.best if f.count else None
        return Mention(
            kind="aggregate",
            modality="background",
            reason=f"cumulative figure ({f.kind.replace('_', ' ')}), not one incident's toll",
            trigger=_ev(doc, "figure", f.char_start, f.char_end),
            sentence=_ev(doc, "sentence", s.span.start_char, s.span.end_char),
            claims=[self._claim(s, article, [f.kind], value)],
            value=value,
        )

    # --- claims -------------------------------------------------------------------------------
    def _outer(self, article: Article) -> tuple[str, str]:
        if article.outlet:
            return article.outlet, "outlet"
        if article.author:
            return article.author, "person"
        return (article.url or "article"), "outlet"

    def _claim(self, s: _Sentence, article: Article, fields: list[str], value: float | int | str | None) -> Claim:
        outer, outer_kind = self._outer(article)
        a = s.attribution
        hedge = find_hedge(s.text)
        quote = _quote_in(s.text)
        if a is None:
            return Claim(source=outer, kind=outer_kind, chain=[outer], verb=None, hedge=hedge, quote=quote, fields=fields, value=value)  # type: ignore[arg-type]
        chain = [outer, *[c for c in a.chain if c != outer]]
        return Claim(source=a.source, kind=a.kind, chain=chain, verb=a.verb, hedge=hedge, quote=quote, fields=fields, value=value)  # type: ignore[arg-type]

    # --- one report ------------------------------------------------------------------------------
    def _report(
        self,
        article: Article,
        doc: Doc,
        d: _Draft,
        focus: str | None,
        town_by_sentence: dict[int, Place | None],
        previous: Report | None,
        previous_draft: _Draft | None,
        earlier: list[_Draft],
    ) -> Report | None:
        s = d.sentence
        trig_tok = doc[d.trigger.token]
        trig_span = doc[d.trigger.start : d.trigger.end]
        if d.sub_event_type == SHELLING and _crowd_gas(doc, trig_tok, s.span.start):
            # "police lobbed tear gas shells at the marchers": tear gas or smoke shells are a force
            # meeting a crowd (ACLED: an intervention, or a riot when the crowd fights), no artillery
            d.sub_event_type = "Protest with intervention"
        evidence = [
            _ev(doc, "event", s.span.start_char, s.span.end_char),
            _ev(doc, "trigger", trig_span.start_char, trig_span.end_char),
        ]
        # Place first: the event's country decides which forces are foreign.
        location, loc_ev = self._location(d, s, focus, town_by_sentence, previous, previous_draft)
        if loc_ev is not None:
            evidence.append(loc_ev)
        event_country = location.country if location and location.country else (focus or self._actor_country)
        home = focus or self._actor_country
        if (
            location is not None and event_country is not None and home is not None and event_country != home
            and self._home_votes[home] > 0 and not self._word_votes[event_country]
        ):
            # Round 21: "Jubo League men clashed at Chandra in Kaliakoir upazila": a place read abroad (a
            # namesake in the Comoros) that no word of the text points at does not make the actors
            # foreign; the country the text's public life (its parties, groups, offices, usage) is does
            event_country = home
        span_date, inherited = self._date(article, d, previous_draft, earlier)
        when = span_date.best if span_date else article.published
        actors = self._actors(s.span, event_country, when)
        own = s.attribution if s.attribution is not None and not s.attribution.carried else None
        if own is not None and own.char_start <= trig_span.start_char < own.char_end:
            own = None  # "clashes between X and Y were reported": the event itself, no source, was parsed as one
        if own is not None:
            # "..., police said": whoever reports the event is not one of its actors
            actors = [m for m in actors if not (own.char_start <= m.char_start < own.char_end)]
        if d.scope is not None:
            lo, hi = d.scope
            actors = [m for m in actors if lo <= m.char_start < hi]
        if d.sub_event_type in PROTEST_SUBS | RIOT_SUBS and (topic := protest_topic(trig_tok)):
            # "protested the arrest of their leader by police": whom a protest is about is not its other side
            actors = [m for m in actors if m.start not in topic or m.kind in CROWD_KINDS]
        if d.sub_event_type in PROTEST_SUBS:
            # "protesters demanded the resignation of a police officer": the force is what they ask for
            actors = [m for m in actors if not (m.kind in ("state", "police") and m.end > m.start and grievance_of(doc[m.end - 1], trig_tok))]
        if any(m.kind == "group" and m.inter in (2, 3, 4) for m in actors):
            actors = [m for m in actors if not (m.kind == "unidentified" and m.text.lower().split()[-1] in GENERIC_FIGHTERS)]
            actors = _named_as_group(doc, actors)
        if d.sub_event_type == "Armed clash" and _sides(doc, [m for m in actors if m.kind != "civilians"]) >= 2:
            # the dead of a clash between two named sides are not one of its sides
            actors = [m for m in actors if m.kind != "civilians"]
        lynching = d.sub_event_type == "Mob violence" and any(_LYNCH.search(x.text) for x in d.sentences)
        # Round 21c (Kenya sides): people (a crowd, civilians) among the sides: a riot, or a beating typed later
        riot = any(m.kind in CROWD_KINDS for m in actors)
        if d.sub_event_type not in AFTER_SIDED:
            # "a thief was lynched before police rescued him": a force told after the event only
            # rescuing, arresting or investigating came in once it was over
            actors = [
                m for m in actors
                if not (
                    m.kind in ("state", "police") and m.start > trig_tok.i
                    and follows_up(doc, m, stopping=lynching)
                )
            ]
        if riot:
            # Round 21c (Kenya sides): "beaten before being handed over to police": a force a mob's
            # victim is handed to, or snatched from, met no one
            actors = [m for m in actors if not (m.kind in ("state", "police") and handed_between(doc, m))]
        a1, a2 = _pick_actors(trig_tok, actors, s.span)
        a1, a2 = _allied_forces(a1, a2, actors)
        if d.sub_event_type in ("Attack", "Armed clash") and (band := _band_of_crowd(doc, a1, a2)) is not None:
            # Round 21 (Kenya types): "gangs of youths broke into homes": the youths are the gang's own
            # members, one side told twice, not a crowd the gang met (an arson word or a crowd's act
            # is left to the crowd rules)
            a1, a2 = band, None
        if d.sub_event_type == "Armed clash" and a1 is not None and a2 is None and a1.kind in ARMED_KINDS:
            # "during fighting with the rebels, three soldiers were killed": a fight has two sides, and
            # when one is the state's, an armed non-state one the sentence names (or the reverse) is the other
            a2 = next(
                (
                    m for m in actors
                    if m.kind in ARMED_KINDS and (m.inter == 1) != (a1.inter == 1) and m.name != a1.name
                ),
                None,
            )
        blamed = _blamed(d, lambda span: self._actors(span, event_country, when))
        if blamed is not None and all(m is None or m.name != blamed.name for m in (a1, a2)):
            # the perpetrator the article names afterwards ("police blamed X for the blast")
            if a1 is None or a1.kind == "unidentified":
                a1 = blamed
            elif a2 is None:
                a1, a2 = blamed, a1
        # In a crowd event an onlooker or the crowd itself found as actor2 yields to the police or
        # troops who face the crowd later in the report (ACLED: actor2 of a riot is who it fights).
        crowd_event = SUB_TYPES[d.sub_event_type].event_type in (PROTESTS, RIOTS)
        if crowd_event and (protested_force(doc, a1) or protested_force(doc, a2)):
            # "students riot over the killing of a classmate by police": a force named only in what the
            # crowd protests did not meet it; a force the rest of the report names still may
            kept = [m for m in (a1, a2) if m is not None and not protested_force(doc, m)]
            a1, a2 = [*kept, None, None][:2]
        no_force = not any(m is not None and m.kind in ("state", "police", "group") for m in (a1, a2))
        replace_crowd = crowd_event and no_force and a2 is not None and a2.kind in CROWD_KINDS and not _crowd_victim(doc, a1, a2)
        # a crowd event also reads its first sentence again: "riots erupted as youths clashed with police"
        looked = d.sentences if crowd_event else d.sentences[1:]
        after = self._told_after(d) if crowd_event else []
        if a2 is None or a2.kind != "civilians":
            # a mob's victims stay its other side whoever comes to their rescue afterwards; the
            # force that met a crowd is often told last ("... Police shot into the air to disperse them")
            looked = looked + (self._told_after(d, limit=4) if crowd_event else after)
        if (a2 is None or replace_crowd) and looked:
            # "Police dispersed them": a force named later in the same report is the other side
            for later in looked:
                extra = [
                    m for m in (actors if later is s else self._actors(later.span, event_country, when))
                    if m.kind in (("state", "police") if replace_crowd else ("state", "police", "group"))
                    and not (crowd_event and m.end > m.start and grievance_of(doc[m.end - 1]))
                    and not (crowd_event and no_crowd_side(doc, m))
                    and not (later is not s and _denied_act(doc, m))
                    and not (riot and handed_between(doc, m))
                    and not (later is s and _agent_elsewhere(doc, m, trig_tok))
                    and (a1 is None or m.name != a1.name)
                    # "Police later made 7 arrests": a force that only comes in afterwards was no side
                    # (at a demonstration the police who arrest or disperse it are its other side, and
                    # in a fight with no side named it is the one side the text gives)
                    and not (
                        later is not s and d.sub_event_type not in AFTER_SIDED
                        and follows_up(doc, m, stopping=lynching)
                        and not (a1 is None and trig_tok.lemma_.lower() in RECIPROCAL_LEMMAS)
                    )
                ]
                if extra:
                    a2 = extra[0]
                    break
        sub_name = retype_territory(d.sub_event_type, a1.inter if a1 else None)
        civilian_victims = any(f.who in ("civilians", "children", "women") for f, _ in d.figures)
        victims_of = {_victims(doc, f) for f, _ in d.figures if f.kind in ("killed", "injured") and f.who}
        # "shot dead a soldier's brother": a force named only as whose kin the victim is, is the victim's kind
        a1, a2 = (_as_civilians(m) if m is not None and m.kind in ("state", "police") and _kin_of(doc, m) else m for m in (a1, a2))
        if (
            a1 is not None and a1.kind in ("state", "police")
            and (a2 is None or a2.kind in ("civilians", "state", "police"))
            and (
                (victims_of and victims_of <= {"police", "soldiers"} and a1 is not _syntactic_agent(trig_tok, actors, s.span))
                # "four security officers killed", "shot and injured a police officer": the force is what the act hit
                or (d.sub_event_type == "Attack" and _members_hit(doc, a1, trig_tok))
            )
        ):
            # "two police officers were shot dead": the only force named is who was hit, so the
            # attacker is unknown and the event a fight with state forces (ACLED codes it a battle)
            a1, a2 = None, a1
        group_hit = (
            d.sub_event_type == "Attack" and a1 is not None and (a2 is None or a2.kind == "civilians")
            # "five militants were killed in a raid": unnamed fighters who fall are a side as a named group is
            and (a1.kind == "group" or (a1.kind == "unidentified" and _head_word(a1) in GENERIC_FIGHTERS))
            and _members_hit(doc, a1, trig_tok)
            # the bare participle's subject is who was hit, though the parse makes it the doer
            and (a1 is not _syntactic_agent(trig_tok, actors, s.span) or _bare_participle(trig_tok))
        )
        if group_hit:
            # "five members of the militia were shot dead": an armed group's fighters who are killed
            # fell in a fight (ACLED codes it a battle), not its victims; the other side is a force
            # the sentence names ("in an encounter with police"), else untold
            a1, a2 = next((m for m in actors if m.kind in ("state", "police")), None), a1
        if SUB_TYPES[d.sub_event_type].event_type in ("Battles", EXPLOSIONS, VAC):
            a1, a2 = self._held_responsible(d, a1, a2, event_country, when)
        words: set[str] = set()
        for x in d.sentences:
            words |= span_words(doc, x.span.start, x.span.end)
        if d.sub_event_type in PROTEST_SUBS:
            # "Protesters blocked the highway. Police fired tear gas and clashes followed": what the
            # next sentences of the paragraph tell of the crowd decides the protest's kind
            for x in after:
                words |= span_words(doc, x.span.start, x.span.end)
        # activists or supporters who are killed or seized are civilians, not a side
        a1, a2 = (_as_civilians(m) if m is not None and m.kind == "crowd" and _hit(doc, m) else m for m in (a1, a2))
        target = _target_words(trig_tok)
        if (
            (target & CROWD_TARGETS or (d.sub_event_type == "Attack" and span_words(doc, s.span.start, s.span.end) & PROTEST_NOW))
            and a1 is not None and a1.kind in ("state", "police")
            and (a2 is None or a2.kind in ("unidentified", "civilians"))
        ):
            # "police opened fire on a procession", "police shot dead a rider during protests": force
            # used on a demonstration, whose people are protesters
            label = country_name(event_country) if event_country else None
            a2 = ActorMention(f"Protesters ({label})" if label else "Protesters", "", 6, event_country, "protesters", 0, 0, 0, 0)
        if GUNFIGHT.search(s.text) and any(m is not None and m.kind in ("state", "police", "group", "unidentified") for m in (a1, a2)):
            # "activists wounded in a gunfight with police": people who trade fire are an armed group (ACLED)
            # (bystanders named as civilians stay what they are)
            a1, a2 = (
                _as_armed(m, event_country) if m is not None and (m.kind == "crowd" or _head_word(m) in PARTISAN_HEADS) else m
                for m in (a1, a2)
            )
        kinds = {m.kind for m in (a1, a2) if m is not None}
        inters = {m.inter for m in (a1, a2) if m is not None}
        cue_words = words
        untopical = words
        if sub_name in PROTEST_SUBS and (cause := protest_topic(trig_tok)):
            # "protested the burning of two villages": what a protest is about is not what it did
            cue_words = untopical = set().union(*(lowers(doc, x.span.start, x.span.end, cause) for x in d.sentences + after))
        if sub_name in PROTEST_SUBS:
            # "marched to demand that the works be halted": what a crowd asks for has not happened
            cue_words = cue_words & ungrieved_words(doc, (x.span for x in d.sentences + after))
        # "protested the death of a student killed by a motorist": a death the crowd protests is no
        # force that met it (the force's acts are read without the protest's topic)
        act_words = untopical
        alleged: set[int] = set()
        # the report's words as Tokens, made once for the crowd's walks below (not once per walk)
        crowd_toks = [t for x in d.sentences + after for t in x.span] if sub_name in PROTEST_SUBS else []
        if sub_name in PROTEST_SUBS and (alleged := crowd_claims(crowd_toks)):
            # "alleging that the school is looting parents", "the protesters said their leaders were
            # arrested": what the crowd alleges is its grievance, neither its act nor a force meeting it
            claimed = {doc[i].lower_ for i in alleged} - {
                doc[i].lower_ for x in d.sentences + after for i in range(x.span.start, x.span.end) if i not in alleged
            }
            cue_words, act_words = cue_words - claimed, act_words - claimed
        if sub_name in PROTEST_SUBS and (topical := _arrests_demanded(doc, d.sentences + after)):
            # "protested the arrest of their leader", "demanded the release of arrested students":
            # arrests a protest is about are no intervention in it
            cue_words, act_words = cue_words - topical, act_words - topical
        if (
            sub_name in PROTEST_SUBS and trig_tok.dep_ == "dobj" and a1 is not None
            and any(c.dep_ == "nsubj" and c.head.i == trig_tok.head.i for c in doc[a1.start : a1.end])
        ):
            # "activists held demonstrations": the crowd's own verb is no force holding it
            act_words = act_words - {trig_tok.head.lower_}
        if sub_name in PROTEST_SUBS and (meant := unrealised(crowd_toks)):
            # "prepared to burn tyres but were halted", "not known if they were violent": an act only
            # meant, or left open, was not done
            cue_words = cue_words - ({doc[i].lower_ for i in meant} - {
                doc[i].lower_ for x in d.sentences + after for i in range(x.span.start, x.span.end) if i not in meant
            })
        if sub_name in PROTEST_SUBS and (denied := _denied_words(d.sentences + after)):
            # "police did not intervene", "no arrests were made": an act the text denies did not meet the crowd
            cue_words, act_words = cue_words - denied, act_words - denied
        if sub_name in PROTEST_SUBS and "battle" in cue_words and not any(RUNNING_BATTLE.search(x.text) for x in d.sentences + after):
            # "a running battle with police" is the crowd's fight; "as the political battle over the
            # budget went on", "a court battle" are what it protests about or when
            cue_words = cue_words - {"battle"}
        # "Burnt Forest", "Stone Town": a word of a place's or body's name is no act
        cue_words = cue_words - _name_only_words(doc, d.sentences + after)
        if sub_name in PROTEST_SUBS and cue_words & {"torch", "torches"} and any(
            torch_march(t) for x in d.sentences + after for t in x.span if t.lower_ in ("torch", "torches")
        ):
            # Round 20b: "took out a torch rally": torches carried in a march burn nothing
            cue_words = cue_words - {"torch", "torches"}
        if sub_name in PROTEST_SUBS and cue_words & BARRICADE_WORDS and force_barricades_only(d.sentences + after):
            # Round 21b (Asia): "police erected barricades to stop the march": a force's barricades hold
            # the crowd back; only a crowd's own barricades block a road as a riot does (ACLED)
            cue_words = cue_words - BARRICADE_WORDS
        if sub_name in PROTEST_SUBS:
            # "students broke into the staff room", "the youths attacked vehicles": the crowd's own violence
            cue_words = cue_words | crowd_violence(crowd_toks, protest_topic(trig_tok) | alleged)
        if sub_name in PROTEST_SUBS and cue_words & (SELF_FIRE_WORDS | AVERTED_WORDS):
            # Round 21b (Asia sides): "a protester set himself on fire", "police were deployed to prevent
            # violence": a protester's self-immolation harms no one else's person or property, and
            # violence a force came to prevent did not happen; neither makes the crowd riot (ACLED)
            cue_words = cue_words - _words_only_told_with(doc, d.sentences + after, SELF_HARM, SELF_FIRE_WORDS)
            cue_words = cue_words - _words_only_told_with(doc, d.sentences + after, AVERTED_VIOLENCE, AVERTED_WORDS)
        if sub_name in PROTEST_SUBS and cue_words & (DUMP_WORDS | RUIN_WORDS):
            # Round 21b (Asia sides): "a hunger strike against the garbage dump", "blocked the road as
            # flood water had destroyed their crops": a dump as a place, and ruin by nature or told of
            # the things a crowd grieves ("compensation for farms destroyed due to mining"), are no act
            # of the crowd's (a crowd that dumps or destroys anything itself keeps the cue)
            cue_words = cue_words - _unrioted(crowd_toks)
        if sub_name in PROTEST_SUBS and (fray := next((hit for x in d.sentences + after if (hit := CROWD_FRAY.search(x.text))), None)):
            # Round 21b (Asia sides): "tear gas against stone-pelting protesters", "a chase and counter
            # chase followed": the crowd told throwing stones, or chasing and chased by the force in
            # turn, fought (ACLED: a violent demonstration), though no verb of its own tells it
            cue_words = cue_words | {"counter-chase" if "chase" in fray.group(0).lower() else "stone-pelting"}
        if sub_name in PROTEST_SUBS and symbolic_burning(crowd_toks):
            # "burnt copies of the new law", "set fire to an effigy": a symbol burnt is no property
            # destroyed; its burning words are no riot cue (any other burning in the report keeps them)
            cue_words = cue_words | {SYMBOLIC_BURNING}
        elif sub_name in PROTEST_SUBS and (symbol_words := symbol_burning_words(crowd_toks)):
            # "burnt an effigy and torched two buses": the torching is the riot's cue, not the effigy's burning
            cue_words = cue_words - symbol_words
        if sub_name in ("Remote explosive/landmine/IED", "Grenade") and any(serves_protest(x.text) for x in d.sentences):
            cue_words = cue_words | {SERVED_PROTEST}
        if sub_name in PROTEST_SUBS and cue_words & _ARREST_CUES and _arrest_only_grieved(" ".join(x.text for x in d.sentences + after)):
            # Round 21d (CASE): "villagers protested the arrest of a herder, who was arrested for
            # poaching", "a protest calling for the release of a councillor arrested on Sunday": the
            # arrest is what the crowd protests, made before it met; no force stepped in (ACLED: a
            # peaceful protest unless the crowd itself is arrested, dispersed or beaten)
            cue_words = cue_words - _ARREST_CUES
        sub_name, cue = retype_by_context(sub_name, trig_tok.lemma_.lower(), cue_words, inters, kinds, target)
        if sub_name == "Arrests" and (held := _protest_of_held(doc, d)) is not None:
            # Round 21d (Asia sides): "workers trying to demonstrate were detained", "police held
            # teachers staging a sit-in": an arrest of people the same sentence tells protesting, in
            # any word for it, is how the protest was met (ACLED: a protest with intervention)
            sub_name, cue = "Protest with intervention", held.lower_
        if (
            sub_name == "Protest with intervention" and trig_tok.lower_ in GRIEVED_ACTS and _act_grieved(trig_tok)
            and not cue_words & INTERVENTION_WORDS - {trig_tok.lower_}
            and sum(t.lower_ == trig_tok.lower_ for x in d.sentences + after for t in x.span) == 1
        ):
            # Round 21b (Asia sides): "the arrest of a councillor sparked protests", "marched to defend
            # the rights of reporters who were detained", "condemning the baton charge on their
            # members": a force's act the crowd protests is its grievance, no force meeting the crowd
            sub_name, cue = "Peaceful protest", ""
        met = _force_acted(d.sentences[1:] + after) if sub_name in PROTEST_SUBS and a1 is not None and a1.kind == "civilians" else []
        if met and a1 is not None and a2 is not None and a2.kind in ("state", "police"):
            # "Traders protested. Police shot two of them.": whoever protests is the protesters, whatever
            # the noun names them, and how the force met them is read from what it did
            a1 = replace(a1, inter=6)
            act_words = set().union(*(span_words(doc, x.span.start, x.span.end) for x in met))
        sub_name = retype_by_actors(
            sub_name, a1.inter if a1 else None, a2.inter if a2 else None, civilian_victims, act_words,
            crowd=any(m is not None and m.kind in ("crowd", "rioters") and not _hit(doc, m) for m in (a1, a2)),
            reciprocal=trig_tok.lemma_.lower() in RECIPROCAL_LEMMAS,
        )
        live_fire = False
        if sub_name in ("Peaceful protest", "Protest with intervention") and (
            _protesters_hurt(d.sentences + after, trig_tok)
            or (sub_name == "Protest with intervention" and _force_killed(d.sentences + after, trig_tok))
            or _force_hurt_people(d.sentences + after, trig_tok)
        ):
            # ACLED: a demonstration whose people are shot, killed or wounded with no violence of
            # their own told (riot cues would have made it a riot) met excessive force
            sub_name = "Excessive force against protesters"
        elif (
            sub_name in ("Peaceful protest", "Protest with intervention")
            # (the sentences the draft spans, with any it skipped, and the next ones)
            and any(LIVE_FIRE.search(x.text) for x in self._sents[d.sentences[0].index : d.sentences[-1].index + 1] + after)
            and any(f.kind in ("killed", "injured") and f.who not in ("police", "soldiers") for f, _ in d.figures)
        ):
            # Round 21: "Police responded with live fire. Two were wounded.": a force that met the
            # crowd with live rounds, and people told hurt or killed, with no violence of the crowd's
            # own told: excessive force against protesters (ACLED), the force its other side
            sub_name = "Excessive force against protesters"
            live_fire = True
        if (
            sub_name == "Excessive force against protesters" and not words & _LETHAL_FORCE_CUES
            and not live_fire and not _force_hurt_people(d.sentences + after, trig_tok)
        ):
            # Round 21: "police dispersed the marchers and several were hurt in the process": people
            # hurt with no firearm, no death and no serious wound told, and no force told as hurting
            # them itself, met force used to disperse them (ACLED: a protest with intervention), not
            # the lethal or grave force of excessive force
            sub_name = "Protest with intervention"
        if (
            sub_name in ("Protest with intervention", "Excessive force against protesters")
            and trig_tok.lower_ in GAS_WORDS and _gassed_no_crowd(doc, a1, a2)
        ):
            # Round 21 (Kenya types): "patients were treated after police fired tear gas into a ward":
            # tear gas with no demonstration or crowd told was met by no protest; the force's act fell on
            # the people there (ACLED: violence against civilians, an attack)
            gasser = a1 if a1 is not None and a1.kind in ("state", "police") else a2
            sub_name, a1, a2 = "Attack", gasser, _civilians(event_country)
        harmed = [f for f, _ in d.figures if f.kind != "casualties" and not (f.count is not None and f.count.best == 0)]
        if sub_name == "Arrests":
            # "arrested three men suspected of killing a trader": the deaths are the charge, not the arrest's
            harmed = [f for f in harmed if not _charged(doc, f)]
        if sub_name == "Abduction/forced disappearance" and any(
            f.kind in ("killed", "injured", "killed_and_injured") and f.who not in ("militants", "police", "soldiers") for f in harmed
        ):
            # ACLED's codebook keeps abduction for seizures "without reports of further violence": people
            # killed or hurt in it make the event an attack
            sub_name = "Attack"
        if (
            (sub_name in QUIET_SUBS or (cue in VEHICLE_WORDS and d.sub_event_type in QUIET_SUBS)) and harmed
            # "two fighters died as the device they were fixing exploded": the dead handled the device
            # (ACLED: an accidental detonation is disrupted weapons use whoever it kills)
            and not (sub_name == "Disrupted weapons use" and own_device(trig_tok))
        ):
            # people killed or hurt make it violence, not a strategic development (ACLED): fighting when
            # the dead are fighters or forces or two armed sides met, else an attack on civilians
            armed = sum(m is not None and m.kind in ("state", "police", "group") for m in (a1, a2))
            fighters = {f.who for f in harmed} & {"militants", "police", "soldiers"}
            sub_name = "Armed clash" if armed >= 2 or (fighters and armed) else "Attack"
        if sub_name == "Looting/property destruction" and (fight := _fight_between(t for x in d.sentences for t in x.span)):
            # "houses were razed as renewed fighting between two communities erupted": property burnt in
            # a fight between two sides is part of that battle (ACLED folds it into the battle)
            sub_name, cue = "Armed clash", fight
        if group_hit and sub_name == "Attack":
            sub_name = "Armed clash"
        if (
            sub_name == "Attack" and not harmed and trig_tok.lemma_.lower() in ("storm", "raid")
            and (a2 is None or a2.kind == "civilians")
            and (wrecked := words & PROPERTY_HARM) and not words & PEOPLE_HARM
        ):
            # "militants stormed a construction site and destroyed the equipment": a raid whose only
            # harm told is to property, with no one killed, hurt or seized, destroyed property (ACLED)
            sub_name, cue = "Looting/property destruction", sorted(wrecked)[0]
        if (
            sub_name == "Attack" and a1 is not None and a1.kind in ("group", "unidentified", "communal")
            and (a2 is None or a2.kind == "civilians") and any(f.who == "militants" or _raiders_fell(f) for f in harmed if f.kind == "killed")
        ):
            # "bandits raided the village; two of the bandits were killed": attackers who die were
            # fought off, a battle (ACLED); the defenders are untold unless the conflict names them
            sub_name, a2 = "Armed clash", None
        if (
            sub_name == "Attack" and (a1 is None or a1.kind in ("group", "unidentified", "communal"))
            and (a2 is None or a2.kind == "civilians")
            and victims_of & {"police", "soldiers"} and not victims_of & {"civilians", "children", "women"}
        ):
            # "militants ambushed a patrol, killing three soldiers", "a soldier was wounded in firing":
            # ACLED's victims of an attack are unarmed; when only troops or police fell, an armed group
            # (named or not) fought the state's forces
            fallen = next((m for m in actors if m.kind in ("state", "police")), None)
            if fallen is None and event_country:
                only_police = "soldiers" not in victims_of
                fallen = ActorMention(
                    state_actor_name(event_country, when, police=only_police), "", 1, event_country,
                    "police" if only_police else "state", 0, 0, 0, 0,
                )
            sub_name, a2 = "Armed clash", fallen
        if (
            sub_name == "Attack" and (a2 is None or a2.kind == "civilians") and not victims_of & CIVILIAN_VICTIMS
            and (a1 is None or a1.kind in ("state", "police", "group", "unidentified", "communal"))
            and (hit_force := next((m for m in actors if _force_struck(doc, trig_tok, m)), None)) is not None
            # "a policeman turned on his colleagues": a force striking its own is read below
            and (a1 is None or a1.kind not in ("state", "police") or (a1.start < hit_force.end and hit_force.start < a1.end))
        ):
            # "a gunman shot and injured a police officer": the force is the one shot at, not the
            # doer; ACLED's victims of an attack are unarmed, so an armed side (the group named, else
            # an unidentified one) fought the force
            other = a1 if a1 is not None and a1.kind not in ("state", "police") else next(
                (m for m in actors if m.kind in ("group", "unidentified", "communal")), None
            )
            if other is None:
                other = ActorMention(_of_country("Unidentified Armed Group", event_country), "", 3, event_country, "unidentified", 0, 0, 0, 0)
            sub_name, a1, a2 = "Armed clash", hit_force, other
        if (
            sub_name == "Attack" and a1 is not None and a1.kind in ("group", "unidentified", "communal")
            and (a2 is None or a2.kind == "civilians") and not victims_of & CIVILIAN_VICTIMS
            and _place_guard_hit(doc, trig_tok, [f for f, _ in d.figures])
        ):
            # "gunmen shot dead a security guard", "raiders killed a school watchman": the armed guard
            # of a place is private security (ACLED's "other forces", inter 8), so his fall is a fight
            # with an armed side, not an attack on an unarmed civilian
            name = _of_country("Private Security Forces", event_country)
            sub_name, a2 = "Armed clash", ActorMention(name, "", 8, event_country, "group", 0, 0, 0, 0)
        if (
            sub_name == "Armed clash" and victims_of and victims_of <= CIVILIAN_VICTIMS
            # every figure of the hurt names them as civilians ("two raiders and two civilians were
            # killed" counts fighters too)
            and all(f.who in CIVILIAN_VICTIMS for f in harmed if f.kind in ("killed", "injured"))
            and (named := words & CIVILIAN_WORDS)
            # a fight between two groups or rivals is a communal battle whoever fell ("a woman was killed
            # in a clash between two groups of villagers")
            and not words & {"groups", "rival", "rivals"}
            # "the two clans clashed", "a shootout between armed herders": both sides of the fight are named
            and not _two_sides_named(trig_tok)
            # Round 21d: "women demonstrators were hurt in a clash with police": hurt demonstrators who
            # fought a force are a riot's side (see the unarmed clash rule below), not victims
            and not (words & CLASHING_CROWDS and any(m is not None and m.kind in ("state", "police") for m in (a1, a2)))
        ):
            # "ethnic clashes leave five civilians dead", "militia attack civilians, killing four women":
            # when the only dead the report counts are civilians it names so, the violence it tells
            # fell on civilians (ACLED: an attack), whoever the fighting was between
            sub_name, cue, a2 = "Attack", sorted(named)[0], _civilians(event_country)
        if sub_name == "Attack" and (a2 is None or a2.kind == "civilians") and (pair := _killed_between(trig_tok, actors)):
            # Round 20: "six people were killed between Rendille and Samburu militias": deaths told as
            # falling between two armed sides the sentence names are their fight (ACLED: a battle
            # needs two organised, armed sides), whoever the dead were
            sub_name, (a1, a2) = "Armed clash", pair
        if (
            sub_name == "Abduction/forced disappearance" and a1 is not None and a2 is not None
            and {a1.kind, a2.kind} & {"state", "police"} and {a1.kind, a2.kind} & {"group", "unidentified", "communal"}
        ):
            # Round 20: "militants seized two soldiers", "troops stormed the hideout of kidnappers":
            # ACLED keeps abduction for civilians taken; a seizure set between a state force and an
            # armed group is a fight between two armed sides (an armed clash)
            sub_name = "Armed clash"
        if sub_name == "Armed clash":
            sub_name, a1, a2 = _civilian_in_battle(trig_tok, a1, a2, actors, s.span, event_country)
        if (
            sub_name == "Attack" and a1 is not None and a1.kind in ("state", "police")
            and (a2 is None or a2.kind == "civilians")
            and _doer_in(trig_tok, a1)
            # (the dead of another figure count only when the parse names no aim: "killed an unarmed man
            # suspected of shooting two officers")
            and ((comrades := target & COMRADE_WORDS) or (not target and victims_of and victims_of <= {"police", "soldiers"}))
        ):
            # "a police officer shot dead two of his colleagues", "a soldier turned on his commander":
            # ACLED's victims of an attack are unarmed, so a force's members who turn on their own
            # fight within that force (an armed clash, the force on both sides)
            sub_name, cue, a2 = "Armed clash", min(comrades, default=""), a1
        if (
            sub_name in ("Attack", "Looting/property destruction") and a1 is not None and a1.kind == "civilians"
            and _many_unarmed(a1) and (a1 is _syntactic_agent(trig_tok, actors, s.span) or _verb_joined_to(trig_tok, a1))
            and (a2 is None or a2.kind not in ("group", "unidentified", "communal"))
        ):
            # "residents beat two men to death", "villagers torched a house": unarmed people who
            # attack others or their property are a mob (ACLED: mob violence), not an armed group
            sub_name = "Mob violence"
        one_sided = trig_tok.lemma_.lower() not in RECIPROCAL_LEMMAS
        if (
            sub_name == "Mob violence" and one_sided and a1 is not None and a1.kind == "crowd"
            and _head_word(a1) in PARTISAN_HEADS and (a2 is None or a2.kind == "civilians")
        ):
            # "party activists beat up a journalist": partisans who set on people are a political
            # militia attacking civilians (ACLED), not a riot
            name = _of_country("Unidentified Armed Group", event_country)
            sub_name, a1 = "Attack", replace(a1, name=name, inter=3, kind="unidentified")
        kinds_now = {m.kind for m in (a1, a2) if m is not None}
        # "nine people were injured in post-poll clashes": people named only as the hurt are no side
        # (a quarrel over land or an old enmity is a communal feud, ACLED's communal militias, not a riot)
        sides_now = {
            m.kind for m in (a1, a2)
            if m is not None and not (m.kind == "civilians" and _head_word(m) in GENERIC_PEOPLE and not words & FEUD_WORDS)
        }
        first = span_words(doc, s.span.start, s.span.end)
        unarmed = kinds_now <= {"civilians", "crowd", "state", "police"} and (
            any(m is not None and m.kind in ("civilians", "crowd") and _head_word(m) not in GENERIC_PEOPLE for m in (a1, a2))
            # a party or its wing on either side ("CPI(M) and RSS workers clashed"): a partisan fight
            or (not sides_now and bool(first & PARTISAN_WORDS or context_votes(s.text)) and not first & ARMED_CONTEXT)
            # "youths clashed with government forces": the force is the only side found, the other is
            # people the sentence names with no arms
            or (bool(kinds_now) and kinds_now <= {"state", "police"} and bool(first & UNARMED_SIDE) and not first & ARMED_SIDE)
            # Round 21d (Asia sides): "a clash between police and women demonstrators": a force's clash
            # with a crowd the sentence names as demonstrating, read as plain people ("women"), is
            # the crowd's fight with the force (ACLED: a violent demonstration), no attack on civilians
            or (
                bool(kinds_now & {"state", "police"}) and kinds_now <= {"civilians", "state", "police"}
                and bool(first & CLASHING_CROWDS) and not first & ARMED_SIDE
            )
        )
        feud = bool(words & VILLAGE_WORDS and words & {"groups", "rival", "rivals"}) and kinds_now <= {"civilians", "crowd"}
        crowd_met_force = False  # Round 17: a force's fight with an unarmed crowd (the crowd's "group" is no second crowd)
        if sub_name == "Armed clash" and not one_sided and feud and not words & PARTISAN_WORDS - {"rival", "rivals"}:
            # "a clash between two groups of villagers over land": ACLED's codebook counts groups that
            # fight for a village or a local community as communal (identity) militias, one each side
            a1 = a2 = _communal_militia(event_country)
        elif sub_name == "Armed clash" and not one_sided and unarmed and not words & COMMUNAL_CUES:
            # people with no arms or armed group who clash (rival factions, residents with police) riot
            # (ACLED): against the police or troops a violent demonstration, among themselves mob violence
            force = any(m is not None and m.kind in ("state", "police") for m in (a1, a2))
            # Round 21: "marchers clashed with a group sent to stop them": a demonstration the sentence
            # tells in its own words (not a riot word) is what turned violent (ACLED: a violent
            # demonstration), whoever the crowd fought
            sub_name = "Violent demonstration" if force or words & (DEMONSTRATION_WORDS - RIOT_WORDS) else "Mob violence"
        elif (
            sub_name == "Armed clash" and not one_sided and len(lone := _lone_force(a1, a2)) == 1
            and lone[0].kind in ("state", "police")
            and not words & COMMUNAL_CUES and (crowd := _force_meets_crowd(trig_tok) or _force_meets_demonstration(trig_tok, words | _next_words(doc, self._told_after(d))))
        ):
            # Round 17: "police clashed with matatu operators", "hawkers and police clash": the force's
            # other side is a crowd the fight word names with no arms; people without arms who fight a
            # force riot (ACLED), the demonstration or its absence settled below
            force_side = lone[0]
            rioters = ActorMention(_of_country("Rioters", event_country), crowd, 5, event_country, "rioters", 0, 0, 0, 0)
            sub_name, a1, a2, crowd_met_force = "Violent demonstration", rioters, force_side, True
        if sub_name == "Armed clash" and not one_sided and _force_and_civilians(a1, a2):
            # Round 18b: a clash of a force with people not read as a riot above (a feud over land):
            # civilians are no side of a battle, so the force's violence fell on them (ACLED: an attack)
            sub_name = "Attack"
        next_sents = self._told_after(d)
        told = d.sentences + next_sents  # the draft's sentences and the paragraph's next ones
        told_text = " ".join(x.text for x in told)  # read by several of the side rules below
        told_words = words.union(*(span_words(doc, x.span.start, x.span.end) for x in next_sents))
        if sub_name == "Remote explosive/landmine/IED" and "suicide" in told_words and _SUICIDE_TOLD.search(told_text):
            # Round 21: "a blast tore through the market. Police suspect a suicide bomber": the bomber
            # named in the next sentence of the paragraph carried the bomb (ACLED: suicide bomb), even
            # told as the suspicion of the police
            sub_name = "Suicide bomb"
        elif (
            sub_name == "Remote explosive/landmine/IED" and trig_tok.lemma_.lower() in _BARE_BLASTS
            and told_words & {"grenade", "grenades"} and not told_words & _PLANTED_DEVICE_WORDS
        ):
            # Round 21: "two loud blasts were heard at the camp; attackers had hurled grenades at the
            # guards": a blast the paragraph tells as a grenade's, with no planted or remote device
            # named, is a grenade attack (ACLED)
            sub_name = "Grenade"
        if sub_name == "Violent demonstration" and a1 is not None and a2 is not None and not told_words & DEMONSTRATION_WORDS:
            # "residents pelted officers who came to tow a car": rioting with no demonstration told
            # is mob violence (ACLED), however the police took part; with no second side named the
            # sides' codes would be guessed, so the label stays
            sub_name = "Mob violence"
        elif (
            sub_name == "Violent demonstration" and trig_tok.lemma_.lower() in THROWN_LEMMAS
            and not (told_words - _thrown_at(trig_tok)) & (DEMONSTRATION_WORDS - RIOT_WORDS)
        ):
            # "youths threw stones at a passing convoy": stones thrown with no demonstration told are a
            # mob's (ACLED: mob violence), whoever the sides turn out to be
            sub_name, cue = "Mob violence", trig_tok.lower_
        elif (
            sub_name == "Violent demonstration" and (a2 is None or a2.kind in ("civilians", "crowd", "rioters"))
            and not told_words & (DEMONSTRATION_WORDS - RIOT_WORDS)
            and (set_on := _crowd_sets_on_one(told) or _crowd_sets_on_goods(told))
        ):
            # "residents rioted, burnt down her house and beat her up", "a bus was torched by rioting
            # youths": a crowd that sets on one person, one person's home or the vehicles and stalls of
            # others, with no demonstration of its own told, is a mob (ACLED: mob violence)
            sub_name, cue = "Mob violence", set_on
        if (
            sub_name == "Attack" and (words & MOB_WORDS or (a1 is None and told_words & MOB_WORDS))
            and (a1 is None or a1.kind in ("civilians", "crowd", "rioters"))
            and not any(m.kind in ARMED_KINDS for m in actors)
        ):
            # "an irate mob beat the suspect to death": no armed group, a crowd's violence (ACLED)
            sub_name = "Mob violence"
        if (
            sub_name in ("Attack", "Looting/property destruction")
            and (told_words & JUSTICE_CUES or _suspects_punished(doc, d.sentences) or any(SUSPICION_TOLD.search(x.text) for x in told))
            and (a1 is None or a1.kind in ("civilians", "crowd", "rioters", "communal"))
            and not any(m is not None and m.kind in ("state", "police", "group") for m in (a1, a2))
        ):
            # "five suspected witches were burnt to death", "residents killed two suspected thieves":
            # people punishing those they suspect, with no force or armed group named, are a mob
            # taking justice into its hands (ACLED: mob violence)
            sub_name = "Mob violence"
        if (
            sub_name in ("Attack", "Sexual violence") and a1 is not None and a1.kind in ("crowd", "rioters", "protesters")
            and (
                (sub_name == "Sexual violence" and a1.kind != "protesters")
                or (a1.kind == "protesters" and _does(doc, a1, trig_tok))
            )
        ):
            # "demonstrators attacked an election official", "a mob lynched a man over a rape": a
            # crowd that sets on people riots (ACLED: mob violence); the rape is what it punished
            sub_name = "Mob violence"
        if sub_name in ("Grenade", "Remote explosive/landmine/IED") and _demonstrators_act(doc, a1, trig_tok):
            # "opposition activists hurled crude bombs at a bus stand": a crowd's own crude and
            # petrol bombs are its riot (ACLED: violent demonstration), not an armed group's
            sub_name = "Violent demonstration"
        if (
            sub_name == "Mob violence" and not _fight_word(trig_tok)
            and (its_group := _crowd_of_group(doc, a1, a2)) is not None
        ):
            # Round 21 (Kenya types): "youths believed to belong to the banned sect hacked a man to
            # death": the crowd is told as the named armed group's own members, so the group did it,
            # and an armed group's violence on people is an attack on civilians (ACLED), no mob's; a
            # clash ("two factions of the group clashed") is the group's own fight, not this
            sub_name, a1, a2 = "Attack", its_group, _civilians(event_country)
        fell = a1 is not None and a1.kind in ("group", "unidentified", "communal") and any(_raiders_killed(x.text) for x in next_sents)
        fought = False
        if sub_name == "Attack" and a1 is not None and a1.kind in ARMED_KINDS and (fell or (fought := any(_fight_joined(x.text) or _force_took_on(x.text) for x in told))):
            # "gunmen raided the village; police fought back", "one of the raiders was killed in the
            # ensuing gunfight": fire returned by a second armed side makes the attack a battle
            # between the two (ACLED)
            other = next(
                (
                    m for x in told
                    for m in (actors if x is s else self._actors(x.span, event_country, when))
                    if m.kind in ARMED_KINDS and m.name != a1.name
                    # police and troops of one state are one side
                    and not (m.kind in ("state", "police") and a1.kind in ("state", "police") and m.country == a1.country)
                    # Round 19: with only the raiders' fall told, the men named beside them are themselves
                    and (fought or m.kind in ("state", "police"))
                ),
                None,
            )
            if other is not None:
                sub_name, a2 = "Armed clash", other
            elif ENSUING_FIGHT.search(told_text):
                # Round 17: "in the ensuing gunfight" tells the fight as the attack's own sequel, though
                # the side that fought is not named: a battle, its second side untold
                sub_name, a2 = "Armed clash", a2 if a2 is not None and a2.kind != "civilians" else None
            elif fell:
                # Round 19: "four of the raiders were shot dead" told after the raid: attackers who die
                # were fought off, a battle (ACLED), its defenders untold as in the raid's own sentence
                sub_name, a2 = "Armed clash", None
        if (
            sub_name == "Attack" and a1 is not None and a1.kind in ("state", "police")
            and (a2 is None or a2.kind == "civilians") and not victims_of & CIVILIAN_VICTIMS
            and "crossfire" not in words
            and any(GUNFIGHT.search(x.text) and not CLAIMED_FIGHT.search(x.text) for x in told)
        ):
            # "police killed two robbery suspects in a shoot-out" (or the shoot-out told in the next
            # sentences): people who trade fire with a force are an armed side, so the force fought them
            # (ACLED: an armed clash), not attacked civilians; a shoot-out only a side claims ("police
            # claim it was a shootout") is not taken as told, nor one civilians were caught in
            name = _of_country("Unidentified Armed Group", event_country)
            sub_name, a2 = "Armed clash", ActorMention(name, "", 3, event_country, "unidentified", 0, 0, 0, 0)
        if (
            sub_name == "Attack" and a1 is not None and a1.kind in ("state", "police")
            and (a2 is None or a2.kind == "civilians") and not victims_of & CIVILIAN_VICTIMS
            and any(ARMED_SUSPECTS.search(x.text) for x in d.sentences)
        ):
            # Round 20: "police shot dead two men suspected of killing a trader", "officers killed a
            # suspected gunman and recovered a pistol": the people a force kills are told as armed men
            # (suspects of armed violence, or carrying the guns it took), an armed side by ACLED's
            # codebook, so the force fought them (an armed clash), as for a shoot-out told; suspects
            # of theft or of no stated crime stay civilians
            name = _of_country("Unidentified Armed Group", event_country)
            sub_name, a2 = "Armed clash", ActorMention(name, "", 3, event_country, "unidentified", 0, 0, 0, 0)
        if (
            sub_name == "Shelling/artillery/missile attack"
            and all(m is None or m.kind in ARMED_KINDS for m in (a1, a2)) and (a1 is not None or a2 is not None)
            and any(SMALL_ARMS.search(x.text) or FIRE_RETURNED.search(x.text) for x in told)
        ):
            # "troops opened fire with automatic weapons and mortars", "militants fired rockets; the army
            # retaliated": shelling beside gunfire or fire returned is a ground engagement, which ACLED's
            # codebook codes as an armed clash, not remote violence
            sub_name = "Armed clash"
        if (
            sub_name in RIOT_SUBS and words & FIREBOMB_WORDS
            and any(f.kind in ("killed", "injured") and f.who not in ("police", "soldiers", "militants") for f in harmed)
            and not any(m is not None and m.kind in ("state", "police") for m in (a1, a2))
        ):
            # "assailants hurled a petrol bomb at a bus, burning four passengers": a firebomb thrown at
            # people is an attack on civilians by whoever threw it (ACLED), not a riot
            sub_name = "Attack"
            a1 = a1 if a1 is not None and a1.kind in ("group", "unidentified") else None
            a2 = a2 if a2 is not None and a2.kind == "civilians" else None
        if (
            sub_name == "Armed clash" and trig_tok.lemma_.lower() in ATTACK_LEMMAS | {"fire", "target"}
            and (aim := unarmed_target(target or _words_after(trig_tok)))
            and not victims_of & {"police", "soldiers", "militants"}
            and not any(_raiders_fell(f) for f, _ in d.figures if f.kind == "killed") and not fell
            # "battled police after attacking a village", "killed raiders following their attack on a
            # village": a fight is told, or the attack is only what came before the event
            and not words & RECIPROCAL_WORDS
            and not (trig_tok.dep_ in ("pobj", "pcomp") and trig_tok.head.lower_ in ("after", "following", "with"))
            and not any(FIRE_RETURNED.search(x.text) or _force_took_on(x.text) for x in told)
        ):
            # "raiders attacked a village", "gunmen opened fire on students": an attack aimed at unarmed
            # people or a civilian place, with no fire returned, is violence against civilians (ACLED),
            # whatever the actor search made of the attackers
            sub_name, cue = "Attack", aim
            if a2 is not None and (a2.kind in ("communal", "unidentified") or (aim in PEOPLE_MEMBERS and a2.inter == 4)):
                # those the attack was aimed at are its civilian victims ("members of the Turkana
                # tribe" are Turkana people, not the Turkana militia)
                a2 = _as_civilians(a2)
        if sub_name in (STATE_REGAIN, NONSTATE_TAKE) and (calm := taken_unopposed(told_text)):
            # "Al Shabaab overtook the village. No violence was reported": ground changing hands with
            # no fight is a non-violent transfer of territory (ACLED)
            sub_name, cue = "Non-violent transfer of territory", calm
        if sub_name in PROTEST_SUBS | RIOT_SUBS and (press := _force_hits_press(d.sentences, trig_tok)):
            # Round 20: "officers beat up a reporter who was filming the march": the press covering
            # a crowd is no side of it, so a force that sets on them attacks civilians (ACLED:
            # violence against civilians), whatever the crowd itself did (coded on its own)
            beater = next((m for m in actors if m.kind in ("state", "police")), None)
            if beater is None and event_country:
                beater = ActorMention(state_actor_name(event_country, when, police=True), "", 1, event_country, "police", 0, 0, 0, 0)
            sub_name, cue, a1, a2 = "Attack", press, beater, _civilians(event_country)
        if SUB_TYPES[sub_name].event_type == PROTESTS and (broke := _gathering_disrupted(told, trig_tok)):
            # Round 20: "opposition youths disrupted the governor's rally", "a campaign meeting was
            # broken up by rival supporters": a crowd that forces another's gathering to stop is no
            # peaceful protest but a riot (ACLED: rival supporters' confrontations are riots)
            sub_name, cue = "Violent demonstration", broke
        if sub_name == "Peaceful protest" and (handled := _force_handled(told)):
            # "police chased away the protesters", "the march was intercepted by police": a force that
            # broke up, removed or stopped the crowd intervened in the protest (ACLED)
            sub_name, cue = "Protest with intervention", handled
        sub = SUB_TYPES[sub_name]
        if cue:
            evidence.extend(_cue_evidence(doc, d, cue))
        hurt = any(f.who not in ("police", "soldiers", "militants") for f in harmed if f.kind in ("killed", "injured"))
        # "the police did not intervene": a force's act the text denies brings no force in
        acted = told_words - _negated_verbs(told)
        struck = _struck_civilians(doc, a1, a2)
        # Round 20: "no police were present": no force is the crowd's other side, whoever died
        absent = sub.event_type in (PROTESTS, RIOTS) and _force_absent(told)
        gone = (no_crowd_side(doc, a1), no_crowd_side(doc, a2)) if sub.event_type in (PROTESTS, RIOTS) else (False, False)
        if any(gone):
            # Round 20: a report typed a crowd event only now ("two groups clashed outside the police
            # station") does not take a force named only as a place, in a grievance or as absent for
            # the crowd's other side; a force the told sentences name otherwise takes its place
            force_met_crowd: ActorMention | None = next(
                (
                    fm for x in told for fm in self._actors(x.span, event_country, when)
                    if fm.kind in ("state", "police") and not no_crowd_side(doc, fm)
                ),
                None,
            )
            a1, a2 = (force_met_crowd if drop else side for side, drop in zip((a1, a2), gone, strict=True))
        a1, a2 = _settle_roles(
            sub.event_type, sub.name, a1, a2, event_country, victims=one_sided, when=when, hurt=hurt,
            watched=any(_force_present(x.text) or _force_stops(x.text) or _force_involved(x.text) for x in told),
            crowds_clash=sub.event_type == RIOTS and not crowd_met_force and _crowds_clash(told),
            mutual=bool(words & MUTUAL_WORDS) or "each other" in s.text.lower(),
            deaths=not absent and not told_words & MOB_WORDS and (
                (any(f.kind == "killed" for f in harmed) and bool(told_words & DEMONSTRATION_WORDS))
                or bool(acted & INTERVENTION_WORDS and acted & FORCE_WORDS)
                or (sub.event_type == RIOTS and _police_acts(doc, acted, told))
            ),
            force_met=sub.event_type == RIOTS and not absent and self._force_met(d, told, told_words),
        )
        if (community := _other_community(sub.name, a1, a2, trig_tok, told_text, event_country)) is not None:
            a1, a2 = (a1, community) if a1 is not None else (a2, community)
        if sub.event_type == EXPLOSIONS and _bomb_on_civilians(sub.name, a1, a2, " ".join(x.text for x in d.sentences), words):
            a2 = _civilians(event_country)
        if (
            sub.name == "Violent demonstration" and a2 is None and a1 is not None and a1.kind == "rioters"
            and any(f.kind in ("killed", "injured", "killed_and_injured") and f.who in ("civilians", "children", "women") for f in harmed)
        ):
            # "pickets hurled stones at a bus, injuring five passengers": rioters who hurt people with no
            # force named against them set on civilians (ACLED's mob violence, civilians the other side)
            sub = SUB_TYPES["Mob violence"]
            a2 = _civilians(event_country)
        if sub.name == "Violent demonstration" and a2 is None and a1 is not None and a1.kind == "rioters" and struck:
            # "students pelted teachers with stones", "youths beat a councillor": people a crowd sets
            # on by hand are the victims of mob violence (ACLED: rioters against civilians), not bystanders
            sub = SUB_TYPES["Mob violence"]
            a2 = _civilians(event_country)
        if sub.event_type == RIOTS and a2 is None and a1 is not None and a1.kind == "rioters" and _crowd_hurts_person(told):
            # "protesters attacked a lawmaker's aide", "rioters injured a journalist": a person a
            # rioting crowd sets on is its other side (ACLED: rioters against civilians); the
            # sub-event stays as typed
            a2 = _civilians(event_country)
        if (
            sub.name == "Violent demonstration" and a2 is None and a1 is not None and a1.kind == "rioters"
            and (hurt or _people_burnt(told)) and _bystanders_hurt(told)
        ):
            # "picketers torched a van, injuring its driver": people hurt in a riot that no force met,
            # none of them told of the crowd, are civilians, the riot's other side (ACLED: rioters
            # against civilians); the sub-event stays as typed. Round 20c: people told burnt ("two
            # passengers were burnt"), whom the numbers reader counts as no injury, are hurt too
            a2 = _civilians(event_country)
        if (
            sub.name == "Mob violence" and a1 is not None and a1.kind == "rioters"
            and a2 is not None and a2.kind in ("police", "state") and _named_after(s.span, a2)
            and _mob_set_on_person(s.span)
        ):
            # Round 20: "a man was lynched by a mob; police intervened": the person a mob sets on is its
            # other side (ACLED: rioters against civilians), not the force named only after the mob's act
            a2 = _civilians(event_country)
        if (
            sub.event_type == EXPLOSIONS and a2 is None and (a1 is None or a1.inter != 1)
            and any(_PEOPLE_AIMED.search(x.text) for x in d.sentences)
        ):
            # "threw a grenade into a group of tourists", "a bomb hurled at a primary school": civilians
            # the bomb was aimed at are its target, hurt or not (ACLED: civilians the other side)
            a2 = _civilians(event_country)
        # ("a tribal journalist was shot": "tribal" naming the victim's people tells no communal fight)
        words_c = identity_words(words, " ".join(x.text for x in d.sentences))
        if (a1 is None or (a1.kind in ("communal", "unidentified") and not a1.text)) and (
            unnamed := next((hit for x in d.sentences if (hit := UNKNOWN_DOERS.search(x.text))), None)
        ):
            # Round 20: "camels were stolen by unidentified individuals": doers the report says are not
            # known, told by no armed or communal noun, are an unidentified armed group (ACLED), not
            # a communal militia guessed from the herding words around them
            name = _of_country("Unidentified Armed Group", event_country)
            a1 = ActorMention(name, unnamed.group(0), 3, event_country, "unidentified", 0, 0, 0, 0)
        if words & RAID_WORDS and told_words & LIVESTOCK_WORDS:
            # Round 20: "bandits raided the village; 300 goats were driven off": a livestock raid's
            # bandits are the raiding community's militia (ACLED: identity militia, inter 4)
            a1, a2 = raiding_bandits(a1, event_country), raiding_bandits(a2, event_country)
        a1, a2 = communal_sides(sub.name, a1, a2, words_c, event_country)
        if sub.name == "Armed clash" and a1 is not None and a1.inter == 4:
            # "two rival groups of AL and BNP clashed": a party's groups are its militia, not communities
            a1, a2 = party_groups_clash(" ".join(x.text for x in d.sentences), a1, a2)
        if (
            sub.name == "Attack" and a1 is not None and a1.kind == "communal" and (a2 is None or a2.kind == "civilians")
            and (told_words & FOUGHT_WORDS or trig_tok.lemma_.lower() in COMMUNAL_WAR_KEYS)
            and not victims_of & {"children", "women"} and not words & {"civilian", "civilians"}
            and trig_tok.lemma_.lower() not in ATTACK_LEMMAS
        ):
            # "two herders were killed; the clans had clashed over water": killings told as a fight
            # between communities are a battle of two communal militias (ACLED), not one side's attack
            # (unless the text tells one side set on the other or calls the dead civilians); Round 21d:
            # so are deaths told of a clan war or a tribal conflict (the trigger itself is the fight)
            sub = SUB_TYPES["Armed clash"]
            a1, a2 = communal_sides(sub.name, a1, None, words_c, event_country)
        if (
            sub.name in _BOMB_SUBS and a1 is not None and a1.kind in ("state", "police") and _hit(doc, a1)
            and (a2 is None or a2.kind == "civilians")
        ):
            # Round 21: "four troops and a girl were wounded when a roadside bomb went off": a force told
            # as the bomb's casualties is its target, not its doer; the bomber no one names is an
            # unidentified armed group (ACLED codes the force as actor2, the civilians hit beside it
            # being no side of their own)
            a1, a2 = ActorMention(_of_country("Unidentified Armed Group", event_country), "", 3, event_country, "unidentified", 0, 0, 0, 0), a1
        # "BNP militants hurled bombs": armed men a party's name owns are its militia (ACLED)
        a1, a2 = (party_militia(doc, m) for m in (a1, a2))
        if sub.name == "Armed clash":
            # "troops of India and Pakistan exchanged fire on the LoC": the other side is the other state
            a1, a2 = cross_line_foe(" ".join(x.text for x in d.sentences), a1, a2, event_country, when)
            # "rival gangs clashed": the one band named fights its own kind
            a1, a2 = rival_bands(a1, a2)
        if sub.event_type not in (PROTESTS, RIOTS):
            # "the militant was affiliated with LeT": unnamed fighters the text ties to one group are it
            a1, a2 = named_for_unnamed(self._with_skipped(d, told_text), a1, a2, event_country, when)
            # Round 20c: "jets pounded militant hideouts in North Waziristan": a region's one insurgency
            a1, a2 = regional_insurgents(told_text, sub.name, a1, a2, event_country, when)
            if sub.name == "Armed clash" and (a1 is None or a2 is None):
                # "a TTP commander died in an intelligence-based operation": the state fought the lone group
                a1, a2 = state_for_lone_fighters(told_text, a1, a2, event_country, when)
            if any(m is not None and m.kind == "unidentified" and m.char_end <= m.char_start for m in (a1, a2)):
                # "shot dead by suspected Baloch separatists": the one armed group told is the doer left unfound
                mentions = [m for x in told for m in (actors if x is s else self._actors(x.span, event_country, when))]
                a1, a2 = group_for_filler(a1, a2, mentions, told_text)
        if (
            sub.event_type == RIOTS and a1 is not None and a2 is not None and a1.kind == a2.kind == "rioters"
            and (side := party_factions(s.text)) is not None
        ):
            # "a clash between two factions of the Awami League": one party's factions fighting each
            # other are its militia on both sides of a battle (ACLED), not rioters
            sub = SUB_TYPES["Armed clash"]
            a1 = a2 = replace(side, char_start=a1.char_start, char_end=a1.char_end)
        if sub.name == "Change to group/activity" and a1 is not None and not words & DEFECTION_WORDS:
            # Round 20b: a group's change of activity (moving, recruiting, arming) is its own act:
            # ACLED codes the group that changes alone, whoever its move is aimed at (48 of 52 such
            # Kenya rows have no second actor); a defection names the group left and the one joined
            a2 = None
        if sub.name == "Arrests":
            # "arrested 34 Jamaat-Shibir men": the arrested are the group their own words name
            a2 = arrested_members(doc, a2)
            # "detained a leader of Islami Chhatra Shibir": the arrested named by the body they belong to
            a2 = arrested_by_membership(told_text, a2, when)
        # Round 21b: an unnamed identity militia is named as ACLED named it on the event's date
        a1, a2 = period_militia_name(a1, when), period_militia_name(a2, when)
        actor1 = _actor(a1)
        actor2 = _actor(a2)
        for name, m in (("actor1", a1), ("actor2", a2)):
            if m is not None and m.char_end > m.char_start:
                evidence.append(_ev(doc, name, m.char_start, m.char_end))
        event_date: EventDate | None = None
        if span_date is not None:
            event_date = EventDate(
                best=span_date.best, start=span_date.start, end=span_date.end,
                time_precision=span_date.time_precision, text=span_date.text or None,
            )
            if not inherited and span_date.text:
                evidence.append(_ev(doc, "date", span_date.char_start, span_date.char_end))
        fatalities, injured, fig_ev, fig_claims = self._casualties(article, d, sub.name)
        evidence.extend(fig_ev)
        claims = [self._claim(s, article, ["event_type", "sub_event_type", "actor1", "actor2", "location", "date"], None)]
        a = s.attribution
        if a is not None and not a.carried:
            evidence.append(_ev(doc, "claim", a.char_start, a.char_end))
        claims.extend(fig_claims)
        rid = report_id(article.sha256, trig_span.start_char, trig_span.end_char)
        confidence, rank = _confidence(
            d, a1, a2, location, loc_ev, span_date, inherited, previous_draft, a, sub.event_type, fatalities, len(earlier)
        )
        return Report(
            event_id=rid,
            report_id=rid,
            article=self._ref or article.ref(),
            event_type=sub.event_type,
            sub_event_type=sub.name,
            plover=Plover(event=sub.plover, mode=sub.plover_mode),
            cameo=sub.cameo,
            actor1=actor1,
            actor2=actor2,
            interaction=interaction(actor1.inter if actor1 else None, actor2.inter if actor2 else None),
            location=location,
            date=event_date,
            fatalities=fatalities,
            injured=injured,
            claims=claims,
            evidence=evidence,
            modality=d.modality,  # type: ignore[arg-type]
            confidence=confidence,
            rank=rank,
            coder=self.coder,
        )

    def _held_responsible(
        self, d: _Draft, a1: ActorMention | None, a2: ActorMention | None, country: str | None, when: date | None
    ) -> tuple[ActorMention | None, ActorMention | None]:
        """'Al Shabaab was believed responsible', 'X claimed to have killed two police': a named
        armed group the report's sentences hold responsible is the perpetrator (ACLED), in place of
        an unnamed one or of none; a side already named stays."""
        sides = [m for m in (a1, a2) if m is not None]
        if a1 is not None and a2 is not None and not any(m.kind == "unidentified" for m in sides):
            return a1, a2
        # the sentences between the report's first and last (a toll told later takes the last) and
        # the next ones of its paragraph
        told = self._sents[d.sentences[0].index : d.sentences[-1].index + 1] + self._told_after(d)
        for x in told:
            if not lays_responsibility(x.span) or _unclaimed_habit(x.text):
                continue
            group = next(
                (
                    m for m in self._actors(x.span, country, when)
                    if m.kind == "group" and m.inter in (2, 3, 4) and not _ruled_out(x.span.doc, m)
                ),
                None,
            )
            if group is None or any(m.name == group.name for m in sides):
                continue
            if a1 is None or a1.kind == "unidentified":
                return group, a2
            if a1.kind == "civilians" and (a2 is None or a2.kind == "civilians"):
                # "two children were killed ... authorities suspect X": the people hit are the target
                return group, a1
            if a2 is not None and a2.kind == "unidentified":
                return a1, group
            if a2 is None and a1.kind in ("state", "police") and (
                d.sub_event_type in PLANTED_SUBS or _claims_it(x.span)
            ):
                # troops beside a bomb are what it hit (as _settle_roles reads them); forces a group
                # claims to have struck ("X claimed responsibility for an attack on a police post")
                # are its target, not the doer
                return group, a1
            return a1, a2
        return a1, a2

    def _force_met(self, d: _Draft, told: list[_Sentence], told_words: set[str]) -> bool:
        """Round 15 (Kenya actors): is a force told stepping in or fighting a riot's crowd, in the
        draft's sentences, those it skipped between them ("...took to the streets. The principal
        called the police to disperse them. No one was hurt.") or the next ones? Not for a mob
        (lynchings, whoever came), nor when two crowds are told fighting each other."""
        first, last = d.sentences[0].index, d.sentences[-1].index
        taken = {x.index for x in d.sentences}
        between = [x for x in self._sents[first : last + 1] if x.index not in taken]
        told = told + between
        if told_words & MOB_WORDS or any(TWO_CROWDS.search(x.text) for x in told):
            return False
        words = told_words.union(*(span_words(x.span.doc, x.span.start, x.span.end) for x in between))
        acted = words - _negated_verbs(told)
        return bool(acted & INTERVENTION_WORDS and acted & FORCE_WORDS) or _police_acts(d.sentences[0].span.doc, acted, told) or _force_fought(told)

    def _with_skipped(self, d: _Draft, told_text: str) -> str:
        """Round 19b (Asia sides): the told text and the sentences the draft skipped between its
        first and last ("Troops shot dead four gunmen in a raid. Officials said the gunmen belonged to
        X. Two troops were hurt."): a tie of its unnamed fighters to a group is read there too."""
        first, last = d.sentences[0].index, d.sentences[-1].index
        if last - first < 2:
            return told_text
        taken = {x.index for x in d.sentences}
        between = [x.text for x in self._sents[first : last + 1] if x.index not in taken]
        return " ".join([told_text, *between]) if between else told_text

    def _told_after(self, d: _Draft, limit: int = 2) -> list[_Sentence]:
        """The next sentences of the draft's paragraph, up to ``limit``, that it has not taken in."""
        last = d.sentences[-1]
        out = []
        for x in self._sents[last.index + 1 : last.index + 1 + limit]:
            if x.paragraph != last.paragraph:
                break
            out.append(x)
        return out

    def _location(
        self,
        d: _Draft,
        s: _Sentence,
        focus: str | None,
        town_by_sentence: dict[int, Place | None],
        previous: Report | None,
        previous_draft: _Draft | None,
    ) -> tuple[Location | None, Evidence | None]:
        doc = s.span.doc
        trig = doc[d.trigger.token]
        attr = s.attribution
        tops = [
            t for t in s.toponyms
            if not (attr and not attr.carried and attr.char_start <= t.start < attr.char_end)
            and (is_locative(t, doc) or _struck_place(t, doc)) and not _corrected(t, doc) and not t.modifier
            and not _group_hold(t, doc)
            # "near the Somalia border", "fled into Somalia" in a Kenyan report: the far side of the
            # border, an origin or a destination is not the place
            and not (focus and t.place is not None and t.place.feature == "PCLI" and t.place.country != focus
                     and named_elsewhere(t, doc_text(doc)))
        ]
        if d.scope is not None:
            lo, hi = d.scope
            tops = [t for t in tops if lo <= t.start < hi] or tops
        # The trigger's own phrase first: places after the trigger within its clause, then the rest.
        after = [t for t in tops if t.start >= trig.idx]
        before = [t for t in tops if t.start < trig.idx]
        ordered = after + list(reversed(before))
        # "Kathwana, Tharaka-Nithi County", "in Gilgil, Nakuru County": the region named to say
        # where a place lies yields to the place (the nearer to the trigger is often the region),
        # when the place is known in its own right (else it is coded at the region all the same)
        holders = {
            id(t.container) for t in tops
            if t.container is not None and t.place is not None and t.score >= 0.35
            and (t.container.place is None or t.container.place.geonameid != t.place.geonameid)
            # "in Sindh in Khandkot": a town read as a region's container holds nothing; the
            # region is the one that yields
            and not (t.place.feature in ("ADM1", "PCLI") and t.container.place is not None and t.container.place.feature == "P")
        }
        # the same when the text links them only by wording the recogniser does not read ("at X
        # village in Y LGA of Z State"): a state the sentence names yields to a place inside it
        holders |= {id(t) for t in tops if _holds_another(t, tops)}
        # and a road named for the towns it joins ("the Nairobi-Narok highway") yields to a town
        # the sentence names on it ("at Kwambira in Limuru")
        # A town the place is said to lie off ("Tarmiyah, north of Baghdad", "20 km west of
        # Nyala") is a reference point: it yields to any other place the sentence names.
        text = doc_text(doc)
        # "in Mandi sector of Poonch district": a name the text places in a district it does
        # not lie in was read as a namesake elsewhere; the district is the place
        for t in tops:
            if (district := _outside_its_region(t, tops, text)) is not None:
                holders.discard(id(district))
                holders.add(id(t))
        # "workers in Peshawar protested the raid in Karachi": the place of what a protest is about
        # yields to the protest's own
        topic = {doc[i].idx for i in protest_topic(trig)} if d.sub_event_type in PROTEST_SUBS | RIOT_SUBS else set()
        ordered.sort(key=lambda t: (
            bool(topic) and t.start in topic,
            id(t) in holders or _RELATIVE_TO_RE.search(text, max(0, t.start - 48), t.start) is not None,
            t.feature and t.container is None and t.place is not None and t.text.split()[-1].lower() in _ROAD_WORDS,
            # "a Mombasa-bound bus", "Nairobi-based journalists": where someone heads or comes from
            _BOUND_RE.match(text, t.end) is not None,
        ))
        # "clashes between Turkana militia and police in Kapedo": a name that says who the people
        # are (a community named like its county) yields to the places the sentence names
        ordered.sort(key=lambda t: _PEOPLE_AFTER_RE.match(text, t.end) is not None)
        if focus:
            # a name read as a place abroad ("Dara" in "Dara i Pech district, Kunar" taken for
            # Syria's Daraa) yields to a place of the article's own country in the same sentence
            ordered.sort(key=lambda t: t.place is not None and t.place.country is not None and t.place.country != focus)
        # A bare country ("in Syria", "Syrian jets") is the last resort among the sentence's places:
        # a place inside it named in the sentence, then one the context gives, come first (ACLED
        # codes the most specific place the report supports).
        country_only: tuple[Location, Evidence] | None = None
        for t in ordered:
            loc = self._place_of(t, town_by_sentence.get(s.index))
            if loc is None:
                continue
            if loc.admin1 is None and (
                (t.place is not None and t.place.feature == "PCLI")
                # "near the Customs House in Pakistan's Chaman town": a name placed only by the
                # country it is said to lie in knows no more than the bare country
                or ((own := self.gazetteer.get(loc.geonames_id or -1)) is not None and own.feature == "PCLI")
            ):
                country_only = country_only or (loc, _ev(doc, "location", t.start, t.end))
                continue
            if loc.geo_precision == 1 and _RELATIVE_TO_RE.search(text, max(0, t.start - 48), t.start):
                # ACLED: an event off a named town is coded at it, with precision 2
                loc = loc.model_copy(update={"geo_precision": 2})
            return loc, _ev(doc, "location", t.start, t.end)
        if country_only is not None:
            # "fighting in eastern Syrias Deir Ezzor province": a place of that country the
            # sentence names without a locative reading of its own still beats the bare country
            for t in s.toponyms:
                p = t.place
                if (p is not None and p.feature != "PCLI" and p.country == country_only[0].country and t.score >= 0.5
                        and not t.modifier and not t.demonym and not _corrected(t, doc)
                        and (loc := self._place_of(t, town_by_sentence.get(s.index))) is not None):
                    return loc, _ev(doc, "location", t.start, t.end)
        if (at_capital := self._capital_in(s, d, country_only[0].country if country_only is not None else focus)) is not None:
            return at_capital
        lo, hi = d.scope if d.scope is not None else (s.span.start_char, s.span.end_char)
        if (body := _institution_town(text, lo, hi, self.gazetteer, country_only[0].country if country_only is not None else focus)) is not None:
            return _location(body[0], text[body[1] : body[2]], 2), _ev(doc, "location", body[1], body[2])
        same_block = previous is not None and previous_draft is not None and (
            previous_draft.sentence.paragraph == s.paragraph
            or (attr is not None and previous_draft.sentence.attribution is not None
                and previous_draft.sentence.attribution.source == attr.source)
        )
        within = country_only[0].country if country_only is not None else None
        if (
            same_block and previous is not None and previous.location is not None
            and (within is None or (previous.location.country == within and previous.location.admin1 is not None))
        ):
            return previous.location, None
        town = town_by_sentence.get(s.index)
        # a town abroad named earlier (a "Beirut" or "Moscow" dateline, a diplomat's venue) does
        # not place an event of the article's own country
        if town is not None and (within is None or town.country == within) and (focus is None or town.country == focus):
            return _location(town, town.name, 2), None
        # "In X district, rebels burned a bus. Nobody was hurt in the attack.": the district or
        # province named earlier places the report better than the bare country
        region = self._region_before.get(s.index)
        if region is not None and (within is None or region.country == within) and (focus is None or region.country == focus):
            return self._at_region_seat(_location(region, region.name, 2, admin_precision=True)), None
        # A lead that names no place, or only the country ("air raids kill 10 in north Syria"),
        # is placed by the town the next sentences name, if it lies in that country.
        ahead = self._next_town.get(s.index)
        if ahead is not None and ahead.country == (within or focus):
            return self._at_region_seat(_location(ahead, ahead.name, 2, admin_precision=True)), None
        if (named := self._named_for(s, topic, within or focus)) is not None:
            return named
        if country_only is not None:
            return country_only
        if focus:
            place = self.gazetteer.country(focus)
            if place is not None:
                return _location(place, place.name, 3), None
        return None, None

    def _named_for(self, s: _Sentence, topic: set[int], country: str | None) -> tuple[Location, Evidence] | None:
        """The place the sentence names its people or their body for ("Uttarakhand youth activists
        demonstrated", "300 Mombasa County traders marched"), when nothing places the event itself: where
        they are from is where a local event most likely was, and ACLED codes the most specific
        place the report supports, so it beats the bare country (precision 2 at most: near it).
        Only a place the resolver is sure of, of the country known (any, when none is), never
        a demonym ("Somali troops") or the speaker's own words; with no country known, only a
        first-order region or a city (a county abroad hides in "Central Bureau of Investigation").
        Not the place of what a protest is about (``topic``: its offsets, as _location reads them;
        "protested the beating of a colleague by Andhra Pradesh police")."""
        doc = s.span.doc
        attr = s.attribution
        for t in s.toponyms:
            p = t.place
            if (
                p is None or p.feature == "PCLI" or t.score < NAMED_FOR_MIN_SCORE or t.demonym
                or (country is not None and p.country != country) or _corrected(t, doc)
                or (attr is not None and attr.char_start <= t.start < attr.char_end)
                or (country is None and not (p.feature == "ADM1" or p.population >= INSTITUTION_TOWN_POPULATION))
                or any(t.start <= i < t.end for i in topic)
            ):
                continue
            loc = self._place_of(t, None)
            if loc is None or loc.admin1 is None:
                continue
            return loc.model_copy(update={"geo_precision": max(2, loc.geo_precision)}), _ev(doc, "location", t.start, t.end)
        return None

    def _capital_in(self, s: _Sentence, d: _Draft, country: str | None) -> tuple[Location, Evidence] | None:
        """"In the capital", "the capital's X area", "near Syria's capital": the capital city of the
        country the sentence or the article is about (precision 2 when only near it)."""
        if country is None:
            return None
        doc = s.span.doc
        text = doc_text(doc)
        lo, hi = d.scope if d.scope is not None else (s.span.start_char, s.span.end_char)
        m = _CAPITAL_RE.search(text, lo, hi)
        if m is None:
            return None
        word = m.group("word")
        if word is not None and word.lower() not in ("country", "nation", "national"):
            # "Syria's capital", "the Afghan capital"; not "Pattani's capital", "the state capital"
            country = country_code(word)
            if country is None:
                return None
        city = self.gazetteer.capital(country)
        if city is None:
            return None
        near = m.group("prep").lower() in ("near", "around", "outside") or "outskirts" in m.group(0).lower()
        return _location(city, m.group("capital"), 2 if near else 1), _ev(doc, "location", m.start("capital"), m.end("capital"))

    def _place_of(self, t: Toponym, context_town: Place | None) -> Location | None:
        loc = self._toponym_place(t, context_town)
        return self._at_region_seat(loc) if loc is not None else None

    def _at_region_seat(self, loc: Location) -> Location:
        """An event known only to a first-order region sits at the region's seat town, as ACLED
        codes it (geo_precision 3 at the provincial capital), not at the region's middle; the
        name and text stay the region's, so the report still says only the region is known."""
        if loc.geo_precision != 3 or loc.geonames_id is None:
            return loc
        region = self.gazetteer.get(loc.geonames_id)
        seat = self.gazetteer.region_seat(region) if region is not None else None
        if seat is None:
            return loc
        return loc.model_copy(update={"lat": seat.lat, "lon": seat.lon})

    def _toponym_place(self, t: Toponym, context_town: Place | None) -> Location | None:
        if t.feature:
            container = t.container
            while container is not None and container.feature and container.place is None:
                container = container.container
            if container is not None and container.place is not None:
                p = container.place
                own = t.place
                if (own is not None and own.feature == "P" and t.score >= 0.35 and p.feature != "P"
                        and own.country == p.country and (p.feature == "PCLI" or own.admin1_code == p.admin1_code)):
                    # "Raiganj University in North Dinajpur district": the feature's own town lies
                    # in the region named with it, and is the more precise answer
                    return _location(own, t.text, 2)
                return _location(p, t.text, 2 if t.near or p.feature != "P" else 1, admin_precision=True)
            if t.place is not None and t.score >= 0.35:
                # "the Eldoret-Kitale road", "Dadaab refugee camp": the town the feature is named for.
                return _location(t.place, t.text, 2)
            if context_town is not None:
                return _location(context_town, t.text, 2 if t.near else 1)
            return None
        if t.place is None or t.score < 0.35:
            # An unknown place in a known one ("X village of Y county", "X district, Y"): code Y,
            # at the precision of its surroundings (2) or of a region (3).
            container = t.container
            while container is not None and (container.place is None or container.score < 0.35):
                container = container.container
            if container is not None and container.place is not None:
                return _location(container.place, t.text, 2, admin_precision=True)
            return None
        p = t.place
        if p.feature in ("PCLI", "ADM1"):
            precision = 3
        elif p.feature == "ADM2":
            precision = 2
        else:
            precision = 2 if t.near or t.hint == "district" else 1
        return _location(p, t.text, precision)

    def _date(
        self, article: Article, d: _Draft, previous_draft: _Draft | None, earlier: list[_Draft]
    ) -> tuple[DateSpan | None, bool]:
        s = d.sentence
        published = article.published
        # "on Monday [29 January]": the parser may end the sentence before the bracketed day
        gloss = _GLOSS_AFTER.match(doc_text(s.span.doc), s.span.end_char)
        own_text = s.text + gloss.group() if gloss is not None else s.text
        spans = [x for x in _event_dates(s.span.doc, own_text, published, offset=s.span.start_char) if x.kind != "year"]
        if d.scope is not None:
            lo, hi = d.scope
            spans = [x for x in spans if lo <= x.char_start < hi] or spans
        spans = [x for x in spans if not _other_day(x, s, d.trigger.token, published, self._note)]
        if published is not None:
            # a report tells what happened by its publication: a later day ("will go on till 1 April
            # 2016", a photo caption of a later page) is another event's (one day of slack for time zones)
            spans = [x for x in spans if x.start <= published + timedelta(days=1)]
        if self._unframed and published is not None:
            # a calendar date in the sentence places the event; failing one, the relative word
            # still dates it as the text tells it, to the caller's week
            placed = [x for x in spans if not _counts_from_page(x)]
            spans = placed or [_unplaced(x, published) for x in spans]
        if self._note and published is not None:
            spans = [on_note_day(x, published) for x in spans]
        # the page's own stamp only when the sentence (a headline run into it) has no other date;
        # find_dates does not read every stamp form ("21.02.2015", "Apr 152017"): added here
        spans = [x for x in spans if not _overlaps(x, self._stamp)]
        stamp = self._stamp_date
        if not spans and stamp is not None and s.span.start_char <= stamp.char_start < s.span.end_char:
            spans = [stamp]
        if spans:
            trig_char = s.span.doc[d.trigger.token].idx
            best = min(spans, key=lambda x: abs(x.char_start - trig_char))
            d.date = best
            return best, False
        anchored = _anchored_date(s, earlier)
        if anchored is not None:
            d.date = anchored
            return anchored, False
        if previous_draft is not None and previous_draft.date is not None:
            pa, sa = previous_draft.sentence.attribution, s.attribution
            same_block = previous_draft.sentence.paragraph == s.paragraph or (
                pa is not None and sa is not None and pa.source == sa.source and s.paragraph - previous_draft.sentence.paragraph <= 2
            )
            if same_block:
                d.date = previous_draft.date
                d.date_inherited = True
                return previous_draft.date, True
        published = published or self._text_day
        if published is None:
            return None, False
        # a stamp the caller's date contradicts dates no undated sentence either
        context = _context_date(
            s, published, self._stamp if self._stamp_date is None else (0, 0), self._unframed, self._note
        )
        if context is not None:
            context = on_note_day(context, published) if self._note else context
            d.date = context
            d.date_inherited = True
            return context, True
        d.date_default = True
        return DateSpan(
            best=published, start=published - timedelta(days=DEFAULT_WINDOW_DAYS), end=published,
            time_precision=2, text="", char_start=0, char_end=0, kind="default",
        ), True

    def _casualties(
        self, article: Article, d: _Draft, sub_name: str | None = None
    ) -> tuple[Fatalities, Injured, list[Evidence], list[Claim]]:
        from dateline.extract.numbers import combine_figures

        doc = d.sentence.span.doc
        # A sub-figure ("including 3 children") is part of the figure before it: never added on top.
        # Several figures of one report combine (see combine_figures): distinct victim groups and
        # figures marked "also"/"another" add, restatements keep the largest, sub-figures never add.
        figures = [(f, s) for f, s in d.figures if not (f.kind == "killed" and _alleged(doc, f, d.trigger.token))]
        # a death the patterns left unnumbered may have its victims numbered in the parse
        figures = number_unnumbered(doc, figures)
        if sub_name in CROWD_SUBS:
            figures = [(f, s) for f, s in figures if not (f.kind == "killed" and _antecedent(doc, f, d.trigger.token))]
            grievance = _grievance_deaths(d)
            if grievance:
                # "students protested the killing of a classmate. He was stabbed at a bus stop": the
                # death the crowd protests, told in its cause or again after it, is no toll of the
                # crowd's own; deaths where the crowd met force ("police fired on the marchers") stay
                figures = [(f, s) for f, s in figures if not (f.kind == "killed" and (
                    _root_of(doc, f) in grievance if s is d.sentence else not _CROWD_MET.search(s.text)
                ))]
        killed = [(f, s) for f, s in figures if f.kind == "killed" and f.part_of is None]
        subsets = [(f, s) for f, s in figures if f.kind == "killed" and f.part_of is not None]
        # (the filters above drop deaths only, so the injured here are all of the report's, counted once)
        hurt = [(f, s) for f, s in figures if f.kind == "injured" and f.part_of is None]
        evidence: list[Evidence] = []
        claims: list[Claim] = []
        fat = Fatalities(best=0, low=0, high=0)
        numbered = [(f, s) for f, s in killed if f.count is not None]
        if numbered:
            low, best, high = combine_figures([f for f, _ in numbered])
            fat = Fatalities(best=best, low=low, high=high, text="; ".join(f.text for f, _ in numbered))
        elif killed:
            text = " ".join(s.text.lower() for _, s in killed)
            n = IMPUTED_SIGNIFICANT if any(w in text for w in SIGNIFICANT_WORDS) else IMPUTED_DEFAULT
            fat = Fatalities(best=n, low=1, high=None, imputed=True, text="; ".join(f.text for f, _ in killed))
        if sub_name in NO_DEATH_SUBS and not any(_AT_THE_CROWD.search(s.text) or _main_clause(doc, f) for f, s in killed):
            # ACLED: a protest left alone or dispersed without lethal force has no deaths of its own
            # (deaths at the crowd's hands make it a riot, at the force's excessive force); a death
            # told inside what the crowd protests ("rallied over the killing of a trader", "after a
            # girl was killed") is its grievance. A death told as news in its own right, or at the
            # crowd itself, stays: then the type, not the toll, is what is wrong.
            fat = Fatalities(best=0, low=0, high=0)
        # An ACLED note's own statement of the coded figure ("Fatalities coded as 0") is the figure.
        coded = coded_fatalities(article.text)
        if coded is not None:
            fat = Fatalities(best=coded, low=coded, high=coded, text=fat.text)
        for f, _ in killed + subsets:
            who = f.who
            if who in ("civilians", "children", "women") and f.count is not None:
                setattr(fat, who, max(getattr(fat, who) or 0, f.count.best))
        if fat.children or fat.women:
            # children and women killed are civilians unless the text says they fought (ours,
            # as combine_figures counts them inside civilians); never more than the toll
            inside = max(fat.civilians or 0, (fat.children or 0) + (fat.women or 0))
            fat.civilians = min(inside, fat.best) if fat.best else inside
        inj = Injured(best=0, low=0, high=0)
        # "was shot" of one person is an injury only if the report gives no death.
        died = any(f.count is None or f.count.best > 0 for f, _ in killed)
        hurt_n = [(f, s) for f, s in hurt if f.count is not None and not (f.soft and died)]
        if hurt_n:
            low, best, high = combine_figures([f for f, _ in hurt_n])
            inj = Injured(best=best, low=low, high=high, text="; ".join(f.text for f, _ in hurt_n))
        for f, s in killed + subsets + hurt:
            evidence.append(_ev(doc, "fatalities" if f.kind == "killed" else "injured", f.char_start, f.char_end))
            field_name = "fatalities" if f.kind == "killed" else "injured"
            value = f.count.best if f.count else None
            claims.append(self._claim(s, article, [field_name], value))
        return fat, inj, evidence, claims


# "Published 3 June 2016", "Last updated at Apr 15 2017": a stamp that dates the page, not an event.
_STAMP = re.compile(r"\b(?:published|updated|posted)(?:\s+(?:at|on))?\s*:?\s*$", re.IGNORECASE)


# "hit Myrnohrad, not Pokrovsk": a place named after a contrastive "not" is the one ruled out.
_CORRECTED_RE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:in\s+|at\s+|on\s+|near\s+)?$", re.IGNORECASE)
# Verbs whose object is the place hit ("a missile hit Myrnohrad", "troops stormed Bama").
_STRUCK_VERBS = {"hit", "strike", "shell", "bomb", "pound", "target", "attack", "storm", "raid", "rock", "bombard"}


# "in the capital", "near Syria's capital", "in the capital's Mirpur area", "on the outskirts of the
# capital"; not "the capital of X" (X is named); the word before "capital" is checked by the caller
_CAPITAL_RE = re.compile(
    r"\b(?P<prep>in|at|near|around|outside|across|inside|of|throughout|into)\s+(?:the\s+)?(?:outskirts\s+of\s+the\s+)?"
    r"(?:(?P<word>[A-Za-z]+)(?:['’]s|s)?\s+)?(?P<capital>capital)\b(?!\s+(?:city\s+)?of\b)",
    re.IGNORECASE,
)


# Features named for the towns they join (see _location).
_ROAD_WORDS = {"road", "highway"}
# the words for a band of people right after a name ("Pokot raiders", "Garre militia", "Isiolo
# bandits"): the name tells who they are, not where they were
_PEOPLE_AFTER_RE = re.compile(
    r"\s+(?:militias?|militiamen|raiders|bandits|herders|herdsmen|pastoralists|warriors|morans|youths?|travell?ers|"
    r"elders|community|communities|clans?(?:men)?|tribesmen|gunmen|fighters)\b"
)
_BOUND_RE = re.compile(r"\s?-\s?(?:bound|based)\b", re.IGNORECASE)
_BOUND_TOWN_RE = re.compile(r"\s?-\s?bound\b", re.IGNORECASE)
# "north of", "south-west of the capital,", "10 km east of the town of" right before a name
_RELATIVE_TO_RE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:wards?)?\s+of\s+"
    r"(?:the\s+(?:[\w-]+,?\s+){0,3})?$",
    re.IGNORECASE,
)


def _holds(t: Toponym, inner: Toponym, after: Toponym | None) -> bool:
    """Round 21b: is ``t`` the container the recogniser linked to ``inner`` and the region or district
    its resolved place lies in ("Dera Murad Jamali, Nasirabad , Balochistan": the district around
    the town, then its province)? Not where another name but a province or country follows ("A, B,
    C, D": a list of districts and towns)."""
    if inner.container is not t or t.place is None or inner.place is None or t.place.country != inner.place.country:
        return False
    if after is not None and (after.place is None or after.place.feature not in ("ADM1", "PCLI")):
        return False
    outer, place = t.place, inner.place
    if outer.feature in ("ADM1", "ADM2") and place.feature == "P" and outer.admin1_code and outer.admin1_code == place.admin1_code:
        return True
    name = deglued_key(t.query)
    return any(deglued_key(n) == name for n in (place.admin1, place.admin2) if n)


def host_votes(votes: Counter[str], guests: Counter[str]) -> Counter[str]:
    """Round 19b: the country votes without those of foreigners' demonyms ("Kenyan police arrested two
    Chinese nationals": China is where the men come from), when another country's words
    remain to place the text; with none left, the foreigners' country is all the text says."""
    if not guests:
        return votes
    hosts = votes - guests
    return hosts if hosts else votes


def _unplaced_nations(tops: list[Toponym], votes: Counter[str], text: str) -> bool:
    """Do two nations' words speak for a text that no place below a country settles, and no
    country it names only as a border's far side or an origin ("near the border with Somalia")?"""
    if sum(1 for n in votes.values() if n > 0) < 2:
        return False
    return not any(
        t.place is not None and (t.place.feature != "PCLI" or named_elsewhere(t, text)) for t in tops
    )


def _allied_forces(
    a1: ActorMention | None, a2: ActorMention | None, actors: list[ActorMention]
) -> tuple[ActorMention | None, ActorMention | None]:
    """Round 16 (leads): "a joint team of soldiers and police clashed with insurgents": two
    services of one state are one side (ACLED codes the other service an associated actor), so
    the other side is the armed men or the crowd the sentence names besides them (people hurt
    are left alone: "shot a man who had stabbed an officer" is the force's act on the man)."""
    if (
        a1 is None or a2 is None or a1.kind not in ("state", "police") or a2.kind not in ("state", "police")
        or a1.name == a2.name or a1.country is None or a1.country != a2.country
    ):
        return a1, a2
    other = next((m for m in actors if m.kind not in ("state", "police", "civilians")), None)
    return (a1, other) if other is not None else (a1, a2)


def _holds_another(t: Toponym, tops: list[Toponym]) -> bool:
    """Does ``t`` come down to a first-order region that another of ``tops`` lies in?"""
    region = t.place if t.place is not None and t.score >= 0.35 else None
    container = t.container
    while region is None and container is not None:
        if container.place is not None and container.score >= 0.35:
            region = container.place
        container = container.container
    if region is None or region.feature != "ADM1":
        return False
    return any(
        o is not t and o.place is not None and o.score >= 0.35 and o.place.feature not in ("ADM1", "PCLI")
        and o.place.country == region.country and o.place.admin1_code == region.admin1_code
        for o in tops
    )


# the words that tie a place to the region that holds it: "X (sector|area|...) of/in (the) Y district"
_IN_REGION_RE = re.compile(
    r"\s*(?:(?:sector|area|village|town|block|tehsil|township|sub-?division|upazila|division|location)\s+)?"
    r"(?:of|in)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _outside_its_region(t: Toponym, tops: list[Toponym], text: str) -> Toponym | None:
    """A town the text says lies in a district it names next ("Mandi sector of Poonch district",
    "Ramganj in Lalmohan upazila") but that resolved to a place of another first-order region or
    country: the resolver took a namesake elsewhere, and the district named is the better place
    (returned: it then does not yield to the town)."""
    p = t.place
    if p is None or p.feature not in ("P", "ADM2"):
        return None
    for r in tops:
        q = r.place
        if r.start <= t.end or r.start - t.end > 40:
            continue
        if (
            q is None or q.geonameid == p.geonameid or q.admin1_code is None
            # (a district the text calls one: "in Poonch district", "in Lalmohan upazila"; not a
            # province, whose towns GeoNames sometimes files under an older one)
            or r.hint != "district" or q.feature not in ("ADM2", "P")
            or _IN_REGION_RE.match(text, t.end, r.start) is None
        ):
            return None
        return r if (p.country != q.country or p.admin1_code != q.admin1_code) else None
    return None


def _corrected(t: Toponym, doc: Doc) -> bool:
    return _CORRECTED_RE.search(doc_text(doc), max(0, t.start - 24), t.start) is not None


# "the group's Raqqa stronghold", "towards the militants' bastion of X": a town named as a group's
# hold-out describes the group; it places an event only when the event is said to be in it
_HOLD_AFTER_RE = re.compile(r"\s+(?:stronghold|bastion|heartland|redoubt)s?\b", re.IGNORECASE)
_HOLD_BEFORE_RE = re.compile(
    r"\b(?:stronghold|bastion|heartland|redoubt|de\s+facto\s+capital)\s+of\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$",
    re.IGNORECASE,
)
# the last preposition or verb opening the phrase; those that put the event inside it, or strike it
_OPENING_RE = re.compile(
    r"\b(in|at|inside|near|around|outside|on|into|towards?|against|for|from|of|to|"
    r"aim\w*\s+at|(?:target|hit|strik|struck|shell|bomb|pound|attack|storm|raid|bombard|besieg|captur|seiz|overr[ua]n|enter)\w*)\b",
    re.IGNORECASE,
)
_OUTSIDE_WORDS = {"toward", "towards", "against", "for", "from", "of", "to"}


def _group_hold(t: Toponym, doc: Doc) -> bool:
    """Is ``t`` named only as an armed group's stronghold ("Daesh's Raqqa stronghold", "an
    offensive aimed at the bastion of X"), not as where the event is ("clashes in the rebel
    stronghold of X", "jets hit the stronghold of X")?"""
    text = doc_text(doc)
    if (before := _HOLD_BEFORE_RE.search(text, max(0, t.start - 48), t.start)) is not None:
        phrase_start = before.start()
    elif _HOLD_AFTER_RE.match(text, t.end) is not None:
        phrase_start = t.start
    else:
        return False
    if _struck_place(t, doc):
        return False
    # the preposition or verb nearest before the phrase, within its clause
    window = text[max(0, phrase_start - 40) : phrase_start]
    window = re.split(r"[,;.:]", window)[-1]
    opening = _OPENING_RE.findall(window)
    return not opening or opening[-1].lower() in _OUTSIDE_WORDS or opening[-1].lower().startswith("aim")


# A local body named for its town ("the Quetta Press Club", "Satkania Government College", "the
# Bhopal Municipal Corporation"): a protest at or against it is in that town, and ACLED codes it
# there. The recogniser reads such a name as an organisation, not a place.
_INSTITUTION_RE = re.compile(
    r"((?:\b[A-Z][\w'’-]*\s+){1,6})"
    r"(?:Press\s+Club|College|Corporation|Bar\s+Association|Institute|Improvement\s+Trust|Development\s+Authority|"
    r"Cooperative|Municipality|Municipal\s+Committee|High\s+Court|Collectorate)\b"
)
# A party's or a union's local branch ("the PTI Multan chapter", "JI Quetta Branch"): the town is
# the whole name right before the word ("Shahpur Jahania chapter" is not Shahpur's).
_CHAPTER_RE = re.compile(r"((?:\b[A-Z][\w'’-]*\s+){1,6})(?i:chapters?|branch)\b")
# Bodies whose names more often hold words that are not places ("State Sector Bank Employees
# Association", "Aga Khan University Hospital"): the town must open the name.
_INSTITUTION_OPENING_RE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){1,6})"
    r"(?:University|Polytechnic|Campus|Hospital|Bar|Association|Chamber\s+of\s+Commerce|Prison|Jail|Stadium|"
    r"Bus\s+(?:Stand|Station|Terminal|Park)|Railway\s+Station|Police\s+Station|Airport|Market|Town\s+Hall)\b"
)
# the same body named with "of" ("the University of Nairobi", "the District Bar of Nyeri")
_INSTITUTION_OF_RE = re.compile(
    r"\b(?:University|College|Polytechnic|Hospital|Bar|Municipality|Municipal\s+Corporation|Corporation|"
    r"Chamber\s+of\s+Commerce)\s+of\s+((?:[A-Z][\w'’-]*\s*){1,3})"
)
# (the cheap keyword test that gates the scan of capitalised names before it)
_CHAPTER_WORD_RE = re.compile(r"(?i:chapter|branch)")
# How sure the resolver must be of a place the sentence names its people for (see _named_for).
NAMED_FOR_MIN_SCORE = 0.5
# A town named only by an institution speaks without the text's country only when it is a city,
# and a hamlet's name is too often a person's ("Pir Syed ... Institute").
INSTITUTION_TOWN_POPULATION = 100_000
INSTITUTION_MIN_POPULATION = 5_000


def _institution_town(text: str, lo: int, hi: int, gazetteer: Gazetteer, focus: str | None) -> tuple[Place, int, int] | None:
    """The town a local institution of the span is named for (see _INSTITUTION_RE), with the
    name's offsets: a town or district of the focus country called so by its own name (with no
    focus, a city whose readings lie in one country)."""
    for m in (
        *_INSTITUTION_RE.finditer(text, lo, hi), *_INSTITUTION_OPENING_RE.finditer(text, lo, hi),
        *_INSTITUTION_OF_RE.finditer(text, lo, hi), *(_CHAPTER_RE.finditer(text, lo, hi) if _CHAPTER_WORD_RE.search(text, lo, hi) else ()),
    ):
        words = list(re.finditer(r"[^\s,.;:]+", m.group(1)))
        for i in range(len(words) if m.re is _INSTITUTION_RE or m.re is _CHAPTER_RE else 1):
            for n in (3, 2, 1):
                if i + n > len(words) or (m.re is _CHAPTER_RE and i + n != len(words)):
                    continue
                start, end = m.start(1) + words[i].start(), m.start(1) + words[i + n - 1].end()
                name = text[start:end]
                places = [
                    p for p in gazetteer.lookup(name)
                    if p.feature in ("P", "ADM2") and p.population >= INSTITUTION_MIN_POPULATION
                    and deglued_key(p.name) == deglued_key(name)
                ]
                if focus is not None:
                    places = [p for p in places if p.country == focus]
                elif len({p.country for p in places}) != 1 or max(p.population for p in places) < INSTITUTION_TOWN_POPULATION:
                    places = []
                if places:
                    return max(places, key=lambda p: (p.feature == "P", p.population)), start, end
    return None


def _struck_place(t: Toponym, doc: Doc) -> bool:
    """A town that is the object of 'hit', 'shelled', 'stormed' is where the event happened."""
    if t.place is None or t.place.feature != "P":
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in _STRUCK_VERBS


def _event_dates(doc: Doc, text: str, published: date | None, offset: int = 0) -> tuple[DateSpan, ...]:
    """Date expressions of ``text``, a stretch of ``doc`` starting at ``offset`` (see
    :func:`find_dates`), without the page's own stamps; a four-digit number the parse reads as a
    count ('2000 supporters', see _counts) is offered to the date finder as one. Remembered per
    doc: the steps that date, split and place a report ask for the same stretch three times over."""
    seen: dict[tuple[str, date | None, int], tuple[DateSpan, ...]] | None = doc.user_data.get("dateline_event_dates")
    if seen is None:
        seen = doc.user_data["dateline_event_dates"] = {}
    found = seen.get((text, published, offset))
    if found is None:
        counts = frozenset(
            offset + m.start() for m in _FOUR_DIGITS_AHEAD.finditer(text)
            if (tok := _token_at(doc, offset + m.start(), offset + m.end())) is not None and _counts(tok)
        )
        found = seen[(text, published, offset)] = _dates_of(text, published, offset, counts)
    return found


_FOUR_DIGITS_AHEAD = re.compile(r"(?<![\d,.])\d{4}(?=\s+[a-z])")


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end)
    return span[0] if span is not None and len(span) == 1 else None


@lru_cache(maxsize=4096)
def _dates_of(text: str, published: date | None, offset: int, counts: frozenset[int]) -> tuple[DateSpan, ...]:
    # Cached: one sentence is read for its dates by several steps (history, date, splitting).
    return tuple(
        x for x in find_dates(text, published, offset=offset, counts=counts)
        if not _STAMP.search(text, max(0, x.char_start - offset - 30), x.char_start - offset)
    )


# "since late September", "since May": the start of a long campaign still running, not an event's
# day. A start within the last week ("since Friday") is the first day of a short span, and a span
# is coded on its first day (see dateline.time.anchor). The same for the start a clause gives a
# running campaign ("continued their strike, which began on 16 January"; "a protest started in
# December"): what is told is the campaign going on now.
_SINCE = re.compile(
    r"\b(?:since|(?:began|begun|started|starting|beginning)\s+(?:on|in)?)\s*(?:the\s+)?$", re.IGNORECASE
)
SINCE_SPAN_DAYS = 7


def _long_since(x: DateSpan, doc: Doc, published: date | None, note: bool = False) -> bool:
    # a note records one day of the campaign (ACLED codes a running one a row a day): any start
    # before the note's own day is the campaign's, however recent
    window = timedelta(days=0 if note else SINCE_SPAN_DAYS)
    return (
        published is not None and x.best < published - window
        and _SINCE.search(doc_text(doc), max(0, x.char_start - 24), x.char_start) is not None
    )


def _other_day(x: DateSpan, s: _Sentence, trigger: int, published: date | None, note: bool = False) -> bool:
    """A date that is not the day of the sentence's event: the start of a long running period
    ("since May"), or the day of another event it names ("the April 7 encounter", "Monday's killing").
    ``note``: the text is a note dated with its own event's day (see NOTE_GENRE)."""
    doc = s.span.doc
    if _long_since(x, doc, published, note):
        return True
    if _other_clause(doc, x, trigger):
        # "marched against the arrest of a student who was held on 6 May": the grievance's day
        return True
    span = doc.char_span(x.char_start, x.char_end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    # A date before the noun it modifies dates that noun's event, not the trigger's.
    return (
        root.dep_ in ("compound", "nmod", "poss", "amod", "npadvmod")
        and head.i > root.i
        and head.pos_ == "NOUN"
        and head.i != trigger
        and not any(t.i == trigger for t in span)
        # "an October 2 bomb attack" with "bomb" the trigger: the noun is the trigger's own event
        and not (trigger >= 0 and doc[trigger].head.i == head.i and doc[trigger].i < head.i)
    )


#: Round 20b: a defection or a surrender names both groups, the one left and the one joined or
#: surrendered to (ACLED codes both sides)
DEFECTION_WORDS = frozenset({
    "joined", "join", "joins", "defected", "defect", "defects", "switched", "deserted",
    "surrender", "surrendered", "surrenders",
})


# A dated event this long before publication is background, not the news the article reports.
HISTORY_DAYS = 60


# the passive subject of these is still the speaker ("he was quoted as saying") or the one told
_SPEAKER_PASSIVES = {"quote", "cite", "tell"}


def _passive_source(sent: Span, a: Attribution | None) -> Attribution | None:
    """A passive reporting verb's subject is what was reported, not who reports it: "A gun battle
    was reported between police and militants in X" names an event (whose actors and place must stay
    readable), so the source is the agent ("by the Red Cross") or nobody."""
    if a is None or a.verb is None or a.verb == "according to":
        return a
    span = sent.doc.char_span(a.char_start, a.char_end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubjpass" or span.root.head.lemma_.lower() in _SPEAKER_PASSIVES:
        return a
    verb = span.root.head
    by = [p for p in sent if p.dep_ == "pobj" and p.head.dep_ == "agent" and p.head.head.i == verb.i]
    if not by:
        return None
    agent = sent.doc[by[0].left_edge.i : by[0].right_edge.i + 1]
    name, kind, chain = describe_speaker(by[0])
    return replace(a, source=name, kind=kind, chain=chain, char_start=agent.start_char, char_end=agent.end_char, text=agent.text)


def _historical_year(s: _Sentence, published: date | None, trigger: int = -1) -> str | None:
    """A sentence dated to an earlier year ("in 2016", "last year") or months before publication
    ("since March 2011") tells history, not news. An old date is background, not the event's day,
    when the sentence also names a recent day ("On 9 May, refugees marched over the 2007 violence")
    or when it sits in a clause the trigger is not part of ("demanding the sites paid for in 2007")."""
    if published is None:
        return None
    spans = _event_dates(s.span.doc, s.text, published, offset=s.span.start_char)
    recent = published - timedelta(days=HISTORY_DAYS)
    if (year := _trigger_year(s.span.doc, trigger)) is not None and year < published.year:
        # "the 2007 clashes killed 1,100 people, residents said on Monday": the event itself
        # carries the old year, whatever recent day the telling has
        return str(year)
    if any(d.kind != "year" and d.end >= recent for d in spans):
        return None
    for d in spans:
        old = (d.kind == "year" and d.end.year < published.year) or (d.kind != "year" and d.end < recent)
        if old and not _other_clause(s.span.doc, d, trigger):
            return d.text
    return None


# Clauses of their own: a date inside one the trigger is not in dates something else.
_CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "xcomp", "acl", "pcomp"}
# what a gathering recalls: an old date under these dates the past remembered, not the gathering
_COMMEMORATES = {"remembrance", "memory", "anniversary", "commemorate", "commemoration", "mark", "honour", "honor", "memorial", "tribute"}


def _trigger_year(doc: Doc, trigger: int) -> int | None:
    """The year written in the trigger's own noun phrase ("the 2007 clashes", "the 1998 bombings"),
    or in its subject's ("the 2007 clashes killed 1,100 people")."""
    if trigger < 0:
        return None
    tok = doc[trigger]
    if tok.pos_ in ("VERB", "AUX"):
        tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in tok.children:
        if c.dep_ in ("nummod", "compound", "amod") and len(c.text) == 4 and c.text.isdigit() and 1800 < int(c.text) < 2100:
            if _counts(c):
                continue  # "2000 supporters of the party protested": a count, not a year
            return int(c.text)
    return None


def _counts(num: Token) -> bool:
    """A four-digit number counting a plural noun with no article or owner before it ('2000
    supporters', 'the sacking of 1900 ward clerks') is a number of things, not a year ('the
    2007 clashes' keeps its year)."""
    head = num.head
    before = num.doc[num.i - 1].lower_ if num.i > 0 else ""
    return (
        num.dep_ == "nummod" and head.i > num.i and head.tag_ in ("NNS", "NNPS")
        and before not in _YEAR_PREPS  # "in 2012 rebels attacked": the parser's count is a year
        and not any(c.dep_ in ("det", "poss") for c in head.children)
    )


_YEAR_PREPS = {"in", "since", "during", "by", "until", "till", "before", "after", "from", "throughout"}


def _other_clause(doc: Doc, d: DateSpan, trigger: int) -> bool:
    if trigger < 0:
        return False
    span = doc.char_span(d.char_start, d.char_end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.head.i != tok.i:
        if tok.lemma_.lower() in _COMMEMORATES and tok.i != trigger and not any(t.i == trigger for t in tok.subtree):
            # "marched in remembrance of the deaths of 44 people in 1968", "to mark the 2007
            # clashes": an old date under what a gathering remembers dates the past it recalls
            return True
        if tok.dep_ in _CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX") and trigger not in (tok.head.i, tok.head.head.i):
            # "the attack, which happened in 2016, killed four": a clause on the trigger or on its
            # own subject or object dates the trigger's event
            return not any(t.i == trigger for t in tok.subtree)
        tok = tok.head
    return False


# "X and Y", "X, Y and Z", "X or Y": places listed side by side
_COORDINATION = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or|as well as)\s+)(?:in\s+|the\s+)?", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
# "between A and B": the text names a stretch between two places, not two places
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns|villages|cities|areas)\s+of\s+)?$", re.IGNORECASE)
# one to three capitalised words the recogniser passed over, listed between two places
_MISSED_MEMBER = re.compile(r"\s*,\s*(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*\s*(?:,\s*|,?\s+(?:and|or)\s+)")
# "at X, in Y": a comma and "in" with no conjunction place X inside Y, they do not list two places
_CONTAINED_IN = re.compile(r"\s*,\s*in\s+(?:the\s+)?", re.IGNORECASE)
# "A, B": only a comma between two places (a town and what holds it, unless the list runs on)
_BARE_COMMA = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
# ", and C", " or C": the last member of a list follows (see _holds)
_LIST_ENDS = re.compile(r"\s*,?\s*(?:and|or|&)\s", re.IGNORECASE)


def _ruled_out(doc: Doc, m: ActorMention) -> bool:
    """'a rustling gang, not Al Shabaab', 'rather than the rebels': a group the text names only to
    rule it out is held responsible for nothing."""
    before = [t.lower_ for t in doc[max(0, m.start - 2) : m.start]]
    return bool(before) and (before[-1] in ("not", "never") or before == ["rather", "than"] or before == ["instead", "of"])


def _blamed(d: _Draft, actors_of: Callable[[Span], list[ActorMention]]) -> ActorMention | None:
    """The armed actor a later sentence blames for this event, if one is named."""
    for bs, (lo, hi) in d.blame:
        for m in actors_of(bs.span):
            if lo <= m.char_start < hi and m.kind in ("group", "state", "police", "unidentified", "communal"):
                return m
    return None


def _tells_apart(first: Report, other: Report) -> bool:
    """A second clause is another incident when it names a specific actor (a named group or a
    state force, not "other attackers") the first report lacks, or has a place or day of its own."""
    names = {a.name for a in (first.actor1, first.actor2) if a is not None}
    named = {
        a.name for a in (other.actor1, other.actor2)
        if a is not None and a.text and a.inter in (1, 2, 3, 4, 8) and not a.name.startswith("Unidentified")
    }
    if named - names:
        return True
    own = {e.field for e in other.evidence}
    if "location" in own and other.location is not None and first.location is not None and (
        other.location.geonames_id != first.location.geonames_id
    ):
        return True
    return "date" in own and other.date is not None and first.date is not None and other.date.best != first.date.best


_GLOSS_AFTER = re.compile(r"\s*[\[(][^\[\]()]{1,30}[\])]")


def _counts_from_page(x: DateSpan) -> bool:
    """ "on Saturday", "yesterday", "last week", "from Monday to Wednesday", "two days after
    Friday": a day told by counting from the day the text was written, not by its calendar date."""
    return x.kind in ("relative", "weekday", "weekend") or (
        x.kind in ("range", "anchored") and not any(c.isdigit() for c in x.text)
    )


def _unplaced(x: DateSpan, published: date) -> DateSpan:
    """A day counted from a page stamp the caller's date contradicts (see :func:`_counts_from_page`):
    on the caller's calendar, only the week before ``published``, like an undated event."""
    start = published - timedelta(days=DEFAULT_WINDOW_DAYS)
    return DateSpan(published, start, published, 2, x.text, x.char_start, x.char_end, "relative")


def _overlaps(x: DateSpan, stamp: tuple[int, int]) -> bool:
    # "AFP Saturday 2 Aug 2014": the weekday before the stamp's date belongs to the stamp too
    return x.char_start < stamp[1] and stamp[0] < x.char_end


def _context_date(
    s: _Sentence, published: date, stamp: tuple[int, int] = (0, 0), unframed: bool = False, note: bool = False
) -> DateSpan | None:
    """A date for an undated sentence from its surroundings: the nearest date expression earlier
    in the same paragraph, else the first one in the article's opening paragraphs (the lede).
    The page's own stamp (char span ``stamp``) dates the page, not an event told after it;
    ``unframed``: the page's relative words count from a day other than ``published``; ``note``:
    the text is a note dated with its own event's day (see NOTE_GENRE)."""
    doc = s.span.doc
    text = doc_text(doc)

    def recent(spans: tuple[DateSpan, ...]) -> list[DateSpan]:
        return [
            x for x in spans
            if x.kind != "year" and x.end >= published - timedelta(days=CONTEXT_DATE_DAYS)
            and x.start <= published + timedelta(days=1)
            and not _overlaps(x, stamp)
            # the sentence's own dates were weighed already; other events' days date nothing else
            and not s.span.start_char <= x.char_start < s.span.end_char and not _long_since(x, doc, published, note)
            and not (unframed and _counts_from_page(x))
        ]

    para_start = text.rfind("\n\n", 0, s.span.start_char)
    para_start = 0 if para_start < 0 else para_start + 2
    before = recent(_event_dates(doc, text[para_start : s.span.start_char], published, offset=para_start))
    if before:
        return before[-1]
    lede_end = 0
    for _ in range(3):
        nxt = text.find("\n\n", lede_end + 1)
        lede_end = len(text) if nxt < 0 else nxt
    lede_end = min(lede_end, 1500)
    lede = recent(_event_dates(doc, text[:lede_end], published))
    return lede[0] if lede else None


def _anchored_date(s: _Sentence, earlier: list[_Draft]) -> DateSpan | None:
    """'Two days after the shelling', 'the next day': a date relative to an event told before.
    The anchor is the latest earlier event whose trigger word matches the anchor's noun, else
    the event just before; it must carry a date of its own (not the publication default)."""
    dated = [e for e in earlier if e.date is not None and not e.date_default]
    if not dated:
        return None
    text, offset = s.text, s.span.start_char
    for _shift, noun_phrase, _a, _b in find_anchor_phrases(text, offset=offset):
        head = noun_phrase.split()[-1].lower()
        match = next(
            (e for e in reversed(dated) if _stem(e.sentence.span.doc[e.trigger.token].lemma_) == _stem(head)),
            None,
        )
        anchor = match or (dated[-1] if noun_phrase.lower().startswith(("the ", "that ", "this ")) else None)
        if anchor is not None and anchor.date is not None:
            resolved = resolve_relative_to(text, anchor.date, offset=offset)
            if resolved is not None:
                return resolved
    if dated[-1].date is not None and dated[-1].sentence.paragraph >= s.paragraph - 1:
        return resolve_relative_to(text, dated[-1].date, offset=offset)
    return None


# Sub-types that, told right after an event in the same paragraph with no place or date of their
# own, go on about it ("Police dispersed the crowd", "Ten were arrested", "Houses were torched").
FOLLOW_UP_SUBS = {
    "Arrests", "Protest with intervention", "Looting/property destruction", "Change to group/activity", "Other",
    "Disrupted weapons use", "Excessive force against protesters",
}
# Strategic developments that killing or wounding turns into violence.
#: what a raid does to property, and to people
PROPERTY_HARM = {"destroyed", "vandalized", "vandalised", "razed", "wrecked", "demolished", "torched", "burnt", "burned", "looted"}
PEOPLE_HARM = {
    "killed", "dead", "died", "injured", "wounded", "hurt", "abducted", "kidnapped", "seized", "raped", "beaten", "assaulted",
    "shot", "hostage", "hostages", "stabbed", "hacked", "tortured", "whipped", "flogged", "slashed", "body", "bodies",
}
QUIET_SUBS = {"Arrests", "Disrupted weapons use", "Looting/property destruction", "Change to group/activity"}
PROTEST_SUBS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
# sub-types that by ACLED's definitions have no fatalities of their own (codebook: an intervention
# "without serious/lethal injuries being reported")
NO_DEATH_SUBS = frozenset({"Peaceful protest", "Protest with intervention"})
CROWD_SUBS = frozenset(PROTEST_SUBS | {"Mob violence"})
# Words that make what hangs under them an allegation about someone's past ("suspected of
# killing five", "accused of murdering a guard"): a crime told to say who someone is, not the toll
# of the event the report tells. A charge or conviction is left out: it states that the death
# happened, and a report of the arrest may be all the text tells of it.
_ALLEGATION_HEADS = frozenset({"accuse", "suspect", "wanted", "allegation"})


def _before_clause(tok: Token, hops: int = 8) -> Token | None:
    """Round 18: the head of the "after"/"following" phrase or clause the word is told in ("after
    one of them died in clashes with police", "following fighting over land"), or None."""
    cur = tok
    for _ in range(hops):
        if cur.dep_ == "prep" and (cur.lower_ in _BEFORE_WORDS or _answers_prior(cur)):
            return cur
        if any(c.dep_ == "mark" and c.lower_ in _BEFORE_WORDS for c in cur.children):
            return cur
        if cur.head.i == cur.i or cur.dep_ in ("relcl", "acl"):
            # "after a crowd that torched it blamed him": a relative clause tells a participant's own act
            return None
        cur = cur.head
    return None


_ANSWER_LEMMAS = frozenset({"respond", "react", "retaliate"})


def _answers_prior(prep: Token) -> bool:
    """Round 18b: is the preposition the "to"/"for" of a reply ("police responded to the attack by
    beating residents", "in retaliation for the killing of a herder")? What is answered came
    before the event, as an "after" phrase tells it."""
    if prep.lower_ not in ("to", "for", "against"):
        return False
    head = prep.head
    return head.lemma_.lower() in _ANSWER_LEMMAS or head.lower_ in REPLY_NOUNS


def _outside_prior(doc: Doc, primary: list[tuple[Trigger, str]]) -> list[tuple[Trigger, str]]:
    """Round 18: 'a gang attacked villagers after one of its members died in clashes with police':
    an act told in an "after" phrase or clause below another act of the sentence is what came
    before the event, not the event; the acts outside it decide the type. A strategic development
    outside ("police arrested them after they vandalised a bus", "a curfew was clamped after
    protests began") does not set the act aside: the act it answers is the event ACLED codes."""
    if len(primary) < 2:
        return primary
    toks = [doc[t.token] for t, _ in primary]
    # "one man was shot dead following a confrontation between rioters and police": a passive harm
    # verb tells the toll of the act in the "following" phrase, not an act of its own
    acts = [
        o for (t, _m), o in zip(primary, toks, strict=True)
        if getattr(SUB_TYPES.get(t.sub_event_type), "event_type", None) != STRATEGIC and not any(c.dep_ in ("nsubjpass", "auxpass") for c in o.children)
    ]
    kept = []
    for (t, m), tok in zip(primary, toks, strict=True):
        head = _before_clause(tok)
        if head is not None and any(o.i != tok.i and not head.left_edge.i <= o.i <= head.right_edge.i for o in acts):
            continue
        kept.append((t, m))
    return kept or primary


def _alleged(doc: Doc, f: CasualtyFigure, trigger: int) -> bool:
    """Whether a figure sits under an allegation (within eight heads) that the report's own
    trigger is not part of."""
    root = _figure_root(doc, f)
    if root is None:
        return False
    tok, seen = root, 0
    while tok.head.i != tok.i and seen < 8:
        tok, seen = tok.head, seen + 1
        if tok.i == trigger:
            return False
        if tok.lemma_.lower() in _ALLEGATION_HEADS or tok.lower_ in _ALLEGATION_HEADS:
            # "Russia accused Belgium of killing civilians": an accuser's own words are blame for
            # the event told, not a description of someone ("a man suspected of", "accused of")
            accuser = any(c.dep_ == "nsubj" for c in tok.children)
            return not accuser and not tok.left_edge.i <= trigger <= tok.right_edge.i
    return False


# A crowd's cause told as what came before it: "riots after a cleric was killed", "running
# battles after a resident was killed", "in retaliation for the killing of a member". ACLED codes
# that death as its own event (or not at all); the crowd's report has only its own deaths.
_BEFORE_WORDS = frozenset({"after", "following"})


#: protest words whose cause ("over the killing of a rider") may name a death
_PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "demonstration", "riot", "rally", "march", "strike"})
_DEATH_LEMMAS = frozenset({"death", "kill", "killing", "murder", "die", "lynch", "lynching", "assassination"})
# A later sentence tells the crowd's own toll when it tells the crowd meeting force or fighting;
# otherwise a death it tells is the grievance told again.
_CROWD_MET = re.compile(
    r"\b(?:protesters?|protestors?|demonstrators?|rioters?|crowds?|mobs?|marchers|running\s+battles?|clash(?:ed|es)?|"
    r"tear\s*gas|live\s+(?:bullets|rounds|ammunition)|during\s+the\s+(?:protests?|demonstrations?|riots?|march))\b",
    re.IGNORECASE,
)


def _figure_root(doc: Doc, f: CasualtyFigure) -> Token | None:
    """The parse token that heads a casualty figure's words, or None when they align with none."""
    span = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
    return span.root if span is not None else None


def _root_of(doc: Doc, f: CasualtyFigure) -> int | None:
    root = _figure_root(doc, f)
    return root.i if root is not None else None


def _lemma_hits(doc: Doc, start: int, end: int, lemmas: set[str] | frozenset[str]) -> list[int]:
    """Indices ``i`` in ``start:end`` with ``doc[i].lemma_.lower()`` in ``lemmas``, read from the
    LEMMA column (no Token made for the words that fail)."""
    col = column(doc, LEMMA)
    strings = doc.vocab.strings
    return [i for i in range(start, end) if strings[col[i]].lower() in lemmas]


def _grievance_deaths(d: _Draft) -> set[int]:
    """Token indices of the causes, in the report's own sentence, of its protest words when a
    cause names a death ("in protest over the killing of a rider"); empty when none does."""
    doc = d.sentence.span.doc
    out: set[int] = set()
    for i in _lemma_hits(doc, d.sentence.span.start, d.sentence.span.end, _PROTEST_LEMMAS):
        t = doc[i]
        cause = protest_cause(t)
        if any(doc[i].lemma_.lower() in _DEATH_LEMMAS for i in cause):
            out |= cause
    return out


def _antecedent(doc: Doc, f: CasualtyFigure, trigger: int) -> bool:
    """Whether a figure is told in an "after"/"in retaliation for" phrase below the report's
    trigger, the trigger itself not inside it."""
    root = _figure_root(doc, f)
    if root is None:
        return False
    tok, seen = root, 0
    while seen < 8:
        if tok.i == trigger:
            return False
        marked = any(c.dep_ == "mark" and c.lower_ in _BEFORE_WORDS for c in tok.children)
        head = tok.head
        reprisal = tok.dep_ == "pobj" and head.lower_ in ("for", "to") and head.head.lower_ in REPLY_NOUNS
        if marked or reprisal or (tok.dep_ in ("pobj", "pcomp") and head.lower_ in _BEFORE_WORDS):
            return not tok.left_edge.i <= trigger <= tok.right_edge.i
        if head.i == tok.i:
            return False
        tok, seen = head, seen + 1
    return False


def _main_clause(doc: Doc, f: CasualtyFigure) -> bool:
    """Whether a figure is told by its sentence's main clause ("12 people were killed", "officials
    said 12 were killed"), not inside a relative or adverbial clause or a noun phrase."""
    span = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
    if span is None:
        return True
    tok = span.root
    while tok.dep_ in ("conj", "ccomp", "parataxis") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "ROOT"


# a death told at the crowd: "killed during the rally", "opened fire on the marchers", "shot dead"
_AT_THE_CROWD = re.compile(
    r"\b(?:during\s+(?:the\s+|a\s+|an\s+|their\s+)?|(?:at|in)\s+(?:the|a|an|their)\s+)(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rally|rallies|"
    r"march|procession|sit-in)\b|\b(?:opened\s+fire|fired|firing|shot|shooting|live\s+(?:bullets|rounds|ammunition))\b",
    re.IGNORECASE,
)


def _follow_up(last: _Draft, primary: list[Trigger], s: _Sentence) -> bool:
    if not primary:
        return True
    subs = {t.sub_event_type for t in primary}
    own_place = any(t.place is not None for t in s.toponyms)
    if "Disrupted weapons use" in subs and SUB_TYPES[last.sub_event_type].event_type == EXPLOSIONS:
        return False  # "an IED hit a truck ... a second IED was dismantled": a device that went off and one that did not
    if subs <= FOLLOW_UP_SUBS and not own_place:
        return True
    # one demonstration told over several sentences (a protest, then its violence or dispersal)
    if _protest_told(last) and subs <= PROTEST_SUBS | FOLLOW_UP_SUBS | {"Armed clash", "Mob violence"}:
        # "They burnt tyres on the X highway": the same crowd, named back, goes on at a road or spot nearby
        return not own_place or _names_back(s)
    if last.sub_event_type in PROTEST_SUBS and subs <= {"Attack", "Abduction/forced disappearance"} and _names_back(s):
        # Round 21: "The protesters then seized a county officer": the crowd just told, named back,
        # setting on someone is that demonstration turning violent (ACLED: a riot), not an attack of
        # its own
        return not own_place
    if last.sub_event_type in PROTEST_SUBS and subs <= PROTEST_SUBS | FOLLOW_UP_SUBS | {"Attack"} and not own_place:
        # "Police shot dead two of the marchers": a force hurting the crowd just told is how the
        # protest was met (ACLED: excessive force), not an attack of its own
        words = span_words(s.span.doc, s.span.start, s.span.end)
        return bool(words & FORCE_WORDS and words & (DEMONSTRATION_WORDS | CROWD_TARGETS))
    return False


def _protest_of_held(doc: Doc, d: _Draft) -> Token | None:
    """Round 21d: the asserted protest act the arrest's sentence tells of the people held (the
    arrested, or the subject of the clause the arrest hangs on: "workers trying to demonstrate
    were arrested"), or None. Only the arrest's own sentence counts."""
    arrest = doc[d.trigger.token]
    held = {c.i for c in arrest.children if c.dep_ in ("dobj", "nsubjpass")}
    if arrest.dep_ in ("ccomp", "conj", "advcl") and arrest.head.lemma_.lower() in ("try", "attempt"):
        # "X trying to march were detained": the parse hangs the arrest on the attempt
        held |= {c.i for c in arrest.head.children if c.dep_ == "nsubj"} | {arrest.head.i}
    for t, _m in d.others:
        if t.sub_event_type not in PROTEST_SUBS:
            continue
        tok = doc[t.token]
        anc = {a.i for a in tok.ancestors}
        if held & anc:
            return tok
    return None


def _protest_told(last: _Draft) -> bool:
    """Is the draft a protest, or arrests made of people told protesting ("police arrested youths
    protesting the ban")? The arrests are then how the protest was met (Round 21)."""
    if last.sub_event_type in PROTEST_SUBS:
        return True
    span = last.sentence.span
    return last.sub_event_type == "Arrests" and bool(span_words(span.doc, span.start, span.end) & PROTEST_NOW)


_BACK_REFERENCES = {"they", "the protesters", "the demonstrators", "the students", "the youth", "the youths", "the crowd", "the residents", "the rioters", "the mob"}


def _names_back(s: _Sentence) -> bool:
    """Does the sentence open on a pronoun or a definite crowd that names people already told?"""
    low = s.text.lower().lstrip()
    return any(low.startswith(r + " ") for r in _BACK_REFERENCES)


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _untold_toll(r: Report) -> bool:
    """No count read for the report: no figure at all, or only the codebook's imputed one."""
    f = r.fatalities
    return f.imputed or (not f.best and f.text is None)


def _vague_toll(r: Report) -> bool:
    """The count is only a vague quantity ("dozens", "hundreds"): the codebook's floor for it."""
    from dateline.extract.numbers import parse_count

    text = r.fatalities.text
    if not text or r.fatalities.imputed:
        return False
    counts = [parse_count(part) for part in text.split("; ")]
    return all(c is not None and c.vague and c.high is None for c in counts)


#: verbs of throwing stones or bottles (the trigger words of a riot that needs a crowd's context)
THROWN_LEMMAS = frozenset({"throw", "hurl", "lob", "pelt", "stone"})


def _thrown_at(tok: Token) -> set[str]:
    """'threw stones at a political rally', 'pelted rally goers with stones': what stones are thrown
    at (the verb's object, or its "at" phrase) is the target; a rally named there is someone
    else's gathering, no demonstration of the throwers'."""
    return {
        t.lower_ for c in tok.children
        if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "at") for t in c.subtree
        if t.lower_ in ("rally", "rallies")
    }


#: words that name rioting, not a demonstration: "the rioters were against the curfew" tells no
#: demonstration the stones were thrown at (ACLED's mob violence is rioting outside one)
RIOT_WORDS = frozenset({"riot", "riots", "rioted", "rioting", "rioters", "rampage"})
_VIOLENT_TYPES = frozenset({"Battles", EXPLOSIONS, VAC, RIOTS})
#: Round 21: what makes force on a demonstration excessive rather than an intervention: firearms
#: used, someone killed, or wounds told as serious
_LETHAL_FORCE_CUES = frozenset({
    "shot", "shoot", "shoots", "shooting", "fired", "fire", "fires", "firing", "bullet", "bullets", "live", "gunshot",
    "gunshots", "gunfire", "gun", "guns", "rifle", "rifles", "killed", "kill", "kills", "killing", "dead", "died",
    "die", "dies", "death", "deaths", "fatally", "seriously", "critically",
})
#: Round 21: words that name a blast without naming its device, and words of devices planted or
#: set off from afar (which keep a blast a remote explosive whatever else is named)
_BARE_BLASTS = frozenset({"explosion", "blast", "explode", "go off"})
_PLANTED_DEVICE_WORDS = frozenset({
    "ied", "ieds", "landmine", "landmines", "mine", "mines", "roadside", "planted", "device", "devices", "bomb",
    "bombs", "car", "remote", "remotely", "improvised",
})
#: Round 21: a suicide attacker or his device told in so many words ("a suicide bomber", "suicide
#: vest"), not denied ("not a suicide attack")
_SUICIDE_TOLD = re.compile(
    r"(?<!not a )(?<!no )\bsuicide[- ](?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|vests?|blasts?|car)\b", re.IGNORECASE
)
# "In a separate attack", "in another raid", "elsewhere": the sentence says it tells a second incident
_ANOTHER_INCIDENT = re.compile(r"\b(?:separate(?:ly)?|elsewhere|in\s+another)\b", re.IGNORECASE)
_TERRITORY_SUBS = frozenset({"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"})


def _same_incident(r: Report, later: Report) -> bool:
    """Whether a later report retells ``r``'s incident: the same day and place, and the same
    sub-event type or two kinds of violence (a shooting the headline calls a clash and the body an
    attack); a territory change and the fighting around it are two incidents, not one told twice."""
    if r.date is None or later.date is None or later.date.best != r.date.best:
        return False
    # two reports of a text that names no place for either are at one unknown place
    placed = r.location is not None, later.location is not None
    if placed != (False, False) and (
        r.location is None or later.location is None or later.location.name != r.location.name
    ):
        return False
    told = next((e.text for e in later.evidence if e.field == "event"), "")
    if _ANOTHER_INCIDENT.search(told):
        return False
    if later.sub_event_type == r.sub_event_type:
        return True
    return (
        r.event_type in _VIOLENT_TYPES and later.event_type in _VIOLENT_TYPES
        and not {r.sub_event_type, later.sub_event_type} & _TERRITORY_SUBS
    )


_SHOT_ONLY = re.compile(r"\bshot\b", re.IGNORECASE)
_HURT_WORDS = re.compile(r"wound|injur|hurt|hospital", re.IGNORECASE)


def _headline_tolls(reports: list[Report]) -> list[Report]:
    """A headline or lead often names the incident without its toll, or with a vague one
    ("dozens killed"), which the body gives when it tells the same incident again ("Airstrike hits
    market in X" ... "16 civilians were killed in the air raid on X on Friday"). Such a report takes
    the count of the first later report of the same incident (see :func:`_same_incident`; a vague
    count only a precise one at least as large: the vague word is the codebook's floor), and its
    injured from the first later one that tells them when it tells none ("Man shot in X" ... "he
    was hit in the leg"); the later report stays as it is (the two are one incident, which merging
    keys alike)."""
    out = list(reports)
    for i, r in enumerate(out):
        vague = _vague_toll(r)
        need_toll = vague or _untold_toll(r)
        # (the injured only at a named place: a text naming none often tells several shootings)
        need_injured = r.injured.text is None and r.location is not None
        if not (need_toll or need_injured) or r.date is None:
            continue
        update: dict[str, object] = {}
        taken: list[Evidence] = []
        for later in out[i + 1 :]:
            if not _same_incident(r, later):
                continue
            if (
                need_toll and not _untold_toll(later) and later.fatalities.best
                and not _vague_toll(later) and (not vague or later.fatalities.best >= (r.fatalities.best or 0))
            ):
                update["fatalities"] = later.fatalities
                taken.extend(e for e in later.evidence if e.field == "fatalities")
                need_toll = False
                if r.sub_event_type == "Abduction/forced disappearance" and later.sub_event_type == "Attack":
                    # Round 21: "a trader was seized by gunmen; he was later beheaded": the captive's
                    # killing told next is the same incident, and ACLED keeps abduction for seizures
                    # without further violence, so the seizure is reported as an attack on civilians
                    killing = SUB_TYPES["Attack"]
                    update.update(
                        sub_event_type=killing.name, plover=Plover(event=killing.plover, mode=killing.plover_mode),
                        cameo=killing.cameo,
                    )
            # "was shot" retold of the one who died ("Man shot dead" ... "the victim was shot in
            # the chest") is the death's, not an injury: only the wounded the later report names as such
            dead = bool(r.fatalities.best) or "fatalities" in update
            told = later.injured.text or ""
            retold = dead and later.injured.best == 1 and bool(_SHOT_ONLY.search(told)) and not _HURT_WORDS.search(told)
            if need_injured and not retold and later.injured.text is not None and later.injured.best:
                update["injured"] = later.injured
                taken.extend(e for e in later.evidence if e.field == "injured")
                need_injured = False
            if not (need_toll or need_injured):
                break
        if need_toll and _untold_toll(r):
            # a report told after the toll ("Thirty people were killed in the clashes, with two
            # Kenyans injured in the clashes"): the count an earlier report of the incident gives
            for earlier in reversed(out[:i]):
                if _same_incident(earlier, r) and not _untold_toll(earlier) and earlier.fatalities.best and not _vague_toll(earlier):
                    update["fatalities"] = earlier.fatalities
                    taken.extend(e for e in earlier.evidence if e.field == "fatalities")
                    break
        if update:
            out[i] = r.model_copy(update={**update, "evidence": [*r.evidence, *taken]})
    return out


def _named_death(s: _Sentence) -> list[CasualtyFigure]:
    """'X, a commander, was killed': a named person's death is one death."""
    from dateline.extract.numbers import Count

    doc = s.span.doc
    for tok in s.span:
        if tok.lemma_.lower() != "kill":
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
        if subj and any(e.label_ == "PERSON" for e in doc[subj[0].left_edge.i : subj[0].right_edge.i + 1].ents):
            ph = doc[subj[0].left_edge.i : tok.i + 1]
            return [
                CasualtyFigure(
                    kind="killed", count=Count(1, 1, 1, False, subj[0].text), unnumbered=False, who=None,
                    char_start=ph.start_char, char_end=ph.end_char, text=ph.text, aggregate=False, named=True,
                )
            ]
    return []


def _quote_in(text: str) -> str | None:
    m = re.search(r"[\u201c\"]([^\u201d\"]{8,})[\u201d\"]?", text)
    return m.group(1).strip() if m else None


LOOK_AHEAD_SENTENCES = 3
_FATALITIES_FIELD = re.compile(r"\bFATALITIES\s*[:=]")
# where nothing is named that near: a long article often places its lead a paragraph later
FAR_LOOK_AHEAD_SENTENCES = 6



def _toll_share(article: Article, report: Report, n: int, i: int, unit: str) -> dict[str, object]:
    """Part ``i`` of ``n`` of a report's tolls when it is split by day or place (ACLED divides a
    figure told once evenly). A note's own coded figure ("Fatalities split over 3 locations (2)",
    "6 deaths (coded across 6 events)") is already one event's: dividing it again counts it short."""
    coded = coded_fatalities(article.text) is not None
    return {
        "fatalities": report.fatalities if coded else share(report.fatalities, n, i, unit),
        "injured": share(report.injured, n, i, unit),
    }


def _is_town(t: Toponym, doc: Doc) -> bool:
    """A toponym that can place a report from context: a confidently resolved populated place
    the text does not correct."""
    return (t.place is not None and t.place.feature == "P" and t.score >= 0.5 and not _corrected(t, doc)
            # "the Dhaka-bound bus": where it was heading ("Birgunj-based schools" are there)
            and _BOUND_TOWN_RE.match(doc_text(doc), t.end) is None and not _group_hold(t, doc))


def _next_towns(sents: list[_Sentence], doc: Doc) -> dict[int, Place | None]:
    """For each sentence, the first town (a resolved populated place) named in the next
    LOOK_AHEAD_SENTENCES sentences, else the first district or province named there; failing
    both, the same over FAR_LOOK_AHEAD_SENTENCES; else None. A region still beats the bare
    country ("the strikes hit rebels. ... in X district, Y")."""
    towns: list[Place | None] = []
    regions: list[Place | None] = []
    for s in sents:
        towns.append(next((t.place for t in s.toponyms if _is_town(t, doc)), None))
        # the district before its province ("in Balochistan's Zhob district"): the more precise
        named = [t.place for t in s.toponyms if _is_region(t, doc) and t.place is not None]
        regions.append(next((p for p in named if p.feature == "ADM2"), named[0] if named else None))
    out: dict[int, Place | None] = {}
    for i, s in enumerate(sents):
        found: Place | None = None
        # the near sentences first; a long article's lead ("Syria air raids kill 20") is often
        # placed only after the toll and the monitor's words
        for reach in (LOOK_AHEAD_SENTENCES, FAR_LOOK_AHEAD_SENTENCES):
            window = slice(i + 1, i + 1 + reach)
            found = next((t for t in towns[window] if t is not None), None) or next(
                (r for r in regions[window] if r is not None), None
            )
            if found is not None:
                break
        out[s.index] = found
    return out


# "In X , rebels ...": a locative word just before a name, for when the parse misses it
_IN_BEFORE = re.compile(r"\b(?:in|at|of|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def _is_region(t: Toponym, doc: Doc) -> bool:
    """A confidently resolved district or province that names a place, not a qualifier."""
    return (t.place is not None and t.place.feature in ("ADM1", "ADM2") and t.score >= 0.5
            and not t.modifier and not t.demonym and not _corrected(t, doc) and not _group_hold(t, doc))


def _location(p: Place, text: str, precision: int, admin_precision: bool = False) -> Location:
    if admin_precision and p.feature in ("PCLI", "ADM1"):
        precision = 3
    return Location(
        name=p.name, text=text, geonames_id=p.geonameid, lat=p.lat, lon=p.lon, country=p.country,
        admin1=p.admin1, admin2=p.name if p.feature == "ADM2" else p.admin2, geo_precision=precision,
        admin1_pcode=p.admin1_pcode, admin2_pcode=p.admin2_pcode, pcode=p.pcode,
    )


# Weapons that armed groups set off; the state's forces named alone beside one are its target.
PLANTED_SUBS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}


def _claims_it(sent: Span) -> bool:
    """The sentence has someone take the act ("claimed responsibility for", "claimed credit for",
    "claimed the attack"): the claimant is the doer, unlike blame laid by others."""
    return any(t.lemma_ == "claim" and t.pos_ == "VERB" for t in sent)
# a bomb aimed at people or at a school: "into a group of tourists", "at a primary school"
_PEOPLE_AIMED = re.compile(
    r"\b(?:at|into|on|among|targeting|targeted at)\s+(?:a|an|the)?\s*(?:group|crowd|gathering)\s+of\s+(?:\w+\s+){0,2}?"
    r"(?:people|persons|tourists|worshippers|villagers|residents|students|pupils|children|women|men|passengers|civilians)\b"
    r"|\b(?:at|into|on|targeting|targeted at)\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:school|crowd|congregation|wedding)\b",
    re.IGNORECASE,
)
CROWD_KINDS = {"civilians", "crowd", "protesters", "rioters"}
# a party's or leader's people, as the press names them
PARTISAN_HEADS = {"supporters", "activists", "cadres", "loyalists", "partisans", "followers"}
ARMED_KINDS = {"state", "police", "group", "unidentified", "communal"}
#: a battle that is a crowd's fight with the police, not a figure of speech
RUNNING_BATTLE = re.compile(r"\b(?:running|pitched)\s+battle\b", re.IGNORECASE)
#: words that name the dead as civilians in so many words
CIVILIAN_WORDS = {"civilian", "civilians", "women", "children", "child", "woman"}
#: the figures' victim kinds (``who``) that are civilians
CIVILIAN_VICTIMS = frozenset({"civilians", "children", "women"})
#: who a member of a force turns on when the victims are his own side: comrades, superiors, fellow officers
COMRADE_WORDS = {
    "colleague", "colleagues", "comrade", "comrades", "commander", "commanders", "boss", "superior", "superiors",
    "policeman", "policemen", "constable", "constables", "soldier", "soldiers",
}
#: words of a witch hunt: violence on people accused of sorcery is a mob's
JUSTICE_CUES = {"witch", "witches", "witchcraft", "wizard", "wizards", "sorcery", "sorcerer", "sorcerers"}
#: the victims named as suspects of a crime: what a mob punishes
SUSPECTS_PUNISHED = re.compile(
    r"\bsuspected\s+(?:thie(?:f|ves)|robbers?|criminals?|witch(?:es)?|murderers?|(?:cattle\s+)?rustlers?)\b", re.IGNORECASE
)
#: Round 20: the suspicion told in a clause of its own ("the victim was suspected of theft", "killed
#: on suspicion of being a thief", "beaten for stealing a goat"): what a mob punished
SUSPICION_TOLD = re.compile(
    r"\b(?:was|were|had been|being)\s+(?:allegedly\s+|reportedly\s+)?(?:suspected|accused)\s+of\b"
    r"|\bon (?:the )?suspicion (?:of|that)\b|\bfor (?:allegedly )?(?:stealing|robbing)\b",
    re.IGNORECASE,
)
# a fight with guns on both sides, named as such
GUNFIGHT = re.compile(r"\b(?:gun ?fights?|gun[- ]?battles?|fire ?fights?|shoot-?outs?|exchanges? of fire)\b", re.IGNORECASE)
#: Round 20 (armed): people a force kills who are told as suspects of armed violence ("men
#: suspected of murdering a chief", "a suspected gunman") or whose guns the force takes from them
ARMED_SUSPECTS = re.compile(
    r"\bsuspected\s+of\s+(?:having\s+)?(?:murder(?:ing|ed)?|kill(?:ing|ed)|shoot(?:ing)?|shot|ambush(?:ing|ed)?|"
    r"attack(?:ing|ed)?)\b|\bsuspected\s+(?:gunm[ae]n|carjackers?|armed\s+robbers?|killers?|hitm[ae]n)\b"
    r"|\brecover(?:ed|s|ing)?\s+(?:an?\s+|the\s+|their\s+|\w+\s+)?(?:firearms?|guns?|pistols?|rifles?|ak-?47s?)\b",
    re.IGNORECASE,
)
#: Round 20 (armed): doers told only as not known, by a word for people that is no armed or
#: communal noun ("unidentified individuals", "unknown persons")
UNKNOWN_DOERS = re.compile(
    r"\b(?:unidentified|unknown)\s+(?:armed\s+)?(?:individuals|persons|people|perpetrators)\b", re.IGNORECASE
)
# both sides firing: words of fire returned or a fight joined ("the raiders were repulsed", "it
# led to a clash with police", "they fled after coming under fire"): the attacked side fought
#: small-arms fire told beside shelling ("firing and mortar shelling", "opened fire and used a rocket launcher")
SMALL_ARMS = re.compile(
    r"\b(?:opened fire|firing|gunfire|small[ -]arms|automatic weapons|fired (?:at|on|upon))\b", re.IGNORECASE
)
FIRE_RETURNED = re.compile(
    r"\b(?:exchange[sd]? (?:of )?(?:gun)?fire|exchanging (?:gun)?fire|trade[sd]? fire|returned fire|return fire|fought back|fight back|"
    r"retaliated|gun ?battles?|gunfights?|shoot-?outs?|firefights?|"
    r"repuls(?:ed|ing)|repell?(?:ed|ing)|c[oa]m(?:e|ing) under fire|(?:a|in|into) clash(?:es)? with|"
    # Round 21c: the attackers themselves fighting a force ("the bandits clashed with police
    # reservists"), and a force's fire that hit them ("police opened fire, killing two of the gunmen")
    r"clash(?:ed|es)? with (?:the |local |armed |a )?(?:police|security|officers|reservists|soldiers|troops|army|military|kdf|gsu|"
    r"administration police|home guards?|vigilantes)|"
    r"opened fire\W+(?:\w+\s+){0,2}?(?:killing|wounding|injuring)\s+(?:\w+\s+){0,3}?"
    r"(?:attackers|raiders|bandits|gunmen|assailants|rustlers|militants|militiamen))\b",
    re.IGNORECASE,
)
#: Round 17: a fight told as the sequel of the attack ("in the ensuing gunfight", "the subsequent
#: clash"; round 21c: "sparking a battle", "leading to a clash"); a toll "recorded separately" for
#: it is another event
ENSUING_FIGHT = re.compile(
    r"\b(?:(?:ensuing|subsequent)\s+|(?:sparking|sparked|sparks|leading to|led to|resulting in|resulted in)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?:clash(?:es)?|fight(?:ing)?|gun ?fight|gun ?battle|shoot-?out|exchange of fire|battle)\b", re.IGNORECASE
)
_TOLD_APART = re.compile(r"\b(?:recorded|coded)\s+separately|\bseperately\b", re.IGNORECASE)


def _fight_joined(text: str) -> bool:
    """Round 17: does the sentence tell fire returned or a fight joined after the attack?"""
    return bool(FIRE_RETURNED.search(text) or (ENSUING_FIGHT.search(text) and not _TOLD_APART.search(text)))


#: Round 19: the attacked side's force took the attackers on ("security forces pushed back the
#: attackers", "police engaged the gunmen in a gun battle", "police intervened, shooting dead two")
FORCE_TOOK_ON = re.compile(
    r"\b(?:(?:push|beat|fought|fend)(?:ed|ing|s)?\s+(?:\w+\s+){0,2}?(?:back|off)\b"
    r"|thwart(?:ed|ing)\b"
    r"|engag(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?in\s+(?:a\s+)?(?:\w+\s+)?(?:gun\s?)?(?:battle|fight|firefight|shoot-?out|exchange)"
    r"|(?:intervened|responded|reacted)\W+(?:by\s+)?(?:shooting|firing|killing)\b)",
    re.IGNORECASE,
)


def _force_took_on(text: str) -> bool:
    """Round 19: does the sentence tell the attackers met by an armed side that fought them (pushed
    back, engaged in a battle, shot as the force intervened)? A cheap word test gates the regex."""
    low = text.lower()
    return any(w in low for w in ("back", "off", "thwart", "engag", "interven", "respond", "react")) and bool(FORCE_TOOK_ON.search(text))


#: a fight a side only claims: "police claimed the two died in a shootout"
CLAIMED_FIGHT = re.compile(r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|edly)|insist(?:s|ed)?|purported(?:ly)?)\b", re.IGNORECASE)
# words of a political or partisan fight ("rival factions", "post-election clashes"): with no armed
# actor named, such a clash is a riot
PARTISAN_WORDS = {
    "rival", "faction", "factions", "supporters", "party", "election", "post-election", "poll", "polls", "students",
    # South Asian English for the days after an election
    "post-poll",
    # members of a body or camp fighting among themselves ("opposing members of the union", "MPs clash")
    "rivals", "opposing", "members", "delegates", "lawmakers", "legislators", "councillors", "mps", "mcas",
}
# words of a war: a clash among them is a battle whoever else is named
#: what a local feud is over: land and old grudges
FEUD_WORDS = {"land", "land-related", "enmity", "feud", "feuds", "grudge", "boundary"}
ARMED_CONTEXT = {
    "fighters", "militants", "rebels", "regime", "troops", "forces", "army", "insurgents", "jihadists", "bombardment",
    "airstrikes", "shelling", "artillery", "gunmen", "militia", "militias", "soldiers", "armed",
}
# a demonstration under way in the sentence that tells the force used
PROTEST_NOW = {"protests", "protesting", "demonstrating", "demonstrations", "demonstration", "demonstrators", "protesters", "protestors"}
# what force used "on" or "at" makes a demonstration's
CROWD_TARGETS = {"procession", "rally", "demonstration", "demonstrators", "protest", "protesters", "marchers", "crowd", "mob"}
# people who, named beside a force in a clash, are its unarmed other side
#: a crowd told demonstrating, whatever people it is made of ("women demonstrators")
CLASHING_CROWDS = {"demonstrators", "protesters", "protestors", "marchers", "processionists", "agitators"}
UNARMED_SIDE = {
    "youth", "youths", "members", "residents", "villagers", "students", "staff", "workers", "supporters", "activists",
    "locals", "mob", "crowd", "crowds", "community", "traders", "farmers", "protesters", "demonstrators",
}
# words of an armed other side
ARMED_SIDE = {
    "militants", "rebels", "insurgents", "jihadists", "gunmen", "militia", "militias", "fighters", "armed", "terrorists",
    "bandits", "maoists", "guerrillas", "cadres", "gunfight", "gunbattle", "firefight",
}
# words of two crowds fighting each other
VILLAGE_WORDS = {"village", "villages", "villagers"}
# a fire bomb thrown: "petrol bomb", "Molotov cocktail", "firebombing"
FIREBOMB_WORDS = {"petrol", "firebomb", "firebombs", "firebombing", "molotov", "cocktail", "cocktails"}
MUTUAL_WORDS = {"clash", "clashes", "clashed", "rival", "rivals", "blows", "factions", "fought", "brawl", "melee", "scuffle", "scuffles"}
# people named only as casualties ("327 people were killed in clashes"): no side of a riot
GENERIC_PEOPLE = {"people", "civilians", "civilian", "persons", "person", "men", "women", "children", "man", "woman", "others"}
HARM_NOUNS = {"killing", "murder", "death", "abduction", "arrest", "kidnapping", "execution", "beating", "lynching", "assassination"}
# triggers of a fight both sides take part in
RECIPROCAL_LEMMAS = {"clash", "fight", "fighting", "confront", "confrontation", "skirmish", "brawl", "scuffle", "battle", "engage"}
#: fights told as a noun of their own, besides the reciprocal lemmas
_FIGHT_NOUNS = {"shootout", "shootouts", "shoot-out", "gunfight", "gunbattle", "firefight"}


#: Round 19: the raiders told falling in the sentences after the raid ("four of the attackers were
#: shot dead", "three raiders were killed during the siege")
_RAIDERS_KILLED = re.compile(
    r"\b(?:raiders|attackers|assailants|rustlers|militiamen|warriors)\s+(?:were|was|have been|had been)\s+(?:\w+\s+){0,2}?"
    r"(?:killed|shot dead|gunned down|shot and killed)\b",
    re.IGNORECASE,
)


def _raiders_killed(text: str) -> bool:
    """Round 19: does the sentence tell the attackers themselves killed, not as a case told apart?
    A cheap word test gates the regex."""
    low = text.lower()
    return any(w in low for w in ("raiders", "attackers", "assailants", "rustlers", "militiamen", "warriors")) and bool(
        _RAIDERS_KILLED.search(text)
    ) and not _TOLD_APART.search(text)


#: Round 19: people hurt by a bomb or grenade ("a grenade wounds three", "the blast injured two")
_BOMB_HURT = re.compile(r"\b(?:wound(?:s|ed|ing)?|injur(?:es|ed|ing)|kill(?:s|ed|ing)?|maim(?:s|ed|ing)?)\b", re.IGNORECASE)
#: Round 19: a civilian place a bomb or grenade was thrown at or set off in
_CIVILIAN_PLACE = re.compile(
    r"\b(?:on|at|into|inside|outside|near)\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?"
    r"(?:bar|bars|church|mosque|restaurant|hotel|supermarket|shop|market|bus|matatu|hospital|club|nightclub|pub|cafe|stadium)\b",
    re.IGNORECASE,
)
#: words that make the hurt or the place an armed side's, not civilians'
_ARMED_HIT = frozenset({
    "police", "officers", "officer", "policemen", "soldiers", "soldier", "troops", "army", "military", "convoy", "patrol",
    "militants", "fighters", "camp", "base", "station", "kdf", "gsu", "askaris", "reservists",
})


def _bomb_on_civilians(sub_name: str, a1: ActorMention | None, a2: ActorMention | None, text: str, words: set[str]) -> bool:
    """Round 19: "a grenade attack on a bar wounds four", "grenade thrown at a church": a bomb or
    grenade with no second side found, which the report tells hurting people or aimed at a civilian
    place, with no force or fighters named as hit, targeted civilians (ACLED: civilians the other
    side). Cheap tests on the report's words gate the patterns."""
    if sub_name not in PLANTED_SUBS or a2 is not None or (a1 is not None and a1.inter == 1) or words & _ARMED_HIT:
        return False
    return bool(_BOMB_HURT.search(text) or _CIVILIAN_PLACE.search(text))


def _other_community(
    sub_name: str, a1: ActorMention | None, a2: ActorMention | None, trig: Token, told_text: str, country: str | None,
) -> ActorMention | None:
    """Round 19: "Turkana herders clashed with Pokot", "militias of the Maasai and Kalenjin clash over
    land": a clash whose word tells two sides, with one communal militia found and no force named
    anywhere, was fought by a second communal militia (ACLED: identity militias on both sides), not
    by a side left empty. Returns the second side, or None when the rule does not hold."""
    if sub_name != "Armed clash" or (a1 is None) == (a2 is None):
        return None
    side = a1 if a1 is not None else a2
    if side is None or side.kind not in ("communal", "group") or side.inter != 4 or not _names_no_force(told_text):
        return None
    if not (_two_sides_named(trig) or (trig.lemma_.lower() in RECIPROCAL_LEMMAS and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children))):
        return None
    return _communal_militia(country)


#: Round 19b (Asia sides): "nobody has claimed the shooting, though X attacked such projects in the
#: past": the attack is unclaimed, and the group is named for what it did before
_UNCLAIMED = re.compile(r"\b(?:no|none|nobody)(?: \w+)? (?:has |have |had )?(?:yet )?claimed\b", re.IGNORECASE)
_HABIT = re.compile(r"\b(?:in the past|ha(?:ve|s) been \w+ (?:for|in|behind) (?:\w+ )?attacks)\b", re.IGNORECASE)


def _unclaimed_habit(text: str) -> bool:
    """Round 19b (Asia sides): a sentence that says nobody claimed the attack and names a group only
    for its past attacks ("nobody has claimed the shooting, though X attacked such projects in the
    past") lays no responsibility for this one: the doer stays unnamed."""
    return bool(_UNCLAIMED.search(text) and _HABIT.search(text))


def _fight_between(tokens: Iterable[Token]) -> str:
    """The fight word ("fighting", "battles", "clashes") whose "between" phrase names two sides, or ""."""
    for t in tokens:
        if t.lower_ in FOUGHT_WORDS | {"battle", "battles", "fights"} and any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children):
            return t.text
    return ""


#: the sides a "between" phrase may name as fighting: armed groups, identity militias, forces
_BETWEEN_SIDES = frozenset({"group", "unidentified", "communal", "state", "police"})


def _killed_between(tok: Token, actors: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """Round 20: the two armed sides a "between" phrase on the act names ("killed between the Borana
    and Gabra militias", "died between police and the gang"), or None: both must be mentions
    found in the phrase, with different names. The phrase hangs from the act, or from the place
    the act is told at (the parse hangs "killed in Kom, Isiolo County between X and Y" from the
    county); one that hangs from another noun ("amid tensions between X and Y") tells no fight."""
    for c in tok.subtree:
        if c.dep_ != "prep" or c.lower_ != "between" or not (c.head.i == tok.i or c.head.pos_ == "PROPN"):
            continue
        lo, hi = c.left_edge.i, c.right_edge.i
        sides = [m for m in actors if m.kind in _BETWEEN_SIDES and m.inter != 7 and lo <= m.start <= hi]
        names = {m.name for m in sides}
        if len(names) >= 2:
            first = sides[0]
            return first, next(m for m in sides if m.name != first.name)
    return None


def _two_sides_named(tok: Token) -> bool:
    """'the Matan and Geledle clans clashed', 'a woman was killed in a shootout between armed
    herders': a fight whose word names both its sides (joined subjects, or a "between" phrase) was
    fought by them, whoever else fell in it (ACLED: a battle)."""
    if tok.lemma_.lower() not in RECIPROCAL_LEMMAS and tok.lower_ not in RECIPROCAL_WORDS | _FIGHT_NOUNS:
        return False
    if tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and any(g.dep_ == "conj" or g.lower_ in ("two", "both") for g in c.subtree) for c in tok.children
    ):
        return True
    scope = tok.subtree if tok.pos_ != "VERB" else tok.children
    return any(t.lower_ == "between" and t.dep_ == "prep" for t in scope)


#: Round 17: people without arms who may be a force's other side in a fight
UNARMED_CROWDS = frozenset(CROWD_SUBJECTS | MOB_PEOPLE | {"hawkers", "operators", "prisoners", "inmates", "fans", "passengers", "mourners"})
# Round 21 (Kenya types): more people without arms who may fight a force (reporters at a scene, a
# school's "learners", a congregation), and prison warders, who are the state's guards
UNARMED_CROWDS |= {"journalists", "reporters", "learners", "churchgoers", "congregants"}
_FORCE_WORDS = frozenset({"police", "officers", "policemen", "troops", "soldiers", "forces", "army", "guards", "askaris", "rangers", "warders", "wardens"})


def _lone_force(a1: ActorMention | None, a2: ActorMention | None) -> list[ActorMention]:
    """The sides of a clash the actor search named, less an unidentified side found only from the
    word "group" ("police and a group of reporters clashed"): a group is told by the people in it,
    which the crowd test reads from the fight word."""
    return [m for m in (a1, a2) if m is not None and not (m.kind == "unidentified" and _head_word(m) in ("group", "groups"))]


def _fight_word(tok: Token) -> bool:
    """'clashed', 'fighting', 'a brawl': a word of two sides fighting, not of one setting on another."""
    return tok.lemma_.lower() in RECIPROCAL_LEMMAS or tok.lower_ in RECIPROCAL_WORDS | _FIGHT_NOUNS | FOUGHT_WORDS


def _band_of_crowd(doc: Doc, a1: ActorMention | None, a2: ActorMention | None) -> ActorMention | None:
    """Round 21: of an armed band and a crowd as the two sides, the band when the crowd is named in
    the band's own "of" phrase ("gangs of youths", "a gang of armed villagers"), or None."""
    band = next((m for m in (a1, a2) if m is not None and m.kind in ("unidentified", "group")), None)
    crowd = next((m for m in (a1, a2) if m is not None and m.kind in ("crowd", "rioters", "protesters")), None)
    if band is None or crowd is None:
        return None
    head = doc[band.end - 1]
    inside = [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj" and crowd.start <= g.i < crowd.end
    ]
    return band if inside else None


#: the words a tear-gas trigger is read from ("tear gas", "teargas")
GAS_WORDS = frozenset({"tear", "gas", "teargas"})
#: people told gathered, besides the words of a demonstration: a tear gas fired at them disperses a crowd
_GATHERED_WORDS = frozenset({
    "crowd", "crowds", "mob", "mobs", "youths", "youth", "supporters", "gathering", "gathered", "meeting",
    "mourners", "residents", "rioters", "fans", "congregation", "group", "groups", "section",
    # to disperse is to scatter people gathered
    "disperse", "dispersed", "dispersing", "dispersal",
})


def _gassed_no_crowd(doc: Doc, a1: ActorMention | None, a2: ActorMention | None) -> bool:
    """Round 21: a force's tear gas in a text that tells no demonstration and no gathered people
    anywhere (a protest told sentences before is the one the gas met), its other side (if any)
    civilians: the gas met no protest."""
    sides = [m for m in (a1, a2) if m is not None]
    if not any(m.kind in ("state", "police") for m in sides) or any(m.kind not in ("state", "police", "civilians") for m in sides):
        return False
    return not span_words(doc, 0, len(doc)) & (DEMONSTRATION_WORDS | _GATHERED_WORDS)


#: verbs that tell who people are believed to be ("believed to be", "suspected to belong")
_SUSPICION_LEMMAS = frozenset({"believe", "suspect", "think", "say", "allege", "claim"})


def _crowd_of_group(doc: Doc, a1: ActorMention | None, a2: ActorMention | None) -> ActorMention | None:
    """Round 21: of a crowd and a named armed group as the two sides, the group when it is named
    inside the crowd's own phrase ("youths suspected to be members of the sect", "a gang of the
    sect's followers"): one side told twice, the group's members. None otherwise (a mob that
    lynched the group's members names them apart, as its victims)."""
    pair = [m for m in (a1, a2) if m is not None]
    crowd = next((m for m in pair if m.kind in ("crowd", "rioters")), None)
    group = next((m for m in pair if m.kind == "group"), None)
    if crowd is None or group is None or len(pair) != 2:
        return None
    head = doc[crowd.end - 1]
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.head.i:
        head = head.head.head  # "a group of youths": the phrase of the group noun
    scopes = [head]
    if head.dep_ == "nsubj" and head.head.lemma_ in _SUSPICION_LEMMAS:
        # "youths believed to belong to the sect hacked ...": the parse may hang the belief on the
        # subject as its verb; what is believed of them is its complement
        scopes += [c for c in head.head.children if c.dep_ in ("xcomp", "ccomp")]
    inside = any(t.left_edge.i <= group.start and group.end - 1 <= t.right_edge.i for t in scopes)
    return group if inside else None


def _force_meets_crowd(trig: Token) -> str:
    """Round 17: the crowd noun the fight word names as a force's other side ("police clashed with
    a group of matatu operators", "police and hawkers clash", "boda boda operators ... clash with
    police"), or "" when a partner is armed or none is a crowd."""
    verb = trig
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "operators storm a station and clash with police": the first verb's subject
    partners = [c for c in verb.children if c.dep_ == "nsubj"]
    partners += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for g in c.children if g.dep_ == "pobj"]
    # Round 21b (Asia sides): "union members attacked police": the force the crowd set on is its
    # other side (a force as the subject, "police attacked hawkers", is no crowd's fight)
    partners += [c for c in trig.children if c.dep_ in ("dobj", "obj") and c.lower_ in _FORCE_WORDS]
    partners += [g for p in list(partners) for g in p.conjuncts]
    # "a group of matatu operators": the noun under the group's "of"
    partners += [g for p in list(partners) for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words = {t.lower_ for p in partners for t in p.subtree}
    if not words & _FORCE_WORDS or words & (ARMED_SIDE | ARMED_CONTEXT - _FORCE_WORDS):
        return ""
    return next((p.lower_ for p in partners if p.lower_ in UNARMED_CROWDS), "")


def _force_meets_demonstration(trig: Token, words: set[str]) -> str:
    """Round 20b: "a march by the committee ended in a clash with the police", "a dozen were hurt in
    a clash after police held a priest during a rally": a force's clash whose fight word names no
    other side, told with a demonstration and no armed men, is the force's clash with the
    demonstrators (ACLED: a violent demonstration, rioters against the force), not a battle with an
    armed group nobody names. Gives the crowd's word, or "" when the fight word names a partner
    besides the force or armed men are told."""
    demo = words & PROTEST_CONTEXT
    if not demo or words & (ARMED_SIDE | ARMED_CONTEXT - _FORCE_WORDS - {"armed"}):
        return ""
    partners = [c for c in trig.children if c.dep_ == "nsubj"]
    partners += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for g in c.children if g.dep_ == "pobj"]
    partners += [g for p in list(partners) for g in p.conjuncts]
    if any(p.lower_ not in _FORCE_WORDS and p.pos_ in ("NOUN", "PROPN") and not _party_crowd(p) for p in partners):
        return ""
    return "demonstrators"


#: Round 21b (Asia sides): the men of a party or movement ("BNP-Jamaat men", "Congress men")
_PARTY_MEN = {"men", "cadres", "workers", "activists", "supporters", "members", "followers", "youths"}


def _next_words(doc: Doc, after: list[_Sentence]) -> set[str]:
    """Round 21b (Asia sides): the words of the paragraph's next sentences ("a clash with the police.
    The villagers were protesting against a murder": the demonstration told after the clash)."""
    return set().union(*(span_words(doc, x.span.start, x.span.end) for x in after))


def _party_crowd(p: Token) -> bool:
    """Round 21b (Asia sides): is a clash partner a crowd of people without arms: a crowd noun
    ("villagers"), or a party's men named by the party ("BNP-Jamaat men clashed with police as police
    barred their procession")? Then, told with a demonstration, the clash is the crowd's riot."""
    if p.lower_ in UNARMED_CROWDS:
        return True
    return p.lower_ in _PARTY_MEN and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in p.children)


# words telling that two sides fought, not that one set on the other
#: Round 21d (CASE): the words of an arrest, an intervention in a protest unless it is what is protested
_ARREST_CUES = frozenset({"arrests", "arrested", "detained", "custody", "arrest", "detention", "detaining", "arresting"})
#: an arrest or a detention as the protest's grievance: "protested the arrest of", "demanding the release of"
_GRIEVED_ARREST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|against|over|condemn\w*)\s+(?:against\s+)?(?:the\s+)?(?:arrests?|detentions?)\s+of\b"
    r"|\b(?:demand\w*|call\w*\s+for|seek\w*|push\w*\s+for)\s+(?:the\s+)?(?:immediate\s+|unconditional\s+)?release\s+of\b",
    re.IGNORECASE,
)
#: the crowd itself arrested, or arrests made as the crowd met the force ("police arrested 12
#: protesters", "several demonstrators were detained"): an intervention whatever the grievance
_CROWD_ARRESTED = re.compile(
    r"\b(?:arrest\w*|detain\w*|round\w*\s+up)\s+(?:\w+\s+){0,3}?(?:of\s+the\s+)?"
    r"(?:protesters?|protestors?|demonstrators?|rioters?|marchers|students|youths?|crowds?|them|participants)\b"
    r"|\b(?:protesters?|protestors?|demonstrators?|rioters?|marchers|students|youths?|participants|they)\s+(?:\w+\s+){0,2}?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:arrested|detained)\b"
    r"|\b(?:made|several|many|\d+)\s+arrests\b|\barrests\s+(?:were\s+)?made\b",
    re.IGNORECASE,
)
#: an arrest told as never made ("police had failed to arrest anyone"): no intervention
_UNMADE_ARREST = re.compile(
    r"\b(?:fail\w*|refus\w*|reluctance|inability|unable|yet)\s+(?:of\s+(?:the\s+)?\w+\s+)?to\s+(?:arrest|detain)\b",
    re.IGNORECASE,
)


def _arrest_only_grieved(text: str) -> bool:
    """The report's arrests are all the protest's grievance (an arrest protested, a release demanded)
    or arrests never made, and none of the crowd is told arrested."""
    if _CROWD_ARRESTED.search(text):
        return False
    return bool(_GRIEVED_ARREST.search(text) or _UNMADE_ARREST.search(text))


FOUGHT_WORDS = {"clash", "clashes", "clashed", "fighting", "fought", "skirmish", "skirmishes"}
# Men of a raiding band: none of them is a civilian, so when they fall the raid was fought off.
RAIDER_WORDS = {
    "raider", "raiders", "warrior", "warriors", "rustler", "rustlers", "militiaman", "militiamen", "attacker", "attackers",
}


#: a place's armed guards by their own noun ("a security guard", "the school watchman")
PLACE_GUARD_NOUNS = {"guard", "guards", "watchman", "watchmen", "askari", "askaris"}
#: words that make a guard the state's ("border guard", "home guards", "prison guard"), a
#: person's ("his guard", whose hurt ACLED counts with the man he guards) or no armed man at all
NOT_PLACE_GUARD = {
    "border", "presidential", "republican", "national", "coast", "revolutionary", "prison", "forest", "home",
    "his", "her", "their", "my", "our",
    # a school crossing guard sees children over the road, unarmed
    "crossing", "traffic",
}


def _place_guard_hit(doc: Doc, trigger: Token, figures: list[CasualtyFigure]) -> bool:
    """Is whom the act killed or hurt a place's guard: the trigger's object ("killed a school
    guard") or a casualty figure ("a security guard was shot dead")? A guard with a person's or a
    state's word before him ("his guard", "a border guard") is not."""
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    for f in figures:
        if f.kind in ("killed", "injured", "killed_and_injured"):
            span = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
            if span is not None:
                heads.extend(span)
    return any(
        t.lower_ in PLACE_GUARD_NOUNS and t.pos_ == "NOUN"
        and not any(c.lower_ in NOT_PLACE_GUARD or c.ent_type_ == "PERSON" for c in t.lefts)
        for t in heads
    )


def _raiders_fell(f: CasualtyFigure) -> bool:
    """Does a death figure count the raiders themselves ("six of the raiders were shot dead")?"""
    return bool(set(re.findall(r"[a-z]+", f.text.lower())) & RAIDER_WORDS)


# Generic words for fighters: beside a named group in the same sentence they are its men.
GENERIC_FIGHTERS = {
    "militant", "militants", "insurgent", "insurgents", "fighter", "fighters", "rebel", "rebels", "jihadist",
    "jihadists", "extremist", "extremists", "terrorist", "terrorists",
}


#: Round 18: words that tie unnamed men to the group they are said to belong to ("armed men thought
#: to be members of Al Shabaab", "a gang of 50 Mungiki members")
_MEMBER_LINKS = frozenset({
    "believed", "suspected", "thought", "said", "alleged", "reported", "later", "to", "be", "are", "were",
    "members", "member", "of", "the", "a", "an", ",", "from",
})


def _named_as_group(doc: Doc, actors: list[ActorMention]) -> list[ActorMention]:
    """Round 18: 'armed men thought to be members of Al Shabaab shot four traders dead', 'a gang of 50
    Mungiki members': the unnamed men are the named group's own, one side (ACLED names the group),
    not a second armed side beside it. Only the few words between the two mentions are read."""
    drop: set[int] = set()
    for m in actors:
        if m.kind != "unidentified":
            continue
        group = next((g for g in actors if g.kind == "group" and g.inter in (2, 3, 4) and m.end <= g.start <= m.end + 6), None)
        if group is not None and all(
            t.lower_ in _MEMBER_LINKS or t.like_num for t in doc[m.end : group.start] if t.idx >= m.char_end
        ):
            drop.add(id(m))
    return [m for m in actors if id(m) not in drop] if drop else actors


# Police or troops told standing by a protest ("police were deployed", "amid heavy security"):
# ACLED names the force present as the protest's other side, though it did nothing.
FORCE_PRESENT = re.compile(
    r"\b(?:police(?:men)?|cops|security (?:forces|personnel)|troops|paramilitary)\b[^.;]{0,30}?\b(?:were|was|had been|remained)"
    r" (?:also )?(?:deployed|present|stationed|on (?:alert|standby))\b"
    r"|\b(?:heavy|tight|strong|massive) (?:police|security) (?:presence|deployment|cover|arrangements)\b"
    r"|\bamid(?:st)? (?:a )?(?:heavy|tight|strong) (?:police|security)\b"
    r"|\bdeployed\b[^.;]{0,25}?\b(?:police(?:men)?|security forces|troops|paramilitary)\b",
    re.IGNORECASE,
)


#: every branch of FORCE_PRESENT, FORCE_STOPS, FORCE_MEETS and FORCE_INVOLVED names one of these
_FORCE_NOUNS = ("police", "cops", "security", "troops", "paramilitary", "authorities", "officers", "riot control")


def _names_no_force(text: str) -> bool:
    """A cheap test before the force patterns: an ASCII text naming none of their force nouns
    cannot match them (a non-ASCII one is left to the patterns, whose case folding is Unicode's)."""
    if not text.isascii():
        return False
    low = text.lower()
    return not any(w in low for w in _FORCE_NOUNS)


def _force_present(text: str) -> bool:
    """A force told standing by a protest, and not told in the same breath to have stayed out of
    it ("police were present but left the protesters alone") nor told absent ("no police were present")."""
    if _names_no_force(text):
        return False
    m = FORCE_PRESENT.search(text)
    return (
        m is not None
        and not re.search(r"\b(?:but|though|although|yet)\b", text[m.end() :], re.IGNORECASE)
        and not FORCE_ABSENT.search(text)
    )


#: Round 20 (Kenya sides): a force told absent from a crowd event ("no police were present", "there
#: was no report of a police presence", "police were not deployed"): ACLED names no force as the
#: crowd's other side then, whoever was hurt (a riot with no force met is the rioters' alone)
FORCE_ABSENT = re.compile(
    r"\bno (?:reports? of (?:an? |any )?)?(?:police|security)(?: forces| officers)? (?:presence|deployment|intervention)\b"
    r"|\bno (?:police(?:men)?|security forces|security officers|officers)(?: were| was)? (?:present|deployed|around|involved|in sight)\b"
    r"|\b(?:police(?:men)?|security forces|officers)\b[^.;]{0,15}?\b(?:were|was) (?:not|nowhere)\b[^.;]{0,12}?"
    r"\b(?:present|deployed|involved|around|seen|to be seen|at the scene)\b"
    r"|\bwithout (?:any )?(?:police|security) (?:presence|intervention|interference)\b"
    r"|\b(?:absence|lack) of (?:any )?(?:police|security)\b",
    re.IGNORECASE,
)


def _force_absent(told: list[_Sentence]) -> bool:
    """Round 20: is a force told absent from the event in any of its sentences (gated by the cheap
    force-noun test)?"""
    return any(not _names_no_force(x.text) and FORCE_ABSENT.search(x.text) for x in told)


# Police or authorities told stopping a protest ("police blocked the march", "they were turned away
# by the authorities"): however the typing read it, the force that met the crowd is its other side.
FORCE_STOPS = re.compile(
    r"(?<!ex-)(?<!former )(?<!retired )\b(?:police(?:men)?|cops|authorities|security forces|security personnel"
    r"|riot control (?:teams?|squads?|units?|police))\b[^.;]{0,25}?\b(?:blocked|stopped|prevented"
    r"|pushed|intercepted|interrupted|dragged|shoved|drove away|chased away|turned away|removed|barricaded|barricades)\b"
    r"|\b(?:blocked|stopped|prevented|pushed|intercepted|interrupted|dragged|shoved|driven away|chased away|turned away"
    r"|removed)\b[^.;]{0,30}?\bby (?:the )?(?:police(?:men)?|cops|authorities|security forces|security personnel)\b"
    r"|\battempts? by (?:the )?(?:police|authorities|security forces) to (?:stop|block|prevent|halt)\b",
    re.IGNORECASE,
)


# Two crowds fighting each other ("clashes between workers of two parties", "the groups clashed
# with one another"): a riot between rioters, whatever force came to part them.
CROWDS_CLASH = re.compile(
    r"\bclash(?:es|ed)? between "
    r"|\b(?:clash(?:ed)?|fought|brawled) with (?:each other|one another)\b"
    r"|\brival (?:groups?|factions?|parties|party|supporters|workers|activists|students|camps?)\b"
    r"|\b(?:workers|supporters|activists|members|cadres|students) of (?:the )?rival\b",
    re.IGNORECASE,
)
# a force told as one side of the clash ("clashes between activists and the police", "clashed with
# Rangers"): then the riot is against it
FORCE_SIDE = re.compile(
    r"\bclash(?:es|ed)? (?:between|with)\b[^.;]{0,100}?\b(?:police(?:men)?|cops|security|troops|soldiers|forces"
    r"|army|personnel|rangers|paramilitary|battalion|guards?|constables?)\b",
    re.IGNORECASE,
)


#: Round 15 (Kenya actors): a crowd told clashing with another band of people ("students clashed
#: with a group of youths", "clashed with a gang that came to the protest"): two crowds
CROWD_MET = re.compile(
    r"\bclash(?:es|ed|ing)? with (?:a |another |an other |some )?(?:rival )?\"?(?:group|gang|crowd|mob|band)s?\b", re.IGNORECASE
)
# Round 15 (Asia): more ways of telling two crowds fighting each other ("pelted stones at each other",
# "opposing political parties", "clashes were reported between BJD and BJP workers", "TRS and
# TDP workers clashed"), and the force told as a side of such a clash ("clashes erupted between
# protesters and police")
CROWDS_CLASH_MORE = re.compile(
    r"\b(?:against|with|at) one another\b|\bat each other\b"
    r"|\b(?:opposing|rival) (?:political )?(?:parties|party|groups|factions|camps|communities)\b"
    r"|\b(?:the )?two (?:political )?(?:parties|communities|groups|factions)\b[^.;]{0,20}?\bclashed\b"
    r"|\bclash(?:es)? (?:were |was |had )?(?:reported|erupted|broke out|took place|occurred|ensued) between\b(?! them\b)"
    r"|\b(?-i:[A-Z][\w()-]+ and [A-Z][\w()-]+) (?:workers|supporters|members|activists|cadres)\b[^.;]{0,15}?\bclash"
    # Round 21b (Asia sides): "a candidate's supporters clashed with supporters of his rival", "supporters
    # of two candidates clashed": a following on each side (not members of a force, nor a force that
    # clashed with a following: "police clashed with supporters of the cleric")
    r"|\b(?:supporters|workers|cadres|activists|followers|members)\b[^.;]{0,60}?"
    r"\bclash(?:ed|es|ing)? with (?:the )?(?:[\w-]+ ){0,3}?(?:supporters|workers|cadres|activists|followers|members) of\b"
    r"(?! (?:the )?(?:police|security|army|armed|military|paramilitary|rangers|frontier|border|task force))"
    r"|\b(?:supporters|workers|cadres|activists|followers|members) of (?:the )?two\b",
    re.IGNORECASE,
)
FORCE_SIDE_MORE = re.compile(
    r"\bclash(?:es)?\b[^.;]{0,30}?\bbetween\b[^.;]{0,100}?\b(?:police(?:men)?|cops|security|troops|soldiers|forces"
    r"|army|personnel|rangers|paramilitary|battalion|guards?|constables?)\b"
    # Round 20b (Kenya sides): "Police and ODM supporters clashed": the force named first of the two
    r"|\b(?:police(?:men)?|cops|troops|soldiers|security forces)\s+and\s+[^.;]{0,40}?\bclash",
    re.IGNORECASE,
)


def _crowds_clash_text(text: str) -> bool:
    """Two crowds told fighting each other, and no force told as a side of the clash."""
    told = any(r.search(text) is not None for r in (CROWDS_CLASH, CROWD_MET, CROWDS_CLASH_MORE))
    return told and FORCE_SIDE.search(text) is None and FORCE_SIDE_MORE.search(text) is None


def _crowds_clash(told: list[_Sentence]) -> bool:
    return _crowds_clash_text(" ".join(x.text for x in told))


# The crowd's own people told hurt ("three protesters were injured"): not bystanders
CROWD_HURT = re.compile(
    r"\b(?:protesters|protestors|demonstrators|rioters|agitators|activists|supporters|workers|cadres|students"
    r"|agitationists|picketers|mob)\b[^.;]{0,40}?\b(?:injured|wounded|hurt|killed|died)\b",
    re.IGNORECASE,
)
NOBODY_HURT = re.compile(r"\b(?:no one|nobody|no casualties|no injuries)\b", re.IGNORECASE)


# --- Round 20c (Asia): people told burnt by a riot's arson or fire bombs --------------------------
#: the people a vehicle carries or works, or people counted, told burnt ("three passengers were
#: burnt", "its driver and helper were burned", "burning the driver of a lorry", "a cleaner received
#: burn injuries"): the numbers reader does not always count a burnt person, who is hurt all the same
_BURNT_PERSON = (
    r"(?:passengers?|drivers?|helpers?|conductors?|commuters?|travell?ers?|persons?|people|men|women|children"
    r"|boys?|girls?|man|woman|child|rickshaw-?pullers?|labou?rers?|vendors?|occupants?)"
)
#: a thing burnt between the person and the verb ("passengers fled as the buses were burnt")
_NOT_BURNT_PERSON = (
    r"(?:bus|buses|trucks?|lorr(?:y|ies)|vehicles?|cars?|vans?|houses?|homes?|shops?|offices?|motor(?:cycle|bike)s?"
    r"|(?:auto-)?rickshaws?|tyres?|tires?|effig(?:y|ies)|propert(?:y|ies)|it|they|which)"
)
PEOPLE_BURNT = re.compile(
    rf"\b{_BURNT_PERSON}\b(?!['’]s)(?:\s+(?!{_NOT_BURNT_PERSON}\b)[\w'-]+){{0,4}}?"
    r"\s+(?:was|were|got|had been|have been)\s+(?:\w+ly\s+)?(?:burnt|burned)\b"
    r"|\bburning\s+(?:(?:the|its|his|their|a|an|two|three|four|five|several)\s+)?(?:[\w-]+\s+)?"
    rf"{_BURNT_PERSON}\b(?!['’]s)"
    r"|\b(?:received|receiving|sustained|sustaining|suffered|suffering)\s+(?:\w+\s+)?burn\s+injur",
    re.IGNORECASE,
)


def _people_burnt(told: list[_Sentence]) -> bool:
    """'two passengers were burnt', 'burning the driver': people told burnt in the report."""
    return any(PEOPLE_BURNT.search(x.text) for x in told)


def _bystanders_hurt(told: list[_Sentence]) -> bool:
    """Of a riot in which people were hurt: none of the crowd's own people is told hurt, and nobody
    is told unhurt ("no one was injured"), so those hurt are bystanders (a cheap test on the text)."""
    return not any(CROWD_HURT.search(x.text) or NOBODY_HURT.search(x.text) for x in told)


# A crowd told facing the police or wrangling with them ("the march faced police obstruction", "were
# met by riot police", "jostled with the police", "police put up barriers to stop them"): the force
# that met the crowd is its other side (ACLED), though no dispersal or arrest is told.
FORCE_MEETS = re.compile(
    r"\b(?:faced|facing|confronted by|met by)\b(?! by)(?: with)?[^.;]{0,25}?\b(?:police(?:men)?|cops|security forces|security personnel)\b"
    r"(?! (?:cases?|charges?|complaints?|case|inquiry|probe|investigation|summons)\b)"
    r"|\b(?:jostled|jostling|tussled?|altercation|argument|wordy duel|wordy clash|heated exchange)\b[^.;]{0,20}?"
    r"\bwith (?:the )?(?:police(?:men)?|cops|security forces|security personnel)\b"
    r"|\b(?:police(?:men)?|cops|security forces)\b[^.;]{0,15}?\b(?:put up|set up|erected|placed|raised)\b[^.;]{0,15}?\bbarriers\b"
    # Round 21b (Asia sides): "police put up barricades to block the marchers", "fifty policemen took
    # up positions to stop the students": a force told standing in a crowd's way is its other side
    r"|\b(?:police(?:men)?|cops|security forces|security personnel|riot control)\b[^.;]{0,40}?"
    r"\b(?:positions|barricades|barriers|cordons?|pickets)\b to (?:stop|block|prevent|halt|bar|hold back)\b",
    re.IGNORECASE,
)

#: Round 21b (Asia sides): riot cue words that may name no act of the crowd's: a dump as a place,
#: and ruin that nature wrought or that a grievance's noun carries ("farms destroyed due to mining")
DUMP_WORDS = frozenset({"dump", "dumps"})
RUIN_WORDS = frozenset({"destroyed", "damaged"})
NATURE_AGENTS = frozenset({
    "water", "waters", "flood", "floods", "flooding", "floodwater", "floodwaters", "rain", "rains", "storm", "storms",
    "cyclone", "landslide", "landslides", "earthquake", "erosion", "silt", "hailstorm", "elephants", "animals",
})


def _ruin_unrioted(t: Token) -> bool:
    """A word of ruin told of nature ("its water has destroyed their crops", "homes damaged by the
    floods") or of a grievance's noun with a cause, not a doer ("farms destroyed due to mining")."""
    agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers = [c for c in t.children if c.dep_ == "nsubj"] + agents
    if doers:
        return all(d.lower_ in NATURE_AGENTS for d in doers)
    return t.dep_ == "acl" and any(c.dep_ == "prep" and c.lower_ in ("due", "because", "owing") for c in t.children)


def _unrioted(toks: list[Token]) -> set[str]:
    """The dump and ruin words of ``toks`` none of whose tokens tells a crowd's act: "dump" only as
    a place's noun, "destroyed" only as nature's ruin or a grievance's (``_ruin_unrioted``)."""
    kept: set[str] = set()
    seen: set[str] = set()
    for t in toks:
        w = t.lower_
        if w in DUMP_WORDS:
            seen.add(w)
            # a place is told with its article or its kind ("the dump", "the garbage dump"); the small
            # parser reads a headline's "workers dump garbage" as a compound noun, which stays the act
            if t.pos_ == "VERB" or not any(c.dep_ in ("det", "compound", "poss", "amod") for c in t.children):
                kept.add(w)
        elif w in RUIN_WORDS:
            seen.add(w)
            if not _ruin_unrioted(t):
                kept.add(w)
    return seen - kept


#: Round 21b (Asia sides): a protester's fire set on their own person ("set himself on fire",
#: "self-immolation"), and violence told only as what a force came to prevent
SELF_HARM = re.compile(
    r"\b(?:set|sets|setting|lit|lights|lighting|doused|torched)\s+(?:him|her|them|my|your|our)sel(?:f|ves)\b"
    r"|\bself[- ]?immolat",
    re.IGNORECASE,
)
SELF_FIRE_WORDS = frozenset({"set", "setting", "lit", "light", "lighting", "burn", "burnt", "burned", "burning", "torched"})
AVERTED_VIOLENCE = re.compile(
    r"\bto (?:prevent|avert|avoid|forestall|head off|stop) (?:any |a |an |further |possible )?"
    r"(?:violent|violence|clash(?:es)?|untoward|confrontations?)\b",
    re.IGNORECASE,
)
AVERTED_WORDS = frozenset({"violent", "violently", "clash", "clashes", "confrontation", "confrontations"})


def _words_only_told_with(doc: Doc, told: list[_Sentence], pattern: re.Pattern[str], words: frozenset[str]) -> set[str]:
    """Of ``words``, those the sentences tell only in sentences that ``pattern`` matches (a word
    any other sentence tells too is kept: "set himself on fire; others set a bus alight")."""
    hit = [x for x in told if pattern.search(x.text)]
    if not hit:
        return set()
    inside = set().union(*(span_words(doc, x.span.start, x.span.end) for x in hit)) & words
    return inside - set().union(*(span_words(doc, x.span.start, x.span.end) for x in told if x not in hit))


#: Round 21b (Asia sides): a crowd named by its stone throwing ("stone-pelting protesters", "a brick
#: throwing mob"), and the South Asian press's "chase and counter-chase" of a crowd and a force
CROWD_FRAY = re.compile(
    r"\b(?:stone|brick|rock)s?[- ]?(?:pelting|throwing|hurling|pelters)\b(?=\s+(?:protesters|protestors|demonstrators"
    r"|agitators|mobs?|crowds?|students|youths?|villagers|workers|activists|supporters)\b)"
    r"|\bchases? and counter[- ]?chases?\b",
    re.IGNORECASE,
)


#: Round 21b (Asia): barricades a force put up, or a force's own ("police barricades"): the force's
#: means of holding a crowd back, not the road-blocking material ACLED reads as a riot's
FORCE_BARRICADES = re.compile(
    r"\b(?:police(?:men)?|cops|security forces|security personnel|authorities|riot control)\b[^.;]{0,20}?"
    r"\b(?:put up|set up|erected|placed|raised|established|mounted|installed)\b[^.;]{0,15}?\bbarricades?\b"
    r"|\b(?:police|security) barricades?\b",
    re.IGNORECASE,
)


BARRICADE_WORDS = frozenset({"barricade", "barricades"})


def force_barricades_only(told: list[_Sentence]) -> bool:
    """Is every barricade the sentences tell one a force put up ("police set up barricades to stop
    the march") or the force's own ("pushed against the police barricades")? Then the barricades
    are no riot cue (a crowd's own barricades, told anywhere, keep theirs)."""
    shown = [x.text for x in told if "barricade" in x.text.lower()]
    return bool(shown) and all(
        len(FORCE_BARRICADES.findall(t)) >= len(re.findall(r"\bbarricades?\b", t, re.IGNORECASE)) for t in shown
    )


def _force_stops(text: str) -> bool:
    """A force told stopping, blocking or pushing back a protest's crowd (a cheap test on the
    sentence text; the force's own negation, "police did not stop them", keeps it out)."""
    if _names_no_force(text):
        return False
    m = FORCE_STOPS.search(text) or FORCE_MEETS.search(text)
    return m is not None and not re.search(r"\b(?:not|never|didn't|did not)\b", m.group(0), re.IGNORECASE)


# --- Round 17 (Asia leads): a force that handled a protest's crowd ----------------------------------
#: a force told breaking up, removing, stopping or holding a protest's crowd, in the words the South
#: Asian press uses ("police pacified the agitators", "baton-charged", "picked up by police",
#: "the rally was intercepted by police"): an intervention (ACLED), however peaceful the crowd
_HANDLED_VERBS = (
    r"pacified|chased away|chased off|drove away|drove off|baton-?charged|lathi-?charged|lathicharged|cane-?charged"
    r"|intercepted|obstructed|apprehended|picked up|rounded up|evicted|forcibly removed|removed|whisked away"
    # Round 21b (Asia sides): "police used mild force to scatter the marchers", "police used force
    # to stop them marching": force used on a crowd is an intervention (ACLED), however mild
    r"|used (?:mild |minor |some |minimal |excessive |brute |physical )?force|drive away|drive off|chase away|push back"
)
FORCE_HANDLED = re.compile(
    r"(?<!ex-)(?<!former )(?<!retired )\b(?:police(?:men)?|cops|security forces|security personnel)\b[^.;]{0,25}?"
    rf"\b(?:{_HANDLED_VERBS})\b"
    rf"|\b(?:{_HANDLED_VERBS}|driven away|chased)\b[^.;]{{0,30}}?\bby (?:the )?(?:\w+ )?(?:police(?:men)?|cops|security forces|security personnel)\b"
    r"|\b(?:lathi|baton|cane)[- ]?charge\w*\b[^.;]{0,10}?\bby (?:the )?(?:\w+ )?police\b",
    re.IGNORECASE,
)


def _force_handled(told: list[_Sentence]) -> str:
    """The force's act when a sentence tells a force breaking up, removing or stopping a crowd
    (gated by the cheap force-noun test; denied acts, "police did not remove them", do not count), else ""."""
    for x in told:
        if _names_no_force(x.text):
            continue
        m = FORCE_HANDLED.search(x.text)
        if m is not None and not re.search(r"\b(?:not|never|didn't|did not|no)\b", m.group(0), re.IGNORECASE):
            act = re.search(rf"\b(?:{_HANDLED_VERBS}|driven|chased|lathi|baton|cane)", m.group(0), re.IGNORECASE)
            return re.split(r"\W", act.group(0).lower())[0] if act else "police"
    return ""


# --- Round 15 (Kenya actors): the force a riot's crowd fought --------------------------------------
#: a force told as the one a crowd fought ("residents engaged police in running battles", "police
#: engaged the rioters", "battled the police")
FORCE_FOUGHT = re.compile(
    r"\b(?:engag(?:e|ed|es|ing)|battl(?:e|ed|es|ing)|fought|fighting)\s+(?:with\s+)?(?:the\s+)?(?:anti-riot\s+|riot\s+)?"
    r"(?:police(?:men)?|cops|security forces|security officers|officers)\b"
    r"|\b(?:police(?:men)?|cops|security forces)\s+(?:engaged|battled|fought)\b",
    re.IGNORECASE,
)


#: a force told taking part in a protest without its act told ("police were involved", "police
#: responded", "police tried to open the road", "police arrived"): the protest's other side (ACLED)
FORCE_INVOLVED = re.compile(
    r"\b(?:police|officers|security forces)\b[^.;]{0,15}\b(?:involved|involvement|responded|respond|tried to|attempted to"
    r"|moved in|arrived|called in|called to the scene|summoned)\b"
    r"|\b(?:police|security) involvement\b|\binvolvement of (?:the )?police\b",
    re.IGNORECASE,
)


def _force_involved(text: str) -> bool:
    """A force told taking part in a protest, not in the same breath denied ("no police were
    involved", "police did not respond")."""
    if _names_no_force(text):
        return False
    m = FORCE_INVOLVED.search(text)
    if m is None:
        return False
    before = text[max(0, m.start() - 12) : m.start()].lower()
    return not re.search(r"\b(?:not|never|no|without)\b", m.group(0) + " " + before, re.IGNORECASE)


def _force_fought(told: list[_Sentence]) -> bool:
    return any(FORCE_FOUGHT.search(x.text) for x in told)


#: two crowds told apart ("fights between ODM supporters and ...", "supporters of X and those of Y",
#: "two factions clashed"): then the crowd on both sides is two crowds, whatever force came
_CROWD_HEADS = r"(?:men|members|supporters|workers|activists|cadres|followers|loyalists)"
TWO_CROWDS = re.compile(
    r"\b(?:between|factions?|those of|each other|one another|rivals?|two groups|both sides)\b"
    # "Trinamool and BJP men clashed", "members of X clashed with members of Y"
    rf"|\b\w+ and \w+ {_CROWD_HEADS}\b|\b{_CROWD_HEADS}\b[^.;]{{0,60}}\bclash\w*\b[^.;]{{0,60}}\b{_CROWD_HEADS}\b",
    re.IGNORECASE,
)


def _force_side(
    sub_name: str, a1: ActorMention | None, a2: ActorMention | None, country: str | None, when: date | None,
    force_met: bool, crowds_clash: bool,
) -> ActorMention | None:
    """A riot's second side when a force is told stepping in or fighting the crowd ("rioting broke
    out; police intervened", "residents engaged police in running battles"): the force (unnamed, the
    country's police), not the crowd set against itself nor left empty (ACLED: rioters against the
    force that met them). Two crowds told fighting each other keep each other (``crowds_clash``)."""
    if not force_met or crowds_clash or a1 is None or a1.kind != "rioters":
        return a2
    if sub_name not in ("Violent demonstration", "Mob violence") or (a2 is not None and a2.kind != "rioters"):
        return a2
    if a2 is None and sub_name == "Mob violence":
        return a2
    name = state_actor_name(country, when, police=True) if country else "Police Forces"
    return ActorMention(name, "", 1, country, "police", 0, 0, 0, 0)


SHELLING = "Shelling/artillery/missile attack"
#: words that make shells or shelling a riot-control weapon's: "tear gas shells", "smoke shelling"
_CROWD_GAS_WORDS = frozenset({"tear", "gas", "teargas", "tear-gas", "smoke"})


def _crowd_gas(doc: Doc, trig: Token, first: int) -> bool:
    """Is the trigger ("shells", "shelling") a tear gas or smoke shell's, told in the three words before it?"""
    return any(t.lower_ in _CROWD_GAS_WORDS for t in doc[max(first, trig.i - 3) : trig.i])


def _striking_state(
    sub_name: str, a1: ActorMention | None, a2: ActorMention | None, country: str | None, when: date | None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """"Air strikes killed 12 militants of X in the valley": an air strike told with a non-state armed
    group as its only side was flown by the country's military (ACLED names the state's forces
    as the striker); a force or a foreign air force named in the text is kept as it was found."""
    if sub_name != "Air/drone strike" or country is None or (a1 is None) == (a2 is None):
        return a1, a2
    side = a1 if a1 is not None else a2
    if side is None or side.kind not in ("group", "unidentified", "communal") or side.inter not in (2, 3, 4):
        return a1, a2
    return ActorMention(state_actor_name(country, when), "", 1, country, "state", 0, 0, 0, 0), side


def _settle_roles(
    event_type: str, sub_name: str, a1: ActorMention | None, a2: ActorMention | None, country: str | None,
    victims: bool = False,
    watched: bool = False,
    when: date | None = None,
    hurt: bool = False,
    mutual: bool = False,
    deaths: bool = False,
    crowds_clash: bool = False,
    force_met: bool = False,
) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED's role conventions once the type is known: people in a protest are Protesters, in a
    riot Rioters; violence against civilians with no named perpetrator is by an Unidentified
    Armed Group, with the civilians as actor2."""
    label = country_name(country) if country else None

    def as_crowd(m: ActorMention, kind: str) -> ActorMention:
        title, inter = ("Protesters", 6) if kind == "protesters" else ("Rioters", 5)
        return replace(m, name=f"{title} ({label})" if label else title, inter=inter, kind=kind)

    def unidentified() -> ActorMention:
        name = f"Unidentified Armed Group ({label})" if label else "Unidentified Armed Group"
        return ActorMention(name, "", 3, country, "unidentified", 0, 0, 0, 0)

    def civilians() -> ActorMention:
        return _civilians(country)

    def civilians_like(m: ActorMention) -> ActorMention:
        return replace(m, name=f"Civilians ({label})" if label else "Civilians", inter=7, kind="civilians")

    crowd_kinds = {"civilians", "crowd", "protesters", "rioters"}
    if event_type not in ("Protests", "Riots"):
        # supporters or activists outside a protest or riot (arrested, shot at) are civilians
        a1, a2 = (civilians_like(m) if m is not None and m.kind == "crowd" else m for m in (a1, a2))
    if event_type == "Protests":
        if a1 is not None and a1.kind in crowd_kinds:
            a1 = as_crowd(a1, "protesters")
        if a2 is not None and a2.kind in crowd_kinds:
            a2 = as_crowd(a2, "protesters")
        if a1 is None or a1.kind not in crowd_kinds:
            # ACLED names the protesters as actor1; the force that intervenes is actor2
            crowd = a2 if a2 is not None and a2.kind in crowd_kinds else None
            other = a1
            a1 = crowd or ActorMention(f"Protesters ({label})" if label else "Protesters", "", 6, country, "protesters", 0, 0, 0, 0)
            a2 = other
        if sub_name == "Peaceful protest" and watched:
            # a force told standing by ("police were deployed") is there, though it did nothing (ACLED)
            if a2 is None or a2.kind not in ("police", "state"):
                name = state_actor_name(country, when, police=True) if country else "Police Forces"
                a2 = ActorMention(name, "", 1, country, "police", 0, 0, 0, 0)
        elif sub_name == "Peaceful protest":
            # ACLED: nobody meets a peaceful protest; whom it is against is no actor
            a2 = None
        elif a2 is None or a2.kind in crowd_kinds:
            # intervention and excessive force are by state forces by definition; unnamed, the police
            name = state_actor_name(country, when, police=True) if country else "Police Forces"
            a2 = ActorMention(name, "", 1, country, "police", 0, 0, 0, 0)
    elif event_type == "Riots":
        if a1 is not None and (
            a1.kind in ("crowd", "protesters", "rioters")
            or (a1.kind == "civilians" and (a2 is None or a2.kind != "civilians" or sub_name == "Mob violence"))
        ):
            # "residents torched the office": people who riot are the rioters, whatever they were before
            a1 = as_crowd(a1, "rioters")
        elif sub_name == "Violent demonstration" and a1 is not None and a1.kind == "unidentified" and a2 is None:
            # "assailants torched a bus": unnamed people rioting alone are the rioters
            a1 = as_crowd(a1, "rioters")
        if sub_name == "Violent demonstration" and a2 is not None and a2.kind == "civilians":
            # bystanders of a violent demonstration are not its second side (ACLED leaves it empty)
            a2 = None
        if not victims and sub_name == "Mob violence" and (a2 is None or a2.kind == "civilians") and a1 is not None and a1.kind == "rioters":
            # "two factions clashed": a crowd named once that clashes with itself is on both sides
            a2 = a1
        if a2 is not None and a2.kind in ("crowd", "protesters", "rioters"):
            a2 = as_crowd(a2, "rioters")
        if a1 is None or a1.kind != "rioters":
            if a2 is not None and a2.kind == "rioters":
                a1, a2 = a2, a1
            else:
                a1, a2 = ActorMention(f"Rioters ({label})" if label else "Rioters", "", 5, country, "rioters", 0, 0, 0, 0), a1 or a2
        if sub_name == "Mob violence" and a2 is not None and a2.kind == "unidentified":
            # "a mob lynched two men suspected of being in a gang": ACLED's mob violence is rioters
            # against rioters, forces or civilians; those a mob sets on, told only as armed or
            # suspected, are civilians (a named group or force keeps its code)
            a2 = civilians_like(a2)
        if (not victims or mutual) and sub_name in ("Mob violence", "Violent demonstration") and a2 is None and (
            sub_name == "Mob violence" or mutual
        ):
            # "clashes between two parties' workers", "delegates riot and battle each other": rioters on both sides
            a2 = a1
        if sub_name == "Mob violence" and a2 is None and victims:
            a2 = civilians()
        if sub_name == "Violent demonstration" and a2 is not None and a2.kind == "group" and a2.inter in (2, 3):
            # "members of the X sect riot", "riots over the killing of X's leader": a named group in a
            # riot is the rioters' affiliation (ACLED: an associated actor), not the other side
            a2 = None
        if crowds_clash and a1 is not None and a1.kind == "rioters" and (a2 is None or a2.kind in ("police", "state")):
            # "clashes between the workers of two parties; police were deployed": two crowds fighting
            # each other are rioters on both sides (ACLED); the force that came to part them is no side
            a2 = a1
        a2 = _force_side(sub_name, a1, a2, country, when, force_met, crowds_clash)
        if sub_name == "Violent demonstration" and a2 is None and deaths:
            # people killed in a riot, or a force told stepping in, with no second side named: the
            # force that put the riot down is the other side, unnamed the country's police (a police
            # force still when no country is known, as for a protest's intervention)
            name = state_actor_name(country, when, police=True) if country else "Police Forces"
            a2 = ActorMention(name, "", 1, country, "police", 0, 0, 0, 0)
    elif event_type in (VAC, EXPLOSIONS):
        if a1 is not None and a1.kind == "civilians" and (a2 is None or a2.kind != "civilians"):
            a1, a2 = a2, a1
        if event_type == VAC and a2 is not None and a2.kind in ("protesters", "crowd", "rioters"):
            # ACLED: violence against civilians has civilians as its target; a crowd it hits outside a
            # protest event ("police shoot protesters", typed an attack) is coded as civilians
            a2 = civilians_like(a2)
        if sub_name in PLANTED_SUBS and a2 is None and a1 is not None and a1.inter == 1:
            # state forces alone beside a bomb or mine are what it hit, not who set it
            a1, a2 = None, a1
        a1, a2 = _striking_state(sub_name, a1, a2, country, when)
        if a1 is None and (a2 is not None or event_type == VAC or sub_name != "Air/drone strike"):
            # ACLED: a bomb, shell or grenade nobody is named for is an unidentified armed group's
            a1 = unidentified()
        if a2 is None and (event_type == VAC or (hurt and sub_name != "Air/drone strike")):
            # ACLED: violence against civilians has the civilians as actor2, and so has a bomb that
            # hurt people no force or group is named among
            a2 = civilians()
    elif sub_name == "Armed clash" and a1 is not None and a2 is None and a1.inter in (1, 8):
        a2 = unidentified()
    elif sub_name == "Armed clash" and a1 is not None and a2 is None and a1.inter == 2 and country:
        # ACLED's rebels are groups fighting the state: a rebel group's fight with no other side
        # named is with the country's military
        a2 = ActorMention(state_actor_name(country, when), "", 1, country, "state", 0, 0, 0, 0)
    elif sub_name == "Disrupted weapons use" and len(named := [m for m in (a1, a2) if m is not None]) == 1 and named[0].inter == 1:
        # ACLED: the force that made a weapon safe is actor1; whose it was, when untold, an
        # unidentified armed group
        a1, a2 = named[0], unidentified()
    elif sub_name == "Armed clash" and a1 is None and a2 is not None and a2.inter in (1, 8):
        a1 = unidentified()
    elif sub_name == "Arrests":
        # ACLED: arrests are made by state forces (unnamed, the police) and the people held are the
        # other side (unnamed or unaffiliated, civilians), so an arrest always has two actors
        named = [m for m in (a1, a2) if m is not None]
        force = next((m for m in named if m.inter == 1), None)
        held = next((m for m in named if m is not force), None)
        if force is None and country:
            force = ActorMention(state_actor_name(country, when, police=True), "", 1, country, "police", 0, 0, 0, 0)
        if force is not None:
            a1, a2 = force, held or civilians()
    return a1, a2


ARREST_WORDS = {"arrest", "arrests", "arrested", "detained", "detention", "arresting"}
# words before an arrest that make it what the crowd protests or demands, not what police did to it
_DEMAND_WORDS = {"against", "demand", "demanded", "demanding", "demands", "release", "over", "non", "protest", "protesting", "condemning"}


def _arrests_demanded(doc: Doc, sentences: list[_Sentence]) -> set[str]:
    """Arrest words that are all a protest's topic ("against the arrest of", "release of arrested
    students", "demanded the arrest of the killers"); empty when any arrest is told as done."""
    found: set[str] = set()
    for x in sentences:
        if not span_words(doc, x.span.start, x.span.end) & ARREST_WORDS:
            continue  # (most sentences hold no arrest word: no Token per word made for them)
        for tok in x.span:
            if tok.lower_ not in ARREST_WORDS:
                continue
            before = {t.lower_ for t in doc[max(x.span.start, tok.i - 3) : tok.i]}
            topical = (
                bool(before & _DEMAND_WORDS)
                # "protested against the arrests of", "against the police for arresting their leader"
                or grievance_of(tok)
                or (tok.i + 1 < x.span.end and doc[tok.i + 1].lower_ == "of" and tok.pos_ == "NOUN")
                or tok.dep_ == "amod"
                or _demanded_above(tok)
                or _act_grieved(tok)
                or _others_arrested(tok)
            )
            if not topical:
                return set()
            found.add(tok.lower_)
    return found


#: Round 20b (Kenya sides): people held for a crime, not for the protest ("the owner of the club was
#: arrested", "police said they had arrested several gang members"): their arrest is no intervention
#: ("suspects" is left out: at a riot they are often the rioters police picked up)
_CRIME_ARRESTEES = {
    "owner", "owners", "thief", "thieves", "robber", "robbers", "killer", "killers",
    "gangster", "gangsters", "culprit", "culprits", "perpetrator", "perpetrators", "attacker", "attackers",
    "assailant", "assailants", "murderer", "murderers", "proprietor", "landlord",
}


def _others_arrested(tok: Token) -> bool:
    """Round 20b (Kenya sides): is the one arrested someone a crime is laid on rather than the
    crowd ("the owner was arrested", "police arrested gang members")? ACLED codes a protest with
    intervention only when the force acts on the protest itself."""
    held = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if tok.pos_ == "NOUN":
        held += [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
        ]
    return any(
        h.lower_ in _CRIME_ARRESTEES
        or (h.lower_ in ("members", "member") and any(c.lower_ in ("gang", "criminal") for c in h.lefts))
        for h in held
    )


#: Round 21b (Asia sides): a force's acts on people that a protest may be about
GRIEVED_ACTS = ARREST_WORDS | {"lathicharge", "lathi-charge", "baton-charge", "crackdown"}
#: words a grievance hangs from ("defend the rights of", "the whereabouts of", "upon hearing that")
#: ("protest" is left out: "a sit-in where protesters were arrested" tells the arrest met the protest)
_GRIEVANCE_HEADS = {
    "against", "demand", "demanded", "demanding", "demands", "release", "condemning", "condemn", "condemned",
    "denounce", "denouncing", "rights", "whereabouts", "solidarity", "hearing",
}
#: verbs that make their subject the cause of a protest ("the arrest triggered protests")
_CAUSE_LEMMAS = {"trigger", "spark", "prompt", "provoke", "ignite", "fuel", "cause"}


def _act_grieved(tok: Token, hops: int = 6) -> bool:
    """Round 21b (Asia sides): is a force's act word what a protest is about rather than what met it?
    It is the subject of a verb of causing ("the detention sparked protests") or sits, within a few
    steps up the parse and inside its own clause, under a word of grievance or demand ("to defend the
    rights of those detained", "upon hearing that activists were arrested", "condemning the charge")."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _CAUSE_LEMMAS:
        return True
    return _climbs_to(tok, _GRIEVANCE_HEADS, hops)


def _climbs_to(tok: Token, words: Collection[str], hops: int) -> bool:
    """Does a word of ``words`` stand above ``tok`` within ``hops`` steps up the parse, inside the
    word's own clause (the climb stops at the root or a joined verb)?"""
    for _ in range(hops):
        if tok.dep_ in ("ROOT", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in words:
            return True
    return False


def _demanded_above(tok: Token, hops: int = 6) -> bool:
    """Does the arrest word sit inside what a protest asks for ("demanded the release of the
    workers who were arrested")? Climbs the parse from the word, stopping at a clause of its
    own (the root or a joined verb: "they marched and were arrested")."""
    return _climbs_to(tok, _DEMAND_WORDS, hops)


def _target_words(tok: Token) -> set[str]:
    """Words of what the trigger acts on: its object ("attacked a school") or the object of its
    "on"/"against" ("an attack on a convoy"); empty when the parse names none."""
    out: set[str] = set()
    heads = [tok]
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ("open", "launch", "carry", "conduct", "mount"):
        heads.append(tok.head)  # "opened fire on a procession": the aim hangs from the light verb
    if tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
        # "raiders attack and kill civilians": verbs joined before one object share it
        heads += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "obj") and c.i != tok.i:
                out |= {t.lower_ for t in c.subtree}
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
                # "on 20 March" is a day, not an aim
                out |= {t.lower_ for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for t in g.subtree}
    return out


AFTER_WORDS = 4
"""How many words after a trigger stand for its aim when the parse gives it none."""


def _words_after(tok: Token) -> set[str]:
    """The noun phrase right after a trigger ("attack Kenyan village" in a headline the parse
    reads as one noun phrase): up to a few words, stopping at a preposition, verb or punctuation."""
    out: set[str] = set()
    doc = tok.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].lower_ in ("on", "against"):
        i += 1
    elif i + 1 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].pos_ == "VERB":
        i += 2  # "raiders attack and kill civilians": the verb joined to the trigger shares its aim
    for t in doc[i : min(len(doc), i + AFTER_WORDS)]:
        if t.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PART"):
            if t.lower_ == "of" and t.i > 0 and doc[t.i - 1].lower_ in PEOPLE_MEMBERS:
                # "ambushed and killed three members of a clan": whose members they are is the aim
                out |= {x.lower_ for x in doc[t.i + 1 : min(len(doc), t.i + 1 + AFTER_WORDS)] if x.pos_ != "PUNCT"}
            break
        out.add(t.lower_)
    return out


def _cue_evidence(doc: Doc, d: _Draft, cue: str) -> list[Evidence]:
    """The word that re-typed the report (a context cue beside the trigger), as evidence."""
    first = cue.split()[0]
    # (the words read from the LOWER column: a Token only for the one found)
    lower_col, strings = column(doc, LOWER), doc.vocab.strings
    for sent in d.sentences:
        for i in range(sent.span.start, sent.span.end):
            if strings[lower_col[i]] == first:
                tok = doc[i]
                return [_ev(doc, "sub_event_type", tok.idx, tok.idx + len(tok.text))]
    return []


#: words that open what people are held for: "arrested for the murder of", "suspected of killing"
CHARGE_WORDS = {"for", "of", "over", "suspected", "accused", "charged", "wanted"}


def _told_act(tok: Token) -> bool:
    """A verb told as done, not the charge a phrase or clause names: "arrested and beat him" but
    not "arrested for the murder of", "suspected of killing" or "men who shot a chief"."""
    return tok.pos_ == "VERB" and tok.dep_ not in ("relcl", "acl") and not _in_charge(tok)


def _in_charge(tok: Token) -> bool:
    return any(a.lower_ in CHARGE_WORDS for a in tok.ancestors)


def _charged(doc: Doc, f: CasualtyFigure) -> bool:
    """A toll told inside what people are held for ("suspected of killing", "for the murder of")."""
    span = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _in_charge(span.root)


def _actor(m: ActorMention | None) -> Actor | None:
    if m is None:
        return None
    # text is "" for an actor ACLED's conventions supply (unnamed protesters, an unknown group)
    return Actor(name=m.name, text=m.text, inter=m.inter, country=m.country, assoc=[])


LIGHT_VERBS = {"deliver", "carry", "launch", "conduct", "stage", "mount", "make", "execute", "perform", "unleash"}


def _head_word(m: ActorMention) -> str:
    words = m.text.lower().split()
    return words[-1] if words else ""


def _of_country(title: str, country: str | None) -> str:
    """ACLED's conventional actor name with its country: "Civilians (Kenya)", or the bare title
    when the country is unknown."""
    label = country_name(country) if country else None
    return f"{title} ({label})" if label else title


def _as_armed(m: ActorMention, country: str | None) -> ActorMention:
    name = _of_country("Unidentified Armed Group", country)
    return replace(m, name=name, inter=3, kind="unidentified", country=country)


def _civilians(country: str | None) -> ActorMention:
    """ACLED's conventional civilians of a country ("Civilians (Kenya)"), named by no words of the text."""
    return ActorMention(_of_country("Civilians", country), "", 7, country, "civilians", 0, 0, 0, 0)


def _communal_militia(country: str | None) -> ActorMention:
    """ACLED's unnamed identity militia of a country ("Unidentified Communal Militia (Kenya)"), inter 4."""
    return ActorMention(_of_country("Unidentified Communal Militia", country), "", 4, country, "communal", 0, 0, 0, 0)


def _as_civilians(m: ActorMention) -> ActorMention:
    return replace(m, name=_of_country("Civilians", m.country), inter=7, kind="civilians")


#: Round 21: the bombings whose casualties are the bomb's target (a bomber is seldom named)
_BOMB_SUBS = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})


def _hit(doc: Doc, m: ActorMention) -> bool:
    """Is the mention what the act hits (an object, a passive subject, 'the killing of X')?"""
    if m.end <= m.start:
        return False
    head = doc[m.end - 1]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.lower() in HARM_NOUNS  # "the killing of two activists"
    return head.dep_ in ("dobj", "obj", "nsubjpass")


#: acts by which a crowd sets on people by hand
CROWD_BLOW_LEMMAS = {"beat", "assault", "pelt", "stone", "lynch", "attack", "chase", "hack", "stab", "slap", "whip", "cane", "harass", "maul"}
ROAD_USERS = {"motorists", "motorist", "drivers", "driver", "commuters", "passengers", "travellers", "travelers", "motorcyclists"}
#: people by office or post a crowd may set on, beside the civilian nouns
STRUCK_PEOPLE = {"employee", "mp", "councillor", "candidate", "official", "officials", "principal", "chief", "manager", "owner", "priest", "pastor", "mca", "legislator", "lawmaker", "politician", "aspirant"}


def _passive_agent_of(doc: Doc, m: ActorMention) -> Token | None:
    """Round 15b (roles): for a mention that is a passive subject ("a trader was attacked and
    killed by a mob"), the agent phrase ('by X') of its verb or of a verb joined to it."""
    if m.end <= m.start:
        return None
    head = doc[m.end - 1]
    if head.dep_ != "nsubjpass":
        return None
    verb = head.head
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for c in v.children:
            if c.dep_ == "agent":
                return c
    return None


def _crowd_victim(doc: Doc, a1: ActorMention | None, a2: ActorMention | None) -> bool:
    """Round 15b (roles): "a trader was attacked by a mob; police intervened": the person a crowd
    set on, told as the passive subject of the act whose agent ('by X') is the crowd, is the mob's
    other side (ACLED: rioters against civilians), not the force that came to the rescue afterwards."""
    if a1 is None or a2 is None or a2.kind != "civilians" or a1.kind not in CROWD_KINDS or a1.end <= a1.start:
        return False
    agent = _passive_agent_of(doc, a2)
    return agent is not None and agent.left_edge.i <= a1.end - 1 <= agent.right_edge.i


#: Round 16b: what a crowd does to a person or a home it sets on
SET_ON_LEMMAS = frozenset(CROWD_BLOW_LEMMAS | {"injure", "burn", "torch"})
#: a home is someone's: "her house", "the home of the new MP"
OWN_HOMES = frozenset({"home", "homes", "house", "houses", "homestead"})
#: the doers a crowd is told by, beside the nouns the triggers read as crowds
CROWD_HEADS = frozenset(CROWD_SUBJECTS | MOB_PEOPLE | {"rioters", "mob", "mobs", "neighbours", "neighbors"})


def _acts(sents: list[_Sentence], lemmas: frozenset[str]) -> Iterator[tuple[Token, Token, str]]:
    """The verbs of the sentences whose lemma is in ``lemmas``, each with the verb of its clause (a
    verb joined by "and" with no subject of its own climbs to the first verb, whose subject it
    shares) and its lemma."""
    for x in sents:
        for t in x.span:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB" or lemma not in lemmas:
                continue
            verb = t
            while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head.i != verb.i:
                verb = verb.head
            yield t, verb, lemma


def _crowd_sets_on_one(sents: list[_Sentence]) -> str:
    """Round 16b: 'residents rioted, burnt down her house and beat her up', 'a candidate was injured
    by rioters': the verb by which a crowd (subject, or 'by' agent) sets on one person (a pronoun,
    a name, an office) or on one person's home, or "" if the text tells none. Verbs of burning
    count only with a home for object: "burnt tyres" is a riot's own act."""
    for t, verb, lemma in _acts(sents, SET_ON_LEMMAS):
        # ("rioted, burnt her house and beat her": the first verb's subject)
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # "rioted and burnt her home": the rioting's doers are the crowd, whatever the parse made its subject
        if not any(d.lower_ in CROWD_HEADS for d in doers) and not (verb is not t and verb.lower_ in RIOT_WORDS):
            continue
        for o in t.children:
            if o.dep_ not in ("dobj", "obj", "nsubjpass"):
                continue
            home = (
                o.lower_ in OWN_HOMES
                and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)
                and not any(c.lower_ == "own" for c in o.children)  # "burnt their own houses"
            )
            one = lemma not in ("burn", "torch") and (o.lower_ in ("him", "her") or o.ent_type_ == "PERSON" or o.lower_ in STRUCK_PEOPLE)
            if home or one:
                return t.lower_
    return ""


#: Round 17: others' goods a crowd wrecks in the street (vehicles, a convoy, traders' stalls)
STRUCK_GOODS = frozenset(VEHICLE_WORDS | {"convoy", "convoys", "motorcade", "kiosk", "kiosks", "stall", "stalls", "shop", "shops"})
#: Round 17: what a crowd does to such goods ("set" as in "set a bus ablaze")
GOODS_HARM_LEMMAS = frozenset(
    {"burn", "torch", "set", "smash", "stone", "pelt", "attack", "destroy", "vandalise", "vandalize", "wreck", "loot", "damage", "overturn"}
    | THROWN_LEMMAS
)


def _crowd_doer(verb: Token, t: Token) -> bool:
    """Round 17: is a crowd the doer of the act `t` (whose clause verb is `verb`): the subject of
    the verb or the 'by' agent of the act names a crowd noun ("a group of angry traders", "rioting
    youths", "by rioters")?"""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(t.lower_ in PARTISAN_HEADS for d in doers for t in d.subtree):
        # "party activists torched a bus": partisans' acts belong to their party's campaign (a strike
        # or a demonstration told elsewhere), not read as a mob's
        return False
    # "unknown people torched two buses": people told by no crowd noun of their own are no mob
    crowds = CROWD_HEADS - GENERIC_PEOPLE
    for d in doers:
        if d.lower_ in crowds:
            return True
        # "a group of boda boda operators": the crowd noun under the group's "of"
        if any(g.lower_ in crowds for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _crowd_sets_on_goods(sents: list[_Sentence]) -> str:
    """Round 17: 'a matatu was torched by rioting youths', 'traders stoned the convoy': the verb by
    which a crowd (subject, or 'by' agent) wrecks, burns or stones vehicles, a convoy or stalls of
    others, or "" if the text tells none. The caller asks for no demonstration told: a crowd that
    sets on property with no demonstration of its own is a mob (ACLED: mob violence)."""
    for t, verb, lemma in _acts(sents, GOODS_HARM_LEMMAS):
        # ("youths blocked the road and torched a bus": the first verb's subject)
        if not _crowd_doer(verb, t):
            continue
        hit = [o for o in t.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
        if lemma in THROWN_LEMMAS:
            # "threw stones at the convoy"
            hit += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
        if any(o.lower_ in STRUCK_GOODS for o in hit):
            return t.lower_
    return ""


def _struck_civilians(doc: Doc, a1: ActorMention | None, a2: ActorMention | None) -> bool:
    """Does the crowd set on people by hand: a person is the object of "beat", "pelted", "assaulted"
    whose subject is the crowd ("students pelted teachers with stones", "youths invade a hotel and
    assault an employee")? A crowd's blows at a force or a group are a fight, not read here."""
    crowd = a1 if a1 is not None and a1.kind in CROWD_KINDS else a2 if a2 is not None and a2.kind in CROWD_KINDS else None
    if crowd is None or crowd.end <= crowd.start or any(m is not None and m.kind in ARMED_KINDS for m in (a1, a2)):
        return False
    doer = doc[crowd.end - 1]
    if doer.dep_ != "nsubj":
        return False
    verbs = [doer.head, *(c for c in doer.head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(
        v.lemma_.lower() in CROWD_BLOW_LEMMAS and o.dep_ in ("dobj", "obj")
        and (o.lower_ in CIVILIAN_NOUNS or o.lower_ in STRUCK_PEOPLE or o.ent_type_ == "PERSON")
        # "blocked streets and stoned motorists": road users pelted at a barricade are the riot's bystanders
        and o.lower_ not in ROAD_USERS
        for v in verbs for o in v.children
    )


#: Round 17c: people by role or trade a crowd may set on, beside STRUCK_PEOPLE and the civilian nouns
HURT_PEOPLE = frozenset(STRUCK_PEOPLE | {
    "aide", "aides", "journalist", "journalists", "reporter", "reporters", "supporter", "supporters",
    "employees", "worker", "workers", "teacher", "teachers", "governor", "senator", "trader", "traders",
})
#: Round 17c: what a crowd does to a person it sets on ("attacks an aide", "injured a journalist")
HURT_LEMMAS = frozenset(CROWD_BLOW_LEMMAS | {"injure", "assault", "wound", "rough", "throw", "hurl"})
_HURT_GATE = re.compile(r"\b(?:attack|assault|beat|injur|pelt|ston|hack|stab|wound|harass|chase|slap|lynch|maul|whip|cane|rough|thr[eo]w|hurl)")
#: Round 17c: a person's convoy or car a crowd stones is set on that person ("stoned the senator's convoy")
_RIDES = frozenset({"convoy", "motorcade", "car", "vehicle"})


def _crowd_hurts_person(told: list[_Sentence]) -> bool:
    """Round 17c: does a riot's crowd set on a person: a verb of HURT_LEMMAS whose object is a
    person by role or trade ("attacked a county official", "injure party supporter", "assault an
    employee"), no force word in the object ("a police officer" is a force) nor in the doer? The
    rioters' victim is then the riot's other side (ACLED: rioters against civilians)."""
    for x in told:
        if not _HURT_GATE.search(x.text.lower()):
            continue
        for t in x.span:
            if t.pos_ != "VERB" or t.lemma_.lower() not in HURT_LEMMAS:
                continue
            verb = t
            while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
                verb = verb.head
            doers = [w.lower_ for c in verb.children if c.dep_ == "nsubj" for w in c.subtree]
            if FORCE_WORDS & set(doers):
                continue
            hit = [o for o in t.children if o.dep_ in ("dobj", "obj")]
            hit += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
            for o in hit:
                words = {w.lower_ for w in o.subtree}
                if o.lower_ in _RIDES and any(
                    w.ent_type_ == "PERSON" or w.lower_ in HURT_PEOPLE for w in o.subtree if w.i != o.i and w.dep_ in ("poss", "pobj", "compound", "appos")
                ):
                    return True
                if (o.lower_ in HURT_PEOPLE or o.lower_ in CIVILIAN_NOUNS) and not words & (FORCE_WORDS | {"policeman", "soldier", "guard", "guards"}) and o.lower_ not in ROAD_USERS:
                    return True
    return False


#: Round 20: what a mob does to the person it sets on ("lynched a suspect", "a man was beaten to death")
MOB_HARM_LEMMAS = frozenset(HURT_LEMMAS | {"lynch", "kill", "burn", "hack", "stab", "maul", "murder", "torture"})
#: Round 20: a person by sex, age or the wrong a mob holds him to have done
MOB_VICTIMS = frozenset(HURT_PEOPLE | CIVILIAN_NOUNS | {
    "suspect", "suspects", "thief", "thieves", "robber", "robbers", "gangster", "gangsters",
    "youth", "youths", "boy", "boys", "girl", "girls", "person", "persons", "individual", "elderly",
})
_MOB_FORCE_WORDS = frozenset(FORCE_WORDS | {"policeman", "policemen", "officer", "soldier", "guard", "guards", "askari"})


def _named_after(span: Span, m: ActorMention) -> bool:
    """Round 20: is the mention named only after the span ("... lynched a man. Police came."), or made
    up by a rule? A force named before it ("Police came to arrest a man; a mob attacked them") is
    who the span's pronouns point back to."""
    return m.end <= m.start or m.start >= span.end


def _mob_set_on_person(span: Span) -> bool:
    """Round 20: does the sentence tell a mob's harm to a person ("residents lynched a suspected
    thief", "a man was beaten to death by a mob"): a verb of MOB_HARM_LEMMAS whose object or passive
    subject is a person, no force word among its words ("stoned a police officer" sets on a force)?"""
    if not _HURT_GATE.search(span.text.lower()) and not re.search(r"\b(?:kill|burn|murder|tortur)", span.text, re.IGNORECASE):
        return False
    for t in span:
        if t.pos_ != "VERB" or t.lemma_.lower() not in MOB_HARM_LEMMAS:
            continue
        for o in t.children:
            if o.dep_ not in ("dobj", "obj", "nsubjpass"):
                continue
            if (o.lower_ in MOB_VICTIMS or o.ent_type_ == "PERSON") and not {w.lower_ for w in o.subtree} & _MOB_FORCE_WORDS:
                return True
    return False


#: a force's past deeds a crowd rises over ("the killing of a student by police", "police harassment",
#: "at the hands of police") and words of its grudge ("in protest", "displeasure with the police")
PROTESTED_DEEDS = {
    "killing", "killings", "death", "deaths", "shooting", "shootings", "murder", "harassment", "brutality",
    "hands", "beating", "assault", "excesses", "highhandedness", "extortion",
    "protest", "displeasure", "disappointment", "anger", "outrage", "protesting", "demonstrating",
    # wrongs a force is held to have done ("the rights violations committed by troops")
    "violation", "violations", "atrocity", "atrocities", "abuse", "abuses", "excess",
    # Round 20: what a force is blamed for not doing ("the failure of police to act on their reports")
    "failure", "inaction", "negligence", "laxity", "refusal", "reluctance",
}
#: Round 20: verbs that lay a wrong at a force's door ("accusing the police of shooting a hawker"):
#: the force they name is what the crowd rises over, not a side it met
_ACCUSING_LEMMAS = frozenset({"accuse", "blame", "fault"})
#: Round 20: buildings and grounds named after a force ("outside the police station", "the police
#: lines"): the force's word in their name is a place, not the force meeting the crowd
FORCE_PLACES = frozenset({
    "station", "stations", "post", "posts", "headquarters", "hq", "cells", "cell", "lines", "quarters",
    "canteen", "housing", "estate", "compound", "yard", "grounds",
})


#: Round 20: prepositions that tell where a crowd was ("outside the police station"), not what it set on
_WHERE_PREPS = frozenset({"outside", "near", "inside", "opposite", "around", "beside", "behind", "in", "to", "from", "towards", "at"})


def _force_place(doc: Doc, m: ActorMention) -> bool:
    """Round 20: is the force mention only the name of the place a crowd was at ("a crowd gathered
    outside the police station")? Its last word is the compound of a building or ground's noun that
    a preposition of place governs; a station the crowd set on ("stormed the police station",
    "threw stones at police stations") keeps its force as the crowd's other side."""
    if m.kind not in ("state", "police") or m.end <= m.start:
        return False
    tok = doc[m.end - 1]
    if not (tok.dep_ == "compound" and tok.head.i >= m.end and tok.head.lower_ in FORCE_PLACES):
        return False
    place = tok.head
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in _WHERE_PREPS:
        return False
    return not (prep.lower_ == "at" and prep.head.lemma_.lower() in THROWN_LEMMAS | {"fire", "shoot", "aim", "charge"})


def no_crowd_side(doc: Doc, m: ActorMention | None) -> bool:
    """A force named in a crowd event that did not meet the crowd: only in what it protests
    (:func:`protested_force`), only as a place's name (:func:`_force_place`) or in a sentence that
    tells it absent ("there was no report of a police presence")."""
    return m is not None and (
        protested_force(doc, m)
        or _force_place(doc, m)
        or (m.kind in ("state", "police") and m.end > m.start and FORCE_ABSENT.search(doc[m.start].sent.text) is not None)
    )


def protested_force(doc: Doc, m: ActorMention | None) -> bool:
    """Is a force named only inside what a crowd protests: under a deed or grudge word of
    PROTESTED_DEEDS, before any verb of its own ("riot in protest of the killing of a student by
    police", "to express displeasure with the police")? "Police dispersed them" is the force's own
    act: the walk stops at the first verb."""
    if m is None or m.kind not in ("state", "police") or m.end <= m.start:
        return False
    tok = doc[m.end - 1]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return False  # "police demonstrating over pay": the force is the clause's own doer
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _ACCUSING_LEMMAS:
        return True  # "accusing the police of killing a hawker"
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in PROTESTED_DEEDS:
            return True
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lower_ in PROTESTED_DEEDS:
            # "the violations perpetrated by troops", "the killing carried out by police": a participle
            # that tells who did the deed belongs to the deed
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


#: nouns for a group's people ("SLDF members", "cadres of the front")
MEMBER_NOUNS = {
    "member", "suspect", "fighter", "militant", "cadre", "rebel", "insurgent", "commander", "leader",
    "gunman", "man", "operative", "activist", "bodyguard", "guard", "recruit", "combatant",
}


#: people named by whom they belong to ("the wife of a soldier", "a policeman's son"): kin of
#: the forces are civilians (ACLED), not the forces' own dead
KIN_NOUNS = {
    "wife", "wives", "husband", "husbands", "son", "sons", "daughter", "daughters", "child", "children", "brother",
    "brothers", "sister", "sisters", "father", "fathers", "mother", "mothers", "parent", "parents", "relative",
    "relatives", "family", "families", "widow", "widows", "kin", "nephew", "niece", "cousin", "cousins", "uncle",
    "aunt", "grandson", "granddaughter", "grandchildren", "baby", "fiancee", "girlfriend", "boyfriend",
}
_FORCE_WHO = {"police", "soldiers"}


def _victims(doc: Doc, f: CasualtyFigure) -> str | None:
    """Who a figure's victims are, reading the forces' word in its place: "the wife of a soldier",
    "a soldier's brother" name a civilian by a soldier, so the victims are civilians."""
    if f.who not in _FORCE_WHO:
        return f.who
    span = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
    if span is None:
        return f.who
    for tok in span:
        if _FORCE_WHO_WORDS.get(tok.lower_) == f.who and _names_kin(tok):
            return "civilians"
    return f.who


def _names_kin(tok: Token) -> bool:
    """Is the word whose kin someone is ("a soldier's brother", "the wife of a soldier")?"""
    head = tok.head
    return (tok.dep_ == "poss" and head.lower_ in KIN_NOUNS) or (
        tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in KIN_NOUNS
    )


def _kin_of(doc: Doc, m: ActorMention) -> bool:
    """The mention names whose kin someone is ("a soldier's wife", "the son of a police officer")."""
    if m.end <= m.start:
        return False
    tok = doc[m.end - 1]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return _names_kin(tok)


_FORCE_WHO_WORDS = {
    w: who for who, ws in (
        ("soldiers", "soldier soldiers troops trooper troopers serviceman servicemen"),
        ("police", "police policeman policemen policewoman policewomen officer officers constable constables"),
    ) for w in ws.split()
}


def _members_hit(doc: Doc, m: ActorMention, trigger: Token) -> bool:
    """Is the group's mention, or the noun it names ("SLDF members", "members of the militia"),
    what the trigger's act hits: the trigger's object or passive subject, or the noun a
    headline's participle follows ("one Mungiki suspect killed")? Another verb's object ("accused
    the group of murdering civilians") is not hit."""
    if m.end <= m.start:
        return False
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    if tok.i != m.end - 1 and tok.lemma_.lower() not in MEMBER_NOUNS and tok.lower_ not in _FORCE_WHO_WORDS:
        # "after a Boko Haram invasion": the group names an act, not people hit ("two police
        # officers were attacked": the force's word names people, who were hit)
        return False
    if trigger.dep_ == "acl" and trigger.head.i == tok.i and trigger.tag_ == "VBN":
        # "8 suspected SLDF killed, 4 injured": the headline's participle, whatever verb the noun hangs from
        return True
    # the trigger or a verb joined to it ("shoots and injures an officer")
    verbs = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "conj"} | ({trigger.head.i} if trigger.dep_ == "conj" else set())
    if tok.dep_ in ("dobj", "obj", "nsubjpass"):
        return tok.head.i in verbs
    # "Four security officers killed": a headline's bare participle, with no auxiliary
    return tok.dep_ == "nsubj" and tok.head.i == trigger.i and _bare_participle(trigger)


def _bare_participle(trigger: Token) -> bool:
    """'Four security officers killed', Round 21: '5 SLDF members shot dead as they fled': a
    headline's participle with no auxiliary, and no object of its own, whose subject is who was hit
    (the tagger reads "shot" before "dead" as a past tense; "police shot dead two men" has an object)."""
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in trigger.children):
        return False
    return trigger.tag_ == "VBN" or (
        trigger.lower_ == "shot" and any(c.dep_ == "acomp" and c.lower_ == "dead" for c in trigger.children)
    )


#: harm a crowd can do with its hands: done "in protest" it is a violent demonstration
CROWD_HARM = {"Attack", "Armed clash", "Looting/property destruction", "Mob violence"}


def _in_protest(tok: Token) -> bool:
    """Is the act told as done 'in protest' ("burned the office in protest at the fees"), on its
    own verb or a verb joined to it, or by doers told as protesting ("women protesting the ban
    attacked two officials")?"""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj"), *((tok.head,) if tok.dep_ == "conj" else ())]
    return any(
        (p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() == "protest" for o in p.children))
        or (p.dep_ == "nsubj" and any(a.dep_ in ("acl", "relcl") and a.lemma_.lower() in PROTEST_VERBS for a in p.subtree))
        for v in verbs for p in v.children
    )


#: verbs that tell a crowd is demonstrating
PROTEST_VERBS = {"protest", "demonstrate", "march", "picket"}


def _does(doc: Doc, m: ActorMention, verb: Token) -> bool:
    """Is the mention the verb's own doer: its subject, or its agent in the passive ("attacked
    by demonstrators")? Not a subject of some other verb of the sentence."""
    if m.end <= m.start:
        return False
    head = doc[m.end - 1]
    if head.dep_ == "nsubj":
        return head.head.i == verb.i
    return head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i == verb.i


def _demonstrators_act(doc: Doc, a1: ActorMention | None, verb: Token) -> bool:
    """Round 13 (Asia): "party supporters set off a crude bomb", "activists hurled a petrol bomb":
    partisans who throw a bomb themselves riot (ACLED: violent demonstration); no armed group is
    named, so none is made up for them."""
    return a1 is not None and a1.kind == "crowd" and _head_word(a1) in PARTISAN_HEADS and _does(doc, a1, verb)


def _suspects_punished(doc: Doc, sents: list[_Sentence]) -> bool:
    """'residents lynched two suspected thieves', 'suspected witches were burnt': people named as
    suspects of a crime who are on the receiving end: an object or a passive subject (not the
    subject of an active verb, as in 'suspected robbers attacked a shop')."""
    for x in sents:
        for m in SUSPECTS_PUNISHED.finditer(x.text):
            span = doc.char_span(x.span.start_char + m.start(), x.span.start_char + m.end(), alignment_mode="expand")
            if span is not None and (
                span.root.dep_ in ("nsubjpass", "dobj", "obj", "pobj", "conj", "appos")
                # Round 20c: "set a suspected thief alight", "stoned a suspected robber to death" (the
                # sentence left unparsed, or the fire word taken for the object): what is done to them
                or _burnt_or_killed_after(doc, span.end)
            ):
                return True
    return False


#: words of a thing set burning, right after the people set burning
BURN_STATE_WORDS = frozenset({"alight", "ablaze", "afire", "aflame"})


def _burnt_or_killed_after(doc: Doc, i: int) -> bool:
    """The words right after position ``i`` tell people burnt or killed ("alight", "on fire", "to death")."""
    nxt = doc[i].lower_ if i < len(doc) else ""
    two = f"{nxt} {doc[i + 1].lower_}" if i + 1 < len(doc) else ""
    return nxt in BURN_STATE_WORDS or two in ("on fire", "to death")


def _civilian_in_battle(
    tok: Token, a1: ActorMention | None, a2: ActorMention | None, actors: list[ActorMention], sent: Span, country: str | None
) -> tuple[str, ActorMention | None, ActorMention | None]:
    """Round 18: ACLED's battles are fought between armed, organised sides, so civilians are no side
    of one. When a one-sided act ("killed", "attacked", "shot"; not a fight word) was typed a battle
    with civilians on a side: civilians it was done to are an attack's victims ("a member of the
    community was killed by forest rangers"); people in numbers who did it are a crowd (read as mob
    violence below); one man who did it ("a man posing as a customer shot a police officer") is an
    unidentified armed side, fighting the force or armed side he struck, attacking anyone else."""
    civ = a1 if a1 is not None and a1.kind == "civilians" else a2 if a2 is not None and a2.kind == "civilians" else None
    lemma = tok.lemma_.lower()
    if civ is None or lemma in RECIPROCAL_LEMMAS | GUNFIGHT_LEMMAS or tok.lower_ in RECIPROCAL_WORDS | _FIGHT_NOUNS:
        return "Armed clash", a1, a2
    other = a2 if civ is a1 else a1
    if other is not None and other.kind == "civilians":
        return "Armed clash", a1, a2
    doc = sent.doc
    by_other = other is not None and other.end > other.start and doc[other.end - 1].dep_ == "pobj" and doc[other.end - 1].head.lower_ == "by"
    if by_other or _syntactic_agent(tok, actors, sent) is not civ:
        # "the killing of a member of the community by forest rangers": the "by" phrase names the doer
        return "Attack", other, civ
    if _many_unarmed(civ):
        return "Attack", civ, other
    armed = ActorMention(_of_country("Unidentified Armed Group", country), civ.text, 3, country, "unidentified", civ.start, civ.end, civ.char_start, civ.char_end)
    if other is not None and other.kind in ARMED_KINDS:
        return "Armed clash", armed, other
    return "Attack", armed, other


def _force_and_civilians(a1: ActorMention | None, a2: ActorMention | None) -> bool:
    """Round 18b: is one side a state force (inter 1) and the other civilians (inter 7)?"""
    return a1 is not None and a2 is not None and {a1.inter, a2.inter} == {1, 7}


def _many_unarmed(m: ActorMention) -> bool:
    """'residents', 'angry villagers': people in numbers with no sign of arms or organisation
    (one man, 'unidentified' or 'armed' people are not a mob)."""
    words = m.text.lower().split()
    head = words[-1] if words else ""
    # "fishermen", "tribesmen": plurals in -men are people in numbers as much as "residents" are
    plural = head.endswith("s") or (head.endswith("men") and head != "men")
    return plural and head not in ("men", "others") and not {"armed", "unidentified", "unknown"} & set(words)


def _actors_under(head: Token, actors: list[ActorMention]) -> list[ActorMention]:
    """The actor mentions with a token in ``head``'s subtree. The subtree lies within its edges, so
    mentions outside them are dropped before the subtree is walked (most heads hold none)."""
    lo, hi = head.left_edge.i, head.right_edge.i
    near = [m for m in actors if m.start <= hi and m.end > lo]
    if not near:
        return near
    idx = subtree_ids(head)
    return [m for m in near if any(i in idx for i in range(m.start, m.end))]


def _syntactic_agent(tok: Token, actors: list[ActorMention], sent: Span) -> ActorMention | None:
    """The actor the parse makes the trigger's doer: its subject, a governing verb's subject,
    'by X', or a modifier as in 'an ISIS attack'."""

    def in_subtree(head: Token) -> list[ActorMention]:
        return _actors_under(head, actors)

    if (own := _participle_agent(tok, actors)) is not None:
        return own
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("nsubj", "agent") or (cur.i == tok.i and c.dep_ in ("compound", "poss")):
                found = in_subtree(c)
                if found:
                    return found[0]
        if cur.head.i == cur.i or not (sent.start <= cur.head.i < sent.end):
            break
        cur = cur.head
    # "were shot and killed by the Taliban": the agent hangs from the verb joined to the trigger
    for v in tok.children:
        if v.dep_ == "conj" and v.pos_ == "VERB":
            for c in v.children:
                if c.dep_ == "agent" and (found := in_subtree(c)):
                    return found[0]
    # "a woman was killed when Pokot raiders invaded the village": a passive toll with no 'by X'
    # is done by whoever does the act its when-clause tells
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        for v in (tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            for clause in v.children:
                if clause.dep_ != "advcl" or not any(m.lower_ in _WHEN_MARKS and m.dep_ in ("advmod", "mark") for m in clause.children):
                    continue
                for c in clause.children:
                    if c.dep_ == "nsubj" and (found := [m for m in in_subtree(c) if m.kind != "civilians"]):
                        return found[0]
    return None


def _participle_agent(tok: Token, actors: list[ActorMention]) -> ActorMention | None:
    """Round 15b (roles): "an IED planted by Al Shabaab", "bullets fired by the militia": the agent
    of a participle that tells of the trigger's own weapon or act is its doer."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent" and (found := _actors_under(a, actors)):
                    return found[0]
    return None


_WHEN_MARKS = {"when", "as", "after", "while"}


#: Round 17: acts that strike at people, read when a force is their object
STRIKE_AT_LEMMAS = frozenset({"kill", "shoot", "wound", "injure", "attack", "stab", "hack", "assault", "ambush", "murder", "abduct", "kidnap"})


def _force_struck(doc: Doc, trig: Token, m: ActorMention | None) -> bool:
    """Round 17: is the state or police mention `m` what the act strikes, the object or passive
    subject of a striking verb ("shot and injured a police officer", "an officer was hacked"), with
    the force not the act's own doer?"""
    if m is None or m.kind not in ("state", "police") or m.end <= m.start or _doer_in(trig, m):
        return False
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "a police officer", "their guard, a police officer"
    return tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in STRIKE_AT_LEMMAS


def _doer_in(tok: Token, m: ActorMention) -> bool:
    """Is the act's own subject (the noun a 'who' stands for; the subject of the clause a participle
    hangs from) the mention itself, not a word inside another doer ("an explosive fixed to a military
    truck killed three soldiers")?"""
    for cur in (tok, tok.head):
        for c in cur.children:
            if c.dep_ == "nsubj":
                doer = cur.head if c.lower_ in ("who", "that") and cur.dep_ == "relcl" else c
                # "a police officer": the mention may be the noun's own modifier
                return any(m.start <= t.i < m.end for t in (doer, *(x for x in doer.children if x.dep_ in ("compound", "amod"))))
        if cur.dep_ not in ("advcl", "conj", "xcomp"):
            break
    return False


BODY_NOUNS = {"body", "bodies", "remains", "corpse", "corpses"}
FINDING_LEMMAS = {"find", "discover", "recover", "retrieve", "exhume", "stumble", "spot", "notice"}


def _body_of(tok: Token, actors: list[ActorMention]) -> ActorMention | None:
    """Round 15b (roles): "the body of a police officer": the mention whose body the trigger is."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj" and (found := _actors_under(g, actors)):
                    return found[0]
    return None


def _finder(doc: Doc, m: ActorMention, tok: Token) -> bool:
    """Round 15b (roles): is the mention who found the body ``tok`` ("residents discovered the
    body", "the body was found by herders")?"""
    verb = tok.head
    if m.end <= m.start or verb.lemma_.lower() not in FINDING_LEMMAS or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    head = doc[m.end - 1]
    return (head.dep_ == "nsubj" and head.head.i == verb.i) or (
        head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i == verb.i
    )


def _agent_elsewhere(doc: Doc, m: ActorMention, tok: Token) -> bool:
    """Round 15b (roles): is the mention the 'by' agent of a verb in a clause of its own ("after he
    was released by police", "a man who was arrested by police"), not of the trigger nor of a verb
    joined to it?"""
    if m.end <= m.start:
        return False
    head = doc[m.end - 1]
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return False
    verb = head.head.head
    # a clause of its own ("after he was freed by police"), or one told of the victim ("a man who
    # was released by police was killed"); not of a thing ("an IED planted by Al Shabaab": the doer's)
    if verb.i == tok.i or not (verb.dep_ == "advcl" or (verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "nsubjpass")):
        return False
    joined = {tok.i, tok.head.i, *(c.i for c in tok.children if c.dep_ == "conj")}
    return verb.i not in joined and verb.head.i != verb.i and tok.i not in {t.i for t in verb.subtree}


def _stray_agent(tok: Token, actors: list[ActorMention]) -> ActorMention | None:
    """Round 18b (actors): "civilians were killed in and around the town by government forces": the
    'by' phrase of a passive act that the parse hangs on a place or a noun inside the act's clause,
    not on the verb, still names its doer (an armed side; people are not read so)."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return None
    lo, hi = tok.left_edge.i, tok.right_edge.i
    doc = tok.doc
    for m in actors:
        if m.kind not in ("state", "police", "group", "unidentified", "communal") or m.start <= tok.i or m.end > hi + 1:
            continue
        head = doc[m.end - 1]
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        by = head.head
        if head.dep_ == "pobj" and by.lower_ == "by" and lo <= by.i <= hi and by.head.pos_ not in ("VERB", "AUX"):
            return m
    return None


def _pick_actors(tok: Token, actors: list[ActorMention], sent: Span) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1: the trigger's agent (its subject, a governing verb's subject, 'by X', or a modifier
    as in 'an ISIS attack'); actor2: another actor, preferably in the trigger's own clause."""
    if not actors:
        return None, None

    def in_subtree(head: Token) -> list[ActorMention]:
        return _actors_under(head, actors)

    if tok.lemma_.lower() in BODY_NOUNS:
        # "the body of a soldier was found by residents": whose body it is was hit, who found it is no side
        actors = [m for m in actors if not _finder(sent.doc, m, tok)]
        if (dead := _body_of(tok, actors)) is not None:
            return None, dead
        if not actors:
            return None, None
    agent = _syntactic_agent(tok, actors, sent)
    doers = False
    others = [m for m in actors if m is not agent and (agent is None or m.name != agent.name)]
    if agent is not None and (done := [m for m in others if _agent_elsewhere(sent.doc, m, tok)]):
        # "after the suspect was freed by police, he was killed by vigilantes": who did another,
        # earlier act is no side of this one
        others = [m for m in others if m not in done]
    if agent is not None and (joint := _joined_to(sent.doc, agent, others)) and len(joint) < len(others):
        # "GSU and police attacked villagers": sides joined by "and" in the subject share the verb's
        # role, so the one joined to the doer is on its side, and the other side is what they acted on
        others = [m for m in others if m not in joint]
    if agent is None and (far := _stray_agent(tok, others)) is not None:
        agent = far
        others = [m for m in others if m is not agent and m.name != agent.name]
    if agent is None:
        before = [m for m in others if m.end <= tok.i]
        if before and (before[-1].kind != "civilians" or (doers := _verb_joined_to(tok, before[-1]))):
            agent = before[-1]
            # the people who act may be named as those they act on are ("Civilians (X)")
            others = [m for m in others if m is not agent and (m.name != agent.name or doers)]
    own = [m for m in in_subtree(tok.head) if m in others]
    candidates = own or others
    target = candidates[0] if candidates else None
    if agent is None:
        if target is None:
            return None, None
        # "clashes between police and activists": the actor joined to the first by "and" is the other side
        doc = sent.doc
        # in a fight both named sides are its actors: "a gun battle between police and Al Shabaab
        # militants" joins the name through the noun it modifies (a list of victims is no such pair)
        fight = (tok.head if tok.dep_ == "compound" else tok).lemma_.lower() in RECIPROCAL_LEMMAS | GUNFIGHT_LEMMAS
        first = {*range(target.start, target.end), *((_phrase_head(doc, target).i,) if fight else ())}
        # "a clash between workers of the Morcha and police personnel": the parse often joins the second
        # side to the name the first side's "of" phrase gives, not to the first side's noun (a second
        # named body there is a second affiliation of the same people: "activists of X and Y")
        of_name = {
            g.i for p in _phrase_head(doc, target).children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"
        } if fight else set()
        joined = next(
            (
                m for m in candidates[1:]
                if any(
                    t.dep_ == "conj" and (t.head.i in first or (t.head.i in of_name and m.kind != "group"))
                    for t in (*doc[m.start : m.end], *((_phrase_head(doc, m),) if fight else ()))
                )
            ),
            None,
        )
        return target, joined
    return agent, target


def _verb_joined_to(tok: Token, m: ActorMention) -> bool:
    """Round 21b (Kenya sides): "Residents of Kibera attack and kill a man": a headline whose first
    verb the tagger reads as a noun hangs the next verb on the people as "and" joined to them; the
    people the verb is joined to are its doers, not the ones it hits."""
    doc = tok.doc
    if tok.pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "and":
        # "attack and kill": the act word read as a noun, the verb after "and" carries the clause
        tok = doc[tok.i + 2]
    return tok.dep_ == "conj" and tok.pos_ == "VERB" and m.start <= tok.head.i < m.end


AFTER_SIDED = PROTEST_SUBS | {"Violent demonstration", "Arrests"}
#: Round 20b (Kenya sides): a mob's killing or beating of one it accuses, told by name
_LYNCH = re.compile(r"\blynch|\bmob justice\b|\bjungle justice\b", re.IGNORECASE)
GUNFIGHT_LEMMAS = {"firefight", "gunfight", "shootout", "gunbattle", "exchange"}


# acts only a police force does to a crowd: told with no force named, the police did them
_POLICE_ACTS = {
    "arrested", "arrests", "detained", "teargas", "tear-gas", "dispersed", "disperse", "lathicharged", "lathi-charged",
    "baton-charged", "cannon", "cannons",
}


def _police_acts(doc: Doc, words: set[str], sents: list[_Sentence]) -> bool:
    """Were arrests, tear gas or a dispersal told ("six were arrested", "the crowd was dispersed")?
    Arrests the crowd demands or protests about were not made at it."""
    acts = (words & _POLICE_ACTS) - _arrests_demanded(doc, sents)
    return bool(acts) or {"tear", "gas"} <= words or {"rubber", "bullets"} <= words


# what a force does to a crowd, as the verb it is the subject (or "by" agent) of
_FORCE_VERBS = {
    "fire", "shoot", "use", "disperse", "beat", "injure", "kill", "arrest", "detain", "lob", "charge", "intervene",
    "hurt", "wound", "attack", "assault", "chase", "repulse", "lathicharge", "break", "teargas", "open",
}


#: harm done to people at a demonstration that makes force used on it excessive (ACLED)
_HURT_LEMMAS = frozenset({"kill", "shoot", "die", "wound", "injure"})
_DEMO_PEOPLE = frozenset({"protester", "demonstrator", "protestor"})
_DEMO_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "procession"}) | _DEMO_PEOPLE


def _protesters_hurt(sents: list[_Sentence], trig: Token) -> bool:
    """'a student was killed during the protests', 'police shot two demonstrators', 'opened fire on
    protesters': people hurt at the demonstration itself; a killing the crowd protests ('protested
    the shooting of a rider') is its topic, not what met it."""
    for t in _harm_verbs(sents, trig, _HURT_LEMMAS | {"fire"}):
        hurt = {w.lower_ for c in t.children if c.dep_ in ("dobj", "nsubjpass") for w in c.subtree}
        by = {w.lemma_.lower() for c in t.children if c.dep_ == "agent" for w in c.subtree}
        if hurt & FORCE_WORDS or by & (_DEMO_NOUNS | {"crowd", "mob", "youth", "rioter"}):
            continue  # officers hurt, or people hurt by the crowd: the crowd's own violence
        for c in t.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEMO_PEOPLE and t.lemma_.lower() != "fire":
                return True  # "shot two protesters", "protesters were wounded"
            if c.dep_ == "prep" and c.lower_ in ("during", "in", "at", "on") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _DEMO_NOUNS for g in c.children
            ) and (t.lemma_.lower() != "fire" or c.lower_ == "on"):
                return True  # "killed during protests", "opened fire on demonstrators"
    return False


def _harm_verbs(sents: list[_Sentence], trig: Token, lemmas: set[str] | frozenset[str]) -> Iterator[Token]:
    """The verbs of ``lemmas`` in the sentences that tell an act at the demonstration itself: not
    what the protest is about or its cause ("protested the shooting of a rider"), no relative
    clause telling who someone is ("a man who died in custody"), nothing negated."""
    topic = protest_topic(trig) | protest_cause(trig)
    doc = trig.doc
    for x in sents:
        for i in _lemma_hits(doc, x.span.start, x.span.end, lemmas):
            t = doc[i]
            if t.pos_ != "VERB" or t.i in topic or grievance_of(t):
                continue
            if t.dep_ in ("relcl", "acl") or any(c.dep_ == "neg" for c in t.children):
                continue
            yield t


#: Round 19: the verbs of harm that make a force's act on a crowd excessive force (a wound or a death)
_FORCE_HARM_LEMMAS = frozenset({"kill", "wound", "injure"})


#: Round 21: a force meeting a crowd with live rounds ("police responded with live fire",
#: "officers used live bullets"): the force named before the weapon in the same clause
LIVE_FIRE = re.compile(
    r"\b(?:police|policemen|officers|soldiers|troops|army|gsu|security forces)\b[^.;]{0,40}?"
    r"\blive\s+(?:fire|bullets|rounds|ammunition)\b",
    re.IGNORECASE,
)


def _force_hurt_people(sents: list[_Sentence], trig: Token) -> bool:
    """Round 19: 'three people were injured by the police as they protested', 'police shot and
    injured two mourners', 'police fired at the crowd, injuring two': the force that met the
    demonstration wounded or killed people itself (ACLED: excessive force against protesters).
    The force must be the verb's agent or subject (its own or, for a joined or trailing verb, its
    head's); officers hurt, a killing the crowd protests and a denied act do not count."""
    for t in _harm_verbs(sents, trig, _FORCE_HARM_LEMMAS):
        hurt = {w.lower_ for c in t.children if c.dep_ in ("dobj", "nsubjpass") for w in c.subtree}
        if hurt & FORCE_WORDS:
            continue  # officers hurt: the crowd's violence, read elsewhere
        by = {w.lower_ for c in t.children if c.dep_ == "agent" for w in c.subtree}
        doer = t.head if t.dep_ in ("conj", "advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) else t
        if by & FORCE_WORDS or any(c.dep_ == "nsubj" and c.lower_ in FORCE_WORDS for c in doer.children):
            return True
    return False


#: Round 20: the press at an event, and what a force does to them ("assaulted a photographer")
_PRESS_LEMMAS = frozenset({"journalist", "reporter", "correspondent", "photographer", "cameraman", "photojournalist"})
#: the crowd at a demonstration, as lemmas ("the students", "a crowd of youths")
_CROWD_LEMMAS = frozenset({"crowd", "mob", "student", "youth", "resident", "supporter", "rioter", "marcher", "trader"})
_PRESS_HARM_LEMMAS = frozenset({"assault", "beat", "attack", "shoot", "injure", "wound", "kill", "whip", "kick", "slap", "manhandle"})


def _force_hits_press(sents: list[_Sentence], trig: Token) -> str:
    """Round 20: 'a reporter covering the rally was assaulted by police', 'officers beat two
    journalists': the press word a force's act of harm fell on (its object or passive subject),
    the force its subject or 'by' agent; '' when none. A journalist the crowd harmed, or the harm
    the protest is about, does not count; nor does the press beaten beside the crowd itself ("beat
    the protesters and the reporters with them": force used on the demonstration)."""
    press = ""
    for t in _harm_verbs(sents, trig, _PRESS_HARM_LEMMAS):
        # the people struck and those joined to them ("protesters and reporters"), not who they were
        # filming ("journalists who were filming the protesters")
        struck = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        hurt = [w for c in struck for w in (c, *c.conjuncts)]
        if any(w.lemma_.lower() in _DEMO_PEOPLE | _CROWD_LEMMAS for w in hurt):
            return ""
        # ("correspondent Jane Doe", "Jane Doe, a reporter": the title beside the name)
        titled = [n for w in hurt for n in (w, *(c for c in w.children if c.dep_ in ("compound", "appos")))]
        named = sorted(w.lower_ for w in titled if w.lemma_.lower() in _PRESS_LEMMAS)
        if not named:
            continue
        by = {w.lower_ for c in t.children if c.dep_ == "agent" for w in c.subtree}
        doer = t.head if t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) else t
        subj = {w.lower_ for c in doer.children if c.dep_ == "nsubj" for w in c.subtree}
        if (by | subj) & FORCE_WORDS and not (by | subj) & CROWD_HEADS:
            press = press or named[0]
    return press


#: Round 20: a gathering of others a crowd can break up, and the verbs that tell it did
_GATHERINGS = frozenset({"rally", "meeting", "campaign", "celebration", "ceremony", "function", "gathering", "baraza", "tour"})
_DISRUPT_LEMMAS = frozenset({"disrupt", "invade", "break"})
#: verbs whose infinitive is only an aim or a threat ("threatened to disrupt the rally")
_UNREALISED_HEADS = frozenset({"threaten", "plan", "vow", "warn", "intend", "promise", "want", "plot", "threat"})


def _gathering_disrupted(sents: list[_Sentence], trig: Token) -> str:
    """Round 20: 'youths disrupted a rival's rally', 'the meeting was broken up by a crowd', 'tried to
    disrupt the celebrations and were driven back': the gathering word a crowd's act broke into (its
    object, or the passive subject); '' when none. A police act ('police broke up the meeting' is
    the force's intervention) and an aim only threatened or planned do not count."""
    for t in _harm_verbs(sents, trig, _DISRUPT_LEMMAS):
        if t.lemma_.lower() == "break" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
            continue
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _UNREALISED_HEADS:
            continue
        hit = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _GATHERINGS]
        if not hit:
            continue
        by = {w.lower_ for c in t.children if c.dep_ == "agent" for w in c.subtree}
        doer = t.head if t.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) else t
        subj = {w.lower_ for c in doer.children if c.dep_ == "nsubj" for w in c.subtree}
        if (by | subj) & FORCE_WORDS:
            continue
        return hit[0].lower_
    return ""


#: the force's verbs of killing, and the words that make "shot" a killing ("shot dead")
_KILL_LEMMAS = frozenset({"kill", "shoot"})
_DEAD_WORDS = frozenset({"dead", "kill", "killed", "killing"})


def _force_killed(sents: list[_Sentence], trig: Token) -> bool:
    """'police lobbed teargas at the crowd and shot dead two of them', 'police shot and killed a man
    as they dispersed the protesters': the force that met the protest killed someone itself (ACLED:
    lethal force on a demonstration is excessive force, however the victims are named). Only the
    force's own verb counts: a killing the crowd protests is its topic, and a killing told of
    someone else ("a man killed by gunmen") is none of the force's doing."""
    for t in _harm_verbs(sents, trig, _KILL_LEMMAS):
        near = {c.lower_ for c in t.children} | {c.lower_ for c in t.head.children if t.dep_ == "conj"} | {t.lower_}
        if t.lemma_.lower() == "shoot" and not near & _DEAD_WORDS:
            continue  # "shot in the air", "shot teargas": no one killed
        doer = t.head if t.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in t.children) else t
        if any(c.dep_ == "nsubj" and c.lower_ in FORCE_WORDS for c in doer.children):
            return True
    return False


def _force_acted(sents: list[_Sentence]) -> list[_Sentence]:
    """The sentences where police or troops act on the crowd ("police fired tear gas", "two were shot
    by police"); a force named in what the protest is about ("died in police custody") does not act."""
    out = []
    for x in sents:
        for t in x.span:
            if t.lower_ not in FORCE_WORDS or grievance_of(t):
                continue
            verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else t.head if t.dep_ == "nsubj" else None
            if verb is not None and verb.lemma_.lower() in _FORCE_VERBS and not any(c.dep_ == "neg" and c.head.i == verb.i for c in x.span):
                out.append(x)
                break
    return out


def _name_only_words(doc: Doc, sents: list[_Sentence]) -> set[str]:
    """Lower-case words the sentences use only as capitalised proper nouns ("Burnt Forest"), never
    otherwise: read from the doc's LOWER, POS and IS_TITLE columns, not a Token per word."""
    low, pos, title = column(doc, LOWER), column(doc, POS), column(doc, IS_TITLE)
    named: set[int] = set()
    other: set[int] = set()
    for x in sents:
        for i in range(x.span.start, x.span.end):
            if pos[i] != PROPN:
                other.add(low[i])
            elif title[i]:
                named.add(low[i])
    strings = doc.vocab.strings
    return {strings[h] for h in named - other}


def _denied_words(sents: list[_Sentence]) -> set[str]:
    """Words of acts the text says did not happen: a negated verb ("did not intervene"), a verb it
    governs ("did not attempt to arrest"), a noun under "no" ("no arrests were made")."""
    out: set[str] = set()
    if not sents:
        return out
    # (the tests read the doc's LOWER, DEP and HEAD columns: no Token per word)
    doc = sents[0].span.doc
    strings = doc.vocab.strings
    low, dep, head = column(doc, LOWER), column(doc, DEP), heads(doc)
    neg, det, pobj, xcomp = (strings[w] for w in ("neg", "det", "pobj", "xcomp"))
    no, without, of, devoid, free = (strings[w] for w in ("no", "without", "of", "devoid", "free"))
    for x in sents:
        words = range(x.span.start, x.span.end)
        # read from the heads: a sentence the fast path left unparsed has no reliable child links
        denied = {head[i] for i in words if dep[i] == neg or (dep[i] == det and low[i] == no)}
        # "devoid of police presence and running battles", "without violence": what a place or
        # a crowd was without, and what is joined to it, did not happen
        lacked = [
            doc[i] for i in words
            if dep[i] == pobj and (low[head[i]] == without or (low[head[i]] == of and low[head[head[i]]] in (devoid, free)))
        ]
        while lacked:
            t = lacked.pop()
            if t.i not in denied:
                denied.add(t.i)
                lacked.extend(c for c in t.children if c.dep_ == "conj")
        if denied:
            out.update(strings[low[i]] for i in words if i in denied or (dep[i] == xcomp and head[i] in denied))
    return out


def _joined_to(doc: Doc, agent: ActorMention, others: list[ActorMention]) -> list[ActorMention]:
    """The mentions coordinated with the agent in a verb's subject ("soldiers and police
    attacked", "police and soldiers clashed with militants"): their heads are conjuncts of one
    another's. Sides joined after "between", or as the whole of a fight ("police and youths
    clashed"), stay apart."""
    if agent.end <= agent.start:
        return []
    head = _phrase_head(doc, agent)
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    verb = top.head
    if top.dep_ not in ("nsubj", "nsubjpass") or (
        verb.lemma_.lower() in RECIPROCAL_LEMMAS | GUNFIGHT_LEMMAS
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in verb.children)
    ):
        return []
    group = {top.i} | {t.i for t in top.subtree if t.dep_ == "conj" and t.head.i in {top.i, *(c.i for c in top.subtree if c.dep_ == "conj")}}
    if head.i not in group:
        return []
    return [m for m in others if m.end > m.start and _phrase_head(doc, m).i in group]


def _sides(doc: Doc, ms: list[ActorMention]) -> int:
    """How many sides the mentions are, those joined by "and" in one phrase counting as one."""
    seen: list[ActorMention] = []
    n = 0
    for m in ms:
        if not any(m in _joined_to(doc, x, [m]) for x in seen):
            n += 1
        seen.append(m)
    return n


_NEGATORS = frozenset({"not", "n't", "never"})
_NEGATOR_RE = re.compile(r"\b(?:not|never)\b|n't", re.IGNORECASE)
_AUX_WORDS = frozenset({"did", "does", "do", "was", "were", "is", "are", "had", "has", "have", "could", "would", "will"})


def _denied_act(doc: Doc, m: ActorMention) -> bool:
    """'The police did not intervene', 'no police were present': a force whose own act the text
    denies took no part. Read from the words (an unparsed sentence has no dependency links)."""
    if m.end <= m.start:
        return False
    if m.start > 0 and doc[m.start - 1].lower_ == "no":
        return True
    for t in doc[m.end : min(len(doc), m.end + 3)]:
        if t.lower_ in _NEGATORS:
            return True
        if t.lower_ not in _AUX_WORDS:
            return False
    return False


def _negated_verbs(sents: list[_Sentence]) -> set[str]:
    """Verbs told after 'not' or 'never' ("did not intervene"): acts the text says did not happen."""
    out: set[str] = set()
    for x in sents:
        if not _NEGATOR_RE.search(x.text):
            continue
        # (words and tags read from the doc's columns: no Token per word)
        doc, start, end = x.span.doc, x.span.start, x.span.end
        lower_col, pos_col, strings = column(doc, LOWER), column(doc, POS), doc.vocab.strings
        for i in range(start, end):
            if strings[lower_col[i]] in _NEGATORS:
                verb = next((j for j in range(i + 1, min(i + 4, end)) if pos_col[j] == VERB), None)
                if verb is not None:
                    out.add(strings[lower_col[verb]])
    return out


def _phrase_head(doc: Doc, m: ActorMention) -> Token:
    """The noun a mention names ("Al Shabaab militants" for "Al Shabaab"): a name used as a modifier
    is joined to the other side through the noun it modifies."""
    t = doc[max(m.end - 1, m.start)]
    while t.dep_ in ("compound", "flat", "amod", "nmod") and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t


def _confidence(
    d: _Draft,
    a1: ActorMention | None,
    a2: ActorMention | None,
    location: Location | None,
    loc_ev: Evidence | None,
    span_date: DateSpan | None,
    inherited: bool,
    previous_draft: _Draft | None,
    attribution: Attribution | None,
    event_type: str,
    fatalities: Fatalities,
    index: int,
) -> tuple[float, float]:
    """The report's calibrated confidence and its rank (see :mod:`dateline.extract.confidence`):
    reads what supports the report into :class:`Signals` and scores them."""

    def actor_support(m: ActorMention | None) -> str | None:
        if m is None:
            return None
        return "text" if m.char_end > m.char_start else "supplied"

    resolution: float | None = None
    if loc_ev is not None:
        resolution = next((t.score for t in d.sentence.toponyms if t.start == loc_ev.start), None)
    if span_date is None:
        date_source = "none"
    elif d.date_default:
        date_source = "default"
    elif inherited:
        date_source = "inherited" if previous_draft is not None and span_date is previous_draft.date else "context"
    else:
        date_source = "anchored" if span_date.kind == "anchored" else "explicit"
    signals = Signals(
        trigger_strength=d.trigger.strength,
        event_type=event_type,
        actor1=actor_support(a1),
        actor2=actor_support(a2),
        location_precision=location.geo_precision if location is not None else None,
        location_own=loc_ev is not None,
        resolution_score=resolution,
        date_source=date_source,
        time_precision=span_date.time_precision if span_date is not None else None,
        attribution=attribution.kind if attribution is not None else None,
        attribution_own=attribution is not None and not attribution.carried,
        hedge=bool(find_hedge(d.sentence.text)) or bool(attribution is not None and attribution.hedge),
        modality=d.modality,
        sentences=len(d.sentences),
        figures=len(d.figures),
        fatalities_imputed=fatalities.imputed,
        index=index,
        sentence=d.sentence.index,
        tokens=len(d.sentence.span.doc),
        country_only=location is not None and not codable_place(location),
    )
    return score_confidence(signals)


__all__ = ["ArticleCoder", "date", "paragraphs_of", "sentences_of"]
