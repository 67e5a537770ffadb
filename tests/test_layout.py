"""Layout: reading order of a Decree 30 page, ruled tables, page numbers (no Tesseract here)."""
from __future__ import annotations

import numpy as np
import pytest

from extractors import layout
from tests.conftest import SAMPLES
from vanban.model import Word

W, H = 2480, 3508      # A4 at 300 dpi


def _words(text: str, x: int, y: int, size: int = 45) -> list[Word]:
    out = []
    for token in text.split():
        width = int(len(token) * size * 0.5)
        out.append(Word(text=token, conf=0.9, box=(x, y, x + width, y + size)))
        x += width + size // 3
    return out


def _page() -> list[list[Word]]:
    """A page as Tesseract psm 4 returns it: header columns merged into single lines."""
    lines = [
        _words("ỦY BAN NHÂN DÂN", 380, 260) + _words("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1170, 260),
        _words("PHƯỜNG AN BIÊN", 360, 320) + _words("Độc lập - Tự do - Hạnh phúc", 1360, 325),
        _words("Số: 12/TB-UBND", 400, 430) + _words("An Biên, ngày 02 tháng 12 năm 2025", 1250, 430),
        _words("THÔNG BÁO", 1100, 620),
        _words("Kết quả Bộ chỉ số tháng 11 năm 2025 của phường đạt 90,5 điểm.", 300, 720),
        _words("Nơi nhận:", 300, 1500) + _words("TM. ỦY BAN NHÂN DÂN", 1480, 1495),
        _words("- Như trên;", 300, 1560) + _words("CHỦ TỊCH", 1560, 1560),
        _words("- Lưu: VT.", 300, 1615),
        _words("Trần Văn Bình", 1500, 1900),
        _words("2", 1230, 3300),
    ]
    return lines


def test_decree_30_page_in_reading_order():
    lines = layout.arrange(_page(), W, H)
    texts = [(line.region, line.text) for line in lines]
    assert texts == [
        ("header_left", "ỦY BAN NHÂN DÂN"),
        ("header_left", "PHƯỜNG AN BIÊN"),
        ("header_left", "Số: 12/TB-UBND"),
        ("header_right", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("header_right", "Độc lập - Tự do - Hạnh phúc"),
        ("header_right", "An Biên, ngày 02 tháng 12 năm 2025"),
        ("body", "THÔNG BÁO"),
        ("body", "Kết quả Bộ chỉ số tháng 11 năm 2025 của phường đạt 90,5 điểm."),
        ("recipients", "Nơi nhận:"),
        ("recipients", "- Như trên;"),
        ("recipients", "- Lưu: VT."),
        ("signature", "TM. ỦY BAN NHÂN DÂN"),
        ("signature", "CHỦ TỊCH"),
        ("signature", "Trần Văn Bình"),
        ("page_number", "2"),
    ]
    for line in lines:
        assert line.box is not None and line.conf == pytest.approx(0.9)


def test_kinh_gui_is_not_part_of_the_header():
    lines = _page()[:3] + [_words("Kính gửi:", 500, 520)] + [_words("- Các phòng, đơn vị thuộc phường.", 730, 590)]
    out = layout.arrange(lines, W, H)
    assert [(line.region, line.text) for line in out][-2:] == [
        ("body", "Kính gửi:"), ("body", "- Các phòng, đơn vị thuộc phường.")]


def test_page_without_header_is_all_body():
    lines = [_words("tiếp theo của đoạn trước.", 300, 300), _words("3. Văn phòng", 400, 380)]
    out = layout.arrange(lines, W, H)
    assert [line.region for line in out] == ["body", "body"]


def _ruled_page() -> np.ndarray:
    import cv2
    page = np.full((1200, 2000), 245, np.uint8)
    xs, ys = [200, 400, 1400, 1800], [300, 400, 500, 600]
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 20, 3)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 20, 3)
    return page


def test_ruled_table_cells_row_by_row():
    tables = layout.find_tables(_ruled_page(), 300)
    assert len(tables) == 1
    table = tables[0]
    assert len(table.rows) == 3 and all(len(row) == 3 for row in table.rows)
    first = table.rows[0]
    assert abs(first[0][0] - 200) <= 4 and abs(first[1][0] - 400) <= 4 and abs(first[2][2] - 1800) <= 4
    # words placed into the cells come out as one line per row, cells joined by a tab
    words = [_words("STT", 230, 330), _words("Chỉ tiêu", 430, 330), _words("Kết quả", 1430, 330),
             _words("1", 230, 430), _words("Tỷ lệ hồ sơ", 430, 430), _words("98,5%", 1430, 430)]
    out = layout.arrange(words, 2000, 1200, tables)
    rows = [line for line in out if line.region == "table"]
    assert [row.text for row in rows] == ["STT\tChỉ tiêu\tKết quả", "1\tTỷ lệ hồ sơ\t98,5%"]
    assert all(box is not None for row in rows for _, box in row.cells)


