#!/usr/bin/env bash
# One command for a fresh machine: set up, then run the whole test suite
# (real Tesseract, a throwaway PostgreSQL cluster, headless chromium, real Prefect runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PREFECT_SERVER_ANALYTICS_ENABLED=false OMP_THREAD_LIMIT=1
if [ "${CI:-}" = "true" ]; then
  export VANBAN_REQUIRE_POSTGRES=1 VANBAN_REQUIRE_BROWSER=1
fi
exec .venv/bin/python -m pytest -q "$@"
