/**
 * Stop words: function words that say nothing about a topic. Classifiers keep them (negation
 * and "please" matter for kind and sentiment); topic grouping and language votes use these lists.
 * Kazakh forms are Cyrillic: Latin-script Kazakh is transliterated before lookup.
 */

export const KAZAKH_STOP_WORDS: ReadonlySet<string> = new Set(
  `
мен сен ол біз сіз сендер олар менің сенің оның біздің сіздің олардың маған саған оған бізге сізге
оларға мені сені оны бізді сізді оларды осы сол бұл мына ана әлгі кім не қандай қай қайда қашан неге
қалай неше қанша және мен бен пен де да та те ғой ғана қана тек әрі бірақ алайда себебі өйткені сондықтан
егер онда үшін туралы арқылы бойынша сияқты секілді дейін кейін соң бері гөрі қарай шейін ма ме ба бе па пе
ше ша ау ей иә жоқ емес бар еді екен болды болып болса болады болу бол барлық бәрі әр әрбір кейбір ешкім
ештеңе өз өзі өзім өзіміз тағы әлі енді қазір сонда мұнда онда осында кез кезде жыл жылы бір екі үш
ең өте тым аса сәл біраз көп аз сондай осындай сонша соншалық мынау анау ал яғни немесе не болмаса
`
    .split(/\s+/u)
    .filter(Boolean),
);

export const RUSSIAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот
от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять
уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб
без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом
один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть
после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой
перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это эта мы наш наши нашей
нашего весь вся также который которые которая которых году год очень просто пожалуйста уважаемые уважаемый
`
    .split(/\s+/u)
    .filter(Boolean),
);

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `
a an the and or but if of to in on at by for with from as is are was were be been being it its this that
these those there here i we you he she they me us him her them my our your their not no do does did
have has had will would can could should may might must so very just also please than then about into
over under again more most some any all each which who whom what when where why how dear
`
    .split(/\s+/u)
    .filter(Boolean),
);

export function isStopWord(word: string, lang: "kk" | "ru" | "en"): boolean {
  const list = lang === "kk" ? KAZAKH_STOP_WORDS : lang === "ru" ? RUSSIAN_STOP_WORDS : ENGLISH_STOP_WORDS;
  return list.has(word);
}
