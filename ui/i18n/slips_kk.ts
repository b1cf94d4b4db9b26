<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../pdf_preview.py" line="37"/>
        <source>The slip appears here after Preview.</source>
        <translation>Алдын ала қарауды басқаннан кейін жолдама осында көрінеді.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../referral_dialog.py" line="227"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="228"/>
        <source>Patient</source>
        <translation>Науқас</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="228"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="228"/>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="229"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Диагноз (АХЖ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="229"/>
        <source>Diagnosis text</source>
        <translation>Диагноз мәтіні</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="230"/>
        <source>Suspected (ICD-10)</source>
        <translation>Күдікті диагноз (АХЖ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Refer to</source>
        <translation>Қайда жолданады</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="232"/>
        <source>Referring doctor</source>
        <translation>Жолдаған дәрігер</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="235"/>
        <source>e.g. K80.1</source>
        <translation>мысалы, K80.1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="236"/>
        <source>e.g. C50</source>
        <translation>мысалы, C50</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="238"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Әлеуметтік мәні бар ауруға күдік: 2026 жылдан бастап маман кеңесі мен диагностика тегін (ТМККК).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="240"/>
        <source>Risk confirmed</source>
        <translation>Қауіп расталған</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="242"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Талдаулар немесе УДЗ қауіпті көрсетеді: онкологқа немесе гематологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="244"/>
        <source>Attached here</source>
        <translation>Осында бекітілген</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="245"/>
        <source>e.g. oncologist</source>
        <translation>мысалы, онколог</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="246"/>
        <source>(not specified)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>Planned</source>
        <translation>Жоспарлы</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>Urgent</source>
        <translation>Кезек күттірмейтін</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="248"/>
        <source>Emergency</source>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="251"/>
        <source>Preview (F5)</source>
        <translation>Алдын ала қарау (F5)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="252"/>
        <source>Issue and register the referral</source>
        <translation>Жолдаманы беру және тіркеу</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="253"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Басып шығару… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="254"/>
        <source>Save PDF… (Ctrl+S)</source>
        <translation>PDF сақтау… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="255"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="257"/>
        <source>No referring doctors are listed yet. Add them in Desk → Settings… → Clinic → Referring doctors (the first one is filled in here); meanwhile type the name.</source>
        <translation>Жолдайтын дәрігерлер әлі енгізілмеген. Оларды Тіркеу орны → Баптаулар… → Емхана → Жолдайтын дәрігерлер бөлімінде қосыңыз (біріншісі осында өзі қойылады); әзірге атын қолмен жазыңыз.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="259"/>
        <source>Doctor&apos;s full name</source>
        <translation>Дәрігердің толық аты-жөні</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="260"/>
        <source>Only organisations that provide the chosen service are listed.</source>
        <translation>Тек таңдалған қызметті көрсететін ұйымдар берілген.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="314"/>
        <source>Loading the patient…</source>
        <translation>Науқас деректері жүктелуде…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="318"/>
        <source>No patient selected: choose a patient first.</source>
        <translation>Науқас таңдалмаған: алдымен науқасты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="321"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="362"/>
        <source>Code format is correct.</source>
        <translation>Код пішімі дұрыс.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="363"/>
        <location filename="../referral_dialog.py" line="406"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (K80.1).</source>
        <translation>АХЖ-10 коды емес: латын әрпі, екі цифр, қажет болса нүкте және төрт таңбаға дейін (K80.1).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="368"/>
        <source>Enter the ICD-10 code: the funding depends on the diagnosis.</source>
        <translation>АХЖ-10 кодын енгізіңіз: төлем диагнозға байланысты.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="416"/>
        <source>Pre-set from the records: attached to this clinic.</source>
        <translation>Деректер бойынша белгіленген: осы емханаға бекітілген.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="417"/>
        <source>Pre-set from the records: attached to another organisation (%1).</source>
        <translation>Деректер бойынша белгіленген: басқа ұйымға (%1) бекітілген.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="418"/>
        <source>Pre-set: no attachment is recorded, so the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: бекітілуі жазылмаған, сондықтан науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="420"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: баптауларда осы емхананың ұйымы көрсетілмеген, сондықтан науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="423"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="428"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Науқас осы емханаға бекітілген: акушер-гинекологқа немесе психологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="431"/>
        <source>Changed by hand for this visit.</source>
        <translation>Осы қабылдау үшін қолмен өзгертілді.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="484"/>
        <source>unknown — confirm the status</source>
        <translation>белгісіз — мәртебені нақтылаңыз</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="491"/>
        <source>%1 for %2; another diagnosis: %3</source>
        <translation>%2 бойынша — %1; басқа диагнозбен — %3</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="494"/>
        <source>no referral needed</source>
        <translation>жолдама қажет емес</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="495"/>
        <source>needs a referral: this one</source>
        <translation>жолдама қажет: осы жолдама</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="496"/>
        <source>needs a referral</source>
        <translation>жолдама қажет</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="505"/>
        <source>Referral No. %1 issued.</source>
        <translation>№ %1 жолдама берілді.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="570"/>
        <source>The referral could not be made; nothing was recorded. Try again; the details are in the desk&apos;s log.</source>
        <translation>Жолдама жасалмады; ештеңе жазылған жоқ. Қайталап көріңіз; толығырақ бағдарлама журналында.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="582"/>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="591"/>
        <source>Preview: not issued yet, no number taken.</source>
        <translation>Алдын ала қарау: жолдама әлі берілмеген, нөмір алынбаған.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="604"/>
        <source>Issuing the referral…</source>
        <translation>Жолдама берілуде…</translation>
    </message>
    <message numerus="yes">
        <location filename="../referral_dialog.py" line="654"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Басып шығаруға жіберілді: %n бет.</numerusform>
            <numerusform>Басып шығаруға жіберілді: %n бет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="675"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="75"/>
        <source>Save referral as PDF</source>
        <translation>Жолдаманы PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="307"/>
        <source>Loading the settings…</source>
        <translation>Баптаулар жүктелуде…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="307"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="247"/>
        <source>Clinic settings</source>
        <translation>Ұйым баптаулары</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="248"/>
        <source>Clinic</source>
        <translation>Емхана</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="249"/>
        <source>Rule packs</source>
        <translation>Ережелер жинақтары</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Hash</source>
        <translation>Хэш</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Installed</source>
        <translation>Орнатылды</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="252"/>
        <source>Install…</source>
        <translation>Орнату…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="253"/>
        <source>Activate</source>
        <translation>Белсендіру</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="254"/>
        <source>Decisions on</source>
        <translation>Шешімдер күні</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="255"/>
        <source>Preview changes</source>
        <translation>Өзгерістерді алдын ала көру</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="257"/>
        <source>Decisions the selected pack changes</source>
        <translation>Таңдалған жинақ өзгертетін шешімдер</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>With the pack</source>
        <translation>Жинақпен</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>Patients</source>
        <translation>Науқастар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="260"/>
        <source>Examples</source>
        <translation>Мысалдар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="261"/>
        <source>Unconfirmed rules in force today (active pack)</source>
        <translation>Бүгін күшіндегі расталмаған ережелер (белсенді жинақ)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="263"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="263"/>
        <source>In force from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="263"/>
        <source>Why unconfirmed</source>
        <translation>Неге расталмаған</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="264"/>
        <source>Organisation printed on slips</source>
        <translation>Жолдамада басылатын ұйым</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="267"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="267"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="269"/>
        <source>Open the first setup again…</source>
        <translation>Бастапқы баптауды қайта ашу…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="270"/>
        <source>Referral slips</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="272"/>
        <source>Number prefix of this desk</source>
        <translation>Осы орынның нөмір префиксі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="272"/>
        <source>Form code: planned hospitalisation</source>
        <translation>Нысан коды: жоспарлы емдеуге жатқызу</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="273"/>
        <source>Form code: consultation</source>
        <translation>Нысан коды: кеңес</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="273"/>
        <source>Form code: diagnostics</source>
        <translation>Нысан коды: диагностика</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="274"/>
        <source>Form code: emergency</source>
        <translation>Нысан коды: шұғыл көмек</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="274"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="275"/>
        <source>Valid for (days)</source>
        <translation>Жарамдылық мерзімі (күн)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="278"/>
        <source>Latin letters and digits. Every desk that works offline needs its own prefix, so that referral numbers never collide.</source>
        <translation>Латын әріптері мен цифрлар. Желісіз жұмыс істейтін әр орынның өз префиксі болуы керек, сонда жолдама нөмірлері қайталанбайды.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="280"/>
        <source>Referring doctors (the first is the default)</source>
        <translation>Жолдайтын дәрігерлер (біріншісі әдепкі)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="281"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="281"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="282"/>
        <source>Add doctor</source>
        <translation>Дәрігер қосу</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="283"/>
        <source>Remove doctor</source>
        <translation>Дәрігерді өшіру</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="284"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="375"/>
        <source>The setup is saved.</source>
        <translation>Баптау сақталды.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="607"/>
        <location filename="../settings_dialog.py" line="697"/>
        <source>Active rule pack: %1</source>
        <translation>Белсенді ережелер жинағы: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="611"/>
        <source>shipped with the program</source>
        <translation>бағдарламамен бірге жеткізілген</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="613"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="613"/>
        <source>cannot be loaded</source>
        <translation>жүктеу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="657"/>
        <source>Rule pack file</source>
        <translation>Ережелер жинағының файлы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="658"/>
        <source>Rule pack (*.zip)</source>
        <translation>Ережелер жинағы (*.zip)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="665"/>
        <source>Checking the rule pack…</source>
        <translation>Ережелер жинағы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="670"/>
        <source>Installed %1; it is not active until you activate it.</source>
        <translation>%1 орнатылды; оны белсендірмейінше ол қолданылмайды.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="671"/>
        <source>%1 is installed already.</source>
        <translation>%1 бұрын орнатылған.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="684"/>
        <source>Activate the rule pack</source>
        <translation>Ережелер жинағын белсендіру</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="685"/>
        <source>Every desk of this database will decide with %1 from its next patient. Activate it?</source>
        <translation>Осы дерекқордың барлық жұмыс орындары келесі науқастан бастап %1 бойынша шешеді. Белсендіру керек пе?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="713"/>
        <source>Deciding every patient with both packs…</source>
        <translation>Әр науқас екі жинақ бойынша шешілуде…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="725"/>
        <source>%1 patients decided; the decisions of %2 change.</source>
        <translation>%1 науқас тексерілді; %2 науқастың шешімдері өзгереді.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="739"/>
        <source>The preview was cancelled.</source>
        <translation>Алдын ала көру тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="765"/>
        <source>no decision</source>
        <translation>шешім жоқ</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="256"/>
        <location filename="../settings_dialog.py" line="285"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="286"/>
        <source>Backups of the database</source>
        <translation>Дерекқордың сақтық көшірмелері</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="287"/>
        <source>Backup folder</source>
        <translation>Көшірмелер қалтасы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="288"/>
        <source>Last backup</source>
        <translation>Соңғы көшірме</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="289"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="290"/>
        <source>Back up now</source>
        <translation>Қазір көшірмесін жасау</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="478"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="481"/>
        <source>on the server</source>
        <translation>серверде</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="482"/>
        <source>This database is on a PostgreSQL server: it is backed up on the server with pg_dump (see docs/backup.md), not by the desk.</source>
        <translation>Бұл дерекқор PostgreSQL серверінде: оның сақтық көшірмесін тіркеу орны емес, сервердегі pg_dump жасайды (docs/backup.md қараңыз).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="488"/>
        <source>never</source>
        <translation>әлі жасалмаған</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="491"/>
        <source>This database has never been backed up: make a backup now.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі әлі бірде-бір рет жасалмаған: қазір жасаңыз.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="493"/>
        <source>The last backup is more than two days old: make one now, or check that the backup folder is there.</source>
        <translation>Соңғы сақтық көшірме екі күннен бұрын жасалған: қазір жасаңыз немесе көшірмелер қалтасы орнында екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="496"/>
        <source>Backing up…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="537"/>
        <source>Saved as %1</source>
        <translation>%1 ретінде сақталды</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="542"/>
        <source>Folder for backups</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
</context>
</TS>
