"""The pdf section of `bench` on a small demo database."""

from __future__ import annotations

from pathlib import Path

from bench.pdf import measure
from bench.runner import BenchContext
from db.engine import open_database
from demo.load import fill


def test_pdf_section_reports_first_warm_and_size(tmp_path):
    path = tmp_path / "bench.sqlite"
    engine = open_database(f"sqlite:///{path}")
    fill(engine, 60, 3)
    engine.dispose()
    messages: list[str] = []
    ctx = BenchContext(db_url=f"sqlite:///{path}", db_path=Path(path), patients=60, seed=3,
                       workdir=tmp_path, progress=messages.append)
    result = measure(ctx, samples=40)
    assert set(result) == {"pdf_first", "pdf_warm", "pdf_bytes"}
    assert result["pdf_first"] > 0
    assert 0 < result["pdf_warm"]["p50"] <= result["pdf_warm"]["p95"]
    assert 10_000 < result["pdf_bytes"] <= 100 * 1024
    assert any("fresh process" in m for m in messages)
