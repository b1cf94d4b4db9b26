"""Realistic synthetic patients for demos, tests and benchmarks (pure, deterministic by seed).

`generate_patients(n, seed, on)` is a generator: a million patients stream through in constant
memory (only the per-birth-date IIN serial counters are kept, and those are bounded by the
calendar, not by n). The first patients are a showcase that covers every legal status, so even
a tiny demo shows each kind of person.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from domain.evidence import age_on
from domain.iin import make_iin
from domain.records import (
    CategoryGrant,
    Diagnosis,
    FundCheck,
    IdentityDocument,
    LegalStatus,
    Organisation,
    Patient,
    PaymentPeriod,
)

# ---------------------------------------------------------------------------------------------
# Names. Kazakh names are (Kazakh spelling, russified spelling); Latin is derived the way
# Kazakhstan's ID cards transliterate.

KZ_MALE = (
    ("Нұрлан", "Нурлан"), ("Ғалым", "Галым"), ("Қуаныш", "Куаныш"), ("Өмірзақ", "Омирзак"),
    ("Ерлан", "Ерлан"), ("Асқар", "Аскар"), ("Дәурен", "Даурен"), ("Бауыржан", "Бауыржан"),
    ("Серік", "Серик"), ("Жандос", "Жандос"), ("Мұрат", "Мурат"), ("Ерболат", "Ерболат"),
    ("Арман", "Арман"), ("Данияр", "Данияр"), ("Айдос", "Айдос"), ("Әлібек", "Алибек"),
    ("Нұржан", "Нуржан"), ("Бақытжан", "Бакытжан"), ("Ержан", "Ержан"), ("Қайрат", "Кайрат"),
    ("Ғабит", "Габит"), ("Әділет", "Адилет"), ("Ілияс", "Ильяс"), ("Мәди", "Мади"),
    ("Санжар", "Санжар"), ("Алихан", "Алихан"), ("Нұрсұлтан", "Нурсултан"), ("Талғат", "Талгат"),
    ("Берік", "Берик"), ("Марат", "Марат"), ("Болат", "Болат"), ("Ақжол", "Акжол"),
    ("Темірлан", "Темирлан"), ("Өркен", "Оркен"), ("Жасұлан", "Жасулан"), ("Мейрам", "Мейрам"),
)
KZ_FEMALE = (
    ("Әсел", "Асель"), ("Ұлжан", "Улжан"), ("Үміт", "Умит"), ("Іңкәр", "Инкар"),
    ("Айгерім", "Айгерим"), ("Гүлнар", "Гульнар"), ("Жанна", "Жанна"), ("Шынар", "Шынар"),
    ("Сәуле", "Сауле"), ("Динара", "Динара"), ("Мөлдір", "Молдир"), ("Айжан", "Айжан"),
    ("Назерке", "Назерке"), ("Ақерке", "Акерке"), ("Гүлмира", "Гульмира"), ("Дана", "Дана"),
    ("Аружан", "Аружан"), ("Балжан", "Балжан"), ("Жұлдыз", "Жулдыз"), ("Мадина", "Мадина"),
    ("Құралай", "Куралай"), ("Томирис", "Томирис"), ("Зарина", "Зарина"), ("Әйгерім", "Айгерим"),
    ("Гүлжан", "Гульжан"), ("Ләззат", "Ляззат"), ("Салтанат", "Салтанат"), ("Меруерт", "Меруерт"),
    ("Сымбат", "Сымбат"), ("Ботагөз", "Ботагоз"), ("Раушан", "Раушан"), ("Анар", "Анар"),
)
# Fathers' names, for patronymics: Kazakh form (+ұлы/қызы) and russified form (+ович/овна).
KZ_FATHERS = tuple(n for n in KZ_MALE if n[1][-1] not in "аеиоуыэюяь")
# Surname roots: (Kazakh, russified, suffix); the suffix takes the feminine -а.
KZ_SURNAMES = (
    ("Нұрлан", "Нурлан", "ов"), ("Қасым", "Касым", "ов"), ("Жұмабай", "Жумабай", "ев"),
    ("Сейтқали", "Сейткали", "ев"), ("Оспан", "Оспан", "ов"), ("Әбдіқадыр", "Абдикадыр", "ов"),
    ("Төлеген", "Тулеген", "ов"), ("Ахмет", "Ахмет", "ов"), ("Бекмұхамбет", "Бекмухамбет", "ов"),
    ("Ысқақ", "Искак", "ов"), ("Мұқан", "Мукан", "ов"), ("Сәрсенбай", "Сарсенбай", "ев"),
    ("Ермек", "Ермек", "ов"), ("Қожахмет", "Кожахмет", "ов"), ("Нұрмағамбет", "Нурмагамбет", "ов"),
    ("Есен", "Есен", "ов"), ("Байжан", "Байжан", "ов"), ("Ғабдулл", "Габдулл", "ин"),
    ("Смағұл", "Смагул", "ов"), ("Құдайберген", "Кудайберген", "ов"), ("Жақсылық", "Жаксылык", "ов"),
    ("Ибраим", "Ибраим", "ов"), ("Мұс", "Мус", "ин"), ("Әлімжан", "Алимжан", "ов"),
    ("Тоқтар", "Токтар", "ов"), ("Серікба", "Серикба", "ев"), ("Омар", "Омар", "ов"),
    ("Сұлтан", "Султан", "ов"), ("Әбіл", "Абил", "ов"), ("Жанұзақ", "Жанузак", "ов"),
    ("Тәжібай", "Тажибай", "ев"), ("Рахым", "Рахим", "ов"), ("Ғазиз", "Газиз", "ов"),
    ("Мамыр", "Мамыр", "ов"), ("Шәкәрім", "Шакарим", "ов"), ("Дүйсен", "Дуйсен", "ов"),
    ("Қалиақпар", "Калиакпар", "ов"), ("Бейсен", "Бейсен", "ов"), ("Үсен", "Усен", "ов"),
    ("Өтеген", "Утеген", "ов"),
)
RU_MALE = (
    ("Александр", "Александрович", "Александровна"), ("Сергей", "Сергеевич", "Сергеевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Андрей", "Андреевич", "Андреевна"),
    ("Алексей", "Алексеевич", "Алексеевна"), ("Владимир", "Владимирович", "Владимировна"),
    ("Николай", "Николаевич", "Николаевна"), ("Иван", "Иванович", "Ивановна"),
    ("Евгений", "Евгеньевич", "Евгеньевна"), ("Михаил", "Михайлович", "Михайловна"),
    ("Артём", "Артёмович", "Артёмовна"), ("Пётр", "Петрович", "Петровна"),
    ("Виктор", "Викторович", "Викторовна"), ("Юрий", "Юрьевич", "Юрьевна"),
    ("Олег", "Олегович", "Олеговна"), ("Игорь", "Игоревич", "Игоревна"),
)
RU_FEMALE = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Юлия",
    "Алёна", "Людмила", "Екатерина", "Галина", "Валентина", "Оксана", "Ксения",
)
# (masculine, feminine) surnames; invariable ones repeat.
RU_SURNAMES = (
    ("Иванов", "Иванова"), ("Петров", "Петрова"), ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Васильев", "Васильева"),
    ("Соколов", "Соколова"), ("Михайлов", "Михайлова"), ("Новиков", "Новикова"),
    ("Фёдоров", "Фёдорова"), ("Морозов", "Морозова"), ("Волков", "Волкова"),
    ("Лебедев", "Лебедева"), ("Семёнов", "Семёнова"), ("Ильин", "Ильина"),
    ("Никитин", "Никитина"), ("Ковальский", "Ковальская"), ("Шевченко", "Шевченко"),
    ("Бондаренко", "Бондаренко"), ("Ткаченко", "Ткаченко"), ("Зайцев", "Зайцева"),
    ("Павлов", "Павлова"), ("Голубев", "Голубева"), ("Белов", "Белова"), ("Ким", "Ким"),
    ("Шмидт", "Шмидт"), ("Пак", "Пак"), ("Романов", "Романова"),
)

# Foreigners: citizenship -> (male given, female given, surnames), each (Latin, Cyrillic);
# surnames flagged True take the feminine -a / -а.
FOREIGN = {
    "UZB": (
        (("Rustam", "Рустам"), ("Sherzod", "Шерзод"), ("Jasur", "Жасур"), ("Otabek", "Отабек")),
        (("Dilnoza", "Дилноза"), ("Nigora", "Нигора"), ("Malika", "Малика"), ("Gulnora", "Гульнора")),
        (("Karimov", "Каримов", True), ("Rakhimov", "Рахимов", True), ("Yusupov", "Юсупов", True),
         ("Abdullaev", "Абдуллаев", True), ("Toshmatov", "Тошматов", True)),
    ),
    "KGZ": (
        (("Azamat", "Азамат"), ("Bakyt", "Бакыт"), ("Nurbek", "Нурбек"), ("Ulan", "Улан")),
        (("Aizada", "Айзада"), ("Cholpon", "Чолпон"), ("Begimai", "Бегимай"), ("Aida", "Аида")),
        (("Asanov", "Асанов", True), ("Dzhumabaev", "Джумабаев", True), ("Sadyrov", "Садыров", True),
         ("Tokonov", "Токонов", True)),
    ),
    "CHN": (
        (("Wei", "Вэй"), ("Lei", "Лэй"), ("Jun", "Цзюнь"), ("Hao", "Хао")),
        (("Fang", "Фан"), ("Xiu", "Сю"), ("Mei", "Мэй"), ("Ying", "Ин")),
        (("WANG", "Ван", False), ("LI", "Ли", False), ("ZHANG", "Чжан", False), ("LIU", "Лю", False),
         ("CHEN", "Чэнь", False)),
    ),
    "TUR": (
        (("Mehmet", "Мехмет"), ("Mustafa", "Мустафа"), ("Emre", "Эмре"), ("Ahmet", "Ахмет")),
        (("Ayşe", "Айше"), ("Elif", "Элиф"), ("Zeynep", "Зейнеп"), ("Fatma", "Фатма")),
        (("Yılmaz", "Йылмаз", False), ("Kaya", "Кая", False), ("Demir", "Демир", False),
         ("Şahin", "Шахин", False), ("Çelik", "Челик", False), ("Öztürk", "Озтюрк", False)),
    ),
    "RUS": (
        (("Aleksandr", "Александр"), ("Sergei", "Сергей"), ("Dmitrii", "Дмитрий"), ("Andrei", "Андрей")),
        (("Olga", "Ольга"), ("Elena", "Елена"), ("Natalia", "Наталья"), ("Irina", "Ирина")),
        (("Ivanov", "Иванов", True), ("Smirnov", "Смирнов", True), ("Kuznetsov", "Кузнецов", True),
         ("Popov", "Попов", True), ("Volkov", "Волков", True)),
    ),
    "BLR": (
        (("Aliaksandr", "Александр"), ("Siarhei", "Сергей"), ("Andrei", "Андрей")),
        (("Volha", "Ольга"), ("Hanna", "Анна"), ("Tatsiana", "Татьяна")),
        (("Kavalenka", "Коваленко", False), ("Lukashevich", "Лукашевич", False),
         ("Novik", "Новик", False)),
    ),
    "ARM": (
        (("Armen", "Армен"), ("Tigran", "Тигран"), ("Davit", "Давид")),
        (("Anahit", "Анаит"), ("Lilit", "Лилит"), ("Gayane", "Гаянэ")),
        (("Petrosyan", "Петросян", False), ("Hakobyan", "Акопян", False), ("Sargsyan", "Саргсян", False)),
    ),
    "TJK": (
        (("Farhod", "Фарход"), ("Firdavs", "Фирдавс"), ("Umed", "Умед")),
        (("Zarina", "Зарина"), ("Mehrona", "Мехрона"), ("Nilufar", "Нилуфар")),
        (("Rahmonov", "Рахмонов", True), ("Saidov", "Саидов", True), ("Nazarov", "Назаров", True)),
    ),
    "AFG": (
        (("Ahmad", "Ахмад"), ("Mohammad", "Мохаммад"), ("Farid", "Фарид")),
        (("Fatima", "Фатима"), ("Zahra", "Захра"), ("Maryam", "Марьям")),
        (("Ahmadi", "Ахмади", False), ("Karimi", "Карими", False), ("Rahimi", "Рахими", False)),
    ),
}
EAEU = ("RUS", "KGZ", "BLR", "ARM")
KANDAS_FROM = ("UZB", "CHN", "MNG", "TKM", "RUS")

_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def to_latin(name: str) -> str:
    """Upper-case Latin spelling of a Cyrillic name as on a Kazakhstan ID card."""
    low = name.lower()
    out = "ye" + "".join(_LATIN.get(c, c) for c in low[1:]) if low[:1] == "е" else "".join(
        _LATIN.get(c, c) for c in low)
    return out.upper()


def _russian_patronymic(father_ru: str, female: bool) -> str:
    soft = father_ru[-1] in "жшщчцй"
    return father_ru + ("ев" if soft else "ов") + ("на" if female else "ич")


# ---------------------------------------------------------------------------------------------
# Organisations shared by the generator (attachment codes) and the demo filler.

SELF_CODE = "SELF"
PHC_CODES = ("PHC-01", "PHC-02", "PHC-03", "PHC-04", "PHC-05")


def demo_organisations() -> list[Organisation]:
    """The clinic itself, the PHC clinics patients are attached to, and referral targets."""
    return [
        Organisation(SELF_CODE, "№ 7 қалалық емхана", "Городская поликлиника № 7", "clinic",
                     "040540001234", "Алматы қ., Абай даңғылы, 52", "+7 727 250 11 22", True),
        Organisation("PHC-01", "№ 1 отбасылық денсаулық орталығы", "Центр семейного здоровья № 1",
                     "phc", "050140002345", "Алматы қ., Төле би к-сі, 101", "+7 727 292 10 01"),
        Organisation("PHC-02", "№ 2 қалалық емхана", "Городская поликлиника № 2", "phc",
                     "060240003456", "Алматы қ., Сейфуллин даңғылы, 458", "+7 727 261 20 02"),
        Organisation("PHC-03", "«Шипагер» медициналық орталығы", "Медицинский центр «Шипагер»", "phc",
                     "070340004567", "Астана қ., Республика даңғылы, 24", "+7 7172 55 30 03"),
        Organisation("PHC-04", "№ 4 аудандық емхана", "Районная поликлиника № 4", "phc",
                     "080440005678", "Талғар қ., Қонаев к-сі, 12", "+7 72774 2 40 04"),
        Organisation("PHC-05", "Бесағаш ауылдық амбулаториясы", "Сельская амбулатория Бесагаш", "phc",
                     "090540006789", "Алматы обл., Талғар ауд., Бесағаш а., Бейбітшілік к-сі, 3",
                     "+7 72774 5 50 05"),
        Organisation("HOSP-CITY1", "№ 1 қалалық клиникалық аурухана",
                     "Городская клиническая больница № 1", "hospital", "010140007890",
                     "Алматы қ., Жандосов к-сі, 6", "+7 727 376 60 01"),
        Organisation("HOSP-REG", "Облыстық көпбейінді аурухана", "Областная многопрофильная больница",
                     "hospital", "020240008901", "Қонаев қ., Абай к-сі, 1", "+7 72772 4 60 02"),
        Organisation("HOSP-TB", "Фтизиопульмонология орталығы", "Центр фтизиопульмонологии",
                     "hospital", "030340009012", "Алматы қ., Бекмаханов к-сі, 5", "+7 727 233 60 03"),
        Organisation("HOSP-ONCO", "Қазақ онкология және радиология ғылыми-зерттеу институты",
                     "Казахский НИИ онкологии и радиологии", "hospital", "040440000123",
                     "Алматы қ., Әбай даңғылы, 91", "+7 727 292 60 04"),
        Organisation("DIAG-01", "«Олимп» диагностикалық орталығы", "Диагностический центр «Олимп»",
                     "diagnostic", "050540001235", "Алматы қ., Жібек жолы к-сі, 50", "+7 727 270 70 01"),
        Organisation("DIAG-02", "Консультациялық-диагностикалық орталық",
                     "Консультативно-диагностический центр", "diagnostic", "060640002346",
                     "Алматы қ., Достық даңғылы, 85", "+7 727 264 70 02"),
        Organisation("DENT-01", "№ 3 қалалық стоматологиялық емхана",
                     "Городская стоматологическая поликлиника № 3", "dental", "070740003457",
                     "Алматы қ., Сәтбаев к-сі, 30", "+7 727 375 80 01"),
        Organisation("REHAB-01", "«Ақсай» оңалту орталығы", "Реабилитационный центр «Аксай»",
                     "rehabilitation", "080840004568", "Алматы қ., Ақсай-4 ш.а., 2", "+7 727 225 90 01"),
        Organisation("PERINAT", "Перинаталдық орталық", "Перинатальный центр", "hospital",
                     "090940005679", "Алматы қ., Жароков к-сі, 14", "+7 727 392 60 05"),
        Organisation("HOSPICE", "Алматы хосписі", "Алматинский хоспис", "palliative",
                     "101040006780", "Алматы қ., Баишев к-сі, 7", "+7 727 229 60 06"),
    ]


# ---------------------------------------------------------------------------------------------
# Places and other details.

CITIES = (
    ("Алматы қ.", 30), ("Астана қ.", 20), ("Шымкент қ.", 14), ("Қарағанды қ.", 8), ("Ақтөбе қ.", 6),
    ("Тараз қ.", 5), ("Павлодар қ.", 5), ("Өскемен қ.", 4), ("Семей қ.", 4), ("Қызылорда қ.", 3),
    ("Атырау қ.", 3), ("Ақтау қ.", 3), ("Талдықорған қ.", 2), ("Көкшетау қ.", 2), ("Қостанай қ.", 3),
    ("Петропавл қ.", 2), ("Түркістан қ.", 2), ("Орал қ.", 2), ("Қонаев қ.", 1), ("Екібастұз қ.", 1),
)
VILLAGES = (
    "Алматы обл., Талғар ауд., Бесағаш а.", "Алматы обл., Қарасай ауд., Қаскелең қ.",
    "Жамбыл обл., Шу ауд., Төле би а.", "Түркістан обл., Сайрам ауд., Ақсу а.",
    "Ақмола обл., Целиноград ауд., Қосшы қ.", "Қостанай обл., Затобол ауд., Затобольск к.",
)
STREETS = (
    "Абай даңғылы", "Төле би к-сі", "Сәтбаев к-сі", "Жібек жолы к-сі", "Республика даңғылы",
    "Достық даңғылы", "Әл-Фараби даңғылы", "Розыбакиев к-сі", "Сейфуллин даңғылы", "Бейбітшілік к-сі",
    "Наурызбай батыр к-сі", "Құрманғазы к-сі", "Тәуелсіздік к-сі", "Қабанбай батыр к-сі",
    "Желтоқсан к-сі", "Мәңгілік Ел даңғылы", "Байтұрсынұлы к-сі", "Гагарин даңғылы",
)
PHONE_PREFIXES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")
FUND_SOURCES = ("fund_service", "fund_service", "fund_service", "phone", "paper", "import")
INSURERS = ("«Freedom Finance Insurance» АҚ", "«Евразия» СК АҚ", "«Номад Life» СК АҚ",
            "«Халык» СК АҚ")
ISSUERS_KZ = ("ҚР ІІМ", "ҚР Әділет министрлігі", "ХҚКО")

# (ICD-10 code, min age, sex or None, yearly chance at the min age or above, chronic -> may be
# on the dispensary register, dated -> carries `since` because the rules time-limit it)
CONDITIONS = (
    ("I10", 40, None, 0.18, True, False),
    ("E11", 40, None, 0.07, True, False),
    ("J45", 5, None, 0.03, True, False),
    ("J44.9", 50, None, 0.02, True, False),
    ("I25.1", 50, None, 0.04, True, False),
    ("E03.9", 20, "F", 0.03, True, False),
    ("K29.5", 18, None, 0.03, True, False),
    ("M54.5", 25, None, 0.04, True, False),
    ("N40", 50, "M", 0.06, True, False),
    ("G40.9", 3, None, 0.006, True, False),
    ("B18.1", 18, None, 0.004, True, False),
    ("F20.0", 18, None, 0.003, True, False),
    ("C50.9", 35, "F", 0.006, True, False),
    ("C34.9", 50, None, 0.002, True, False),
    ("A15.0", 15, None, 0.002, True, False),
    ("I21.0", 45, None, 0.005, False, True),
    ("I63.9", 50, None, 0.004, False, True),
    ("B20", 18, None, 0.001, True, False),
    ("J06.9", 0, None, 0.02, False, False),
    ("B01.9", 0, None, 0.004, False, False),
)

# Legal status -> share of the population (per mille).
STATUS_WEIGHTS = (
    ("citizen", 862), ("kandas", 30), ("refugee", 3), ("permanent_foreigner", 25),
    ("permanent_stateless", 4), ("temporary_foreigner", 30), ("temporary_stateless", 3),
    ("eaeu_worker", 25), ("eaeu_family", 12), ("asylum_seeker", 6),
)
# Share of people of each status who have an IIN (the rest get a local number).
IIN_SHARE = {
    "citizen": 1.0, "kandas": 1.0, "refugee": 1.0, "permanent_foreigner": 1.0,
    "permanent_stateless": 1.0, "temporary_foreigner": 0.5, "temporary_stateless": 0.2,
    "eaeu_worker": 0.7, "eaeu_family": 0.4, "asylum_seeker": 0.0,
}
LIMITED = {"temporary_foreigner", "temporary_stateless", "eaeu_worker", "eaeu_family", "asylum_seeker"}
RESIDENT = {"citizen", "kandas", "refugee", "permanent_foreigner", "permanent_stateless"}

# Age pyramid: (from, to inclusive, weight) — a young population, as in Kazakhstan.
AGE_BANDS = ((0, 4, 10), (5, 14, 17), (15, 24, 13), (25, 34, 16), (35, 44, 14), (45, 54, 11),
             (55, 64, 10), (65, 74, 6), (75, 89, 3))


def _age_table() -> tuple[list[int], list[float]]:
    ages, cum, total = [], [], 0.0
    for lo, hi, weight in AGE_BANDS:
        for age in range(lo, hi + 1):
            total += weight / (hi - lo + 1)
            ages.append(age)
            cum.append(total)
    return ages, cum


_AGES, _AGE_CUM = _age_table()
_STATUSES = tuple(s for s, _ in STATUS_WEIGHTS)
_STATUS_CUM = []
_acc = 0
for _s, _w in STATUS_WEIGHTS:
    _acc += _w
    _STATUS_CUM.append(_acc)
_CITY_NAMES = tuple(c for c, _ in CITIES)
_CITY_CUM = []
_acc = 0
for _c, _w in CITIES:
    _acc += _w
    _CITY_CUM.append(_acc)


def add_years(d: date, years: int) -> date:
    """The same day `years` later (28 February for 29 February in a common year)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def add_months(month: str, k: int) -> str:
    y, m = int(month[:4]), int(month[5:7])
    idx = y * 12 + (m - 1) + k
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


