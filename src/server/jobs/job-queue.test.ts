import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/db.ts";
import { testContext } from "../../../test/factories.ts";
import { JobQueue, type JobDefinition } from "./job-queue.ts";

describeEachEngine("the job queue (pg-boss on this engine)", (engine) => {
  const seen: string[] = [];
  let failures = 0;
  let queue: JobQueue;
  const definitions: JobDefinition<{ word: string }>[] = [
    {
      name: "test.echo",
      cron: "0 3 * * *",
      handler: async (_ctx, data) => {
        seen.push(data.word);
      },
    },
    {
      name: "test.flaky",
      retryLimit: 2,
      handler: async (_ctx, data) => {
        failures++;
        if (failures < 2) throw new Error("transient");
        seen.push(data.word);
      },
    },
  ];

  beforeAll(async () => {
    queue = new JobQueue(testContext(engine.database), definitions, {
      work: true,
      schedule: true,
      pollingIntervalSeconds: 0.5,
    });
    await queue.start();
  });
  afterAll(async () => queue.stop());

  const waitFor = async (check: () => boolean, ms = 20_000) => {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error("timed out waiting for the job");
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it("runs an enqueued job once and reports it completed", async () => {
    const id = await queue.send("test.echo", { word: "сәлем" });
    expect(id).toBeTruthy();
    await waitFor(() => seen.includes("сәлем"));
    await new Promise((r) => setTimeout(r, 1500)); // a second delivery would land here
    expect(seen.filter((w) => w === "сәлем")).toHaveLength(1);
  });

  it("retries a failing job until it succeeds", { timeout: 60_000 }, async () => {
    await queue.send("test.flaky", { word: "қайта" });
    await waitFor(() => seen.includes("қайта"), 30_000);
    expect(failures).toBe(2);
  });

  it("keeps cron schedules in Kazakhstan's time and refuses unknown jobs", async () => {
    expect(await queue.schedules()).toEqual([{ name: "test.echo", cron: "0 3 * * *", timezone: "Asia/Almaty" }]);
    await expect(queue.send("no.such.job", {})).rejects.toThrow(/unknown job/);
  });
});
