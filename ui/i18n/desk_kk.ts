<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../views/access_page.py" line="159"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="160"/>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="161"/>
        <source>Sign in as &amp;someone else</source>
        <translation>&amp;Басқа адам болып кіру</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="163"/>
        <source>An emergency is registered without signing in: press the button or F9.</source>
        <translation>Шұғыл көмек жүйеге кірмей-ақ тіркеледі: батырманы немесе F9 басыңыз.</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="165"/>
        <source>The desk is locked</source>
        <translation>Жұмыс орны бұғатталды</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="167"/>
        <source>Signed in: %1. Type the password to go on; what was typed in open forms is kept.</source>
        <translation>Жүйеде: %1. Жалғастыру үшін құпиясөзді теріңіз; ашық формаларға терілгені сақталады.</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="169"/>
        <source>&amp;Unlock</source>
        <translation>Бұғатты &amp;ашу</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="171"/>
        <source>Tirkeu — sign in</source>
        <translation>Tirkeu — жүйеге кіру</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="172"/>
        <source>Type your login and password.</source>
        <translation>Логин мен құпиясөзіңізді теріңіз.</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="173"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../views/audit_dialog.py" line="214"/>
        <source>Audit trail</source>
        <translation>Әрекеттер журналы</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="215"/>
        <source>&amp;Person (login)</source>
        <translation>&amp;Кім (логин)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="215"/>
        <source>P&amp;atient (IIN or name)</source>
        <translation>&amp;Науқас (ЖСН немесе аты-жөні)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="215"/>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="216"/>
        <source>&amp;From</source>
        <translation>&amp;Басы</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="216"/>
        <source>&amp;To</source>
        <translation>&amp;Соңы</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="219"/>
        <source>any person</source>
        <translation>кез келген адам</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="220"/>
        <source>any patient</source>
        <translation>кез келген науқас</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="222"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="223"/>
        <source>(any kind)</source>
        <translation>(кез келген түрі)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Person</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Patient</source>
        <translation>Науқас</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="227"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="229"/>
        <source>Show &amp;more</source>
        <translation>Тағы көрс&amp;ету</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="230"/>
        <source>&amp;Verify the chain</source>
        <translation>Тізбекті тексер&amp;у</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="231"/>
        <source>Save as &amp;CSV… (Ctrl+S)</source>
        <translation>&amp;CSV ретінде сақтау… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="232"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="291"/>
        <source>No such patient</source>
        <translation>Мұндай науқас жоқ</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="306"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="344"/>
        <source>No events match.</source>
        <translation>Сәйкес оқиға жоқ.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="346"/>
        <source>%1 newest events shown; more below.</source>
        <translation>Ең жаңа %1 оқиға көрсетілді; тағы бар.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="348"/>
        <source>Events: %1.</source>
        <translation>Оқиғалар: %1.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="356"/>
        <source>Checking every event of the trail…</source>
        <translation>Журналдың әр оқиғасы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="378"/>
        <source>Save the events as CSV</source>
        <translation>Оқиғаларды CSV ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="380"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel үшін CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="390"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="396"/>
        <source>Saved %1 events: %2</source>
        <translation>%1 оқиға сақталды: %2</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="402"/>
        <source>Could not save the file: check the folder and try again.</source>
        <translation>Файлды сақтау мүмкін болмады: қалтаны тексеріп, қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../models/conflicts_model.py" line="46"/>
        <source>patient</source>
        <translation>науқас</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="46"/>
        <source>identity document</source>
        <translation>жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="47"/>
        <source>legal status</source>
        <translation>құқықтық мәртебе</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="47"/>
        <source>Fund check</source>
        <translation>Қор тексеруі</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="48"/>
        <source>state category</source>
        <translation>мемлекет сақтандыратын санат</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="48"/>
        <source>payment months</source>
        <translation>төлем айлары</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="49"/>
        <source>condition</source>
        <translation>ауру</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="49"/>
        <source>VHI contract</source>
        <translation>ЕМС шарты</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="50"/>
        <source>visit</source>
        <translation>келу</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="50"/>
        <source>referral</source>
        <translation>жолдама</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="51"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="51"/>
        <source>account</source>
        <translation>есептік жазба</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="52"/>
        <source>consent</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="58"/>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="58"/>
        <source>given name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="59"/>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="59"/>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="60"/>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="60"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="60"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="61"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="61"/>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="62"/>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="62"/>
        <source>voided</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="62"/>
        <source>deleted</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="67"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="67"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="71"/>
        <source>later change</source>
        <translation>кейінгі өзгеріс</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="71"/>
        <source>same IIN</source>
        <translation>бір ЖСН</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="72"/>
        <source>same code</source>
        <translation>бір код</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="72"/>
        <source>same login</source>
        <translation>бір логин</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>Value kept</source>
        <translation>Қалдырылған мән</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="115"/>
        <source>Value overwritten</source>
        <translation>Ауыстырылған мән</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="115"/>
        <source>Kept from</source>
        <translation>Қалдырылғаны қайдан</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="115"/>
        <source>Overwritten from</source>
        <translation>Ауыстырылғаны қайдан</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="116"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../views/consent_dialog.py" line="178"/>
        <source>Consent to personal data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="180"/>
        <source>1. Print the form for the patient to sign</source>
        <translation>1. Науқас қол қоятын нысанды басып шығару</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="181"/>
        <source>&amp;Language of the form</source>
        <translation>Нысанның &amp;тілі</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="182"/>
        <source>&amp;Show the form</source>
        <translation>Нысанды &amp;көрсету</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="183"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="184"/>
        <source>2. Record the signed form</source>
        <translation>2. Қол қойылған нысанды тіркеу</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="185"/>
        <source>Form &amp;number</source>
        <translation>Нысан &amp;нөмірі</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="186"/>
        <source>the number written on the signed paper</source>
        <translation>қол қойылған қағаздағы нөмір</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="187"/>
        <source>Signed &amp;on</source>
        <translation>Қол қойылған &amp;күні</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="188"/>
        <source>Agreed to</source>
        <translation>Келіскені</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="191"/>
        <source>&amp;Record the signed form</source>
        <translation>Қол қойылған нысанды &amp;тіркеу</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="192"/>
        <source>Withdrawal</source>
        <translation>Қайтарып алу</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="194"/>
        <source>On the patient&apos;s written request: the ticked consents end on the date above. Emergency care never needs consent.</source>
        <translation>Науқастың жазбаша өтініші бойынша: белгіленген келісімдер жоғарыдағы күннен бастап тоқтайды. Шұғыл көмекке келісім ешқашан қажет емес.</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="196"/>
        <source>&amp;Withdraw the ticked consents</source>
        <translation>Белгіленген келісімдерді &amp;қайтарып алу</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="198"/>
        <source>The form appears here after «Show the form».</source>
        <translation>Нысан «Нысанды көрсету» басылғаннан кейін осында шығады.</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="203"/>
        <source>Reading the consents…</source>
        <translation>Келісімдер оқылуда…</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="210"/>
        <source>given %1, No. %2</source>
        <translation>берілген %1, № %2</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="213"/>
        <source>withdrawn %1</source>
        <translation>қайтарып алынған %1</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="215"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/consent_dialog.py" line="258"/>
        <source>The form was sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Нысан принтерге жіберілді: %n бет.</numerusform>
            <numerusform>Нысан принтерге жіберілді: %n бет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="289"/>
        <source>Signed form No. %1 recorded.</source>
        <translation>№ %1 қол қойылған нысан тіркелді.</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="296"/>
        <source>Withdraw consent</source>
        <translation>Келісімді қайтарып алу</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="297"/>
        <source>Withdraw the ticked consents from %1? Keep the patient&apos;s written request.</source>
        <translation>Белгіленген келісімдер %1 бастап қайтарып алынсын ба? Науқастың жазбаша өтінішін сақтаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/consent_dialog.py" line="315"/>
        <source>Consent withdrawn: %n scope(s).</source>
        <translation>
            <numerusform>Келісім қайтарып алынды: %n тармақ.</numerusform>
            <numerusform>Келісім қайтарып алынды: %n тармақ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../models/coverage_model.py" line="66"/>
        <location filename="../models/coverage_model.py" line="83"/>
        <source>unknown — check</source>
        <translation>белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="68"/>
        <source>unknown — confirm the status</source>
        <translation>белгісіз — мәртебені нақтылаңыз</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="71"/>
        <source>%1, emergency</source>
        <translation>%1, шұғыл</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="75"/>
        <source>free for %1</source>
        <translation>%1 бойынша тегін</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="76"/>
        <source>%1 for %2</source>
        <translation>%2 бойынша — %1</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="78"/>
        <source>%1; another diagnosis: %2</source>
        <translation>%1; басқа диагнозбен — %2</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="84"/>
        <location filename="../models/coverage_model.py" line="86"/>
        <source>not needed</source>
        <translation>қажет емес</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="87"/>
        <source>needed — on file</source>
        <translation>қажет — бар</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="88"/>
        <source>needed — missing</source>
        <translation>қажет — жоқ</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="112"/>
        <source>The legal status is not recorded: ask for a document and record it. Emergency care is never blocked.</source>
        <translation>Құқықтық мәртебе тіркелмеген: құжатты сұрап, мәртебені тіркеңіз. Шұғыл көмек ешқашан тоқтатылмайды.</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="117"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Жолдама көрсетілсе, %1 есебінен</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="138"/>
        <source>Emergency care</source>
        <translation>Шұғыл көмек</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="138"/>
        <source>Primary care</source>
        <translation>Алғашқы медициналық-санитариялық көмек (МСАК)</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="139"/>
        <source>Specialists and diagnostics</source>
        <translation>Бейінді мамандар мен диагностика</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="140"/>
        <source>Hospital care</source>
        <translation>Стационарлық көмек</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="140"/>
        <source>Other</source>
        <translation>Басқа қызметтер</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="146"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="146"/>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="147"/>
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
        <source>Something went wrong in the desk. What it said was saved is saved; the last action may not have been done. Try it again.</source>
        <translation>Бағдарламада ақау болды. Сақталды деп айтылғанның бәрі сақталған; соңғы әрекет орындалмаған болуы мүмкін. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="31"/>
        <source>If it happens again, tell the administrator the mark %1: the details are in the desk&apos;s log under it. The desk keeps working.</source>
        <translation>Қайталанса, әкімшіге %1 белгісін айтыңыз: толығырақ бағдарлама журналында осы белгімен жазылған. Бағдарлама жұмысын жалғастырады.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="42"/>
        <source>Cannot do that</source>
        <translation>Мұны орындау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>DeskAccess</name>
    <message>
        <location filename="../desk_access.py" line="171"/>
        <source>Type your login.</source>
        <translation>Логиніңізді теріңіз.</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="297"/>
        <source>Signed in: %1</source>
        <translation>Жүйеде: %1</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="381"/>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Пайдаланушылар мен рөлдер…</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="382"/>
        <source>&amp;Lock the desk</source>
        <translation>Жұмыс орнын &amp;бұғаттау</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="383"/>
        <source>Sign &amp;out</source>
        <translation>Жүйеден &amp;шығу</translation>
    </message>
