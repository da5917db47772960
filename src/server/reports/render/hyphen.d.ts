/** The `hyphen` package ships no types; we use only its synchronous Russian hyphenator. */
declare module "hyphen/ru/index.js" {
  const ru: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default ru;
}
