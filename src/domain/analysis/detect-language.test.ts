import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";
import { normaliseText, tokenize } from "./normalise.ts";
import { prepareText } from "./prepare-text.ts";

const detect = (text: string) => detectLanguage(tokenize(normaliseText(text)));

describe("language identification", () => {
  it.each([
    // short texts decided by one word
    ["Рахмет!", "kk"],
    ["Спасибо", "ru"],
    ["Көп рахмет", "kk"],
    ["Поддерживаю", "ru"],
    ["Thanks!", "en"],
    ["Жол жөндеу керек", "kk"],
    ["Дорогу надо отремонтировать", "ru"],
    // Kazakh without Kazakh-only letters: decided by the lexicon and endings
    ["Балалар мектепке бара алмайды", "kk"],
    // Latin-script Kazakh (several alphabets and chat spelling)
    ["Rahmet, jol jóndeldi", "kk"],
    ["Zhol zhok, avtobus kelmeidi", "kk"],
    ["Qazaqstan", "kk"],
    ["Please fix the road on Abay street", "en"],
    // mixed
    ["Мектепке жаңа сынып керек, потому что дети учатся в три смены", "mixed"],
    ["The bus is always late, автобус опаздывает каждый день", "mixed"],
    ["Ыстық су жоқ уже неделю, ешкім жауап бермейді", "mixed"],
    // one foreign word does not make a text mixed
    ["Дорогу на улице Абая не ремонтировали десять лет, рахмет", "ru"],
    // Russian tweets: Latin @handles, hashtags and links are no evidence (issue 16, RuSentiTweet)
    ["@Funt0m1 @lov_in_ya Вот вам реально друг с другом повезло", "ru"],
    ["@nakonjce997 дааааа", "ru"],
    ["Смотрите что нашла #love #instagood https://t.co/abc123", "ru"],
    ["Новое видео youtu.be/xyz123 смотрите", "ru"],
    ["#новости Дороги опять не чистят", "ru"],
    // plain Russian whose endings look Kazakh (-ты, -сы) is not mixed (UD Russian-Taiga)
    ["Богатырь олицетворяет свойства, черты, интересы, возможности целого народа, его идеалы.", "ru"],
    // short English (UD English-EWT, RuSentiTweet probes) is English, not Latin-script Kazakh
    ["You're an idiot.", "en"],
    ["i'm the king", "en"],
    ["Definately won't be returning.", "en"],
    ["Great app", "en"],
    // chat-style Latin Kazakh without the 2017 letters (KazSAnDRA reviews)
    ["Ote jaksi sait", "kk"],
    ["Jaksi oilap wigargan", "kk"],
    ["Magan unady!!!", "kk"],
  ])("%s → %s", (text, lang) => {
    expect(detect(text).lang).toBe(lang);
  });

  it("says und for a text with no words", () => {
    expect(detect("12345 !!!").lang).toBe("und");
  });

  it("transliterates Latin-script Kazakh for analysis and stems each word in its own language", () => {
    const p = prepareText("Mektepterde oryn joq");
    expect(p.language.lang).toBe("kk");
    expect(p.words).toEqual(["мектептерде", "орын", "жоқ"]);
    expect(p.stems[0]).toBe("мектеп");
    const mixed = prepareText("Жолдар нашар, дороги разбиты");
    expect(mixed.wordLangs).toEqual(["kk", "kk", "ru", "ru"]);
    expect(mixed.stems).toEqual(["жол", "нашар", "дорог", "разбит"]);
  });

  it("repairs Latin look-alike letters inside Cyrillic words", () => {
    expect(normaliseText("Дoрoгa")).toBe("дорога"); // Latin o and a
  });
});
