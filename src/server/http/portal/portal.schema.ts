/**
 * Wire shapes of the public portal's HTML pages. The pages are server-rendered and hidden from the
 * OpenAPI; only their path parameters are validated here (the page itself answers 404 for anything
 * unknown, so no id is an oracle).
 */
import { z } from "zod";

export const bodyCodeParams = z.object({ code: z.string() });
export const initiativeIdParams = z.object({ id: z.string() });
