"""The reading side of `import FILE`: the snapshot read, validated and turned into storage rows,
chunk by chunk (docs/import-format.md).

`chunks` does the work as a generator. For a large file `ParserProcess` runs it in a process of
its own, so reading and validating (pure Python) go on while the importer's process writes the
previous chunk to the database: the import then takes about as long as the writing alone.
This module imports neither SQLAlchemy nor Qt, so the parser process starts quickly.

Every valid row gets ids as a new patient would (`db.rows.RowBuilder`, from the starting ids
the importer read inside its transaction; provisional ones on PostgreSQL, which the writer swaps
for ids from the tables' sequences). A row whose patient already exists is sorted out by the
importer, which then drops or reuses those ids: ids may have gaps, never collisions.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import queue
import re
import signal
import sys
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

try:
    import resource
except ImportError:  # Windows
    resource = None

from db.rows import RowBuilder
from domain.evidence import excerpt
from domain.messages import BadInput, Message
from formats.registry_row import COLUMNS, RowError, csv_row, not_an_object, parse_row

CHUNK = 2000
SNIFF_BYTES = 65536
MAX_LISTED_ERRORS = 1000

E_UNREADABLE = Message("Файлды оқу мүмкін емес ({path}): {reason}.",
                       "Не удаётся прочитать файл ({path}): {reason}.")
E_EMPTY = Message("Файл бос: {path}.", "Файл пуст: {path}.")
E_BINARY = Message("Файл мәтін емес (екілік деректер): {path}. CSV немесе JSON Lines күтілген.",
                   "Файл не текстовый (двоичные данные): {path}. Ожидался CSV или JSON Lines.")
E_ENCODING = Message("Файл UTF-8 кодтауында емес (мысалы, Windows-1251): {path}. Файлды UTF-8 "
                     "кодтауында сақтап, қайта жүктеңіз; ештеңе жазылмады.",
                     "Файл не в кодировке UTF-8 (например, Windows-1251): {path}. Сохраните его "
                     "в UTF-8 и загрузите снова; ничего не записано.")
E_UTF16 = Message("Файл UTF-16 кодтауында: {path}. Файлды UTF-8 кодтауында сақтап, қайта жүктеңіз; "
                  "ештеңе жазылмады.",
                  "Файл в кодировке UTF-16: {path}. Сохраните его в UTF-8 и загрузите снова; "
                  "ничего не записано.")
E_QUOTES = Message("CSV файлында тырнақша бұзылған ({line}-жолдан басталатын жазба): {path}. "
                   "Файл жүктелмеді; ештеңе жазылмады.",
                   "В CSV-файле нарушены кавычки (запись, начинающаяся в строке {line}): {path}. "
                   "Файл не загружен; ничего не записано.")
E_NOT_JSONL = Message("Файлдың бірінші жолы JSON нысаны емес: {path}. JSON Lines файлында әр жол — "
                      "бір науқастың JSON нысаны.",
                      "Первая строка файла не объект JSON: {path}. В файле JSON Lines каждая строка — "
                      "объект JSON одного пациента.")
E_HEADER_UNKNOWN = Message("CSV тақырыбында белгісіз баған «{column}». Бағандар: {known}.",
                           "В заголовке CSV неизвестный столбец «{column}». Столбцы: {known}.")
E_HEADER_MISSING = Message("CSV тақырыбында «{column}» бағаны жоқ.",
                           "В заголовке CSV нет столбца «{column}».")
E_HEADER_KEY = Message("CSV тақырыбында «iin» де, «local_id» де жоқ.",
                       "В заголовке CSV нет ни «iin», ни «local_id».")
E_HEADER_DUP = Message("CSV тақырыбында «{column}» бағаны қайталанады.",
                       "В заголовке CSV столбец «{column}» повторяется.")
E_ROW_DEEP = Message("Жолдағы JSON тым терең салынған; жол өткізілді.",
                     "JSON в строке вложен слишком глубоко; строка пропущена.")
E_ROW_NUMBER = Message("Жолдағы сан тым ұзын; жол өткізілді.",
                       "Число в строке слишком длинное; строка пропущена.")
E_ROW_DUPLICATE = Message("Жолда «{key}» өрісі қайталанады; жол өткізілді.",
                          "В строке поле «{key}» повторяется; строка пропущена.")
E_ROW_TEXT = Message("Жолда толық емес таңба бар (\\ud800–\\udfff); жол өткізілді.",
                     "В строке неполный символ (\\ud800–\\udfff); строка пропущена.")
E_ORG = Message("«attached_org»: «{value}» ұйымы дерекқорда жоқ.",
                "«attached_org»: организации «{value}» нет в базе данных.")


@dataclass(frozen=True)
class ParseSettings:
    """What the reader needs from the importer's transaction."""

    today: date  # bounds birth dates
    site: str  # origin of the rows written
    now: datetime  # their `updated_at` (naive UTC)
    org_ids: dict[str, int]  # organisation code -> id
    next_ids: dict[str, int]  # table -> first free id
    sqlite: bool  # storage format of dates
    chunk: int = CHUNK
    changed_by: str | None = None  # who imports (the rows' `changed_by`)


