"""A patient's data exported on the patient's request: everything stored about them, as JSON
(UTF-8, ISO dates, the rulebook's codes) or as a readable PDF in Kazakh or Russian.

Exporting needs the export permission and leaves an audit event ("export", the patient's uuid
and the format; nothing of the data itself). The file is written by the rules of
services.pdf_files: never over the database, a link or a file of another kind."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.engine import take_write_lock
from db.patient_export import patient_data
from db.repositories import find_by_iin
from db.settings import load_settings
from domain.access import EXPORT_DATA
from domain.iin import parse_iin
from domain.messages import BadInput, Message
from reports.patient_export import render_patient_export
from services import audit
from services.access import operator, require
from services.pdf_files import PDF, FileKind

FORMAT = "tirkeu.patient-export"
VERSION = 1
ACTION = "export"
FORMATS = ("json", "pdf")
# An earlier export of ours starts so (the JSON is written with this key first, indented by
# two): only such a file is ever replaced by a new JSON export.
JSON = FileKind("JSON", b'{\n  "format": "' + FORMAT.encode() + b'"')
KINDS = {"json": JSON, "pdf": PDF}

ERR_NO_PATIENT = Message("Бұл ЖСН-мен науқас табылмады: {iin}", "Пациент с этим ИИН не найден: {iin}")
ERR_IIN = Message("ЖСН дұрыс емес: {iin}", "Неверный ИИН: {iin}")
ERR_FORMAT = Message("Экспорт пішімі json не pdf болуы керек: {value}",
                     "Формат выгрузки должен быть json или pdf: {value}")
ERR_SUFFIX = Message("Экспорт файлының аты .json не .pdf деп аяқталуы керек: {name}",
                     "Имя файла выгрузки должно оканчиваться на .json или .pdf: {name}")
ERR_MISMATCH = Message("Файл аты ({name}) {format} пішіміне сай емес.",
                       "Имя файла ({name}) не соответствует формату {format}.")


@dataclass(frozen=True, slots=True)
class PatientExport:
    patient_id: int
    data: dict  # the JSON document
    content: bytes  # the file's bytes (JSON or PDF)
    format: str


def output_format(path: str | os.PathLike, fmt: str | None) -> str:
    """The format to write: the one asked for, or the file name's; the name must end in .json
    or .pdf and agree with the format asked for (BadInput otherwise, nothing written)."""
    name = Path(os.fspath(path)).name
    suffix = Path(name).suffix.lower()
    if fmt is not None and fmt not in FORMATS:
        raise BadInput(ERR_FORMAT.format(value=fmt), field="format")
    if suffix not in (".json", ".pdf"):
        raise BadInput(ERR_SUFFIX.format(name=name), field="out")
    if fmt is not None and suffix != f".{fmt}":
        raise BadInput(ERR_MISMATCH.format(name=name, format=fmt), field="out")
    return suffix[1:]


def patient_id_by_iin(session, iin: str) -> int:
    text = (iin or "").strip()
    if not parse_iin(text).valid:
        raise BadInput(ERR_IIN.format(iin=text), field="iin")
    found = find_by_iin(session, text)
    if found is None:
        raise BadInput(ERR_NO_PATIENT.format(iin=text), field="iin")
    return found.id


def export_patient(session, patient_id: int, fmt: str, lang: str = "kk",
                   at: datetime | None = None) -> PatientExport:
    """The patient's data as `fmt` ("json" or "pdf", the PDF in `lang`), with its audit event
    in the caller's transaction."""
    require(session, EXPORT_DATA)
    if fmt not in FORMATS:
        raise BadInput(ERR_FORMAT.format(value=fmt), field="format")
    take_write_lock(session)  # the audit event is written in this transaction
    body = patient_data(session, patient_id)
    if body is None:
        raise BadInput(Message("Науқас табылмады.", "Пациент не найден."), field="patient")
    at = (at or datetime.now()).replace(microsecond=0)
    settings = load_settings(session)
    data = {
        "format": FORMAT, "version": VERSION, "exported_at": at.isoformat(),
        "exported_by": operator(session),
        "clinic": {"name_kk": settings.org_name_kk, "name_ru": settings.org_name_ru,
                   "bin": settings.org_bin or None},
        **body,
    }
    if fmt == "json":
        content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        content = render_patient_export(data, lang)
    audit.record(session, ACTION, "patient", entity_uuid=body["identity"]["uuid"],
                 patient_uuid=body["identity"]["uuid"], detail={"format": fmt})
    return PatientExport(patient_id, data, content, fmt)
