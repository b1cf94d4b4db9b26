<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../pdf_preview.py" line="37"/>
        <source>The slip appears here after Preview.</source>
        <translation>Направление появится здесь после предпросмотра.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../referral_dialog.py" line="218"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="219"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="219"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="219"/>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="220"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Диагноз (МКБ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="220"/>
        <source>Diagnosis text</source>
        <translation>Текст диагноза</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="221"/>
        <source>Suspected (ICD-10)</source>
        <translation>Подозрение (МКБ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="222"/>
        <source>Refer to</source>
        <translation>Куда направляется</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="222"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="222"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="223"/>
        <source>Referring doctor</source>
        <translation>Направивший врач</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="226"/>
        <source>e.g. K80.1</source>
        <translation>например, K80.1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="227"/>
        <source>e.g. C50</source>
        <translation>напр. C50</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="229"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Подозрение на социально значимое заболевание: с 2026 года консультация и диагностика бесплатны (ГОБМП).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Risk confirmed</source>
        <translation>Риск подтверждён</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="233"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Анализы или УЗИ показывают риск: к онкологу или гематологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="235"/>
        <source>Attached here</source>
        <translation>Прикреплён здесь</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="236"/>
        <source>e.g. oncologist</source>
        <translation>напр. онколог</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="237"/>
        <source>(not specified)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="238"/>
        <source>Planned</source>
        <translation>Плановая</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="238"/>
        <source>Urgent</source>
        <translation>Неотложная</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="239"/>
        <source>Emergency</source>
        <translation>Экстренная</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="242"/>
        <source>Preview (F5)</source>
        <translation>Предпросмотр (F5)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="243"/>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="244"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Печать… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="245"/>
        <source>Save PDF… (Ctrl+S)</source>
        <translation>Сохранить PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="246"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="286"/>
        <source>Loading the patient…</source>
        <translation>Загрузка данных пациента…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="290"/>
        <source>No patient selected: choose a patient first.</source>
        <translation>Пациент не выбран: сначала выберите пациента.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="293"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="334"/>
        <source>Code format is correct.</source>
        <translation>Формат кода верный.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="335"/>
        <location filename="../referral_dialog.py" line="363"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (K80.1).</source>
        <translation>Это не код МКБ-10: латинская буква, две цифры, при необходимости точка и до четырёх знаков (K80.1).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="373"/>
        <source>Pre-set from the records: attached to this clinic.</source>
        <translation>Установлено по данным: прикреплён к этой поликлинике.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="374"/>
        <source>Pre-set from the records: attached to another organisation (%1).</source>
        <translation>Установлено по данным: прикреплён к другой организации (%1).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="375"/>
        <source>Pre-set: no attachment is recorded, so the patient is taken as attached here.</source>
        <translation>Установлено заранее: прикрепление не записано, поэтому пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="377"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Установлено заранее: в настройках не указана организация этой поликлиники, поэтому пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="380"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Установлено заранее: пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="385"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Пациент прикреплён к этой поликлинике: к акушеру-гинекологу или психологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="388"/>
        <source>Changed by hand for this visit.</source>
        <translation>Изменено вручную для этого приёма.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="438"/>
        <source>no referral needed</source>
        <translation>направление не нужно</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="439"/>
        <source>needs a referral: this one</source>
        <translation>нужно направление: это направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="440"/>
        <source>needs a referral</source>
        <translation>нужно направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="449"/>
        <source>Referral No. %1 issued.</source>
        <translation>Направление № %1 выдано.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="509"/>
        <source>The referral could not be made: %1</source>
        <translation>Не удалось оформить направление: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="520"/>
        <source>Preparing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="529"/>
        <source>Preview: not issued yet, no number taken.</source>
        <translation>Предпросмотр: направление ещё не выдано, номер не занят.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="542"/>
        <source>Issuing the referral…</source>
        <translation>Направление выдаётся…</translation>
    </message>
    <message numerus="yes">
        <location filename="../referral_dialog.py" line="591"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Отправлено на печать: %n страница.</numerusform>
            <numerusform>Отправлено на печать: %n страницы.</numerusform>
            <numerusform>Отправлено на печать: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="612"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="73"/>
        <source>Save referral as PDF</source>
        <translation>Сохранить направление в PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="199"/>
        <source>Loading the settings…</source>
        <translation>Загрузка настроек…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="199"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source>Clinic settings</source>
        <translation>Настройки организации</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158"/>
        <source>Organisation printed on slips</source>
        <translation>Организация, печатаемая в направлениях</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Name (Kazakh)</source>
        <translation>Название (на казахском)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Name (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>Referral slips</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="165"/>
        <source>Number prefix of this desk</source>
        <translation>Префикс номеров этого рабочего места</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="165"/>
        <source>Form code: planned hospitalisation</source>
        <translation>Код формы: плановая госпитализация</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Form code: consultation</source>
        <translation>Код формы: консультация</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Form code: diagnostics</source>
        <translation>Код формы: диагностика</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Form code: emergency</source>
        <translation>Код формы: экстренная помощь</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="168"/>
        <source>Valid for (days)</source>
        <translation>Срок действия (дней)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="171"/>
        <source>Latin letters and digits. Every desk that works offline needs its own prefix, so that referral numbers never collide.</source>
        <translation>Латинские буквы и цифры. У каждого рабочего места, работающего без сети, должен быть свой префикс, чтобы номера направлений не совпадали.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="173"/>
        <source>Referring doctors (the first is the default)</source>
        <translation>Направляющие врачи (первый — по умолчанию)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="174"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="174"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="175"/>
        <source>Add doctor</source>
        <translation>Добавить врача</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="176"/>
        <source>Remove doctor</source>
        <translation>Удалить врача</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="177"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="178"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="179"/>
        <source>Backups of the database</source>
        <translation>Резервные копии базы данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="180"/>
        <source>Backup folder</source>
        <translation>Папка копий</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="181"/>
        <source>Last backup</source>
        <translation>Последняя копия</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="182"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183"/>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="336"/>
        <source>Checking…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="339"/>
        <source>on the server</source>
        <translation>на сервере</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="340"/>
        <source>This database is on a PostgreSQL server: it is backed up on the server with pg_dump (see docs/backup.md), not by the desk.</source>
        <translation>Эта база данных на сервере PostgreSQL: её резервную копию делает не рабочее место, а pg_dump на сервере (см. docs/backup.md).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="346"/>
        <source>never</source>
        <translation>ещё не делалась</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="349"/>
        <source>This database has never been backed up: make a backup now.</source>
        <translation>Резервная копия этой базы данных ещё ни разу не делалась: сделайте её сейчас.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="351"/>
        <source>The last backup is more than two days old: make one now, or check that the backup folder is there.</source>
        <translation>Последней резервной копии больше двух дней: сделайте копию сейчас или проверьте, на месте ли папка копий.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="354"/>
        <source>Backing up…</source>
        <translation>Копия делается…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="395"/>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="400"/>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
</context>
</TS>
