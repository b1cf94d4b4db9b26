<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../models/coverage_model.py" line="64"/>
        <location filename="../models/coverage_model.py" line="72"/>
        <source>unknown — check</source>
        <translation>белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="67"/>
        <source>%1, emergency</source>
        <translation>%1, шұғыл</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="73"/>
        <location filename="../models/coverage_model.py" line="75"/>
        <source>not needed</source>
        <translation>қажет емес</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="76"/>
        <source>needed — on file</source>
        <translation>қажет — бар</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="77"/>
        <source>needed — missing</source>
        <translation>қажет — жоқ</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="103"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Жолдама көрсетілсе, %1 есебінен</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="116"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="116"/>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="117"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../crash.py" line="26"/>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <location filename="../crash.py" line="28"/>
        <source>Something went wrong: %1</source>
        <translation>Бір нәрсе дұрыс болмады: %1</translation>
    </message>
    <message>
        <location filename="../crash.py" line="29"/>
        <source>The details are saved in %1. The desk keeps working.</source>
        <translation>Толығы %1 файлында сақталды. Бағдарлама жұмысын жалғастырады.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="39"/>
        <source>Cannot do that</source>
        <translation>Мұны орындау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="90"/>
        <source>Emergency — patient not identified</source>
        <translation>Шұғыл көмек — науқастың жеке басы анықталмаған</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="91"/>
        <source>Care starts now. Note what you can see; the patient gets a local number and can be identified later.</source>
        <translation>Көмек қазір басталады. Көргеніңізді жазыңыз; науқасқа жергілікті нөмір беріледі, жеке басын кейін анықтауға болады.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="93"/>
        <source>&amp;Sex</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="94"/>
        <source>Approximate &amp;age</source>
        <translation>Шамамен &amp;жасы</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="95"/>
        <source>What is &amp;known</source>
        <translation>Не &amp;белгілі</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="96"/>
        <location filename="../views/emergency_dialog.py" line="100"/>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="97"/>
        <source>e.g. brought by ambulance, name said: Asel</source>
        <translation>мысалы: жедел жәрдеммен әкелінді, аты: Әсел</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="101"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="102"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="104"/>
        <source>&amp;Register emergency</source>
        <translation>Шұғыл көмекті &amp;тіркеу</translation>
    </message>
</context>
<context>
    <name>EmergencyPendingDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="214"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Дерекқорға жазылуды күтетін шұғыл қаралулар: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="213"/>
        <source>Operator: %1</source>
        <translation>Тіркеуші: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="212"/>
        <source>Time: %1</source>
        <translation>Уақыты: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="209"/>
        <source>The database cannot take it right now. The visit is kept on this computer and will be written to the database automatically as soon as it answers.</source>
        <translation>Дерекқор қазір оны қабылдай алмайды. Қаралу осы компьютерде сақталды және дерекқор жауап бере салысымен оған автоматты түрде жазылады.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="207"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Шұғыл қаралу тіркелді — көмек көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="206"/>
        <source>Emergency visit saved on this computer</source>
        <translation>Шұғыл қаралу осы компьютерде сақталды</translation>
    </message>
