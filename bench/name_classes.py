"""People of Kazakhstan's peoples and the queries a registration desk types for them, by class.

One generator serves the suite (a few hundred people written to tests/data/name_set.json by
scripts/make_name_set.py) and the bench (the same generator at a larger count, its people added
to the bench database among the demo patients). Names are real names of Kazakhs, Russians,
Koreans, Uzbeks, Uyghurs, Tatars, Germans, Ukrainians and Dungans living in Kazakhstan, in the
spellings their documents carry; each person comes with the queries of every class that applies:

- cyrillic: the full name as registered; russified: the same without Kazakh letters;
- latin_2017 / latin_2018 / latin_2021: the Kazakh Latin alphabets; passport: the ID-card Latin;
- word_order: given name first; surname_year: the surname and the birth year;
- typo: one or two wrong letters anywhere; short_typo: a 3–5-letter given name with a letter
  lost or changed, the other words exact;
- patronymic: the patronymic in its other form (-ұлы/-қызы against -ович/-овна), in Cyrillic or
  Latin;
- yo: «ё» typed as «е» or the reverse; initials: «Ахметов Н. С.»;
- double_surname: a double surname with a space for its hyphen or the reverse, or one part;
- foreign: German, Korean and Ukrainian names in their other (original or Russian) spelling.

The queries of the first six classes are the patient's exact name: that patient must come first
(`EXACT_CLASSES`).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

CLASSES = ("cyrillic", "russified", "latin_2017", "latin_2018", "latin_2021", "passport",
           "word_order", "surname_year", "typo", "short_typo", "patronymic", "yo", "initials",
           "double_surname", "foreign")
EXACT_CLASSES = ("cyrillic", "russified", "latin_2017", "latin_2018", "latin_2021", "passport")

# ---------------------------------------------------------------------------------------------
# Names. Kazakh names are (Kazakh spelling, russified spelling).

KZ_MALE = (
    ("Нұрлан", "Нурлан"), ("Серік", "Серик"), ("Қайрат", "Кайрат"), ("Ғалымжан", "Галымжан"),
    ("Ерлан", "Ерлан"), ("Бақыт", "Бакыт"), ("Асқар", "Аскар"), ("Дәурен", "Даурен"),
    ("Мұрат", "Мурат"), ("Ержан", "Ержан"), ("Айдос", "Айдос"), ("Бауыржан", "Бауыржан"),
    ("Жандос", "Жандос"), ("Талғат", "Талгат"), ("Сәкен", "Сакен"), ("Әділет", "Адилет"),
    ("Ілияс", "Ильяс"), ("Өмірзақ", "Омирзак"), ("Дамир", "Дамир"), ("Арман", "Арман"),
    ("Нұрсұлтан", "Нурсултан"), ("Жасұлан", "Жасулан"), ("Ербол", "Ербол"), ("Қанат", "Канат"),
    ("Темірлан", "Темирлан"), ("Санжар", "Санжар"), ("Бекзат", "Бекзат"), ("Ғани", "Гани"),
    ("Әли", "Али"), ("Асан", "Асан"), ("Үсен", "Усен"), ("Ахмет", "Ахмет"), ("Болат", "Болат"),
    ("Берік", "Берик"), ("Марат", "Марат"), ("Мәди", "Мади"), ("Төлеу", "Толеу"),
    ("Ораз", "Ораз"), ("Ерік", "Ерик"), ("Нұр", "Нур"), ("Жомарт", "Жомарт"), ("Әсет", "Асет"),
    ("Қуаныш", "Куаныш"), ("Сұлтан", "Султан"), ("Мейрам", "Мейрам"), ("Рауан", "Рауан"),
)
KZ_FEMALE = (
    ("Анар", "Анар"), ("Дана", "Дана"), ("Әсел", "Асель"), ("Үміт", "Умит"), ("Роза", "Роза"),
    ("Айым", "Айым"), ("Әйгерім", "Айгерим"), ("Жанна", "Жанна"), ("Шынар", "Шынар"),
    ("Сәуле", "Сауле"), ("Айжан", "Айжан"), ("Жібек", "Жибек"), ("Аружан", "Аружан"),
    ("Назерке", "Назерке"), ("Томирис", "Томирис"), ("Балжан", "Балжан"), ("Інкәр", "Инкар"),
    ("Мөлдір", "Молдир"), ("Сымбат", "Сымбат"), ("Ләззат", "Ляззат"), ("Жұлдыз", "Жулдыз"),
    ("Ботагөз", "Ботагоз"), ("Гүлнар", "Гульнар"), ("Айгүл", "Айгуль"), ("Зере", "Зере"),
    ("Ару", "Ару"), ("Айна", "Айна"), ("Мира", "Мира"), ("Қарлығаш", "Карлыгаш"),
    ("Салтанат", "Салтанат"), ("Меруерт", "Меруерт"), ("Динара", "Динара"), ("Әлия", "Алия"),
    ("Дина", "Дина"), ("Гүл", "Гуль"), ("Ақбота", "Акбота"), ("Ұлжан", "Улжан"),
)
# Surname roots (Kazakh, russified, suffix); the suffix takes the feminine -а.
KZ_SURNAMES = (
    ("Нұрлан", "Нурлан", "ов"), ("Серікбай", "Серикбай", "ев"), ("Әбдірахман", "Абдрахман", "ов"),
    ("Жұмабай", "Жумабай", "ев"), ("Қасым", "Касым", "ов"), ("Төлеу", "Тулеу", "ов"),
    ("Оспан", "Оспан", "ов"), ("Байжан", "Байжан", "ов"), ("Ахмет", "Ахмет", "ов"),
    ("Сәрсенбай", "Сарсенбай", "ев"), ("Құдайберген", "Кудайберген", "ов"),
    ("Мұхамеджан", "Мухамеджан", "ов"), ("Есен", "Есен", "ов"), ("Жақсылық", "Жаксылык", "ов"),
    ("Тоқтар", "Токтар", "ов"), ("Ғабдулл", "Габдулл", "ин"), ("Ысқақ", "Искак", "ов"),
    ("Өмірзақ", "Омирзак", "ов"), ("Бекмұхамбет", "Бекмухамбет", "ов"), ("Дүйсен", "Дюсен", "ов"),
    ("Кенжебек", "Кенжебек", "ов"), ("Мырзахмет", "Мырзахмет", "ов"), ("Шәкен", "Шакен", "ов"),
    ("Үмбет", "Умбет", "ов"), ("Сұлтан", "Султан", "ов"), ("Бейсен", "Бейсен", "ов"),
    ("Жанұзақ", "Жанузак", "ов"), ("Тұрсын", "Турсын", "ов"), ("Қали", "Кали", "ев"),
    ("Бақытжан", "Бакытжан", "ов"), ("Сағындық", "Сагындык", "ов"), ("Нұрпейіс", "Нурпеис", "ов"),
    ("Әуез", "Ауез", "ов"), ("Қожахмет", "Кожахмет", "ов"), ("Мақсұт", "Максут", "ов"),
    ("Жексенбай", "Жексенбай", "ев"), ("Тілеубай", "Тлеубай", "ев"), ("Сейітқали", "Сейткали", "ев"),
    ("Смағұл", "Смагул", "ов"), ("Жолдасбек", "Жолдасбеков", ""), ("Ораз", "Ораз", "ов"),
)
# Modern Kazakh surnames made like patronymics, without a Russian suffix.
KZ_PLAIN_SURNAMES = (("Байтұрсынұлы", "Байтурсынулы"), ("Тоқтарұлы", "Токтарулы"),
                     ("Ізбасарқызы", "Избасаркызы"))

RU_MALE = (
    ("Александр", "Александрович", "Александровна"), ("Сергей", "Сергеевич", "Сергеевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Андрей", "Андреевич", "Андреевна"),
    ("Алексей", "Алексеевич", "Алексеевна"), ("Владимир", "Владимирович", "Владимировна"),
    ("Николай", "Николаевич", "Николаевна"), ("Иван", "Иванович", "Ивановна"),
    ("Михаил", "Михайлович", "Михайловна"), ("Артём", "Артёмович", "Артёмовна"),
    ("Пётр", "Петрович", "Петровна"), ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Виктор", "Викторович", "Викторовна"), ("Юрий", "Юрьевич", "Юрьевна"),
    ("Олег", "Олегович", "Олеговна"), ("Игорь", "Игоревич", "Игоревна"),
    ("Семён", "Семёнович", "Семёновна"), ("Лев", "Львович", "Львовна"),
    ("Илья", "Ильич", "Ильинична"), ("Павел", "Павлович", "Павловна"),
)
RU_FEMALE = ("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария",
             "Юлия", "Алёна", "Людмила", "Екатерина", "Галина", "Валентина", "Оксана", "Вера",
             "Ксения", "Дарья", "Фёкла", "Инна", "Яна", "Нина")
RU_SURNAMES = (
    ("Иванов", "Иванова"), ("Петров", "Петрова"), ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Васильев", "Васильева"),
    ("Соколов", "Соколова"), ("Новиков", "Новикова"), ("Фёдоров", "Фёдорова"),
    ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Лебедев", "Лебедева"),
    ("Семёнов", "Семёнова"), ("Ковалёв", "Ковалёва"), ("Соловьёв", "Соловьёва"),
    ("Королёв", "Королёва"), ("Журавлёв", "Журавлёва"), ("Воробьёв", "Воробьёва"),
    ("Никитин", "Никитина"), ("Зайцев", "Зайцева"), ("Белов", "Белова"), ("Орлов", "Орлова"),
    ("Пономарёв", "Пономарёва"), ("Макаров", "Макарова"), ("Ёлкин", "Ёлкина"),
)
# (surname, male given names, female given names); Russian given names are common too.
KOREAN = (("Ким", "Пак", "Цой", "Ли", "Тен", "Хан", "Нам", "Огай", "Кан", "Шин", "Югай",
           "Хегай", "Пен", "Тян", "Лим", "Хван", "Эм", "Лигай", "Когай", "Шегай", "Ни", "Мун",
           "Юн"),
          ("Виктор", "Сергей", "Олег", "Эдуард", "Роман", "Вячеслав", "Валерий", "Ен", "Ген"),
          ("Ольга", "Роза", "Вера", "Марина", "Светлана", "Инна", "Лариса", "Алла", "Римма"))
# Original spellings a Korean surname is typed in.
KOREAN_ORIGINAL = {"Пак": ("Park",), "Цой": ("Choi", "Tsoi"), "Ли": ("Lee",), "Кан": ("Kang",),
                   "Хван": ("Hwang",), "Шин": ("Shin", "Син"), "Юн": ("Yoon",), "Мун": ("Moon",),
                   "Ким": ("Kim",), "Хан": ("Han", "Khan"), "Нам": ("Nam",), "Тен": ("Teng",)}
UZBEK = (("Каримов", "Рахимов", "Юсупов", "Абдуллаев", "Ташматов", "Усманов", "Мирзаев",
          "Турсунов", "Хамидов", "Алимов", "Эргашев", "Норматов", "Исмаилов", "Расулов"),
         ("Рустам", "Шерзод", "Жасур", "Отабек", "Бахтияр", "Улугбек", "Фаррух", "Дилшод",
          "Ойбек", "Ботир", "Анвар", "Илхом", "Сардор", "Азиз", "Умид"),
         ("Дилноза", "Нигора", "Малика", "Гульнора", "Шахноза", "Мохира", "Зулфия", "Феруза",
          "Севара", "Лола", "Нодира", "Ойша", "Гули"))
UYGHUR = (("Масимов", "Ниязов", "Розахунов", "Мамутов", "Абдурахманов", "Сабитов", "Хамраев",
           "Насыров", "Юнусов", "Кадыров", "Хелилов", "Садыров", "Исламов", "Турдиев"),
          ("Абдурахман", "Турсун", "Муратжан", "Ахметжан", "Ильяр", "Дильмурат", "Шамшидин",
           "Нурмухаммед", "Алим", "Рашид", "Аблет", "Кахар", "Руслан"),
          ("Гульмира", "Дилнара", "Мукаддас", "Патигуль", "Рейхан", "Назугум", "Шахида",
           "Мадина", "Хурнисахан", "Айнур", "Зия", "Ханум"))
TATAR = (("Хайруллин", "Сафин", "Галиев", "Гарипов", "Валиев", "Шарипов", "Мухаметзянов",
          "Зарипов", "Хабибуллин", "Нуриев", "Ахмадуллин", "Гильманов", "Сабиров", "Фаттахов"),
         ("Ринат", "Рустам", "Ильдар", "Айдар", "Фарид", "Марат", "Раиль", "Азат", "Ильнур",
          "Радик", "Ренат", "Наиль"),
         ("Гульнара", "Резеда", "Альфия", "Ляйсан", "Зульфия", "Лилия", "Эльвира", "Гузель",
          "Алсу", "Ильсия", "Раиса", "Алия"))
DUNGAN = (("Масанчи", "Ванахунов", "Дауров", "Сулейманов", "Хасанов", "Мансуров", "Шиманов",
           "Ясыров", "Ма", "Ян", "Су", "Бай", "Ху", "Лю", "Мухамедов"),
          ("Хусей", "Ясыр", "Рахман", "Ильяз", "Юсуп", "Арли", "Дагур", "Ахмед", "Мансур",
           "Сулейман", "Вахит", "Ибрагим"),
          ("Фатима", "Айша", "Хадича", "Зайнаб", "Шурира", "Ася", "Раиса", "Мариям", "Хава"))
# German surnames: (Russian spelling as registered, original and other spellings).
GERMAN = ((("Мюллер", ("Müller", "Mueller", "Миллер")), ("Шмидт", ("Schmidt", "Шмитт")),
           ("Шнайдер", ("Schneider", "Шнейдер")), ("Фишер", ("Fischer",)),
           ("Вебер", ("Weber",)), ("Майер", ("Meyer", "Мейер", "Maier")),
           ("Вагнер", ("Wagner",)), ("Беккер", ("Becker", "Бекер")),
           ("Шульц", ("Schulz", "Schultz")), ("Гофман", ("Hoffmann", "Хоффман")),
           ("Шефер", ("Schäfer", "Schaefer")), ("Кох", ("Koch",)), ("Бауэр", ("Bauer",)),
           ("Рихтер", ("Richter",)), ("Клейн", ("Klein", "Кляйн")), ("Вольф", ("Wolf",)),
           ("Нейман", ("Neumann", "Нойман")), ("Циммерман", ("Zimmermann",)),
           ("Браун", ("Braun",)), ("Крюгер", ("Krüger", "Krueger")),
           ("Гартман", ("Hartmann", "Хартман")), ("Краузе", ("Krause",)),
           ("Шрёдер", ("Schröder", "Schroeder", "Шредер")), ("Вернер", ("Werner",)),
           ("Фогель", ("Vogel",)), ("Штейн", ("Stein",)), ("Герман", ("Hermann",))),
          (("Генрих", ("Heinrich",)), ("Фридрих", ("Friedrich",)), ("Иоганн", ("Johann",)),
           ("Вильгельм", ("Wilhelm",)), ("Эрих", ("Erich",)), ("Андреас", ("Andreas",)),
           ("Вальтер", ("Walter",)), ("Роберт", ("Robert",)), ("Виктор", ("Viktor",)),
           ("Александр", ("Alexander",)), ("Эдуард", ("Eduard",)), ("Артур", ("Artur",))),
          (("Эмма", ("Emma",)), ("Эльза", ("Elsa",)), ("Ирма", ("Irma",)),
           ("Гертруда", ("Gertrud",)), ("Ирина", ("Irina",)), ("Лидия", ("Lydia",)),
           ("Мария", ("Maria",)), ("Ольга", ("Olga",)), ("Анна", ("Anna",))))
# Ukrainian surnames and given names: (Ukrainian spelling, Russian spelling, Latin original).
UKRAINIAN = ((("Шевченко", "Шевченко", "Shevchenko"), ("Коваленко", "Коваленко", "Kovalenko"),
              ("Бондаренко", "Бондаренко", "Bondarenko"), ("Ткаченко", "Ткаченко", "Tkachenko"),
              ("Кравченко", "Кравченко", "Kravchenko"), ("Олійник", "Олейник", "Oliinyk"),
              ("Мельник", "Мельник", "Melnyk"), ("Бойко", "Бойко", "Boiko"),
              ("Ковальчук", "Ковальчук", "Kovalchuk"), ("Гончаренко", "Гончаренко", "Honcharenko"),
              ("Гнатюк", "Гнатюк", "Hnatiuk"), ("Савчук", "Савчук", "Savchuk"),
              ("Лисенко", "Лысенко", "Lysenko"), ("Поліщук", "Полищук", "Polishchuk"),
              ("Іваненко", "Иваненко", "Ivanenko"), ("Гуменюк", "Гуменюк", "Humeniuk"),
              ("Григоренко", "Григоренко", "Hryhorenko"), ("Головко", "Головко", "Holovko")),
             (("Сергій", "Сергей", "Serhii"), ("Андрій", "Андрей", "Andrii"),
              ("Олексій", "Алексей", "Oleksii"), ("Олександр", "Александр", "Oleksandr"),
              ("Микола", "Николай", "Mykola"), ("Михайло", "Михаил", "Mykhailo"),
              ("Петро", "Пётр", "Petro"), ("Василь", "Василий", "Vasyl"),
              ("Іван", "Иван", "Ivan"), ("Тарас", "Тарас", "Taras"),
              ("Богдан", "Богдан", "Bohdan"), ("Дмитро", "Дмитрий", "Dmytro")),
             (("Оксана", "Оксана", "Oksana"), ("Олена", "Елена", "Olena"),
              ("Наталія", "Наталья", "Nataliia"), ("Ганна", "Анна", "Hanna"),
              ("Галина", "Галина", "Halyna"), ("Тетяна", "Татьяна", "Tetiana"),
              ("Ірина", "Ирина", "Iryna"), ("Світлана", "Светлана", "Svitlana"),
              ("Катерина", "Екатерина", "Kateryna"), ("Ольга", "Ольга", "Olha")))

# Nations and their share of the set (per cent), Kazakhs and Russians first as in the country.
NATIONS = (("kazakh", 38), ("russian", 14), ("korean", 8), ("uzbek", 8), ("uyghur", 7),
           ("tatar", 7), ("german", 7), ("ukrainian", 7), ("dungan", 4))

# ---------------------------------------------------------------------------------------------
# Spellings

_KZ_TO_RU = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                           "һ": "х", "і": "и", "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О",
                           "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И", "ї": "и", "є": "е", "Ї": "И",
                           "Є": "Е"})
# Cyrillic letters in the Kazakh Latin alphabets: 2017 (apostrophes), 2018 (acute accents),
# 2021 (diacritics). Letters the alphabets share are not repeated.
_COMMON = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z",
           "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
           "т": "t", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ъ": "", "ь": "", "э": "e",
           "ё": "e", "қ": "q"}
_K2017 = {**_COMMON, "ә": "a'", "ғ": "g'", "и": "i'", "й": "i'", "і": "i", "ң": "n'", "ө": "o'",
          "у": "y'", "ұ": "u", "ү": "u'", "ч": "c'", "ш": "s'", "щ": "s'", "ы": "y", "ю": "i'y'",
          "я": "i'a"}
_K2018 = {**_COMMON, "ә": "á", "ғ": "ǵ", "и": "ı", "й": "ı", "і": "i", "ң": "ń", "ө": "ó",
          "у": "ý", "ұ": "u", "ү": "ú", "ч": "ch", "ш": "sh", "щ": "sh", "ы": "y", "ю": "ıý",
          "я": "ıa"}
_K2021 = {**_COMMON, "ә": "ä", "ғ": "ğ", "и": "i", "й": "i", "і": "ı", "ң": "ñ", "ө": "ö",
          "у": "u", "ұ": "ū", "ү": "ü", "ч": "ç", "ш": "ş", "щ": "ş", "ы": "y", "ю": "iu",
          "я": "ia"}
ALPHABETS = {"latin_2017": _K2017, "latin_2018": _K2018, "latin_2021": _K2021}
# Passport Latin: ICAO 9303 as on ID cards since 2013, and the older style (YE-, YU, YA).
_ICAO = {"а": "A", "ә": "A", "б": "B", "в": "V", "г": "G", "ғ": "G", "д": "D", "е": "E",
         "ё": "E", "ж": "ZH", "з": "Z", "и": "I", "й": "I", "к": "K", "қ": "K", "л": "L",
         "м": "M", "н": "N", "ң": "N", "о": "O", "ө": "O", "п": "P", "р": "R", "с": "S",
         "т": "T", "у": "U", "ұ": "U", "ү": "U", "ф": "F", "х": "KH", "һ": "H", "ц": "TS",
         "ч": "CH", "ш": "SH", "щ": "SHCH", "ъ": "IE", "ы": "Y", "і": "I", "ь": "", "э": "E",
         "ю": "IU", "я": "IA", "ї": "I", "є": "IE"}
_OLD = {**_ICAO, "ю": "YU", "я": "YA", "й": "Y", "ъ": ""}


def _spell(word: str, table: dict[str, str], capital: bool = True) -> str:
    out = "".join(table.get(ch, ch) for ch in word.lower())
    return out[:1].upper() + out[1:] if capital else out


def kazakh_latin(name: str, alphabet: str) -> str:
    return " ".join(_spell(w, ALPHABETS[alphabet]) for w in name.split())


def passport(name: str, old_style: bool = False) -> str:
    words = []
    for w in name.split():
        if old_style and w[:1].lower() == "е":
            words.append("YE" + _spell(w[1:], _OLD, capital=False))
        else:
            words.append(_spell(w, _OLD if old_style else _ICAO, capital=False))
    return " ".join(words).upper()


def russified(text: str) -> str:
    return text.translate(_KZ_TO_RU)


def yo_swapped(text: str) -> str | None:
    """«ё» typed as «е», or a name registered with «е» typed with its «ё»."""
    if "ё" in text or "Ё" in text:
        return text.replace("ё", "е").replace("Ё", "Е")
    for plain, dotted in _YO_WORDS:
        if plain in text:
            return text.replace(plain, dotted)
    return None


_YO_WORDS = (("Федор", "Фёдор"), ("Семенов", "Семёнов"), ("Петр", "Пётр"), ("Артем", "Артём"),
             ("Алена", "Алёна"), ("Королев", "Королёв"), ("Ковалев", "Ковалёв"),
             ("Соловьев", "Соловьёв"), ("Пономарев", "Пономарёв"), ("Семен", "Семён"),
             ("Журавлев", "Журавлёв"), ("Воробьев", "Воробьёв"), ("Елкин", "Ёлкин"),
             ("Шредер", "Шрёдер"))

# ---------------------------------------------------------------------------------------------
# People


@dataclass
class NamedPerson:
    nation: str
    sex: str
    surname: str
    given_name: str
    patronymic: str | None
    latin_surname: str | None
    latin_given_name: str | None
    birth_date: str
    queries: dict[str, str] = field(default_factory=dict)
    # What a misspelt query (typo, short_typo) meant to type.
    intended: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @property
    def full_name(self) -> str:
        return " ".join(x for x in (self.surname, self.given_name, self.patronymic) if x)


def _feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    if surname.endswith("ий"):
        return surname[:-2] + "ая"
    return surname


def _russian_patronymic(father: str, female: bool) -> str:
    soft = father[-1] in "жшщчцйиа"
    if father.endswith("й"):
        return father[:-1] + ("евна" if female else "евич")
    return father + ("ев" if soft else "ов") + ("на" if female else "ич")


class _Maker:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed)

    def pick(self, seq):
        return self.rnd.choice(seq)

    def born(self) -> date:
        return date(1940, 1, 1) + timedelta(days=self.rnd.randrange(365 * 83))

    def turkic_patronymic(self, father_kz: str, father_ru: str, female: bool,
                          kazakh_form: bool) -> tuple[str, str]:
        """(the patronymic as registered, the same in its other form, Cyrillic or Latin)."""
        kz = father_kz + ("қызы" if female else "ұлы")
        ru = _russian_patronymic(father_ru, female)
        if kazakh_form:
            other = ru
        else:
            other = self.pick((kz, russified(kz), father_ru + (" кызы" if female else " улы")))
        if self.rnd.random() < 0.4:  # typed in Latin
            other = passport(other).capitalize() if kazakh_form else _spell(other, _K2021)
        return (kz if kazakh_form else ru), other

    def kazakh(self, sex: str) -> tuple[NamedPerson, dict[str, str]]:
        female = sex == "F"
        letters = self.rnd.random() < 0.5
        given_kz, given_ru = self.pick(KZ_FEMALE if female else KZ_MALE)
        if self.rnd.random() < 0.05:
            sur_kz, sur_ru = self.pick(KZ_PLAIN_SURNAMES)
        else:
            root_kz, root_ru, suffix = self.pick(KZ_SURNAMES)
            ending = suffix + ("а" if female and suffix else "")
            sur_kz = (root_kz[:-1] if root_kz[-1] == "й" else root_kz) + ending
            sur_ru = (root_ru[:-1] if root_ru[-1] == "й" else root_ru) + ending
        father_kz, father_ru = self.pick([n for n in KZ_MALE if len(n[0]) > 3])
        patr, other = self.turkic_patronymic(father_kz, father_ru, female,
                                             kazakh_form=letters and self.rnd.random() < 0.7)
        surname, given = (sur_kz, given_kz) if letters else (sur_ru, given_ru)
        if female and self.rnd.random() < 0.3:  # a double surname
            root_kz, root_ru, suffix = self.pick(KZ_SURNAMES)
            second = (root_kz if letters else root_ru).removesuffix("й") + suffix + (
                "а" if suffix else "")
            surname = surname + self.pick(("-", " ")) + second
        person = NamedPerson("kazakh", sex, surname, given, patr, None, None, "")
        return person, {"patronymic": other}

    def russian(self, sex: str) -> tuple[NamedPerson, dict[str, str]]:
        female = sex == "F"
        masc, fem = self.pick(RU_SURNAMES)
        father = self.pick(RU_MALE)
        given = self.pick(RU_FEMALE) if female else self.pick(RU_MALE)[0]
        surname = fem if female else masc
        if female and self.rnd.random() < 0.3:
            other_m, other_f = self.pick(RU_SURNAMES)
            surname = surname + "-" + other_f
        patr = father[2] if female else father[1]
        if self.rnd.random() < 0.3:  # registered without «ё»
            surname, given, patr = (x.replace("ё", "е") for x in (surname, given, patr))
        return NamedPerson("russian", sex, surname, given, patr, None, None, ""), {}

    def simple(self, nation: str, pools, sex: str, russian_patronymic: bool = True
               ) -> tuple[NamedPerson, dict[str, str]]:
        surnames, males, females = pools
        female = sex == "F"
        surname = self.pick(surnames)
        if female and nation != "korean":
            surname = _feminine(surname)
        given = self.pick(females if female else males)
        extra: dict[str, str] = {}
        patr = None
        if russian_patronymic and self.rnd.random() < 0.85:
            father = self.pick(males)
            patr = _russian_patronymic(father, female)
            if nation in ("uzbek", "uyghur", "tatar", "dungan"):
                extra["patronymic"] = self.pick((
                    father + (" кызы" if female else " улы"),
                    _spell(father, _K2021) + (" qizi" if female else " o'g'li"),
                    father + ("кызы" if female else "улы")))
        if nation == "korean" and female and self.rnd.random() < 0.3:
            surname = surname + "-" + self.pick(surnames)
        return NamedPerson(nation, sex, surname, given, patr, None, None, ""), extra

    def korean(self, sex: str):
        person, extra = self.simple("korean", KOREAN, sex)
        base = person.surname.split("-")[0]
        if base in KOREAN_ORIGINAL:
            extra["foreign"] = person.surname.replace(
                base, self.pick(KOREAN_ORIGINAL[base])) + " " + person.given_name
        return person, extra

    def german(self, sex: str):
        female = sex == "F"
        surname, others = self.pick(GERMAN[0])
        given, given_others = self.pick(GERMAN[2] if female else GERMAN[1])
        father = self.pick(GERMAN[1])[0]
        patr = _russian_patronymic(father, female) if self.rnd.random() < 0.7 else None
        person = NamedPerson("german", sex, surname, given, patr, None, None, "")
        other = self.pick(others)
        if other[0].isascii():
            query = f"{other} {self.pick(given_others)}"
        else:
            query = f"{other} {given}"
        return person, {"foreign": query}

    def ukrainian(self, sex: str):
        female = sex == "F"
        sur_uk, sur_ru, sur_lat = self.pick(UKRAINIAN[0])
        given_uk, given_ru, given_lat = self.pick(UKRAINIAN[2] if female else UKRAINIAN[1])
        father = self.pick(UKRAINIAN[1])[1]
        patr = _russian_patronymic(father, female) if self.rnd.random() < 0.8 else None
        if self.rnd.random() < 0.5:  # registered in the Russian spelling
            person = NamedPerson("ukrainian", sex, sur_ru, given_ru, patr, None, None, "")
            query = self.pick((f"{sur_uk} {given_uk}", f"{sur_lat} {given_lat}"))
        else:
            person = NamedPerson("ukrainian", sex, sur_uk, given_uk, patr, None, None, "")
            query = self.pick((f"{sur_ru} {given_ru}", f"{sur_lat} {given_lat}"))
        return person, {"foreign": query}

    def person(self, nation: str) -> NamedPerson:
        sex = "F" if self.rnd.random() < 0.52 else "M"
        if nation == "kazakh":
            person, extra = self.kazakh(sex)
        elif nation == "russian":
            person, extra = self.russian(sex)
        elif nation == "korean":
            person, extra = self.korean(sex)
        elif nation == "german":
            person, extra = self.german(sex)
        elif nation == "ukrainian":
            person, extra = self.ukrainian(sex)
        else:
            pools = {"uzbek": UZBEK, "uyghur": UYGHUR, "tatar": TATAR, "dungan": DUNGAN}[nation]
            person, extra = self.simple(nation, pools, sex)
        person.birth_date = self.born().isoformat()
        if self.rnd.random() < 0.6:  # an ID card or passport in Latin
            old = self.rnd.random() < 0.3
            person.latin_surname = passport(person.surname, old)
            person.latin_given_name = passport(person.given_name, old)
        person.queries = self.queries(person, extra)
        return person

    def queries(self, p: NamedPerson, extra: dict[str, str]) -> dict[str, str]:
        from bench.store import misspell  # the same typing errors as the typo timing set

        rnd = self.rnd
        q: dict[str, str] = {}
        full = p.full_name
        q["cyrillic"] = full
        q["russified"] = russified(full)
        if p.nation == "kazakh":
            two = f"{p.surname} {p.given_name}"
            for alphabet in ALPHABETS:
                q[alphabet] = kazakh_latin(two, alphabet)
        q["passport"] = (f"{p.latin_surname} {p.latin_given_name}" if p.latin_surname
                         else passport(f"{p.surname} {p.given_name}", rnd.random() < 0.3))
        q["word_order"] = " ".join(x for x in (p.given_name, p.patronymic, p.surname) if x)
        q["surname_year"] = f"{p.surname} {p.birth_date[:4]}"
        for _ in range(5):
            typo = misspell(full, rnd, 1 + rnd.randrange(2))
            if typo != full:
                q["typo"], p.intended["typo"] = typo, full
                break
        if 3 <= len(p.given_name) <= 5:
            q["short_typo"], p.intended["short_typo"] = self.short_typo(p)
        if "patronymic" in extra:
            q["patronymic"] = f"{p.surname} {p.given_name} {extra['patronymic']}"
        if (swapped := yo_swapped(full)) is not None:
            q["yo"] = swapped
        q["initials"] = self.initials(p)
        if "-" in p.surname or " " in p.surname:
            q["double_surname"] = self.double_surname(p)
        if "foreign" in extra:
            q["foreign"] = extra["foreign"]
        return q

    def short_typo(self, p: NamedPerson) -> tuple[str, str]:
        """The given name with one letter lost or changed (never the first), the rest exact;
        and the query meant."""
        g = p.given_name
        i = self.rnd.randrange(1, len(g))
        if self.rnd.random() < 0.5:
            typo = g[:i] + g[i + 1:]
        else:
            letters = [c for c in "абвгдежзиклмнопрстуфхшыэюяәғқңөұүі" if c != g[i].lower()]
            typo = g[:i] + self.rnd.choice(letters) + g[i + 1:]
        rest = [p.patronymic] if p.patronymic and self.rnd.random() < 0.5 else []
        return " ".join([p.surname, typo, *rest]), " ".join([p.surname, g, *rest])

    def initials(self, p: NamedPerson) -> str:
        parts = [x for x in (p.given_name, p.patronymic) if x]
        style = self.rnd.randrange(3)
        if style == 0:
            inits = " ".join(x[0] + "." for x in parts)
        elif style == 1:
            inits = "".join(x[0] + "." for x in parts)
        else:
            inits = " ".join(x[0] for x in parts)
        return f"{p.surname} {inits}"

    def double_surname(self, p: NamedPerson) -> str:
        parts = p.surname.replace("-", " ").split()
        roll = self.rnd.randrange(3)
        if roll == 0:
            joined = " ".join(parts) if "-" in p.surname else "-".join(parts)
            return f"{joined} {p.given_name}"
        return f"{parts[roll - 1]} {p.given_name}"


def make_people(n: int, seed: int = 13) -> list[NamedPerson]:
    """n people of Kazakhstan's peoples (every nation present from n = 9 on), each with the
    queries of every class that applies to them. Deterministic for a seed."""
    maker = _Maker(seed)
    total = sum(w for _, w in NATIONS)
    plan: list[str] = []
    for nation, weight in NATIONS:
        plan += [nation] * max(1, round(n * weight / total))
    maker.rnd.shuffle(plan)
    plan = (plan + [nation for nation, _ in NATIONS] * n)[:n]
    return [maker.person(nation) for nation in plan]


# ---------------------------------------------------------------------------------------------
# Writing the people and measuring recall


def as_patient(p: NamedPerson):
    from domain.records import Patient

    return Patient(surname=p.surname, given_name=p.given_name, patronymic=p.patronymic,
                   latin_surname=p.latin_surname, latin_given_name=p.latin_given_name,
                   birth_date=date.fromisoformat(p.birth_date), sex=p.sex)


def add_people(session, people: list[NamedPerson], site: str = "NAM") -> list[int]:
    """Save the people (without IINs: each gets a local number) and return their ids."""
    from db.repositories import save_patient

    return [save_patient(session, as_patient(p), site=site) for p in people]


@dataclass
class Recall:
    """Per class: queries asked, found in the top `top`, misses excused because the query is
    another patient's exact name; and how often an exact name put its patient first."""

    asked: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    excluded: int = 0
    excluded_by_class: dict[str, int] = field(default_factory=dict)
    first: int = 0
    first_asked: int = 0
    misses: list[tuple[str, str, str, list[str]]] = field(default_factory=list)

    def add(self, cls: str, query: str, target: int, hits, name: str,
            namesakes: int = 0) -> None:
        """One query's answer; `namesakes`: other patients holding the name a misspelt query
        meant, as exactly as the patient does."""
        ids = [h.id for h in hits]
        if target not in ids and (any(h.score >= 1.0 for h in hits) or namesakes >= len(hits)
                                  > 0):
            # The query is another patient's name, or the name meant is held by as many others
            # as the list has room for: no fair miss.
            self.excluded += 1
            self.excluded_by_class[cls] = self.excluded_by_class.get(cls, 0) + 1
            return
        self.asked[cls] = self.asked.get(cls, 0) + 1
        if target in ids:
            self.found[cls] = self.found.get(cls, 0) + 1
        else:
            self.misses.append((cls, query, name, [h.full_name for h in hits[:3]]))
        if cls in EXACT_CLASSES:
            self.first_asked += 1
            top = hits[0].score if hits else None
            self.first += any(h.id == target and h.score == top for h in hits)

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {c: round(self.found.get(c, 0) / n, 4)
                                  for c in CLASSES if (n := self.asked.get(c, 0))}
        total = sum(self.asked.values())
        out["overall"] = round(sum(self.found.values()) / total, 4) if total else 0.0
        out["exact_first"] = round(self.first / self.first_asked, 4) if self.first_asked else 0.0
        out["excluded"] = self.excluded
        return out


def measure_recall(session, people: list[NamedPerson], ids: list[int], search, top: int = 10,
                   timings: list[float] | None = None) -> Recall:
    """Ask every query of every person through `search(session, query, limit)`."""
    import time

    rec = Recall()
    for person, pid in zip(people, ids, strict=True):
        for cls, query in person.queries.items():
            started = time.perf_counter()
            hits = search(session, query, top)
            if timings is not None:
                timings.append((time.perf_counter() - started) * 1000)
            namesakes = 0
            if cls in person.intended and pid not in [h.id for h in hits]:
                meant = search(session, person.intended[cls], top + 1)
                namesakes = sum(1 for h in meant if h.score >= 1.0 and h.id != pid)
            rec.add(cls, query, pid, hits, person.full_name, namesakes)
    return rec
