"""Digital signatures: embedded PDF signatures (pyhanko) and their visible
appearance lines in a page's text.

Two public functions:

* `read_signatures(source) -> list[Signature]`: every embedded signature of a
  PDF, read with pyhanko without modifying the file. `valid` means the signed
  bytes are intact (digest and signature check out); whether the certificate
  chains to a trusted root is reported separately in `note` (the province's
  CA is not in any trust store here, and test certificates are self-signed).
  A broken signature never raises: it comes back with `valid=False` and a note.
  Non-PDF and unsigned files give [].

* `signatures_from_lines(lines) -> list[(indices, Signature)]`: the visible
  appearance a signing tool stamps on the page, as it reads in text (text layer
  or OCR), e.g.

        \\t\\t2025-11-17T17:08:21+0700
        \\tViệt Nam
        \\tNguyễn Văn A <nguyenvana@haiphong.gov.vn> đã ký lên văn bản này!

  Each appearance becomes `Signature(source="text", valid=None)` together with
  the 0-based indices of the lines it occupies, so the extraction can keep
  those lines out of the body text.
"""
from __future__ import annotations

import datetime as _dt
import logging
import os
import re
import unicodedata
from typing import Optional

from vanban.model import Signature, SourceFile

# --------------------------------------------------------------------------- text appearances

_EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# "đã ký lên văn bản này" folded to ASCII; OCR may drop or merge spaces.
_SIGNED_PHRASE = re.compile(r"d[a4]\s*k[yi]\s*l[e3]n\s*v[a4]n\s*b[a4]n\s*n[a4]y")
_SIGNED_START = re.compile(r"d[a4]\s*k[yi]\s*(?:l[e3]n)?\s*$|d[a4]\s*k[yi]\s+l[e3]n\b")
# 2025-11-17T17:08:21+0700, 2025-11-17 17:08:21 +07:00, OCR'd 'T' as '1'/'l'/'I'.
_TIMESTAMP = re.compile(
    r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:\s*[Tt]\s*|\s+|[Il1|](?=\d{1,2}[:.]\d{2}))"
    r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
    r"(?:\s*(Z|[+\-]\s*\d{2}:?\d{2}))?")
# 17/11/2025 17:08:21 (+07:00), the day-first style of some Vietnamese signing tools.
_TIMESTAMP_DMY = re.compile(
    r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
    r"(?:\s*(Z|[+\-]\s*\d{2}:?\d{2}))?")
_LOOKBACK = 4          # lines searched above the "đã ký" line (blank lines included)
_LOCATION_MAX = 40     # a location line ("Việt Nam", "Hải Phòng") is short


def fold(text: str) -> str:
    """Lower-case ASCII skeleton of Vietnamese text (marks dropped, đ -> d)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _offset(raw: Optional[str]) -> str:
    if not raw:
        return "+07:00"           # the genre's appearances are all Vietnam time
    if raw == "Z":
        return "+00:00"
    digits = re.sub(r"[^0-9]", "", raw)
    return f"{raw.strip()[0]}{digits[:2]}:{digits[2:4]}"


def _iso(year: str, month: str, day: str, hour: str, minute: str, second: Optional[str],
         zone: Optional[str]) -> Optional[str]:
    y, mo, d, h, mi, s = int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
    if not (1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59 and s <= 59):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{_offset(zone)}"


def parse_timestamp(text: str) -> Optional[str]:
    """ISO 8601 with offset from an appearance's time line, or None."""
    match = _TIMESTAMP.search(text)
    if match:
        found = _iso(*match.groups())
        if found:
            return found
    match = _TIMESTAMP_DMY.search(text)
    if match:
        day, month, year, hour, minute, second, zone = match.groups()
        return _iso(year, month, day, hour, minute, second, zone)
    return None


def _is_timestamp_line(text: str) -> bool:
    stripped = text.strip()
    if not stripped or parse_timestamp(stripped) is None:
        return False
    # the line is (mostly) the time itself, not a body sentence that mentions one
    rest = _TIMESTAMP.sub("", stripped)
    rest = _TIMESTAMP_DMY.sub("", rest)
    return len(re.sub(r"[\W_]", "", fold(rest))) <= 12


def _is_location_line(text: str, after_timestamp: bool) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > _LOCATION_MAX or any(ch.isdigit() for ch in stripped):
        return False
    if _EMAIL.search(stripped) or re.search(r"d[a4]\s*k[yi]\b", fold(stripped)):
        return False
    if fold(stripped).replace(" ", "") in {"vietnam", "hanoi", "haiphong"}:
        return True
    return after_timestamp