@dataclass(slots=True)
class Chunk:
    """Consecutive rows of the file: the valid ones as storage rows, the rejected ones listed."""

    read: int = 0  # rows read (valid or not)
    position: int = 0  # bytes of the file read so far
    rejected: int = 0
    rejects: list[tuple[int, Message]] = field(default_factory=list)  # (line, reason), capped
    # one entry per valid row: ("iin" | "local_id", value, the patient id given to the row)
    keys: list[tuple[str, str, int]] = field(default_factory=list)
    tables: dict[str, list[tuple]] = field(default_factory=dict)


# -- opening and reading the file -------------------------------------------------------------


def open_source(path: Path) -> tuple[io.BufferedReader, str]:
    """The file opened for reading and its format ("csv" or "jsonl"); BadInput when it is
    unreadable, empty, binary or not UTF-8."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    except OSError as exc:
        raise BadInput(E_UNREADABLE.format(path=path, reason=exc.strerror or exc), field="file") from exc
    try:
        sample = fh.read(SNIFF_BYTES)
    except OSError as exc:
        fh.close()
        raise BadInput(E_UNREADABLE.format(path=path, reason=exc.strerror or exc), field="file") from exc
    fh.seek(0)
    if not sample.strip():
        fh.close()
        raise BadInput(E_EMPTY.format(path=path), field="file")
    if _utf16(sample):
        fh.close()
        raise BadInput(E_UTF16.format(path=path), field="file")
    if b"\x00" in sample:
        fh.close()
        raise BadInput(E_BINARY.format(path=path), field="file")
    try:
        # a multi-byte character may be cut at the end of the sample
        sample.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:
            fh.close()
            raise BadInput(E_ENCODING.format(path=path), field="file") from exc
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        fmt = "jsonl"
    elif suffix == ".csv":
        fmt = "csv"
    else:
        fmt = "jsonl" if sample.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"
    return fh, fmt


def _utf16(sample: bytes) -> bool:
    """Whether the start of a file is UTF-16 text (a byte-order mark, or every other byte NUL
    in mostly ASCII text, as Notepad's «Unicode» saves it)."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = sample[:512]
    if len(head) < 8:
        return False
    odd, even = head[1::2], head[0::2]
    return odd.count(0) > 0.8 * len(odd) or even.count(0) > 0.8 * len(even)


def _check_header(header: list[str]) -> list[str]:
    header = [h.strip() for h in header]
    seen = set()
    for column in header:
        if column not in COLUMNS:
            raise BadInput(E_HEADER_UNKNOWN.format(column=column[:40], known=", ".join(COLUMNS)),
                           field="file")
        if column in seen:
            raise BadInput(E_HEADER_DUP.format(column=column), field="file")
        seen.add(column)
    for column in ("surname", "given_name", "status"):
        if column not in seen:
            raise BadInput(E_HEADER_MISSING.format(column=column), field="file")
    if "iin" not in seen and "local_id" not in seen:
        raise BadInput(E_HEADER_KEY, field="file")
    return header


def _csv_rows(text: io.TextIOWrapper, path: Path) -> Iterator[tuple[int, dict | RowError]]:
    first = text.readline()
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = _check_header(next(csv.reader([first], delimiter=delimiter)))
    # strict: a quote left open would otherwise swallow every following line into one field,
    # and the rows after it would be lost without a word
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    end = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise BadInput(E_QUOTES.format(line=end + 1, path=path), field="file") from exc
        start, end = end + 1, reader.line_num + 1
        if not values or values == [""]:
            continue
        try:
            yield start, csv_row(header, values)
        except RowError as err:
            yield start, err


def _jsonl_rows(text: io.TextIOWrapper, path: Path) -> Iterator[tuple[int, dict | RowError]]:
    first = True
    for number, line in enumerate(text, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            # a syntax error, a number of thousands of digits, nesting too deep: this row alone
            if first:
                raise BadInput(E_NOT_JSONL.format(path=path), field="file") from exc
            yield number, _json_problem(exc)
            continue
        if ("\\ud" in line or "\\uD" in line) and not _is_text(value):
            # a \ud800-style escape decodes to half a character, which no database or screen takes
            yield number, RowError(E_ROW_TEXT)
            continue
        if not isinstance(value, dict):
            if first:
                raise BadInput(E_NOT_JSONL.format(path=path), field="file")
            yield number, not_an_object(type(value).__name__)
            continue
        first = False
        keys = _keys_seen(value)
        # each key brings a colon: no more colons than keys, no key given twice (the usual row)
        if (line.count(":") > keys and len(_KEY_END.findall(line)) > keys
                and (repeated := _repeated_key(line))):
            # json.loads keeps the last of repeated keys: which value was meant is unknown
            yield number, RowError(E_ROW_DUPLICATE.format(key=excerpt(repeated)))
            continue
        yield number, value


# Where a key ends: its closing quote and the colon. Every key of a line matches once; a value
# may add matches (a quote and a colon inside a text), never take one away.
_KEY_END = re.compile(r'"\s*:')


def _keys_seen(row: dict) -> int:
    """The keys of a decoded row and of the objects in its lists (the format's only nesting)."""
    n = len(row)
    for value in row.values():
        if isinstance(value, list):
            n += sum(len(item) for item in value if isinstance(item, dict))
    return n


class _Repeated(Exception):
    def __init__(self, key: str):
        self.key = key


def _no_repeats(pairs: list[tuple[str, object]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen = set()
        for key, _value in pairs:
            if key in seen:
                raise _Repeated(key)
            seen.add(key)
    return out


def _repeated_key(line: str) -> str | None:
    """A key given twice in one object of the line, at any depth, or None. Only called when a
    cheap count says there may be one (decoding with a hook costs a sixth more)."""
    try:
        json.loads(line, object_pairs_hook=_no_repeats)
    except _Repeated as rep:
        return rep.key
    except (ValueError, RecursionError):
        return None
    return None


def _json_problem(exc: BaseException) -> RowError:
    if isinstance(exc, json.JSONDecodeError):
        return not_an_object(exc.msg)
    if isinstance(exc, RecursionError):
        return RowError(E_ROW_DEEP)
    return RowError(E_ROW_NUMBER)  # Python refuses integers of thousands of digits


def _is_text(value: object) -> bool:
    """Whether every string in a decoded JSON value is whole UTF-8 text (no lone surrogates).
    A loop, not recursion: a value nested as deep as the decoder allows is looked through too."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


def _guard(rows: Iterator, path: Path) -> Iterator:
    """Turn a file that proves binary or badly encoded past its start into BadInput."""
    try:
        yield from rows
    except UnicodeDecodeError as exc:
        raise BadInput(E_ENCODING.format(path=path), field="file") from exc
    except csv.Error as exc:
        raise BadInput(E_BINARY.format(path=path), field="file") from exc


# -- validating and building rows --------------------------------------------------------------


def chunks(path: Path, fmt: str, settings: ParseSettings) -> Iterator[Chunk]:
    """The file's rows, validated and built, in chunks of at most `settings.chunk` rows. A
    chunk never holds the same patient twice, so the importer can match a whole chunk at once.
    BadInput when the file turns out unreadable on the way."""
    builder = RowBuilder(settings.next_ids, settings.org_ids, settings.site, settings.now,
                         settings.sqlite, changed_by=settings.changed_by)
    orgs = settings.org_ids
    today = settings.today
    now = datetime.combine(today, datetime.max.time())
    listed = 0

    def done(chunk: Chunk) -> Chunk:
        chunk.tables = builder.take()
        chunk.position = fh.tell()
        return chunk

    with open(path, "rb") as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="" if fmt == "csv" else None)
        rows = _csv_rows(text, path) if fmt == "csv" else _jsonl_rows(text, path)
        chunk, seen = Chunk(), set()
        for line, item in _guard(rows, path):
            if isinstance(item, RowError):
                reason = item.message
            else:
                try:
                    parsed = parse_row(item, today, now)
                except RowError as err:
                    reason = err.message
                except RecursionError:  # a value nested too deep to be quoted in a reason
                    reason = E_ROW_DEEP
                else:
                    org = parsed.record.attached_org
                    reason = E_ORG.format(value=org) if org and org not in orgs else None
            if reason is None and parsed.key in seen:
                # the same person again: the earlier row goes in first, the later updates it
                yield done(chunk)
                chunk, seen = Chunk(), set()
            chunk.read += 1
            if reason is not None:
                chunk.rejected += 1
                if listed < MAX_LISTED_ERRORS:
                    listed += 1
                    chunk.rejects.append((line, reason))
            else:
                seen.add(parsed.key)
                kind, value = parsed.key
                rec = parsed.record
                if kind == "iin":  # a row with an IIN brings no local number of its own
                    rec.local_id = None
                chunk.keys.append((kind, value, builder.add(rec)))
            if chunk.read >= settings.chunk:
                yield done(chunk)
                chunk, seen = Chunk(), set()
        if chunk.read:
            yield done(chunk)


# -- the parser process -------------------------------------------------------------------------


class ParserProcess:
    """`chunks` in a process of its own, received here one at a time (iterate over it).

    The parser's failures arrive as the same exceptions (BadInput) or as a RuntimeError with
    its traceback. It stops when this side closes the pipe, and it ends by itself when the
    importer's process dies (its next send fails)."""

    def __init__(self, path: Path, fmt: str, settings: ParseSettings):
        context = multiprocessing.get_context("spawn")
        self._conn, child_end = context.Pipe(duplex=False)
        self._process = context.Process(target=_serve, args=(child_end, path, fmt, settings),
                                        name="tirkeu-import-parser", daemon=True)
        self._process.start()
        child_end.close()
        self.peak_mb = 0.0  # the parser's own peak memory, once it has finished

    def __iter__(self) -> Iterator[Chunk]:
        while True:
            try:
                kind, payload = self._conn.recv()
            except EOFError:
                self._process.join(5)
                raise RuntimeError(f"import parser ended unexpectedly "
                                   f"(exit code {self._process.exitcode})") from None
            if kind == "chunk":
                yield payload
            elif kind == "done":
                self.peak_mb = payload
                return
            elif kind == "bad":
                raise BadInput(*payload)
            else:
                raise RuntimeError(f"import parser failed:\n{payload}")

    def close(self) -> None:
        self._conn.close()
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


class _Sender:
    """Sends pickled messages from a thread of its own, up to `AHEAD` of them queued: the
    parser goes on with the next chunk while the importer is still busy with the last one
    (writing to the pipe releases Python's lock)."""

    AHEAD = 3

    def __init__(self, conn):
        self.conn = conn
        self.queue: queue.Queue = queue.Queue(self.AHEAD)
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="import-parser-sender", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (data := self.queue.get()) is not None:
            try:
                self.conn.send_bytes(data)
            except OSError as exc:  # the importer has gone
                self.failure = exc
                return

    def send(self, message: tuple) -> None:
        data = ForkingPickler.dumps(message)
        while True:
            if self.failure is not None:
                raise self.failure
            try:
                self.queue.put(data, timeout=0.5)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        """Send what is queued, then stop."""
        if self.failure is None:
            self.queue.put(None)
            self.thread.join()
        if self.failure is not None:
            raise self.failure


def _serve(conn, path: Path, fmt: str, settings: ParseSettings) -> None:
    """The parser process: send every chunk, then ("done", peak MB) — or what went wrong."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the importer's to handle
    sender = _Sender(conn)
    try:
        try:
            for chunk in chunks(path, fmt, settings):
                sender.send(("chunk", chunk))
            sender.send(("done", peak_rss_mb()))
        except BadInput as exc:
            sender.send(("bad", (exc.message, exc.field)))
        except BaseException:  # noqa: BLE001 - reported to the importer, which raises it
            if sender.failure is not None:
                raise
            sender.send(("error", traceback.format_exc()))
        sender.close()
    except BaseException:
        if sender.failure is None:
            raise
        # the importer has gone: there is nobody to report to
    finally:
        conn.close()


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (0 where the system does not tell)."""
    if resource is None:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
