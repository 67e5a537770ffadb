"""The document's facts as Decree 30/2020/NĐ-CP lays out its header and its signature block.

    read_header(lines, text_signatures) -> Header

`lines` are (page, line_no, text) in reading order with the signature appearance lines left out.
Two-column headers run together in OCR ('Số: 02/CT-UBND Thiên Hương, ngày 17 tháng 11 năm 2025',
'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), so every field is found by pattern, not by
position: issuer, number and symbol, type (title, else symbol, else 'V/v' -> Công văn, else closing
formula), place and date, subject (V/v, Về việc, the lines under the title), recipients (Nơi nhận),
signer's title (TM./KT./TL. blocks) and name, and references to other documents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors.gazetteer import doc_types, fold, place_named, type_by_name, type_by_symbol
from extractors.numbers import iso_date
from extractors.sections import CLOSING_MARK

MOTTO = re.compile(r"c\w{0,2}ng\s*h\w{0,2}a\s*x\w{0,2}\s*h\w{0,2}[i!l1|]\s*ch\w{0,2}\s*ngh\w{0,3}a\s*vi\w{0,2}t\s*nam|"
                   r"d\w{0,2}c\s*l\w{0,2}p\s*[-–]?\s*t\w{0,2}\s*do\s*[-–]?\s*h\w{0,2}nh\s*ph\w{0,2}c|^[-_–\s]{3,}$|"
                   r"d\w{0,2}ng\s*c\w{0,2}ng\s*s\w{0,2}n\s*vi\w{0,2}t\s*nam")     # a Party body's: 'ĐẢNG CỘNG SẢN VIỆT NAM'
# '118/QĐ-UBND', '255/2025/QĐ-UBND'; a code without a hyphen too ('37/TTPVHCC': an office's own)
SYMBOL = re.compile(r"(?<![\w/])(\d{0,5})\s*/\s*((?:\d{4}\s*/\s*)?(?:[A-ZĐ][A-Za-zĐđ&]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ0-9&]*)+"
                    r"|[A-ZĐ]{3,}(?![\w-])))")
REFERENCE = re.compile(r"(?<![\w/])(\d{1,5}(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)+|" + r"\d{1,5}-[A-ZĐ]{1,5}/[A-ZĐ][A-Za-zĐđ]*(?![\w/-]))")
# a Party body's symbol: the number, then the kind, then the body ('57-NQ/TW', '08-NQ/ĐU')
PARTY_SYMBOL = re.compile(r"(?<![\w/])(\d{1,5}-[A-ZĐ]{1,5}/[A-ZĐ][A-Za-zĐđ]*)(?![\w/-])")
DATE_LINE = re.compile(r"ng\w{0,2}y\s*(\d{0,2})\s*th\w{0,2}ng\s*(\d{0,2})\s*n\w{1,2}m\s*(\d{4})")
NUMBER_LABEL = re.compile(r"(?:^|\s)(?:s[o0-9]|86|s6|so)\s*[:.]", re.I)
UBND = re.compile(r"(?:uy\s*ban\s*nhan\s*dan|ubnd)\s*(phuong|xa|dac\s*khu|thanh\s*pho|tinh|quan|huyen)?\s*(.*)")
SUBJECT_LEAD = re.compile(r"^\s*(?:v\s*/\s*v|ve\s*viec|ve)\s*[:.]?\s*")
BODY_START = re.compile(r"^\s*(?:can\s*cu|thuc\s*hien|kinh\s*gui|theo\s*de\s*nghi|xet\s*de\s*nghi|de\s*tao|nham|"
                        r"ngay\s*\d|trong\s*thoi\s*gian|hien\s*nay|qua\s*tong\s*hop|[-–•]|\d+\.|[ivx]+\.|"
                        r"(?:nam|thang|quy)\s*[\divx]{1,4}(?:\s*/\s*\d{4})?\s*,|"
                        r"(?:tinh\s*)?den\s*(?:ngay\s*\d|het\s*ngay|\d{1,2}\s*gio))")     # 'Đến ngày 09/12/2026, xã còn …'
AUTHORITY = re.compile(r"^\s*(?:tm|kt|tl|q|tuq|tl\s*/\s*tm)\s*\.")
TITLES = ["Phó Chánh Văn phòng", "Chánh Văn phòng", "Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Tổng Giám đốc",
          "Giám đốc", "Phó Trưởng phòng", "Trưởng phòng", "Phó Trưởng ban", "Trưởng ban", "Phó Bí thư", "Bí thư",
          "Phó Trưởng Công an", "Trưởng Công an", "Phó Chỉ huy trưởng", "Chỉ huy trưởng", "Thứ trưởng", "Bộ trưởng",
          "Phó Cục trưởng", "Cục trưởng", "Phó Chi cục trưởng", "Chi cục trưởng", "Phó Hiệu trưởng", "Hiệu trưởng",
          "Phó Thủ trưởng", "Thủ trưởng", "Trưởng đoàn kiểm tra", "Trưởng đoàn", "Tổ trưởng", "Kế toán trưởng", "Công chức",
          "Cụm trưởng", "Cụm phó", "Khối trưởng", "Chủ trì"]      # ('THƯ KÝ   CHỦ TRÌ' over a meeting's minutes)
CLOSING_TYPES = [(re.compile(r"tran\s*trong\s*bao\s*cao|tren\s*day\s*la\s*bao\s*cao"), "Báo cáo"),
                 (re.compile(r"tran\s*trong\s*kinh\s*moi"), "Giấy mời"),
                 (re.compile(r"tran\s*trong\s*de\s*nghi|kinh\s*trinh"), "Tờ trình"),
                 (re.compile(r"thong\s*bao\s*de\s*\w+\s*(?:\w+\s*)?biet"), "Thông báo")]
KIND_NAMES = {"phuong": "phường", "xa": "xã", "dac khu": "đặc khu", "thanh pho": "thành phố", "tinh": "tỉnh",
              "quan": "quận", "huyen": "huyện"}


@dataclass
class Header:
    issuer: Optional[str] = None
    doc_number: Optional[str] = None
    doc_type: Optional[str] = None
    issued_date: Optional[str] = None
    place: Optional[str] = None
    subject: Optional[str] = None
    signer_name: Optional[str] = None
    signer_title: Optional[str] = None
    references: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    locality: Optional[str] = None          # 'phường Thiên Hương': the issuer's place with its kind
    header_lines: set[tuple[int, int]] = field(default_factory=set)   # (page, line) used by the header
    body_end: Optional[tuple[int, int]] = None                        # first (page, line) of the footer


# 'Ý KIẾN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ', 'PHÊ DUYỆT CỦA …' below a tờ trình's signature: a box for the
# answer of the one it is addressed to, who has not signed it
APPROVAL_BOX = re.compile(r"\s*(?:y\s*kien|phe\s*duyet|duyet)\s*(?:chi\s*dao\s*)?cua\s")


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def _place_from(words: str) -> Optional[tuple[str, str]]:
    """(name, kind) of the longest known place ending `words`, else None."""
    tokens = words.split()
    for n in range(min(4, len(tokens)), 0, -1):
        entry = place_named(" ".join(tokens[-n:]))
        if entry:
            return entry.name, entry.kind
    return None


PARTY = re.compile(r"(?:dang\s*uy)\s*(phuong|xa|dac\s*khu|thanh\s*pho|tinh|quan|huyen)?\s*(.*)")   # 'ĐẢNG ỦY PHƯỜNG …'
POLICE = re.compile(r"\s*cong\s*an\s*(phuong|xa|dac\s*khu)\s+(.+)")      # 'CÔNG AN XÃ VĨNH AM'
COUNCIL = re.compile(r"(?:hoi\s*dong\s*nhan\s*dan|hdnd)\s*(phuong|xa|dac\s*khu|thanh\s*pho|tinh|quan|huyen)?\s*(.*)")


# 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM' / 'PHƯỜNG NGÔ QUYỀN': the ward's Front committee
FRONT = re.compile(r"(?:uy\s*ban\s*)?mat\s*tran\s*to\s*quoc(?:\s*viet\s*nam)?\s*(phuong|xa|dac\s*khu|thanh\s*pho)?\s*(.*)")


# 'THÀNH ĐOÀN HẢI PHÒNG' / 'BCH ĐOÀN PHƯỜNG NGÔ QUYỀN': the ward's Youth Union executive committee
YOUTH = re.compile(r"(?:bch|ban\s*chap\s*hanh)\s*doan\s*(?:tncs\s*ho\s*chi\s*minh\s*)?(phuong|xa|dac\s*khu)\s*(.*)")


def _issuer_from_org(text: str) -> Optional[tuple[str, Optional[str]]]:
    """'ỦY BAN NHÂN DÂN PHƯỜNG THIÊN HƯƠNG' -> ('UBND phường Thiên Hương', 'phường Thiên Hương');
    'HỘI ĐỒNG NHÂN DÂN XÃ NINH GIANG' -> ('HĐND xã Ninh Giang', 'xã Ninh Giang')."""
    folded = fold(text)
    m, organ = UBND.search(folded), "UBND"
    if not m:
        m, organ = COUNCIL.search(folded), "HĐND"
    if not m:
        m, organ = PARTY.search(folded), "Đảng ủy"
    if not m:
        m, organ = FRONT.search(folded), "Ủy ban Mặt trận Tổ quốc Việt Nam"
    if not m:
        m, organ = YOUTH.search(folded), "BCH Đoàn"
    if not m:
        return None
    rest = text[m.start(2):].strip(" .,;:") if m.group(2) is not None else ""
    rest = re.split(r"\s{2,}|<|,|;|\(|\bđã\b", rest)[0].strip()
    kind_key = re.sub(r"\s+", " ", m.group(1)) if m.group(1) else None
    if kind_key:
        kind = KIND_NAMES[kind_key]
        known = _place_from(rest) if rest and len(rest.split()) <= 5 else None
        name = known[0] if known else (_title_case(rest) if rest and len(rest.split()) <= 4 else None)
        if name:
            return f"{organ} {kind} {name}", f"{kind} {name}"
        return None
    return None


def _symbol(text: str) -> Optional[str]:
    m = SYMBOL.search(text)
    if not m:
        party = PARTY_SYMBOL.search(text)
        return party.group(1) if party else None
    return re.sub(r"\s+", "", m.group(1) + "/" + m.group(2))


def _type_of_symbol(symbol: str) -> Optional[str]:
    parts = symbol.split("/")
    code = parts[-1].split("-")[0] if parts else ""
    if re.fullmatch(r"\d{4}", code or ""):
        return None
    entry = type_by_symbol(code)
    if entry:
        return entry.name
    return "Công văn" if code else None


def _fix_reference(ref: str) -> str:
    """'118/2025/ND-CP' -> '118/2025/NĐ-CP' when the type code lost its mark and is unambiguous."""
    parts = ref.split("/")
    head, _, tail = parts[-1].partition("-")
    entry = type_by_symbol(head)
    if entry and entry.kind != head:
        parts[-1] = entry.kind + ("-" + tail if tail else "")
    return "/".join(parts)


RULE_LINE = re.compile(r"\s*(?:[-–—_=*.]{3,}\s*)+")     # the rules under the issuer and the motto ('-------')


def read_header(lines: list[tuple[int, int, str]], text_signers: list[str] | None = None) -> Header:
    lines = [line for line in lines if not RULE_LINE.fullmatch(line[2])]
    h = Header()
    texts = [t for _, _, t in lines]
    folded = [fold(t) for t in texts]
    n = len(lines)
    # ------------------------------------------------------------ footer: Nơi nhận / TM. / KT.
    footer = n
    for i in range(n):
        if re.match(r"^\s*noi\s*nh\w{1,2}n\s*:", folded[i]) or (AUTHORITY.match(folded[i]) and i > n * 0.4):
            footer = i
            break
    for i in range(n):
        if CLOSING_MARK.search(texts[i]) and i < footer:
            footer = min(footer, i + 1)
            break
    h.body_end = (lines[footer][0], lines[footer][1]) if footer < n else None
    # ------------------------------------------------------------ header zone: before the body starts
    top = []
    for i in range(min(n, 30)):
        if BODY_START.match(folded[i]) and not NUMBER_LABEL.search(folded[i][:6]) and i > 0:
            break
        motto = MOTTO.search(folded[i])
        own = texts[i][:motto.start()] + texts[i][motto.end():] if motto else texts[i]
        if i > 0 and re.match(r"^\s*(?:uy\s*ban\s*nhan\s*dan|ubnd)\s+\w+\s+\w+.{20,}", folded[i]) \
                and not re.split(r"\s{2,}", own.strip())[0].isupper():
            # a body sentence 'Ủy ban nhân dân phường … báo cáo …', not a header line in capitals with the
            # motto beside it ('CỤM THI ĐUA SỐ 3' / 'UBND PHƯỜNG TỨ MINH (CỤM TRƯỞNG)   Độc lập - …')
            break
        top.append(i)
    # number and symbol
    for i in top:
        symbol = _symbol(texts[i])
        if symbol and (NUMBER_LABEL.search(folded[i]) or re.match(r"^\s*\d{0,5}\s*/", texts[i])
                       or re.match(r"^\s*so\s+\d{1,5}-", folded[i])):         # 'Số 08-NQ/ĐU'
            h.doc_number = symbol
            h.header_lines.add(lines[i][:2])
            break
    # place and date
    for i in top:
        m = DATE_LINE.search(folded[i])
        if not m or ("," not in texts[i][:m.start() + 1] and i > 12):
            continue
        h.header_lines.add(lines[i][:2])
        if m.group(1) and m.group(2):
            h.issued_date = iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        before = texts[i][:m.start()].rstrip(" ,")
        if h.doc_number:
            sm = SYMBOL.search(before)
            if sm:
                before = before[sm.end():]
        before = re.sub(r"^.*?(?:S[ốô]|So)\s*:\s*\S*", "", before).strip(" ,")
        known = _place_from(before)
        if known:
            h.place = known[0]
        elif before:
            words = [w for w in before.split() if w[:1].isupper()]
            h.place = " ".join(words[-3:]) or None
        break
    # issuer: organisation lines of the header (motto removed)
    org_parts = []
    for i in top[:8]:
        text = texts[i]
        f = folded[i]
        mm = MOTTO.search(f)
        while mm:
            text = text[:mm.start()] + " " + text[mm.end():]
            f = f[:mm.start()] + " " + f[mm.end():]
            mm = MOTTO.search(f)
        text = re.split(r"\b(?:Số|So|S6|86)\s*:", text)[0]
        text = text.strip(" -_")
        letters = [c for c in text if c.isalpha()]
        # capitals ('UBND ĐẶC KHU BẠCH LONG Vĩ': one small letter OCR gave in a capitals line does not matter)
        if text and letters and sum(c.isupper() for c in letters) >= max(len(letters) - 1, 0.95 * len(letters)) \
                and not type_by_name(text):
            org_parts.append(text)
            h.header_lines.add(lines[i][:2])
        elif org_parts:
            break
    # ('ỦY BAN NHÂN DÂN' / 'PHƯỜNG HƯNG ĐẠO' / '(CỤM TRƯỞNG CỤM THI ĐUA SỐ 5)': what the issuer is besides, in parentheses)
    org_parts = [p for p in org_parts if not re.fullmatch(r"\s*\([^()]*\)\s*", p)] or org_parts
    issuer = None
    team = None
    if len(org_parts) == 3 and re.match(r"(?:doan|to)\s", fold(org_parts[2]).strip()):
        # 'UBND THÀNH PHỐ HẢI PHÒNG' / 'SỞ NỘI VỤ' / 'ĐOÀN KIỂM TRA CCHC': a team the Sở formed
        team, org_parts = org_parts[2], org_parts[:2]
    named = UBND.search(fold(org_parts[0])) if org_parts else None
    if len(org_parts) > 2 and named and named.group(1) and not UBND.search(fold(" ".join(org_parts[1:]))):
        # 'UBND XÃ …' / 'TRUNG TÂM PHỤC VỤ' / 'HÀNH CHÍNH CÔNG': one office's name wrapped over two lines
        # ('ỦY BAN NHÂN DÂN' / 'XÃ KẺ SẶT' / 'PHÒNG …': the committee's name takes two lines itself)
        org_parts = [org_parts[0], " ".join(org_parts[1:])]
    agency = next((k for k, p in enumerate(org_parts[:-1]) if fold(p).strip() in ("bao hiem xa hoi", "kho bac nha nuoc")), None)
    city = re.fullmatch(r"\s*(THÀNH PHỐ|TỈNH)\s+(.{2,30}?)\s*", org_parts[agency + 1]) if agency is not None else None
    if city:
        # 'BẢO HIỂM XÃ HỘI VIỆT NAM' / 'BẢO HIỂM XÃ HỘI' / 'THÀNH PHỐ HẢI PHÒNG': a line agency's office in the city
        name = org_parts[agency].strip()
        issuer = f"{name[:1]}{name[1:].lower()} {city.group(1).lower()} {_title_case(city.group(2))}"
        org_parts = []
    police = next((POLICE.fullmatch(fold(p).strip()) for p in org_parts if POLICE.fullmatch(fold(p).strip())), None)
    if police:
        # 'CÔNG AN THÀNH PHỐ HẢI PHÒNG' / 'CÔNG AN XÃ VĨNH AM': the commune's police issues it
        part = next(p for p in org_parts if POLICE.fullmatch(fold(p).strip()))
        place = _place_from(part.strip()[police.start(2):])
        kind = KIND_NAMES[re.sub(r"\s+", " ", police.group(1))]
        if place:
            issuer, h.locality = f"Công an {kind} {place[0]}", f"{kind} {place[0]}"
            org_parts = []
    if org_parts:
        # 'UBND PHƯỜNG GIA VIÊN' / 'VĂN PHÒNG HĐND VÀ UBND': an office of the committee issues it
        if len(org_parts) > 1 and re.fullmatch(r"ban\s*thuong\s*(?:truc|vu)", fold(org_parts[-1]).strip()):
            org_parts = org_parts[:-1]      # 'BAN THƯỜNG TRỰC' under the Front's name: the body acting for it
        office = re.match(r"(?:van\s*phong|phong|trung\s*tam|ban)\s", fold(org_parts[-1]).strip())
        sub_unit = len(org_parts) > 1 and (office or not UBND.search(fold(org_parts[-1]))) and \
            not PARTY.match(fold(org_parts[-1]).strip()) and \
            not re.match(r"(?:phuong|xa|dac\s*khu|thanh\s*pho|tinh|quan|huyen)\b", fold(org_parts[-1]).strip())
        found = _issuer_from_org(" ".join(org_parts[:-1] if sub_unit else org_parts))
        if not found and sub_unit and _issuer_from_org(org_parts[-1]):
            # 'THÀNH ĐOÀN HẢI PHÒNG' over 'BCH ĐOÀN PHƯỜNG NGÔ QUYỀN': the body above, then the issuer itself
            found, sub_unit = _issuer_from_org(org_parts[-1]), False
        if found:
            issuer, h.locality = found
            if sub_unit:
                from extractors.gazetteer import find_unit
                # (a bare 'VĂN PHÒNG' is the committee's own office, not a unit the two words come near: 'Văn phòng Sở')
                unit = find_unit(_title_case(org_parts[-1]), 0.85) if fold(org_parts[-1]).strip() != "van phong" else None
                own = org_parts[-1][:1] + org_parts[-1][1:].lower()
                if unit and unit.kind != "ubnd":
                    # the commune's own office is named with its commune, as its seal reads; a Sở with its city
                    # ('Sở Nội vụ thành phố Hải Phòng'); a team with the committee that formed it ('ĐOÀN KIỂM TRA'
                    # under 'UBND XÃ AN HƯNG': 'Đoàn kiểm tra UBND xã An Hưng')
                    issuer = f"{unit.name} {h.locality}" if h.locality and unit.kind in (
                        "văn phòng", "phòng", "trung tâm", "sở") else \
                        f"{unit.name} {issuer}" if re.match(r"(?:doan|to)\s", fold(unit.name)) else unit.name
                elif len(own.split()) <= 3:
                    issuer = f"{own} {issuer}"          # 'VĂN PHÒNG' under 'UBND THÀNH PHỐ HẢI PHÒNG'
                elif re.match(r"ban\s*chi\s*dao\s", fold(own)) and h.locality:
                    # 'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH' under 'UBND XÃ HÀ TÂY': the commune's steering committee
                    issuer = f"Ban Chỉ đạo {own.split(None, 3)[3]} {h.locality}"
                elif re.match(r"(?:to|doan)\s+(?:kiem\s*tra|cong\s*tac|giup\s*viec)(?!\w)", fold(own)) and h.locality:
                    # 'TỔ KIỂM TRA CÔNG TÁC MỘT CỬA' under 'UBND XÃ TRƯỜNG TÂN': the commune's own team
                    issuer = f"{own} {h.locality}"
                else:
                    issuer = own
    if issuer and team:
        from extractors.gazetteer import find_unit
        words = team.split()
        unit = next((u for k in range(len(words), 1, -1) for u in [find_unit(_title_case(" ".join(words[:k])), 0.85)]
                     if u is not None), None)      # 'ĐOÀN KIỂM TRA CCHC': the team ('Đoàn kiểm tra'), its topic aside
        issuer = f"{unit.name if unit else team[:1] + team[1:].lower()} {issuer}"
    if not issuer:
        for signer in text_signers or []:
            found = _issuer_from_org(signer) if signer and signer.upper() == signer else None
            if found:
                issuer, h.locality = found
                break
    if not issuer:
        for f, t in zip(folded, texts):
            for m in re.finditer(r"(?:uy\s*ban\s*nhan\s*dan|ubnd)\s*(phuong|xa|dac\s*khu)\s+", f):
                known = _place_from(" ".join(t[m.end():].split()[:4][:4]))
                words = t[m.end():].split()
                for k in range(4, 0, -1):
                    entry = place_named(" ".join(words[:k]))
                    if entry:
                        kind = KIND_NAMES[re.sub(r"\s+", " ", m.group(1))]
                        issuer, h.locality = f"UBND {kind} {entry.name}", f"{kind} {entry.name}"
                        break
                if issuer:
                    break
            if issuer:
                break
    if not issuer and h.place and any(re.search(r"uy\s*ban\s*nhan\s*dan|ubnd", f) for f in folded):
        entry = place_named(h.place)
        if entry:
            issuer, h.locality = f"UBND {entry.kind} {entry.name}", f"{entry.kind} {entry.name}"
    emulation = next((p for p in org_parts if re.match(r"(?:cum|khoi)\s+thi\s+dua\b", fold(p).strip())), None)
    if emulation:
        # 'CỤM THI ĐUA SỐ 3' / 'UBND PHƯỜNG TỨ MINH (CỤM TRƯỞNG)': the cluster issues it through its lead
        # ward, whose place stays the document's locality
        emulation = emulation.strip()
        issuer = emulation[:1] + emulation[1:].lower()
    h.issuer = issuer
    if not h.place and h.locality:
        h.place = h.locality.split(" ", 1)[1] if not h.locality.startswith("đặc khu") else h.locality[8:]
    # ------------------------------------------------------------ type and subject
    title_index = None
    for i in top:
        text = texts[i].strip()
        if lines[i][:2] in h.header_lines or re.match(r"(?:ubnd\s+)?(?:phuong|xa|dac\s*khu)\s+\S", folded[i].strip()) \
                and _place_from(re.sub(r"^(?:UBND\s+)?\S+\s+", "", text.title())) and not type_by_name(text):
            continue              # 'PHƯỜNG AN DƯƠNG' is the issuer, not 'Phương án …'
        entry = type_by_name(text) if text.upper() == text and len(text) < 40 else None
        if entry is None and text.upper() == text and len(text.split()) <= 6 and not MOTTO.search(folded[i]):
            # 'THÔNG BÁO KẾT LUẬN', 'BÁO CÁO TÓM TẮT': the type opens the title
            starts = [e for e in doc_types() if re.match(re.escape(fold(e.name)) + r"(?!\w)", folded[i].strip())]
            entry = max(starts, key=lambda e: len(e.name)) if starts else None
        if entry:
            h.doc_type = entry.name
            title_index = i
            h.header_lines.add(lines[i][:2])
            break
    subject_lines: list[int] = []
    for i in top:
        if SUBJECT_LEAD.match(folded[i]) and re.match(r"^\s*v\s*/\s*v", folded[i]):
            subject_lines = [i]
            for j in range(i + 1, min(n, i + 4)):
                if _ends_subject(texts, folded, subject_lines, j):
                    break
                if DATE_LINE.search(folded[j]):
                    continue
                subject_lines.append(j)
            break
    if not subject_lines and title_index is not None:
        for j in range(title_index + 1, min(n, title_index + 6)):
            if not texts[j].strip():
                if subject_lines:
                    break
                continue
            if not subject_lines and _opens_subject(texts[j], folded[j]):
                subject_lines.append(j)      # 'Thực hiện chuyển đổi số …' under the title is its subject, not the body
                continue
            if _ends_subject(texts, folded, subject_lines, j) or re.match(r"^[-_\s]+$", texts[j]):
                break
            subject_lines.append(j)
    if not subject_lines:
        # no title: a short opening paragraph before the body is the subject ('Kết quả thực hiện …')
        for j in top:
            t = texts[j].strip()
            if not t:
                if subject_lines:
                    break
                continue
            if lines[j][:2] in h.header_lines or MOTTO.search(folded[j]) or SYMBOL.search(t):
                if subject_lines:
                    break
                continue
            if t.upper() == t or re.match(r"^\s*kinh\s*gui", folded[j]) or t.startswith(("-", "+")):
                if subject_lines:
                    break
                continue
            subject_lines.append(j)
            if len(subject_lines) >= 3:
                break
    if subject_lines:
        subject = " ".join(texts[j].strip() for j in subject_lines)
        subject = subject[SUBJECT_LEAD.match(fold(subject)).end():] if SUBJECT_LEAD.match(fold(subject)) else subject
        h.subject = re.sub(r"\s+", " ", subject).strip(" .;:") or None
        for j in subject_lines:
            h.header_lines.add(lines[j][:2])
    if not h.doc_type and h.doc_number:
        h.doc_type = _type_of_symbol(h.doc_number)
    if not h.doc_type and any(re.match(r"^\s*v\s*/\s*v", folded[i]) for i in top):
        h.doc_type = "Công văn"
    if not h.doc_type:
        tail = " ".join(folded[max(0, footer - 4):footer + 1])
        for regex, name in CLOSING_TYPES:
            if regex.search(tail):
                h.doc_type = name
                break
    # ------------------------------------------------------------ signer
    box = next((i for i in range(footer, n) if APPROVAL_BOX.match(folded[i])), n)
    zone = list(range(footer, box))       # (not the box left below for the one the document goes to)
    best = None
    found_titles: list[tuple[int, int, str]] = []
    for i in zone:
        upper = texts[i]
        taken: list[tuple[int, int]] = []
        for title in sorted(TITLES, key=len, reverse=True):
            for m in re.finditer(r"(?<![\w])" + re.escape(fold(title)) + r"(?![\w])", folded[i]):
                written = upper[m.start():m.end()]
                if not _mostly_upper(written) or any(a <= m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found_titles.append((i, m.start(), title))
                if best is None or i > best[0] or (i == best[0] and m.start() > best[1]):
                    best = (i, m.start(), title)
    if best and re.match(r"\s*(?:ubnd|uy\s*ban|phuong|xa|dac\s*khu|so)\s", folded[best[0]][best[1] + len(fold(best[2])):]):
        # 'TM. CỤM THI ĐUA SỐ 6' / 'CỤM TRƯỞNG' / 'CHỦ TỊCH UBND PHƯỜNG HÒA BÌNH': the line naming the signer's own
        # office under the title they sign with explains who they are; the title above is the signature's
        above = [t for t in found_titles if t[0] == best[0] - 1]
        best = above[-1] if above else best
    fuzzy = _fuzzy_title(texts, folded, zone)
    if best is None or (fuzzy and fuzzy[0] > best[0]):
        best = fuzzy
    if best:
        h.signer_title = best[2]
        level = re.match(r"\s*(xa|phuong|dac\s*khu)(?!\w)", folded[best[0]][best[1] + len(fold(best[2])):]) \
            if best[2].endswith("Công an") else None
        if level:
            # 'TRƯỞNG CÔNG AN PHƯỜNG': the police of the ward, not the city's ('Trưởng Công an phường')
            h.signer_title += " " + {"xa": "xã", "phuong": "phường"}.get(level.group(1), "đặc khu")
    start = best[0] + 1 if best else footer
    for i in range(start, box):
        name = _person(texts[i])
        if name:
            h.signer_name = name
            break
    from rapidfuzz import fuzz
    for signer in text_signers or []:
        person = _person(signer) if signer and signer.upper() != signer else None
        if person and (not h.signer_name or fuzz.ratio(fold(person), fold(h.signer_name)) >= 70
                       or any(fold(person) in folded[i] for i in zone)):
            # the signing tool's spelling keeps its marks; and of several names under the signature blocks
            # ('Hoàng Minh Đức   Phạm Quang Khải' / 'THƯ KÝ' / 'Vũ Thị Phương Thảo') the one who signed is the signer
            h.signer_name = person
            break
    # ------------------------------------------------------------ recipients
    h.recipients = _recipients(texts, folded, footer)
    # ------------------------------------------------------------ references
    seen = []
    own = (h.doc_number or "").lstrip("/")
    for t in texts:
        for m in REFERENCE.finditer(t):
            ref = _fix_reference(m.group(1))
            if ref not in seen and ref != own and ref != h.doc_number:
                seen.append(ref)
    h.references = seen
    return h


def _opens_subject(text: str, folded: str) -> bool:
    """The first line under a title reads as its subject even when it opens like a body sentence
    ('Thực hiện chuyển đổi số …'): a short line in sentence case that cites no document."""
    text = text.strip()
    return (bool(text) and text[:1].isupper() and not text.isupper() and len(text) <= 100
            and re.match(r"^\s*(?:thuc\s*hien|nham|hien\s*nay|de\s*tao)\b", folded) is not None
            and not REFERENCE.search(text) and not re.search(r"\bs[oố]\s*\d", text) and not text.endswith((":", ";", ",")))


def _ends_subject(texts: list[str], folded: list[str], taken: list[int], j: int) -> bool:
    """Line j is not part of the subject: blank, 'Kính gửi', the body, the motto, a date line, an
    all-capitals line, or a new sentence after a line that ended complete (a year, a full stop)."""
    text = texts[j].strip()
    if "\t" in text or re.match(r"^\s*(?:stt|tt)\b", folded[j]):
        return True                               # a table starts
    if not text or re.match(r"^\s*kinh\s*gui", folded[j]) or BODY_START.match(folded[j]) or MOTTO.search(folded[j]):
        return True
    if DATE_LINE.search(folded[j]) and "," in text[:40]:
        return True
    if text.upper() == text and any(c.isalpha() for c in text):
        return True
    if re.match(r"^\s*(?:uy\s*ban\s*nhan\s*dan|ubnd)\b", folded[j]) and not text.isupper():
        return True
    if taken and text[:1].isupper() and re.search(r"(?:\d|[.:;])\s*$", texts[taken[-1]]):
        return True
    if taken and text.startswith("(") and len(text) > 30 and "(" not in texts[taken[-1]] \
            and not re.match(r"\([^()]{1,40}\)\s+\S", text):
        return True                 # '(Giấy mời này thay thế Giấy mời số 85/GM-UBND …)': a note under the subject
        #                             (not '(Bộ chỉ số 766) của phường … năm 2027': the subject goes on)
    return False


def _fuzzy_title(texts: list[str], folded: list[str], zone: list[int]):
    """The signer's title when OCR damaged it ('CHﬁ TỊCH'): closest title among the capitalised runs."""
    from rapidfuzz import fuzz
    best = None
    for i in zone:
        tokens = list(re.finditer(r"\S+", texts[i]))
        runs, run = [], []
        for tok in tokens:
            if _upper(tok.group(0)):
                run.append(tok)
            else:
                if run:
                    runs.append(run)
                run = []
        if run:
            runs.append(run)
        for run in runs:
            phrase = " ".join(tok.group(0) for tok in run)
            if fold(phrase).startswith(("tm.", "kt.", "tl.")):
                phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
            if len(phrase) < 5:
                continue
            key = fold(phrase).strip(" .,;:")
            for title in sorted(TITLES, key=len):
                score = fuzz.ratio(key, fold(title))
                # a title whose first word the seal or the scan took away ('VĂN PHÒNG' of 'CHÁNH VĂN PHÒNG')
                tail = " " in key and len(key) >= 8 and fold(title).endswith(" " + key)
                if (score >= 80 or tail) and (best is None or i > best[0] or (i == best[0] and run[0].start() > best[1])):
                    best = (i, run[0].start(), title)
                    break
    return best


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if not c.islower()) >= 0.6 * len(letters)


