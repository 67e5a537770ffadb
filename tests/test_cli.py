"""The CLI's promises to users: one line per bad file, exit 2, the batch of files goes on."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def vanban(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vanban", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_extract_several_files_writes_one_contract_each_and_names_the_bad_one(tmp_path):
    bad = tmp_path / "hỏng.pdf"
    bad.write_bytes(b"not a pdf at all")
    good = [SAMPLES / "thong-bao-vinh-bao.truth.txt", SAMPLES / "cong-van-ngo-quyen.digital.pdf"]
    result = vanban("extract", str(good[0]), str(bad), str(good[1]), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if "lỗi" in line]
    assert len(errors) == 1 and "hỏng.pdf" in errors[0] and "Traceback" not in result.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["cong-van-ngo-quyen.digital.json", "thong-bao-vinh-bao.truth.json"]
    contract = json.loads((tmp_path / "out" / "cong-van-ngo-quyen.digital.json").read_text(encoding="utf-8"))
    assert contract["document"]["doc_number"] == "1523/UBND-VP"


def test_extract_several_files_prints_a_json_array(tmp_path):
    files = [str(SAMPLES / "thong-bao-vinh-bao.truth.txt"), str(SAMPLES / "ke-hoach-thuy-nguyen.truth.txt")]
    result = vanban("extract", *files, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)
    assert [d["document"]["doc_number"] for d in documents] == ["88/TB-UBND", "342/KH-UBND"]


def test_users_take_db_after_the_subcommand(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    added = subprocess.run([sys.executable, "-m", "vanban", "users", "add", "lan", "--role", "clerk", "--db", url],
                           cwd=tmp_path, capture_output=True, text=True, env={"VANBAN_PASSWORD": "mat-khau-dai-12",
                                                                               "PATH": "/usr/bin:/bin"})
    assert added.returncode == 0, added.stderr
    listed = vanban("users", "list", "--db", url, cwd=tmp_path)
    assert listed.returncode == 0 and "lan" in listed.stdout
    assert not (tmp_path / "vanban.db").exists()
