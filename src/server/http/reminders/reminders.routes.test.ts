import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { eq } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { outbox, users } from "../../db/index.ts";
import { JOB_DEFINITIONS } from "../../jobs/definitions.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { buildDailyDigests } from "../../services/reminders/build-daily-digests.ts";
import { composeDigest, digestDuties } from "../../services/reminders/compose-digest.ts";
import { sendOutbox } from "../../services/reminders/send-outbox.ts";
import { mailConfig } from "../../services/reminders/mail-config.ts";
import type { Duty } from "../../../domain/compliance/compute-due-duties.ts";

/** A tiny SMTP server on 127.0.0.1 (RFC 5321 happy path): records each envelope and message; refuses listed recipients. */
interface Received {
  from: string;
  to: string[];
  data: string;
}
function startSmtp(refuse: string[] = []): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((socket: Socket) => {
    let buffer = "";
    let inData = false;
    let current: Received = { from: "", to: [], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 test.local ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: "", to: [], data: "" };
          reply("250 OK queued");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") reply("250 test.local");
        else if (verb === "MAIL") {
          current.from = line;
          reply("250 OK");
        } else if (verb === "RCPT") {
          const address = /<([^>]*)>/.exec(line)?.[1] ?? "";
          if (refuse.includes(address)) reply("550 No such user here");
          else {
            current.to.push(address);
            reply("250 OK");
          }
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "RSET" || verb === "NOOP") reply("250 OK");
        else if (verb === "QUIT") {
          reply("221 Bye");
          socket.end();
        } else reply("502 Command not implemented");
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0, received });
    }),
  );
}

