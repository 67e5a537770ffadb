"""Rebuild dictionaries/places.tsv: Hải Phòng's wards, communes and special zones.

    .venv/bin/python dictionaries/build_places.py            # rebuild (needs vietnam-provinces)
    .venv/bin/python dictionaries/build_places.py --check    # validate the committed file

Source: the PyPI package `vietnam-provinces` (2025.10.1), whose data follow the
2025 reorganisation (Resolution 1669/NQ-UBTVQH15 for Hải Phòng: 45 phường,
67 xã, 2 đặc khu = 114 units). The package is only needed to rebuild; install it
with `pip install vietnam-provinces` (or `pip install --target DIR` and put DIR
on PYTHONPATH). Names are written NFC with the modern tone placement ("Thủy"),
the package's spelling ("Thuỷ") kept as an alias.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "places.tsv"
PROVINCE = "Thành phố Hải Phòng"

HEADER = """# Hải Phòng's 114 commune-level units after the 2025 reorganisation (45 phường, 67 xã, 2 đặc khu).
# Source: PyPI package vietnam-provinces 2025.10.1 (data/nested-divisions.json, province code 31).
# Rebuild: .venv/bin/python dictionaries/build_places.py   Check: ... build_places.py --check
# Columns: name (modern tone placement, NFC) <TAB> kind (phường|xã|đặc khu) <TAB> province <TAB> code
#          <TAB> aliases ('|'-separated spellings, e.g. old tone placement)
"""


def modern(text: str) -> str:
    sys.path.insert(0, str(HERE.parent))
    from extractors.vietnamese import normalize_tone
    return " ".join(normalize_tone(word) for word in text.split())


def rebuild() -> int:
    import json
    try:
        import vietnam_provinces
    except ImportError:
        print("build_places: cần gói vietnam-provinces (pip install vietnam-provinces)", file=sys.stderr)
        return 2
    data = json.loads((Path(vietnam_provinces.__file__).parent / "data" / "nested-divisions.json")
                      .read_text(encoding="utf-8"))
    province = next(p for p in data if p["name"] == PROVINCE)
    rows = []
    for ward in province["wards"]:
        kind = ward["division_type"]
        raw = unicodedata.normalize("NFC", ward["name"])
        name = raw[len(kind):].strip() if raw.lower().startswith(kind) else raw
        name = unicodedata.normalize("NFC", name)
        new = unicodedata.normalize("NFC", modern(name))
        aliases = [name] if new != name else []
        rows.append((new, kind, "Hải Phòng", str(ward["code"]), "|".join(aliases)))
    rows.sort(key=lambda r: int(r[3]))
    OUT.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"places.tsv: {len(rows)} units")
    return 0


def check() -> int:
    rows = [line.split("\t") for line in OUT.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    problems = [r for r in rows if len(r) != 5 or unicodedata.normalize("NFC", "\t".join(r)) != "\t".join(r)
                or r[1] not in ("phường", "xã", "đặc khu")]
    print(f"places.tsv: {len(rows)} units, {len(problems)} problems")
    return 1 if problems or len(rows) != 114 else 0


if __name__ == "__main__":
    sys.exit(check() if "--check" in sys.argv else rebuild())
