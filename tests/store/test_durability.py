"""Durability of a commit: a ticket whose number was handed out survives a power cut."""
from __future__ import annotations


def test_every_commit_waits_for_the_disk(store):
    """synchronous=FULL on every connection: a committed ticket survives a power cut."""
    with store.write() as session:
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
    with store.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
