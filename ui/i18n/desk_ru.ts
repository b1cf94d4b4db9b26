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
        <source>Something went wrong in the desk. What it said was saved is saved; the last action may not have been done. Try it again.</source>
        <translation>В программе произошёл сбой. Всё, о чём было сказано «сохранено», сохранено; последнее действие могло не выполниться. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="31"/>
        <source>If it happens again, tell the administrator the mark %1: the details are in the desk&apos;s log under it. The desk keeps working.</source>
        <translation>Если повторится, сообщите администратору отметку %1: подробности записаны в журнале программы под ней. Программа продолжает работу.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="42"/>
        <source>Cannot do that</source>
        <translation>Невозможно выполнить</translation>
    </message>
</context>
<context>
    <name>EmergencyConfirm</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="162"/>
        <source>Emergency</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="163"/>
        <source>Record an emergency visit for %1?</source>
        <translation>Зарегистрировать экстренное обращение для %1?</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="164"/>
        <source>IIN or number: %1 · born %2</source>
        <translation>ИИН или номер: %1 · дата рождения %2</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="165"/>
        <source>&amp;Yes, for this patient (Enter)</source>
        <translation>&amp;Да, этому пациенту (Enter)</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="166"/>
        <source>&amp;Someone else — not identified</source>
        <translation>&amp;Другой человек — личность не установлена</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="91"/>
        <source>Emergency — patient not identified</source>
        <translation>Экстренная помощь — пациент не установлен</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="92"/>
        <source>Care starts now. Note what you can see; the patient gets a local number and can be identified later.</source>
        <translation>Помощь начинается сейчас. Запишите, что видите; пациент получит местный номер, личность можно установить позже.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="94"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="95"/>
        <source>Approximate &amp;age</source>
        <translation>Примерный &amp;возраст</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="96"/>
        <source>What is &amp;known</source>
        <translation>Что &amp;известно</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="97"/>
        <location filename="../views/emergency_dialog.py" line="101"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="98"/>
        <source>e.g. brought by ambulance, name said: Asel</source>
        <translation>например: доставлена скорой, назвала имя: Асель</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="102"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="103"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="105"/>
        <source>&amp;Register emergency</source>
        <translation>&amp;Зарегистрировать экстренный случай</translation>
    </message>
</context>
<context>
    <name>EmergencyPendingDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="285"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Экстренных обращений ждут записи в базу: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="284"/>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="283"/>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="280"/>
        <source>The database cannot take it right now. The visit is kept on this computer and will be written to the database automatically as soon as it answers.</source>
        <translation>База данных сейчас не может его принять. Обращение сохранено на этом компьютере и будет записано в базу автоматически, как только она ответит.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="278"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Экстренное обращение зарегистрировано — оказывайте помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="277"/>
        <source>Emergency visit saved on this computer</source>
        <translation>Экстренное обращение сохранено на этом компьютере</translation>
    </message>
