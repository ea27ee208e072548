"""What can go wrong when an operation runs on a live database."""

from __future__ import annotations

import enum


class Hazard(enum.Enum):
    DELETES_DATA = "deletes-data"  # drop table, column, partition, sequence
    REWRITES_TABLE = "rewrites-table"  # column type change and the like
    LONG_LOCK = "long-lock"  # validation scans, SET NOT NULL, non-concurrent index builds
    BREAKS_CLIENTS = "breaks-clients"  # drop or incompatible change of what clients use, revokes
    WEAKENS_SECURITY = "weakens-security"  # RLS off, policies dropped or loosened, grants to PUBLIC
    UNSCHEDULES_JOB = "unschedules-job"
    # A subscription dropped or disabled, or left by a publication: rows stop arriving. A
    # dropped one lets go of its slot without dropping it on the publisher (it stays there).
    STOPS_REPLICATION = "stops-replication"

    @classmethod
    def parse_list(cls, text: str) -> frozenset["Hazard"]:
        """Parse `--allow-hazards` (comma-separated names, or `all`)."""
        text = text.strip()
        if text == "all":
            return frozenset(cls)
        names = {item.strip() for item in text.split(",") if item.strip()}
        by_value = {h.value: h for h in cls}
        unknown = sorted(n for n in names if n not in by_value)
        if unknown:
            raise ValueError(f"unknown hazard(s): {', '.join(unknown)}; known: {', '.join(sorted(by_value))}, all")
        return frozenset(by_value[n] for n in names)