def _upper(token: str) -> bool:
    """A capitalised token ('CHỦ', 'TỊCH', OCR's 'CHﬁ'); ligatures have no single-letter upper case."""
    return any(ch.isalpha() for ch in token) and all(not ch.islower() or len(ch.upper()) != 1 for ch in token)


class _PersonWord:
    @staticmethod
    def match(word: str) -> bool:
        return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


PERSON_WORD = _PersonWord()


# a police or army officer signs with their rank before the name ('Trung tá Lương Văn Khánh'): not the name
RANK = re.compile(r"^(?:Thiếu|Trung|Thượng|Đại)\s+(?:tá|úy|uý)\s+(?=\S)", re.I)


def _person(text: str) -> Optional[str]:
    text = re.sub(r"\s+", " ", text.replace("*", "")).strip(" .,")
    text = RANK.sub("", text)
    words = text.split()
    if not 2 <= len(words) <= 5:
        return None
    if not all(PERSON_WORD.match(w) for w in words):
        return None
    if fold(text).startswith(("noi nhan", "nhu tren", "viet nam", "ha noi", "hai phong")):
        return None
    if any(fold(text) == fold(t) for t in TITLES):
        return None
    return text


def _signer_words(run: str) -> bool:
    f = fold(run)
    return bool(re.search(r"(?:^|\s)(?:tm|kt|tl|q)\s*\.|uy\s*ban|chu\s*tich|giam\s*doc|truong|chanh|pho(?!\w)", f))


