/**
 * Common feedback vocabulary per language, used as language-identification evidence when a word
 * has no script-specific letter. Kazakh entries are stems (stemKazakh output), so inflected and
 * Latin-script forms match too ("mektepke" → мектепке → мектеп).
 */

export const KAZAKH_LEXICON: ReadonlySet<string> = new Set(
  `
жол мектеп аурухана емхана тариф көше бала үй су жылу жарық газ автобус аялдама қала ауыл аудан облыс әкім
әкімдік халық азамат тұрғын мұғалім дәрігер оқушы сынып баспана бюджет заң жоба бағдарлама ақша жалақы
зейнетақы жәрдемақы төлем бағасы баға қымбат арзан жақсы жаман рахмет алғыс көмек керек қажет жоқ бар емес
жөнде жөндеу салын сал жаса ашу ашыл жабыл түзет ұсыныс ұсына ұсынамыз сұрай сұраймыз өтініш шағым
мәселе қиын қиындық уақыт жыл ай күн апта түн таң кеш ерте бүгін ертең кеше көп аз жаңа ескі үлкен кіші
тұр жүр кел бар бер ал көр біл айт жаз оқы тап қара сақта тазала тазалау қоқыс шұңқыр асфальт жарықтандыру
көлік жүргізуші жолақы маршрут кезек уәде орында мерзім сапа сапасыз нашар керемет тамаша өте дұрыс бұрыс
қауіп қауіпсіз денсаулық ем дәрі науқас медицина білім оқу балабақша орын спорт саябақ ағаш экология ауа
электр энергия жылыту құбыр канализация ауызсу кәріз пәтер ғимарат құрылыс мемлекет министрлік депутат
талқыла пікір келіс қарсы қолда қолдаймыз дайын нақты түсінік жауап хат шешім мақсат нәтиже есеп
`
    .split(/\s+/u)
    .filter(Boolean),
);

export const RUSSIAN_LEXICON: ReadonlySet<string> = new Set(
  `
дорога дороги дорогу дорог дороге ямы яма ям асфальт школа школы школе школу больница больницы поликлиника
врач врачи врачей тариф тарифы тарифов вода воды воду отопление свет газ автобус автобусы остановка маршрут
город села село район области акимат аким жители житель граждане учитель учителя ученики класс жилье бюджет
закон законопроект проект программа деньги зарплата пенсия пособие оплата цена цены дорого дешево хорошо плохо
спасибо благодарю благодарность помощь нужно необходимо прошу просим предлагаю предлагаем предложение жалоба
проблема проблемы время лет месяц день неделю ночью утром вечером сегодня завтра вчера новый старый большой
ремонт отремонтировать построить сделать открыть закрыть исправить убрать мусор освещение транспорт водитель
проезд очередь обещали выполнить срок сроки качество ужасно отлично прекрасно правильно опасно безопасно
здоровье лечение лекарства пациент медицина образование обучение детский садик сад места спорт парк деревья
экология воздух электричество энергия канализация трубы квартира здание строительство государство министерство
депутат обсуждение мнение согласен против поддерживаю готов конкретно ответ письмо решение цель результат отчет
уважаемые пожалуйста огромное очень улица улице улицы двор дворе подъезд
`
    .split(/\s+/u)
    .filter(Boolean),
);

export const ENGLISH_LEXICON: ReadonlySet<string> = new Set(
  `
road roads school schools hospital clinic doctor doctors tariff tariffs water heating light gas bus buses stop
route city village district akimat mayor residents citizens teacher teachers pupils class housing budget law
draft project program money salary pension payment price prices expensive cheap good bad thanks thank help
need needs necessary ask request propose proposal suggest complaint problem time year month day week night
today tomorrow yesterday new old big repair fix build open close clean garbage lighting transport driver fare
queue promised deadline quality terrible excellent great dangerous safe health treatment medicine education
kindergarten park trees air electricity sewage pipes apartment building government ministry deputy discussion
opinion agree against support answer letter decision result report street yard broken still since nobody
`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Kazakh as typed in chat-style Latin, without the 2017 alphabet's letters («Ote jaksi sait»,
 * «Magan unady»), read off KazSAnDRA's Latin-script reviews: the common words, as typed.
 */
export const LATIN_KAZAKH_CHAT: ReadonlySet<string> = new Set(
  `
jaksi jaksy zhaksy zhaksi jakcy jaksh jaqsy ote óte oте rahmet rakhmet rahmeт raxmet keremet keremt tamasha
unady unamady unaidy unamaidy unamady magan maga magan' kerek jok zhok joq jaman zhaman boldy bolady bolmaidy
emes kop koop kóp kup ushin úshin uchun sondai osy osi bul siz biz olar
kazak kazakh kazaksha qazaqsha tusinikti tusinbedim dүrys durys dұrys ondeu ondeniz jasandar jasaңdar
`
    .split(/\s+/u)
    .filter((w) => w && /^[a-z\u00e0-\u024f']+$/u.test(w)),
);
