"""Checks that send a record to review (status needs_review, with a reason).

    run_checks(records, issued=None, threshold=LOW_CONFIDENCE)

- a score above its maximum, a rank above out_of;
- criterion scores of one entity/index/period that do not add up to its 'Tổng điểm' (all six groups present);
- a deadline before the document's date;
- an assignee that is not in dictionaries/units.tsv (nor the issuer);
- low OCR or restoration confidence on the record's source tokens;
- two records of one fact that disagree (one entity, index, criterion and period with two scores or two
  ranks: 'xếp hạng 52/114' in prose, '92' in the table row OCR misread).
Reasons are short Vietnamese phrases (the review page shows them to clerks) with an English key first.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from extractors.gazetteer import criteria, find_all, find_unit, fold
from extractors.scores import INDEX_766, TOTAL
from extractors.sections import (ALL_COMMITTEES, CHAIRS_OF_COMMUNES, commune_committee, office_head_only,
                                 without_locality_word)
from vanban.model import DocumentRecords

LOW_CONFIDENCE = 0.6


def _known_unit(name: str) -> bool:
    """In the dictionary, or opening with a dictionary unit ('Ủy ban MTTQ Việt Nam xã và các tổ chức …');
    a deputy named by the area they lead ('Phó Chủ tịch UBND xã phụ trách khối Kinh tế') is the office."""
    name = re.sub(r"\s+phụ trách\b.*$", "", name)
    name = re.sub(r"(?i)^(phó chủ tịch)\s+thường trực\b", r"\1", name)     # 'Phó Chủ tịch Thường trực UBND …'
    every = ALL_COMMITTEES.fullmatch(name)
    if CHAIRS_OF_COMMUNES.fullmatch(fold(name)) or (every and not every.group(2).strip()):
        return True                  # 'Chủ tịch UBND các xã, phường', 'UBND các xã, phường, đặc khu' in a city body's letter
    committee = commune_committee(re.sub(r"(?i)^(?:phó\s+)?chủ\s+tịch\s+", "", name))
    if committee and not committee[1]:
        return True                  # 'UBND xã Hà Tây', 'Chủ tịch UBND xã Chí Minh': a real commune's (places.tsv)
    if find_unit(name, 0.85) or find_unit(without_locality_word(name), 0.85):
        return True
    if office_head_only(name):
        return True                  # 'Phó Trưởng phòng' in an office's own report: its own head
    if re.fullmatch(r"(?i)tổ\s+(?!trưởng|phó|viên)[^\W\d]+(?:\s+[^\W\d]+){2,7}", name.strip()):
        return True                  # 'Tổ số hóa hồ sơ đất đai': a team a plan sets up, named by its work (not a member)
    return any(start <= 2 and entry.kind != "ubnd" for start, _, entry in find_all("units", name))


# a department named in full, every word after 'Phòng' written with its marks ('Phòng Công nghệ thông tin', 'Văn phòng
# Trung tâm')
OWN_OFFICE = re.compile(r"(?:Văn\s+p|P)hòng\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:,?\s+(?:-\s+)?[^\W\d_]+){1,7}"
                        r"|(?:Các\s+chi\s+nhánh|Chi\s+nhánh\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})")
# (and its branches: 'Các chi nhánh', 'Chi nhánh Kiến An'; 'Phòng Kiểm tra, Giám sát' with its comma)


# 'đứng thứ ba trong Cụm', 'xếp thứ tư (93,47 điểm, thứ 45/114)': a place among a few, in words, beside the city's rank
IN_CLUSTER = re.compile(r"(?<!\w)(?:thu|hang)\s*[^\W\d]{2,5}\s*(?:trong|cua)\s*cum(?!\w)|"
                        r"(?<!\w)(?:xep|dung)\s*thu\s*(?:nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)(?!\w)")


# a line giving a PAR Index field's points twice: as the commune scored itself and as the appraisal did
SELF_AND_APPRAISED = re.compile(r"tu\s*(?:cham|danh\s*gia)(?!\w).*tham\s*dinh|tham\s*dinh.*tu\s*(?:cham|danh\s*gia)(?!\w)")


def run_checks(records: DocumentRecords, issued: Optional[str] = None, threshold: float = LOW_CONFIDENCE) -> None:
    groups = {e.name for e in criteria() if e.name != TOTAL and e.kind == INDEX_766}   # the groups that add up to 100
    for score in records.scores:
        if score.max is not None and score.value > score.max + 1e-9:
            score.where.flag(f"value_above_max: điểm {score.value:g} lớn hơn tối đa {score.max:g}")
    for rank in records.ranks:
        if rank.out_of is not None and rank.rank > rank.out_of:
            rank.where.flag(f"rank_above_out_of: hạng {rank.rank} lớn hơn tổng số {rank.out_of}")
        if rank.rank < 1:
            rank.where.flag("rank_not_positive: hạng phải từ 1 trở lên")
    by_key = defaultdict(list)
    for score in records.scores:
        by_key[(score.entity, score.index, score.period)].append(score)
    for items in by_key.values():
        totals = [s for s in items if s.criterion == TOTAL]
        parts = {s.criterion: s.value for s in items if s.criterion in groups}
        several = len({(s.criterion, s.value) for s in items if s.criterion in groups}) > len(parts)
        if totals and len(parts) == len(groups) and not several:
            # (a group with two values in one period, e.g. two quarters' columns with no period: which
            # parts go with which total is not known)
            added = round(sum(parts.values()), 2)
            if items[0].period is None and len({t.value for t in totals}) > 1:
                continue        # totals of several spans with no period form (a quarter's mean, the year's, …): which
                #                 one the groups add up to is not known
            for total in totals:
                if abs(added - total.value) > 0.02 * len(groups):
                    total.where.flag(f"sum_mismatch: tổng các nhóm {added:g} khác tổng điểm {total.value:g}")
    for kind, items, value_of in (("score", records.scores, lambda r: round(r.value, 3)),
                                  ("rank", records.ranks, lambda r: r.rank)):
        facts = defaultdict(list)
        widest: dict = defaultdict(int)          # a rank without its total is taken among the widest one
        for record in items:
            if kind == "rank" and record.out_of:
                key = (record.entity, record.index, record.criterion, record.period)
                widest[key] = max(widest[key], record.out_of)
        for record in items:
            # a rank among the 114 and one among a cluster's 6 are two rankings, not a conflict
            key = (record.entity, record.index, record.criterion, record.period)
            among = (record.out_of or ("cụm" if IN_CLUSTER.search(fold(record.where.source_text or "")) else widest.get(key))) \
                if kind == "rank" else None       # ('đứng thứ ba trong Cụm …, xếp thứ 28/114': two rankings)
            facts[key + (among,)].append(record)
        for (_, _, _, period, _), same in facts.items():
            if period is None:
                continue        # 'quý I đạt 88,74 điểm, quý II đạt 90,15 điểm': periods with no form, not one
            values = sorted({value_of(r) for r in same})
            if kind == "score" and len(values) == 2 and len({r.where.source_text for r in same}) == 1 \
                    and SELF_AND_APPRAISED.search(fold(same[0].where.source_text)):
                continue        # 'Cải cách tài chính công: tự chấm 6,25 điểm, thẩm định còn 5,5 điểm': two assessments,
                #                 the line says whose each is
            if len(values) > 1:
                shown = ", ".join(f"{v:g}" for v in values)
                for record in same:
                    record.where.flag(f"{kind}_conflict: văn bản ghi nhiều giá trị khác nhau ({shown})")
    issuer = fold(records.document.issuer or "")
    # the committee of the issuer's commune ('UBND xã Ninh Giang' in its HĐND's resolution) is known
    # a city body's own departments ('Phòng Giám sát và Hỗ trợ' in the city centre's report) are many and its own to
    # name; a commune's offices are few, all in the dictionary
    own_offices = bool(re.match(r"(?:trung\s*tam|so|van\s*phong|ban|bao\s*hiem\s*xa\s*hoi|cong\s*an)\s", issuer)) \
        and "thanh pho" in issuer      # ('Bảo hiểm xã hội thành phố Hải Phòng': its 'Phòng Quản lý thu - Sổ, thẻ')
    committee = "ubnd " + issuer.split(" ", 1)[1] if issuer.startswith(("ubnd ", "hdnd ")) and " " in issuer else issuer
    for task in records.tasks:
        if issued and task.deadline.date and task.deadline.date < issued:
            task.where.flag(f"deadline_before_issue: thời hạn {task.deadline.date} trước ngày ban hành {issued}")
        if task.assignee and fold(task.assignee) not in (issuer, committee) and not _known_unit(task.assignee) \
                and not (own_offices and OWN_OFFICE.fullmatch(task.assignee)):
            task.where.flag(f"unknown_assignee: đơn vị '{task.assignee}' không có trong danh mục")
    for _, record in records.all_records():
        if record.where.confidence < threshold:
            record.where.flag(f"low_confidence: độ tin cậy đọc/khôi phục thấp ({record.where.confidence:.2f})")
