"""The review page's handle on the store: store.Store's sessions, committed for the routes."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy.orm import Session

from store import open_store
from store.db import Store


@dataclass
class Database:
    store: Store

    @property
    def url(self) -> str:
        return str(self.store.engine.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits what a route wrote, or rolls it back on any error."""
        with self.store.session() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def write(self):
        """A write transaction (the store's: BEGIN IMMEDIATE on SQLite, so writers queue)."""
        return self.store.transaction()

    def close(self) -> None:
        self.store.close()


def connect(url: str) -> Database:
    """Open the store at `url` (migrating its schema if needed) and return the review page's handle."""
    return Database(open_store(url))