</context>
<context>
    <name>EmergencyConfirm</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="166"/>
        <source>Emergency</source>
        <translation>Шұғыл көмек</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="167"/>
        <source>Record an emergency visit for %1?</source>
        <translation>%1 үшін шұғыл қаралуды тіркеу керек пе?</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="168"/>
        <source>IIN or number: %1 · born %2</source>
        <translation>ЖСН немесе нөмір: %1 · туған күні %2</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="169"/>
        <source>&amp;Yes, for this patient (Enter)</source>
        <translation>&amp;Иә, осы науқасқа (Enter)</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="170"/>
        <source>&amp;Someone else — not identified</source>
        <translation>&amp;Басқа адам — жеке басы анықталмаған</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="171"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="93"/>
        <source>Emergency — patient not identified</source>
        <translation>Шұғыл көмек — науқастың жеке басы анықталмаған</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="96"/>
        <source>Care starts now. Note what you can see; the patient gets a local number and can be identified later.</source>
        <translation>Көмек қазір басталады. Көргеніңізді жазыңыз; науқасқа жергілікті нөмір беріледі, жеке басын кейін анықтауға болады.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="98"/>
        <source>&amp;Sex</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="99"/>
        <source>Approximate &amp;age</source>
        <translation>Шамамен &amp;жасы</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="100"/>
        <source>What is &amp;known</source>
        <translation>Не &amp;белгілі</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="101"/>
        <location filename="../views/emergency_dialog.py" line="105"/>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="102"/>
        <source>e.g. brought by ambulance, name said: Asel</source>
        <translation>мысалы: жедел жәрдеммен әкелінді, аты: Әсел</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="106"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="107"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="109"/>
        <source>&amp;Register emergency</source>
        <translation>Шұғыл көмекті &amp;тіркеу</translation>
    </message>
</context>
<context>
    <name>EmergencyPendingDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="290"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Дерекқорға жазылуды күтетін шұғыл қаралулар: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="289"/>
        <source>Operator: %1</source>
        <translation>Тіркеуші: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="288"/>
        <source>Time: %1</source>
        <translation>Уақыты: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="285"/>
        <source>The database cannot take it right now. The visit is kept on this computer and will be written to the database automatically as soon as it answers.</source>
        <translation>Дерекқор қазір оны қабылдай алмайды. Қаралу осы компьютерде сақталды және дерекқор жауап бере салысымен оған автоматты түрде жазылады.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="283"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Шұғыл қаралу тіркелді — көмек көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="282"/>
        <source>Emergency visit saved on this computer</source>
        <translation>Шұғыл қаралу осы компьютерде сақталды</translation>
    </message>
</context>
<context>
    <name>EmergencyResultDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="226"/>
        <source>Emergency visit recorded</source>
        <translation>Шұғыл қаралу тіркелді</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="227"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Шұғыл қаралу тіркелді — көмек көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="229"/>
        <source>Time: %1</source>
        <translation>Уақыты: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="230"/>
        <source>Operator: %1</source>
        <translation>Тіркеуші: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="232"/>
        <source>Local number: %1</source>
        <translation>Жергілікті нөмір: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="238"/>
        <source>Funding: %1</source>
        <translation>Қаржыландыру: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="240"/>
        <source>Funding: unknown — check</source>
        <translation>Қаржыландыру: белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="247"/>
        <source>Rule pack: %1</source>
        <translation>Ережелер жинағы: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="253"/>
        <source>Emergency &amp;referral slip…</source>
        <translation>Шұғыл &amp;жолдама…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/consent_dialog.py" line="396"/>
        <location filename="../views/consent_dialog.py" line="424"/>
        <source>Export the patient&apos;s data</source>
        <translation>Науқас деректерінің экспорты</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="398"/>
        <source>On the patient&apos;s request: everything stored about the patient (identity, documents, status, insurance, conditions, visits, referrals, consents). The export is recorded in the audit trail.</source>
        <translation>Науқастың өтініші бойынша: науқас туралы сақталғанның бәрі (жеке деректер, құжаттар, мәртебе, сақтандыру, аурулар, келулер, жолдамалар, келісімдер). Экспорт әрекеттер журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="401"/>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="402"/>
        <source>&amp;PDF to read</source>
        <translation>Оқуға арналған &amp;PDF</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="403"/>
        <source>&amp;JSON (for another program)</source>
        <translation>&amp;JSON (басқа бағдарлама үшін)</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="404"/>
        <source>&amp;Language of the PDF</source>
        <translation>PDF &amp;тілі</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="405"/>
        <source>&amp;Save to</source>
        <translation>&amp;Сақтау орны</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="408"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="409"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="410"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="469"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/history_model.py" line="57"/>
        <source>visit</source>
        <translation>келу</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="57"/>
        <source>emergency</source>
        <translation>шұғыл</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="58"/>
        <source>referral</source>
        <translation>жолдама</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="58"/>
        <source>registration</source>
        <translation>тіркеу</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="60"/>
        <source>%1 (voided)</source>
        <translation>%1 (күшін жойған)</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="108"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="108"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="108"/>
        <source>What</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="109"/>
        <source>Patient</source>
        <translation>Науқас</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="109"/>
        <source>IIN / local No.</source>
        <translation>ЖСН / жергілікті нөмір</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="110"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="110"/>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="111"/>
        <source>Referral No.</source>
        <translation>Жолдама нөмірі</translation>
    </message>
