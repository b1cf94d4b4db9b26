"""The faster mask choice gives valid symbols with the lowest penalty of the eight masks."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder

from reports.qr import FastQRCode, penalty


def _symbol(payload: str, mask: int, test: bool = False) -> list[list[bool]]:
    """The symbol with one mask; `test` leaves the format bits light, as scoring does."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(test, mask)
    return code.modules


def test_chosen_mask_has_the_lowest_penalty_and_same_data():
    payload = "TIRKEU-REF\nN:ALM05-2026-000042\nIIN:850515400012\nD:2026-11-22\nS:planned_inpatient"
    fast = FastQRCode(None, qrencoder.QRErrorCorrectLevel.M)
    fast.addData(payload)
    fast.make()
    scores = [penalty(_symbol(payload, mask, test=True)) for mask in range(8)]
    assert any(fast.modules == _symbol(payload, mask) and scores[mask] == min(scores)
               for mask in range(8))


def test_penalty_rules_on_small_symbols():
    light = [[False] * 6 for _ in range(6)]
    # Runs: 12 lines of six light modules, 4 each; blocks: 25 2×2 squares, 3 each; balance: 0 %
    # dark is 50 points off, 10 per 5 %.
    assert penalty(light) == 12 * 4 + 25 * 3 + 100
    checker = [[(r + c) % 2 == 0 for c in range(6)] for r in range(6)]
    assert penalty(checker) == 0
    finder_row = [c == "1" for c in "10111010000"]
    rows = [finder_row] + [[(r + c) % 2 == 1 for c in range(11)] for r in range(1, 11)]
    assert penalty(rows) >= 40
