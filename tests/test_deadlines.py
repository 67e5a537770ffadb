"""Deadlines normalised as the record contract says (own sentences, no seeds)."""
from __future__ import annotations

import pytest

from extractors.deadlines import find_deadline

ISSUED = "2025-10-06"


@pytest.mark.parametrize("text, date, kind, words", [
    ("Tổng hợp danh sách, gửi Văn phòng trước ngày 15/10/2025.", "2025-10-15", "by", "trước ngày 15/10/2025"),
    ("Báo cáo kết quả chậm nhất ngày 20 tháng 10 năm 2025.", "2025-10-20", "by", "chậm nhất ngày 20 tháng 10 năm 2025"),
    ("Hoàn thành việc chỉnh trang khu vực một cửa trong tháng 11/2025.", "2025-11-30", "month", "trong tháng 11/2025"),
    ("Tổ chức hội nghị đối thoại vào 8 giờ ngày 24/10/2025 tại hội trường.", "2025-10-24", "exact", "ngày 24/10/2025"),
    ("Gửi số liệu về Phòng Kinh tế trước ngày 25/10.", "2025-10-25", "by", "trước ngày 25/10"),
    ("Cập nhật kết quả lên trang thông tin điện tử hằng tháng.", None, "recurring", "hằng tháng"),
    ("Giao ban vào sáng thứ Sáu hằng tuần.", None, "recurring", "hằng tuần"),
    # every week (or month) until a quarter's end: recurring, not due at the quarter's end
    ("Chủ trì họp kiểm điểm vào chiều thứ Sáu hằng tuần, đến hết quý I/2026.", None, "recurring",
     "hằng tuần, đến hết quý I/2026"),
    ("Ra quân hỗ trợ vào sáng thứ Bảy hằng tuần, từ nay đến hết quý I/2026.", None, "recurring",
     "hằng tuần, từ nay đến hết quý I/2026"),
    ("Trả lời công dân trong 05 ngày làm việc kể từ ngày nhận đơn.", None, "relative", "trong 05 ngày làm việc"),
    ("Xử lý dứt điểm ngay trong ngày tiếp nhận.", None, "relative", "ngay trong ngày"),
    ("Thực hiện nghiêm túc quy chế làm việc của cơ quan.", None, "none", None),
    ("Thời hạn hoàn thành: 30/11/2025.", "2025-11-30", "by", "Thời hạn hoàn thành: 30/11/2025"),
    ("Ra quân thu dọn từ ngày 01/11/2025 đến hết ngày 15/11/2025.", "2025-11-15", "by", "đến hết ngày 15/11/2025"),
    ("Hoàn thành trong quý IV/2025.", "2025-12-31", "by", "trong quý IV/2025"),
    ("Phòng Kinh tế chủ trì thực hiện; thời gian: Quý I/2026.", "2026-03-31", "by", "thời gian: Quý I/2026"),
    # the year-end appraisal a sanction names is no deadline: the work's own time is
    ("Kiểm tra việc cập nhật trạng thái hồ sơ vào cuối mỗi ngày làm việc; công chức để hồ sơ bị ghi nhận quá hạn "
     "sẽ bị xem xét trách nhiệm khi đánh giá, xếp loại cuối năm.", None, "recurring", "cuối mỗi ngày làm việc"),
    # how often, from a day on; 'mỗi ngày (làm việc)'
    ("Kể từ ngày 03/12/2026, vào 09 giờ 00 và 15 giờ 00 mỗi ngày làm việc, gửi danh sách hồ sơ đến hạn.", None,
     "recurring", "mỗi ngày làm việc"),
    ("Gửi báo cáo nhanh vào 16 giờ mỗi ngày.", None, "recurring", "mỗi ngày"),
    # a range of quarters: by the end of the last
    ("Tuyên truyền về đợt điều tra SIPAS; thực hiện trong quý II và quý III/2026.", "2026-09-30", "by",
     "trong quý II và quý III/2026"),
    ("Rà soát quy trình nội bộ; thời gian: Quý I - II/2026.", "2026-06-30", "by", "thời gian: Quý I - II/2026"),
    ("Làm rõ trách nhiệm trong tuần đầu tháng 4/2026.", "2026-04-05", "by", "trong tuần đầu tháng 4/2026"),
    ("Tham mưu sơ kết; thời gian thực hiện: tháng 12/2025.", "2025-12-31", "month", "thời gian thực hiện: tháng 12/2025"),
    ("Đưa kết quả vào xếp loại thi đua cuối năm 2025.", "2025-12-31", "by", "cuối năm 2025"),
    ("Số hóa hồ sơ đất đai tồn đọng trong 6 tháng đầu năm 2026.", "2026-06-30", "by", "trong 6 tháng đầu năm 2026"),
    ("Cập nhật cơ sở dữ liệu đến hết tháng 11/2025.", "2025-11-30", "month", "đến hết tháng 11/2025"),
    ("Tổng hợp số liệu trước 16 giờ 00 ngày thứ Năm (16/10/2025), gửi Văn phòng.", "2025-10-16", "by",
     "trước 16 giờ 00 ngày thứ Năm (16/10/2025)"),
    ("Tổ chức ca làm việc vào sáng thứ Bảy hằng tuần trong tháng 12/2025.", None, "recurring", "hằng tuần trong tháng 12/2025"),
    ("Hướng dẫn người dân nộp hồ sơ trực tuyến ngay khi đến giao dịch; không nhận hồ sơ giấy.", None, "relative",
     "ngay khi đến giao dịch"),
    ("Tổng hợp số liệu, báo cáo trước ngày 20 hằng tháng.", None, "recurring", "trước ngày 20 hằng tháng"),
    ("Báo cáo tiến độ vào ngày 05 hằng tháng.", None, "recurring", "vào ngày 05 hằng tháng"),
    ("Báo cáo kết quả trước 17h00 ngày 23/10/2025.", "2025-10-23", "by", "trước 17h00 ngày 23/10/2025"),
    # ISSUED is Monday 06/10/2025: next week's Wednesday is 15/10
    ("Tham mưu kiểm điểm trách nhiệm; trình trước 16 giờ 30 thứ Tư tuần sau.", "2025-10-15", "by",
     "trước 16 giờ 30 thứ Tư tuần sau"),
    ("Trình phê duyệt trong tuần thứ ba của tháng 12/2025.", "2025-12-21", "by", "trong tuần thứ ba của tháng 12/2025"),
    ("Cử cán bộ thường trực tại Trung tâm trong suốt tháng 12/2025.", "2025-12-31", "month", "trong suốt tháng 12/2025"),
    ("Hỗ trợ người dân vào các buổi chiều thứ Ba và thứ Năm trong tháng 12/2025.", None, "recurring",
     "vào các buổi chiều thứ Ba và thứ Năm"),
    ("Bố trí công chức hướng dẫn người dân tại khu vực chờ vào các ngày làm việc trong quý I/2026.", None, "recurring",
     "vào các ngày làm việc trong quý I/2026"),
    ("Tổng hợp, báo cáo tại phiên họp thường kỳ của UBND phường tháng 01/2026.", "2026-01-31", "month",
     "tại phiên họp thường kỳ của UBND phường tháng 01/2026"),
    ("Gửi báo cáo tháng về Văn phòng trước ngày 05 của tháng liền kề.", None, "recurring",
     "trước ngày 05 của tháng liền kề"),
    ("Tổng hợp ý kiến, báo cáo lãnh đạo mỗi tuần 01 lần vào sáng thứ Hai.", None, "recurring", "mỗi tuần 01 lần"),
    ("Phát thanh trên loa các thôn 02 buổi/tuần trong tháng 11 và tháng 12/2025.", None, "recurring",
     "02 buổi/tuần trong tháng 11 và tháng 12/2025"),
    ("Rà soát hồ sơ chưa số hóa cuối mỗi ngày làm việc.", None, "recurring", "cuối mỗi ngày làm việc"),
    ("Trình ký vào ngày làm việc đầu tiên sau kỳ nghỉ lễ Quốc khánh (03/9/2025).", "2025-09-03", "exact",
     "vào ngày làm việc đầu tiên sau kỳ nghỉ lễ Quốc khánh (03/9/2025)"),
    ("Giải quyết dứt điểm hồ sơ tồn đọng trước khi nghỉ Tết Nguyên đán.", None, "relative", "trước khi nghỉ Tết"),
    ("Gửi tài liệu đến các đại biểu trước cuộc họp ít nhất 02 ngày làm việc.", None, "relative",
     "trước cuộc họp ít nhất 02 ngày làm việc"),
    ("Bố trí công chức hỗ trợ vào tất cả các buổi sáng trong tuần.", None, "recurring", "vào tất cả các buổi sáng trong tuần"),
    ("Rà soát, cập nhật danh mục thủ tục từ nay đến cuối tháng.", "2025-10-31", "by", "từ nay đến cuối tháng"),
    ("Báo cáo kết quả bằng văn bản, hạn nộp: 20/10/2025.", "2025-10-20", "by", "hạn nộp: 20/10/2025"),
    ("Trả lời công dân không để quá thứ Sáu tuần này.", "2025-10-10", "by", "không để quá thứ Sáu tuần này"),
    ("Phát tin trên loa truyền thanh 02 lần/ngày đến hết tháng 10/2025.", None, "recurring",
     "02 lần/ngày đến hết tháng 10/2025"),
    ("Hỗ trợ kích hoạt tài khoản trong hai tháng 11 và 12/2025.", "2025-12-31", "by", "trong hai tháng 11 và 12/2025"),
    # the month of what happened before it ('trong tháng 9/2025') is no deadline; the first days of a month are
    ("Rà soát 11 hồ sơ nộp tiền mặt trong tháng 9/2025; hoàn thành trong 10 ngày đầu tháng 11/2025.", "2025-11-10",
     "by", "trong 10 ngày đầu tháng 11/2025"),
    ("Hoàn thành trước ngày họp thôn định kỳ tháng 10 (thứ Bảy, 25/10/2025).", "2025-10-25", "by", "25/10/2025"),
    # 'tháng Chạp' is the lunar month: the days in the calendar are the ones in the parentheses
    ("Trực tại nhà văn hóa từ ngày 20 đến ngày 23 tháng Chạp (từ 07/02 đến 10/02/2026).", "2026-02-10", "by",
     "đến 10/02/2026"),
])
def test_kinds(text, date, kind, words):
    deadline = find_deadline(text, ISSUED)
    assert deadline.kind == kind
    assert deadline.date == date
    if words:
        assert words.lower() in (deadline.text or "").lower()
    else:
        assert deadline.text is None


