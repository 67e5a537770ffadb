"""The same ingest flow on a Dask cluster (prefect-dask's DaskTaskRunner) with PostgreSQL as the shared store.

A local cluster of two worker processes (one thread each) stands in for machines;
`--task-runner dask --dask-address tcp://…` is the same code path.
"""
from __future__ import annotations

import os
import shutil

import pytest

from tests.test_flows_support import good_documents, harness, random_pdf  # noqa: F401


@pytest.fixture
def cluster():
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_port=0, silence_logs=40) as local:
        yield local


@pytest.mark.postgres
def test_ingest_on_a_dask_cluster_into_postgresql(tmp_path, harness, cluster, pg_database):
    from flows.ingest import run_ingest
    from flows.outcomes import DUPLICATE, LOADED, QUARANTINED
    from store import open_store

    docs = good_documents(tmp_path / "src")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy2(docs["digital1"], folder / "a.pdf")
    shutil.copy2(docs["digital2"], folder / "b.pdf")
    shutil.copy2(docs["digital1"], folder / "c-ban-sao.pdf")
    random_pdf(folder / "d-hong.pdf")

    summary = run_ingest([str(folder)], pg_database, task_runner="dask", dask_address=cluster.scheduler_address)

    statuses = {o.path.rsplit("/", 1)[-1]: o.status for o in summary.outcomes}
    assert statuses == {"a.pdf": LOADED, "b.pdf": LOADED, "c-ban-sao.pdf": DUPLICATE, "d-hong.pdf": QUARANTINED}
    # the documents were processed by the Dask worker processes, not in this one
    from distributed import Client
    with Client(cluster) as client:
        worker_pids = set(client.run(os.getpid).values())
    assert len(worker_pids) == 2
    processed_by = {int(o.worker.rsplit(":", 1)[1]) for o in summary.outcomes if o.status == LOADED}
    assert processed_by and processed_by <= worker_pids and os.getpid() not in processed_by
    store = open_store(pg_database)
    try:
        assert store.dialect == "postgresql"
        summary_row = store.summary()
        assert summary_row["documents"] == 2 and summary_row["failures"] == 1
    finally:
        store.close()

    again = run_ingest([str(folder)], pg_database, task_runner="dask", dask_address=cluster.scheduler_address)
    assert again.ingested == 0 and len(again.duplicates) == 3
