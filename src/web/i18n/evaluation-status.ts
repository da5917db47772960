/**
 * Evaluation-room texts of issue 10 (result status, §20/§22), kept apart so the main catalogs are
 * not rewritten. Spread into en.ts, kk.ts and ru.ts; Kazakh first.
 */
export const evaluationStatusKk = {
  "resultStatus.evaluated": "бағаланды",
  "resultStatus.nothing_received": "ештеңе түспеді, 22-тармақ бойынша әдепкі мән",
  "resultStatus.not_submitted": "20-тармақ бойынша ақпарат ұсынылмады",
  "round.resultStatus": "Мәртебесі",
  "round.recordOnly": "Pikir есебі (тек ақпарат үшін): F {{F}}%",
  "round.noOfficialF":
    "Ресми F жоқ: орган 20-тармақ бойынша ақпарат ұсынбады. Төменде Pikir-дің өз есебі, тек ақпарат үшін.",
  "round.apartCounts": "Бөлек есептеледі: ештеңе түспеді — {{nothing}}, ақпарат ұсынылмады — {{missing}}",
  "inbox.referenceMissing": "сілтеме жоқ (20.1)",
  "inbox.referenceMissingFilter": "Сілтемесіз қабылданғандар",
  "inbox.outsideWindow.before": "талқылау басталғанға дейін (5-тармақ)",
  "inbox.outsideWindow.after": "талқылау мерзімі өткен соң (5-тармақ)",
  "round.publishWarning":
    "Назар аударыңыз: ақпаратты {{requested}} органның {{submitted}}-і ғана ұсынды (мерзімі — {{due}}). Ұсынбағандар «ақпарат ұсынылмады» деп жарияланады.",
};

export const evaluationStatusRu: Record<keyof typeof evaluationStatusKk, string> = {
  "resultStatus.evaluated": "оценено",
  "resultStatus.nothing_received": "ничего не поступило, значение по умолчанию п. 22",
  "resultStatus.not_submitted": "информация по п. 20 не представлена",
  "round.resultStatus": "Статус",
  "round.recordOnly": "Учёт Pikir (только для сведения): F {{F}}%",
  "round.noOfficialF":
    "Официального F нет: орган не представил информацию по п. 20. Ниже — собственный учёт Pikir, только для сведения.",
  "round.apartCounts":
    "Учитываются отдельно: ничего не поступило — {{nothing}}, информация не представлена — {{missing}}",
  "inbox.referenceMissing": "нет ссылки (п. 20.1)",
  "inbox.referenceMissingFilter": "Принятые без ссылки",
  "inbox.outsideWindow.before": "до начала обсуждения (п. 5)",
  "inbox.outsideWindow.after": "после срока обсуждения (п. 5)",
  "round.publishWarning":
    "Внимание: информацию представили лишь {{submitted}} из {{requested}} органов (срок — {{due}}). Непредставившие будут опубликованы как «информация не представлена».",
};

export const evaluationStatusEn: Record<keyof typeof evaluationStatusKk, string> = {
  "resultStatus.evaluated": "evaluated",
  "resultStatus.nothing_received": "nothing received, §22 default",
  "resultStatus.not_submitted": "§20 information not submitted",
  "round.resultStatus": "Status",
  "round.recordOnly": "Pikir's record (information only): F {{F}}%",
  "round.noOfficialF":
    "No official F: the body did not submit §20 information. Below is Pikir's own record, for information only.",
  "round.apartCounts": "Counted apart: nothing received — {{nothing}}, not submitted — {{missing}}",
  "inbox.referenceMissing": "reference missing (§20.1)",
  "inbox.referenceMissingFilter": "Accepted without reference",
  "inbox.outsideWindow.before": "before the discussion opened (§5)",
  "inbox.outsideWindow.after": "after the discussion closed (§5)",
  "round.publishWarning":
    "Note: only {{submitted}} of {{requested}} bodies submitted (due {{due}}). The others will be published as “not submitted”.",
};