</context>
<context>
    <name>HubFetch</name>
    <message>
        <location filename="../sync_panel.py" line="363"/>
        <source>IIN %1 is not on this computer: asking the hub…</source>
        <translation>ЖСН %1 бұл компьютерде жоқ: хабтан сұралуда…</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="372"/>
        <source>Fetched from the hub</source>
        <translation>Хабтан алынды</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="375"/>
        <source>The hub does not know IIN %1 either — F4 registers a new patient</source>
        <translation>ЖСН %1 хабта да жоқ — F4 жаңа науқасты тіркейді</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="383"/>
        <source>The hub cannot be reached now: only this computer&apos;s records were searched. F4 registers a new patient.</source>
        <translation>Хаб қазір қолжетімсіз: тек осы компьютердегі жазбалар ізделді. F4 жаңа науқасты тіркейді.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="387"/>
        <source>The patient could not be fetched from the hub; see the log.</source>
        <translation>Науқасты хабтан алу мүмкін болмады; толығы журналда.</translation>
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
        <location filename="../views/identify_dialog.py" line="67"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="68"/>
        <source>Find the registered patient (IIN or name). The emergency visits move to that patient; register them first with F4 if new.</source>
        <translation>Тіркелген науқасты табыңыз (ЖСН немесе аты-жөні). Шұғыл қаралулар соған ауысады; жаңа болса, алдымен F4 арқылы тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="70"/>
        <source>IIN or name</source>
        <translation>ЖСН немесе аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="71"/>
        <source>&amp;Link visits to this patient</source>
        <translation>Қаралуларды осы науқасқа &amp;байланыстыру</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../views/key_dialog.py" line="81"/>
        <source>Database key</source>
        <translation>Дерекқор кілті</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="83"/>
        <source>The desk&apos;s data is encrypted. Enter the database key (the administrator keeps it).</source>
        <translation>Тіркеу орнының деректері шифрланған. Дерекқор кілтін енгізіңіз (оны әкімші сақтайды).</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="84"/>
        <source>&amp;Key:</source>
        <translation>&amp;Кілт:</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="86"/>
        <source>This key does not open the database. Nothing was changed; check the key and try again.</source>
        <translation>Бұл кілт дерекқорды ашпайды. Ештеңе өзгертілмеді; кілтті тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="88"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="89"/>
        <source>Close the desk</source>
        <translation>Бағдарламаны жабу</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="90"/>
        <source>EMERGENCY (F9)</source>
        <translation>ШҰҒЫЛ (F9)</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="92"/>
        <source>Record an emergency visit of a patient not identified now: it waits on this computer and is written to the database as soon as the key opens it</source>
        <translation>Анықталмаған науқастың шұғыл қаралуын қазір тіркеу: ол осы компьютерде сақталады және кілт дерекқорды ашқан бойда оған жазылады</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="95"/>
        <source>Emergency visits recorded on this computer: %1. They are written to the database as soon as the key opens it; if the desk is closed now, at its next start.</source>
        <translation>Осы компьютерде тіркелген шұғыл қаралулар: %1. Олар кілт дерекқорды ашқан бойда оған жазылады; бағдарлама қазір жабылса — келесі іске қосылғанда.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="762"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Дерекқорға жазылуды күтетін шұғыл қаралулар: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="734"/>
        <source>Emergency visit of %1 written to the database</source>
        <translation>%1 шұғыл қаралуы дерекқорға жазылды</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="394"/>
        <source>Tirkeu — registration desk</source>
        <translation>Тіркеу — тіркеу орны</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395"/>
        <source>&amp;Search (%1):</source>
        <translation>І&amp;здеу (%1):</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>IIN, scanned barcode or name in any spelling</source>
        <translation>ЖСН, штрихкод немесе кез келген жазылуымен аты-жөні</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>New patient (%1)</source>
        <translation>Жаңа науқас (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Referral (%1)</source>
        <translation>Жолдама (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>EMERGENCY (%1)</source>
        <translation>ШҰҒЫЛ (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>Register an emergency visit; works without a patient</source>
        <translation>Шұғыл қаралуды тіркеу; науқас таңдалмаса да жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>Language of the desk</source>
        <translation>Бағдарлама тілі</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>&amp;Desk</source>
        <translation>&amp;Тіркеу орны</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>&amp;New patient</source>
        <translation>&amp;Жаңа науқас</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>&amp;Emergency</source>
        <translation>&amp;Шұғыл көмек</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>&amp;Referral</source>
        <translation>Ж&amp;олдама</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>&amp;Today&apos;s list</source>
        <translation>&amp;Бүгінгі тізім</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <source>&amp;Merge two records of one person…</source>
        <translation>Бір адамның екі жазбасын &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Referral re&amp;gister…</source>
        <translation>Жолдамалар &amp;тізілімі…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>S&amp;ync with the hub…</source>
        <translation>Хабпен с&amp;инхрондау…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="411"/>
        <source>&amp;Audit trail…</source>
        <translation>Әрекеттер &amp;журналы…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>The database is empty. Load synthetic demo patients to try the desk?</source>
        <translation>Дерекқор бос. Бағдарламаны сынау үшін ойдан жасалған демо науқастарды жүктейсіз бе?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>&amp;Load demo data</source>
        <translation>Демо деректерді &amp;жүктеу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>The card of %1 was closed: the search found other people</source>
        <translation>%1 картасы жабылды: іздеу басқа адамдарды тапты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="482"/>
        <source>Recent patients</source>
        <translation>Соңғы науқастар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="485"/>
        <source>— check the digits</source>
        <translation>— цифрларды тексеріңіз</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <source>Found: %1</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="491"/>
        <source>Nothing found — F4 registers a new patient</source>
        <translation>Ештеңе табылмады — F4 жаңа науқасты тіркейді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="494"/>
        <source>%1 — out of date: the server does not answer</source>
        <translation>%1 — ескірген болуы мүмкін: сервер жауап бермейді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="514"/>
        <source>More than %1 found, %2 shown — refine the search</source>
        <translation>%1 астам табылды, %2 көрсетілді — іздеуді нақтылаңыз</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="515"/>
        <source>%2 of %1 shown — refine the search</source>
        <translation>%1 %2 көрсетілді — іздеуді нақтылаңыз</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="566"/>
        <source>No patient with IIN %1 — F4 registers one</source>
        <translation>ЖСН %1 бар науқас жоқ — F4 арқылы тіркеңіз</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="838"/>
        <source>Open one of the two records first, then merge</source>
        <translation>Алдымен екі жазбаның бірін ашыңыз, содан кейін біріктіріңіз</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="965"/>
        <source>Only an administrator opens the sync page</source>
        <translation>Синхрондау бетін тек әкімші ашады</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1030"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1031"/>
        <source>After a new version is installed the database is backed up and upgraded first; on a large database this takes a minute.</source>
        <translation>Жаңа нұсқа орнатылғаннан кейін алдымен дерекқордың сақтық көшірмесі жасалып, ол жаңартылады; үлкен дерекқорда бұл бір минуттай уақыт алады.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1035"/>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1041"/>
        <source>Rules: %1</source>
        <translation>Ережелер: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1042"/>
        <source>not loaded</source>
        <translation>жүктелмеген</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1049"/>
        <source>Insurance data: none</source>
        <translation>Сақтандыру деректері: жоқ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1054"/>
        <source>Insurance data checked: %1</source>
        <translation>Сақтандыру деректері тексерілген: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1095"/>
        <source>The database server does not answer; this works again when it is back. Emergency (F9) still records visits.</source>
        <translation>Дерекқор сервері жауап бермейді; сервер қайта қосылғанда бұл жұмыс істейді. Шұғыл көмек (F9) бәрібір тіркеледі.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1123"/>
        <source>The database server answers again</source>
        <translation>Дерекқор сервері қайта жауап береді</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1134"/>
        <source>No connection to the database server — retrying</source>
        <translation>Дерекқор серверімен байланыс жоқ — қайта қосылуда</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1179"/>
        <location filename="../main_window.py" line="1180"/>
        <source>The database is damaged</source>
        <translation>Дерекқор зақымдалған</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1183"/>
        <source>No backup of this database was found. Call the administrator; emergency visits (F9) are kept on this computer meanwhile.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі табылмады. Әкімшіге хабарласыңыз; оған дейін шұғыл келулер (F9) осы компьютерде сақталады.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1188"/>
        <source>The last backup was made %1 (%2). Restore it now? The damaged database is kept aside, nothing is deleted; what was entered after the backup has to be entered again.</source>
        <translation>Соңғы сақтық көшірме %1 жасалған (%2). Оны қазір қалпына келтіру керек пе? Зақымдалған дерекқор бөлек сақталады, ештеңе жойылмайды; көшірмеден кейін енгізілгенді қайта енгізу керек.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1192"/>
        <source>&amp;Restore the backup</source>
        <translation>Көшірмені &amp;қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1194"/>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1203"/>
        <source>Restoring the backup %1 …</source>
        <translation>%1 сақтық көшірмесі қалпына келтірілуде …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1209"/>
        <source>Restored from %1.</source>
        <translation>%1 көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1211"/>
        <source>The damaged database is kept as %1.</source>
        <translation>Зақымдалған дерекқор %1 ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1000"/>
        <source>Backup made: %1</source>
        <translation>Сақтық көшірме жасалды: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../views/merge_dialog.py" line="108"/>
        <source>Merge two records of one person</source>
        <translation>Бір адамның екі жазбасын біріктіру</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="109"/>
        <source>Find the other record of this person (IIN, number or name). Both records&apos; documents, insurance evidence, conditions, visits and referrals are kept in the one that remains.</source>
        <translation>Осы адамның екінші жазбасын табыңыз (ЖСН, нөмір немесе аты-жөні). Екі жазбаның құжаттары, сақтандыру мәліметтері, аурулары, қаралулары мен жолдамалары қалатын жазбада сақталады.</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="112"/>
        <source>IIN, number or name of the other record</source>
        <translation>Екінші жазбаның ЖСН-і, нөмірі немесе аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="113"/>
        <source>&amp;Which record remains</source>
        <translation>&amp;Қай жазба қалады</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="114"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="116"/>
        <source>Record open now</source>
        <translation>Қазір ашық жазба</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="116"/>
        <source>Other record</source>
        <translation>Екінші жазба</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Local number</source>
        <translation>Жергілікті нөмір</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="119"/>
        <source>Visits</source>
        <translation>Қаралулар</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="119"/>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="119"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="122"/>
        <source>the record open now</source>
        <translation>қазір ашық жазба</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="123"/>
        <source>the other record</source>
        <translation>екінші жазба</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="184"/>
        <source>Merge records</source>
        <translation>Жазбаларды біріктіру</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="185"/>
        <source>Merge the record of %1 (%2) into the record of %3 (%4)?</source>
        <translation>%1 (%2) жазбасын %3 (%4) жазбасына біріктіру керек пе?</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="188"/>
        <source>Visits moved: %1, referrals: %2. The other record is closed and points to the one that remains.</source>
        <translation>Ауыстырылатын қаралулар: %1, жолдамалар: %2. Екінші жазба жабылып, қалатын жазбаға сілтейді.</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="193"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="195"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="410"/>
        <source>Local number</source>
        <translation>Жергілікті нөмір</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="410"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="412"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="413"/>
        <source>Conditions</source>
        <translation>Аурулар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="414"/>
        <source>Visits</source>
        <translation>Қаралулар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="414"/>
        <source>Noted at admission</source>
        <translation>Қабылдауда белгіленді</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="432"/>
        <source>&amp;Identify patient…</source>
        <translation>Жеке басын &amp;анықтау…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="438"/>
        <source>&amp;Coverage on</source>
        <translation>&amp;Қамту күні</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="439"/>
        <source>&amp;Suspected (ICD-10)</source>
        <translation>Күдікті &amp;диагноз (АХЖ-10)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="440"/>
        <source>e.g. C50</source>
        <translation>мысалы, C50</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="444"/>
        <source>&amp;Risk confirmed</source>
        <translation>Қа&amp;уіп расталған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="446"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Талдаулар немесе УДЗ қауіпті көрсетеді: онкологқа немесе гематологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="448"/>
        <source>&amp;Attached here</source>
        <translation>Осында &amp;бекітілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="449"/>
        <location filename="../widgets/patient_card.py" line="955"/>
        <source>Details for administrators</source>
        <translation>Әкімшіге арналған мәліметтер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="451"/>
        <source>Rule ids, sources and notes of the rule pack, for whoever maintains the rules</source>
        <translation>Ережелер жинағының ереже идентификаторлары, дереккөздері мен ескертпелері — ережелерді жүргізетіндерге</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="453"/>
        <source>Find a patient by IIN or name, or press F4 to register one.</source>
        <translation>Науқасты ЖСН немесе аты-жөні бойынша табыңыз, не F4 басып тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="455"/>
        <source>The server does not answer: this card is as it was last read and may be out of date.</source>
        <translation>Сервер жауап бермейді: карта соңғы оқылған күйінде көрсетілген, ескірген болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="514"/>
        <source>No patient open</source>
        <translation>Науқас ашылмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="533"/>
        <source>Visit history (%1)</source>
        <translation>Келулер тарихы (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="546"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="546"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="546"/>
        <source>sex not known</source>
        <translation>жынысы белгісіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="551"/>
        <source>%1 years, born %2, %3</source>
        <translation>%1 жаста, туған күні %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="555"/>
        <source>birth date not known, %1</source>
        <translation>туған күні белгісіз, %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="558"/>
        <source>no IIN</source>
        <translation>ЖСН жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="560"/>
        <source>%1 — valid: born %2, %3</source>
        <translation>%1 — дұрыс: туған күні %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="564"/>
        <source>%1 — not valid</source>
        <translation>%1 — дұрыс емес</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="573"/>
        <location filename="../widgets/patient_card.py" line="574"/>
        <location filename="../widgets/patient_card.py" line="575"/>
        <location filename="../widgets/patient_card.py" line="772"/>
        <location filename="../widgets/patient_card.py" line="773"/>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="581"/>
        <source>Could not be worked out; the details are in the desk&apos;s log.</source>
        <translation>Анықтау мүмкін болмады; толығырақ бағдарлама журналында.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="586"/>
        <source>Legal status: unknown — check</source>
        <translation>Құқықтық мәртебе: белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="600"/>
        <source>full package</source>
        <translation>толық пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="600"/>
        <source>limited package</source>
        <translation>шектеулі пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="603"/>
        <source>own status: %1</source>
        <translation>өз мәртебесі: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="605"/>
        <source>⚠ not confirmed</source>
        <translation>⚠ расталмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="607"/>
        <source>document valid until %1</source>
        <translation>құжат %1 дейін жарамды</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="617"/>
        <source>МӘМС: unknown — check</source>
        <translation>МӘМС: белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="622"/>
        <source>МӘМС: insured</source>
        <translation>МӘМС: сақтандырылған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="624"/>
        <source>МӘМС: not insured</source>
        <translation>МӘМС: сақтандырылмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="626"/>
        <source>МӘМС: unknown</source>
        <translation>МӘМС: белгісіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="628"/>
        <source>Fund answer</source>
        <translation>Қор жауабы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="628"/>
        <source>state category</source>
        <translation>мемлекет сақтандыратын санат</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="629"/>
        <source>contributions</source>
        <translation>жарналар</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="769"/>
        <source>registry import</source>
        <translation>тізілімнен жүктелген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="635"/>
        <source>source: %1</source>
        <translation>дереккөзі: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="424"/>
        <source>&amp;Void the selected line… (Del)</source>
        <translation>Таңдалған жолдың &amp;күшін жою… (Del)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="426"/>
        <source>A visit or referral entered by mistake is voided with a reason; it stays in the history marked voided and its number is never used again.</source>
        <translation>Қателесіп енгізілген қаралудың немесе жолдаманың күші себебі көрсетіліп жойылады; ол тарихта «күшін жойған» белгісімен қалады, нөмірі қайта берілмейді.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="433"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="435"/>
        <source>The patient&apos;s data on the patient&apos;s request, as JSON or PDF (%1)</source>
        <translation>Науқастың өтініші бойынша оның деректері, JSON не PDF түрінде (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="592"/>
        <source>Status unknown — ask for a document</source>
        <translation>Мәртебесі белгісіз — құжат сұраңыз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="642"/>
        <source>⚠ stale — ask the Fund again</source>
        <translation>⚠ ескірген — Қордан қайта сұраңыз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="648"/>
        <source>to regain: pay %1 months × %2 ₸ = %3 ₸</source>
        <translation>қалпына келтіру үшін: %1 ай × %2 ₸ = %3 ₸ төлеу</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>to regain: pay %1 months, %2 ₸ in total</source>
        <translation>қалпына келтіру үшін: %1 ай, барлығы %2 ₸ төлеу</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="659"/>
        <source>⚠ Insurance through contributions ends on %1: without a new payment the patient is not insured from the next month.</source>
        <translation>⚠ Жарналар арқылы сақтандыру %1 аяқталады: жаңа төлем болмаса, науқас келесі айдан бастап сақтандырылмаған.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="669"/>
        <source>Consent: given %1, No. %2</source>
        <translation>Келісім: берілген %1, № %2</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="672"/>
        <source>Consent: given %1</source>
        <translation>Келісім: берілген %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="674"/>
        <source>Consent withdrawn %1</source>
        <translation>Келісім %1 қайтарып алынған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="676"/>
        <source>No consent — print the paper form</source>
        <translation>Келісім жоқ — қағаз нысанын басып шығарыңыз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="684"/>
        <source>Written consent to the processing of personal data (emergency care never needs it)</source>
        <translation>Дербес деректерді өңдеуге жазбаша келісім (шұғыл көмекке ол ешқашан қажет емес)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="686"/>
        <source>If the patient agrees again, print a new form (%1)</source>
        <translation>Науқас қайта келіссе, жаңа нысанды басып шығарыңыз (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="688"/>
        <source>Click or press %1: print the form, record the signed form, or withdraw it</source>
        <translation>Басыңыз немесе %1: нысанды басып шығару, қол қойылған нысанды тіркеу не келісімді қайтарып алу</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="698"/>
        <source>valid until %1</source>
        <translation>%1 дейін жарамды</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="699"/>
        <source>EXPIRED</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="707"/>
        <location filename="../widgets/patient_card.py" line="724"/>
        <source>none recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="710"/>
        <source>not attached</source>
        <translation>бекітілмеген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="712"/>
        <location filename="../widgets/patient_card.py" line="737"/>
        <location filename="../widgets/patient_card.py" line="990"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="715"/>
        <source> (dispensary)</source>
        <translation> (диспансерлік есепте)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="717"/>
        <source>since %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="721"/>
        <source>pregnant</source>
        <translation>жүкті</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="723"/>
        <source>on the palliative list</source>
        <translation>паллиативтік тізімде</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="726"/>
        <source>unknown — check</source>
        <translation>белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="730"/>
        <source>nothing due</source>
        <translation>мерзімі жеткен жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="735"/>
        <source>%1 recorded, %2 emergency; last %3</source>
        <translation>барлығы %1, шұғыл %2; соңғысы %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="741"/>
        <source>approx. %1 years</source>
        <translation>шамамен %1 жаста</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="754"/>
        <source>Insured</source>
        <translation>Сақтандырылған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="754"/>
        <source>Not insured</source>
        <translation>Сақтандырылмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="755"/>
        <source>Insurance unknown</source>
        <translation>Сақтандыру белгісіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="756"/>
        <source>%1: %2 free, %3 paid, %4 need a referral</source>
        <translation>%1 · тегін: %2 · ақылы: %3 · жолдама керек: %4</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="760"/>
        <source>; %1 unknown — check</source>
        <translation>; %1 белгісіз — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="769"/>
        <source>entered at the desk</source>
        <translation>тіркеу орнында енгізілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="770"/>
        <source>shown on the patient&apos;s phone</source>
        <translation>науқастың телефонында көрсетілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="776"/>
        <source>attached to this clinic</source>
        <translation>осы емханаға бекітілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="776"/>
        <source>attached elsewhere</source>
        <translation>басқа ұйымға бекітілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="867"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (C50.9).</source>
        <translation>АХЖ-10 коды емес: латын әрпі, екі цифр, қажет болса нүкте және төрт таңбаға дейін (C50.9).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="869"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Әлеуметтік мәні бар ауруға күдік: 2026 жылдан бастап маман кеңесі мен диагностика тегін (ТМККК).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="881"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="883"/>
        <source>Pre-set from the records: attached to %1, this clinic.</source>
        <translation>Деректер бойынша белгіленген: %1 — осы емханаға бекітілген.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="886"/>
        <source>Pre-set from the records: attached to %1, not to this clinic (%2).</source>
        <translation>Деректер бойынша белгіленген: %1 ұйымына бекітілген, осы емханаға (%2) емес.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="890"/>
        <source>Pre-set: no attachment is recorded for the patient, so the patient is taken as attached here. Untick if attached elsewhere.</source>
        <translation>Алдын ала белгіленген: науқастың бекітілуі жазылмаған, сондықтан осында бекітілген деп саналады. Басқа жерге бекітілген болса, белгіні алыңыз.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="893"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: баптауларда осы емхананың ұйымы көрсетілмеген, сондықтан науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="895"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Науқас осы емханаға бекітілген: акушер-гинекологқа немесе психологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="898"/>
        <source>Changed by hand for this visit.</source>
        <translation>Осы қабылдау үшін қолмен өзгертілді.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="913"/>
        <source>referral</source>
        <translation>жолдама</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="918"/>
        <source>The rules could not decide this service; check it by hand. Emergency care is never blocked.</source>
        <translation>Ережелер бұл қызметті шеше алмады; қолмен тексеріңіз. Шұғыл көмек ешқашан тоқтатылмайды.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="922"/>
        <source>The legal status is not recorded, and who pays for this service depends on it. Ask for a document (ID card, residence permit, kandas or refugee certificate) and record the status. Emergency care is never blocked.</source>
        <translation>Құқықтық мәртебе тіркелмеген, ал бұл қызметті кім төлейтіні соған байланысты. Құжатты сұраңыз (жеке куәлік, ықтиярхат, қандас немесе босқын куәлігі) және мәртебені тіркеңіз. Шұғыл көмек ешқашан тоқтатылмайды.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="929"/>
        <source>%1 only for a visit for %2; for another diagnosis: %3. A referral names its diagnosis.</source>
        <translation>%1 — тек %2 бойынша қаралғанда; басқа диагнозбен — %3. Жолдамада диагноз көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="936"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Жолдама көрсетілсе, %1 есебінен</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="954"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="954"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="960"/>
        <source>Rule pack: not loaded</source>
        <translation>Ережелер жинағы: жүктелмеген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="963"/>
        <source>Pack version: %1</source>
        <translation>Жинақ нұсқасы: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="964"/>
        <source>Content hash: %1</source>
        <translation>Мазмұн хеші: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Rule id</source>
        <translation>Ереже идентификаторы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="969"/>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="969"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="982"/>
        <source>Unconfirmed rules in force on %1</source>
        <translation>%1 күні күшіндегі расталмаған ережелер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="993"/>
        <source>Unconfirmed entries of the condition lists</source>
        <translation>Аурулар тізімдерінің расталмаған жазбалары</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="943"/>
        <source>Rule pack</source>
        <translation>Ережелер жинағы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="412"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="413"/>
        <source>Screenings due</source>
        <translation>Өтуі тиіс скринингтер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="418"/>
        <source>Since</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="419"/>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="420"/>
        <source>Attachment (PHC)</source>
        <translation>МСАК-қа бекітілуі</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="421"/>
        <source>Patient data</source>
        <translation>Науқас деректері</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="422"/>
        <source>Visit history</source>
        <translation>Келулер тарихы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="423"/>
        <source>&amp;Edit data</source>
        <translation>Деректерді &amp;өзгерту</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="428"/>
        <source>МӘМС from the &amp;phone…</source>
        <translation>МӘМС: &amp;телефоннан…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="430"/>
        <source>Record what the patient&apos;s phone shows (eGov Mobile, Qoldau, Damumed, a bank app, the Fund&apos;s site): %1, then Y — insured, N — not insured</source>
        <translation>Науқастың телефонында көрсетілгенді жазу (eGov Mobile, Qoldau, Damumed, банк қосымшасы, Қор сайты): %1, содан кейін Y — сақтандырылған, N — сақтандырылмаған</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="640"/>
        <source>category shown: %1</source>
        <translation>көрсетілген санат: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="943"/>
        <source>not loaded</source>
        <translation>жүктелмеген</translation>
    </message>
</context>
<context>
    <name>PhoneEvidenceDialog</name>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="109"/>
        <source>МӘМС status shown on the patient&apos;s phone</source>
        <translation>Науқастың телефонындағы МӘМС мәртебесі</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="111"/>
        <source>Press Y if the phone shows the patient insured, N if not insured. The date and the channel are pre-set; choose the category if the phone shows one.</source>
        <translation>Телефонда науқас сақтандырылған болса — Y, сақтандырылмаған болса — N басыңыз. Күні мен дереккөзі алдын ала қойылған; телефонда санат көрсетілсе, оны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="113"/>
        <source>&amp;Shown in</source>
        <translation>&amp;Қайда көрсетілген</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="114"/>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="115"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Санат</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="118"/>
        <source>not shown</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="121"/>
        <source>Y — insured</source>
        <translation>Y — сақтандырылған</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="122"/>
        <source>N — not insured</source>
        <translation>N — сақтандырылмаған</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReferralRegisterDialog</name>
    <message>
        <location filename="../views/referral_register.py" line="182"/>
        <source>Referral register</source>
        <translation>Жолдамалар тізілімі</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;Number</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;From</source>
        <translation>&amp;Басы</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;To</source>
        <translation>&amp;Соңы</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="184"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Қызмет</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="187"/>
        <source>any part, e.g. 000042</source>
        <translation>кез келген бөлігі, мыс. 000042</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="188"/>
        <source>IIN or local number</source>
        <translation>ЖСН немесе жергілікті нөмір</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="190"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="191"/>
        <source>(any service)</source>
        <translation>(кез келген қызмет)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="194"/>
        <source>Show voided</source>
        <translation>Жойылғандарды көрсету</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="195"/>
        <source>&amp;Print a copy… (Enter, Ctrl+P)</source>
        <translation>Көшірмесін басып &amp;шығару… (Enter, Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="196"/>
        <source>V&amp;oid… (Del)</source>
        <translation>Ж&amp;ою… (Del)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="197"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="199"/>
        <source>Choose a referral to see its slip.</source>
        <translation>Жолдаманы көру үшін тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="229"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="263"/>
        <source>Referrals found: %1 (the newest %2 are listed)</source>
        <translation>Табылған жолдамалар: %1 (ең жаңа %2 көрсетілген)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="266"/>
        <source>Referrals found: %1</source>
        <translation>Табылған жолдамалар: %1</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="312"/>
        <source>Printing a copy…</source>
        <translation>Көшірмесі басып шығарылуда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/referral_register.py" line="321"/>
        <source>Copy of No. %1 sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>№ %1 көшірмесі принтерге жіберілді: %n бет.</numerusform>
            <numerusform>№ %1 көшірмесі принтерге жіберілді: %n бет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="344"/>
        <source>Referral No. %1 voided.</source>
        <translation>№ %1 жолдама жойылды.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../models/register_model.py" line="73"/>
        <source>%1 (emergency)</source>
        <translation>%1 (шұғыл)</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="80"/>
        <source>VOIDED</source>
        <translation>ЖОЙЫЛДЫ</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="80"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="84"/>
        <source>Voided %1 by %2. Reason: %3</source>
        <translation>Жойылды: %1, %2. Себебі: %3</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="120"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="120"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="121"/>
        <source>Patient</source>
        <translation>Науқас</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="121"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="122"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="122"/>
        <source>Referred to</source>
        <translation>Қайда жолданды</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="123"/>
        <source>Copies</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="123"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../views/registration_dialog.py" line="355"/>
        <source>Edit patient</source>
        <translation>Науқас деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="355"/>
        <source>New patient</source>
        <translation>Жаңа науқас</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="357"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>&amp;Patronymic</source>
        <translation>Ә&amp;кесінің аты</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="361"/>
        <source>Surname (Latin)</source>
        <translation>Тегі (латын)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="361"/>
        <source>Given name (Latin)</source>
        <translation>Аты (латын)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>&amp;Birth date</source>
        <translation>Туған &amp;күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>Se&amp;x</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Citizenship (ISO code)</source>
        <translation>Азаматтығы (ISO коды)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Attached PHC</source>
        <translation>Бекітілген МСАК</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Legal s&amp;tatus</source>
        <translation>Құқықтық &amp;мәртебе</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Status since</source>
        <translation>Мәртебе басталған күн</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="366"/>
        <source>Parent&apos;s status (child on a parent&apos;s permit)</source>
        <translation>Ата-анасының мәртебесі (ата-анасының ықтиярхаты бойынша бала)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="367"/>
        <source>Kandas since</source>
        <translation>Қандас мәртебесі берілген күн</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Fund answer</source>
        <translation>Қор жауабы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="369"/>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="369"/>
        <source>Earlier answers</source>
        <translation>Бұрынғы жауаптар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="370"/>
        <source>VHI contract valid until</source>
        <translation>ЕМС шарты жарамды</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="374"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="378"/>
        <source>12 digits; birth date and sex are filled from it</source>
        <translation>12 цифр; туған күні мен жынысы осыдан толтырылады</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Identity</source>
        <translation>Жеке басы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Documents and status</source>
        <translation>Құжаттар мен мәртебе</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>Insurance</source>
        <translation>Сақтандыру</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>Conditions</source>
        <translation>Аурулар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="382"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="382"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="383"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="383"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="383"/>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="384"/>
        <source>Valid until</source>
        <translation>Жарамды мерзімі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="385"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="385"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="385"/>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="386"/>
        <source>Payer</source>
        <translation>Төлеуші</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="386"/>
        <source>First month (yyyy-mm)</source>
        <translation>Бірінші ай (жжжж-аа)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="387"/>
        <source>Last month (yyyy-mm)</source>
        <translation>Соңғы ай (жжжж-аа)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="388"/>
        <source>ICD-10</source>
        <translation>АХЖ-10</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="388"/>
        <source>Since</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="388"/>
        <source>Dispensary</source>
        <translation>Диспансерлік есеп</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="389"/>
        <source>State-insured categories</source>
        <translation>Мемлекет сақтандыратын санаттар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="390"/>
        <source>Contributions paid</source>
        <translation>Төленген жарналар</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="391"/>
        <source>Pregnant</source>
        <translation>Жүкті</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="392"/>
        <source>On the palliative list</source>
        <translation>Паллиативтік тізімде</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="393"/>
        <source>From &amp;documents</source>
        <translation>&amp;Құжаттардан</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="394"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="395"/>
        <source>&amp;Open the registered patient</source>
        <translation>Тіркелген науқасты &amp;ашу</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="396"/>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="396"/>
        <location filename="../views/registration_dialog.py" line="491"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="397"/>
        <location filename="../views/registration_dialog.py" line="491"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="398"/>
        <source>not asked</source>
        <translation>сұралмаған</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="398"/>
        <source>insured</source>
        <translation>сақтандырылған</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="399"/>
        <source>not insured</source>
        <translation>сақтандырылмаған</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="400"/>
        <source>Fund service</source>
        <translation>Қор сервисі</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="401"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="401"/>
        <source>paper</source>
        <translation>қағаз</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="479"/>
        <source>No IIN: the patient gets a local number.</source>
        <translation>ЖСН жоқ: науқасқа жергілікті нөмір беріледі.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="483"/>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="492"/>
        <source>valid: born %1, %2</source>
        <translation>дұрыс: туған күні %1, %2</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="521"/>
        <source>birth date differs from the IIN (%1)</source>
        <translation>туған күні ЖСН-мен сәйкес емес (%1)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="524"/>
        <source>sex differs from the IIN</source>
        <translation>жынысы ЖСН-мен сәйкес емес</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="560"/>
        <source>Possible duplicates — check before saving:</source>
        <translation>Қайталануы мүмкін — сақтамас бұрын тексеріңіз:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="580"/>
        <source>Possible duplicate</source>
        <translation>Қайталануы мүмкін</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="581"/>
        <source>This person may be registered already:</source>
        <translation>Бұл адам бұрын тіркелген болуы мүмкін:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="583"/>
        <source>Open the registered patient, or save a second record anyway?</source>
        <translation>Тіркелген науқасты ашасыз ба, әлде бәрібір екінші жазба сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="586"/>
        <source>Open the registered patient</source>
        <translation>Тіркелген науқасты ашу</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="588"/>
        <source>Save as a new patient</source>
        <translation>Жаңа науқас ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="590"/>
        <source>Back to the form</source>
        <translation>Нысанға оралу</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="610"/>
        <location filename="../views/registration_dialog.py" line="617"/>
        <source>Not a date: %1 (write dd.mm.yyyy)</source>
        <translation>Күн емес: %1 (кк.аа.жжжж түрінде жазыңыз)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="693"/>
        <source>Legal status</source>
        <translation>Құқықтық мәртебе</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="694"/>
        <source>The legal status is not filled in.</source>
        <translation>Құқықтық мәртебе толтырылмаған.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="696"/>
        <source>Without it the desk cannot say who pays for planned care: the card will show &quot;status unknown — ask for a document&quot;. Emergency care is never blocked.</source>
        <translation>Онсыз жоспарлы көмекті кім төлейтінін анықтау мүмкін емес: карточкада «мәртебесі белгісіз — құжат сұраңыз» деп көрсетіледі. Шұғыл көмек ешқашан тоқтатылмайды.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="698"/>
        <source>Fill in the &amp;status</source>
        <translation>&amp;Мәртебені толтыру</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="700"/>
        <source>Save with status &amp;unknown</source>
        <translation>Мәртебе белгісіз күйінде &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../models/results_model.py" line="59"/>
        <source>M</source>
        <comment>sex, short</comment>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="59"/>
        <source>F</source>
        <comment>sex, short</comment>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="77"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="88"/>
        <source>Local number (no IIN)</source>
        <translation>Жергілікті нөмір (ЖСН жоқ)</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="97"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="97"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="98"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="98"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="98"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../views/setup_dialog.py" line="280"/>
        <source>Tirkeu — first setup</source>
        <translation>Тіркеу — бастапқы баптау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="281"/>
        <source>Setting up this desk</source>
        <translation>Осы тіркеу орнын баптау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="283"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="283"/>
        <source>Clinic name (&amp;Kazakh)</source>
        <translation>Емхана атауы (&amp;қазақша)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="284"/>
        <source>Clinic name (&amp;Russian)</source>
        <translation>Емхана атауы (&amp;орысша)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="284"/>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="284"/>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="285"/>
        <source>&amp;Phone</source>
        <translation>Т&amp;елефоны</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="287"/>
        <source>Where the data lives</source>
        <translation>Деректер қайда сақталады</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="288"/>
        <source>On this &amp;computer</source>
        <translation>Осы &amp;компьютерде</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="289"/>
        <source>On the clinic&apos;s &amp;PostgreSQL server</source>
        <translation>Емхананың &amp;PostgreSQL серверінде</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="290"/>
        <source>Server &amp;address</source>
        <translation>Сервердің &amp;мекенжайы</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="291"/>
        <source>&amp;Test the connection</source>
        <translation>Қосылуды &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="292"/>
        <source>&amp;Hub to sync with (optional)</source>
        <translation>Синхрондалатын &amp;хаб (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="293"/>
        <source>Test the h&amp;ub</source>
        <translation>Хабты &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="295"/>
        <source>The clinic&apos;s or region&apos;s PostgreSQL server this desk exchanges its changes with. The desk keeps working on this computer when the hub cannot be reached. A hub named, changed or cleared here is used as soon as the setup is saved.</source>
        <translation>Осы жұмыс орны өзгерістерімен алмасатын емхананың не өңірдің PostgreSQL сервері. Хаб қолжетімсіз болса да, жұмыс орны осы компьютерде жұмысын жалғастырады. Мұнда көрсетілген, өзгертілген не өшірілген хаб баптау сақталған бойда қолданылады.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="298"/>
        <source>This desk</source>
        <translation>Осы тіркеу орны</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="299"/>
        <source>Site p&amp;refix</source>
        <translation>Нөмір &amp;префиксі</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="300"/>
        <source>Pap&amp;er of the slips</source>
        <translation>Жолдамалардың &amp;қағазы</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="302"/>
        <source>Begins every number this desk hands out (referrals, patients without an IIN). Each desk of the clinic needs its own.</source>
        <translation>Осы тіркеу орны беретін әр нөмірдің басы (жолдамалар, ЖСН-сыз науқастар). Емхананың әр тіркеу орнының өз префиксі болуы керек.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="305"/>
        <source>The administrator manages the desk&apos;s settings and, once sign-in is switched on, the accounts of the receptionists. Keep the password in a safe place.</source>
        <translation>Әкімші тіркеу орнының баптауларын, ал жүйеге кіру қосылғанда тіркеушілердің есептік жазбаларын басқарады. Құпиясөзді сенімді жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="308"/>
        <source>Full &amp;name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="308"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="308"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="309"/>
        <source>Repeat the passwo&amp;rd</source>
        <translation>Құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="311"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="312"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="330"/>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="330"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="332"/>
        <source>Step %1 of %2</source>
        <translation>%2 қадамның %1-і</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="466"/>
        <source>Connecting to the hub…</source>
        <translation>Хабқа қосылуда…</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="476"/>
        <source>The hub answers. It has no desk data yet: the first sync makes it.</source>
        <translation>Хаб жауап береді. Онда жұмыс орнының деректері әлі жоқ: оларды бірінші синхрондау жасайды.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="478"/>
        <source>The hub answers. Prefixes other desks use there: %1.</source>
        <translation>Хаб жауап береді. Ондағы басқа жұмыс орындарының префикстері: %1.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="480"/>
        <source>The desk syncs with it as soon as the setup is saved.</source>
        <translation>Жұмыс орны онымен баптау сақталған бойда синхрондала бастайды.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="506"/>
        <source>Another desk of this database already numbers with %1: choose another prefix.</source>
        <translation>Осы дерекқордың басқа тіркеу орны %1 префиксін пайдаланады: басқа префикс таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="513"/>
        <source>Connecting to the server…</source>
        <translation>Серверге қосылуда…</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="522"/>
        <source>Connected. The server has no desk data yet: it is created when the setup finishes.</source>
        <translation>Қосылды. Серверде әзірге деректер жоқ: олар баптау аяқталғанда құрылады.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="525"/>
        <source>Connected. Prefixes other desks use: %1.</source>
        <translation>Қосылды. Басқа тіркеу орындарының префикстері: %1.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="560"/>
        <source>Saving the setup…</source>
        <translation>Баптау сақталуда…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync_panel.py" line="302"/>
        <source>Hub: %1</source>
        <translation>Хаб: %1</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="307"/>
        <source>Conflicts logged: %1</source>
        <translation>Жазылған қайшылықтар: %1</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="308"/>
        <source>Details: Desk → Sync with the hub (%1)</source>
        <translation>Толығы: Жұмыс орны → Хабпен синхрондау (%1)</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../views/sync_dialog.py" line="112"/>
        <source>Sync with the hub</source>
        <translation>Хабпен синхрондау</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="113"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="114"/>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="115"/>
        <source>Last sync:</source>
        <translation>Соңғы синхрондау:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="116"/>
        <source>Waiting to be sent:</source>
        <translation>Жіберуді күтуде:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="117"/>
        <source>Last errors:</source>
        <translation>Соңғы қателер:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="118"/>
        <source>&amp;Sync now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="119"/>
        <source>Compare and &amp;merge…</source>
        <translation>Салыстырып, &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="120"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="120"/>
        <source>Other record</source>
        <translation>Екінші жазба</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="121"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="122"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="129"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="140"/>
        <source>The sync state could not be read; see the log.</source>
        <translation>Синхрондау күйін оқу мүмкін болмады; журналды қараңыз.</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="149"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="151"/>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="160"/>
        <source>No errors</source>
        <translation>Қате жоқ</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="163"/>
        <source>Conflicts (%1): the value kept everywhere and the one overwritten</source>
        <translation>Қайшылықтар (%1): барлық жерде қалдырылған мән және ауыстырылғаны</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="168"/>
        <source>Registered without an IIN at two desks, perhaps one person (%1): compare them and merge</source>
        <translation>ЖСН-сіз екі тіркеу орнында тіркелген, бір адам болуы мүмкін (%1): салыстырып, біріктіріңіз</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="192"/>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
</context>
<context>
    <name>TodayDialog</name>
    <message>
        <location filename="../views/today_dialog.py" line="88"/>
        <source>Today&apos;s list</source>
        <translation>Бүгінгі тізім</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="89"/>
        <source>&amp;Day</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="91"/>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="92"/>
        <location filename="../views/today_dialog.py" line="130"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="107"/>
        <source>Visits: %1, emergencies: %2, referrals: %3, registrations: %4</source>
        <translation>Келулер: %1, шұғыл: %2, жолдамалар: %3, тіркелгендер: %4</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="122"/>
        <source>Today&apos;s list — print</source>
        <translation>Бүгінгі тізім — басып шығару</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="128"/>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="148"/>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>Принтерге жіберілді: %1 бет.</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="158"/>
        <source>Save the list as CSV</source>
        <translation>Тізімді CSV ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="159"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel үшін CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="171"/>
        <source>Could not save the file: check the folder and try again.</source>
        <translation>Файл сақталмады: қалтаны тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="173"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../views/users_dialog.py" line="160"/>
        <source>Users and roles</source>
        <translation>Пайдаланушылар мен рөлдер</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="161"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="162"/>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="163"/>
        <source>Sign-in and lock</source>
        <translation>Кіру және бұғаттау</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="166"/>
        <source>Last sign-in</source>
        <translation>Соңғы кіруі</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="167"/>
        <source>Selected user</source>
        <translation>Таңдалған пайдаланушы</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="168"/>
        <source>new password</source>
        <translation>жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="169"/>
        <source>Set &amp;password</source>
        <translation>&amp;Құпиясөз орнату</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="170"/>
        <source>Change &amp;role</source>
        <translation>&amp;Рөлін өзгерту</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="171"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="172"/>
        <source>Full &amp;name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="172"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="173"/>
        <source>Ro&amp;le</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="173"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="175"/>
        <source>&amp;Add user</source>
        <translation>Пайдаланушы &amp;қосу</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="177"/>
        <source>What each role may do. A change applies from the next sign-in. Emergency visits need no permission.</source>
        <translation>Әр рөлге не рұқсат етілген. Өзгеріс келесі кіруден бастап күшіне енеді. Шұғыл көмекке рұқсат қажет емес.</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="179"/>
        <source>&amp;Save the roles</source>
        <translation>Рөлдерді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="181"/>
        <source>Wrong passwords before the lockout</source>
        <translation>Бұғаттауға дейінгі қате құпиясөз саны</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="181"/>
        <source>Lockout, minutes</source>
        <translation>Бұғаттау, минут</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="182"/>
        <source>Lock the desk after idle minutes</source>
        <translation>Әрекетсіз қанша минуттан соң бұғаттау</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="184"/>
        <source>Save the &amp;settings</source>
        <translation>Баптауларды &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="230"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="230"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="256"/>
        <source>Switch o&amp;n</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="257"/>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="291"/>
        <source>User %1 added</source>
        <translation>%1 пайдаланушысы қосылды</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="298"/>
        <source>New password of %1 set</source>
        <translation>%1 үшін жаңа құпиясөз орнатылды</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="304"/>
        <source>Role of %1 changed</source>
        <translation>%1 рөлі өзгертілді</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="311"/>
        <source>%1 switched on</source>
        <translation>%1 қосылды</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="312"/>
        <source>%1 switched off</source>
        <translation>%1 өшірілді</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="331"/>
        <source>Roles saved: they apply from the next sign-in</source>
        <translation>Рөлдер сақталды: келесі кіруден бастап күшіне енеді</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="338"/>
        <source>Settings saved</source>
        <translation>Баптаулар сақталды</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../views/void_dialog.py" line="68"/>
        <source>Void referral No. %1 of %2? The number is not used again; the register keeps the referral marked voided, and a reprint is marked voided too.</source>
        <translation>%2 науқасқа берілген № %1 жолдама жойылсын ба? Нөмір қайта берілмейді; тізілімде жолдама «жойылды» белгісімен қалады, қайта басылған данасында да сол белгі болады.</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="79"/>
        <source>Void the visit %1? It stays in the history marked voided.</source>
        <translation>%1 қаралуы жойылсын ба? Ол тарихта «жойылды» белгісімен қалады.</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="90"/>
        <source>Void</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="92"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Себебі (міндетті):</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="93"/>
        <source>e.g. issued to the wrong patient</source>
        <translation>мыс., басқа науқасқа берілді</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="94"/>
        <source>&amp;Void</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="103"/>
        <source>Write the reason first.</source>
        <translation>Алдымен себебін жазыңыз.</translation>
    </message>
</context>
</TS>
