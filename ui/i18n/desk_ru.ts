<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../models/coverage_model.py" line="64"/>
        <location filename="../models/coverage_model.py" line="72"/>
        <source>unknown — check</source>
        <translation>неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="67"/>
        <source>%1, emergency</source>
        <translation>%1, экстренно</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="73"/>
        <location filename="../models/coverage_model.py" line="75"/>
        <source>not needed</source>
        <translation>не нужно</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="76"/>
        <source>needed — on file</source>
        <translation>нужно — есть</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="77"/>
        <source>needed — missing</source>
        <translation>нужно — нет</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="103"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Покрывается за счёт %1 при наличии направления</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="116"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="116"/>
        <source>Funding</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="117"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../crash.py" line="26"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../crash.py" line="28"/>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <location filename="../crash.py" line="29"/>
        <source>The details are saved in %1. The desk keeps working.</source>
        <translation>Подробности сохранены в %1. Программа продолжает работу.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="39"/>
        <source>Cannot do that</source>
        <translation>Невозможно выполнить</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="90"/>
        <source>Emergency — patient not identified</source>
        <translation>Экстренная помощь — пациент не установлен</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="91"/>
        <source>Care starts now. Note what you can see; the patient gets a local number and can be identified later.</source>
        <translation>Помощь начинается сейчас. Запишите, что видите; пациент получит местный номер, личность можно установить позже.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="93"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="94"/>
        <source>Approximate &amp;age</source>
        <translation>Примерный &amp;возраст</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="95"/>
        <source>What is &amp;known</source>
        <translation>Что &amp;известно</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="96"/>
        <location filename="../views/emergency_dialog.py" line="100"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="97"/>
        <source>e.g. brought by ambulance, name said: Asel</source>
        <translation>например: доставлена скорой, назвала имя: Асель</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="101"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="102"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="104"/>
        <source>&amp;Register emergency</source>
        <translation>&amp;Зарегистрировать экстренный случай</translation>
    </message>
</context>
<context>
    <name>EmergencyPendingDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="214"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Экстренных обращений ждут записи в базу: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="213"/>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="212"/>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="209"/>
        <source>The database cannot take it right now. The visit is kept on this computer and will be written to the database automatically as soon as it answers.</source>
        <translation>База данных сейчас не может его принять. Обращение сохранено на этом компьютере и будет записано в базу автоматически, как только она ответит.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="207"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Экстренное обращение зарегистрировано — оказывайте помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="206"/>
        <source>Emergency visit saved on this computer</source>
        <translation>Экстренное обращение сохранено на этом компьютере</translation>
    </message>