def test_a_relative_time_beside_a_month_already_past():
    deadline = find_deadline("Tổ chức cuộc họp kiểm điểm việc để phát sinh hồ sơ quá hạn trong tháng 9/2025; thời gian "
                             "hoàn thành chậm nhất sau 05 ngày làm việc kể từ ngày ban hành Công văn này.", ISSUED)
    assert (deadline.date, deadline.kind) == (None, "relative")
    assert deadline.text.startswith("chậm nhất sau 05 ngày làm việc kể từ ngày ban hành")


def test_a_month_already_reached_is_no_deadline():
    # December: 'trong tháng 11' after 'kết quả đạt được' is the month the results were reached in
    assert find_deadline("Duy trì kết quả đạt được trong tháng 11, phấn đấu vào nhóm 30 đơn vị dẫn đầu.",
                         "2025-12-05").kind == "none"
    assert find_deadline("Hoàn thành trong tháng 3.", "2025-12-05").date == "2026-03-31"


def test_month_without_year_resolves_against_the_document_date():
    assert find_deadline("Hoàn thành trong tháng 02.", "2025-11-20").date == "2026-02-28"
    assert find_deadline("Hoàn thành trong tháng 12.", "2025-11-20").date == "2025-12-31"


def test_date_of_a_cited_document_is_not_a_deadline():
    text = "Thực hiện theo Kế hoạch số 120/KH-UBND ngày 02/10/2025 của Ủy ban nhân dân phường."
    assert find_deadline(text, ISSUED).kind == "none"