# ---------------------------------------------------------------------------------------------


class _Generator:
    """One stream of patients; state is only the RNG, the IIN serial counters and counts."""

    def __init__(self, seed: int, on: date, site: str):
        self.rng = random.Random(seed)
        self.on = on
        self.site = site
        self.serials: dict[tuple[date, str], int] = {}
        self.local_count = 0
        self.doc_count = 0

    # -- identity --------------------------------------------------------------------------

    def birth_date(self, lo: int | None = None, hi: int | None = None) -> date:
        rng = self.rng
        if lo is None:
            age = rng.choices(_AGES, cum_weights=_AGE_CUM)[0]
        else:
            age = rng.randint(lo, hi)
        # a day in the year before the (age)th birthday, never in the future
        return date.fromordinal(self.on.toordinal() - age * 365 - age // 4 - rng.randrange(365))

    def iin(self, born: date, sex: str) -> str | None:
        key = (born, sex)
        serial = self.serials.get(key)
        if serial is None:
            serial = self.rng.randrange(0, 6000)  # registries number from scattered offices
        while serial < 10000:
            number = make_iin(born, sex, serial)
            serial += 1
            if number is not None:
                self.serials[key] = serial
                return number
        self.serials[key] = serial
        return None  # this day is full; the caller picks another birth date

    def local_id(self) -> str:
        self.local_count += 1
        return f"{self.site}-{self.on.year}-{self.local_count:06d}"

    def names_kazakh(self, sex: str) -> tuple[str, str, str | None, str, str]:
        """(surname, given, patronymic, latin surname, latin given) of a Kazakh person; about
        half write their names with Kazakh letters, the rest in the russified spelling."""
        rng = self.rng
        kazakh_letters = rng.random() < 0.45
        female = sex == "F"
        given_kz, given_ru = rng.choice(KZ_FEMALE if female else KZ_MALE)
        root_kz, root_ru, suffix = rng.choice(KZ_SURNAMES)
        ending = suffix + ("а" if female else "")
        # Жұмабай + ев is written Жұмабаев
        surname_ru = (root_ru[:-1] if root_ru[-1] == "й" else root_ru) + ending
        surname_kz = (root_kz[:-1] if root_kz[-1] == "й" else root_kz) + ending
        father_kz, father_ru = rng.choice(KZ_FATHERS)
        roll = rng.random()
        if roll < 0.08:
            patronymic = None
        elif kazakh_letters and roll < 0.55:
            patronymic = father_kz + ("қызы" if female else "ұлы")
        else:
            patronymic = _russian_patronymic(father_ru, female)
        if kazakh_letters:
            return surname_kz, given_kz, patronymic, to_latin(surname_kz), to_latin(given_kz)
        return surname_ru, given_ru, patronymic, to_latin(surname_ru), to_latin(given_ru)

    def names_russian(self, sex: str) -> tuple[str, str, str | None, str, str]:
        rng = self.rng
        female = sex == "F"
        masc, fem = rng.choice(RU_SURNAMES)
        surname = fem if female else masc
        given = rng.choice(RU_FEMALE) if female else rng.choice(RU_MALE)[0]
        father = rng.choice(RU_MALE)
        patronymic = father[2] if female else father[1]
        return surname, given, patronymic, to_latin(surname), to_latin(given)

    def names_foreign(self, country: str, sex: str) -> tuple[str, str, str | None, str, str]:
        rng = self.rng
        males, females, surnames = FOREIGN[country]
        lat_given, cyr_given = rng.choice(females if sex == "F" else males)
        lat_sur, cyr_sur, gendered = rng.choice(surnames)
        if gendered and sex == "F":
            lat_sur, cyr_sur = lat_sur + "a", cyr_sur + "а"
        return cyr_sur, cyr_given, None, lat_sur, lat_given

    # -- documents -------------------------------------------------------------------------

    def doc_number(self, prefix: str = "") -> str:
        self.doc_count += 1
        return f"{prefix}{self.rng.randrange(10**8, 10**9)}"

    def document(self, kind: str, years: int, expired_share: float, prefix: str = "",
                 issuer: str | None = None, earliest: date | None = None) -> IdentityDocument:
        """A document valid for `years`; about `expired_share` of them already ran out."""
        rng = self.rng
        span = years * 365
        on = self.on.toordinal()
        if rng.random() < expired_share:
            valid_until = date.fromordinal(on - rng.randrange(1, 400))
        else:
            valid_until = date.fromordinal(on + rng.randrange(20, span))
        issued = date.fromordinal(valid_until.toordinal() - span)
        if earliest and issued < earliest:
            # first document of a young person: issued on the day they became eligible
            issued = earliest
            valid_until = max(valid_until, date.fromordinal(issued.toordinal() + span))
        return IdentityDocument(kind, self.doc_number(prefix), issued, valid_until,
                                issuer or rng.choice(ISSUERS_KZ))

    # -- the person ------------------------------------------------------------------------

    def pick_status(self) -> str:
        return self.rng.choices(_STATUSES, cum_weights=_STATUS_CUM)[0]

    def person(self, status: str) -> Patient:
        rng = self.rng
        sex = "F" if rng.random() < 0.52 else "M"
        if status in ("eaeu_worker",):
            born = self.birth_date(19, 55)
        elif status in ("temporary_foreigner", "asylum_seeker", "refugee"):
            born = self.birth_date(0, 60) if rng.random() < 0.2 else self.birth_date(18, 60)
        else:
            born = self.birth_date()
        rec = Patient(surname="", given_name="", birth_date=born, sex=sex)
        self.identity(rec, status)
        self.legal(rec, status)
        age = age_on(born, self.on)
        self.contact(rec, status)
        self.insurance(rec, status, age)
        self.health(rec, status, age)
        return rec

    def identity(self, rec: Patient, status: str) -> None:
        rng = self.rng
        sex = rec.sex
        if status == "citizen":
            names = self.names_kazakh(sex) if rng.random() < 0.72 else self.names_russian(sex)
            rec.citizenship = "KAZ"
        elif status == "kandas":
            names = self.names_kazakh(sex)
            rec.citizenship = rng.choice(KANDAS_FROM)
        elif status in ("permanent_stateless", "temporary_stateless"):
            names = self.names_kazakh(sex) if rng.random() < 0.5 else self.names_russian(sex)
            rec.citizenship = None
        elif status in ("refugee", "asylum_seeker"):
            rec.citizenship = "AFG" if rng.random() < 0.7 else "TJK"
            names = self.names_foreign(rec.citizenship, sex)
        elif status in ("eaeu_worker", "eaeu_family"):
            rec.citizenship = rng.choice(EAEU)
            names = self.names_foreign(rec.citizenship, sex)
        else:  # permanent and temporary foreigners
            rec.citizenship = rng.choice(("UZB", "UZB", "CHN", "TUR", "RUS", "KGZ", "TJK"))
            names = self.names_foreign(rec.citizenship, sex)
        rec.surname, rec.given_name, rec.patronymic, lat_sur, lat_given = names
        if status != "citizen" or rng.random() < 0.75:  # most citizens hold a passport too
            rec.latin_surname, rec.latin_given_name = lat_sur, lat_given
        if rng.random() < IIN_SHARE[status]:
            number = self.iin(rec.birth_date, sex)
            while number is None:
                rec.birth_date = rec.birth_date - timedelta(days=1)
                number = self.iin(rec.birth_date, sex)
            rec.iin = number
        else:
            rec.local_id = self.local_id()

    def legal(self, rec: Patient, status: str) -> None:
        rng = self.rng
        on = self.on
        born = rec.birth_date
        age = age_on(born, on)
        docs = rec.documents
        if status == "citizen":
            if age < 16:
                basis = IdentityDocument("birth_certificate", self.doc_number("I-"), born, None,
                                         "ХАЖ / ЗАГС")
            else:
                basis = self.document("id_card", 10, 0.06, issuer="ҚР ІІМ",
                                      earliest=add_years(born, 16))
            docs.append(basis)
            if rec.latin_surname and age >= 16:
                docs.append(self.document("passport", 10, 0.1, "N", "ҚР ІІМ", add_years(born, 16)))
            rec.legal_status = LegalStatus(status, born, basis=basis)
            return
        passport = self.document("passport", 10, 0.05, rec.citizenship[:1] if rec.citizenship else "P",
                                 issuer=rec.citizenship or "—")
        if status == "kandas":
            since = max(born, date.fromordinal(on.toordinal() - rng.randrange(30, 6 * 365)))
            basis = IdentityDocument("kandas_certificate", self.doc_number("K"), since,
                                     add_years(since, 1), "ҚР Еңбек министрлігі")
            docs += [passport, basis]
            rec.legal_status = LegalStatus(status, since, kandas_since=since, basis=basis)
            return
        kinds = {
            "refugee": ("refugee_certificate", 3, 0.08),
            "permanent_foreigner": ("residence_permit", 10, 0.05),
            "permanent_stateless": ("stateless_certificate", 10, 0.05),
            "temporary_foreigner": ("temporary_permit", 1, 0.15),
            "temporary_stateless": ("temporary_permit", 1, 0.2),
            "eaeu_worker": ("employment_contract", 2, 0.1),
            "eaeu_family": ("employment_contract", 2, 0.1),  # the worker's contract
            "asylum_seeker": ("asylum_certificate", 1, 0.25),
        }
        kind, years, expired = kinds[status]
        issuer = rng.choice(INSURERS) if kind == "vhi_contract" else (
            "Жұмыс беруші" if kind == "employment_contract" else "ҚР ІІМ КҚД")
        basis = self.document(kind, years, expired, issuer=issuer)
        if status == "temporary_stateless":
            docs.append(basis)
        else:
            docs += [passport, basis]
        if status == "eaeu_family":
            # lives here with the worker: the marriage or birth certificate ties them
            tie = "birth_certificate" if age < 18 else "marriage_certificate"
            docs.append(IdentityDocument(tie, self.doc_number(""), basis.issued_on, None,
                                         "АХАЖ / ЗАГС"))
        rec.legal_status = LegalStatus(status, basis.issued_on, basis=basis)
        if status in ("eaeu_worker", "eaeu_family"):
            if kind == "vhi_contract":
                rec.vhi_until = basis.valid_until
            elif rng.random() < 0.85:
                vhi = self.document("vhi_contract", 1, 0.15, issuer=rng.choice(INSURERS))
                docs.append(vhi)
                rec.vhi_until = vhi.valid_until
        if status in LIMITED and age < 18 and rng.random() < 0.5:
            # a child living here on a parent's residence permit
            rec.legal_status.parent_status = rng.choice(("permanent_foreigner", "permanent_stateless"))

    def contact(self, rec: Patient, status: str) -> None:
        rng = self.rng
        if rng.random() < 0.85:
            city = rng.choices(_CITY_NAMES, cum_weights=_CITY_CUM)[0]
        else:
            city = rng.choice(VILLAGES)
        house = rng.randint(1, 250)
        flat = f", {rng.randint(1, 180)} п." if rng.random() < 0.6 else ""
        rec.address = f"{city}, {rng.choice(STREETS)}, {house}{flat}"
        if rng.random() < 0.9:
            rec.phone = (f"+7 {rng.choice(PHONE_PREFIXES)} {rng.randrange(1000):03d} "
                         f"{rng.randrange(100):02d} {rng.randrange(100):02d}")
        rec.attached_org = rng.choice(PHC_CODES) if status in RESIDENT or rng.random() < 0.3 else None

    # -- insurance evidence ----------------------------------------------------------------

    def insurance(self, rec: Patient, status: str, age: int) -> None:
        rng = self.rng
        on = self.on
        resident = status in RESIDENT
        female = rec.sex == "F"
        cats = rec.categories
        working = False
        if resident:
            self.categories(rec, status, age)
        if status in ("eaeu_worker", "temporary_foreigner") and age >= 18:
            working = status == "eaeu_worker" or rng.random() < 0.6
            if working:
                self.payments(rec, "employee", age, recent=0.85)
        elif status == "eaeu_family" and age >= 18 and rng.random() < 0.3:
            self.payments(rec, "employee", age, recent=0.7)
        elif resident and 18 <= age < 63 and not any(c.code == "pensioner" for c in cats):
            roll = rng.random()
            payer = ("employee" if roll < 0.6 else "individual_entrepreneur" if roll < 0.67
                     else "self_payer" if roll < 0.72 else "civil_contract" if roll < 0.75
                     else "esp" if roll < 0.79 else "self_employed" if roll < 0.81 else None)
            if payer is not None:
                working = True
                self.payments(rec, payer, age, recent=0.8)
        if female and 18 <= age <= 42 and rng.random() < 0.03:
            rec.pregnant = True
            if resident and not working and rng.random() < 0.7:
                start = date.fromordinal(on.toordinal() - rng.randrange(10, 200))
                cats.append(CategoryGrant("nonworking_pregnant", start, None))
        if rng.random() < 0.62:
            self.fund_checks(rec, status)

    def categories(self, rec: Patient, status: str, age: int) -> None:
        rng = self.rng
        on = self.on
        born = rec.birth_date
        female = rec.sex == "F"
        cats = rec.categories
        pension_age = 61 if female else 63
        if age >= pension_age and rng.random() < 0.97:
            cats.append(CategoryGrant("pensioner", add_years(born, pension_age), None))
        elif age >= 40 and rng.random() < 0.01:
            cats.append(CategoryGrant("pensioner", add_years(born, rng.randint(40, age)), None))
        if 17 <= age <= 24 and rng.random() < 0.4:
            enrolled = date(born.year + 18, 9, 1)
            finish = date(enrolled.year + rng.choice((2, 3, 4, 4, 5)), 6, 30)
            cats.append(CategoryGrant("student_fulltime", enrolled, finish))
        if rng.random() < 0.035:
            start = date.fromordinal(on.toordinal() - rng.randrange(30, 3000))
            end = None if rng.random() < 0.4 else add_years(start, rng.choice((1, 2, 3)))
            cats.append(CategoryGrant("disabled", start, end))
        if status == "kandas" and age >= 18 and rng.random() < 0.6:
            since = rec.legal_status.kandas_since
            cats.append(CategoryGrant("kandas_nonworking", since, add_years(since, 1)))
        if 20 <= age <= 42 and female and rng.random() < 0.07:
            start = date.fromordinal(on.toordinal() - rng.randrange(30, 1000))
            code = "childcare_under3" if rng.random() < 0.6 else "parental_leave"
            cats.append(CategoryGrant(code, start, add_years(start, 3) if code == "childcare_under3"
                                      else add_years(start, 1)))
        if 18 <= age < 63:
            for code, share in (("registered_unemployed", 0.02), ("social_assistance", 0.02),
                                ("carer_disabled_child", 0.004), ("carer_group1", 0.003),
                                ("crisis_level", 0.005)):
                if rng.random() < share:
                    start = (date(2026, 1, 1) if code == "crisis_level"
                             else date.fromordinal(on.toordinal() - rng.randrange(30, 900)))
                    start = max(start, date(2026, 1, 1)) if code == "crisis_level" else start
                    end = None if rng.random() < 0.5 else add_years(start, 1)
                    cats.append(CategoryGrant(code, start, end))
            if not female and rng.random() < 0.003:
                start = date.fromordinal(on.toordinal() - rng.randrange(30, 2000))
                cats.append(CategoryGrant("prisoner", start, add_years(start, rng.randint(1, 8))))
            elif not female and rng.random() < 0.0008:
                start = date.fromordinal(on.toordinal() - rng.randrange(5, 200))
                cats.append(CategoryGrant("pretrial_detainee", start, None))
        if female and age >= 40 and rng.random() < 0.015:
            cats.append(CategoryGrant("mother_heroine", add_years(born, rng.randint(35, max(35, age))),
                                      None))

    def payments(self, rec: Patient, payer: str, age: int, recent: float) -> None:
        """One to three paid periods with gaps; `recent` of payers are paid up to last month."""
        rng = self.rng
        now = month_of(self.on)
        if payer == "esp":
            # the unified aggregate payment existed 2019–2023 only
            first = f"{rng.randint(2019, 2022)}-{rng.randint(1, 12):02d}"
            last = add_months(first, rng.randint(3, 24))
            rec.payments.append(PaymentPeriod(payer, first, min(last, "2023-12")))
            if rng.random() < 0.5:
                self.payments(rec, "employee", age, recent)
            return
        if payer == "self_employed":
            # platform workers' 1 % withheld by the platform, a payer kind since 2026
            first = max("2026-01", add_months(now, -rng.randint(1, 11)))
            if first < now:
                rec.payments.append(PaymentPeriod(payer, first, add_months(now, -1)))
            return
        if rng.random() < recent:
            end = add_months(now, -1 if rng.random() < 0.7 else -rng.randint(1, 2))
        else:
            end = add_months(now, -rng.randint(4, 30))
        periods = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            length = rng.randint(3, 84)
            start = add_months(end, -length)
            periods.append(PaymentPeriod(payer, start, end))
            end = add_months(start, -rng.randint(2, 14))
        earliest = month_of(add_years(rec.birth_date, 18))
        for period in reversed(periods):
            if period.last_month < earliest:
                continue
            if period.first_month < earliest:
                period.first_month = earliest
            rec.payments.append(period)

    def fund_checks(self, rec: Patient, status: str) -> None:
        """The Fund's answers, of various ages; consistent with the evidence most of the time."""
        rng = self.rng
        on = self.on.toordinal()
        likely = bool(rec.categories) or any(
            p.last_month >= add_months(month_of(self.on), -3) for p in rec.payments)
        if status in ("asylum_seeker", "temporary_stateless"):
            likely = False
        elif rec.birth_date and age_on(rec.birth_date, self.on) < 18 and status in RESIDENT:
            likely = True
        for _ in range(1 if rng.random() < 0.8 else 2):
            days = rng.choice((0, 1, 3, 7, 14, 29, 31, 45, 90, 180, 365))
            at = datetime.fromordinal(on - days) + timedelta(
                hours=rng.randint(8, 18), minutes=rng.randrange(60))
            insured = likely if rng.random() < 0.93 else not likely
            rec.fund_checks.append(FundCheck(insured, at, rng.choice(FUND_SOURCES)))
        rec.fund_checks.sort(key=lambda f: f.checked_at)

    # -- health ----------------------------------------------------------------------------

    def health(self, rec: Patient, status: str, age: int) -> None:
        rng = self.rng
        on = self.on.toordinal()
        for code, min_age, sex, chance, chronic, dated in CONDITIONS:
            if age < min_age or (sex and rec.sex != sex) or rng.random() >= chance:
                continue
            since = None
            if dated or rng.random() < 0.5:
                since = date.fromordinal(on - rng.randrange(1, 700 if dated else 5000))
                if since < rec.birth_date:
                    since = rec.birth_date
            rec.conditions.append(Diagnosis(code, since, chronic and rng.random() < 0.65))
        cancer = any(c.code[0] == "C" for c in rec.conditions)
        if (cancer and rng.random() < 0.25) or (age >= 75 and rng.random() < 0.01):
            rec.palliative = True


def generate_patients(n: int, seed: int = 1, on: date | None = None,
                      site: str = "DEMO") -> Iterator[Patient]:
    """Yield `n` synthetic patients, the same ones for the same (seed, on, site).

    IINs are unique, valid and agree with birth date and sex; people without an IIN get
    consecutive local numbers `SITE-YEAR-000001`, … The first ten patients show every status.
    """
    gen = _Generator(seed, on or date.today(), site)
    for i in range(n):
        status = _STATUSES[i] if i < len(_STATUSES) else gen.pick_status()
        yield gen.person(status)

