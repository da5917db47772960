/**
 * Messages of the quarterly analysis (§14, §17): the draft recommendations Pikir writes from the
 * quarter's most negative topics and largest campaigns. Plain, deterministic templates: the
 * official edits them before they go to the head of the body (§15).
 */
import { defineMessages } from "../index.ts";

const en = {
  "recommendation.topic":
    "“{topic}”: {size} appeals and comments this quarter, {negative}% of them negative{trend}. Find the causes and draw up measures; consider launching a new project or initiative, or correcting the one under way (§14).",
  "recommendation.trend.new": "; the topic is new this quarter",
  "recommendation.trend.growing": "; the topic is growing compared with the previous quarter",
  "recommendation.campaign":
    "A campaign of {size} near-identical letters (first received {date}): consider one public answer on the substance and meeting its authors.",
  "trend.new": "new",
  "trend.growing": "growing",
  "trend.stable": "stable",
  "trend.fading": "fading",
};

export const analysisMessages = defineMessages<keyof typeof en>({
  kk: {
    "recommendation.topic":
      "«{topic}»: тоқсан ішінде {size} өтініш пен түсініктеме түсті, оның {negative}% — теріс{trend}. Себептерін анықтап, шаралар әзірлеу; жаңа жоба не бастама қолға алуды немесе іске асырылып жатқанын түзетуді қарастыру ұсынылады (14-тармақ).",
    "recommendation.trend.new": "; тақырып осы тоқсанда пайда болды",
    "recommendation.trend.growing": "; алдыңғы тоқсанмен салыстырғанда тақырып өсуде",
    "recommendation.campaign":
      "{size} ұқсас хаттан тұратын ұжымдық үндеу (алғашқысы {date} түсті): мәні бойынша бір жария жауап беруді және авторларымен кездесуді қарастыру ұсынылады.",
    "trend.new": "жаңа",
    "trend.growing": "өсуде",
    "trend.stable": "тұрақты",
    "trend.fading": "азаюда",
  },
  ru: {
    "recommendation.topic":
      "«{topic}»: за квартал {size} обращений и комментариев, из них {negative}% негативных{trend}. Рекомендуется выявить причины и подготовить меры; рассмотреть запуск нового проекта или инициативы либо корректировку реализуемого (п. 14).",
    "recommendation.trend.new": "; тема появилась в этом квартале",
    "recommendation.trend.growing": "; тема растёт по сравнению с предыдущим кварталом",
    "recommendation.campaign":
      "Коллективная кампания из {size} почти одинаковых писем (первое поступило {date}): рассмотреть единый публичный ответ по существу и встречу с авторами.",
    "trend.new": "новая",
    "trend.growing": "растёт",
    "trend.stable": "стабильна",
    "trend.fading": "угасает",
  },
  en,
});
