/** Messages of intake (issue 3): why a file or a row was refused, run summaries, report headers. */
import { defineMessages } from "../index.ts";

const en = {
  "file.missing": "Cannot read the file {file}: {reason}.",
  "file.empty": "The file is empty.",
  "file.binary":
    "This is not a text file (or it is UTF-16 without a byte-order mark); save it as CSV in UTF-8 or Windows-1251.",
  "file.encoding":
    "The file's encoding could not be recognised (looks like {guess}); save it in UTF-8 or Windows-1251.",
  "file.json": "The file is not valid JSON of the expected export. {detail}",
  "file.xlsx": "The workbook cannot be read (is it an .xlsx file?).",
  "file.columns_missing": "Required columns are missing: {columns}. Download the template to see the expected columns.",
  "file.no_card": 'The export has no "{key}" card (id and title of the draft).',
  "file.other_body": "The draft {ref} is already registered for another state body.",
  "row.csv_syntax": "The row cannot be parsed: {detail}",
  "row.unreadable": "The record has an unexpected shape and was not read ({detail}).",
  "row.field_count": "The row has {found} fields, the header has {expected}.",
  "row.too_long": "Line {line} is longer than {limit} characters; the row was not read, the rows after it were.",
  "row.unclosed_quote":
    'Line {line} opens a quote (") that is never closed; the row was not read, the rows after it were.',
  "row.invalid_utf8":
    "Line {line} is not valid UTF-8 (part of it is in another encoding); the row was not read. Save the whole file as UTF-8 and upload it again.",
  "record.invalid_utf8":
    "Record {position} is not valid UTF-8 (part of it is in another encoding); it was not read, the others were. Save the whole file as UTF-8 and upload it again.",
  "row.missing": "Required value missing: {column}.",
  "row.bad_date": 'Date not recognised in {column}: "{value}" (use dd.mm.yyyy or yyyy-mm-dd).',
  "row.bad_value": 'Unknown value in {column}: "{value}".',
  "row.status_not_decidable": "Only remarks and proposals have a decision; this row is a {kind}.",
  "row.duplicate": "The same reference appears again at line {line}; the later row is kept.",
  "row.unknown_initiative": 'No initiative of this body has the reference "{value}".',
  "row.other_body": "An item with this reference belongs to another state body; it was left unchanged.",
  "warning.unknown_columns": "Columns not used by the import: {columns}.",
  summary: "read {read}, added {added}, updated {updated}, unchanged {unchanged}, rejected {rejected}",
  "report.line": "Line",
  "report.reason": "Reason",
  "report.raw": "Row as read",
};

export type ImportMessageKey = keyof typeof en;

