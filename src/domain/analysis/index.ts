/** Text analytics for kk/ru feedback: the public surface of src/domain/analysis. */
export {
  createAnalyser,
  type Analyser,
  type AnalyserConfig,
  type ItemAnalysis,
  type ItemAnalysisOf,
} from "./analyse-items.ts";
export { prepareText, contentStems, type PreparedText } from "./prepare-text.ts";
export { detectLanguage, type Language, type LanguageResult } from "./detect-language.ts";
export { latinKazakhToCyrillic } from "./transliterate.ts";
export { stemKazakh } from "./stem-kazakh.ts";
export { stemRussian, stemEnglish } from "./stem-snowball.ts";
export { normaliseText, tokenize, canonicalForDuplicates } from "./normalise.ts";
export { CampaignGrouper, type DuplicateMatch, type CampaignGroup } from "./minhash.ts";
export {
  createLabeller,
  registerLabellerFactory,
  type Labeller,
  type LabellerConfig,
  type LabellerFactory,
} from "./labeller.ts";
export {
  groupTopics,
  trackTopics,
  proposeConferenceTopics,
  type Topic,
  type TopicItem,
  type TopicTrend,
} from "./topics.ts";
export {
  KINDS,
  APPEAL_TYPES,
  SENTIMENTS,
  TOPIC_CATEGORIES,
  type Kind,
  type AppealType,
  type Sentiment,
  type TopicCategory,
} from "./training/dataset.ts";
