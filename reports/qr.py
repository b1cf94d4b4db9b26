"""QR code matrices for slips: ReportLab's encoder, with a faster choice of the mask pattern.

The encoder tries all eight masks and keeps the one with the lowest penalty (ISO/IEC 18004
§7.8.3). ReportLab scores them module by module in Python, which was most of a slip's rendering
time; here the same four rules are scored on whole rows as strings and integers.
"""

from __future__ import annotations

import re

from reportlab.graphics.barcode import qrencoder

_RUN = re.compile(r"0{5,}|1{5,}")
# A finder-like 1:1:3:1:1 pattern with four light modules on either side (overlaps counted).
_FINDER = re.compile(r"(?=10111010000|00001011101)")


def penalty(modules: list[list[bool]]) -> int:
    """The penalty score of a masked symbol: runs, 2×2 blocks, finder-like patterns, balance."""
    rows = ["".join("1" if m else "0" for m in row) for row in modules]
    n = len(rows)
    score = 0
    for line in rows + ["".join(col) for col in zip(*rows, strict=True)]:
        score += sum(len(run) - 2 for run in _RUN.findall(line))  # 3 + (length - 5)
        score += 40 * len(_FINDER.findall(line))
    bits = [int(row, 2) for row in rows]
    full, pairs = (1 << n) - 1, (1 << (n - 1)) - 1
    for a, b in zip(bits, bits[1:], strict=False):
        # Bit j set: modules j and j+1 of both rows all have one colour.
        same = ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & ~(a ^ b) & full & pairs
        score += 3 * same.bit_count()
    dark = sum(row.count("1") for row in rows)
    score += 10 * (abs(dark * 100 // (n * n) - 50) // 5)
    return score


class FastQRCode(qrencoder.QRCode):
    def getBestMaskPattern(self) -> int:  # noqa: N802 - ReportLab's name
        scores = []
        for mask in range(8):
            self.makeImpl(True, mask)
            scores.append(penalty(self.modules))
        return scores.index(min(scores))


def fast_encoder(slow: qrencoder.QRCode) -> FastQRCode:
    """The same data and settings in the faster encoder."""
    fast = FastQRCode(slow.version, slow.errorCorrectLevel)
    fast.dataList = list(slow.dataList)
    return fast