</context>
<context>
    <name>EmergencyResultDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="151"/>
        <source>Emergency visit recorded</source>
        <translation>Шұғыл қаралу тіркелді</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="152"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Шұғыл қаралу тіркелді — көмек көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="154"/>
        <source>Time: %1</source>
        <translation>Уақыты: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="155"/>
        <source>Operator: %1</source>
        <translation>Тіркеуші: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="157"/>
        <source>Local number: %1</source>
        <translation>Жергілікті нөмір: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="162"/>
        <source>Funding: %1</source>
        <translation>Қаржыландыру: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="164"/>
        <source>Funding: unknown — check</source>
        <translation>Қаржыландыру: белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="171"/>
        <source>Rule pack: %1</source>
        <translation>Ережелер жинағы: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="177"/>
        <source>Emergency &amp;referral slip…</source>
        <translation>Шұғыл &amp;жолдама…</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../views/identify_dialog.py" line="65"/>
        <source>Identify the emergency patient</source>
        <translation>Шұғыл науқастың жеке басын анықтау</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="66"/>
        <source>Find the registered patient (IIN or name). The emergency visits move to that patient; register them first with F4 if new.</source>
        <translation>Тіркелген науқасты табыңыз (ЖСН немесе аты-жөні). Шұғыл қаралулар соған ауысады; жаңа болса, алдымен F4 арқылы тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="68"/>
        <source>IIN or name</source>
        <translation>ЖСН немесе аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="69"/>
        <source>&amp;Link visits to this patient</source>
        <translation>Қаралуларды осы науқасқа &amp;байланыстыру</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="558"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Дерекқорға жазылуды күтетін шұғыл қаралулар: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="530"/>
        <source>Emergency visit of %1 written to the database</source>
        <translation>%1 шұғыл қаралуы дерекқорға жазылды</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Tirkeu — registration desk</source>
        <translation>Тіркеу — тіркеу орны</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>&amp;Search (%1):</source>
        <translation>І&amp;здеу (%1):</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>IIN, scanned barcode or name in any spelling</source>
        <translation>ЖСН, штрихкод немесе кез келген жазылуымен аты-жөні</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>New patient (%1)</source>
        <translation>Жаңа науқас (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Referral (%1)</source>
        <translation>Жолдама (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>EMERGENCY (%1)</source>
        <translation>ШҰҒЫЛ (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Register an emergency visit; works without a patient</source>
        <translation>Шұғыл қаралуды тіркеу; науқас таңдалмаса да жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Language of the desk</source>
        <translation>Бағдарлама тілі</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>&amp;Desk</source>
        <translation>&amp;Тіркеу орны</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>&amp;New patient</source>
        <translation>&amp;Жаңа науқас</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>&amp;Emergency</source>
        <translation>&amp;Шұғыл көмек</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>&amp;Referral</source>
        <translation>Ж&amp;олдама</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>The database is empty. Load synthetic demo patients to try the desk?</source>
        <translation>Дерекқор бос. Бағдарламаны сынау үшін ойдан жасалған демо науқастарды жүктейсіз бе?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>&amp;Load demo data</source>
        <translation>Демо деректерді &amp;жүктеу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368"/>
        <source>Recent patients</source>
        <translation>Соңғы науқастар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="370"/>
        <source>Found: %1</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372"/>
        <source>Nothing found — F4 registers a new patient</source>
        <translation>Ештеңе табылмады — F4 жаңа науқасты тіркейді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>%1 — out of date: the server does not answer</source>
        <translation>%1 — ескірген болуы мүмкін: сервер жауап бермейді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>No patient with IIN %1 — F4 registers one</source>
        <translation>ЖСН %1 бар науқас жоқ — F4 арқылы тіркеңіз</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="698"/>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="704"/>
        <source>Rules: %1</source>
        <translation>Ережелер: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="705"/>
        <source>not loaded</source>
        <translation>жүктелмеген</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="712"/>
        <source>Insurance data: none</source>
        <translation>Сақтандыру деректері: жоқ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="715"/>
        <source>Insurance data: %1 days old</source>
        <translation>Сақтандыру деректері: %1 күн бұрынғы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="755"/>
        <source>The database server does not answer; this works again when it is back. Emergency (F9) still records visits.</source>
        <translation>Дерекқор сервері жауап бермейді; сервер қайта қосылғанда бұл жұмыс істейді. Шұғыл көмек (F9) бәрібір тіркеледі.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="783"/>
        <source>The database server answers again</source>
        <translation>Дерекқор сервері қайта жауап береді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="794"/>
        <source>No connection to the database server — retrying</source>
        <translation>Дерекқор серверімен байланыс жоқ — қайта қосылуда</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="837"/>
        <location filename="../main_window.py" line="838"/>
        <source>The database is damaged</source>
        <translation>Дерекқор зақымдалған</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="841"/>
        <source>No backup of this database was found. Call the administrator; emergency visits (F9) are kept on this computer meanwhile.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі табылмады. Әкімшіге хабарласыңыз; оған дейін шұғыл келулер (F9) осы компьютерде сақталады.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="846"/>
        <source>The last backup was made %1 (%2). Restore it now? The damaged database is kept aside, nothing is deleted; what was entered after the backup has to be entered again.</source>
        <translation>Соңғы сақтық көшірме %1 жасалған (%2). Оны қазір қалпына келтіру керек пе? Зақымдалған дерекқор бөлек сақталады, ештеңе жойылмайды; көшірмеден кейін енгізілгенді қайта енгізу керек.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="850"/>
        <source>&amp;Restore the backup</source>
        <translation>Көшірмені &amp;қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="852"/>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="861"/>
        <source>Restoring the backup %1 …</source>
        <translation>%1 сақтық көшірмесі қалпына келтірілуде …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="867"/>
        <source>Restored from %1.</source>
        <translation>%1 көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="869"/>
        <source>The damaged database is kept as %1.</source>
        <translation>Зақымдалған дерекқор %1 ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="670"/>
        <source>Backup made: %1</source>
        <translation>Сақтық көшірме жасалды: %1</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <location filename="../widgets/patient_card.py" line="246"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="246"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="246"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="247"/>
        <source>Local number</source>
        <translation>Жергілікті нөмір</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="247"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="248"/>
        <source>Attached PHC</source>
        <translation>Бекітілген МСАК</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="248"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="249"/>
        <source>Conditions</source>
        <translation>Аурулар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="249"/>
        <source>Screening due</source>
        <translation>Скрининг уақыты</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="250"/>
        <source>Visits</source>
        <translation>Қаралулар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="250"/>
        <source>Noted at admission</source>
        <translation>Қабылдауда белгіленді</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="254"/>
        <source>&amp;Edit patient</source>
        <translation>Науқасты &amp;өзгерту</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="255"/>
        <source>&amp;Identify patient…</source>
        <translation>Жеке басын &amp;анықтау…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="256"/>
        <source>&amp;Coverage on</source>
        <translation>&amp;Қамту күні</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="257"/>
        <source>&amp;Suspected (ICD-10)</source>
        <translation>Күдікті &amp;диагноз (АХЖ-10)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="258"/>
        <source>e.g. C50</source>
        <translation>мысалы, C50</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="262"/>
        <source>&amp;Risk confirmed</source>
        <translation>Қа&amp;уіп расталған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="264"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Талдаулар немесе УДЗ қауіпті көрсетеді: онкологқа немесе гематологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="266"/>
        <source>&amp;Attached here</source>
        <translation>Осында &amp;бекітілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="267"/>
        <location filename="../widgets/patient_card.py" line="639"/>
        <source>Details for administrators</source>
        <translation>Әкімшіге арналған мәліметтер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="269"/>
        <source>Rule ids, sources and notes of the rule pack, for whoever maintains the rules</source>
        <translation>Ережелер жинағының ереже идентификаторлары, дереккөздері мен ескертпелері — ережелерді жүргізетіндерге</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="271"/>
        <source>Find a patient by IIN or name, or press F4 to register one.</source>
        <translation>Науқасты ЖСН немесе аты-жөні бойынша табыңыз, не F4 басып тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="273"/>
        <source>The server does not answer: this card is as it was last read and may be out of date.</source>
        <translation>Сервер жауап бермейді: карта соңғы оқылған күйінде көрсетілген, ескірген болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="328"/>
        <source>No patient open</source>
        <translation>Науқас ашылмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="351"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="351"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="351"/>
        <source>sex not known</source>
        <translation>жынысы белгісіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="356"/>
        <source>%1 years, born %2, %3</source>
        <translation>%1 жаста, туған күні %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="360"/>
        <source>birth date not known, %1</source>
        <translation>туған күні белгісіз, %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="363"/>
        <source>no IIN</source>
        <translation>ЖСН жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="365"/>
        <source>%1 — valid: born %2, %3</source>
        <translation>%1 — дұрыс: туған күні %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="369"/>
        <source>%1 — not valid</source>
        <translation>%1 — дұрыс емес</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="381"/>
        <source>Legal status: unknown — check</source>
        <translation>Құқықтық мәртебе: белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="388"/>
        <source>full package</source>
        <translation>толық пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="388"/>
        <source>limited package</source>
        <translation>шектеулі пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="391"/>
        <source>own status: %1</source>
        <translation>өз мәртебесі: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="393"/>
        <source>⚠ not confirmed</source>
        <translation>⚠ расталмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="395"/>
        <source>document valid until %1</source>
        <translation>құжат %1 дейін жарамды</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="404"/>
        <source>МӘМС: unknown — check</source>
        <translation>МӘМС: белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>МӘМС: insured</source>
        <translation>МӘМС: сақтандырылған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>МӘМС: not insured</source>
        <translation>МӘМС: сақтандырылмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="413"/>
        <source>МӘМС: unknown</source>
        <translation>МӘМС: белгісіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="415"/>
        <source>Fund answer</source>
        <translation>Қор жауабы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="415"/>
        <source>state category</source>
        <translation>мемлекет сақтандыратын санат</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="416"/>
        <source>contributions</source>
        <translation>жарналар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="422"/>
        <source>Fund service</source>
        <translation>Қор сервисі</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="422"/>
        <source>by phone</source>
        <translation>телефон арқылы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="423"/>
        <source>paper certificate</source>
        <translation>қағаз анықтама</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="423"/>
        <source>registry import</source>
        <translation>тізілімнен жүктелген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="425"/>
        <source>source: %1</source>
        <translation>дереккөзі: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="427"/>
        <source>checked %1 days ago</source>
        <translation>%1 күн бұрын тексерілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="429"/>
        <source>⚠ stale — ask the Fund again</source>
        <translation>⚠ ескірген — Қордан қайта сұраңыз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="435"/>
        <source>to regain: pay %1 months × %2 ₸ = %3 ₸</source>
        <translation>қалпына келтіру үшін: %1 ай × %2 ₸ = %3 ₸ төлеу</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="439"/>
        <source>to regain: pay %1 months, %2 ₸ in total</source>
        <translation>қалпына келтіру үшін: %1 ай, барлығы %2 ₸ төлеу</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="452"/>
        <source>valid until %1</source>
        <translation>%1 дейін жарамды</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="453"/>
        <source>EXPIRED</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="461"/>
        <location filename="../widgets/patient_card.py" line="478"/>
        <source>none recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="464"/>
        <source>not attached</source>
        <translation>бекітілмеген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="466"/>
        <location filename="../widgets/patient_card.py" line="489"/>
        <location filename="../widgets/patient_card.py" line="674"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="469"/>
        <source> (dispensary)</source>
        <translation> (диспансерлік есепте)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="471"/>
        <source>since %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="475"/>
        <source>pregnant</source>
        <translation>жүкті</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="477"/>
        <source>on the palliative list</source>
        <translation>паллиативтік тізімде</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="480"/>
        <source>unknown — check</source>
        <translation>белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="484"/>
        <source>nothing due</source>
        <translation>мерзімі жеткен жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="487"/>
        <source>%1 recorded, %2 emergency; last %3</source>
        <translation>барлығы %1, шұғыл %2; соңғысы %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="493"/>
        <source>approx. %1 years</source>
        <translation>шамамен %1 жаста</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="563"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (C50.9).</source>
        <translation>АХЖ-10 коды емес: латын әрпі, екі цифр, қажет болса нүкте және төрт таңбаға дейін (C50.9).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="565"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Әлеуметтік мәні бар ауруға күдік: 2026 жылдан бастап маман кеңесі мен диагностика тегін (ТМККК).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="577"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="579"/>
        <source>Pre-set from the records: attached to %1, this clinic.</source>
        <translation>Деректер бойынша белгіленген: %1 — осы емханаға бекітілген.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="582"/>
        <source>Pre-set from the records: attached to %1, not to this clinic (%2).</source>
        <translation>Деректер бойынша белгіленген: %1 ұйымына бекітілген, осы емханаға (%2) емес.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="586"/>
        <source>Pre-set: no attachment is recorded for the patient, so the patient is taken as attached here. Untick if attached elsewhere.</source>
        <translation>Алдын ала белгіленген: науқастың бекітілуі жазылмаған, сондықтан осында бекітілген деп саналады. Басқа жерге бекітілген болса, белгіні алыңыз.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="589"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: баптауларда осы емхананың ұйымы көрсетілмеген, сондықтан науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="591"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Науқас осы емханаға бекітілген: акушер-гинекологқа немесе психологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="594"/>
        <source>Changed by hand for this visit.</source>
        <translation>Осы қабылдау үшін қолмен өзгертілді.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="609"/>
        <source>referral</source>
        <translation>жолдама</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="614"/>
        <source>The rules could not decide this service; check it by hand. Emergency care is never blocked.</source>
        <translation>Ережелер бұл қызметті шеше алмады; қолмен тексеріңіз. Шұғыл көмек ешқашан тоқтатылмайды.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="620"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Жолдама көрсетілсе, %1 есебінен</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="638"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="638"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="644"/>
        <source>Rule pack: not loaded</source>
        <translation>Ережелер жинағы: жүктелмеген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="647"/>
        <source>Pack version: %1</source>
        <translation>Жинақ нұсқасы: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="648"/>
        <source>Content hash: %1</source>
        <translation>Мазмұн хеші: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Rule id</source>
        <translation>Ереже идентификаторы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="653"/>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="653"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="666"/>
        <source>Unconfirmed rules in force on %1</source>
        <translation>%1 күні күшіндегі расталмаған ережелер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="677"/>
        <source>Unconfirmed entries of the condition lists</source>
        <translation>Аурулар тізімдерінің расталмаған жазбалары</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="627"/>
        <source>Rule pack</source>
        <translation>Ережелер жинағы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="627"/>
        <source>not loaded</source>
        <translation>жүктелмеген</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../views/registration_dialog.py" line="337"/>
        <source>Edit patient</source>
        <translation>Науқас деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="337"/>
        <source>New patient</source>
        <translation>Жаңа науқас</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="339"/>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="339"/>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="340"/>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="340"/>
        <source>&amp;Patronymic</source>
        <translation>Ә&amp;кесінің аты</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="341"/>
        <source>Surname (Latin)</source>
        <translation>Тегі (латын)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="341"/>
        <source>Given name (Latin)</source>
        <translation>Аты (латын)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="342"/>
        <source>&amp;Birth date</source>
        <translation>Туған &amp;күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="342"/>
        <source>Se&amp;x</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="343"/>
        <source>Citizenship (ISO code)</source>
        <translation>Азаматтығы (ISO коды)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="343"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="344"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="344"/>
        <source>Attached PHC</source>
        <translation>Бекітілген МСАК</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="345"/>
        <source>Legal s&amp;tatus</source>
        <translation>Құқықтық &amp;мәртебе</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="345"/>
        <source>Status since</source>
        <translation>Мәртебе басталған күн</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="346"/>
        <source>Parent&apos;s status (child on a parent&apos;s permit)</source>
        <translation>Ата-анасының мәртебесі (ата-анасының ықтиярхаты бойынша бала)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="347"/>
        <source>Kandas since</source>
        <translation>Қандас мәртебесі берілген күн</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="348"/>
        <source>Fund answer</source>
        <translation>Қор жауабы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="348"/>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="349"/>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="349"/>
        <source>Earlier answers</source>
        <translation>Бұрынғы жауаптар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="350"/>
        <source>VHI contract valid until</source>
        <translation>ЕМС шарты жарамды</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="354"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="358"/>
        <source>12 digits; birth date and sex are filled from it</source>
        <translation>12 цифр; туған күні мен жынысы осыдан толтырылады</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>Identity</source>
        <translation>Жеке басы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>Documents and status</source>
        <translation>Құжаттар мен мәртебе</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>Insurance</source>
        <translation>Сақтандыру</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>Conditions</source>
        <translation>Аурулар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Valid until</source>
        <translation>Жарамды мерзімі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="366"/>
        <source>Payer</source>
        <translation>Төлеуші</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="366"/>
        <source>First month (yyyy-mm)</source>
        <translation>Бірінші ай (жжжж-аа)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="367"/>
        <source>Last month (yyyy-mm)</source>
        <translation>Соңғы ай (жжжж-аа)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>ICD-10</source>
        <translation>АХЖ-10</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Since</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Dispensary</source>
        <translation>Диспансерлік есеп</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="369"/>
        <source>State-insured categories</source>
        <translation>Мемлекет сақтандыратын санаттар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="370"/>
        <source>Contributions paid</source>
        <translation>Төленген жарналар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="371"/>
        <source>Pregnant</source>
        <translation>Жүкті</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="372"/>
        <source>On the palliative list</source>
        <translation>Паллиативтік тізімде</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="373"/>
        <source>From &amp;documents</source>
        <translation>&amp;Құжаттардан</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="374"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="375"/>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="375"/>
        <location filename="../views/registration_dialog.py" line="470"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="376"/>
        <location filename="../views/registration_dialog.py" line="470"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="377"/>
        <source>not asked</source>
        <translation>сұралмаған</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="377"/>
        <source>insured</source>
        <translation>сақтандырылған</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="378"/>
        <source>not insured</source>
        <translation>сақтандырылмаған</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Fund service</source>
        <translation>Қор сервисі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>paper</source>
        <translation>қағаз</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="458"/>
        <source>No IIN: the patient gets a local number.</source>
        <translation>ЖСН жоқ: науқасқа жергілікті нөмір беріледі.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="462"/>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="471"/>
        <source>valid: born %1, %2</source>
        <translation>дұрыс: туған күні %1, %2</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="500"/>
        <source>birth date differs from the IIN (%1)</source>
        <translation>туған күні ЖСН-мен сәйкес емес (%1)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="503"/>
        <source>sex differs from the IIN</source>
        <translation>жынысы ЖСН-мен сәйкес емес</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="541"/>
        <source>Possible duplicates — check before saving:</source>
        <translation>Қайталануы мүмкін — сақтамас бұрын тексеріңіз:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="551"/>
        <location filename="../views/registration_dialog.py" line="558"/>
        <source>Not a date: %1 (write dd.mm.yyyy)</source>
        <translation>Күн емес: %1 (кк.аа.жжжж түрінде жазыңыз)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../models/results_model.py" line="57"/>
        <source>M</source>
        <comment>sex, short</comment>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="57"/>
        <source>F</source>
        <comment>sex, short</comment>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="88"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="88"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="89"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="89"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="89"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../views/setup_dialog.py" line="255"/>
        <source>Tirkeu — first setup</source>
        <translation>Тіркеу — бастапқы баптау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="256"/>
        <source>Setting up this desk</source>
        <translation>Осы тіркеу орнын баптау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="258"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="258"/>
        <source>Clinic name (&amp;Kazakh)</source>
        <translation>Емхана атауы (&amp;қазақша)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="259"/>
        <source>Clinic name (&amp;Russian)</source>
        <translation>Емхана атауы (&amp;орысша)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="259"/>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="259"/>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="260"/>
        <source>&amp;Phone</source>
        <translation>Т&amp;елефоны</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="262"/>
        <source>Where the data lives</source>
        <translation>Деректер қайда сақталады</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="263"/>
        <source>On this &amp;computer</source>
        <translation>Осы &amp;компьютерде</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="264"/>
        <source>On the clinic&apos;s &amp;PostgreSQL server</source>
        <translation>Емхананың &amp;PostgreSQL серверінде</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="265"/>
        <source>Server &amp;address</source>
        <translation>Сервердің &amp;мекенжайы</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="266"/>
        <source>&amp;Test the connection</source>
        <translation>Қосылуды &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="267"/>
        <source>This desk</source>
        <translation>Осы тіркеу орны</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="268"/>
        <source>Site p&amp;refix</source>
        <translation>Нөмір &amp;префиксі</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="269"/>
        <source>Pap&amp;er of the slips</source>
        <translation>Жолдамалардың &amp;қағазы</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="271"/>
        <source>Begins every number this desk hands out (referrals, patients without an IIN). Each desk of the clinic needs its own.</source>
        <translation>Осы тіркеу орны беретін әр нөмірдің басы (жолдамалар, ЖСН-сыз пациенттер). Емхананың әр тіркеу орнының өз префиксі болуы керек.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="274"/>
        <source>The administrator manages the desk&apos;s settings and, once sign-in is switched on, the accounts of the receptionists. Keep the password in a safe place.</source>
        <translation>Әкімші тіркеу орнының баптауларын, ал жүйеге кіру қосылғанда тіркеушілердің есептік жазбаларын басқарады. Құпиясөзді сенімді жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="277"/>
        <source>Full &amp;name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="277"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="277"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="278"/>
        <source>Repeat the passwo&amp;rd</source>
        <translation>Құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="280"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="281"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="299"/>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="299"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="301"/>
        <source>Step %1 of %2</source>
        <translation>%2 қадамның %1-і</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="409"/>
        <source>Another desk of this database already numbers with %1: choose another prefix.</source>
        <translation>Осы дерекқордың басқа тіркеу орны %1 префиксін пайдаланады: басқа префикс таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="416"/>
        <source>Connecting to the server…</source>
        <translation>Серверге қосылуда…</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="425"/>
        <source>Connected. The server has no desk data yet: it is created when the setup finishes.</source>
        <translation>Қосылды. Серверде әзірге деректер жоқ: олар баптау аяқталғанда құрылады.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="428"/>
        <source>Connected. Prefixes other desks use: %1.</source>
        <translation>Қосылды. Басқа тіркеу орындарының префикстері: %1.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="462"/>
        <source>Saving the setup…</source>
        <translation>Баптау сақталуда…</translation>
    </message>
</context>
</TS>
