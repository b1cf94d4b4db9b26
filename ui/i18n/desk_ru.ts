<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="161"/>
        <source>Sign in as &amp;someone else</source>
        <translation>Войти под &amp;другим именем</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="163"/>
        <source>An emergency is registered without signing in: press the button or F9.</source>
        <translation>Экстренная помощь регистрируется без входа в систему: нажмите кнопку или F9.</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="165"/>
        <source>The desk is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="167"/>
        <source>Signed in: %1. Type the password to go on; what was typed in open forms is kept.</source>
        <translation>Вход выполнен: %1. Чтобы продолжить, введите пароль; набранное в открытых формах сохранено.</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="169"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="171"/>
        <source>Tirkeu — sign in</source>
        <translation>Tirkeu — вход в систему</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="172"/>
        <source>Type your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <location filename="../views/access_page.py" line="173"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../views/audit_dialog.py" line="214"/>
        <source>Audit trail</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="215"/>
        <source>&amp;Person (login)</source>
        <translation>&amp;Кто (логин)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="215"/>
        <source>P&amp;atient (IIN or name)</source>
        <translation>Па&amp;циент (ИИН или ФИО)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="215"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="216"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="216"/>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="219"/>
        <source>any person</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="220"/>
        <source>any patient</source>
        <translation>любой пациент</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="222"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="223"/>
        <source>(any kind)</source>
        <translation>(любой вид)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Person</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="226"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="227"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="229"/>
        <source>Show &amp;more</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="230"/>
        <source>&amp;Verify the chain</source>
        <translation>Провери&amp;ть цепочку</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="231"/>
        <source>Save as &amp;CSV… (Ctrl+S)</source>
        <translation>Сохранить в &amp;CSV… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="232"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="291"/>
        <source>No such patient</source>
        <translation>Такого пациента нет</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="306"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Введите дату в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="344"/>
        <source>No events match.</source>
        <translation>Подходящих событий нет.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="346"/>
        <source>%1 newest events shown; more below.</source>
        <translation>Показаны %1 последних событий; есть ещё.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="348"/>
        <source>Events: %1.</source>
        <translation>Событий: %1.</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="356"/>
        <source>Checking every event of the trail…</source>
        <translation>Проверяется каждое событие журнала…</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="378"/>
        <source>Save the events as CSV</source>
        <translation>Сохранить события в CSV</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="380"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="390"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="396"/>
        <source>Saved %1 events: %2</source>
        <translation>Сохранено событий: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../views/audit_dialog.py" line="402"/>
        <source>Could not save the file: check the folder and try again.</source>
        <translation>Не удалось сохранить файл: проверьте папку и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../models/conflicts_model.py" line="46"/>
        <source>patient</source>
        <translation>пациент</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="46"/>
        <source>identity document</source>
        <translation>документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="47"/>
        <source>legal status</source>
        <translation>правовой статус</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="47"/>
        <source>Fund check</source>
        <translation>проверка в Фонде</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="48"/>
        <source>state category</source>
        <translation>категория, застрахованная государством</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="48"/>
        <source>payment months</source>
        <translation>месяцы взносов</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="49"/>
        <source>condition</source>
        <translation>заболевание</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="49"/>
        <source>VHI contract</source>
        <translation>договор ДМС</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="50"/>
        <source>visit</source>
        <translation>посещение</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="50"/>
        <source>referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="51"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="51"/>
        <source>account</source>
        <translation>учётная запись</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="52"/>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="58"/>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="58"/>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="59"/>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="59"/>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="60"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="60"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="60"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="61"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="61"/>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="62"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="62"/>
        <source>voided</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="62"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="67"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="67"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="71"/>
        <source>later change</source>
        <translation>более позднее изменение</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="71"/>
        <source>same IIN</source>
        <translation>один ИИН</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="72"/>
        <source>same code</source>
        <translation>один код</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="72"/>
        <source>same login</source>
        <translation>один логин</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="114"/>
        <source>Value kept</source>
        <translation>Оставленное значение</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="115"/>
        <source>Value overwritten</source>
        <translation>Перезаписанное значение</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="115"/>
        <source>Kept from</source>
        <translation>Оставленное откуда</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="115"/>
        <source>Overwritten from</source>
        <translation>Перезаписанное откуда</translation>
    </message>
    <message>
        <location filename="../models/conflicts_model.py" line="116"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../views/consent_dialog.py" line="178"/>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="180"/>
        <source>1. Print the form for the patient to sign</source>
        <translation>1. Распечатайте бланк для подписи пациента</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="181"/>
        <source>&amp;Language of the form</source>
        <translation>&amp;Язык бланка</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="182"/>
        <source>&amp;Show the form</source>
        <translation>&amp;Показать бланк</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="183"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="184"/>
        <source>2. Record the signed form</source>
        <translation>2. Запишите подписанный бланк</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="185"/>
        <source>Form &amp;number</source>
        <translation>&amp;Номер бланка</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="186"/>
        <source>the number written on the signed paper</source>
        <translation>номер на подписанном бланке</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="187"/>
        <source>Signed &amp;on</source>
        <translation>&amp;Дата подписи</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="188"/>
        <source>Agreed to</source>
        <translation>Согласие на</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="191"/>
        <source>&amp;Record the signed form</source>
        <translation>&amp;Записать подписанный бланк</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="192"/>
        <source>Withdrawal</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="194"/>
        <source>On the patient&apos;s written request: the ticked consents end on the date above. Emergency care never needs consent.</source>
        <translation>По письменному заявлению пациента: отмеченные согласия прекращаются с даты выше. Для экстренной помощи согласие никогда не нужно.</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="196"/>
        <source>&amp;Withdraw the ticked consents</source>
        <translation>&amp;Отозвать отмеченные согласия</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="198"/>
        <source>The form appears here after «Show the form».</source>
        <translation>Бланк появится здесь после «Показать бланк».</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="203"/>
        <source>Reading the consents…</source>
        <translation>Согласия загружаются…</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="210"/>
        <source>given %1, No. %2</source>
        <translation>дано %1, № %2</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="213"/>
        <source>withdrawn %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="215"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/consent_dialog.py" line="258"/>
        <source>The form was sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Бланк отправлен на принтер: %n страница.</numerusform>
            <numerusform>Бланк отправлен на принтер: %n страницы.</numerusform>
            <numerusform>Бланк отправлен на принтер: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="289"/>
        <source>Signed form No. %1 recorded.</source>
        <translation>Подписанный бланк № %1 записан.</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="296"/>
        <source>Withdraw consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="297"/>
        <source>Withdraw the ticked consents from %1? Keep the patient&apos;s written request.</source>
        <translation>Отозвать отмеченные согласия с %1? Сохраните письменное заявление пациента.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/consent_dialog.py" line="315"/>
        <source>Consent withdrawn: %n scope(s).</source>
        <translation>
            <numerusform>Согласие отозвано: %n пункт.</numerusform>
            <numerusform>Согласие отозвано: %n пункта.</numerusform>
            <numerusform>Согласие отозвано: %n пунктов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../models/coverage_model.py" line="66"/>
        <location filename="../models/coverage_model.py" line="83"/>
        <source>unknown — check</source>
        <translation>неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="68"/>
        <source>unknown — confirm the status</source>
        <translation>неизвестно — уточните статус</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="71"/>
        <source>%1, emergency</source>
        <translation>%1, экстренно</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="75"/>
        <source>free for %1</source>
        <translation>бесплатно по %1</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="76"/>
        <source>%1 for %2</source>
        <translation>%1 по %2</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="78"/>
        <source>%1; another diagnosis: %2</source>
        <translation>%1; с другим диагнозом — %2</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="84"/>
        <location filename="../models/coverage_model.py" line="86"/>
        <source>not needed</source>
        <translation>не нужно</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="87"/>
        <source>needed — on file</source>
        <translation>нужно — есть</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="88"/>
        <source>needed — missing</source>
        <translation>нужно — нет</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="112"/>
        <source>The legal status is not recorded: ask for a document and record it. Emergency care is never blocked.</source>
        <translation>Правовой статус не записан: попросите документ и запишите статус. Экстренная помощь никогда не блокируется.</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="117"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Покрывается за счёт %1 при наличии направления</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="138"/>
        <source>Emergency care</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="138"/>
        <source>Primary care</source>
        <translation>Первичная медико-санитарная помощь (ПМСП)</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="139"/>
        <source>Specialists and diagnostics</source>
        <translation>Профильные специалисты и диагностика</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="140"/>
        <source>Hospital care</source>
        <translation>Стационарная помощь</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="140"/>
        <source>Other</source>
        <translation>Другие услуги</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="146"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="146"/>
        <source>Funding</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../models/coverage_model.py" line="147"/>
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
    <name>DeskAccess</name>
    <message>
        <location filename="../desk_access.py" line="171"/>
        <source>Type your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="297"/>
        <source>Signed in: %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="381"/>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="382"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Заблокировать рабочее место</translation>
    </message>
    <message>
        <location filename="../desk_access.py" line="383"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти из системы</translation>
    </message>
