#!/usr/bin/env bash
# One command for a fresh machine: set up, ingest samples/ into the embedded
# store (vanban.db), and print what was loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PREFECT_SERVER_ANALYTICS_ENABLED=false OMP_THREAD_LIMIT=1
DB=${VANBAN_DB:-sqlite:///vanban.db}
.venv/bin/vanban ingest samples/ --db "$DB"
.venv/bin/vanban show --db "$DB"