def test_marks_lost_in_ocr_still_read():
    deadline = find_deadline("hoan thanh truoc ngay 30/11/2025", ISSUED)
    assert (deadline.date, deadline.kind) == ("2025-11-30", "by")


def test_a_meeting_held_in_a_month_is_done_by_that_months_end():
    found = find_deadline("Phổ biến nội dung Công văn này đến từng hộ gia đình tại kỳ họp tổ dân phố tháng 12/2026.",
                          "2026-11-18")
    assert (found.date, found.kind, found.text) == ("2026-12-31", "month", "tại kỳ họp tổ dân phố tháng 12/2026")
    assert find_deadline("Tổ chức tại kỳ họp thường lệ của thôn.", "2026-11-18").kind == "none"


def test_a_day_in_parentheses_after_a_month_gives_the_day():
    d = find_deadline("báo cáo tại cuộc họp giao ban tháng 8/2026 (thứ Hai, ngày 03/8/2026).", "2026-07-10")
    assert (d.date, d.kind) == ("2026-08-03", "exact")
    d = find_deadline("báo cáo trong tháng 8/2026 (trước ngày 25/8/2026)", "2026-07-10")
    assert (d.date, d.kind) == ("2026-08-25", "by")
    # a day of another month in parentheses is something else ('số liệu ngày …')
    assert find_deadline("trong tháng 8/2026 (số liệu ngày 05/10/2026)", "2026-07-10").date == "2026-08-31"


