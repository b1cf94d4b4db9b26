"""Build the frozen desk, check it, and pack it (`make installer`):

    python installer/build.py                  # freeze, self-test, cold start, .deb, report
    python installer/build.py --install-check  # then: dpkg -i, the installed self-test, the
                                               # installed desk offscreen for a few seconds, dpkg -r

The frozen program is build/installer/dist/tirkeu/ (one folder, the same spec on Windows); the
Debian package build/installer/tirkeu_VERSION_ARCH.deb puts it under /opt/tirkeu with a launcher
on the path (/usr/bin/tirkeu), a desktop entry and an icon. The report (sizes and times) is
printed as JSON and kept in build/installer/report.json. Any failed step exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "installer"
DIST = OUT / "dist" / "tirkeu"
SPEC = ROOT / "installer" / "tirkeu.spec"
MARKER_ENV, MARKER = "TIRKEU_READY_MARKER", "TIRKEU-WINDOW-READY"
COLD_START_GOAL_S = 1.5
# What the package needs from the system: for the program and Qt offscreen (hard), and for a
# window on an X11 or Wayland desktop (recommended: `apt-get install ./tirkeu_….deb` brings them).
DEPENDS = ["libc6 (>= 2.31)", "libegl1", "libgl1", "libfontconfig1", "libfreetype6",
           "libxkbcommon0", "libdbus-1-3"]
RECOMMENDS = ["libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
              "libxcb-shape0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0",
              "libxcb-xinerama0", "libxcb-xfixes0", "libx11-xcb1", "fonts-dejavu-core",
              "libcups2"]
DESKTOP = """[Desktop Entry]
Type=Application
Name=Tirkeu
Name[kk]=Тіркеу
Name[ru]=Тіркеу — регистратура
Comment=Registration desk of the clinic
Comment[kk]=Емхананың тіркеу орны
Comment[ru]=Регистратура поликлиники
Exec=/usr/bin/tirkeu
Icon=tirkeu
Terminal=false
Categories=Office;MedicalSoftware;
"""
LAUNCHER = """#!/bin/sh
# The registration desk (installed under /opt/tirkeu); with a command, the headless tools.
exec /opt/tirkeu/tirkeu "$@"
"""


def say(text: str) -> None:
    print(f"[installer] {text}", file=sys.stderr, flush=True)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    say(" ".join(str(c) for c in cmd))
    return subprocess.run(cmd, check=True, **kwargs)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def freeze() -> float:
    missing = [f"{c}_{lang}.qm" for c in ("desk", "slips") for lang in ("kk", "ru")
               if not (ROOT / "ui" / "i18n" / f"{c}_{lang}.qm").exists()]
    if missing:
        raise SystemExit(f"translations not built ({', '.join(missing)}): run make translations")
    started = time.perf_counter()
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work"), str(SPEC)], cwd=ROOT)
    return time.perf_counter() - started


def offscreen_env(home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("TIRKEU_DB", None)
    if home is not None:  # a user of its own: nothing of the builder's data is touched
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(home / var.lower())
    return env


def self_test(exe: Path | str, home: Path) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([str(exe), "self-test"], capture_output=True, text=True,
                          encoding="utf-8", env=offscreen_env(home), timeout=300)
    wall = time.perf_counter() - started
    try:
        answer = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        answer = None
    if proc.returncode != 0 or not answer or not answer.get("ok") or not answer.get("frozen"):
        raise SystemExit(f"self-test of {exe} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    failed = [name for name, check in answer["checks"].items() if not check["ok"]]
    say(f"self-test of {exe}: ok in {wall:.2f} s ({', '.join(answer['checks'])})")
    return {"self_test_s": round(wall, 2), "failed": failed}


def time_to_window(cmd: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from start until the desk prints its ready marker (window shown and idle)."""
    env = {**env, MARKER_ENV: MARKER}
    started = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                          text=True, encoding="utf-8") as proc:
        try:
            deadline = started + timeout
            for line in proc.stdout:
                if line.strip() == MARKER:
                    return time.perf_counter() - started
                if time.perf_counter() > deadline:
                    break
        finally:
            proc.kill()
            proc.wait()
    raise SystemExit(f"{cmd[0]} showed no window within {timeout} s (exit {proc.returncode})")


