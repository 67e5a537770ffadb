"""The review page's handle on the store: an engine and a session factory over store.models."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


@dataclass
class Database:
    url: str
    engine: Engine
    factory: sessionmaker
    store: Any = None          # store.Store when the store package provides one

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self.factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (the store's: BEGIN IMMEDIATE on SQLite, so writers queue)."""
        if self.store is not None and hasattr(self.store, "transaction"):
            with self.store.transaction() as session:
                yield session
        else:
            with self.session() as session:
                yield session

    def close(self) -> None:
        if self.store is not None and hasattr(self.store, "close"):
            self.store.close()
        else:
            self.engine.dispose()


def _engine_of(store: Any) -> Engine | None:
    for name in ("engine", "_engine"):
        engine = getattr(store, name, None)
        if isinstance(engine, Engine):
            return engine
    return None


def connect(url: str) -> Database:
    """Open the store at `url` (creating its tables if needed) and return a Database over it."""
    store = None
    engine = None
    try:
        from store import open_store  # the store package owns schema creation and migrations
    except ImportError:
        open_store = None
    if open_store is not None:
        store = open_store(url)
        engine = _engine_of(store)
    if engine is None:
        from store.models import Base
        connect_args = {"check_same_thread": False} if url.startswith("sqlite") else {}
        engine = create_engine(url, connect_args=connect_args)
        Base.metadata.create_all(engine)
    return Database(url=url, engine=engine, factory=sessionmaker(engine, expire_on_commit=False), store=store)