def _signer_and_email(text: str) -> tuple[Optional[str], Optional[str]]:
    """'Name <mail@x.vn> đã ký lên văn bản này!' -> (name, mail)."""
    folded = fold(text)
    email_match = _EMAIL.search(text)
    email = email_match.group(0).lower() if email_match else None
    if email_match:
        head = text[:email_match.start()]
    else:
        cut = re.search(r"d[a4]\s*k[yi]", folded)
        head = text[:cut.start()] if cut else text
    signer = re.sub(r"[\s<>«»()\[\]{}|:;,]+$", "", head).strip(" \t<«([{|:-")
    signer = re.sub(r"\s+", " ", signer).strip()
    return (signer or None), email


def signatures_from_lines(lines: list[str]) -> list[tuple[list[int], Signature]]:
    """Visible signature appearances in page text, with the line indices each occupies.

    The anchor is the "... <email> đã ký lên văn bản này!" line (possibly wrapped
    onto the next line); the time line and the location line just above it, if
    present, belong to the same appearance. Accents and spacing are matched
    loosely so OCR'd appearances are found too.
    """
    folded = [fold(unicodedata.normalize("NFC", line)) for line in lines]
    used: set[int] = set()
    found: list[tuple[list[int], Signature]] = []
    for i, text in enumerate(folded):
        if i in used:
            continue
        anchor = [i]
        joined = lines[i]
        if not _SIGNED_PHRASE.search(text):
            # wrapped: "Name <mail> đã ký lên" / "văn bản này!"
            nxt = i + 1
            if nxt >= len(lines) or not (_EMAIL.search(lines[i]) or _SIGNED_START.search(text)):
                continue
            if not _SIGNED_PHRASE.search(text + " " + folded[nxt]) or _SIGNED_PHRASE.search(folded[nxt]):
                continue
            anchor.append(nxt)
            joined = lines[i] + " " + lines[nxt]
        joined = unicodedata.normalize("NFC", joined)
        signer, email = _signer_and_email(joined)
        if signer is None and email is None:
            continue
        signed_at = None
        indices = list(anchor)
        # look upwards for the location line and the time line
        j = i - 1
        seen_location = False
        while j >= 0 and j >= i - _LOOKBACK and j not in used:
            line = lines[j]
            if not line.strip():
                j -= 1
                continue
            if signed_at is None and _is_timestamp_line(line):
                signed_at = parse_timestamp(line)
                indices.append(j)
                break                      # the time line opens the appearance
            if not seen_location and signed_at is None and _is_location_line(
                    line, after_timestamp=_timestamp_above(lines, j)):
                seen_location = True
                indices.append(j)
                j -= 1
                continue
            break
        if signed_at is None:
            # some tools print the time after the signer line
            k = anchor[-1] + 1
            while k < len(lines) and k <= anchor[-1] + 2 and not lines[k].strip():
                k += 1
            if k < len(lines) and k <= anchor[-1] + 2 and _is_timestamp_line(lines[k]) \
                    and not _next_is_appearance(folded, k):
                signed_at = parse_timestamp(lines[k])
                indices.append(k)
        indices.sort()
        used.update(indices)
        found.append((indices, Signature(signer=signer, email=email, signed_at=signed_at,
                                         source="text", valid=None,
                                         note="appearance text, not verifiable")))
    return found


def _timestamp_above(lines: list[str], j: int) -> bool:
    """Is the nearest non-blank line above j a time line?"""
    k = j - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 0 and k >= j - 3 and _is_timestamp_line(lines[k])


def _next_is_appearance(folded: list[str], k: int) -> bool:
    """Does the time line at k open the next appearance (an anchor follows within 3 lines)?"""
    for m in range(k + 1, min(k + 4, len(folded))):
        if _SIGNED_PHRASE.search(folded[m]):
            return True
    return False


def signatures_from_text(text: str) -> list[Signature]:
    """Convenience: appearances in a whole text (pages split on form feeds)."""
    out: list[Signature] = []
    for page in text.split("\f"):
        out.extend(sig for _, sig in signatures_from_lines(page.split("\n")))
    return out


# --------------------------------------------------------------------------- embedded signatures

def _name_attr(name, key: str) -> Optional[str]:
    try:
        value = name.native.get(key)
    except Exception:  # noqa: BLE001  (malformed certificate names are reported as absent)
        return None
    if isinstance(value, list):
        value = value[-1] if value else None
    return unicodedata.normalize("NFC", str(value)) if value else None


def _cert_email(cert) -> Optional[str]:
    email = _name_attr(cert.subject, "email_address")
    if email:
        return email.lower()
    try:
        san = cert.subject_alt_name_value
        for general_name in (san or []):
            if general_name.name == "rfc822_name":
                return str(general_name.native).lower()
    except Exception:  # noqa: BLE001
        return None
    return None


VIETNAM_TIME = _dt.timezone(_dt.timedelta(hours=7))


