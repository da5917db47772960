/**
 * Messages of the open-access checker (§23): why an address was not open, and the zeroing risk a
 * body sees before the ministry does. English defines the keys.
 */
import { defineMessages } from "../index.ts";

const en = {
  "risk.none": "No required address is known to be out of open access: §23 would not set F to zero.",
  "risk.item":
    'F would be zeroed under §23 because {what} "{title}" ({url}) was not in open access at the check of {date}: {reason}.',
  "risk.unchecked": "Addresses not checked yet: {count}.",
  "risk.noAddress":
    "Drafts or reports without a portal address: {count} ({titles}). Record where each was published, or nothing shows it was in open access (§23).",
  "what.draft_legal_act": "the draft legal act",
  "what.draft_budget_program": "the draft budget program",
  "what.budget_report": "the budget-program implementation report",
  "what.interim": "the interim results publication",
  "what.final": "the final results publication",
  "reason.invalid_url": "the address is not a valid http(s) address",
  "reason.private_address": "the address is on a private network no citizen can reach",
  "reason.dns": "the site's name does not resolve",
  "reason.network": "the site refused or dropped the connection",
  "reason.tls": "the site's certificate is not trusted",
  "reason.timeout": "the site did not answer in time",
  "reason.http_status": "the site answered with HTTP status {status}",
  "reason.login_required": "the page asks to sign in",
  "reason.empty": "the page is empty",
  "reason.recorded": "it is recorded as not in open access",
};

export type OpenAccessMessageKey = keyof typeof en;

export const openAccessMessages = defineMessages<OpenAccessMessageKey>({
  kk: {
    "risk.none":
      "Ашық қолжетімділікте жоқ міндетті мекенжай анықталған жоқ: 23-тармақ бойынша F нөлге теңестірілмейді.",
    "risk.item":
      "23-тармақ бойынша F нөлге теңестіріледі, себебі {what} «{title}» ({url}) {date} тексерісінде ашық қолжетімділікте болмады: {reason}.",
    "risk.unchecked": "Әлі тексерілмеген мекенжайлар: {count}.",
    "risk.noAddress":
      "Портал мекенжайы жоқ жобалар немесе есептер: {count} ({titles}). Әрқайсысы қайда жарияланғанын көрсетіңіз, әйтпесе олардың ашық қолжетімділікте болғанын ештеңе растамайды (23-тармақ).",
    "what.draft_legal_act": "құқықтық акт жобасы",
    "what.draft_budget_program": "бюджеттік бағдарлама жобасы",
    "what.budget_report": "бюджеттік бағдарламаның іске асырылуы туралы есеп",
    "what.interim": "аралық нәтижелер туралы жарияланым",
    "what.final": "қорытынды нәтижелер туралы жарияланым",
    "reason.invalid_url": "мекенжай жарамды http(s) мекенжайы емес",
    "reason.private_address": "мекенжай азаматтар қол жеткізе алмайтын жабық желіде",
    "reason.dns": "сайттың атауы табылмады",
    "reason.network": "сайт қосылудан бас тартты немесе оны үзді",
    "reason.tls": "сайттың сертификатына сенім жоқ",
    "reason.timeout": "сайт уақытында жауап бермеді",
    "reason.http_status": "сайт HTTP {status} күйімен жауап берді",
    "reason.login_required": "бет жүйеге кіруді талап етеді",
    "reason.empty": "бет бос",
    "reason.recorded": "ол ашық қолжетімділікте жоқ деп тіркелген",
  },
  ru: {
    "risk.none": "Ни один обязательный адрес не выявлен вне открытого доступа: по пункту 23 F не обнуляется.",
    "risk.item":
      "По пункту 23 F будет обнулён, потому что при проверке {date} {what} «{title}» ({url}) — не в открытом доступе: {reason}.",
    "risk.unchecked": "Ещё не проверено адресов: {count}.",
    "risk.noAddress":
      "Проекты или отчёты без адреса на портале: {count} ({titles}). Укажите, где опубликован каждый, иначе ничто не подтверждает, что они были в открытом доступе (пункт 23).",
    "what.draft_legal_act": "проект нормативного правового акта",
    "what.draft_budget_program": "проект бюджетной программы",
    "what.budget_report": "отчёт о реализации бюджетной программы",
    "what.interim": "публикация промежуточных результатов",
    "what.final": "публикация итоговых результатов",
    "reason.invalid_url": "адрес не является корректным адресом http(s)",
    "reason.private_address": "адрес находится в закрытой сети, недоступной гражданам",
    "reason.dns": "имя сайта не найдено",
    "reason.network": "сайт отказал в соединении или разорвал его",
    "reason.tls": "сертификату сайта нет доверия",
    "reason.timeout": "сайт не ответил вовремя",
    "reason.http_status": "сайт ответил кодом HTTP {status}",
    "reason.login_required": "страница требует входа в систему",
    "reason.empty": "страница пуста",
    "reason.recorded": "отмечено, что материал не в открытом доступе",
  },
  en,
});