def _recipients(texts: list[str], folded: list[str], footer: int) -> list[str]:
    out: list[str] = []
    addressed: list[str] = []
    for i, f in enumerate(folded):
        if re.match(r"^\s*kinh\s*gui", f):
            rest = texts[i].split(":", 1)[1].strip() if ":" in texts[i] else ""
            items = [rest] if rest else []
            for j in range(i + 1, min(len(texts), i + 12)):
                t = texts[j].strip()
                if not t:
                    continue
                if not t.startswith(("-", "+", "•")):
                    break
                items.append(t)
            addressed = [x.strip(" -+•;.") for x in items if x.strip(" -+•;.")]
            break
    start = None
    for i in range(len(folded)):
        if re.match(r"^\s*noi\s*nh\w{1,2}n\s*:", folded[i]):
            start = i
            break
    if start is not None:
        first = re.sub(r"^\s*N\w+\s*nh\w+\s*:?", "", texts[start]).strip()
        candidates = [first] + [texts[j] for j in range(start + 1, min(len(texts), start + 16))]
        for t in candidates:
            t = t.strip()
            if not t:
                continue
            if not t.startswith(("-", "+", "•")):
                if out:
                    break
                continue
            item = re.split(r"(?:;|\.)\s+(?=[A-ZĐÀ-Ỹ]{2,}|TM\.|KT\.|TL\.)", t.strip(" -+•"))[0]
            run = re.search(r"\s+(?:[A-ZĐÀ-Ỹ.]{2,}\s*)+$", item)
            if run and not re.fullmatch(r"[A-ZĐÀ-Ỹ ,.;]+", item) and _signer_words(run.group(0)):
                item = item[:run.start()]         # the signer block run into the list ('Lưu: VT. CHỦ TỊCH')
            item = item.strip(" ;.,")
            if item:
                out.append(item)          # as written, 'Như trên' and 'Lưu: VT' included
    return out or addressed