export const importMessages = defineMessages<ImportMessageKey>({
  kk: {
    "file.missing": "{file} файлын оқу мүмкін емес: {reason}.",
    "file.empty": "Файл бос.",
    "file.binary":
      "Бұл мәтіндік файл емес (немесе BOM белгісіз UTF-16); оны UTF-8 не Windows-1251 кодтауындағы CSV ретінде сақтаңыз.",
    "file.encoding": "Файлдың кодтауы анықталмады ({guess} сияқты); оны UTF-8 не Windows-1251 кодтауында сақтаңыз.",
    "file.json": "Файл күтілген экспорттың жарамды JSON-ы емес. {detail}",
    "file.xlsx": "Жұмыс кітабын оқу мүмкін емес (бұл .xlsx файлы ма?).",
    "file.columns_missing": "Міндетті бағандар жоқ: {columns}. Күтілетін бағандарды көру үшін үлгіні жүктеп алыңыз.",
    "file.no_card": 'Экспортта "{key}" карточкасы (жобаның идентификаторы мен атауы) жоқ.',
    "file.other_body": "{ref} жобасы басқа мемлекеттік органға тіркелген.",
    "row.csv_syntax": "Жолды талдау мүмкін емес: {detail}",
    "row.unreadable": "Жазбаның құрылымы күтпеген, ол оқылмады ({detail}).",
    "row.field_count": "Жолда {found} өріс бар, тақырыпта — {expected}.",
    "row.too_long": "{line}-жол {limit} таңбадан ұзын; бұл жол оқылмады, одан кейінгі жолдар оқылды.",
    "row.unclosed_quote": '{line}-жолда ашылған тырнақша (") жабылмаған; бұл жол оқылмады, одан кейінгі жолдар оқылды.',
    "row.invalid_utf8":
      "{line}-жол UTF-8 кодтауында емес (бір бөлігі басқа кодтауда); бұл жол оқылмады. Бүкіл файлды UTF-8 ретінде сақтап, қайта жүктеңіз.",
    "record.invalid_utf8":
      "{position}-жазба UTF-8 кодтауында емес (бір бөлігі басқа кодтауда); ол оқылмады, қалғандары оқылды. Бүкіл файлды UTF-8 ретінде сақтап, қайта жүктеңіз.",
    "row.missing": "Міндетті мән жоқ: {column}.",
    "row.bad_date": '{column} бағанындағы күн танылмады: "{value}" (кк.аа.жжжж немесе жжжж-аа-кк пішімін қолданыңыз).',
    "row.bad_value": '{column} бағанында белгісіз мән: "{value}".',
    "row.status_not_decidable": "Шешім тек ескертулер мен ұсыныстарға қабылданады; бұл жол — {kind}.",
    "row.duplicate": "Дәл осы нөмір {line}-жолда қайталанады; кейінгі жол сақталды.",
    "row.unknown_initiative": 'Органның "{value}" нөмірлі бастамасы жоқ.',
    "row.other_body": "Бұл нөмірлі жазба басқа мемлекеттік органға тиесілі; ол өзгертілмеді.",
    "warning.unknown_columns": "Импорт пайдаланбаған бағандар: {columns}.",
    summary: "оқылды {read}, қосылды {added}, жаңартылды {updated}, өзгеріссіз {unchanged}, қабылданбады {rejected}",
    "report.line": "Жол",
    "report.reason": "Себебі",
    "report.raw": "Оқылған жол",
  },
  ru: {
    "file.missing": "Не удаётся прочитать файл {file}: {reason}.",
    "file.empty": "Файл пуст.",
    "file.binary": "Это не текстовый файл (или UTF-16 без метки BOM); сохраните его как CSV в UTF-8 или Windows-1251.",
    "file.encoding":
      "Не удалось определить кодировку файла (похоже на {guess}); сохраните его в UTF-8 или Windows-1251.",
    "file.json": "Файл не является корректным JSON ожидаемой выгрузки. {detail}",
    "file.xlsx": "Не удаётся прочитать книгу (это файл .xlsx?).",
    "file.columns_missing": "Нет обязательных столбцов: {columns}. Скачайте шаблон, чтобы увидеть ожидаемые столбцы.",
    "file.no_card": 'В выгрузке нет карточки "{key}" (идентификатор и название проекта).',
    "file.other_body": "Проект {ref} уже зарегистрирован за другим государственным органом.",
    "row.csv_syntax": "Строку не удаётся разобрать: {detail}",
    "row.unreadable": "Запись имеет неожиданную структуру и не прочитана ({detail}).",
    "row.field_count": "В строке {found} полей, в заголовке — {expected}.",
    "row.too_long": "Строка {line} длиннее {limit} символов; эта строка не прочитана, следующие за ней — прочитаны.",
    "row.unclosed_quote":
      'В строке {line} открыта кавычка ("), которая не закрыта; эта строка не прочитана, следующие за ней — прочитаны.',
    "row.invalid_utf8":
      "Строка {line} не в кодировке UTF-8 (часть её в другой кодировке); эта строка не прочитана. Сохраните весь файл в UTF-8 и загрузите снова.",
    "record.invalid_utf8":
      "Запись {position} не в кодировке UTF-8 (часть её в другой кодировке); она не прочитана, остальные прочитаны. Сохраните весь файл в UTF-8 и загрузите снова.",
    "row.missing": "Нет обязательного значения: {column}.",
    "row.bad_date": 'Дата в столбце {column} не распознана: "{value}" (используйте дд.мм.гггг или гггг-мм-дд).',
    "row.bad_value": 'Неизвестное значение в столбце {column}: "{value}".',
    "row.status_not_decidable": "Решение принимается только по замечаниям и предложениям; эта строка — {kind}.",
    "row.duplicate": "Тот же номер повторяется в строке {line}; сохранена более поздняя строка.",
    "row.unknown_initiative": 'У органа нет инициативы с номером "{value}".',
    "row.other_body": "Запись с этим номером принадлежит другому государственному органу; она не изменена.",
    "warning.unknown_columns": "Столбцы, не используемые при импорте: {columns}.",
    summary:
      "прочитано {read}, добавлено {added}, обновлено {updated}, без изменений {unchanged}, отклонено {rejected}",
    "report.line": "Строка",
    "report.reason": "Причина",
    "report.raw": "Прочитанная строка",
  },
  en,
});
