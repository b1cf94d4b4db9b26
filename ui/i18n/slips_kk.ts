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
        <location filename="../referral_dialog.py" line="218"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="219"/>
        <source>Patient</source>
        <translation>Науқас</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="219"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="219"/>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="220"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Диагноз (АХЖ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="220"/>
        <source>Diagnosis text</source>
        <translation>Диагноз мәтіні</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="221"/>
        <source>Suspected (ICD-10)</source>
        <translation>Күдікті диагноз (АХЖ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="222"/>
        <source>Refer to</source>
        <translation>Қайда жолданады</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="222"/>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="222"/>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="223"/>
        <source>Referring doctor</source>
        <translation>Жолдаған дәрігер</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="226"/>
        <source>e.g. K80.1</source>
        <translation>мысалы, K80.1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="227"/>
        <source>e.g. C50</source>
        <translation>мысалы, C50</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="229"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Әлеуметтік мәні бар ауруға күдік: 2026 жылдан бастап маман кеңесі мен диагностика тегін (ТМККК).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Risk confirmed</source>
        <translation>Қауіп расталған</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="233"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Талдаулар немесе УДЗ қауіпті көрсетеді: онкологқа немесе гематологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="235"/>
        <source>Attached here</source>
        <translation>Осында бекітілген</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="236"/>
        <source>e.g. oncologist</source>
        <translation>мысалы, онколог</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="237"/>
        <source>(not specified)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="238"/>
        <source>Planned</source>
        <translation>Жоспарлы</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="238"/>
        <source>Urgent</source>
        <translation>Кезек күттірмейтін</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="239"/>
        <source>Emergency</source>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="242"/>
        <source>Preview (F5)</source>
        <translation>Алдын ала қарау (F5)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="243"/>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="244"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Басып шығару… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="245"/>
        <source>Save PDF… (Ctrl+S)</source>
        <translation>PDF сақтау… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="246"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="286"/>
        <source>Loading the patient…</source>
        <translation>Науқас деректері жүктелуде…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="290"/>
        <source>No patient selected: choose a patient first.</source>
        <translation>Науқас таңдалмаған: алдымен науқасты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="293"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="334"/>
        <source>Code format is correct.</source>
        <translation>Код пішімі дұрыс.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="335"/>
        <location filename="../referral_dialog.py" line="363"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (K80.1).</source>
        <translation>АХЖ-10 коды емес: латын әрпі, екі цифр, қажет болса нүкте және төрт таңбаға дейін (K80.1).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="373"/>
        <source>Pre-set from the records: attached to this clinic.</source>
        <translation>Деректер бойынша белгіленген: осы емханаға бекітілген.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="374"/>
        <source>Pre-set from the records: attached to another organisation (%1).</source>
        <translation>Деректер бойынша белгіленген: басқа ұйымға (%1) бекітілген.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="375"/>
        <source>Pre-set: no attachment is recorded, so the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: бекітілуі жазылмаған, сондықтан науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="377"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: баптауларда осы емхананың ұйымы көрсетілмеген, сондықтан науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="380"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Алдын ала белгіленген: науқас осында бекітілген деп саналады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="385"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Науқас осы емханаға бекітілген: акушер-гинекологқа немесе психологқа жолдамасыз қаралуға болады.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="388"/>
        <source>Changed by hand for this visit.</source>
        <translation>Осы қабылдау үшін қолмен өзгертілді.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="438"/>
        <source>no referral needed</source>
        <translation>жолдама қажет емес</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="439"/>
        <source>needs a referral: this one</source>
        <translation>жолдама қажет: осы жолдама</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="440"/>
        <source>needs a referral</source>
        <translation>жолдама қажет</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="449"/>
        <source>Referral No. %1 issued.</source>
        <translation>№ %1 жолдама берілді.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="509"/>
        <source>The referral could not be made: %1</source>
        <translation>Жолдаманы жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="520"/>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="529"/>
        <source>Preview: not issued yet, no number taken.</source>
        <translation>Алдын ала қарау: жолдама әлі берілмеген, нөмір алынбаған.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="542"/>
        <source>Issuing the referral…</source>
        <translation>Жолдама берілуде…</translation>
    </message>
    <message numerus="yes">
        <location filename="../referral_dialog.py" line="591"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Басып шығаруға жіберілді: %n бет.</numerusform>
            <numerusform>Басып шығаруға жіберілді: %n бет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="612"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="73"/>
        <source>Save referral as PDF</source>
        <translation>Жолдаманы PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="199"/>
        <source>Loading the settings…</source>
        <translation>Баптаулар жүктелуде…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="199"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source>Clinic settings</source>
        <translation>Ұйым баптаулары</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158"/>
        <source>Organisation printed on slips</source>
        <translation>Жолдамада басылатын ұйым</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161"/>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>Referral slips</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="165"/>
        <source>Number prefix of this desk</source>
        <translation>Осы орынның нөмір префиксі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="165"/>
        <source>Form code: planned hospitalisation</source>
        <translation>Нысан коды: жоспарлы емдеуге жатқызу</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Form code: consultation</source>
        <translation>Нысан коды: кеңес</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Form code: diagnostics</source>
        <translation>Нысан коды: диагностика</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Form code: emergency</source>
        <translation>Нысан коды: шұғыл көмек</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="168"/>
        <source>Valid for (days)</source>
        <translation>Жарамдылық мерзімі (күн)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="171"/>
        <source>Latin letters and digits. Every desk that works offline needs its own prefix, so that referral numbers never collide.</source>
        <translation>Латын әріптері мен цифрлар. Желісіз жұмыс істейтін әр орынның өз префиксі болуы керек, сонда жолдама нөмірлері қайталанбайды.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="173"/>
        <source>Referring doctors (the first is the default)</source>
        <translation>Жолдайтын дәрігерлер (біріншісі әдепкі)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="174"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="174"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="175"/>
        <source>Add doctor</source>
        <translation>Дәрігер қосу</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="176"/>
        <source>Remove doctor</source>
        <translation>Дәрігерді өшіру</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="177"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="178"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="179"/>
        <source>Backups of the database</source>
        <translation>Дерекқордың сақтық көшірмелері</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="180"/>
        <source>Backup folder</source>
        <translation>Көшірмелер қалтасы</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="181"/>
        <source>Last backup</source>
        <translation>Соңғы көшірме</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="182"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183"/>
        <source>Back up now</source>
        <translation>Қазір көшірмесін жасау</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="336"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="339"/>
        <source>on the server</source>
        <translation>серверде</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="340"/>
        <source>This database is on a PostgreSQL server: it is backed up on the server with pg_dump (see docs/backup.md), not by the desk.</source>
        <translation>Бұл дерекқор PostgreSQL серверінде: оның сақтық көшірмесін тіркеу орны емес, сервердегі pg_dump жасайды (docs/backup.md қараңыз).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="346"/>
        <source>never</source>
        <translation>әлі жасалмаған</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="349"/>
        <source>This database has never been backed up: make a backup now.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі әлі бірде-бір рет жасалмаған: қазір жасаңыз.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="351"/>
        <source>The last backup is more than two days old: make one now, or check that the backup folder is there.</source>
        <translation>Соңғы сақтық көшірме екі күннен бұрын жасалған: қазір жасаңыз немесе көшірмелер қалтасы орнында екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="354"/>
        <source>Backing up…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="395"/>
        <source>Saved as %1</source>
        <translation>%1 ретінде сақталды</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="400"/>
        <source>Folder for backups</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
</context>
</TS>
