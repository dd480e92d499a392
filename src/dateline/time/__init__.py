"""Dates: finding date expressions in news text and resolving them in ACLED time-precision terms.

:mod:`dateline.time.anchor` turns expressions such as "on Tuesday", "mid-January" or "two days
after the attack" into dated spans (best day, start, end, ACLED ``time_precision`` 1-3) resolved
against the article's publication date. :mod:`dateline.time.stamp` finds the date a page stamps
on itself ("Sun 22 Feb 2015", "Published April 2 2017", "AFP Saturday 7 Oct 2017") so relative
expressions count from the article's own day.
"""