def test_a_quarters_numeral_read_as_digits():
    assert find_deadline("hoàn thành trong quý 111/2026", "2026-03-01").date == "2026-09-30"
    assert find_deadline("hoàn thành trong quý 11/2026", "2026-03-01").date == "2026-06-30"
    # 'III' read as '11': quarter II was over when the document was issued
    assert find_deadline("tập huấn trong quý 11/2026 (Văn phòng tham mưu)", "2026-07-01").date == "2026-09-30"


def test_how_often_from_a_day_on_and_a_day_after_a_word_that_folds_like_tu():
    d = find_deadline("phát trên Đài truyền thanh xã 02 lần/ngày kể từ ngày 19/01/2027.", "2027-01-18")
    assert (d.date, d.kind, d.text) == (None, "recurring", "02 lần/ngày kể từ ngày 19/01/2027")
    d = find_deadline("trực tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần, bắt đầu từ ngày 16/01/2027.", "2027-01-05")
    assert (d.date, d.kind) == (None, "recurring")
    # 'điện tử' folds to 'tu' like 'từ': the day after it is still the day the work is done
    d = find_deadline("hỗ trợ kích hoạt tài khoản định danh điện tử vào sáng thứ Bảy, ngày 30/01/2027.", "2027-01-18")
    assert (d.date, d.kind) == ("2027-01-30", "exact")
    assert find_deadline("thực hiện kể từ ngày 01/6/2026.", "2026-05-10").date == "2026-06-01"


def test_the_days_figures_cover_are_not_a_time_limit_and_times_counted_from_an_event():
    d = find_deadline("Trích xuất danh sách hồ sơ (số liệu từ ngày 01/01/2026 đến hết ngày 30/6/2026), gửi Đoàn "
                      "kiểm tra vào ngày 02/7/2026 (thứ Năm).", "2026-06-20")
    assert (d.date, d.kind) == ("2026-07-02", "exact")
    assert find_deadline("thực hiện từ ngày 25/01 đến hết ngày 03/02/2027", "2027-01-18").date == "2027-02-03"
    for text, said in (("trình Chủ tịch chậm nhất 05 ngày làm việc sau buổi kiểm tra cuối cùng.",
                        "chậm nhất 05 ngày làm việc sau buổi kiểm tra cuối cùng"),
                       ("gửi báo cáo trước ngày kiểm tra ít nhất 02 ngày làm việc.",
                        "trước ngày kiểm tra ít nhất 02 ngày làm việc")):
        d = find_deadline(text, "2026-06-20")
        assert (d.date, d.kind, d.text) == (None, "relative", said)


def test_a_meeting_named_at_length_is_held_in_its_month():
    d = find_deadline("báo cáo Chủ tịch tại phiên họp giao ban cải cách hành chính tháng 11/2026.", "2026-10-12")
    assert (d.date, d.kind) == ("2026-11-30", "month")


def test_a_day_without_a_year_every_year_recurs():
    for text, said in [("tổng hợp, báo cáo kết quả thực hiện hằng năm trước ngày 10/12.", "hằng năm trước ngày 10/12"),
                       ("hằng năm, trước ngày 15/11", "hằng năm, trước ngày 15/11"),
                       ("gửi Văn phòng HĐND và UBND xã trước ngày 31/01 hằng năm.", "trước ngày 31/01 hằng năm")]:
        d = find_deadline(text, "2026-01-15")
        assert (d.date, d.text, d.kind) == (None, said, "recurring")
    assert find_deadline("trước ngày 10/12", "2026-01-15").kind == "by"     # said once: by that day


