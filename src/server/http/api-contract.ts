/**
 * The API's answers as TypeScript types, inferred from the zod schemas the server validates and
 * documents them with (/api/docs), so the web app cannot drift from them. Types only: the web
 * imports this module with `import type`, which the build erases, so its bundle carries none of the
 * server's code. src/web/types.contract.test.ts checks the shapes the web still writes itself.
 */
import type { z } from "zod";
import type { pagedOf } from "./common.schema.ts";
import type { answerSchema, decisionSchema, itemSchema } from "./feedback/feedback.schema.ts";
import type { resultSchema, roundSchema } from "./evaluations/evaluations.schema.ts";
import type { bodySchema } from "./bodies/bodies.schema.ts";
import type { initiativeSchema } from "./initiatives/initiatives.schema.ts";
import type { meSchema } from "./auth/auth.schema.ts";
import type { portalMonitorSchema, previewSchema, runNowSchema } from "./imports/intake-screens.schema.ts";

export type { Band } from "../../domain/evaluation/bands.ts";

export type Me = z.infer<typeof meSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Round = z.infer<typeof roundSchema>;
/** `explanation` and `criteria21` are documented as unknown JSON; the web narrows them. */
export type Result = z.infer<typeof resultSchema>;
/** Every list endpoint's envelope (pagedOf) around its item type. */
export type Paged<T> = Omit<z.infer<ReturnType<typeof pagedOf>>, "items"> & { items: T[] };
/** Issue 17: the import screen's column-mapping preview and the monitor screen. */
export type ColumnMapPreview = z.infer<typeof previewSchema>;
export type PortalMonitor = z.infer<typeof portalMonitorSchema>;
export type PortalRunNow = z.infer<typeof runNowSchema>;
