/**
 * The §14 page's own topics (name, merge, kept from quarter to quarter), the saved drafts and the
 * citations of the recommendations (issue 16). English defines the keys; kk and ru carry the same ones.
 */
const en = {
  "topics.named": "named",
  "topics.rename": "Name the topic",
  "topics.nameTitle": "Name of the topic",
  "topics.nameHint": "The name stays with this topic in the next quarters. Leave empty to show its words again.",
  "topics.merge": "Merge into…",
  "topics.mergeTitle": "Merge «{{topic}}» into another topic",
  "topics.mergeHint":
    "From now on the items of this topic are shown under the topic you choose, in later quarters too.",
  "topics.unmerge": "Separate again",
  "topics.saved": "Saved",
  "topics.words": "Words",
  "analysis.notAnalysed":
    "{{items}} items of this quarter are not analysed yet: run the analysis to see the charts and topics.",
  "drafts.save": "Save",
  "drafts.saved": "Saved on the server {{date}}",
  "drafts.unsaved": "Not saved",
  "drafts.savedToast": "Drafts saved: the §15 submission starts from them",
  "drafts.basis": "From {{size}} items",
  "drafts.basisItems": "items",
};

type Keys = keyof typeof en;

const kk: Record<Keys, string> = {
  "topics.named": "аталған",
  "topics.rename": "Тақырыпқа атау беру",
  "topics.nameTitle": "Тақырып атауы",
  "topics.nameHint": "Атау келесі тоқсандарда да осы тақырыпта қалады. Сөздерін қайта көрсету үшін бос қалдырыңыз.",
  "topics.merge": "Біріктіру…",
  "topics.mergeTitle": "«{{topic}}» тақырыбын басқа тақырыпқа біріктіру",
  "topics.mergeHint":
    "Бұдан былай осы тақырыптың өтініштері сіз таңдаған тақырыпта көрсетіледі, келесі тоқсандарда да.",
  "topics.unmerge": "Қайта бөлу",
  "topics.saved": "Сақталды",
  "topics.words": "Сөздер",
  "analysis.notAnalysed":
    "Осы тоқсанның {{items}} өтініші әлі талданбаған: диаграммалар мен тақырыптарды көру үшін талдауды іске қосыңыз.",
  "drafts.save": "Сақтау",
  "drafts.saved": "Серверде сақталды {{date}}",
  "drafts.unsaved": "Сақталмаған",
  "drafts.savedToast": "Жобалар сақталды: 15-тармақ бойынша жолдау солардан басталады",
  "drafts.basis": "{{size}} өтініш негізінде",
  "drafts.basisItems": "өтініштер",
};

const ru: Record<Keys, string> = {
  "topics.named": "названа",
  "topics.rename": "Назвать тему",
  "topics.nameTitle": "Название темы",
  "topics.nameHint":
    "Название останется у этой темы и в следующих кварталах. Оставьте пустым, чтобы снова показывать её слова.",
  "topics.merge": "Объединить с…",
  "topics.mergeTitle": "Объединить «{{topic}}» с другой темой",
  "topics.mergeHint": "Отныне обращения этой темы показываются в выбранной теме, и в следующих кварталах тоже.",
  "topics.unmerge": "Разделить снова",
  "topics.saved": "Сохранено",
  "topics.words": "Слова",
  "analysis.notAnalysed":
    "{{items}} обращений этого квартала ещё не проанализированы: запустите анализ, чтобы увидеть диаграммы и темы.",
  "drafts.save": "Сохранить",
  "drafts.saved": "Сохранено на сервере {{date}}",
  "drafts.unsaved": "Не сохранено",
  "drafts.savedToast": "Проекты сохранены: представление по п. 15 начнётся с них",
  "drafts.basis": "На основе {{size}} обращений",
  "drafts.basisItems": "обращения",
};

export const analysisTopicsCatalog = { en, kk, ru };
