"""Writing a slip's PDF to a file the user named, without ever destroying data.

The same rules for the command line and the desk:

- the folder must exist; the name itself is looked at with lstat and never followed: a symbolic
  link, a folder, a device or a pipe is refused;
- the database and its companion files (-wal, -shm, -journal) are refused by name, even when
  they are not there yet, and by (device, inode), so a hard link to them is refused too; the
  database file itself is never opened here (closing a descriptor of a SQLite file drops the
  process's locks on it);
- an existing regular file is replaced only when it is itself a PDF (it starts with «%PDF-»)
  and the caller says so (`replace`): the command line asks or takes --force, the desk's save
  dialog asks. Anything else there (a backup, a document) is never replaced;
- the PDF goes to a fresh temporary file beside the target (random name, created exclusively,
  so a planted link cannot redirect it), is flushed to the disk, and only then renamed over the
  name; the folder is synced after the rename. A failure on the way leaves the old file as it
  was and no temporary file behind.

The same rules write a patient's data export (JSON or PDF): `FileKind` names what is written
and how an existing file of that kind starts.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from domain.messages import BadInput, Message

PDF_MAGIC = b"%PDF-"
# What SQLite keeps beside a database file.
COMPANIONS = ("", "-wal", "-shm", "-journal")
SHOWN_PATH = 80

ERR_OUT = Message("PDF файлын жазу мүмкін емес: {path} ({reason}).",
                  "Не удаётся записать PDF-файл: {path} ({reason}).")
ERR_FOLDER = Message("PDF файлының қалтасы жоқ: {path}.", "Папки для PDF-файла нет: {path}.")
ERR_IS_DIR = Message("PDF файлының орнында қалта тұр: {path}; файл атын беріңіз.",
                     "На месте PDF-файла папка: {path}; укажите имя файла.")
ERR_NO_NAME = Message("PDF файлының аты берілмеген.", "Не указано имя PDF-файла.")
ERR_LINK = Message("PDF файлының орнында символдық сілтеме тұр: {path}; ол ауыстырылмайды.",
                   "На месте PDF-файла символическая ссылка: {path}; она не заменяется.")
ERR_SPECIAL = Message("PDF файлының орнында кәдімгі файл емес нысан тұр: {path}.",
                      "На месте PDF-файла не обычный файл: {path}.")
ERR_DATABASE = Message("PDF дерекқор файлының орнына жазылмайды: {path}.",
                       "PDF не записывается на место файла базы данных: {path}.")
ERR_NOT_PDF = Message("{path} файлы бар және ол PDF емес; ол ауыстырылмайды. Басқа атау беріңіз.",
                      "Файл {path} уже есть, и это не PDF; он не заменяется. Укажите другое имя.")
ERR_EXISTS = Message("{path} файлы бар. Ауыстыру үшін --force қосыңыз; ештеңе жазылмады.",
                     "Файл {path} уже есть. Чтобы заменить его, добавьте --force; ничего не записано.")
REASON_FULL = Message("дискіде орын жоқ", "нет места на диске")
REASON_READ_ONLY = Message("тек оқуға арналған диск", "диск только для чтения")
REASON_DENIED = Message("рұқсат жоқ", "нет доступа")


@dataclass(frozen=True)
class FileKind:
    """What is written: its name in the messages, and how an existing file of it starts (only
    such a file may be replaced)."""

    word: str
    magic: bytes


PDF = FileKind("PDF", PDF_MAGIC)


def _worded(message: Message, kind: FileKind) -> Message:
    """A message about PDF files, said of another kind of file."""
    if kind.word == "PDF":
        return message
    return Message(message.kk.replace("PDF", kind.word), message.ru.replace("PDF", kind.word))


class PdfExists(BadInput):
    """The target is a PDF (or a file of the kind written) already there, and replacing it was
    not agreed to."""

    def __init__(self, path: Path, kind: FileKind = PDF):
        super().__init__(_worded(ERR_EXISTS, kind).format(path=shown(path)), field="out")
        self.path = path


def shown(path: str | os.PathLike) -> str:
    """A path as a message quotes it: invisible characters as \\uXXXX, at most the last
    SHOWN_PATH characters (the file name is at the end)."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in os.fspath(path))
    return text if len(text) <= SHOWN_PATH else "…" + text[-(SHOWN_PATH - 1):]


def _reason(exc: OSError) -> Message:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return REASON_FULL
    if exc.errno == errno.EROFS:
        return REASON_READ_ONLY
    if exc.errno in (errno.EACCES, errno.EPERM):
        return REASON_DENIED
    text = exc.strerror or type(exc).__name__
    return Message(text, text)


def _failed(path: Path, exc: OSError, kind: FileKind = PDF) -> BadInput:
    reason = _reason(exc)
    out = _worded(ERR_OUT, kind)
    return BadInput(Message(out.kk.format(path=shown(path), reason=reason.kk),
                            out.ru.format(path=shown(path), reason=reason.ru)), field="out")


def _refused(message: Message, path: Path, kind: FileKind = PDF) -> BadInput:
    return BadInput(_worded(message, kind).format(path=shown(path)), field="out")


def database_files(database: Path | None) -> tuple[Path, ...]:
    """The database file and its companions, by their real paths (empty for no file)."""
    if database is None:
        return ()
    real = Path(os.path.realpath(database))
    return tuple(real.with_name(real.name + suffix) for suffix in COMPANIONS)


