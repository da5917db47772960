/** Messages of account monitoring (issue 3): why an account's last run failed, run summaries, settings refused. */
import { defineMessages } from "../index.ts";

const en = {
  "monitor.token_missing":
    "The environment variable {name} that should hold the account's access token is not set on the server.",
  "monitor.token_not_bound":
    "The environment variable {name} is not bound to this account's state body (PIKIR_MONITOR_BINDINGS or its name): the token was not used.",
  "monitor.fetch_failed": "The platform's API could not be read: {detail}",
  "monitor.import_failed": "The fetched comments could not be imported: {detail}",
  "status.ok": "Fetched",
  "status.failed": "Failed",
  "status.never": "Not run yet",
  "run.queued": "The run is queued: the accounts' last outcome appears here in a few minutes.",
  "run.summary": "Accounts fetched: {ok}, failed: {failed}; comments added: {added}, updated: {updated}.",
  "settings.external_id": '"{value}" is not a {platform} account id.',
  "settings.token_env":
    'Name the token\'s environment variable as PIKIR_MONITOR_ followed by capital letters, digits or _: "{value}" is not such a name.',
  "settings.handle_required": "An Instagram account is named by its username: give the handle.",
  "settings.other_body":
    "The account {handle} is registered for another state body. If it is this body's official account, ask an administrator to release it to this body.",
  "settings.token_env_other_body":
    "The variable {name} is not bound to this state body: name it {prefix}… (the body's code), or ask an administrator to bind it in PIKIR_MONITOR_BINDINGS.",
  "release.released": "The account {handle} was released: its rightful state body can register it now.",
  "release.reassigned": "The account {handle} now belongs to {body}; its monitoring settings were removed.",
  "release.same_body": "The account {handle} already belongs to this state body.",
};

export type MonitoringMessageKey = keyof typeof en;

export const monitoringMessages = defineMessages<MonitoringMessageKey>({
  kk: {
    "monitor.token_missing":
      "Аккаунттың қолжетімділік токенін сақтауы тиіс {name} орта айнымалысы серверде орнатылмаған.",
    "monitor.token_not_bound":
      "{name} орта айнымалысы бұл аккаунттың мемлекеттік органына байланыстырылмаған (PIKIR_MONITOR_BINDINGS немесе оның атауы): токен пайдаланылмады.",
    "monitor.fetch_failed": "Платформаның API-ын оқу мүмкін болмады: {detail}",
    "monitor.import_failed": "Алынған түсініктемелерді импорттау мүмкін болмады: {detail}",
    "status.ok": "Алынды",
    "status.failed": "Сәтсіз",
    "status.never": "Әлі іске қосылмаған",
    "run.queued": "Іске қосу кезекке қойылды: аккаунттардың соңғы нәтижесі бірнеше минуттан кейін осында көрінеді.",
    "run.summary":
      "Алынған аккаунттар: {ok}, сәтсіз: {failed}; қосылған түсініктемелер: {added}, жаңартылғаны: {updated}.",
    "settings.external_id": '"{value}" — {platform} аккаунтының идентификаторы емес.',
    "settings.token_env":
      'Токеннің орта айнымалысын PIKIR_MONITOR_ деп бастап, бас әріптермен, цифрлармен немесе _ белгісімен атаңыз: "{value}" олай аталмаған.',
    "settings.handle_required": "Instagram аккаунты пайдаланушы атымен аталады: оның атын көрсетіңіз.",
    "settings.other_body":
      "{handle} аккаунты басқа мемлекеттік органға тіркелген. Егер бұл органның ресми аккаунты болса, әкімшіден оны осы органға босатуды сұраңыз.",
    "settings.token_env_other_body":
      "{name} айнымалысы бұл мемлекеттік органға байланыстырылмаған: оны {prefix}… деп (органның коды) атаңыз немесе әкімшіден оны PIKIR_MONITOR_BINDINGS ішінде байланыстыруды сұраңыз.",
    "release.released": "{handle} аккаунты босатылды: енді оны тиесілі мемлекеттік орган тіркей алады.",
    "release.reassigned": "{handle} аккаунты енді {body} органына тиесілі; оның мониторинг баптаулары жойылды.",
    "release.same_body": "{handle} аккаунты онсыз да осы мемлекеттік органға тиесілі.",
  },
  ru: {
    "monitor.token_missing":
      "На сервере не задана переменная окружения {name}, в которой должен храниться токен доступа аккаунта.",
    "monitor.token_not_bound":
      "Переменная окружения {name} не привязана к государственному органу этого аккаунта (PIKIR_MONITOR_BINDINGS или её имя): токен не использован.",
    "monitor.fetch_failed": "Не удалось прочитать API платформы: {detail}",
    "monitor.import_failed": "Не удалось импортировать полученные комментарии: {detail}",
    "status.ok": "Получено",
    "status.failed": "Ошибка",
    "status.never": "Ещё не запускался",
    "run.queued": "Запуск поставлен в очередь: последний результат по аккаунтам появится здесь через несколько минут.",
    "run.summary":
      "Аккаунтов получено: {ok}, с ошибкой: {failed}; комментариев добавлено: {added}, обновлено: {updated}.",
    "settings.external_id": "«{value}» не является идентификатором аккаунта {platform}.",
    "settings.token_env":
      "Переменная окружения с токеном должна называться PIKIR_MONITOR_ и далее заглавные буквы, цифры или _: «{value}» так не называется.",
    "settings.handle_required": "Аккаунт Instagram называется по имени пользователя: укажите его.",
    "settings.other_body":
      "Аккаунт {handle} зарегистрирован за другим государственным органом. Если это официальный аккаунт этого органа, попросите администратора передать его этому органу.",
    "settings.token_env_other_body":
      "Переменная {name} не привязана к этому государственному органу: назовите её {prefix}… (код органа) или попросите администратора привязать её в PIKIR_MONITOR_BINDINGS.",
    "release.released":
      "Аккаунт {handle} освобождён: теперь его может зарегистрировать орган, которому он принадлежит.",
    "release.reassigned": "Аккаунт {handle} теперь принадлежит органу «{body}»; его настройки мониторинга удалены.",
    "release.same_body": "Аккаунт {handle} уже принадлежит этому государственному органу.",
  },
  en,
});
