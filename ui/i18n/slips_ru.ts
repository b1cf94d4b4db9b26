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
        <location filename="../referral_dialog.py" line="227"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="228"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="228"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="228"/>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="229"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Диагноз (МКБ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="229"/>
        <source>Diagnosis text</source>
        <translation>Текст диагноза</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="230"/>
        <source>Suspected (ICD-10)</source>
        <translation>Подозрение (МКБ-10)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Refer to</source>
        <translation>Куда направляется</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="232"/>
        <source>Referring doctor</source>
        <translation>Направивший врач</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="235"/>
        <source>e.g. K80.1</source>
        <translation>например, K80.1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="236"/>
        <source>e.g. C50</source>
        <translation>напр. C50</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="238"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Подозрение на социально значимое заболевание: с 2026 года консультация и диагностика бесплатны (ГОБМП).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="240"/>
        <source>Risk confirmed</source>
        <translation>Риск подтверждён</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="242"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Анализы или УЗИ показывают риск: к онкологу или гематологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="244"/>
        <source>Attached here</source>
        <translation>Прикреплён здесь</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="245"/>
        <source>e.g. oncologist</source>
        <translation>напр. онколог</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="246"/>
        <source>(not specified)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>Planned</source>
        <translation>Плановая</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>Urgent</source>
        <translation>Неотложная</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="248"/>
        <source>Emergency</source>
        <translation>Экстренная</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="251"/>
        <source>Preview (F5)</source>
        <translation>Предпросмотр (F5)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="252"/>
        <source>Issue and register the referral</source>
        <translation>Выдать и зарегистрировать направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="253"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Печать… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="254"/>
        <source>Save PDF… (Ctrl+S)</source>
        <translation>Сохранить PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="255"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="257"/>
        <source>No referring doctors are listed yet. Add them in Desk → Settings… → Clinic → Referring doctors (the first one is filled in here); meanwhile type the name.</source>
        <translation>Направляющие врачи ещё не указаны. Добавьте их в Регистратура → Настройки… → Клиника → Направляющие врачи (первый подставляется сюда сам); пока введите имя вручную.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="259"/>
        <source>Doctor&apos;s full name</source>
        <translation>ФИО врача</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="260"/>
        <source>Only organisations that provide the chosen service are listed.</source>
        <translation>Показаны только организации, оказывающие выбранную услугу.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="314"/>
        <source>Loading the patient…</source>
        <translation>Загрузка данных пациента…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="318"/>
        <source>No patient selected: choose a patient first.</source>
        <translation>Пациент не выбран: сначала выберите пациента.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="321"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="362"/>
        <source>Code format is correct.</source>
        <translation>Формат кода верный.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="363"/>
        <location filename="../referral_dialog.py" line="406"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (K80.1).</source>
        <translation>Это не код МКБ-10: латинская буква, две цифры, при необходимости точка и до четырёх знаков (K80.1).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="368"/>
        <source>Enter the ICD-10 code: the funding depends on the diagnosis.</source>
        <translation>Укажите код МКБ-10: оплата зависит от диагноза.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="416"/>
        <source>Pre-set from the records: attached to this clinic.</source>
        <translation>Установлено по данным: прикреплён к этой поликлинике.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="417"/>
        <source>Pre-set from the records: attached to another organisation (%1).</source>
        <translation>Установлено по данным: прикреплён к другой организации (%1).</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="418"/>
        <source>Pre-set: no attachment is recorded, so the patient is taken as attached here.</source>
        <translation>Установлено заранее: прикрепление не записано, поэтому пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="420"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Установлено заранее: в настройках не указана организация этой поликлиники, поэтому пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="423"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Установлено заранее: пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="428"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Пациент прикреплён к этой поликлинике: к акушеру-гинекологу или психологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="431"/>
        <source>Changed by hand for this visit.</source>
        <translation>Изменено вручную для этого приёма.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="484"/>
        <source>unknown — confirm the status</source>
        <translation>неизвестно — уточните статус</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="491"/>
        <source>%1 for %2; another diagnosis: %3</source>
        <translation>%1 по %2; с другим диагнозом — %3</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="494"/>
        <source>no referral needed</source>
        <translation>направление не нужно</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="495"/>
        <source>needs a referral: this one</source>
        <translation>нужно направление: это направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="496"/>
        <source>needs a referral</source>
        <translation>нужно направление</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="505"/>
        <source>Referral No. %1 issued.</source>
        <translation>Направление № %1 выдано.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="570"/>
        <source>The referral could not be made; nothing was recorded. Try again; the details are in the desk&apos;s log.</source>
        <translation>Направление не оформлено; ничего не записано. Попробуйте ещё раз; подробности в журнале программы.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="582"/>
        <source>Preparing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="591"/>
        <source>Preview: not issued yet, no number taken.</source>
        <translation>Предпросмотр: направление ещё не выдано, номер не занят.</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="604"/>
        <source>Issuing the referral…</source>
        <translation>Направление выдаётся…</translation>
    </message>
    <message numerus="yes">
        <location filename="../referral_dialog.py" line="654"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Отправлено на печать: %n страница.</numerusform>
            <numerusform>Отправлено на печать: %n страницы.</numerusform>
            <numerusform>Отправлено на печать: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="675"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="75"/>
        <source>Save referral as PDF</source>
        <translation>Сохранить направление в PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="307"/>
        <source>Loading the settings…</source>
        <translation>Загрузка настроек…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="307"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="247"/>
        <source>Clinic settings</source>
        <translation>Настройки организации</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="248"/>
        <source>Clinic</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="249"/>
        <source>Rule packs</source>
        <translation>Своды правил</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Hash</source>
        <translation>Хэш</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Installed</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="252"/>
        <source>Install…</source>
        <translation>Установить…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="253"/>
        <source>Activate</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="254"/>
        <source>Decisions on</source>
        <translation>Решения на дату</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="255"/>
        <source>Preview changes</source>
        <translation>Предпросмотр изменений</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="257"/>
        <source>Decisions the selected pack changes</source>
        <translation>Решения, которые меняет выбранный свод</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>With the pack</source>
        <translation>Со сводом</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="259"/>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="260"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="261"/>
        <source>Unconfirmed rules in force today (active pack)</source>
        <translation>Неподтверждённые правила, действующие сегодня (активный свод)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="263"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="263"/>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="263"/>
        <source>Why unconfirmed</source>
        <translation>Почему не подтверждено</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="264"/>
        <source>Organisation printed on slips</source>
        <translation>Организация, печатаемая в направлениях</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>Name (Kazakh)</source>
        <translation>Название (на казахском)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>Name (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="267"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="267"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="269"/>
        <source>Open the first setup again…</source>
        <translation>Открыть первоначальную настройку…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="270"/>
        <source>Referral slips</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="272"/>
        <source>Number prefix of this desk</source>
        <translation>Префикс номеров этого рабочего места</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="272"/>
        <source>Form code: planned hospitalisation</source>
        <translation>Код формы: плановая госпитализация</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="273"/>
        <source>Form code: consultation</source>
        <translation>Код формы: консультация</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="273"/>
        <source>Form code: diagnostics</source>
        <translation>Код формы: диагностика</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="274"/>
        <source>Form code: emergency</source>
        <translation>Код формы: экстренная помощь</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="274"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="275"/>
        <source>Valid for (days)</source>
        <translation>Срок действия (дней)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="278"/>
        <source>Latin letters and digits. Every desk that works offline needs its own prefix, so that referral numbers never collide.</source>
        <translation>Латинские буквы и цифры. У каждого рабочего места, работающего без сети, должен быть свой префикс, чтобы номера направлений не совпадали.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="280"/>
        <source>Referring doctors (the first is the default)</source>
        <translation>Направляющие врачи (первый — по умолчанию)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="281"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="281"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="282"/>
        <source>Add doctor</source>
        <translation>Добавить врача</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="283"/>
        <source>Remove doctor</source>
        <translation>Удалить врача</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="284"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="375"/>
        <source>The setup is saved.</source>
        <translation>Настройка сохранена.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="607"/>
        <location filename="../settings_dialog.py" line="697"/>
        <source>Active rule pack: %1</source>
        <translation>Активный свод правил: %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="611"/>
        <source>shipped with the program</source>
        <translation>поставляется с программой</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="613"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="613"/>
        <source>cannot be loaded</source>
        <translation>не загружается</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="657"/>
        <source>Rule pack file</source>
        <translation>Файл свода правил</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="658"/>
        <source>Rule pack (*.zip)</source>
        <translation>Свод правил (*.zip)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="665"/>
        <source>Checking the rule pack…</source>
        <translation>Свод правил проверяется…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="670"/>
        <source>Installed %1; it is not active until you activate it.</source>
        <translation>Установлен %1; он не действует, пока вы его не активируете.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="671"/>
        <source>%1 is installed already.</source>
        <translation>%1 уже установлен.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="684"/>
        <source>Activate the rule pack</source>
        <translation>Активировать свод правил</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="685"/>
        <source>Every desk of this database will decide with %1 from its next patient. Activate it?</source>
        <translation>Все рабочие места этой базы данных будут решать по %1, начиная со следующего пациента. Активировать?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="713"/>
        <source>Deciding every patient with both packs…</source>
        <translation>Решения для каждого пациента по обоим сводам…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="725"/>
        <source>%1 patients decided; the decisions of %2 change.</source>
        <translation>Проверено пациентов: %1; решения меняются у %2.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="739"/>
        <source>The preview was cancelled.</source>
        <translation>Предпросмотр отменён.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="765"/>
        <source>no decision</source>
        <translation>нет решения</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="256"/>
        <location filename="../settings_dialog.py" line="285"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="286"/>
        <source>Backups of the database</source>
        <translation>Резервные копии базы данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="287"/>
        <source>Backup folder</source>
        <translation>Папка копий</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="288"/>
        <source>Last backup</source>
        <translation>Последняя копия</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="289"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="290"/>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="478"/>
        <source>Checking…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="481"/>
        <source>on the server</source>
        <translation>на сервере</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="482"/>
        <source>This database is on a PostgreSQL server: it is backed up on the server with pg_dump (see docs/backup.md), not by the desk.</source>
        <translation>Эта база данных на сервере PostgreSQL: её резервную копию делает не рабочее место, а pg_dump на сервере (см. docs/backup.md).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="488"/>
        <source>never</source>
        <translation>ещё не делалась</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="491"/>
        <source>This database has never been backed up: make a backup now.</source>
        <translation>Резервная копия этой базы данных ещё ни разу не делалась: сделайте её сейчас.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="493"/>
        <source>The last backup is more than two days old: make one now, or check that the backup folder is there.</source>
        <translation>Последней резервной копии больше двух дней: сделайте копию сейчас или проверьте, на месте ли папка копий.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="496"/>
        <source>Backing up…</source>
        <translation>Копия делается…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="537"/>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="542"/>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
</context>
</TS>
