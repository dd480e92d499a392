"""The merged-event store: articles, reports, mentions, claims, sources, events, members,
revisions, the change feed and failures; full text by FTS5 (SQLite) or a stored tsvector with a GIN index (PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("url", sa.Text), sa.Column("title", sa.Text), sa.Column("outlet", sa.Text),
        sa.Column("author", sa.Text), sa.Column("published", sa.Date), sa.Column("genre", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_id", "articles", ["id"])

    op.create_table(
        "events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("date_best", sa.Date, nullable=False),
        sa.Column("date_start", sa.Date), sa.Column("date_end", sa.Date),
        sa.Column("time_precision", sa.Integer), sa.Column("geo_precision", sa.Integer),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(3)), sa.Column("location", sa.Text),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("type_key", sa.Text, nullable=False),
        sa.Column("sub_type_key", sa.Text, nullable=False),
        sa.Column("actors_text", sa.Text, nullable=False),
        sa.Column("sources_text", sa.Text, nullable=False),
        sa.Column("kinds_text", sa.Text, nullable=False),
        sa.Column("fatalities_best", sa.Integer), sa.Column("fatalities_low", sa.Integer),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_events_date_id", "events", ["date_best", "event_id"])
    op.create_index("ix_events_country_date_id", "events", ["country", "date_best", "event_id"])
    op.create_index("ix_events_type_date_id", "events", ["type_key", "date_best", "event_id"])
    op.create_index("ix_events_lat_lon", "events", ["lat", "lon"])
    op.create_index("ix_events_type_lat_lon", "events", ["type_key", "lat", "lon"])
    op.create_index("ix_events_updated_at", "events", ["updated_at"])

    op.create_table(
        "reports",
        sa.Column("report_id", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.event_id")),
        sa.Column("article_sha256", sa.String(64), sa.ForeignKey("articles.sha256", ondelete="CASCADE"), nullable=False),
        sa.Column("event_type", sa.Text, nullable=False), sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("date_best", sa.Date), sa.Column("country", sa.String(3)),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float), sa.Column("fatalities", sa.Integer),
        sa.Column("confidence", sa.Float, nullable=False), sa.Column("modality", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_reports_event_id", "reports", ["event_id"])
    op.create_index("ix_reports_article_sha256", "reports", ["article_sha256"])

    op.create_table(
        "event_members",
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("report_id", sa.String(40), sa.ForeignKey("reports.report_id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_event_members_report_id", "event_members", ["report_id"])

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_sha256", sa.String(64), sa.ForeignKey("articles.sha256", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.Text, nullable=False), sa.Column("modality", sa.Text, nullable=False),
        sa.Column("reason", sa.Text), sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_mentions_article_sha256", "mentions", ["article_sha256"])

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.String(40), sa.ForeignKey("reports.report_id", ondelete="CASCADE"), nullable=False),
        sa.Column("source", sa.Text, nullable=False), sa.Column("kind", sa.Text, nullable=False),
        sa.Column("chain", sa.Text, nullable=False), sa.Column("hedge", sa.Text),
        sa.Column("fields", sa.Text, nullable=False), sa.Column("value", sa.Text),
    )
    op.create_index("ix_claims_report_id", "claims", ["report_id"])
    op.create_index("ix_claims_source", "claims", ["source"])

    op.create_table(
        "sources",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False), sa.Column("owner_country", sa.String(3)),
        sa.Column("side", sa.Text), sa.Column("basis", sa.Text),
        sa.Column("domains", sa.Text, nullable=False),
    )

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("article_id", sa.Text), sa.Column("article_sha256", sa.String(64)),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.UniqueConstraint("event_id", "number", name="uq_revisions_event_number"),
    )

    op.create_table(
        "changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_changes_event_id", "changes", ["event_id"])
    op.create_index("ix_changes_at", "changes", ["at"])

    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("input", sa.Text, nullable=False), sa.Column("code", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text, nullable=False), sa.Column("at", TZ, nullable=False),
    )

    if op.get_bind().dialect.name == "postgresql":
        # Stored, so a filter walking another index tests a ready tsvector instead of parsing text.
        op.execute(
            "ALTER TABLE events ADD COLUMN search_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED"
        )
        op.execute("CREATE INDEX ix_events_search ON events USING GIN (search_tsv)")
    else:
        # Kept in step with events.search_text by the store (one row per event).
        op.execute("CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, tokenize='porter unicode61')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE events_fts")
    for table in ("failures", "changes", "revisions", "sources", "claims", "mentions", "event_members",
                  "reports", "events", "articles"):
        op.drop_table(table)