</context>
<context>
    <name>EmergencyResultDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="151"/>
        <source>Emergency visit recorded</source>
        <translation>Экстренное обращение зарегистрировано</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="152"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Экстренное обращение зарегистрировано — оказывайте помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="154"/>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="155"/>
        <source>Operator: %1</source>
        <translation>Регистратор: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="157"/>
        <source>Local number: %1</source>
        <translation>Местный номер: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="162"/>
        <source>Funding: %1</source>
        <translation>Оплата: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="164"/>
        <source>Funding: unknown — check</source>
        <translation>Оплата: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="171"/>
        <source>Rule pack: %1</source>
        <translation>Свод правил: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="177"/>
        <source>Emergency &amp;referral slip…</source>
        <translation>Экстренное &amp;направление…</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../views/identify_dialog.py" line="65"/>
        <source>Identify the emergency patient</source>
        <translation>Установить личность экстренного пациента</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="66"/>
        <source>Find the registered patient (IIN or name). The emergency visits move to that patient; register them first with F4 if new.</source>
        <translation>Найдите зарегистрированного пациента (ИИН или ФИО). Экстренные обращения перейдут к нему; если он новый, сначала зарегистрируйте его клавишей F4.</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="68"/>
        <source>IIN or name</source>
        <translation>ИИН или ФИО</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="69"/>
        <source>&amp;Link visits to this patient</source>
        <translation>&amp;Связать обращения с этим пациентом</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="558"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Экстренных обращений ждут записи в базу: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="530"/>
        <source>Emergency visit of %1 written to the database</source>
        <translation>Экстренное обращение от %1 записано в базу данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Tirkeu — registration desk</source>
        <translation>Тіркеу — регистратура</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>&amp;Search (%1):</source>
        <translation>&amp;Поиск (%1):</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>IIN, scanned barcode or name in any spelling</source>
        <translation>ИИН, штрихкод или ФИО в любом написании</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>New patient (%1)</source>
        <translation>Новый пациент (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Referral (%1)</source>
        <translation>Направление (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>EMERGENCY (%1)</source>
        <translation>ЭКСТРЕННО (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Register an emergency visit; works without a patient</source>
        <translation>Зарегистрировать экстренное обращение; работает и без выбранного пациента</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Language of the desk</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>&amp;Desk</source>
        <translation>&amp;Регистратура</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>&amp;New patient</source>
        <translation>&amp;Новый пациент</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>&amp;Emergency</source>
        <translation>&amp;Экстренная помощь</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>&amp;Referral</source>
        <translation>Н&amp;аправление</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>The database is empty. Load synthetic demo patients to try the desk?</source>
        <translation>База данных пуста. Загрузить вымышленных демо-пациентов, чтобы опробовать программу?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>&amp;Load demo data</source>
        <translation>&amp;Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368"/>
        <source>Recent patients</source>
        <translation>Недавние пациенты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="370"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372"/>
        <source>Nothing found — F4 registers a new patient</source>
        <translation>Ничего не найдено — F4 регистрирует нового пациента</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>%1 — out of date: the server does not answer</source>
        <translation>%1 — может быть устаревшим: сервер не отвечает</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>No patient with IIN %1 — F4 registers one</source>
        <translation>Пациента с ИИН %1 нет — F4 для регистрации</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="698"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="704"/>
        <source>Rules: %1</source>
        <translation>Правила: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="705"/>
        <source>not loaded</source>
        <translation>не загружены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="712"/>
        <source>Insurance data: none</source>
        <translation>Данные о страховании: нет</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="715"/>
        <source>Insurance data: %1 days old</source>
        <translation>Данные о страховании: %1 дн. назад</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="755"/>
        <source>The database server does not answer; this works again when it is back. Emergency (F9) still records visits.</source>
        <translation>Сервер базы данных не отвечает; это заработает, когда связь восстановится. Экстренная помощь (F9) по-прежнему регистрируется.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="783"/>
        <source>The database server answers again</source>
        <translation>Сервер базы данных снова отвечает</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="794"/>
        <source>No connection to the database server — retrying</source>
        <translation>Нет связи с сервером базы данных — переподключение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="837"/>
        <location filename="../main_window.py" line="838"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="841"/>
        <source>No backup of this database was found. Call the administrator; emergency visits (F9) are kept on this computer meanwhile.</source>
        <translation>Резервная копия этой базы данных не найдена. Обратитесь к администратору; до тех пор экстренные обращения (F9) сохраняются на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="846"/>
        <source>The last backup was made %1 (%2). Restore it now? The damaged database is kept aside, nothing is deleted; what was entered after the backup has to be entered again.</source>
        <translation>Последняя резервная копия сделана %1 (%2). Восстановить её сейчас? Повреждённая база данных сохраняется отдельно, ничего не удаляется; введённое после копии придётся ввести заново.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="850"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Восстановить копию</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="852"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="861"/>
        <source>Restoring the backup %1 …</source>
        <translation>Восстанавливается резервная копия %1 …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="867"/>
        <source>Restored from %1.</source>
        <translation>Восстановлено из %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="869"/>
        <source>The damaged database is kept as %1.</source>
        <translation>Повреждённая база данных сохранена как %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="670"/>
        <source>Backup made: %1</source>
        <translation>Резервная копия сделана: %1</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <location filename="../widgets/patient_card.py" line="246"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="246"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="246"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="247"/>
        <source>Local number</source>
        <translation>Местный номер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="247"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="248"/>
        <source>Attached PHC</source>
        <translation>Прикрепление ПМСП</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="248"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="249"/>
        <source>Conditions</source>
        <translation>Заболевания</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="249"/>
        <source>Screening due</source>
        <translation>Пора на скрининг</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="250"/>
        <source>Visits</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="250"/>
        <source>Noted at admission</source>
        <translation>Отмечено при поступлении</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="254"/>
        <source>&amp;Edit patient</source>
        <translation>&amp;Изменить данные</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="255"/>
        <source>&amp;Identify patient…</source>
        <translation>&amp;Установить личность…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="256"/>
        <source>&amp;Coverage on</source>
        <translation>&amp;Покрытие на</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="257"/>
        <source>&amp;Suspected (ICD-10)</source>
        <translation>&amp;Подозрение (МКБ-10)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="258"/>
        <source>e.g. C50</source>
        <translation>напр. C50</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="262"/>
        <source>&amp;Risk confirmed</source>
        <translation>&amp;Риск подтверждён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="264"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Анализы или УЗИ показывают риск: к онкологу или гематологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="266"/>
        <source>&amp;Attached here</source>
        <translation>При&amp;креплён здесь</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="267"/>
        <location filename="../widgets/patient_card.py" line="639"/>
        <source>Details for administrators</source>
        <translation>Подробности для администратора</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="269"/>
        <source>Rule ids, sources and notes of the rule pack, for whoever maintains the rules</source>
        <translation>Идентификаторы, источники и примечания правил — для тех, кто ведёт свод правил</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="271"/>
        <source>Find a patient by IIN or name, or press F4 to register one.</source>
        <translation>Найдите пациента по ИИН или ФИО либо нажмите F4 для регистрации.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="273"/>
        <source>The server does not answer: this card is as it was last read and may be out of date.</source>
        <translation>Сервер не отвечает: карта показана такой, какой была прочитана последней, и может быть устаревшей.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="328"/>
        <source>No patient open</source>
        <translation>Пациент не открыт</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="351"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="351"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="351"/>
        <source>sex not known</source>
        <translation>пол неизвестен</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="356"/>
        <source>%1 years, born %2, %3</source>
        <translation>%1 лет, дата рождения %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="360"/>
        <source>birth date not known, %1</source>
        <translation>дата рождения неизвестна, %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="363"/>
        <source>no IIN</source>
        <translation>нет ИИН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="365"/>
        <source>%1 — valid: born %2, %3</source>
        <translation>%1 — верный: дата рождения %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="369"/>
        <source>%1 — not valid</source>
        <translation>%1 — неверный</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="381"/>
        <source>Legal status: unknown — check</source>
        <translation>Правовой статус: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="388"/>
        <source>full package</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="388"/>
        <source>limited package</source>
        <translation>ограниченный пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="391"/>
        <source>own status: %1</source>
        <translation>собственный статус: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="393"/>
        <source>⚠ not confirmed</source>
        <translation>⚠ не подтверждён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="395"/>
        <source>document valid until %1</source>
        <translation>документ действителен до %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="404"/>
        <source>МӘМС: unknown — check</source>
        <translation>ОСМС: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>МӘМС: insured</source>
        <translation>ОСМС: застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>МӘМС: not insured</source>
        <translation>ОСМС: не застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="413"/>
        <source>МӘМС: unknown</source>
        <translation>ОСМС: неизвестно</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="415"/>
        <source>Fund answer</source>
        <translation>Ответ Фонда</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="415"/>
        <source>state category</source>
        <translation>льготная категория</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="416"/>
        <source>contributions</source>
        <translation>взносы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="422"/>
        <source>Fund service</source>
        <translation>Сервис Фонда</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="422"/>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="423"/>
        <source>paper certificate</source>
        <translation>бумажная справка</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="423"/>
        <source>registry import</source>
        <translation>загружено из реестра</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="425"/>
        <source>source: %1</source>
        <translation>источник: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="427"/>
        <source>checked %1 days ago</source>
        <translation>проверено %1 дн. назад</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="429"/>
        <source>⚠ stale — ask the Fund again</source>
        <translation>⚠ устарело — запросите Фонд снова</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="435"/>
        <source>to regain: pay %1 months × %2 ₸ = %3 ₸</source>
        <translation>для восстановления: оплатить %1 мес. × %2 ₸ = %3 ₸</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="439"/>
        <source>to regain: pay %1 months, %2 ₸ in total</source>
        <translation>для восстановления: оплатить %1 мес., всего %2 ₸</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="452"/>
        <source>valid until %1</source>
        <translation>действителен до %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="453"/>
        <source>EXPIRED</source>
        <translation>ПРОСРОЧЕН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="461"/>
        <location filename="../widgets/patient_card.py" line="478"/>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="464"/>
        <source>not attached</source>
        <translation>не прикреплён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="466"/>
        <location filename="../widgets/patient_card.py" line="489"/>
        <location filename="../widgets/patient_card.py" line="674"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="469"/>
        <source> (dispensary)</source>
        <translation> (на диспансерном учёте)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="471"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="475"/>
        <source>pregnant</source>
        <translation>беременна</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="477"/>
        <source>on the palliative list</source>
        <translation>в паллиативном списке</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="480"/>
        <source>unknown — check</source>
        <translation>неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="484"/>
        <source>nothing due</source>
        <translation>ничего не требуется</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="487"/>
        <source>%1 recorded, %2 emergency; last %3</source>
        <translation>всего %1, экстренных %2; последнее %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="493"/>
        <source>approx. %1 years</source>
        <translation>примерно %1 лет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="563"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (C50.9).</source>
        <translation>Не код МКБ-10: латинская буква, две цифры, затем при необходимости точка и до четырёх знаков (C50.9).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="565"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Подозрение на социально значимое заболевание: с 2026 года консультация и диагностика бесплатны (ГОБМП).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="577"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Установлено заранее: пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="579"/>
        <source>Pre-set from the records: attached to %1, this clinic.</source>
        <translation>Установлено по данным: прикреплён к %1 — этой поликлинике.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="582"/>
        <source>Pre-set from the records: attached to %1, not to this clinic (%2).</source>
        <translation>Установлено по данным: прикреплён к %1, а не к этой поликлинике (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="586"/>
        <source>Pre-set: no attachment is recorded for the patient, so the patient is taken as attached here. Untick if attached elsewhere.</source>
        <translation>Установлено заранее: прикрепление пациента не записано, поэтому он считается прикреплённым здесь. Если прикреплён в другом месте, снимите отметку.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="589"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Установлено заранее: в настройках не указана организация этой поликлиники, поэтому пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="591"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Пациент прикреплён к этой поликлинике: к акушеру-гинекологу или психологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="594"/>
        <source>Changed by hand for this visit.</source>
        <translation>Изменено вручную для этого приёма.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="609"/>
        <source>referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="614"/>
        <source>The rules could not decide this service; check it by hand. Emergency care is never blocked.</source>
        <translation>Правила не смогли определить эту услугу; проверьте вручную. Экстренная помощь никогда не блокируется.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="620"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Покрывается за счёт %1 при наличии направления</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="638"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="638"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="644"/>
        <source>Rule pack: not loaded</source>
        <translation>Свод правил: не загружен</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="647"/>
        <source>Pack version: %1</source>
        <translation>Версия свода: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="648"/>
        <source>Content hash: %1</source>
        <translation>Хеш содержимого: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Rule id</source>
        <translation>Идентификатор правила</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="653"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="653"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="666"/>
        <source>Unconfirmed rules in force on %1</source>
        <translation>Неподтверждённые правила, действующие на %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="677"/>
        <source>Unconfirmed entries of the condition lists</source>
        <translation>Неподтверждённые записи перечней заболеваний</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="627"/>
        <source>Rule pack</source>
        <translation>Свод правил</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="627"/>
        <source>not loaded</source>
        <translation>не загружены</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../views/registration_dialog.py" line="337"/>
        <source>Edit patient</source>
        <translation>Изменение данных пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="337"/>
        <source>New patient</source>
        <translation>Новый пациент</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="339"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="339"/>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="340"/>
        <source>&amp;Given name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="340"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="341"/>
        <source>Surname (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="341"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="342"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="342"/>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="343"/>
        <source>Citizenship (ISO code)</source>
        <translation>Гражданство (код ISO)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="343"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="344"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="344"/>
        <source>Attached PHC</source>
        <translation>Прикрепление ПМСП</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="345"/>
        <source>Legal s&amp;tatus</source>
        <translation>Правовой &amp;статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="345"/>
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="346"/>
        <source>Parent&apos;s status (child on a parent&apos;s permit)</source>
        <translation>Статус родителя (ребёнок по виду на жительство родителя)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="347"/>
        <source>Kandas since</source>
        <translation>Кандас с</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="348"/>
        <source>Fund answer</source>
        <translation>Ответ Фонда</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="348"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="349"/>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="349"/>
        <source>Earlier answers</source>
        <translation>Прежние ответы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="350"/>
        <source>VHI contract valid until</source>
        <translation>Договор ДМС действует до</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="354"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="358"/>
        <source>12 digits; birth date and sex are filled from it</source>
        <translation>12 цифр; дата рождения и пол заполнятся по нему</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>Documents and status</source>
        <translation>Документы и статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>Insurance</source>
        <translation>Страхование</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>Conditions</source>
        <translation>Заболевания</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="366"/>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="366"/>
        <source>First month (yyyy-mm)</source>
        <translation>Первый месяц (гггг-мм)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="367"/>
        <source>Last month (yyyy-mm)</source>
        <translation>Последний месяц (гггг-мм)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>ICD-10</source>
        <translation>МКБ-10</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Dispensary</source>
        <translation>Диспансерный учёт</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="369"/>
        <source>State-insured categories</source>
        <translation>Льготные категории (страхует государство)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="370"/>
        <source>Contributions paid</source>
        <translation>Уплаченные взносы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="371"/>
        <source>Pregnant</source>
        <translation>Беременна</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="372"/>
        <source>On the palliative list</source>
        <translation>В паллиативном списке</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="373"/>
        <source>From &amp;documents</source>
        <translation>По &amp;документам</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="374"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="375"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="375"/>
        <location filename="../views/registration_dialog.py" line="470"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="376"/>
        <location filename="../views/registration_dialog.py" line="470"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="377"/>
        <source>not asked</source>
        <translation>не запрашивали</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="377"/>
        <source>insured</source>
        <translation>застрахован</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="378"/>
        <source>not insured</source>
        <translation>не застрахован</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Fund service</source>
        <translation>Сервис Фонда</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>paper</source>
        <translation>бумага</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="458"/>
        <source>No IIN: the patient gets a local number.</source>
        <translation>Без ИИН: пациент получит местный номер.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="462"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="471"/>
        <source>valid: born %1, %2</source>
        <translation>верный: дата рождения %1, %2</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="500"/>
        <source>birth date differs from the IIN (%1)</source>
        <translation>дата рождения не совпадает с ИИН (%1)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="503"/>
        <source>sex differs from the IIN</source>
        <translation>пол не совпадает с ИИН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="541"/>
        <source>Possible duplicates — check before saving:</source>
        <translation>Возможные дубликаты — проверьте перед сохранением:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="551"/>
        <location filename="../views/registration_dialog.py" line="558"/>
        <source>Not a date: %1 (write dd.mm.yyyy)</source>
        <translation>Это не дата: %1 (пишите дд.мм.гггг)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../models/results_model.py" line="57"/>
        <source>M</source>
        <comment>sex, short</comment>
        <translation>муж</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="57"/>
        <source>F</source>
        <comment>sex, short</comment>
        <translation>жен</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="88"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="88"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="89"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="89"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="89"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../views/setup_dialog.py" line="255"/>
        <source>Tirkeu — first setup</source>
        <translation>Тіркеу — первоначальная настройка</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="256"/>
        <source>Setting up this desk</source>
        <translation>Настройка этого рабочего места</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="258"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="258"/>
        <source>Clinic name (&amp;Kazakh)</source>
        <translation>Название клиники (на &amp;казахском)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="259"/>
        <source>Clinic name (&amp;Russian)</source>
        <translation>Название клиники (на &amp;русском)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="259"/>
        <source>&amp;BIN</source>
        <translation>&amp;БИН</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="259"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="260"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="262"/>
        <source>Where the data lives</source>
        <translation>Где хранятся данные</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="263"/>
        <source>On this &amp;computer</source>
        <translation>На этом &amp;компьютере</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="264"/>
        <source>On the clinic&apos;s &amp;PostgreSQL server</source>
        <translation>На &amp;сервере PostgreSQL клиники</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="265"/>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="266"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="267"/>
        <source>This desk</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="268"/>
        <source>Site p&amp;refix</source>
        <translation>&amp;Префикс номеров</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="269"/>
        <source>Pap&amp;er of the slips</source>
        <translation>&amp;Бумага направлений</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="271"/>
        <source>Begins every number this desk hands out (referrals, patients without an IIN). Each desk of the clinic needs its own.</source>
        <translation>Начало каждого номера, который выдаёт это рабочее место (направления, пациенты без ИИН). У каждого рабочего места клиники должен быть свой префикс.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="274"/>
        <source>The administrator manages the desk&apos;s settings and, once sign-in is switched on, the accounts of the receptionists. Keep the password in a safe place.</source>
        <translation>Администратор управляет настройками рабочего места, а когда будет включён вход в систему, — учётными записями регистраторов. Храните пароль в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="277"/>
        <source>Full &amp;name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="277"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="277"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="278"/>
        <source>Repeat the passwo&amp;rd</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="280"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="281"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="299"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="299"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="301"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="409"/>
        <source>Another desk of this database already numbers with %1: choose another prefix.</source>
        <translation>Другое рабочее место этой базы данных уже использует префикс %1: выберите другой.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="416"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="425"/>
        <source>Connected. The server has no desk data yet: it is created when the setup finishes.</source>
        <translation>Подключено. На сервере пока нет данных: они будут созданы по завершении настройки.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="428"/>
        <source>Connected. Prefixes other desks use: %1.</source>
        <translation>Подключено. Префиксы других рабочих мест: %1.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="462"/>
        <source>Saving the setup…</source>
        <translation>Настройка сохраняется…</translation>
    </message>
</context>
</TS>
