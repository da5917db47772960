/** Messages of the portals' real pages (issue 17): legalacts.egov.kz pages, polite fetching. */
import { defineMessages } from "../index.ts";

const en = {
  "legalacts.structure":
    "The page of legalacts.egov.kz does not have the expected structure: {element} is missing ({page}). Nothing was imported; the portal's page may have changed.",
  "legalacts.too_large": "The file is too large for a page of legalacts.egov.kz ({size} bytes, at most {max}).",
  "legalacts.partial":
    "The file holds {read} of the draft's {total} comments (tabs read: {tabs}); import the draft's address (pikir import legalacts URL) to read every tab and page.",
  "legalacts.counters":
    "The comments read give {accepted} accepted and {rejected} not accepted, but the card shows {shownAccepted} and {shownRejected}.",
  "legalacts.report_unmatched": "{count} rows of the portal's discussion report match no comment read.",
  "legalacts.report_missing": "{count} comments read are not in the portal's discussion report.",
  "legalacts.report_answers":
    "For {count} comments the portal's report gives another answer than the reply under the comment.",
  "legalacts.report_not_read":
    "The draft has a discussion report ({url}) that was not read; import the draft's address to compare it with the comments.",
  "fetch.failed": "{host} did not give the page ({detail}).",
  "fetch.not_portal": "The address is not a page of {host}: {url}",
};

export type PortalImportMessageKey = keyof typeof en;

export const portalImportMessages = defineMessages<PortalImportMessageKey>({
  kk: {
    "legalacts.structure":
      "legalacts.egov.kz бетінің құрылымы күтілгендей емес: {element} жоқ ({page}). Ештеңе импортталмады; порталдың беті өзгерген болуы мүмкін.",
    "legalacts.too_large": "Файл legalacts.egov.kz беті үшін тым үлкен ({size} байт, ең көбі {max}).",
    "legalacts.partial":
      "Файлда жобаның {total} пікірінің {read}-і ғана бар (оқылған қойындылар: {tabs}); барлық қойынды мен бетті оқу үшін жобаның мекенжайын импорттаңыз (pikir import legalacts URL).",
    "legalacts.counters":
      "Оқылған пікірлер бойынша {accepted} қабылданған және {rejected} қабылданбаған, ал карточкада {shownAccepted} және {shownRejected} көрсетілген.",
    "legalacts.report_unmatched": "Порталдың талқылау есебінің {count} жолы оқылған ешбір пікірге сәйкес келмейді.",
    "legalacts.report_missing": "Оқылған {count} пікір порталдың талқылау есебінде жоқ.",
    "legalacts.report_answers": "{count} пікір бойынша порталдың есебіндегі жауап пікір астындағы жауаптан өзгеше.",
    "legalacts.report_not_read":
      "Жобаның талқылау есебі бар ({url}), бірақ ол оқылмады; оны пікірлермен салыстыру үшін жобаның мекенжайын импорттаңыз.",
    "fetch.failed": "{host} бетті бермеді ({detail}).",
    "fetch.not_portal": "Мекенжай {host} беті емес: {url}",
  },
  ru: {
    "legalacts.structure":
      "Страница legalacts.egov.kz не имеет ожидаемой структуры: нет элемента {element} ({page}). Ничего не импортировано; возможно, страница портала изменилась.",
    "legalacts.too_large": "Файл слишком велик для страницы legalacts.egov.kz ({size} байт, не более {max}).",
    "legalacts.partial":
      "В файле {read} из {total} комментариев проекта (прочитаны вкладки: {tabs}); импортируйте адрес проекта (pikir import legalacts URL), чтобы прочитать все вкладки и страницы.",
    "legalacts.counters":
      "По прочитанным комментариям принято {accepted} и не принято {rejected}, а карточка показывает {shownAccepted} и {shownRejected}.",
    "legalacts.report_unmatched":
      "{count} строк отчёта портала об обсуждении не совпадают ни с одним прочитанным комментарием.",
    "legalacts.report_missing": "{count} прочитанных комментариев нет в отчёте портала об обсуждении.",
    "legalacts.report_answers": "По {count} комментариям отчёт портала даёт другой ответ, чем ответ под комментарием.",
    "legalacts.report_not_read":
      "У проекта есть отчёт об обсуждении ({url}), он не прочитан; импортируйте адрес проекта, чтобы сверить его с комментариями.",
    "fetch.failed": "{host} не отдал страницу ({detail}).",
    "fetch.not_portal": "Адрес не является страницей {host}: {url}",
  },
  en,
});
