"""Figures: each source's toll kept with who gives it, and the range and best estimate over chains."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from dateline.merge.chains import Chain
from dateline.merge.member import Member
from dateline.merge.rule import MergeRule
from dateline.record import FigureClaim


def _has_figure(best: int | None, text: str | None) -> bool:
    return best is not None and (best > 0 or text is not None)


def _figure_source(m: Member, field_name: str) -> str:
    for c in m.report.claims:
        if field_name in c.fields:
            return c.source
    return m.article.outlet or m.article.url or m.article.id


def figures_of(chains: list[Chain]) -> list[FigureClaim]:
    out: list[FigureClaim] = []
    for ch in chains:
        for m in ch.members:
            f, inj = m.report.fatalities, m.report.injured
            if _has_figure(f.best, f.text):
                out.append(FigureClaim(
                    field="fatalities", value=f.best, low=f.low, high=f.high, imputed=f.imputed,
                    source=_figure_source(m, "fatalities"), report_id=m.report.report_id,
                    article_id=m.article.id, chain_id=ch.chain_id,
                ))
            if _has_figure(inj.best, inj.text):
                out.append(FigureClaim(
                    field="injured", value=inj.best, low=inj.low, high=inj.high,
                    source=_figure_source(m, "injured"), report_id=m.report.report_id,
                    article_id=m.article.id, chain_id=ch.chain_id,
                ))
    return out


def chain_figures(figures: list[FigureClaim], field_name: str, chains: list[Chain]) -> list[FigureClaim]:
    """Each chain's current figure: the one from its latest article that gives one."""
    order = {m.report.report_id: i for ch in chains for i, m in enumerate(ch.members)}
    latest: dict[str, FigureClaim] = {}
    for f in figures:
        if f.field != field_name or f.chain_id is None:
            continue
        cur = latest.get(f.chain_id)
        if cur is None or order[f.report_id] >= order[cur.report_id]:
            latest[f.chain_id] = f
    current = list(latest.values())
    stated = [f for f in current if not f.imputed]
    return stated or current


def _best_figure(current: list[FigureClaim], rule: MergeRule) -> FigureClaim | None:
    values = [f for f in current if f.value is not None]
    if not values:
        return None
    if rule.fatality_rule == "corroborated":
        counts = Counter(f.value for f in values)
        top = min(counts, key=lambda v: (-counts[v], v))
        return next(f for f in values if f.value == top)
    return min(values, key=lambda f: (f.value or 0, f.report_id))


def _toll_range(current: list[FigureClaim]) -> tuple[int | None, int | None]:
    """Smallest and largest figure over chains; a stated range ("10 to 15") gives both ends, and a
    figure's own value always lies inside its range even when a source's range is malformed."""
    ends = [v for f in current for v in (f.low, f.value, f.high) if v is not None]
    return (min(ends) if ends else None), (max(ends) if ends else None)


def figure_record(
    current: list[FigureClaim], rule: MergeRule, members: dict[str, Member], make: Callable[..., Any], with_breakdown: bool
) -> Any:
    best = _best_figure(current, rule)
    if best is None:
        return make()
    lo, hi = _toll_range(current)
    src = members[best.report_id].report
    extra: dict[str, Any] = {}
    if with_breakdown:
        f = src.fatalities
        extra = {"imputed": best.imputed, "civilians": f.civilians, "children": f.children, "women": f.women}
        text = f.text
    else:
        text = src.injured.text
    return make(best=best.value, low=lo, high=hi, text=text, **extra)


