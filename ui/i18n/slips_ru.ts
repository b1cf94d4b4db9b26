<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../pdf_preview.py" line="37" />
        <source>The slip appears here after Preview.</source>
        <translation>Направление появится здесь после предпросмотра.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../referral_dialog.py" line="197" />
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="198" />
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="198" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="198" />
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="199" />
        <source>Diagnosis (ICD-10)</source>
        <translation>Диагноз (МКБ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="199" />
        <source>Diagnosis text</source>
        <translation>Текст диагноза</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="200" />
        <source>Refer to</source>
        <translation>Куда направляется</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="200" />
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="200" />
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="201" />
        <source>Referring doctor</source>
        <translation>Направивший врач</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="204" />
        <source>e.g. K80.1</source>
        <translation>например, K80.1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="205" />
        <source>(not specified)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="206" />
        <source>Planned</source>
        <translation>Плановая</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="206" />
        <source>Urgent</source>
        <translation>Неотложная</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="207" />
        <source>Emergency</source>
        <translation>Экстренная</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="210" />
        <source>Preview (F5)</source>
        <translation>Предпросмотр (F5)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="211" />
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="212" />
        <source>Print… (Ctrl+P)</source>
        <translation>Печать… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="213" />
        <source>Save PDF… (Ctrl+S)</source>
        <translation>Сохранить PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="214" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="228" />
        <source>Loading the patient…</source>
        <translation>Загрузка данных пациента…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231" />
        <source>No patient selected: choose a patient first.</source>
        <translation>Пациент не выбран: сначала выберите пациента.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="234" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="271" />
        <source>Code format is correct.</source>
        <translation>Формат кода верный.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="272" />
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (K80.1).</source>
        <translation>Это не код МКБ-10: латинская буква, две цифры, при необходимости точка и до четырёх знаков (K80.1).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="308" />
        <source>Referral No. %1 issued.</source>
        <translation>Направление № %1 выдано.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="351" />
        <source>The referral could not be made: %1</source>
        <translation>Не удалось оформить направление: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="364" />
        <source>Preparing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="370" />
        <source>Preview: not issued yet, no number taken.</source>
        <translation>Предпросмотр: направление ещё не выдано, номер не занят.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="382" />
        <source>Issuing the referral…</source>
        <translation>Направление выдаётся…</translation>
    </message>
    <message numerus="yes">
        <location filename="../referral_dialog.py" line="428" />
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Отправлено на печать: %n страница.</numerusform>
            <numerusform>Отправлено на печать: %n страницы.</numerusform>
            <numerusform>Отправлено на печать: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="446" />
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="80" />
        <source>Save referral as PDF</source>
        <translation>Сохранить направление в PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="158" />
        <source>Loading the settings…</source>
        <translation>Загрузка настроек…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="112" />
        <source>Clinic settings</source>
        <translation>Настройки организации</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113" />
        <source>Organisation printed on slips</source>
        <translation>Организация, печатаемая в направлениях</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115" />
        <source>Name (Kazakh)</source>
        <translation>Название (на казахском)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115" />
        <source>Name (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118" />
        <source>Referral slips</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>Number prefix of this desk</source>
        <translation>Префикс номеров этого рабочего места</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>Form code: planned hospitalisation</source>
        <translation>Код формы: плановая госпитализация</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121" />
        <source>Form code: consultation</source>
        <translation>Код формы: консультация</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121" />
        <source>Form code: diagnostics</source>
        <translation>Код формы: диагностика</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122" />
        <source>Form code: emergency</source>
        <translation>Код формы: экстренная помощь</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122" />
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="123" />
        <source>Valid for (days)</source>
        <translation>Срок действия (дней)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126" />
        <source>Latin letters and digits. Every desk that works offline needs its own prefix, so that referral numbers never collide.</source>
        <translation>Латинские буквы и цифры. У каждого рабочего места, работающего без сети, должен быть свой префикс, чтобы номера направлений не совпадали.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128" />
        <source>Referring doctors (the first is the default)</source>
        <translation>Направляющие врачи (первый — по умолчанию)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="130" />
        <source>Add doctor</source>
        <translation>Добавить врача</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="131" />
        <source>Remove doctor</source>
        <translation>Удалить врача</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="132" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="179" />
        <source>Backups of the database</source>
        <translation>Резервные копии базы данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="180" />
        <source>Backup folder</source>
        <translation>Папка копий</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="181" />
        <source>Last backup</source>
        <translation>Последняя копия</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="182" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="2" />
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="336" />
        <source>Checking…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="339" />
        <source>on the server</source>
        <translation>на сервере</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="340" />
        <source>This database is on a PostgreSQL server: it is backed up on the server with pg_dump (see docs/backup.md), not by the desk.</source>
        <translation>Эта база данных на сервере PostgreSQL: её резервную копию делает не рабочее место, а pg_dump на сервере (см. docs/backup.md).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="4" />
        <source>never</source>
        <translation>ещё не делалась</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="348" />
        <source>This database has never been backed up: make a backup now.</source>
        <translation>Резервная копия этой базы данных ещё ни разу не делалась: сделайте её сейчас.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="350" />
        <source>The last backup is more than two days old: make one now, or check that the backup folder is there.</source>
        <translation>Последней резервной копии больше двух дней: сделайте копию сейчас или проверьте, на месте ли папка копий.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="353" />
        <source>Backing up…</source>
        <translation>Копия делается…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="394" />
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="399" />
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
</context>
</TS>