</context>
<context>
    <name>EmergencyConfirm</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="166"/>
        <source>Emergency</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="167"/>
        <source>Record an emergency visit for %1?</source>
        <translation>Зарегистрировать экстренное обращение для %1?</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="168"/>
        <source>IIN or number: %1 · born %2</source>
        <translation>ИИН или номер: %1 · дата рождения %2</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="169"/>
        <source>&amp;Yes, for this patient (Enter)</source>
        <translation>&amp;Да, этому пациенту (Enter)</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="170"/>
        <source>&amp;Someone else — not identified</source>
        <translation>&amp;Другой человек — личность не установлена</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="171"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="93"/>
        <source>Emergency — patient not identified</source>
        <translation>Экстренная помощь — пациент не установлен</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="96"/>
        <source>Care starts now. Note what you can see; the patient gets a local number and can be identified later.</source>
        <translation>Помощь начинается сейчас. Запишите, что видите; пациент получит местный номер, личность можно установить позже.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="98"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="99"/>
        <source>Approximate &amp;age</source>
        <translation>Примерный &amp;возраст</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="100"/>
        <source>What is &amp;known</source>
        <translation>Что &amp;известно</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="101"/>
        <location filename="../views/emergency_dialog.py" line="105"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="102"/>
        <source>e.g. brought by ambulance, name said: Asel</source>
        <translation>например: доставлена скорой, назвала имя: Асель</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="106"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="107"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="109"/>
        <source>&amp;Register emergency</source>
        <translation>&amp;Зарегистрировать экстренный случай</translation>
    </message>
</context>
<context>
    <name>EmergencyPendingDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="290"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Экстренных обращений ждут записи в базу: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="289"/>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="288"/>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="285"/>
        <source>The database cannot take it right now. The visit is kept on this computer and will be written to the database automatically as soon as it answers.</source>
        <translation>База данных сейчас не может его принять. Обращение сохранено на этом компьютере и будет записано в базу автоматически, как только она ответит.</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="283"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Экстренное обращение зарегистрировано — оказывайте помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="282"/>
        <source>Emergency visit saved on this computer</source>
        <translation>Экстренное обращение сохранено на этом компьютере</translation>
    </message>
</context>
<context>
    <name>EmergencyResultDialog</name>
    <message>
        <location filename="../views/emergency_dialog.py" line="226"/>
        <source>Emergency visit recorded</source>
        <translation>Экстренное обращение зарегистрировано</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="227"/>
        <source>Emergency visit recorded — proceed with care</source>
        <translation>Экстренное обращение зарегистрировано — оказывайте помощь</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="229"/>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="230"/>
        <source>Operator: %1</source>
        <translation>Регистратор: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="232"/>
        <source>Local number: %1</source>
        <translation>Местный номер: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="238"/>
        <source>Funding: %1</source>
        <translation>Оплата: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="240"/>
        <source>Funding: unknown — check</source>
        <translation>Оплата: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="247"/>
        <source>Rule pack: %1</source>
        <translation>Свод правил: %1</translation>
    </message>
    <message>
        <location filename="../views/emergency_dialog.py" line="253"/>
        <source>Emergency &amp;referral slip…</source>
        <translation>Экстренное &amp;направление…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/consent_dialog.py" line="396"/>
        <location filename="../views/consent_dialog.py" line="424"/>
        <source>Export the patient&apos;s data</source>
        <translation>Выгрузка данных пациента</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="398"/>
        <source>On the patient&apos;s request: everything stored about the patient (identity, documents, status, insurance, conditions, visits, referrals, consents). The export is recorded in the audit trail.</source>
        <translation>По запросу пациента: всё, что хранится о пациенте (личные данные, документы, статус, страхование, заболевания, посещения, направления, согласия). Выгрузка записывается в журнал действий.</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="401"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="402"/>
        <source>&amp;PDF to read</source>
        <translation>&amp;PDF для чтения</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="403"/>
        <source>&amp;JSON (for another program)</source>
        <translation>&amp;JSON (для другой программы)</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="404"/>
        <source>&amp;Language of the PDF</source>
        <translation>&amp;Язык PDF</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="405"/>
        <source>&amp;Save to</source>
        <translation>&amp;Сохранить в</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="408"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="409"/>
        <source>E&amp;xport</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="410"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../views/consent_dialog.py" line="469"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/history_model.py" line="57"/>
        <source>visit</source>
        <translation>посещение</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="57"/>
        <source>emergency</source>
        <translation>экстренно</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="58"/>
        <source>referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="58"/>
        <source>registration</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="60"/>
        <source>%1 (voided)</source>
        <translation>%1 (аннулировано)</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="108"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="108"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="108"/>
        <source>What</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="109"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="109"/>
        <source>IIN / local No.</source>
        <translation>ИИН / локальный номер</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="110"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="110"/>
        <source>Funding</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../models/history_model.py" line="111"/>
        <source>Referral No.</source>
        <translation>Номер направления</translation>
    </message>
