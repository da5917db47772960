import { defineMessages } from "../index.ts";

/** Error messages of the API and CLI, one per AppError code. */
export const errorMessages = defineMessages({
  kk: {
    validation_failed: "Деректер қате: {details}",
    not_authenticated: "Жүйеге кіру қажет.",
    invalid_credentials: "Электрондық пошта немесе құпиясөз қате.",
    forbidden: "Бұл әрекетке рұқсатыңыз жоқ.",
    not_found: "{entity} табылмады.",
    decision_exists:
      "Бұл ескертуге шешім бұрын қабылданған ({outcome}, {at}). Өзгерту үшін ағымдағы шешімнің нөмірін көрсетіңіз.",
    decision_stale: "Шешім сіз көргеннен кейін өзгерді. Бетті жаңартып, қайталап көріңіз.",
    answer_exists: "Бұл түсініктемеге жауап бұрын берілген. Өзгерту үшін ағымдағы жауаптың нөмірін көрсетіңіз.",
    not_decidable: "Тек ескертулер мен ұсыныстар бойынша шешім қабылданады (бұл — {kind}).",
    not_answerable: "Тек түсініктемелерге жауап беріледі (бұл — {kind}).",
    reference_required:
      "Қабылданған ескерту үшін күшіне енген актінің тармағына, бюджеттік бағдарламаға немесе растайтын құжатқа сілтеме қажет (20-тармақтың 1) тармақшасы).",
    reason_required: "Қабылданбаған ескерту үшін себебін көрсету қажет.",
    round_not_open: "Бағалау кезеңі ашық емес ({status}).",
    round_not_computed: "Алдымен бағалауды есептеу қажет.",
    body_out_of_scope: "Бұл орган әдістеменің қолданылу аясына кірмейді (1-тармақ).",
    rate_limited: "Сұраныс тым көп. {seconds} секундтан кейін қайталаңыз.",
    account_locked: "Құпиясөз бірнеше рет қате терілді: тіркелгі {minutes} минутқа бұғатталды.",
    cross_site_request: "Сұраныс басқа сайттан жіберілген, сондықтан қабылданбады.",
    identity_without_account:
      "Сіздің жеке басыңыз расталды, бірақ Pikir-де сізге тіркелгі ашылмаған. Әкімшіге хабарласыңыз.",
    identity_failed: "Сыртқы жүйе арқылы кіру сәтсіз аяқталды. Қайталап көріңіз.",
    password_too_short: "Құпиясөз кемінде {min} таңбадан тұруы керек.",
    password_common: "Бұл құпиясөз тым кең таралған (жария тізімдерде бар): басқасын таңдаңыз.",
    password_contains_name: "Құпиясөзде электрондық пошта немесе аты-жөні болмауы керек.",
    invitation_invalid: "Сілтеме жарамсыз, бұрын пайдаланылған немесе мерзімі өткен. Әкімшіден жаңасын сұраңыз.",
    email_taken: "{email} электрондық поштасымен тіркелгі бұрыннан бар.",
    bin_invalid: "БСН {bin} жарамсыз: 12 цифр болуы керек, соңғысы бақылау цифры. Нөмірді тексеріңіз.",
    last_administrator: "Бұл — жалғыз белсенді әкімші: алдымен басқа әкімші тағайындаңыз.",
    role_needs_body: "Орган қызметкері мен басшысына орган көрсетілуі керек.",
    personal_data_forbidden:
      "Өтініш берушінің дербес деректерін оған жауап беретін органның қызметкерлері мен басшысы ғана көре алады.",
    conflict: "Деректер қайшылығы: {details}",
    internal: "Ішкі қате. Қайталап көріңіз; қате қайталанса, әкімшіге хабарлаңыз.",
    kind_outside_portal:
      "Порталдан түскен элемент тек түсініктеме, ескерту немесе ұсыныс бола алады (2-тармақтың 8) тармақшасы): «{kind}» түріне ауыстыру оны C немесе G-ден алып тастар еді.",
    round_not_calendar:
      "{from} – {to} күнтізбелік тоқсан, жарты жыл немесе жыл емес: бағалау кезеңі тек осындай болады.",
    round_future: "{from} – {to} кезеңі әлі аяқталмаған (бүгін {today}): аяқталмаған кезеңді бағалауға болмайды.",
    round_duplicate:
      "{from} – {to} кезеңіне бағалау раунды бұрыннан бар («{title}»). Жаңасын ашу үшін алдымен оны себебін көрсетіп тоқтатыңыз.",
    round_before_methodology: "Кезең {from} басталады, бірақ әдістеме {start} бастап қолданылады.",
    publish_confirm_required:
      "Жариялауды анық растау қажет: 20-тармақ бойынша ақпаратты {requested} органның {submitted}-і ұсынды (кворум {quorum}%), ұсыну мерзімі — {dueOn}.",
    cancel_reason_required: "Раундты тоқтату үшін себебін көрсету қажет.",
    conference_link_not_dialogue:
      "20-тармақтың 3) тармақшасы бойынша сілтеме ашық диалог порталының (dialog.egov.kz) мекенжайы болуы тиіс: {url}",
    evidence_date_future:
      "Күні ({date}) болашақта: бүгін {today}. Орындалған міндеттің дәлелі болашақ күнмен жазылмайды.",
    announced_after_event: "Хабарландыру ({announcedOn}) іс-шарадан ({happenedOn}) кейін болуы мүмкін емес (6-тармақ).",
    review_quarter_future:
      "{quarter} тоқсаны әлі басталған жоқ (бүгін {today}): 14-тармақ бойынша талдау өткен немесе ағымдағы тоқсанға жасалады.",
    council_before_discussion:
      "Қоғамдық кеңес отырысы ({heldOn}) талқылау басталғанға ({startsOn}) дейін өтуі мүмкін емес: кеңес талқылау қорытындысын қарайды (12-тармақ).",
    event_not_on_dialogue_portal:
      "18-тармақ бойынша интернет-конференция немесе сауалнама ашық диалог порталында (dialog.egov.kz) өткізіледі (2-тармақтың 5), 7) тармақшалары): {url} мұндай мекенжай емес.",
    import_running:
      "Бұл файл осы органға қазір импортталып жатыр. Ол аяқталғанша күтіңіз: қайта жүктеу оны қайта бастамайды.",
    correction_reason_required: "Раунд жарияланған: нәтижелерді түзету (жаңа нұсқа) үшін себебін көрсету қажет.",
    differences_unresolved:
      "20-тармақ бойынша ұсынылған ақпарат пен Pikir есебі арасындағы айырмашылықтар шешілмеген ({count} орган): {bodies}. Әр айырмашылықты шешіңіз (ұсынылғанды немесе есептегіні қабылдау, ескертпемен).",
    exemption_reason_required: "16-тармақ бойынша жариялаудан босату үшін себебін көрсету қажет.",
    exemption_slot_not_required:
      "{slot} кезеңі бұл раунд үшін 16-тармақ бойынша талап етілмейді (талап етілетіндер: {required}).",
    resolution_note_required: "Айырмашылықты шешу үшін ескертпе қажет.",
    difference_not_found: "Бұл органның ұсынған ақпаратында «{field}» бойынша айырмашылық жоқ.",
    resolution_inconsistent:
      "Бұл шешім бойынша қабылданғандар түскендерден көп болады ({fields}): алдымен жұптағы екінші көрсеткішті шешіңіз.",
    submission_invalid: "20-тармақ бойынша ақпарат қабылданбады ({count}): {problems}",
    follow_through_not_accepted:
      "Тек қабылданған ескерту немесе ұсыныс нормашығармашылық жоспарына (8-тармақ) немесе бюджетке (13-тармақ) байланыстырылады.",
    follow_through_kind_mismatch: "«{kind}» бұл арнаның элементіне сәйкес келмейді: {expected}.",
    evidence_stale: "Бұл жазба сіз ашқаннан кейін өзгерді ({revision}-нұсқа). Бетті жаңартып, қайталап көріңіз.",
    evidence_withdrawn: "Бұл жазба кері қайтарылған: оны түзетуге де, қайта қайтаруға да болмайды.",
    evidence_period_mismatch:
      "Аралық нәтижелерге тоқсан көрсетіледі (16.1-тармақ), қорытынды нәтижелерге — көрсетілмейді (16.2-тармақ).",
    bulk_too_large:
      "Таңдауда {limit} жазбадан артық ({count}) бар: сүзгіні тарылтыңыз (мысалы, күн немесе түр бойынша).",
    assigned_elsewhere: "Жазба басқа әріптеске ({assignee}) тапсырылған: қайта тапсыруды жазбаның өзінен жасаңыз.",
    kind_by_reviewer: "Жазбаның түрін адам белгілеген ({kind}): оны жазбаның өзінен ғана өзгертуге болады.",
    title_required: "Атауын қазақ немесе орыс тілінде жазыңыз.",
  },
  ru: {
    validation_failed: "Неверные данные: {details}",
    not_authenticated: "Необходимо войти в систему.",
    invalid_credentials: "Неверный адрес электронной почты или пароль.",
    forbidden: "У вас нет прав на это действие.",
    not_found: "{entity} не найден(о).",
    decision_exists:
      "По этому замечанию уже принято решение ({outcome}, {at}). Чтобы изменить его, укажите номер текущего решения.",
    decision_stale: "Решение изменилось после того, как вы его открыли. Обновите страницу и повторите.",
    answer_exists: "На этот комментарий уже дан ответ. Чтобы изменить его, укажите номер текущего ответа.",
    not_decidable: "Решение принимается только по замечаниям и предложениям (это — {kind}).",
    not_answerable: "Ответ даётся только на комментарии (это — {kind}).",
    reference_required:
      "Для принятого замечания нужна ссылка на пункт вступившего в силу акта, утверждённую бюджетную программу или подтверждающий документ (подпункт 1) пункта 20).",
    reason_required: "Для отклонённого замечания необходимо указать причину.",
    round_not_open: "Раунд оценки не открыт ({status}).",
    round_not_computed: "Сначала необходимо рассчитать оценку.",
    body_out_of_scope: "Орган не входит в сферу применения методики (пункт 1).",
    rate_limited: "Слишком много запросов. Повторите через {seconds} с.",
    account_locked: "Пароль несколько раз введён неверно: учётная запись заблокирована на {minutes} мин.",
    cross_site_request: "Запрос отправлен с другого сайта и поэтому отклонён.",
    identity_without_account:
      "Ваша личность подтверждена, но учётной записи в Pikir для вас нет. Обратитесь к администратору.",
    identity_failed: "Вход через внешнюю систему не удался. Повторите попытку.",
    password_too_short: "Пароль должен содержать не менее {min} символов.",
    password_common: "Этот пароль слишком распространён (есть в публичных списках): выберите другой.",
    password_contains_name: "Пароль не должен содержать адрес электронной почты или имя.",
    invitation_invalid: "Ссылка недействительна, уже использована или устарела. Попросите у администратора новую.",
    email_taken: "Учётная запись с адресом {email} уже есть.",
    bin_invalid: "БИН {bin} недействителен: нужно 12 цифр, последняя — контрольная. Проверьте номер.",
    last_administrator: "Это единственный активный администратор: сначала назначьте другого.",
    role_needs_body: "Сотруднику и руководителю органа нужно указать орган.",
    personal_data_forbidden:
      "Персональные данные заявителя видят только сотрудники и руководитель органа, который отвечает заявителю.",
    conflict: "Конфликт данных: {details}",
    internal: "Внутренняя ошибка. Повторите попытку; если ошибка повторится, сообщите администратору.",
    kind_outside_portal:
      "Элемент, поступивший с портала, может быть только комментарием, замечанием или предложением (подпункт 8) пункта 2): перевод в «{kind}» исключил бы его из C или G.",
    round_not_calendar:
      "{from} – {to} — не календарный квартал, полугодие или год: раунд оценки проводится только за такой период.",
    round_future: "Период {from} – {to} ещё не закончился (сегодня {today}): незавершённый период не оценивается.",
    round_duplicate:
      "Раунд оценки за период {from} – {to} уже есть («{title}»). Чтобы открыть новый, сначала отмените его с указанием причины.",
    round_before_methodology: "Период начинается {from}, а методика применяется с {start}.",
    publish_confirm_required:
      "Публикацию нужно подтвердить явно: информацию по п. 20 представили {submitted} из {requested} органов (кворум {quorum}%), срок представления — {dueOn}.",
    cancel_reason_required: "Для отмены раунда необходимо указать причину.",
    conference_link_not_dialogue:
      "Ссылка по подпункту 3) пункта 20 должна вести на портал открытого диалога (dialog.egov.kz): {url}",
    evidence_date_future:
      "Дата ({date}) в будущем: сегодня {today}. Доказательство исполненной обязанности не может быть датировано будущим днём.",
    announced_after_event: "Анонс ({announcedOn}) не может быть позже самого мероприятия ({happenedOn}) (п. 6).",
    review_quarter_future:
      "Квартал {quarter} ещё не начался (сегодня {today}): анализ по п. 14 проводится за прошедший или текущий квартал.",
    council_before_discussion:
      "Заседание общественного совета ({heldOn}) не может пройти до начала обсуждения ({startsOn}): совет рассматривает итоги обсуждения (п. 12).",
    event_not_on_dialogue_portal:
      "Интернет-конференция или опрос по п. 18 проводится на портале открытого диалога (dialog.egov.kz) (пп. 5), 7) п. 2): {url} — не его адрес.",
    import_running:
      "Этот файл сейчас уже импортируется для этого органа. Дождитесь окончания: повторная загрузка его не перезапускает.",
    correction_reason_required:
      "Раунд опубликован: для исправления результатов (новая версия) необходимо указать причину.",
    differences_unresolved:
      "Не разрешены расхождения между информацией по п. 20 и данными Pikir ({count} орг.): {bodies}. Разрешите каждое расхождение (принять представленное или учтённое, с примечанием).",
    exemption_reason_required: "Для освобождения от публикации по п. 16 необходимо указать причину.",
    exemption_slot_not_required: "Период {slot} не требуется по п. 16 для этого раунда (требуются: {required}).",
    resolution_note_required: "Для разрешения расхождения необходимо примечание.",
    difference_not_found: "В информации этого органа нет расхождения по «{field}».",
    resolution_inconsistent:
      "При таком решении принятых будет больше, чем поступивших ({fields}): сначала разрешите второй показатель пары.",
    submission_invalid: "Информация по п. 20 не принята ({count}): {problems}",
    follow_through_not_accepted:
      "Связать с планом нормотворческой работы (п. 8) или бюджетом (п. 13) можно только принятое замечание или предложение.",
    follow_through_kind_mismatch: "«{kind}» не подходит для элемента этого канала: {expected}.",
    evidence_stale:
      "Запись изменилась после того, как вы её открыли (версия {revision}). Обновите страницу и повторите.",
    evidence_withdrawn: "Запись отозвана: её нельзя ни исправить, ни отозвать повторно.",
    evidence_period_mismatch:
      "Для промежуточных итогов указывается квартал (п. 16.1), для окончательных — нет (п. 16.2).",
    bulk_too_large: "В выборке больше {limit} записей ({count}): сузьте фильтр (например, по датам или виду).",
    assigned_elsewhere: "Запись уже поручена другому коллеге ({assignee}): переназначьте её из самой записи.",
    kind_by_reviewer: "Вид записи установлен человеком ({kind}): изменить его можно только из самой записи.",
    title_required: "Укажите название на казахском или русском языке.",
  },
  en: {
    validation_failed: "Invalid data: {details}",
    not_authenticated: "Please sign in.",
    invalid_credentials: "Wrong e-mail or password.",
    forbidden: "You are not allowed to do this.",
    not_found: "{entity} not found.",
    decision_exists:
      "This remark already has a decision ({outcome}, {at}). To change it, give the current decision's number.",
    decision_stale: "The decision changed after you opened it. Reload and try again.",
    answer_exists: "This comment already has an answer. To change it, give the current answer's number.",
    not_decidable: "Only remarks and proposals are decided (this is a {kind}).",
    not_answerable: "Only comments are answered (this is a {kind}).",
    reference_required:
      "An accepted remark needs a reference to the clause of the enacted act, the approved budget program or a confirming document (§20.1).",
    reason_required: "A rejected remark needs a reason.",
    round_not_open: "The evaluation round is not open ({status}).",
    round_not_computed: "Compute the evaluation first.",
    body_out_of_scope: "This body is outside the methodology's scope (§1).",
    rate_limited: "Too many requests. Try again in {seconds} s.",
    account_locked: "Too many wrong passwords: the account is locked for {minutes} min.",
    cross_site_request: "The request came from another site and was refused.",
    identity_without_account:
      "Your identity was confirmed, but there is no Pikir account for you. Ask an administrator.",
    identity_failed: "Signing in through the external provider failed. Try again.",
    password_too_short: "The password must be at least {min} characters long.",
    password_common: "This password is too common (it is on public lists): choose another.",
    password_contains_name: "The password must not contain the e-mail address or the name.",
    invitation_invalid: "The link is invalid, already used or expired. Ask the administrator for a new one.",
    email_taken: "An account with the e-mail {email} already exists.",
    bin_invalid: "The BIN {bin} is not valid: it has 12 digits, the last one a check digit. Check the number.",
    last_administrator: "This is the only active administrator: make another one first.",
    role_needs_body: "An officer or head of a body needs the body.",
    personal_data_forbidden:
      "An appellant's personal data is shown only to the officers and the head of the body that answers them.",
    conflict: "Data conflict: {details}",
    internal: "Internal error. Try again; if it happens again, tell the administrator.",
    kind_outside_portal:
      "An item received on a portal can only be a comment, a remark or a proposal (§2.8): changing it to “{kind}” would drop it from C or G.",
    round_not_calendar:
      "{from} – {to} is not a calendar quarter, half-year or year: rounds are held for such periods only.",
    round_future:
      "The period {from} – {to} has not ended yet (today is {today}): an unfinished period is not evaluated.",
    round_duplicate:
      "A round for {from} – {to} already exists (“{title}”). To open a new one, first cancel it with a reason.",
    round_before_methodology: "The period starts {from}, but the methodology applies from {start}.",
    publish_confirm_required:
      "Publication needs explicit confirmation: {submitted} of {requested} bodies submitted their §20 information (quorum {quorum}%); the due date is {dueOn}.",
    cancel_reason_required: "Cancelling a round needs a reason.",
    conference_link_not_dialogue: "A §20.3 link must be an open dialogue portal (dialog.egov.kz) address: {url}",
    evidence_date_future:
      "The date ({date}) is in the future: today is {today}. Evidence of a duty done cannot be dated ahead.",
    announced_after_event: "The announcement ({announcedOn}) cannot come after the event itself ({happenedOn}) (§6).",
    review_quarter_future:
      "Quarter {quarter} has not begun (today is {today}): a §14 analysis is of a past or the current quarter.",
    council_before_discussion:
      "The public council session ({heldOn}) cannot precede the start of the discussion ({startsOn}): the council hears the discussion's results (§12).",
    event_not_on_dialogue_portal:
      "A §18 internet conference or survey is held on the open dialogue portal (dialog.egov.kz; §2.5, §2.7): {url} is not one of its addresses.",
    import_running:
      "This file is being imported for this body right now. Wait for it to finish: uploading it again does not restart it.",
    correction_reason_required: "The round is published: correcting its results (a new version) needs a reason.",
    differences_unresolved:
      "Differences between the §20 information and Pikir's record are unresolved ({count} bodies): {bodies}. Resolve each one (accept the submitted or the recorded value, with a note).",
    exemption_reason_required: "An exemption from a §16 publication needs a reason.",
    exemption_slot_not_required: "{slot} is not a §16 publication this round requires (required: {required}).",
    resolution_note_required: "Resolving a difference needs a note.",
    difference_not_found: "This body's submission has no difference in “{field}”.",
    resolution_inconsistent:
      "With this choice more would be accepted than received ({fields}): resolve the other figure of the pair first.",
    submission_invalid: "The §20 submission was refused ({count}): {problems}",
    follow_through_not_accepted:
      "Only an accepted remark or proposal can be linked to a rule-making plan (§8) or a budget (§13).",
    follow_through_kind_mismatch: "“{kind}” does not fit an item of this channel: {expected}.",
    evidence_stale: "This record changed after you opened it (version {revision}). Reload and try again.",
    evidence_withdrawn: "This record was withdrawn: it can be neither corrected nor withdrawn again.",
    evidence_period_mismatch: "Interim results name a quarter (§16.1); final results name none (§16.2).",
    bulk_too_large:
      "The selection holds more than {limit} items ({count}): narrow the filter (for example by dates or kind).",
    assigned_elsewhere:
      "The item is already assigned to another colleague ({assignee}): reassign it from the item itself.",
    kind_by_reviewer: "The item's kind was set by a person ({kind}): it can only be changed from the item itself.",
    title_required: "Write the title in Kazakh or Russian.",
  },
});

export type ErrorCode = keyof (typeof errorMessages)["en"];