def cold_start(exe: Path, home: Path, runs: int = 5, tool: Path | None = None) -> dict:
    env = offscreen_env(home)
    db = home / "bench.sqlite"
    run([str(tool or exe), "demo", "--patients", "300", "--db", str(db)], env=env,
        stdout=subprocess.DEVNULL)
    times = [time_to_window([str(exe), "--db", str(db)], env) for _ in range(runs)]
    median = statistics.median(times)
    say(f"cold start of the frozen desk: median {median:.3f} s over {runs} runs "
        f"(goal <= {COLD_START_GOAL_S} s)")
    return {"frozen_cold_start_s": round(median, 3),
            "frozen_cold_start_runs_s": [round(t, 3) for t in times],
            "frozen_cold_start_goal_s": COLD_START_GOAL_S}


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def package() -> Path:
    arch, ver = architecture(), version()
    stage = OUT / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(DIST, stage / "opt" / "tirkeu", symlinks=True)
    launcher = stage / "usr" / "bin" / "tirkeu"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER, "utf-8")
    launcher.chmod(0o755)
    desktop = stage / "usr" / "share" / "applications" / "tirkeu.desktop"
    desktop.parent.mkdir(parents=True)
    desktop.write_text(DESKTOP, "utf-8")
    icon = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "tirkeu.png"
    icon.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "installer" / "tirkeu.png", icon)
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    control.write_text(
        f"Package: tirkeu\nVersion: {ver}\nArchitecture: {arch}\nSection: misc\n"
        f"Priority: optional\nMaintainer: Tirkeu <support@tirkeu.invalid>\n"
        f"Installed-Size: {folder_bytes(stage) // 1024}\n"
        f"Depends: {', '.join(DEPENDS)}\nRecommends: {', '.join(RECOMMENDS)}\n"
        "Description: registration desk for Kazakhstan clinics\n"
        " Finds the patient, shows who the patient is in law and what is covered for every\n"
        " service, and prints referral slips. The data stays in each user's data directory\n"
        " (or on the clinic's PostgreSQL server) and is kept when the package is upgraded\n"
        " or removed.\n", "utf-8")
    for path in stage.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    deb = OUT / f"tirkeu_{ver}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(deb)],
        stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return deb


def install_check(deb: Path, home: Path, seconds: int = 6) -> dict:
    """As the CI machine does: install, check, start the desk offscreen, remove."""
    as_root = [] if os.geteuid() == 0 else ["sudo"]
    run([*as_root, "dpkg", "-i", str(deb)])
    try:
        installed = shutil.which("tirkeu") or "/usr/bin/tirkeu"
        report = self_test(installed, home)
        env = offscreen_env(home)
        db = home / "installed.sqlite"
        run([installed, "demo", "--patients", "50", "--db", str(db)], env=env,
            stdout=subprocess.DEVNULL)
        # The window comes up and the database answers (the marker run quits then) ...
        shown = time_to_window([installed, "--db", str(db)], env)
        say(f"installed desk: window shown after {shown:.2f} s")
        # ... and, left alone, it is still running after a few seconds: `timeout` ends it
        # (exit 124), not a crash.
        started = time.perf_counter()
        proc = subprocess.run(["timeout", str(seconds), installed, "--db", str(db)],
                              env=env, capture_output=True, text=True, encoding="utf-8")
        if proc.returncode != 124:
            raise SystemExit(f"the installed desk did not stay up for {seconds} s "
                             f"(exit {proc.returncode}):\n{proc.stderr[-2000:]}")
        say(f"installed desk ran {time.perf_counter() - started:.1f} s offscreen until stopped")
        report["installed_cold_start_s"] = round(shown, 3)
    finally:
        run([*as_root, "dpkg", "-r", "tirkeu"])
    if Path("/opt/tirkeu/tirkeu").exists() or Path("/usr/bin/tirkeu").exists():
        raise SystemExit("dpkg -r left the program behind")
    say("removed again: /opt/tirkeu and /usr/bin/tirkeu are gone")
    return {"installed_self_test_s": report["self_test_s"], "installed_desk_ran_s": seconds,
            "installed_cold_start_s": report["installed_cold_start_s"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--install-check", action="store_true",
                        help="also install the package, check it and remove it (root or sudo)")
    parser.add_argument("--skip-freeze", action="store_true",
                        help="use the frozen folder already built")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"version": version()}
    started = time.perf_counter()
    if not args.skip_freeze:
        report["freeze_s"] = round(freeze(), 1)
    exe = DIST / ("tirkeu.exe" if sys.platform == "win32" else "tirkeu")
    # Windows: the windowed program has no console; its console twin answers the commands.
    tool = DIST / "tirkeu-cli.exe" if sys.platform == "win32" else exe
    with tempfile.TemporaryDirectory(prefix="tirkeu-installer-") as tmp:
        home = Path(tmp)
        report.update(self_test(tool, home))
        report.update(cold_start(exe, home, tool=tool))
        report["frozen_folder_mb"] = round(folder_bytes(DIST) / 2**20, 1)
        if shutil.which("dpkg-deb"):
            deb = package()
            report["package"] = str(deb.relative_to(ROOT))
            report["package_mb"] = round(deb.stat().st_size / 2**20, 1)
            report["build_s"] = round(time.perf_counter() - started, 1)
            if args.install_check:
                report.update(install_check(deb, home))
        else:
            report["build_s"] = round(time.perf_counter() - started, 1)
    report.pop("failed", None)
    (OUT / "report.json").write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
