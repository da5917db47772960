/** Messages of `pikir audit verify` and `pikir audit checkpoint` (W6): the chain and its signed checkpoints. */
import { defineMessages } from "../index.ts";

const en = {
  "verify.intact": "Audit log intact: {entries} entries.",
  "verify.anchored":
    "{checkpoints} signed checkpoints agree; the latest, of {at}, covers entry {lastId} ({count} entries).",
  "verify.no_key":
    "PIKIR_AUDIT_KEY is not set: the checkpoints' signatures were not checked, so a recomputed chain can go unnoticed.",
  "verify.no_checkpoint":
    "There is no signed checkpoint yet: a deleted tail or a recomputed chain cannot be detected until one is written (pikir audit checkpoint).",
  "verify.broken": "Audit log BROKEN at entry {id} ({reason}): the {checked} entries before it are intact.",
  "verify.truncated":
    "Audit log TRUNCATED: it ends at entry {lastId} with {entries} entries, but the checkpoint of {at} signed entry {checkpointId} with {checkpointEntries} entries. Entries were deleted from its end.",
  "verify.rewritten":
    "Audit log REWRITTEN: the checkpoint of {at} signed entry {checkpointId} with {checkpointEntries} entries and hash {hash}; the log now has {found} there ({entries} entries). The chain was recomputed after an edit or a deletion.",
  "verify.forged":
    "Checkpoint of {at} (entry {checkpointId}) has an invalid signature: it was not written by Pikir with a configured key.",
  "verify.dropped":
    "Checkpoints were DELETED: the one of {at} (entry {checkpointId}) does not follow the checkpoints the database still holds.",
  "verify.missing_entry": "no such entry",
  "checkpoint.written": "Checkpoint written: entry {lastId}, {count} entries, hash {hash}.",
  "checkpoint.nothing_new": "Nothing new since the last checkpoint (entry {lastId}).",
  "checkpoint.no_key": "PIKIR_AUDIT_KEY is not set: no checkpoint was written.",
  "checkpoint.refused":
    "Checkpoint REFUSED: the chain is broken at entry {id} since the last checkpoint; run pikir audit verify.",
};

export type AuditMessageKey = keyof typeof en;

export const auditMessages = defineMessages<AuditMessageKey>({
  kk: {
    "verify.intact": "Аудит журналы бүтін: {entries} жазба.",
    "verify.anchored":
      "{checkpoints} қол қойылған бақылау нүктесі сәйкес келеді; ең соңғысы ({at}) {lastId} жазбаны қамтиды ({count} жазба).",
    "verify.no_key":
      "PIKIR_AUDIT_KEY орнатылмаған: бақылау нүктелерінің қолтаңбалары тексерілмеді, сондықтан қайта есептелген тізбек байқалмай қалуы мүмкін.",
    "verify.no_checkpoint":
      "Әлі қол қойылған бақылау нүктесі жоқ: ол жазылғанша (pikir audit checkpoint) жойылған соңғы жазбалар немесе қайта есептелген тізбек анықталмайды.",
    "verify.broken": "Аудит журналы {id} жазбада БҰЗЫЛҒАН ({reason}): оған дейінгі {checked} жазба бүтін.",
    "verify.truncated":
      "Аудит журналы ҚЫСҚАРТЫЛҒАН: ол {lastId} жазбамен аяқталады, {entries} жазба бар, бірақ {at} бақылау нүктесі {checkpointEntries} жазбасы бар {checkpointId} жазбаға қол қойған. Журналдың соңынан жазбалар жойылған.",
    "verify.rewritten":
      "Аудит журналы ҚАЙТА ЖАЗЫЛҒАН: {at} бақылау нүктесі {checkpointEntries} жазбасы және {hash} хеші бар {checkpointId} жазбаға қол қойған; қазір онда {found} ({entries} жазба). Тізбек өзгертуден немесе жоюдан кейін қайта есептелген.",
    "verify.forged":
      "{at} бақылау нүктесінің ({checkpointId} жазба) қолтаңбасы жарамсыз: оны Pikir бапталған кілтпен жазбаған.",
    "verify.dropped":
      "Бақылау нүктелері ЖОЙЫЛҒАН: {at} нүктесі ({checkpointId} жазба) дерекқорда қалған бақылау нүктелерінің жалғасы емес.",
    "verify.missing_entry": "мұндай жазба жоқ",
    "checkpoint.written": "Бақылау нүктесі жазылды: {lastId} жазба, {count} жазба, хеш {hash}.",
    "checkpoint.nothing_new": "Соңғы бақылау нүктесінен ({lastId} жазба) бері жаңа ештеңе жоқ.",
    "checkpoint.no_key": "PIKIR_AUDIT_KEY орнатылмаған: бақылау нүктесі жазылмады.",
    "checkpoint.refused":
      "Бақылау нүктесінен БАС ТАРТЫЛДЫ: соңғы бақылау нүктесінен кейін тізбек {id} жазбада бұзылған; pikir audit verify іске қосыңыз.",
  },
  ru: {
    "verify.intact": "Журнал аудита цел: {entries} записей.",
    "verify.anchored":
      "Подписанных контрольных точек: {checkpoints}, все сходятся; последняя, от {at}, охватывает запись {lastId} ({count} записей).",
    "verify.no_key":
      "PIKIR_AUDIT_KEY не задан: подписи контрольных точек не проверены, поэтому пересчитанная цепочка может остаться незамеченной.",
    "verify.no_checkpoint":
      "Подписанных контрольных точек ещё нет: удалённый хвост или пересчитанную цепочку нельзя обнаружить, пока точка не записана (pikir audit checkpoint).",
    "verify.broken": "Журнал аудита НАРУШЕН на записи {id} ({reason}): {checked} записей до неё целы.",
    "verify.truncated":
      "Журнал аудита УСЕЧЁН: он заканчивается записью {lastId}, в нём {entries} записей, но контрольная точка от {at} подписала запись {checkpointId} при {checkpointEntries} записях. С конца журнала удалены записи.",
    "verify.rewritten":
      "Журнал аудита ПЕРЕПИСАН: контрольная точка от {at} подписала запись {checkpointId} при {checkpointEntries} записях с хешем {hash}; сейчас там {found} ({entries} записей). Цепочка пересчитана после правки или удаления.",
    "verify.forged":
      "У контрольной точки от {at} (запись {checkpointId}) недействительная подпись: её записал не Pikir настроенным ключом.",
    "verify.dropped":
      "Контрольные точки УДАЛЕНЫ: точка от {at} (запись {checkpointId}) не продолжает точки, оставшиеся в базе данных.",
    "verify.missing_entry": "такой записи нет",
    "checkpoint.written": "Контрольная точка записана: запись {lastId}, {count} записей, хеш {hash}.",
    "checkpoint.nothing_new": "С последней контрольной точки (запись {lastId}) нового нет.",
    "checkpoint.no_key": "PIKIR_AUDIT_KEY не задан: контрольная точка не записана.",
    "checkpoint.refused":
      "Контрольная точка НЕ ЗАПИСАНА: после последней точки цепочка нарушена на записи {id}; запустите pikir audit verify.",
  },
  en,
});
