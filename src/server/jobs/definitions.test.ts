import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDatabase } from "../../../test/db.ts";
import { testContext } from "../../../test/factories.ts";
import { JOB_DEFINITIONS, JOB_PAYLOADS } from "./definitions.ts";
import { JobQueue } from "./job-queue.ts";
import type { JobSender } from "../context.ts";

let queue: JobQueue;
let dispose: () => Promise<void>;
beforeAll(async () => {
  const opened = await openTestDatabase("pglite");
  dispose = opened.dispose;
  // Not started: send validates before it touches pg-boss, which is all this test needs.
  queue = new JobQueue(testContext(opened.database), JOB_DEFINITIONS, { work: false, schedule: false });
});
afterAll(async () => dispose?.());

it("declares a payload for every job and a job for every payload", () => {
  expect(JOB_DEFINITIONS.map((d) => d.name).sort()).toEqual(Object.keys(JOB_PAYLOADS).sort());
  for (const d of JOB_DEFINITIONS) expect(d.payload, d.name).toBe(JOB_PAYLOADS[d.name as keyof typeof JOB_PAYLOADS]);
});

it.each([
  ["intake.monitor", { bodyId: "x'; drop table" }, /intake\.monitor: data refused \(bodyId: /],
  ["open-access.check", { bodyId: 42 }, /bodyId/],
  ["analysis.label", { bodyId: "7b0f7d2e-3c1a-4f7e-9a55-0c9a6f1d2b3c", from: "1 March" }, /from: expected a date/],
  ["compliance.digest", { bodyIds: "all" }, /bodyIds/],
])("refuses to enqueue %s with malformed data %j", async (name, data, message) => {
  await expect(queue.send(name, data)).rejects.toThrow(message);
});

it("accepts what the cron sends ({}) for every scheduled job", () => {
  const scheduled = JOB_DEFINITIONS.filter((d) => d.cron);
  expect(scheduled.length).toBeGreaterThan(5);
  for (const { name } of scheduled)
    expect(JOB_PAYLOADS[name as keyof typeof JOB_PAYLOADS].safeParse({}).success, name).toBe(true);
});

it("type-checks ctx.jobs.send: an unknown job or wrong data does not compile, and fails at run time too", async () => {
  const sender: JobSender = queue;
  // @ts-expect-error: no such job
  await expect(sender.send("no.such.job", {})).rejects.toThrow(/unknown job/);
  // @ts-expect-error: bodyIds is a list of ids
  await expect(sender.send("compliance.digest", { bodyIds: "all" })).rejects.toThrow(/data refused/);
});
