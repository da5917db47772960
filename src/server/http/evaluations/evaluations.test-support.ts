/**
 * The requests the evaluation-round tests send again and again: a sign-in cookie, perhaps a language,
 * and for a §20 submission the body's figures. Kept beside the tests so each reads as the flow it checks.
 */
import type { FastifyInstance } from "fastify";

type Lang = "kk" | "ru" | "en";

function headersOf(cookie?: string, lang?: Lang): Record<string, string> {
  return { ...(cookie ? { cookie } : {}), ...(lang ? { "accept-language": lang } : {}) };
}

/** §20.1–§20.2 figures: remarks and proposals [received, accepted, rejected], comments [received, answered]. */
export function figures(
  bodyId: string,
  [received, accepted, rejected]: [number, number, number],
  [commentsReceived, answered]: [number, number],
) {
  return {
    bodyId,
    remarks: { received, accepted, rejected },
    comments: { received: commentsReceived, answered },
  };
}

/** `app` is read at each request: the tests build their app in beforeAll, after this is made. */
export function evaluationsApi(app: () => FastifyInstance) {
  const get = (url: string, cookie?: string, lang?: Lang) => app().inject({ url, headers: headersOf(cookie, lang) });
  const post = (url: string, cookie: string, payload?: object, lang?: Lang) =>
    app().inject({
      method: "POST",
      url,
      headers: headersOf(cookie, lang),
      ...(payload === undefined ? {} : { payload }),
    });
  return {
    get,
    post,
    /** POST /api/evaluations: opens a round. */
    open: (cookie: string, payload: object, lang?: Lang) => post("/api/evaluations", cookie, payload, lang),
    /** POST /api/evaluations/:id/submissions: a body's §20 submission. */
    submit: (cookie: string, roundId: string, payload: object, lang?: Lang) =>
      post(`/api/evaluations/${roundId}/submissions`, cookie, payload, lang),
  };
}
