"""The desk (PySide6)."""

import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    # PySide6 6.12 on CPython 3.11 releases one reference to None too many on every call of a
    # static function returning void (processEvents, QTimer.singleShot, QTest.keyClick, …);
    # after a few thousand calls None would be freed and the process abort. Make None
    # effectively immortal, as CPython 3.12 does.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