</context>
<context>
    <name>HubFetch</name>
    <message>
        <location filename="../sync_panel.py" line="363"/>
        <source>IIN %1 is not on this computer: asking the hub…</source>
        <translation>ИИН %1 нет на этом компьютере: запрашиваем хаб…</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="372"/>
        <source>Fetched from the hub</source>
        <translation>Получено с хаба</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="375"/>
        <source>The hub does not know IIN %1 either — F4 registers a new patient</source>
        <translation>ИИН %1 нет и на хабе — F4 регистрирует нового пациента</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="383"/>
        <source>The hub cannot be reached now: only this computer&apos;s records were searched. F4 registers a new patient.</source>
        <translation>Хаб сейчас недоступен: поиск был только по записям этого компьютера. F4 регистрирует нового пациента.</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="387"/>
        <source>The patient could not be fetched from the hub; see the log.</source>
        <translation>Не удалось получить пациента с хаба; подробности в журнале.</translation>
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
        <location filename="../views/identify_dialog.py" line="67"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="68"/>
        <source>Find the registered patient (IIN or name). The emergency visits move to that patient; register them first with F4 if new.</source>
        <translation>Найдите зарегистрированного пациента (ИИН или ФИО). Экстренные обращения перейдут к нему; если он новый, сначала зарегистрируйте его клавишей F4.</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="70"/>
        <source>IIN or name</source>
        <translation>ИИН или ФИО</translation>
    </message>
    <message>
        <location filename="../views/identify_dialog.py" line="71"/>
        <source>&amp;Link visits to this patient</source>
        <translation>&amp;Связать обращения с этим пациентом</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../views/key_dialog.py" line="81"/>
        <source>Database key</source>
        <translation>Ключ базы данных</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="83"/>
        <source>The desk&apos;s data is encrypted. Enter the database key (the administrator keeps it).</source>
        <translation>Данные рабочего места зашифрованы. Введите ключ базы данных (он хранится у администратора).</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="84"/>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="86"/>
        <source>This key does not open the database. Nothing was changed; check the key and try again.</source>
        <translation>Этот ключ не открывает базу данных. Ничего не изменено; проверьте ключ и повторите.</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="88"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="89"/>
        <source>Close the desk</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="90"/>
        <source>EMERGENCY (F9)</source>
        <translation>ЭКСТРЕННО (F9)</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="92"/>
        <source>Record an emergency visit of a patient not identified now: it waits on this computer and is written to the database as soon as the key opens it</source>
        <translation>Зарегистрировать экстренное посещение неопознанного пациента сейчас: оно сохраняется на этом компьютере и записывается в базу данных, как только ключ её откроет</translation>
    </message>
    <message>
        <location filename="../views/key_dialog.py" line="95"/>
        <source>Emergency visits recorded on this computer: %1. They are written to the database as soon as the key opens it; if the desk is closed now, at its next start.</source>
        <translation>Экстренных посещений записано на этом компьютере: %1. Они будут записаны в базу данных, как только ключ её откроет; если программу закрыть сейчас — при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="762"/>
        <source>Emergency visits waiting to be written: %1</source>
        <translation>Экстренных обращений ждут записи в базу: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="734"/>
        <source>Emergency visit of %1 written to the database</source>
        <translation>Экстренное обращение от %1 записано в базу данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="394"/>
        <source>Tirkeu — registration desk</source>
        <translation>Тіркеу — регистратура</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395"/>
        <source>&amp;Search (%1):</source>
        <translation>&amp;Поиск (%1):</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>IIN, scanned barcode or name in any spelling</source>
        <translation>ИИН, штрихкод или ФИО в любом написании</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>New patient (%1)</source>
        <translation>Новый пациент (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Referral (%1)</source>
        <translation>Направление (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>EMERGENCY (%1)</source>
        <translation>ЭКСТРЕННО (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>Register an emergency visit; works without a patient</source>
        <translation>Зарегистрировать экстренное обращение; работает и без выбранного пациента</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>Language of the desk</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>&amp;Desk</source>
        <translation>&amp;Регистратура</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>&amp;New patient</source>
        <translation>&amp;Новый пациент</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>&amp;Emergency</source>
        <translation>&amp;Экстренная помощь</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>&amp;Referral</source>
        <translation>Н&amp;аправление</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>&amp;Today&apos;s list</source>
        <translation>&amp;Список за сегодня</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <source>&amp;Merge two records of one person…</source>
        <translation>&amp;Объединить две записи одного человека…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Referral re&amp;gister…</source>
        <translation>Р&amp;еестр направлений…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>S&amp;ync with the hub…</source>
        <translation>Син&amp;хронизация с хабом…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="411"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал действий…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>The database is empty. Load synthetic demo patients to try the desk?</source>
        <translation>База данных пуста. Загрузить вымышленных демо-пациентов, чтобы опробовать программу?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>&amp;Load demo data</source>
        <translation>&amp;Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>The card of %1 was closed: the search found other people</source>
        <translation>Карта %1 закрыта: поиск нашёл других людей</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="482"/>
        <source>Recent patients</source>
        <translation>Недавние пациенты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="485"/>
        <source>— check the digits</source>
        <translation>— проверьте цифры</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="491"/>
        <source>Nothing found — F4 registers a new patient</source>
        <translation>Ничего не найдено — F4 регистрирует нового пациента</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="494"/>
        <source>%1 — out of date: the server does not answer</source>
        <translation>%1 — может быть устаревшим: сервер не отвечает</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="514"/>
        <source>More than %1 found, %2 shown — refine the search</source>
        <translation>Найдено больше %1, показано %2 — уточните поиск</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="515"/>
        <source>%2 of %1 shown — refine the search</source>
        <translation>Показано %2 из %1 — уточните поиск</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="566"/>
        <source>No patient with IIN %1 — F4 registers one</source>
        <translation>Пациента с ИИН %1 нет — F4 для регистрации</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="838"/>
        <source>Open one of the two records first, then merge</source>
        <translation>Сначала откройте одну из двух записей, затем объединяйте</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="965"/>
        <source>Only an administrator opens the sync page</source>
        <translation>Страницу синхронизации открывает только администратор</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1030"/>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1031"/>
        <source>After a new version is installed the database is backed up and upgraded first; on a large database this takes a minute.</source>
        <translation>После установки новой версии сначала делается резервная копия базы данных и она обновляется; на большой базе это занимает около минуты.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1035"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1041"/>
        <source>Rules: %1</source>
        <translation>Правила: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1042"/>
        <source>not loaded</source>
        <translation>не загружены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1049"/>
        <source>Insurance data: none</source>
        <translation>Данные о страховании: нет</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1054"/>
        <source>Insurance data checked: %1</source>
        <translation>Данные о страховании проверены: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1095"/>
        <source>The database server does not answer; this works again when it is back. Emergency (F9) still records visits.</source>
        <translation>Сервер базы данных не отвечает; это заработает, когда связь восстановится. Экстренная помощь (F9) по-прежнему регистрируется.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1123"/>
        <source>The database server answers again</source>
        <translation>Сервер базы данных снова отвечает</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1134"/>
        <source>No connection to the database server — retrying</source>
        <translation>Нет связи с сервером базы данных — переподключение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1179"/>
        <location filename="../main_window.py" line="1180"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1183"/>
        <source>No backup of this database was found. Call the administrator; emergency visits (F9) are kept on this computer meanwhile.</source>
        <translation>Резервная копия этой базы данных не найдена. Обратитесь к администратору; до тех пор экстренные обращения (F9) сохраняются на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1188"/>
        <source>The last backup was made %1 (%2). Restore it now? The damaged database is kept aside, nothing is deleted; what was entered after the backup has to be entered again.</source>
        <translation>Последняя резервная копия сделана %1 (%2). Восстановить её сейчас? Повреждённая база данных сохраняется отдельно, ничего не удаляется; введённое после копии придётся ввести заново.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1192"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Восстановить копию</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1194"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1203"/>
        <source>Restoring the backup %1 …</source>
        <translation>Восстанавливается резервная копия %1 …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1209"/>
        <source>Restored from %1.</source>
        <translation>Восстановлено из %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1211"/>
        <source>The damaged database is kept as %1.</source>
        <translation>Повреждённая база данных сохранена как %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1000"/>
        <source>Backup made: %1</source>
        <translation>Резервная копия сделана: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../views/merge_dialog.py" line="108"/>
        <source>Merge two records of one person</source>
        <translation>Объединение двух записей одного человека</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="109"/>
        <source>Find the other record of this person (IIN, number or name). Both records&apos; documents, insurance evidence, conditions, visits and referrals are kept in the one that remains.</source>
        <translation>Найдите другую запись этого человека (ИИН, номер или ФИО). Документы, сведения о страховании, заболевания, посещения и направления обеих записей сохранятся в той, что остаётся.</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="112"/>
        <source>IIN, number or name of the other record</source>
        <translation>ИИН, номер или ФИО другой записи</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="113"/>
        <source>&amp;Which record remains</source>
        <translation>&amp;Какая запись остаётся</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="114"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="116"/>
        <source>Record open now</source>
        <translation>Открытая сейчас запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="116"/>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Local number</source>
        <translation>Местный номер</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="118"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="119"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="119"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="119"/>
        <source>Evidence</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="122"/>
        <source>the record open now</source>
        <translation>открытая сейчас запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="123"/>
        <source>the other record</source>
        <translation>другая запись</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="184"/>
        <source>Merge records</source>
        <translation>Объединение записей</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="185"/>
        <source>Merge the record of %1 (%2) into the record of %3 (%4)?</source>
        <translation>Объединить запись %1 (%2) с записью %3 (%4)?</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="188"/>
        <source>Visits moved: %1, referrals: %2. The other record is closed and points to the one that remains.</source>
        <translation>Будет перенесено посещений: %1, направлений: %2. Другая запись закрывается и указывает на оставшуюся.</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="193"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../views/merge_dialog.py" line="195"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="409"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="410"/>
        <source>Local number</source>
        <translation>Местный номер</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="410"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="412"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="413"/>
        <source>Conditions</source>
        <translation>Заболевания</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="414"/>
        <source>Visits</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="414"/>
        <source>Noted at admission</source>
        <translation>Отмечено при поступлении</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="432"/>
        <source>&amp;Identify patient…</source>
        <translation>&amp;Установить личность…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="438"/>
        <source>&amp;Coverage on</source>
        <translation>&amp;Покрытие на</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="439"/>
        <source>&amp;Suspected (ICD-10)</source>
        <translation>&amp;Подозрение (МКБ-10)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="440"/>
        <source>e.g. C50</source>
        <translation>напр. C50</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="444"/>
        <source>&amp;Risk confirmed</source>
        <translation>&amp;Риск подтверждён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="446"/>
        <source>Tests or ultrasound show the risk: an oncologist or a hematologist can then be seen without a referral.</source>
        <translation>Анализы или УЗИ показывают риск: к онкологу или гематологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="448"/>
        <source>&amp;Attached here</source>
        <translation>При&amp;креплён здесь</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="449"/>
        <location filename="../widgets/patient_card.py" line="955"/>
        <source>Details for administrators</source>
        <translation>Подробности для администратора</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="451"/>
        <source>Rule ids, sources and notes of the rule pack, for whoever maintains the rules</source>
        <translation>Идентификаторы, источники и примечания правил — для тех, кто ведёт свод правил</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="453"/>
        <source>Find a patient by IIN or name, or press F4 to register one.</source>
        <translation>Найдите пациента по ИИН или ФИО либо нажмите F4 для регистрации.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="455"/>
        <source>The server does not answer: this card is as it was last read and may be out of date.</source>
        <translation>Сервер не отвечает: карта показана такой, какой была прочитана последней, и может быть устаревшей.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="514"/>
        <source>No patient open</source>
        <translation>Пациент не открыт</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="533"/>
        <source>Visit history (%1)</source>
        <translation>История посещений (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="546"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="546"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="546"/>
        <source>sex not known</source>
        <translation>пол неизвестен</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="551"/>
        <source>%1 years, born %2, %3</source>
        <translation>%1 лет, дата рождения %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="555"/>
        <source>birth date not known, %1</source>
        <translation>дата рождения неизвестна, %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="558"/>
        <source>no IIN</source>
        <translation>нет ИИН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="560"/>
        <source>%1 — valid: born %2, %3</source>
        <translation>%1 — верный: дата рождения %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="564"/>
        <source>%1 — not valid</source>
        <translation>%1 — неверный</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="573"/>
        <location filename="../widgets/patient_card.py" line="574"/>
        <location filename="../widgets/patient_card.py" line="575"/>
        <location filename="../widgets/patient_card.py" line="772"/>
        <location filename="../widgets/patient_card.py" line="773"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="581"/>
        <source>Could not be worked out; the details are in the desk&apos;s log.</source>
        <translation>Определить не удалось; подробности в журнале программы.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="586"/>
        <source>Legal status: unknown — check</source>
        <translation>Правовой статус: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="600"/>
        <source>full package</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="600"/>
        <source>limited package</source>
        <translation>ограниченный пакет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="603"/>
        <source>own status: %1</source>
        <translation>собственный статус: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="605"/>
        <source>⚠ not confirmed</source>
        <translation>⚠ не подтверждён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="607"/>
        <source>document valid until %1</source>
        <translation>документ действителен до %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="617"/>
        <source>МӘМС: unknown — check</source>
        <translation>ОСМС: неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="622"/>
        <source>МӘМС: insured</source>
        <translation>ОСМС: застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="624"/>
        <source>МӘМС: not insured</source>
        <translation>ОСМС: не застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="626"/>
        <source>МӘМС: unknown</source>
        <translation>ОСМС: неизвестно</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="628"/>
        <source>Fund answer</source>
        <translation>Ответ Фонда</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="628"/>
        <source>state category</source>
        <translation>льготная категория</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="629"/>
        <source>contributions</source>
        <translation>взносы</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="769"/>
        <source>registry import</source>
        <translation>загружено из реестра</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="635"/>
        <source>source: %1</source>
        <translation>источник: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="424"/>
        <source>&amp;Void the selected line… (Del)</source>
        <translation>&amp;Аннулировать выбранную строку… (Del)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="426"/>
        <source>A visit or referral entered by mistake is voided with a reason; it stays in the history marked voided and its number is never used again.</source>
        <translation>Ошибочно внесённое посещение или направление аннулируется с указанием причины; оно остаётся в истории с отметкой «аннулировано», его номер больше не используется.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="433"/>
        <source>Export…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="435"/>
        <source>The patient&apos;s data on the patient&apos;s request, as JSON or PDF (%1)</source>
        <translation>Данные пациента по его запросу, в виде JSON или PDF (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="592"/>
        <source>Status unknown — ask for a document</source>
        <translation>Статус неизвестен — попросите документ</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="642"/>
        <source>⚠ stale — ask the Fund again</source>
        <translation>⚠ устарело — запросите Фонд снова</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="648"/>
        <source>to regain: pay %1 months × %2 ₸ = %3 ₸</source>
        <translation>для восстановления: оплатить %1 мес. × %2 ₸ = %3 ₸</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="652"/>
        <source>to regain: pay %1 months, %2 ₸ in total</source>
        <translation>для восстановления: оплатить %1 мес., всего %2 ₸</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="659"/>
        <source>⚠ Insurance through contributions ends on %1: without a new payment the patient is not insured from the next month.</source>
        <translation>⚠ Страхование по взносам заканчивается %1: без нового платежа со следующего месяца пациент не застрахован.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="669"/>
        <source>Consent: given %1, No. %2</source>
        <translation>Согласие: дано %1, № %2</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="672"/>
        <source>Consent: given %1</source>
        <translation>Согласие: дано %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="674"/>
        <source>Consent withdrawn %1</source>
        <translation>Согласие отозвано %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="676"/>
        <source>No consent — print the paper form</source>
        <translation>Согласия нет — распечатайте бумажный бланк</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="684"/>
        <source>Written consent to the processing of personal data (emergency care never needs it)</source>
        <translation>Письменное согласие на обработку персональных данных (для экстренной помощи оно не нужно)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="686"/>
        <source>If the patient agrees again, print a new form (%1)</source>
        <translation>Если пациент согласен снова, распечатайте новый бланк (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="688"/>
        <source>Click or press %1: print the form, record the signed form, or withdraw it</source>
        <translation>Щёлкните или нажмите %1: распечатать бланк, записать подписанный бланк или отозвать согласие</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="698"/>
        <source>valid until %1</source>
        <translation>действителен до %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="699"/>
        <source>EXPIRED</source>
        <translation>ПРОСРОЧЕН</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="707"/>
        <location filename="../widgets/patient_card.py" line="724"/>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="710"/>
        <source>not attached</source>
        <translation>не прикреплён</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="712"/>
        <location filename="../widgets/patient_card.py" line="737"/>
        <location filename="../widgets/patient_card.py" line="990"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="715"/>
        <source> (dispensary)</source>
        <translation> (на диспансерном учёте)</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="717"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="721"/>
        <source>pregnant</source>
        <translation>беременна</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="723"/>
        <source>on the palliative list</source>
        <translation>в паллиативном списке</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="726"/>
        <source>unknown — check</source>
        <translation>неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="730"/>
        <source>nothing due</source>
        <translation>ничего не требуется</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="735"/>
        <source>%1 recorded, %2 emergency; last %3</source>
        <translation>всего %1, экстренных %2; последнее %3</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="741"/>
        <source>approx. %1 years</source>
        <translation>примерно %1 лет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="754"/>
        <source>Insured</source>
        <translation>Застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="754"/>
        <source>Not insured</source>
        <translation>Не застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="755"/>
        <source>Insurance unknown</source>
        <translation>Страхование неизвестно</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="756"/>
        <source>%1: %2 free, %3 paid, %4 need a referral</source>
        <translation>%1 · бесплатно: %2 · платно: %3 · нужно направление: %4</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="760"/>
        <source>; %1 unknown — check</source>
        <translation>; %1 неизвестно — проверьте</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="769"/>
        <source>entered at the desk</source>
        <translation>введено в регистратуре</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="770"/>
        <source>shown on the patient&apos;s phone</source>
        <translation>показано на телефоне пациента</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="776"/>
        <source>attached to this clinic</source>
        <translation>прикреплён к этой поликлинике</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="776"/>
        <source>attached elsewhere</source>
        <translation>прикреплён к другой организации</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="867"/>
        <source>Not an ICD-10 code: a Latin letter, two digits, then optionally a dot and up to four characters (C50.9).</source>
        <translation>Не код МКБ-10: латинская буква, две цифры, затем при необходимости точка и до четырёх знаков (C50.9).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="869"/>
        <source>A suspected socially significant disease: from 2026 consultation and diagnostics are then free (ТМККК).</source>
        <translation>Подозрение на социально значимое заболевание: с 2026 года консультация и диагностика бесплатны (ГОБМП).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="881"/>
        <source>Pre-set: the patient is taken as attached here.</source>
        <translation>Установлено заранее: пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="883"/>
        <source>Pre-set from the records: attached to %1, this clinic.</source>
        <translation>Установлено по данным: прикреплён к %1 — этой поликлинике.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="886"/>
        <source>Pre-set from the records: attached to %1, not to this clinic (%2).</source>
        <translation>Установлено по данным: прикреплён к %1, а не к этой поликлинике (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="890"/>
        <source>Pre-set: no attachment is recorded for the patient, so the patient is taken as attached here. Untick if attached elsewhere.</source>
        <translation>Установлено заранее: прикрепление пациента не записано, поэтому он считается прикреплённым здесь. Если прикреплён в другом месте, снимите отметку.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="893"/>
        <source>Pre-set: this clinic&apos;s own organisation is not set in the settings, so the patient is taken as attached here.</source>
        <translation>Установлено заранее: в настройках не указана организация этой поликлиники, поэтому пациент считается прикреплённым здесь.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="895"/>
        <source>The patient is attached to this clinic: an obstetrician-gynecologist or a psychologist can then be seen without a referral.</source>
        <translation>Пациент прикреплён к этой поликлинике: к акушеру-гинекологу или психологу можно обратиться без направления.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="898"/>
        <source>Changed by hand for this visit.</source>
        <translation>Изменено вручную для этого приёма.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="913"/>
        <source>referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="918"/>
        <source>The rules could not decide this service; check it by hand. Emergency care is never blocked.</source>
        <translation>Правила не смогли определить эту услугу; проверьте вручную. Экстренная помощь никогда не блокируется.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="922"/>
        <source>The legal status is not recorded, and who pays for this service depends on it. Ask for a document (ID card, residence permit, kandas or refugee certificate) and record the status. Emergency care is never blocked.</source>
        <translation>Правовой статус не записан, а от него зависит, кто оплачивает эту услугу. Попросите документ (удостоверение личности, вид на жительство, удостоверение кандаса или беженца) и запишите статус. Экстренная помощь никогда не блокируется.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="929"/>
        <source>%1 only for a visit for %2; for another diagnosis: %3. A referral names its diagnosis.</source>
        <translation>%1 — только при обращении по %2; с другим диагнозом — %3. В направлении указывается диагноз.</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="936"/>
        <source>Covered by %1 once a referral is presented</source>
        <translation>Покрывается за счёт %1 при наличии направления</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="954"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="954"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="960"/>
        <source>Rule pack: not loaded</source>
        <translation>Свод правил: не загружен</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="963"/>
        <source>Pack version: %1</source>
        <translation>Версия свода: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="964"/>
        <source>Content hash: %1</source>
        <translation>Хеш содержимого: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Rule id</source>
        <translation>Идентификатор правила</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="968"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="969"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="969"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="982"/>
        <source>Unconfirmed rules in force on %1</source>
        <translation>Неподтверждённые правила, действующие на %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="993"/>
        <source>Unconfirmed entries of the condition lists</source>
        <translation>Неподтверждённые записи перечней заболеваний</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="943"/>
        <source>Rule pack</source>
        <translation>Свод правил</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="411"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="412"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="413"/>
        <source>Screenings due</source>
        <translation>Положенные скрининги</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="418"/>
        <source>Since</source>
        <translation>С какого числа</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="419"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="420"/>
        <source>Attachment (PHC)</source>
        <translation>Прикрепление к ПМСП</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="421"/>
        <source>Patient data</source>
        <translation>Данные пациента</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="422"/>
        <source>Visit history</source>
        <translation>История посещений</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="423"/>
        <source>&amp;Edit data</source>
        <translation>&amp;Изменить данные</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="428"/>
        <source>МӘМС from the &amp;phone…</source>
        <translation>ОСМС: с &amp;телефона…</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="430"/>
        <source>Record what the patient&apos;s phone shows (eGov Mobile, Qoldau, Damumed, a bank app, the Fund&apos;s site): %1, then Y — insured, N — not insured</source>
        <translation>Записать, что показывает телефон пациента (eGov Mobile, Qoldau, Damumed, банковское приложение, сайт Фонда): %1, затем Y — застрахован, N — не застрахован</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="640"/>
        <source>category shown: %1</source>
        <translation>показана категория: %1</translation>
    </message>
    <message>
        <location filename="../widgets/patient_card.py" line="943"/>
        <source>not loaded</source>
        <translation>не загружены</translation>
    </message>
</context>
<context>
    <name>PhoneEvidenceDialog</name>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="109"/>
        <source>МӘМС status shown on the patient&apos;s phone</source>
        <translation>Статус ОСМС на телефоне пациента</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="111"/>
        <source>Press Y if the phone shows the patient insured, N if not insured. The date and the channel are pre-set; choose the category if the phone shows one.</source>
        <translation>Нажмите Y, если телефон показывает, что пациент застрахован, N — если не застрахован. Дата и источник уже выбраны; выберите категорию, если телефон её показывает.</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="113"/>
        <source>&amp;Shown in</source>
        <translation>&amp;Где показано</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="114"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="115"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="118"/>
        <source>not shown</source>
        <translation>не показана</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="121"/>
        <source>Y — insured</source>
        <translation>Y — застрахован</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="122"/>
        <source>N — not insured</source>
        <translation>N — не застрахован</translation>
    </message>
    <message>
        <location filename="../views/phone_evidence_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReferralRegisterDialog</name>
    <message>
        <location filename="../views/referral_register.py" line="182"/>
        <source>Referral register</source>
        <translation>Реестр направлений</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="183"/>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="184"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Услуга</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="187"/>
        <source>any part, e.g. 000042</source>
        <translation>любая часть, напр. 000042</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="188"/>
        <source>IIN or local number</source>
        <translation>ИИН или местный номер</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="190"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="191"/>
        <source>(any service)</source>
        <translation>(любая услуга)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="194"/>
        <source>Show voided</source>
        <translation>Показывать аннулированные</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="195"/>
        <source>&amp;Print a copy… (Enter, Ctrl+P)</source>
        <translation>Печать &amp;копии… (Enter, Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="196"/>
        <source>V&amp;oid… (Del)</source>
        <translation>&amp;Аннулировать… (Del)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="197"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="199"/>
        <source>Choose a referral to see its slip.</source>
        <translation>Выберите направление, чтобы увидеть его бланк.</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="229"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Введите дату в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="263"/>
        <source>Referrals found: %1 (the newest %2 are listed)</source>
        <translation>Найдено направлений: %1 (показаны %2 последних)</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="266"/>
        <source>Referrals found: %1</source>
        <translation>Найдено направлений: %1</translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="312"/>
        <source>Printing a copy…</source>
        <translation>Печать копии…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/referral_register.py" line="321"/>
        <source>Copy of No. %1 sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Копия № %1 отправлена на принтер: %n страница.</numerusform>
            <numerusform>Копия № %1 отправлена на принтер: %n страницы.</numerusform>
            <numerusform>Копия № %1 отправлена на принтер: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/referral_register.py" line="344"/>
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
        <location filename="../views/registration_dialog.py" line="355"/>
        <source>Edit patient</source>
        <translation>Изменение данных пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="355"/>
        <source>New patient</source>
        <translation>Новый пациент</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="357"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="359"/>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>&amp;Given name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="360"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="361"/>
        <source>Surname (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="361"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="362"/>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Citizenship (ISO code)</source>
        <translation>Гражданство (код ISO)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="363"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="364"/>
        <source>Attached PHC</source>
        <translation>Прикрепление ПМСП</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Legal s&amp;tatus</source>
        <translation>Правовой &amp;статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="365"/>
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="366"/>
        <source>Parent&apos;s status (child on a parent&apos;s permit)</source>
        <translation>Статус родителя (ребёнок по виду на жительство родителя)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="367"/>
        <source>Kandas since</source>
        <translation>Кандас с</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Fund answer</source>
        <translation>Ответ Фонда</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="368"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="369"/>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="369"/>
        <source>Earlier answers</source>
        <translation>Прежние ответы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="370"/>
        <source>VHI contract valid until</source>
        <translation>Договор ДМС действует до</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="374"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="378"/>
        <source>12 digits; birth date and sex are filled from it</source>
        <translation>12 цифр; дата рождения и пол заполнятся по нему</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="379"/>
        <source>Documents and status</source>
        <translation>Документы и статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>Insurance</source>
        <translation>Страхование</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="380"/>
        <source>Conditions</source>
        <translation>Заболевания</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="382"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="382"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="383"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="383"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="383"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="384"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="385"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="385"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="385"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="386"/>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="386"/>
        <source>First month (yyyy-mm)</source>
        <translation>Первый месяц (гггг-мм)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="387"/>
        <source>Last month (yyyy-mm)</source>
        <translation>Последний месяц (гггг-мм)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="388"/>
        <source>ICD-10</source>
        <translation>МКБ-10</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="388"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="388"/>
        <source>Dispensary</source>
        <translation>Диспансерный учёт</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="389"/>
        <source>State-insured categories</source>
        <translation>Льготные категории (страхует государство)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="390"/>
        <source>Contributions paid</source>
        <translation>Уплаченные взносы</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="391"/>
        <source>Pregnant</source>
        <translation>Беременна</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="392"/>
        <source>On the palliative list</source>
        <translation>В паллиативном списке</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="393"/>
        <source>From &amp;documents</source>
        <translation>По &amp;документам</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="394"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="395"/>
        <source>&amp;Open the registered patient</source>
        <translation>&amp;Открыть зарегистрированного пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="396"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="396"/>
        <location filename="../views/registration_dialog.py" line="491"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="397"/>
        <location filename="../views/registration_dialog.py" line="491"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="398"/>
        <source>not asked</source>
        <translation>не запрашивали</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="398"/>
        <source>insured</source>
        <translation>застрахован</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="399"/>
        <source>not insured</source>
        <translation>не застрахован</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="400"/>
        <source>Fund service</source>
        <translation>Сервис Фонда</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="401"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="401"/>
        <source>paper</source>
        <translation>бумага</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="479"/>
        <source>No IIN: the patient gets a local number.</source>
        <translation>Без ИИН: пациент получит местный номер.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="483"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="492"/>
        <source>valid: born %1, %2</source>
        <translation>верный: дата рождения %1, %2</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="521"/>
        <source>birth date differs from the IIN (%1)</source>
        <translation>дата рождения не совпадает с ИИН (%1)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="524"/>
        <source>sex differs from the IIN</source>
        <translation>пол не совпадает с ИИН</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="560"/>
        <source>Possible duplicates — check before saving:</source>
        <translation>Возможные дубликаты — проверьте перед сохранением:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="580"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="581"/>
        <source>This person may be registered already:</source>
        <translation>Возможно, этот человек уже зарегистрирован:</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="583"/>
        <source>Open the registered patient, or save a second record anyway?</source>
        <translation>Открыть зарегистрированного пациента или всё же сохранить вторую запись?</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="586"/>
        <source>Open the registered patient</source>
        <translation>Открыть зарегистрированного пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="588"/>
        <source>Save as a new patient</source>
        <translation>Сохранить как нового пациента</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="590"/>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="610"/>
        <location filename="../views/registration_dialog.py" line="617"/>
        <source>Not a date: %1 (write dd.mm.yyyy)</source>
        <translation>Это не дата: %1 (пишите дд.мм.гггг)</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="693"/>
        <source>Legal status</source>
        <translation>Правовой статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="694"/>
        <source>The legal status is not filled in.</source>
        <translation>Правовой статус не заполнен.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="696"/>
        <source>Without it the desk cannot say who pays for planned care: the card will show &quot;status unknown — ask for a document&quot;. Emergency care is never blocked.</source>
        <translation>Без него нельзя определить, кто оплачивает плановую помощь: в карточке будет «статус неизвестен — попросите документ». Экстренная помощь никогда не блокируется.</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="698"/>
        <source>Fill in the &amp;status</source>
        <translation>Заполнить &amp;статус</translation>
    </message>
    <message>
        <location filename="../views/registration_dialog.py" line="700"/>
        <source>Save with status &amp;unknown</source>
        <translation>Сохранить, статус &amp;неизвестен</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../models/results_model.py" line="59"/>
        <source>M</source>
        <comment>sex, short</comment>
        <translation>муж</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="59"/>
        <source>F</source>
        <comment>sex, short</comment>
        <translation>жен</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="77"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="88"/>
        <source>Local number (no IIN)</source>
        <translation>Локальный номер (нет ИИН)</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="97"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="97"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="98"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="98"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../models/results_model.py" line="98"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../views/setup_dialog.py" line="280"/>
        <source>Tirkeu — first setup</source>
        <translation>Тіркеу — первоначальная настройка</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="281"/>
        <source>Setting up this desk</source>
        <translation>Настройка этого рабочего места</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="283"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="283"/>
        <source>Clinic name (&amp;Kazakh)</source>
        <translation>Название клиники (на &amp;казахском)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="284"/>
        <source>Clinic name (&amp;Russian)</source>
        <translation>Название клиники (на &amp;русском)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="284"/>
        <source>&amp;BIN</source>
        <translation>&amp;БИН</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="284"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="285"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="287"/>
        <source>Where the data lives</source>
        <translation>Где хранятся данные</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="288"/>
        <source>On this &amp;computer</source>
        <translation>На этом &amp;компьютере</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="289"/>
        <source>On the clinic&apos;s &amp;PostgreSQL server</source>
        <translation>На &amp;сервере PostgreSQL клиники</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="290"/>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="291"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="292"/>
        <source>&amp;Hub to sync with (optional)</source>
        <translation>&amp;Хаб для синхронизации (необязательно)</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="293"/>
        <source>Test the h&amp;ub</source>
        <translation>Проверить &amp;хаб</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="295"/>
        <source>The clinic&apos;s or region&apos;s PostgreSQL server this desk exchanges its changes with. The desk keeps working on this computer when the hub cannot be reached. A hub named, changed or cleared here is used as soon as the setup is saved.</source>
        <translation>PostgreSQL-сервер клиники или региона, с которым это рабочее место обменивается изменениями. Когда хаб недоступен, рабочее место продолжает работать на этом компьютере. Указанный, изменённый или убранный здесь хаб действует сразу после сохранения настройки.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="298"/>
        <source>This desk</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="299"/>
        <source>Site p&amp;refix</source>
        <translation>&amp;Префикс номеров</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="300"/>
        <source>Pap&amp;er of the slips</source>
        <translation>&amp;Бумага направлений</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="302"/>
        <source>Begins every number this desk hands out (referrals, patients without an IIN). Each desk of the clinic needs its own.</source>
        <translation>Начало каждого номера, который выдаёт это рабочее место (направления, пациенты без ИИН). У каждого рабочего места клиники должен быть свой префикс.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="305"/>
        <source>The administrator manages the desk&apos;s settings and, once sign-in is switched on, the accounts of the receptionists. Keep the password in a safe place.</source>
        <translation>Администратор управляет настройками рабочего места, а когда будет включён вход в систему, — учётными записями регистраторов. Храните пароль в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="308"/>
        <source>Full &amp;name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="308"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="308"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="309"/>
        <source>Repeat the passwo&amp;rd</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="311"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="312"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="330"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="330"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="332"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="466"/>
        <source>Connecting to the hub…</source>
        <translation>Подключение к хабу…</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="476"/>
        <source>The hub answers. It has no desk data yet: the first sync makes it.</source>
        <translation>Хаб отвечает. Данных рабочих мест на нём ещё нет: их создаст первая синхронизация.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="478"/>
        <source>The hub answers. Prefixes other desks use there: %1.</source>
        <translation>Хаб отвечает. Префиксы других рабочих мест на нём: %1.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="480"/>
        <source>The desk syncs with it as soon as the setup is saved.</source>
        <translation>Рабочее место начнёт синхронизироваться с ним сразу после сохранения настройки.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="506"/>
        <source>Another desk of this database already numbers with %1: choose another prefix.</source>
        <translation>Другое рабочее место этой базы данных уже использует префикс %1: выберите другой.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="513"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="522"/>
        <source>Connected. The server has no desk data yet: it is created when the setup finishes.</source>
        <translation>Подключено. На сервере пока нет данных: они будут созданы по завершении настройки.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="525"/>
        <source>Connected. Prefixes other desks use: %1.</source>
        <translation>Подключено. Префиксы других рабочих мест: %1.</translation>
    </message>
    <message>
        <location filename="../views/setup_dialog.py" line="560"/>
        <source>Saving the setup…</source>
        <translation>Настройка сохраняется…</translation>
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
        <translation>Записано конфликтов: %1</translation>
    </message>
    <message>
        <location filename="../sync_panel.py" line="308"/>
        <source>Details: Desk → Sync with the hub (%1)</source>
        <translation>Подробно: Рабочее место → Синхронизация с хабом (%1)</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../views/sync_dialog.py" line="112"/>
        <source>Sync with the hub</source>
        <translation>Синхронизация с хабом</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="113"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="114"/>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="115"/>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="116"/>
        <source>Waiting to be sent:</source>
        <translation>Ждут отправки:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="117"/>
        <source>Last errors:</source>
        <translation>Последние ошибки:</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="118"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="119"/>
        <source>Compare and &amp;merge…</source>
        <translation>Сравнить и &amp;объединить…</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="120"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="120"/>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="121"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="122"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="129"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="140"/>
        <source>The sync state could not be read; see the log.</source>
        <translation>Не удалось прочитать состояние синхронизации; см. журнал.</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="149"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="151"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="160"/>
        <source>No errors</source>
        <translation>Ошибок нет</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="163"/>
        <source>Conflicts (%1): the value kept everywhere and the one overwritten</source>
        <translation>Конфликты (%1): значение, оставленное везде, и перезаписанное</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="168"/>
        <source>Registered without an IIN at two desks, perhaps one person (%1): compare them and merge</source>
        <translation>Зарегистрированы без ИИН на двух рабочих местах, возможно, один человек (%1): сравните и объедините</translation>
    </message>
    <message>
        <location filename="../views/sync_dialog.py" line="192"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
</context>
<context>
    <name>TodayDialog</name>
    <message>
        <location filename="../views/today_dialog.py" line="88"/>
        <source>Today&apos;s list</source>
        <translation>Список за сегодня</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="89"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="91"/>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить как &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="92"/>
        <location filename="../views/today_dialog.py" line="130"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="107"/>
        <source>Visits: %1, emergencies: %2, referrals: %3, registrations: %4</source>
        <translation>Посещений: %1, экстренных: %2, направлений: %3, регистраций: %4</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="122"/>
        <source>Today&apos;s list — print</source>
        <translation>Список за сегодня — печать</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="128"/>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="148"/>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>Отправлено на принтер: страниц — %1.</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="158"/>
        <source>Save the list as CSV</source>
        <translation>Сохранить список как CSV</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="159"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="171"/>
        <source>Could not save the file: check the folder and try again.</source>
        <translation>Файл не сохранён: проверьте папку и повторите.</translation>
    </message>
    <message>
        <location filename="../views/today_dialog.py" line="173"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../views/users_dialog.py" line="160"/>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="161"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="162"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="163"/>
        <source>Sign-in and lock</source>
        <translation>Вход и блокировка</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="165"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="166"/>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="167"/>
        <source>Selected user</source>
        <translation>Выбранный пользователь</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="168"/>
        <source>new password</source>
        <translation>новый пароль</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="169"/>
        <source>Set &amp;password</source>
        <translation>Задать &amp;пароль</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="170"/>
        <source>Change &amp;role</source>
        <translation>Сменить &amp;роль</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="171"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="172"/>
        <source>Full &amp;name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="172"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="173"/>
        <source>Ro&amp;le</source>
        <translation>Ро&amp;ль</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="173"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="175"/>
        <source>&amp;Add user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="177"/>
        <source>What each role may do. A change applies from the next sign-in. Emergency visits need no permission.</source>
        <translation>Что разрешено каждой роли. Изменение действует со следующего входа. Для экстренной помощи разрешение не нужно.</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="179"/>
        <source>&amp;Save the roles</source>
        <translation>&amp;Сохранить роли</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="181"/>
        <source>Wrong passwords before the lockout</source>
        <translation>Неверных паролей до блокировки</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="181"/>
        <source>Lockout, minutes</source>
        <translation>Блокировка, минут</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="182"/>
        <source>Lock the desk after idle minutes</source>
        <translation>Блокировать после минут бездействия</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="184"/>
        <source>Save the &amp;settings</source>
        <translation>Сохранить &amp;настройки</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="230"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="230"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="256"/>
        <source>Switch o&amp;n</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="257"/>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="291"/>
        <source>User %1 added</source>
        <translation>Пользователь %1 добавлен</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="298"/>
        <source>New password of %1 set</source>
        <translation>Новый пароль для %1 задан</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="304"/>
        <source>Role of %1 changed</source>
        <translation>Роль %1 изменена</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="311"/>
        <source>%1 switched on</source>
        <translation>%1 включён</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="312"/>
        <source>%1 switched off</source>
        <translation>%1 отключён</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="331"/>
        <source>Roles saved: they apply from the next sign-in</source>
        <translation>Роли сохранены: действуют со следующего входа</translation>
    </message>
    <message>
        <location filename="../views/users_dialog.py" line="338"/>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
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