def test_how_often_within_a_quarter_recurs():
    d = find_deadline("tổ chức kiểm tra 01 lần/tháng trong quý IV/2026", "2026-10-10")
    assert (d.date, d.text, d.kind) == (None, "01 lần/tháng trong quý IV/2026", "recurring")
    assert find_deadline("hoàn thành trong quý IV/2026", "2026-10-10").date == "2026-12-31"


def test_a_week_or_phase_named_with_its_days_is_due_by_the_last():
    d = find_deadline("Tuần 1 (07/01 - 10/01/2027)", "2027-01-05")
    assert (d.date, d.text, d.kind) == ("2027-01-10", "Tuần 1 (07/01 - 10/01/2027)", "by")
    assert find_deadline("Giai đoạn 2 (từ 01/02 đến 28/02/2027)", "2027-01-05").date == "2027-02-28"
    assert find_deadline("số liệu 07/01 - 10/01/2027", "2027-01-05").kind == "none"     # days alone: what was counted


def test_days_before_the_visit_are_relative_and_a_span_of_days_is_by_its_last():
    # ('… hồ sơ đã giải quyết trong tháng 11/2026, … chậm nhất 01 ngày làm việc trước ngày kiểm tra' in December: the
    # month is what the files are of; '18/12 - 21/12/2026' in a schedule's time cell: done by the span's last day)
    assert find_deadline("chuẩn bị danh sách hồ sơ đã giải quyết trong tháng 11/2026, cấp tài khoản cho Đoàn kiểm tra chậm "
                         "nhất 01 ngày làm việc trước ngày kiểm tra.", "2026-12-07").kind == "relative"
    due = find_deadline("18/12 - 21/12/2026", "2026-12-07")
    assert (due.date, due.text, due.kind) == ("2026-12-21", "18/12 - 21/12/2026", "by")


def test_a_meeting_s_month_then_its_expected_day():
    d = find_deadline("báo cáo giải trình tại phiên họp thường kỳ tháng 01/2027, dự kiến vào 08 giờ 00 ngày 28/01/2027.",
                      "2027-01-08")
    assert (d.date, d.kind) == ("2027-01-28", "exact")


def test_the_first_working_day_after_tet_given_in_parentheses_and_every_day_over_a_span():
    d = find_deadline("Ngay trong ngày làm việc đầu tiên sau Tết (11/02/2027), tiếp nhận chính thức và chuyển xử lý toàn bộ "
                      "hồ sơ trực tuyến phát sinh trong thời gian nghỉ.", "2027-01-26")
    assert (d.date, d.kind) == ("2027-02-11", "exact")
    d = find_deadline("Phát Thông báo này trên Đài truyền thanh xã vào 06 giờ 30 và 17 giờ 00 hằng ngày, từ ngày 28/01 đến "
                      "hết ngày 09/02/2027.", "2027-01-26")
    assert (d.date, d.kind) == (None, "recurring")


def test_a_day_due_after_the_quarter_the_work_is_about_is_the_deadline():
    from extractors.deadlines import find_deadline
    d = find_deadline("Gửi báo cáo giải trình nguyên nhân và giải pháp khắc phục trong quý I/2027 về Văn phòng Ủy ban "
                      "nhân dân thành phố trước ngày 08/01/2027.", "2026-12-24")
    assert (d.date, d.kind) == ("2027-01-08", "by")
    d = find_deadline("Hoàn thành trong quý I/2027; báo cáo kết quả trước ngày 05/4/2027.", "2026-12-24")
    assert d.date == "2027-03-31"


def test_days_before_each_session_are_a_relative_time():
    from extractors.deadlines import find_deadline
    d = find_deadline("Thông báo lịch cụ thể chậm nhất 03 ngày trước mỗi buổi lưu động.", "2026-12-24")
    assert (d.date, d.kind) == (None, "relative")
    d = find_deadline("Thông báo lịch tới chủ tàu cá, ít nhất 05 ngày trước mỗi buổi lưu động tại âu cảng cá.", "2026-12-24")
    assert d.kind == "relative"


def test_the_span_a_report_is_on_then_the_day_it_is_due():
    from extractors.deadlines import find_deadline
    d = find_deadline("Báo cáo kết quả 6 tháng đầu năm 2027 về Bảo hiểm xã hội thành phố trước ngày 10/7/2027.", "2027-01-13")
    assert (d.date, d.kind) == ("2027-07-10", "by")
