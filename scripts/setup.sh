#!/usr/bin/env bash
# Set up vanban on a fresh Debian machine: system packages (when run as root),
# a virtual environment in .venv, and the package itself (editable, with test tools).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng poppler-utils qpdf ghostscript
              hunspell-vi fonts-liberation2 fonts-dejavu-core postgresql chromium)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "vanban: cài gói hệ thống (installing system packages): ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "vanban: thiếu gói hệ thống (missing system packages): ${missing[*]}" >&2
    echo "        chạy: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.vanban-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "vanban: cài gói Python vào .venv (installing Python packages; log: .venv/pip.log)"
  if ! { .venv/bin/pip install -q --upgrade pip && .venv/bin/pip install -q -e ".[test]"; } >.venv/pip.log 2>&1; then
    tail -30 .venv/pip.log >&2
    echo "vanban: cài gói Python thất bại (pip failed), xem .venv/pip.log" >&2
    exit 1
  fi
  .venv/bin/python -c "import vanban, extractors, store, flows" 
  touch "$stamp"
fi
# vanban's own modules compiled once (pip compiles the packages it installs; an editable install's
# sources are not, and with PYTHONDONTWRITEBYTECODE set every process would compile them again)
.venv/bin/python -m compileall -q -j 0 vanban extractors flows store review >/dev/null || true
echo "vanban: môi trường sẵn sàng (.venv) — environment ready"