def _iso_time(moment) -> Optional[str]:
    """Signing time as ISO 8601 in Vietnam time (+07:00, as the appearances show it).

    CMS stores UTC; a naive time (a PDF /M without zone) is taken as Vietnam time.
    """
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM_TIME)
    return moment.astimezone(VIETNAM_TIME).isoformat(timespec="seconds")


# pyhanko logs a traceback at WARNING for every untrusted chain (self-signed office certificates are
# the rule); we report trust in Signature.note instead. Set once for the process: a per-call
# context manager raced between the threads of a batch and let the tracebacks through.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def _one_signature(embedded, index: int) -> Signature:
    """Signer, time and integrity of one embedded signature; never raises."""
    try:
        # a plain str: pyhanko's string objects keep a reference to the open reader
        field_name = str(embedded.field_name) if embedded.field_name is not None else None
    except Exception:  # noqa: BLE001
        field_name = f"#{index + 1}"
    signer = email = issuer = signed_at = None
    notes: list[str] = []
    try:
        cert = embedded.signer_cert
        signer = _name_attr(cert.subject, "common_name")
        email = _cert_email(cert)
        issuer = _name_attr(cert.issuer, "common_name") or _name_attr(cert.issuer, "organization_name")
        if cert.subject == cert.issuer:
            notes.append("chứng thư tự ký (self-signed certificate)")
    except Exception as error:  # noqa: BLE001
        notes.append(f"không đọc được chứng thư ({type(error).__name__}: {error})")
    try:
        signed_at = _iso_time(embedded.self_reported_timestamp)
    except Exception:  # noqa: BLE001
        signed_at = None

    valid: Optional[bool] = False
    try:
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext

        context = ValidationContext(trust_roots=[], allow_fetching=False)
        status = validate_pdf_signature(embedded, context)
        valid = bool(status.intact and status.valid)
        coverage = getattr(status.coverage, "name", None)
        if not status.intact:
            notes.append("nội dung đã bị sửa sau khi ký (digest mismatch)")
        elif not status.valid:
            notes.append("chữ ký không hợp lệ về mặt mật mã (signature does not verify)")
        if valid and coverage and coverage != "ENTIRE_FILE":
            notes.append(f"chữ ký không bao phủ toàn bộ tệp (coverage {coverage})")
            if status.docmdp_ok is False:
                valid = False
                notes.append("tệp bị sửa đổi không được phép sau khi ký (disallowed modification)")
        notes.append("chứng thư được tin cậy (trusted)" if status.trusted
                     else "chứng thư chưa được xác thực tin cậy (certificate not trusted here)")
    except Exception as error:  # noqa: BLE001  (a broken signature is a finding, not a crash)
        valid = False
        notes.append(f"không kiểm tra được chữ ký ({type(error).__name__}: {error})")
    return Signature(signer=_plain(signer), email=_plain(email), signed_at=signed_at, source="pdf-signature",
                     valid=valid, issuer=_plain(issuer), field_name=field_name, note="; ".join(notes) or None)


def _plain(value) -> Optional[str]:
    return None if value is None else unicodedata.normalize("NFC", str(value))


def read_signatures(source: SourceFile) -> list[Signature]:
    """Every embedded signature of a PDF (pyhanko); [] for other kinds or unsigned PDFs.

    The file is opened read-only and never modified. Problems reading the PDF
    structure give [] (intake reports broken files); problems with one signature
    give that signature `valid=False` with a note.
    """
    if source.kind != "pdf" or not _may_be_signed(source.path):
        return []
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
    except ImportError:  # pragma: no cover
        return []
    out: list[Signature] = []
    try:
        with open(source.path, "rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            try:
                embedded_list = list(reader.embedded_signatures)
            except Exception as error:  # noqa: BLE001
                if b"/ByteRange" in _head_and_tail(source.path):
                    return [Signature(signer=None, email=None, signed_at=None, source="pdf-signature",
                                      valid=False, note=f"chữ ký hỏng, không đọc được ({error})")]
                return []
            for index, embedded in enumerate(embedded_list):
                out.append(_one_signature(embedded, index))
    except Exception:  # noqa: BLE001  (unreadable PDF: intake's job to report)
        return out
    return out


def _may_be_signed(path: str) -> bool:
    """False when the file has no `/ByteRange` anywhere: then it holds no signature, and pyhanko
    need not parse it. A signature dictionary is never compressed in an object stream: its
    /ByteRange gives the file offsets around its /Contents, which must lie in the file as written."""
    import mmap
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return False
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return data.find(b"/ByteRange") >= 0
    except (OSError, ValueError):
        return True                    # let the reader meet the problem and say what it is


def _head_and_tail(path: str, size: int = 1 << 20) -> bytes:
    with open(path, "rb") as handle:
        head = handle.read(size)
        handle.seek(0, 2)
        end = handle.tell()
        handle.seek(max(0, end - size))
        return head + handle.read()