</context>
<context>
    <name>EmergencyResultDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="222"/>
        <source>Emergency visit recorded</source>
        <translation>Экстренное обращение зарегистрировано</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="223"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Экстренное обращение зарегистрировано — оказывайте помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="225"/>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="226"/>
        <source>Operator: %1</source>
        <translation>Регистратор: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="228"/>
        <source>Local number: %1</source>
        <translation>Местный номер: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="233"/>
        <source>Funding: %1</source>
        <translation>Оплата: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="235"/>
        <source>Funding: unknown — check</source>
        <translation>Оплата: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="242"/>
        <source>Rule pack: %1</source>
        <translation>Свод правил: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="248"/>
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
        <location filename="../main_window.py" line="618"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Экстренных обращений ждут записи в базу: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="590"/>
        <source>Emergency visit of %1 written to the database</source>
        <translation>Экстренное обращение от %1 записано в базу данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Tirkeu — registration desk</source>
        <translation>Тіркеу — регистратура</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>&amp;Search (%1):</source>
        <translation>&amp;Поиск (%1):</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>IIN, scanned barcode or name in any spelling</source>
        <translation>ИИН, штрихкод или ФИО в любом написании</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>New patient (%1)</source>
        <translation>Новый пациент (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331"/>
        <source>Referral (%1)</source>
        <translation>Направление (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>EMERGENCY (%1)</source>
        <translation>ЭКСТРЕННО (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333"/>
        <source>Register an emergency visit; works without a patient</source>
        <translation>Зарегистрировать экстренное обращение; работает и без выбранного пациента</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334"/>
        <source>Language of the desk</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>&amp;Desk</source>
        <translation>&amp;Регистратура</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>&amp;New patient</source>
        <translation>&amp;Новый пациент</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>&amp;Emergency</source>
        <translation>&amp;Экстренная помощь</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>&amp;Referral</source>
        <translation>Н&amp;аправление</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="340"/>
        <source>&amp;Merge two records of one person…</source>
        <translation>&amp;Объединить две записи одного человека…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="341"/>
        <source>Referral re&amp;gister…</source>
        <translation>Р&amp;еестр направлений…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="342"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="343"/>
        <source>The database is empty. Load synthetic demo patients to try the desk?</source>
        <translation>База данных пуста. Загрузить вымышленных демо-пациентов, чтобы опробовать программу?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>&amp;Load demo data</source>
        <translation>&amp;Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>The card of %1 was closed: the search found other people</source>
        <translation>Карта %1 закрыта: поиск нашёл других людей</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>Recent patients</source>
        <translation>Недавние пациенты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>— check the digits</source>
        <translation>— проверьте цифры</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Nothing found — F4 registers a new patient</source>
        <translation>Ничего не найдено — F4 регистрирует нового пациента</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="417"/>
        <source>%1 — out of date: the server does not answer</source>
        <translation>%1 — может быть устаревшим: сервер не отвечает</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>No patient with IIN %1 — F4 registers one</source>
        <translation>Пациента с ИИН %1 нет — F4 для регистрации</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="674"/>
        <source>Open one of the two records first, then merge</source>
        <translation>Сначала откройте одну из двух записей, затем объединяйте</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="785"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="791"/>
        <source>Rules: %1</source>
        <translation>Правила: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="792"/>
        <source>not loaded</source>
        <translation>не загружены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="799"/>
        <source>Insurance data: none</source>
        <translation>Данные о страховании: нет</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="802"/>
        <source>Insurance data: %1 days old</source>
        <translation>Данные о страховании: %1 дн. назад</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="842"/>
        <source>The database server does not answer; this works again when it is back. Emergency (F9) still records visits.</source>
        <translation>Сервер базы данных не отвечает; это заработает, когда связь восстановится. Экстренная помощь (F9) по-прежнему регистрируется.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="870"/>
        <source>The database server answers again</source>
        <translation>Сервер базы данных снова отвечает</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="881"/>
        <source>No connection to the database server — retrying</source>
        <translation>Нет связи с сервером базы данных — переподключение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="924"/>
        <location filename="../main_window.py" line="925"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="928"/>
        <source>No backup of this database was found. Call the administrator; emergency visits (F9) are kept on this computer meanwhile.</source>
        <translation>Резервная копия этой базы данных не найдена. Обратитесь к администратору; до тех пор экстренные обращения (F9) сохраняются на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="933"/>
        <source>The last backup was made %1 (%2). Restore it now? The damaged database is kept aside, nothing is deleted; what was entered after the backup has to be entered again.</source>
        <translation>Последняя резервная копия сделана %1 (%2). Восстановить её сейчас? Повреждённая база данных сохраняется отдельно, ничего не удаляется; введённое после копии придётся ввести заново.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="937"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Восстановить копию</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="939"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="948"/>
        <source>Restoring the backup %1 …</source>
        <translation>Восстанавливается резервная копия %1 …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="954"/>
        <source>Restored from %1.</source>
        <translation>Восстановлено из %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="956"/>
        <source>The damaged database is kept as %1.</source>
        <translation>Повреждённая база данных сохранена как %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="757"/>
        <source>Backup made: %1</source>
        <translation>Резервная копия сделана: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../views/merge_dialog.py" line="105"/>
        <source>Merge two records of one person</source>
        <translation>Объединение двух записей одного человека</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="106"/>
        <source>Find the other record of this person (IIN, number or name). Both records&apos; documents, insurance evidence, conditions, visits and referrals are kept in the one that remains.</source>
        <translation>Найдите другую запись этого человека (ИИН, номер или ФИО). Документы, сведения о страховании, заболевания, посещения и направления обеих записей сохранятся в той, что остаётся.</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="109"/>
        <source>IIN, number or name of the other record</source>
        <translation>ИИН, номер или ФИО другой записи</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="110"/>
        <source>&amp;Which record remains</source>
        <translation>&amp;Какая запись остаётся</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="111"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="113"/>
        <source>Record open now</source>
        <translation>Открытая сейчас запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="113"/>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="115"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="115"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="115"/>
        <source>Local number</source>
        <translation>Местный номер</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="115"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="115"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="116"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="116"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="116"/>
        <source>Evidence</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="119"/>
        <source>the record open now</source>
        <translation>открытая сейчас запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="120"/>
        <source>the other record</source>
        <translation>другая запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="181"/>
        <source>Merge records</source>
        <translation>Объединение записей</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="182"/>
        <source>Merge the record of %1 (%2) into the record of %3 (%4)?</source>
        <translation>Объединить запись %1 (%2) с записью %3 (%4)?</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="185"/>
        <source>Visits moved: %1, referrals: %2. The other record is closed and points to the one that remains.</source>
        <translation>Будет перенесено посещений: %1, направлений: %2. Другая запись закрывается и указывает на оставшуюся.</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="190"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="192"/>
        <source>Back</source>
        <translation>Назад</translation>
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
        <location filename="../widgets/patient_card.py" line="645"/>
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
        <location filename="../widgets/patient_card.py" line="382"/>
        <source>Could not be worked out; the details are in the desk&apos;s log.</source>
        <translation>Определить не удалось; подробности в журнале программы.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="387"/>
        <source>Legal status: unknown — check</source>
        <translation>Правовой статус: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="394"/>
        <source>full package</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="394"/>
        <source>limited package</source>
        <translation>ограниченный пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="397"/>
        <source>own status: %1</source>
        <translation>собственный статус: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="399"/>
        <source>⚠ not confirmed</source>
        <translation>⚠ не подтверждён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="401"/>
        <source>document valid until %1</source>
        <translation>документ действителен до %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="410"/>
        <source>МӘМС: unknown — check</source>
        <translation>ОСМС: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="415"/>
        <source>МӘМС: insured</source>
        <translation>ОСМС: застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="417"/>
        <source>МӘМС: not insured</source>
        <translation>ОСМС: не застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="419"/>
        <source>МӘМС: unknown</source>
        <translation>ОСМС: неизвестно</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="421"/>
        <source>Fund answer</source>
        <translation>Ответ Фонда</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="421"/>
        <source>state category</source>
        <translation>льготная категория</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="422"/>
        <source>contributions</source>
        <translation>взносы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="428"/>
        <source>Fund service</source>
        <translation>Сервис Фонда</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="428"/>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="429"/>
        <source>paper certificate</source>
        <translation>бумажная справка</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="429"/>
        <source>registry import</source>
        <translation>загружено из реестра</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="431"/>
        <source>source: %1</source>
        <translation>источник: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="433"/>
        <source>checked %1 days ago</source>
        <translation>проверено %1 дн. назад</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="435"/>
        <source>⚠ stale — ask the Fund again</source>
        <translation>⚠ устарело — запросите Фонд снова</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="441"/>
        <source>to regain: pay %1 months × %2 ₸ = %3 ₸</source>
        <translation>для восстановления: оплатить %1 мес. × %2 ₸ = %3 ₸</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="445"/>
        <source>to regain: pay %1 months, %2 ₸ in total</source>
        <translation>для восстановления: оплатить %1 мес., всего %2 ₸</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="458"/>
        <source>valid until %1</source>
        <translation>действителен до %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="459"/>
        <source>EXPIRED</source>
        <translation>ПРОСРОЧЕН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="467"/>
        <location filename="../widgets/patient_card.py" line="484"/>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="470"/>
        <source>not attached</source>
        <translation>не прикреплён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="472"/>
        <location filename="../widgets/patient_card.py" line="495"/>
        <location filename="../widgets/patient_card.py" line="680"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="475"/>
        <source> (dispensary)</source>
        <translation> (на диспансерном учёте)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="477"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="481"/>
        <source>pregnant</source>
        <translation>беременна</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="483"/>
        <source>on the palliative list</source>
        <translation>в паллиативном списке</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="486"/>
        <source>unknown — check</source>
        <translation>неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="490"/>
        <source>nothing due</source>
        <translation>ничего не требуется</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="493"/>
        <source>%1 recorded, %2 emergency; last %3</source>
        <translation>всего %1, экстренных %2; последнее %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="499"/>
        <source>approx. %1 years</source>
        <translation>примерно %1 лет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="569"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (C50.9).</source>
        <translation>Не код МКБ-10: латинская буква, две цифры, затем при необходимости точка и до четырёх знаков (C50.9).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="571"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Подозрение на социально значимое заболевание: с 2026 года консультация и диагностика бесплатны (ГОБМП).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="583"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Установлено заранее: пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="585"/>
        <source>Pre-set from the records: attached to %1, this clinic.</source>
        <translation>Установлено по данным: прикреплён к %1 — этой поликлинике.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="588"/>
        <source>Pre-set from the records: attached to %1, not to this clinic (%2).</source>
        <translation>Установлено по данным: прикреплён к %1, а не к этой поликлинике (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="592"/>
        <source>Pre-set: no attachment is recorded for the patient, so the patient is taken as attached here. Untick if attached elsewhere.</source>
        <translation>Установлено заранее: прикрепление пациента не записано, поэтому он считается прикреплённым здесь. Если прикреплён в другом месте, снимите отметку.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="595"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Установлено заранее: в настройках не указана организация этой поликлиники, поэтому пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="597"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Пациент прикреплён к этой поликлинике: к акушеру-гинекологу или психологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="600"/>
        <source>Changed by hand for this visit.</source>
        <translation>Изменено вручную для этого приёма.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="615"/>
        <source>referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="620"/>
        <source>The rules could not decide this service; check it by hand. Emergency care is never blocked.</source>
        <translation>Правила не смогли определить эту услугу; проверьте вручную. Экстренная помощь никогда не блокируется.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="626"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Покрывается за счёт %1 при наличии направления</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="644"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="644"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="650"/>
        <source>Rule pack: not loaded</source>
        <translation>Свод правил: не загружен</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="653"/>
        <source>Pack version: %1</source>
        <translation>Версия свода: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="654"/>
        <source>Content hash: %1</source>
        <translation>Хеш содержимого: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="658"/>
        <source>Rule id</source>
        <translation>Идентификатор правила</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="658"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="658"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="658"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="659"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="659"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="672"/>
        <source>Unconfirmed rules in force on %1</source>
        <translation>Неподтверждённые правила, действующие на %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="683"/>
        <source>Unconfirmed entries of the condition lists</source>
        <translation>Неподтверждённые записи перечней заболеваний</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="633"/>
        <source>Rule pack</source>
        <translation>Свод правил</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="633"/>
        <source>not loaded</source>
        <translation>не загружены</translation>
    </message>
</context>
<context>
    <name>ReferralRegisterDialog</name>
    <message>
        <location filename="../views/referral_register.py" line="191"/>
        <source>Referral register</source>
        <translation>Реестр направлений</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="192"/>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="192"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="192"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="192"/>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="193"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Услуга</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="196"/>
        <source>any part, e.g. 000042</source>
        <translation>любая часть, напр. 000042</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="197"/>
        <source>IIN or local number</source>
        <translation>ИИН или местный номер</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="199"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="200"/>
        <source>(any service)</source>
        <translation>(любая услуга)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="203"/>
        <source>Show voided</source>
        <translation>Показывать аннулированные</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="204"/>
        <source>&amp;Print a copy… (Enter, Ctrl+P)</source>
        <translation>Печать &amp;копии… (Enter, Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="205"/>
        <source>V&amp;oid… (Del)</source>
        <translation>&amp;Аннулировать… (Del)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="206"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="208"/>
        <source>Choose a referral to see its slip.</source>
        <translation>Выберите направление, чтобы увидеть его бланк.</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="238"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Введите дату в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="272"/>
        <source>Referrals found: %1 (the newest %2 are listed)</source>
        <translation>Найдено направлений: %1 (показаны %2 последних)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="275"/>
        <source>Referrals found: %1</source>
        <translation>Найдено направлений: %1</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="322"/>
        <source>Printing a copy…</source>
        <translation>Печать копии…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/referral_register.py" line="331"/>
        <source>Copy of No. %1 sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Копия № %1 отправлена на принтер: %n страница.</numerusform>
            <numerusform>Копия № %1 отправлена на принтер: %n страницы.</numerusform>
            <numerusform>Копия № %1 отправлена на принтер: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="354"/>
        <source>Referral No. %1 voided.</source>
        <translation>Направление № %1 аннулировано.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../models/register_model.py" line="73"/>
        <source>%1 (emergency)</source>
        <translation>%1 (экстренно)</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="80"/>
        <source>VOIDED</source>
        <translation>АННУЛИРОВАНО</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="80"/>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="84"/>
        <source>Voided %1 by %2. Reason: %3</source>
        <translation>Аннулировано: %1, %2. Причина: %3</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="120"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="120"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="121"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="121"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="122"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="122"/>
        <source>Referred to</source>
        <translation>Куда направлен</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="123"/>
        <source>Copies</source>
        <translation>Копий</translation>
    </message>
    <message>
        <location filename="../models/register_model.py" line="123"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../views/registration_dialog.py" line="353"/>
        <source>Edit patient</source>
        <translation>Изменение данных пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="353"/>
        <source>New patient</source>
        <translation>Новый пациент</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="355"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="355"/>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="356"/>
        <source>&amp;Given name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="356"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="357"/>
        <source>Surname (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="357"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="358"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="358"/>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>Citizenship (ISO code)</source>
        <translation>Гражданство (код ISO)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>Attached PHC</source>
        <translation>Прикрепление ПМСП</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="361"/>
        <source>Legal s&amp;tatus</source>
        <translation>Правовой &amp;статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="361"/>
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>Parent&apos;s status (child on a parent&apos;s permit)</source>
        <translation>Статус родителя (ребёнок по виду на жительство родителя)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Kandas since</source>
        <translation>Кандас с</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Fund answer</source>
        <translation>Ответ Фонда</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Earlier answers</source>
        <translation>Прежние ответы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="366"/>
        <source>VHI contract valid until</source>
        <translation>Договор ДМС действует до</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="370"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="374"/>
        <source>12 digits; birth date and sex are filled from it</source>
        <translation>12 цифр; дата рождения и пол заполнятся по нему</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="375"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="375"/>
        <source>Documents and status</source>
        <translation>Документы и статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="376"/>
        <source>Insurance</source>
        <translation>Страхование</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="376"/>
        <source>Conditions</source>
        <translation>Заболевания</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="378"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="378"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="381"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="381"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="381"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="382"/>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="382"/>
        <source>First month (yyyy-mm)</source>
        <translation>Первый месяц (гггг-мм)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="383"/>
        <source>Last month (yyyy-mm)</source>
        <translation>Последний месяц (гггг-мм)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="384"/>
        <source>ICD-10</source>
        <translation>МКБ-10</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="384"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="384"/>
        <source>Dispensary</source>
        <translation>Диспансерный учёт</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="385"/>
        <source>State-insured categories</source>
        <translation>Льготные категории (страхует государство)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="386"/>
        <source>Contributions paid</source>
        <translation>Уплаченные взносы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="387"/>
        <source>Pregnant</source>
        <translation>Беременна</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="388"/>
        <source>On the palliative list</source>
        <translation>В паллиативном списке</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="389"/>
        <source>From &amp;documents</source>
        <translation>По &amp;документам</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="390"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="391"/>
        <source>&amp;Open the registered patient</source>
        <translation>&amp;Открыть зарегистрированного пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="392"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="392"/>
        <location filename="../views/registration_dialog.py" line="487"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="393"/>
        <location filename="../views/registration_dialog.py" line="487"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="394"/>
        <source>not asked</source>
        <translation>не запрашивали</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="394"/>
        <source>insured</source>
        <translation>застрахован</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="395"/>
        <source>not insured</source>
        <translation>не застрахован</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="396"/>
        <source>Fund service</source>
        <translation>Сервис Фонда</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="397"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="397"/>
        <source>paper</source>
        <translation>бумага</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="475"/>
        <source>No IIN: the patient gets a local number.</source>
        <translation>Без ИИН: пациент получит местный номер.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="479"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="488"/>
        <source>valid: born %1, %2</source>
        <translation>верный: дата рождения %1, %2</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="517"/>
        <source>birth date differs from the IIN (%1)</source>
        <translation>дата рождения не совпадает с ИИН (%1)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="520"/>
        <source>sex differs from the IIN</source>
        <translation>пол не совпадает с ИИН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="556"/>
        <source>Possible duplicates — check before saving:</source>
        <translation>Возможные дубликаты — проверьте перед сохранением:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="576"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="577"/>
        <source>This person may be registered already:</source>
        <translation>Возможно, этот человек уже зарегистрирован:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="579"/>
        <source>Open the registered patient, or save a second record anyway?</source>
        <translation>Открыть зарегистрированного пациента или всё же сохранить вторую запись?</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="582"/>
        <source>Open the registered patient</source>
        <translation>Открыть зарегистрированного пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="584"/>
        <source>Save as a new patient</source>
        <translation>Сохранить как нового пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="586"/>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="606"/>
        <location filename="../views/registration_dialog.py" line="613"/>
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
    <name>VoidDialog</name>
    <message>
        <location filename="../views/void_dialog.py" line="68"/>
        <source>Void referral No. %1 of %2? The number is not used again; the register keeps the referral marked voided, and a reprint is marked voided too.</source>
        <translation>Аннулировать направление № %1 пациента %2? Номер больше не выдаётся; в реестре направление остаётся с отметкой «аннулировано», повторная печать тоже помечается.</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="79"/>
        <source>Void the visit %1? It stays in the history marked voided.</source>
        <translation>Аннулировать посещение %1? Оно остаётся в истории с отметкой «аннулировано».</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="90"/>
        <source>Void</source>
        <translation>Аннулирование</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="92"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="93"/>
        <source>e.g. issued to the wrong patient</source>
        <translation>напр., выдано не тому пациенту</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="94"/>
        <source>&amp;Void</source>
        <translation>&amp;Аннулировать</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/void_dialog.py" line="103"/>
        <source>Write the reason first.</source>
        <translation>Сначала укажите причину.</translation>
    </message>
</context>
</TS>
