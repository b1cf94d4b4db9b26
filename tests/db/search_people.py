"""Synthetic people for search tests and store measurements: Kazakh and Russian names with
Kazakh letters, Latin passport spellings for some, valid IINs. Deterministic for a seed."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine

from db.engine import open_database
from db.search import refresh_index
from domain.iin import make_iin
from domain.names import search_key
from domain.records import Patient

KAZ_SURNAMES = [
    "Нұрланов", "Серікбаев", "Әбдірахманов", "Жұмабаев", "Қасымов", "Төлеуов", "Оспанов",
    "Байжанов", "Ахметов", "Сәрсенбаев", "Құдайбергенов", "Мұхамеджанов", "Есенов", "Жақсылықов",
    "Тоқтаров", "Ғабдуллин", "Іскаков", "Өмірзақов", "Бекмұхамбетов", "Дүйсенов", "Кенжебеков",
    "Мырзахметов", "Шәкенов", "Үмбетов", "Сұлтанов", "Бейсенов", "Әлиев", "Жанузақов", "Рахимов",
    "Исаев", "Тұрсынов", "Қалиев", "Бақытжанов", "Сағындықов", "Ержанов", "Нұрпейісов",
    "Әуезов", "Абенов", "Қожахметов", "Мақсұтов", "Жексенбаев", "Ысқақов", "Тілеубаев",
    "Сейітқалиев", "Қуанышев", "Айтбаев", "Смағұлов", "Жолдасбеков", "Балтабаев", "Ораз",
]
RUS_SURNAMES = [
    "Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов",
    "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
    "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров",
    "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов",
    "Ким", "Цой", "Пак", "Шевченко", "Коваленко", "Бондаренко", "Шмидт", "Гофман",
]
KAZ_MALE = [
    "Нұрлан", "Серік", "Қайрат", "Ғалымжан", "Ерлан", "Бақыт", "Асқар", "Дәурен", "Мұрат",
    "Ержан", "Айдос", "Бауыржан", "Жандос", "Талғат", "Сәкен", "Ақжігіт", "Әділет", "Ілияс",
    "Өмірзақ", "Мұхаммед", "Дамир", "Арман", "Нұрсұлтан", "Жасұлан", "Ербол", "Қанат",
    "Темірлан", "Санжар", "Бекзат", "Рүстем",
]
KAZ_FEMALE = [
    "Шынар", "Жанна", "Айгүл", "Әлия", "Гүлнұр", "Динара", "Мәдина", "Сәуле", "Ақмарал",
    "Айжан", "Жібек", "Қарлығаш", "Үміт", "Гүлмира", "Салтанат", "Аружан", "Назерке", "Томирис",
    "Балжан", "Інкәр", "Мөлдір", "Сымбат", "Ләззат", "Жұлдыз", "Анар", "Ботагөз",
]
RUS_MALE = [
    "Александр", "Сергей", "Алексей", "Дмитрий", "Андрей", "Фёдор", "Николай", "Владимир",
    "Михаил", "Евгений", "Игорь", "Юрий", "Виктор", "Олег", "Павел", "Илья", "Максим", "Артём",
]
RUS_FEMALE = [
    "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия", "Анна",
    "Екатерина", "Виктория", "Людмила", "Галина", "Ксения", "Дарья", "Алёна",
]

# Passport (ICAO) transliteration, as printed in Kazakh passports.
_ICAO = {
    "а": "A", "ә": "A", "б": "B", "в": "V", "г": "G", "ғ": "G", "д": "D", "е": "E", "ё": "E",
    "ж": "ZH", "з": "Z", "и": "I", "й": "I", "к": "K", "қ": "K", "л": "L", "м": "M", "н": "N",
    "ң": "N", "о": "O", "ө": "O", "п": "P", "р": "R", "с": "S", "т": "T", "у": "U", "ұ": "U",
    "ү": "U", "ф": "F", "х": "KH", "һ": "H", "ц": "TS", "ч": "CH", "ш": "SH", "щ": "SHCH",
    "ъ": "IE", "ы": "Y", "і": "I", "ь": "", "э": "E", "ю": "IU", "я": "IA",
}


def passport_latin(name: str) -> str:
    return "".join(_ICAO.get(ch, ch.upper()) for ch in name.lower())


def feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    return surname


def patronymic(father: str, sex: str, kazakh: bool) -> str:
    if kazakh:
        return father + ("ұлы" if sex == "M" else "қызы")
    stem = father[:-1] + "е" if father.endswith("й") else father
    if father.endswith("й"):
        return stem + ("вич" if sex == "M" else "вна")
    return stem + ("ович" if sex == "M" else "овна")


def people(n: int, seed: int = 7) -> Iterator[Patient]:
    """n people with valid, distinct IINs (a serial per birth date and sex)."""
    rnd = random.Random(seed)
    serials: dict[tuple[date, str], int] = {}
    for _ in range(n):
        kazakh = rnd.random() < 0.7
        sex = rnd.choice("MF")
        surname = rnd.choice(KAZ_SURNAMES if kazakh else RUS_SURNAMES)
        if sex == "F":
            surname = feminine(surname)
        given = rnd.choice((KAZ_MALE if sex == "M" else KAZ_FEMALE) if kazakh
                           else (RUS_MALE if sex == "M" else RUS_FEMALE))
        father = rnd.choice(KAZ_MALE if kazakh else RUS_MALE)
        patr = patronymic(father, sex, kazakh) if rnd.random() < 0.9 else None
        born = date(1930, 1, 1) + timedelta(days=rnd.randrange(365 * 95))
        iin = None
        while iin is None:
            serial = serials[born, sex] = serials.get((born, sex), 0) + 1
            iin = make_iin(born, sex, serial)
        latin = rnd.random() < 0.4
        yield Patient(
            surname=surname, given_name=given, patronymic=patr,
            latin_surname=passport_latin(surname) if latin else None,
            latin_given_name=passport_latin(given) if latin else None,
            birth_date=born, sex=sex, iin=iin,
        )


def fill_fast(url: str, n: int, seed: int = 7) -> None:
    """A database of n people written with plain inserts, then indexed once (as bulk loaders
    do); for measurements and large tests where saving one by one would take too long."""
    open_database(url).dispose()
    path = Path(url.removeprefix("sqlite:///"))
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    rows = []
    statuses = ("citizen", "citizen", "citizen", "kandas", "permit_holder", "temporary")
    rnd = random.Random(seed + 1)
    for i, p in enumerate(people(n, seed), start=1):
        key = search_key(p.surname, p.given_name, p.patronymic, p.latin_surname, p.latin_given_name)
        rows.append((i, f"{seed:04x}{i:028x}", p.iin, p.surname, p.given_name, p.patronymic,
                     p.latin_surname, p.latin_given_name, p.birth_date.isoformat(), p.sex,
                     rnd.choice(statuses), key))
        if len(rows) >= 50_000:
            _insert(con, rows)
            rows.clear()
    _insert(con, rows)
    con.commit()
    con.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        refresh_index(conn)
    engine.dispose()


def _insert(con: sqlite3.Connection, rows: list[tuple]) -> None:
    con.executemany(
        "INSERT INTO patients (id, uuid, iin, surname, given_name, patronymic, latin_surname, "
        "latin_given_name, birth_date, sex, status, search_key, updated_at, version, origin_site, "
        "deleted, pregnant, palliative, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"
        "'2026-01-01 00:00:00', 1, '', 0, 0, 0, '2026-01-01 00:00:00')", rows)
