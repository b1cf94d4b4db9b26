"""`bench` orchestration and the store section, on a small database of synthetic people."""

from __future__ import annotations

import types

import pytest

import bench.audit as bench_audit
import bench.runner as bench
import bench.store as bench_store
from bench.name_classes import CLASSES
from tests.db.search_people import fill_fast
from tests.helpers import run_cli

STORE_KEYS = {"iin_lookup", "iin_lookup_raw", "name_search", "like_scan", "typo_search",
              "typo_recall_top10", "name_class_search", "name_recall_top10", "rss_mb"}


def _fill(calls: list):
    def fill(engine, patients, seed, progress):
        calls.append((patients, seed))
        fill_fast(str(engine.url), patients, seed)
    return fill


@pytest.fixture
def small_samples(monkeypatch):
    monkeypatch.setattr(bench_store, "SAMPLES", 120)
    monkeypatch.setattr(bench_store, "WARMUP", 5)
    for name, value in (("EVENTS", 40), ("WARMUP", 2), ("BULK", 300)):
        monkeypatch.setattr(bench_audit, name, value)


def test_store_section_reports_every_key_and_the_cache_is_reused(small_samples):
    calls: list = []
    messages: list[str] = []
    out = bench.run_bench(400, seed=3, progress=messages.append, fill=_fill(calls),
                          sections=("store",))
    assert out["patients"] == 400 and STORE_KEYS <= set(out)
    for key in STORE_KEYS - {"typo_recall_top10", "name_recall_top10", "rss_mb"}:
        assert 0 < out[key]["p50"] <= out[key]["p95"], key
    assert 0.9 <= out["typo_recall_top10"] <= 1.0
    by_class = out["name_recall_top10"]
    assert set(CLASSES) <= set(by_class)  # 120 people: every class has queries
    assert all(0.9 <= by_class[c] <= 1.0 for c in (*CLASSES, "overall", "exact_first"))
    assert isinstance(by_class["excluded"], int) and by_class["excluded"] >= 0
    assert out["rss_mb"] > 10
    event = out["audit_event"]
    assert 0 < event["p50"] <= event["p95"] and event["events"] == 40
    assert event["commit_with"]["p50"] > 0 and event["commit_without"]["p50"] > 0
    assert out["audit_verify_events"] == 42 + 300 and out["audit_verify_s"] > 0
    assert list(out)[0] == "patients"
    again = bench.run_bench(400, seed=3, progress=messages.append, fill=_fill(calls),
                            sections=("store",))
    assert calls == [(400, 3)]  # built once, then taken from the cache
    assert set(again) == set(out)
    assert any("reusing" in m for m in messages)


def test_a_failing_section_is_reported_and_its_keys_left_out(small_samples, monkeypatch):
    def broken(ctx):
        raise RuntimeError("printer on fire")

    real = bench._section
    monkeypatch.setattr(bench, "_section", lambda name: types.SimpleNamespace(measure=broken)
                        if name == "pdf" else real(name))
    messages: list[str] = []
    out = bench.run_bench(300, seed=4, progress=messages.append, fill=_fill([]),
                          sections=("store", "pdf", "nonexistent"))
    assert STORE_KEYS <= set(out) and not {"pdf_first", "pdf_warm", "pdf_bytes"} & set(out)
    assert any("pdf failed" in m and "printer on fire" in m for m in messages)
    assert any("nonexistent" in m and "failed to load" in m for m in messages)


def test_the_desk_memory_wins_over_the_store_memory(monkeypatch):
    sections = {"store": {"iin_lookup": {"p50": 1, "p95": 2}, "rss_mb": 50.0},
                "ui": {"rss_mb": 120.0, "cold_start_s": 0.5}}
    monkeypatch.setattr(bench, "_section", lambda name: types.SimpleNamespace(
        measure=lambda ctx, n=name: sections[n]))
    ctx = bench.BenchContext("sqlite://", None, 10, 1, None)
    assert bench.run_sections(ctx, ("store", "ui"))["rss_mb"] == 120.0
    assert bench.run_sections(ctx, ("store",))["rss_mb"] == 50.0


def test_percentiles_use_nearest_rank():
    assert bench.percentiles([float(i) for i in range(1, 101)]) == {"p50": 50.0, "p95": 95.0}
    with pytest.raises(ValueError):
        bench.percentiles([])


def test_misspellings_differ_once_folded_and_keep_first_letters():
    import random

    rnd = random.Random(1)
    for _ in range(200):
        typo = bench_store.misspell("Нұрланов Нұрлан Серікұлы", rnd, 2)
        words = typo.split()
        assert [w[0] for w in words] == ["Н", "Н", "С"]


def test_bench_command_refuses_a_bad_count():
    r = run_cli("bench", "--patients", "0", "--lang", "ru")
    assert r.code == 2 and "--patients" in r.stderr
