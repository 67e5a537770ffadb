"""Alembic environment for vanban's store.

store.db.migrate() passes an open connection (inside a transaction holding the
migration lock) in config.attributes["connection"]. From the command line the
URL comes from `-x url=...`, else VANBAN_DB, else sqlite:///vanban.db.
"""
from __future__ import annotations

import os

from alembic import context

from store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
        return
    from store.db import make_engine, normalise_url
    url = normalise_url(context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("VANBAN_DB"))
    engine = make_engine(url)
    with engine.connect().execution_options(vanban_write=True) as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("vanban: offline migrations are not supported; give a database URL")
run_migrations_online()
