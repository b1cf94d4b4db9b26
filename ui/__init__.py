"""The desk (PySide6). The only package that imports Qt widgets."""