def database_behind(session_factory) -> Path | None:
    """The SQLite file a session factory's engine works on, or None (another database)."""
    from db.engine import database_file

    bind = getattr(session_factory, "kw", {}).get("bind")
    return database_file(bind) if bind is not None else None


def _inodes(files: tuple[Path, ...]) -> set[tuple[int, int]]:
    out = set()
    for path in files:
        try:
            st = os.stat(path)  # stat only: no descriptor of the database is opened
        except OSError:
            continue
        out.add((st.st_dev, st.st_ino))
    return out


def _starts_as(path: Path, expected: os.stat_result, magic: bytes = PDF_MAGIC) -> bool:
    """Whether the regular file at `path` (lstat `expected`) starts with `magic` («%PDF-»)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != (expected.st_dev, expected.st_ino):
            return False  # swapped since it was looked at: not the file that was checked
        return os.read(fd, len(magic)) == magic
    finally:
        os.close(fd)


def _check_target(target: Path, database: Path | None, replace: bool, kind: FileKind = PDF) -> None:
    protected = database_files(database)
    if target in protected:
        raise _refused(ERR_DATABASE, target, kind)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _failed(target, exc, kind) from exc
    if stat.S_ISLNK(st.st_mode):
        raise _refused(ERR_LINK, target, kind)
    if stat.S_ISDIR(st.st_mode):
        raise _refused(ERR_IS_DIR, target, kind)
    if not stat.S_ISREG(st.st_mode):
        raise _refused(ERR_SPECIAL, target, kind)
    if (st.st_dev, st.st_ino) in _inodes(protected):
        raise _refused(ERR_DATABASE, target, kind)
    try:
        same_kind = _starts_as(target, st, kind.magic)
    except OSError as exc:
        raise _failed(target, exc, kind) from exc
    if not same_kind:
        raise _refused(ERR_NOT_PDF, target, kind)
    if not replace:
        raise PdfExists(target, kind)


def check_output_path(path: str | os.PathLike, *, database: Path | None = None,
                      replace: bool = False, kind: FileKind = PDF) -> Path:
    """The absolute path a PDF may be written to (its folder resolved, its name not followed),
    or BadInput saying why not; PdfExists when only the agreement to replace a PDF is missing.
    `database` is the SQLite file in use (its companions are protected with it). Nothing is
    written; nothing is opened but an existing target's first bytes."""
    text = os.fspath(path)
    if not text.strip():
        raise BadInput(_worded(ERR_NO_NAME, kind), field="out")
    out = Path(text).expanduser()
    if text.endswith(os.sep) or (os.altsep and text.endswith(os.altsep)) or out.name in ("", ".", ".."):
        raise _refused(ERR_IS_DIR, out, kind)
    folder = out.parent
    try:
        folder_st = os.stat(folder)
    except (FileNotFoundError, NotADirectoryError):
        raise _refused(ERR_FOLDER, folder, kind) from None
    except OSError as exc:
        raise _failed(out, exc, kind) from exc
    if not stat.S_ISDIR(folder_st.st_mode):
        raise _refused(ERR_FOLDER, folder, kind)
    target = Path(os.path.realpath(folder)) / out.name
    _check_target(target, database, replace, kind)
    return target


def _file_mode() -> int:
    """The mode a new file gets under this process's umask (0o600 where it cannot be read
    without changing it: the slip carries a patient's data)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o600


@dataclass
class StagedPdf:
    """A PDF written and flushed beside its target, not yet under the target's name."""

    target: Path
    temporary: Path
    database: Path | None
    replace: bool
    kind: FileKind = PDF

    def install(self) -> Path:
        """Rename the temporary file over the target (checked again first: the folder may
        have changed meanwhile) and sync the folder. On failure the temporary file is removed
        and BadInput raised; the old target is then as it was."""
        try:
            _check_target(self.target, self.database, self.replace, self.kind)
            os.replace(self.temporary, self.target)
        except BaseException:
            self.discard()
            raise
        _sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        try:
            os.unlink(self.temporary)
        except OSError:
            pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system lets a folder be synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def stage_pdf(target: Path, pdf: bytes, *, database: Path | None = None,
              replace: bool = False, kind: FileKind = PDF) -> StagedPdf:
    """Write `pdf` to a fresh temporary file in the target's folder and flush it to the disk;
    BadInput (disk full, read-only, folder gone...) with nothing left behind. `target` is what
    `check_output_path` returned."""
    try:
        fd, name = tempfile.mkstemp(prefix=".tirkeu-", suffix=f".{kind.word.lower()}.part",
                                    dir=target.parent)
    except OSError as exc:
        raise _failed(target, exc, kind) from exc
    staged = StagedPdf(target, Path(name), database, replace, kind)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), _file_mode())
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        staged.discard()
        raise _failed(target, exc, kind) from exc
    except BaseException:
        staged.discard()
        raise
    return staged


def write_pdf(path: str | os.PathLike, pdf: bytes, *, database: Path | None = None,
              replace: bool = True, kind: FileKind = PDF) -> Path:
    """Check, stage and install in one go, for a PDF whose record is already committed (the
    desk's «save as PDF», a reprint): an existing PDF is replaced when `replace` (the desk's
    dialog has asked), never anything else. Returns the path written."""
    target = check_output_path(path, database=database, replace=replace, kind=kind)
    staged = stage_pdf(target, pdf, database=database, replace=replace, kind=kind)
    try:
        return staged.install()
    except OSError as exc:
        raise _failed(target, exc, kind) from exc