/** Decodes the Subject header and the text body (quoted-printable or base64) of a raw message. */
function decodeMessage(raw: string): { subject: string; text: string } {
  const unfolded = raw.replace(/\r\n[ \t]/g, " ");
  const [head = "", ...rest] = unfolded.split("\r\n\r\n");
  const subjectRaw = /^Subject: (.*)$/im.exec(head)?.[1] ?? "";
  const subject = subjectRaw.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_w, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
  const body = rest.join("\r\n\r\n").replace(/^\.\./gm, ".");
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(head)?.[1]?.trim().toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(
            body
              .replace(/=\r\n/g, "")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8")
        : body;
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

describe("the digest's text", () => {
  const duties: Duty[] = [
    {
      kind: "remarks_undecided",
      paragraph: "§11",
      dueOn: "2025-06-20",
      status: "overdue",
      subject: "Бағдарлама 003",
      count: 2,
    },
    { kind: "quarterly_analysis", paragraph: "§14", dueOn: "2025-07-15", status: "due", subject: "2025-Q2" },
    { kind: "interim_results", paragraph: "§16.1", dueOn: "2025-07-30", status: "due", subject: "2025-Q2" },
    { kind: "dialogue_event", paragraph: "§18", dueOn: "2025-06-30", status: "done", subject: "2025-H1" },
  ];

  it("lists the overdue and what is due within 7 days, in the reader's language, dates as dd.mm.yyyy", () => {
    const split = digestDuties(duties, "2025-07-10");
    expect(split.overdue.map((d) => d.kind)).toEqual(["remarks_undecided"]);
    expect(split.due.map((d) => d.kind)).toEqual(["quarterly_analysis"]); // 30.07 is beyond 7 days
    const ru = composeDigest("ru", { name: "Айгуль", bodyName: "Министерство", today: "2025-07-10", duties: split });
    expect(ru.subject).toBe("Pikir: просрочено — 1, в ближайшие 7 дней — 1 · Министерство");
    expect(ru.body).toContain("• 20.06.2025 — Замечания и предложения без решения (§11): Бағдарлама 003 — открыто: 2");
    expect(ru.body).toContain(
      "• 15.07.2025 — Ежеквартальный анализ обращений и комментариев руководителю (§14): 2025-Q2",
    );
    expect(ru.body).toContain("по состоянию на 10.07.2025");
    const kk = composeDigest("kk", { name: "Айгүл", bodyName: "Министрлік", today: "2025-07-10", duties: split });
    expect(kk.subject).toBe("Pikir: мерзімі өткені — 1, 7 күн ішінде — 1 · Министрлік");
    expect(kk.body).toContain("Мерзімі өткен:");
    // Nothing overdue and nothing due soon: an empty digest, which is not written.
    expect(
      digestDuties(
        duties.filter((d) => d.status === "done"),
        "2025-07-10",
      ),
    ).toEqual({ overdue: [], due: [] });
  });

  it("reads SMTP settings from the environment and says what is wrong with a bad one", () => {
    expect(mailConfig({})).toEqual({ smtpUrl: null, from: "Pikir <no-reply@pikir.kz>" });
    expect(mailConfig({ SMTP_URL: "smtp://127.0.0.1:2525", SMTP_FROM: "a@b.kz" })).toEqual({
      smtpUrl: "smtp://127.0.0.1:2525",
      from: "a@b.kz",
    });
    expect(() => mailConfig({ SMTP_URL: "http://user:secret@mail" })).toThrow(/smtp:\/\/.*…@mail/);
  });

  it("declares the two jobs with their schedules", () => {
    const jobs = Object.fromEntries(JOB_DEFINITIONS.map((j) => [j.name, j.cron]));
    expect(jobs["compliance.digest"]).toBe("0 8 * * *");
    expect(jobs["outbox.send"]).toBe("*/5 * * * *");
  });
});

describeEachEngine("reminders: digest, outbox, SMTP", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("writes one digest per officer and head per day, sends it over SMTP when configured, shows it in the outbox", async () => {
    const ctx = testContext(engine.database);
    const db = ctx.database.db;
    const body = await createBody(ctx);
    const unstaffed = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const head = await createUser(ctx, "body_head", body.id);
    await db.update(users).set({ locale: "ru" }).where(eq(users.id, officer.user.id));
    const initiative = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "discussion_closed",
      titleKk: "Бұйрық жобасы 9",
      discussionStartsOn: "2025-06-01",
      discussionEndsOn: "2025-06-20",
    });
    await createItems(ctx, body.id, [
      { kind: "remark", initiativeId: initiative.id, receivedAt: new Date("2025-06-05T10:00:00+05:00") },
    ]);
    // A body without officers or a head has nobody to write to (and its calendar is not even computed).
    const today = "2025-07-10";

    const first = await buildDailyDigests(ctx, { today, bodyIds: [body.id, unstaffed.id] });
    expect(first).toMatchObject({ today, bodies: 1, withDuties: 1, written: 2, alreadyWritten: 0 });
    const again = await buildDailyDigests(ctx, { today, bodyIds: [body.id] });
    expect(again).toMatchObject({ written: 0, alreadyWritten: 2 });

    const rows = await db.select().from(outbox).where(eq(outbox.kind, "compliance.digest"));
    const mine = rows.filter((r) => r.userId === officer.user.id || r.userId === head.user.id);
    expect(mine.map((r) => [r.email, r.locale]).sort()).toEqual(
      [
        [head.user.email, "kk"],
        [officer.user.email, "ru"],
      ].sort(),
    );
    const ruMessage = mine.find((r) => r.locale === "ru")!;
    expect(ruMessage.subject).toMatch(/^Pikir: просрочено — \d+, в ближайшие 7 дней — \d+ · Тестовый орган/);
    expect(ruMessage.body).toContain(
      "20.06.2025 — Замечания и предложения без решения (§7): Бұйрық жобасы 9 — открыто: 1",
    );
    expect(ruMessage.body).toContain("15.07.2025 — Ежеквартальный анализ"); // 2025-Q2 analysis due within 7 days

    // No SMTP: nothing leaves, everything waits in the outbox.
    const idle = await sendOutbox(ctx, mailConfig({}));
    expect(idle).toMatchObject({ smtp: false, sent: 0 });
    expect(idle.pending).toBeGreaterThanOrEqual(2);

    // The UI's view: own messages; administrators see everyone's.
    const officerCookie = await signInCookie(app, officer.user.email);
    const own = await app.inject({ url: "/api/outbox", headers: { cookie: officerCookie } });
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((m: { email: string; sentAt: string | null }) => [m.email, m.sentAt])).toEqual([
      [officer.user.email, null],
    ]);
    const admin = await createUser(ctx, "administrator", null);
    const adminView = await app.inject({
      url: "/api/outbox?limit=500",
      headers: { cookie: await signInCookie(app, admin.user.email) },
    });
    expect(adminView.json().items.map((m: { email: string }) => m.email)).toEqual(
      expect.arrayContaining([officer.user.email, head.user.email]),
    );
    expect((await app.inject({ url: "/api/outbox" })).statusCode).toBe(401);

    // SMTP configured: a local server takes the mail; a refused recipient keeps its row with the error.
    const smtp = await startSmtp([head.user.email]);
    try {
      const sent = await sendOutbox(
        ctx,
        mailConfig({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMTP_FROM: "Pikir <noreply@pikir.test>" }),
      );
      expect(sent.smtp).toBe(true);
      expect(sent.failed).toBe(1);
      expect(sent.sent).toBe(idle.pending - 1);
      const delivered = smtp.received.find((m) => m.to.includes(officer.user.email))!;
      expect(delivered.from).toContain("noreply@pikir.test");
      const decoded = decodeMessage(delivered.data);
      expect(decoded.subject).toBe(ruMessage.subject);
      expect(decoded.text.trim()).toBe(ruMessage.body.trim());

      const [officerRow] = await db.select().from(outbox).where(eq(outbox.id, ruMessage.id));
      expect(officerRow!.sentAt).not.toBeNull();
      const [headRow] = await db.select().from(outbox).where(eq(outbox.userId, head.user.id));
      expect(headRow).toMatchObject({ sentAt: null, attempts: 1 });
      expect(headRow!.error).toMatch(/550/);
      // The next run does not retry it at once (its claim holds until stale) and sends nothing twice.
      const next = await sendOutbox(ctx, mailConfig({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }));
      expect(next).toMatchObject({ sent: 0, failed: 0, pending: 1 });
      expect(smtp.received.filter((m) => m.to.includes(officer.user.email))).toHaveLength(1);
    } finally {
      await new Promise((r) => smtp.server.close(r));
    }
  });

  it("lists every in-scope body's overdue duties for the ministry only", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const ended = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    const initiative = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "discussion_closed",
      titleKk: "Мерзімі өткен жоба",
      discussionStartsOn: new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10),
      discussionEndsOn: ended,
    });
    await createItems(ctx, body.id, [
      { kind: "remark", initiativeId: initiative.id, receivedAt: new Date(Date.now() - 30 * 86_400_000) },
    ]);

    const analyst = await createUser(ctx, "ministry_analyst", null);
    const res = await app.inject({
      url: "/api/compliance/overdue",
      headers: { cookie: await signInCookie(app, analyst.user.email) },
    });
    expect(res.statusCode).toBe(200);
    const entry = res.json().bodies.find((b: { bodyId: string }) => b.bodyId === body.id);
    expect(entry.duties).toContainEqual(
      expect.objectContaining({
        kind: "remarks_undecided",
        subject: "Мерзімі өткен жоба",
        dueOn: ended,
        status: "overdue",
        count: 1,
      }),
    );
    expect(entry.duties.every((d: { status: string }) => d.status === "overdue")).toBe(true);
    expect(
      (
        await app.inject({
          url: "/api/compliance/overdue?from=2025-02-30",
          headers: { cookie: await signInCookie(app, analyst.user.email) },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await app.inject({
          url: "/api/compliance/overdue",
          headers: { cookie: await signInCookie(app, officer.user.email) },
        })
      ).statusCode,
    ).toBe(403);
  });
});
