// The package ships no types; this is the part Pikir uses.
declare module "snowball-stemmers" {
  interface Stemmer {
    stem(word: string): string;
  }
  const factory: { newStemmer(language: string): Stemmer; algorithms(): string[] };
  export default factory;
}