def test_rules_are_erased_for_tesseract():
    page = _ruled_page()
    tables = layout.find_tables(page, 300)
    clean = layout.erase_rules(page, tables, 300)
    assert (clean[295:305, 200:1800] < 128).sum() == 0


def test_born_digital_table_found_on_the_sample():
    from extractors import reading
    pdf_path = SAMPLES / "cong-van-ngo-quyen.digital.pdf"
    if not pdf_path.exists():
        pytest.skip("samples not generated yet")
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        tables = reading._vector_tables(pdf[0], 300)
    finally:
        pdf.close()
    assert len(tables) == 1 and len(tables[0].rows) >= 6
    assert len({len(row) for row in tables[0].rows}) == 1


# --------------------------------------------------------------------------- the image Tesseract reads
def _text_page():
    """A 200 dpi page drawn with OpenCV: a two-column header, a ruled table, a body line, a page number."""
    import cv2
    page = np.full((2338, 1654), 236, np.uint8)

    def text(s, x, y, scale=1.1):
        cv2.putText(page, s, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, 25, 2)
    text("UY BAN NHAN DAN", 140, 200)
    text("PHUONG AN BIEN", 150, 250)
    text("So: 12/TB-UBND", 170, 330)
    text("CONG HOA XA HOI CHU NGHIA", 900, 200)
    text("Doc lap - Tu do", 1010, 250)
    text("An Bien, ngay 02 thang 12", 930, 330)
    text("Ket qua Bo chi so thang 11 nam 2025 cua phuong dat 90,5 diem tong hop.", 180, 520, 1.0)
    xs, ys = [200, 320, 1100, 1450], [700, 780, 860]
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 20, 2)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 20, 2)
    text("1", 250, 760)
    text("Cong khai", 340, 760)
    text("17,5", 1240, 760)
    text("2", 815, 2250)
    return page


def test_two_column_header_is_found_on_the_image():
    page = _text_page()
    tables = layout.find_tables(page, 200)
    blocks = layout.column_blocks(page, 200, tables)
    assert len(blocks) == 1
    block = blocks[0]
    assert block.top < 180 and 330 <= block.bottom < 500          # the header rows, not the body line
    assert 400 < block.gutter[0] < 600 and 850 < block.gutter[1] < 950    # the blank between the columns


def test_composed_page_puts_every_word_back_in_place():
    page = _text_page()
    tables = layout.find_tables(page, 200)
    marks = layout.margin_marks(page, 200)
    assert len(marks) == 1 and marks[0][1] > 2100                  # the page number at the bottom
    composed = layout.compose(page, 200, tables, layout.column_blocks(page, 200, tables), marks)
    h = page.shape[0]
    assert composed.image.shape[0] > h                             # the strip added below the page
    # the right header column now stands below the page, the table row is closed up
    assert (composed.image[150:350, 900:1500] < 128).sum() == 0
    assert (composed.image[h:] < 128).sum() > 0
    cell = tables[0].rows[0][2]
    assert (composed.image[cell[1] + 5:cell[3] - 5, cell[0] + 5:cell[2] - 5] < 128).sum() == 0
    # a word read anywhere in a moved piece goes back where it is on the page; a carrier's is dropped
    for move in composed.moves:
        d, s = move.dst, move.src
        word = Word(text="x", conf=0.9, box=(d[0] + 2, d[1] + 2, d[0] + 12, d[1] + 12))
        back = layout.put_back([word], composed.moves, h)
        if move.drop:
            assert back == []
        else:
            assert back[0].box == (s[0] + 2, s[1] + 2, s[0] + 12, s[1] + 12)


def test_header_split_at_the_gutter_found_on_the_image():
    """Header columns closer than the fixed shares assume: the image's gutter decides."""
    lines = [
        _words("ỦY BAN NHÂN DÂN", 420, 260) + _words("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 1230, 260),
        _words("XÃ TÂN PHONG", 460, 320) + _words("Độc lập - Tự do - Hạnh phúc", 1180, 325),
        _words("Số: 45/BC-UBND", 440, 430) + _words("Tân Phong, ngày 09 tháng 3 năm 2026", 1100, 430),
        _words("Kết quả Bộ chỉ số tháng 11 năm 2025 của phường đạt 90,5 điểm.", 300, 720),
    ]
    block = layout.ColumnBlock(top=250, bottom=480, gutter=(1000, 1090))
    out = layout.arrange(lines, W, H, blocks=[block])
    assert [(line.region, line.text) for line in out][:6] == [
        ("header_left", "ỦY BAN NHÂN DÂN"), ("header_left", "XÃ TÂN PHONG"), ("header_left", "Số: 45/BC-UBND"),
        ("header_right", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"), ("header_right", "Độc lập - Tự do - Hạnh phúc"),
        ("header_right", "Tân Phong, ngày 09 tháng 3 năm 2026")]
