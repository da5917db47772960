/**
 * Demo data that looks like Kazakhstan: initiatives of real bodies, citizens' remarks, proposals
 * and comments in Kazakh and Russian, decisions and answers, evidence, and a published 2025
 * evaluation round. Deterministic (seeded PRNG). Decisions, answers, submissions and rounds go
 * through the real services, so the demo proves the same code paths as production.
 */
import type { Actor, AppContext } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import type { ItemKind } from "../enums.ts";
import { findBodyByCode, listInScopeBodies, type BodyRow } from "../../repositories/body.repository.ts";
import { setBodyOfficial } from "../../repositories/account.repository.ts";
import { updateBody } from "../../repositories/registry.repository.ts";
import { upsertUser } from "../../repositories/user.repository.ts";
import { hashPassword, actorOf } from "../../services/auth/sessions.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { recordFeedback } from "../../services/feedback/record-feedback.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { answerComment } from "../../services/feedback/answer-comment.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import {
  DEMO_INITIATIVE_TEMPLATES,
  createRng,
  generateFeedbackText,
  pickAcceptanceReference,
  pickAnswerText,
  pickRejectionReason,
} from "./data/demo-texts.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.ts";
import { seedDemoRounds } from "./seed-demo-rounds.ts";
import { seedDemoFollowThrough } from "./seed-demo-follow-through.ts";
import { DEMO_MISSING_SLOT } from "./seed-demo-evidence.ts";
import { demoPeople } from "./data/demo-people.ts";
import { DEMO_PHONES, DEMO_REQUISITES } from "./data/demo-requisites.ts";
import { upsertPersonalData } from "../../repositories/import-items.repository.ts";

type Rng = ReturnType<typeof createRng>;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const DAY = 24 * 3600 * 1000;
const ddmmyyyy = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join(".");

export interface DemoSeedOptions {
  /** How many in-scope bodies get activity (the rest stay in the registry only). */
  activeBodies?: number;
  itemsPerDiscussion?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function seedDemo(
  ctx: AppContext,
  options: DemoSeedOptions = {},
): Promise<{ items: number; decisions: number; answers: number }> {
  const rng = createRng(17_2024);
  person = demoPeople();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const body = account.bodyCode ? await findBodyByCode(ctx.database.db, account.bodyCode) : undefined;
    const user = await upsertUser(ctx.database.db, {
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      bodyId: body?.id ?? null,
      passwordHash,
      phone: DEMO_PHONES[account.email] ?? null,
    });
    // The demo's letters show a filled frame: illustrative requisites, and the head signs (§15).
    if (body && DEMO_REQUISITES[body.code]) await updateBody(ctx.database.db, body.id, DEMO_REQUISITES[body.code]!);
    if (body && account.role === "body_head")
      await setBodyOfficial(ctx.database.db, body.id, "first_head", user.id, null);
  }
  const bodies = pickActiveBodies(await listInScopeBodies(ctx.database.db), options.activeBodies ?? 30);
  const counts = { items: 0, decisions: 0, answers: 0 };
  for (const [index, body] of bodies.entries()) {
    // Each body gets its own diligence, so the demo ranking spreads over all four bands.
    const diligence = 0.35 + 0.65 * rng();
    const officer: Actor = { ...SYSTEM_ACTOR, label: `demo-officer@${body.code}` };
    const added = await seedBodyActivity(ctx, officer, body, rng, diligence, options.itemsPerDiscussion ?? 14);
    counts.items += added.items;
    counts.decisions += added.decisions;
    counts.answers += added.answers;
    await seedEvidence(ctx, officer, body, rng, index);
    options.onProgress?.(index + 1, bodies.length);
  }
  const analyst = await upsertUser(ctx.database.db, {
    email: "analyst@demo.pikir.kz",
    displayName: "Гүлнар Серікқызы",
    role: "ministry_analyst",
    passwordHash,
  });
  await seedDemoFollowThrough(ctx, bodies);
  await seedDemoRounds(ctx, actorOf(analyst), bodies, rng);
  return counts;
}

/** The demo accounts' bodies first, then a mix of ministries, agencies and akimats. */
function pickActiveBodies(all: BodyRow[], count: number): BodyRow[] {
  const wanted = new Set(DEMO_ACCOUNTS.map((a) => a.bodyCode).filter(Boolean));
  const first = all.filter((b) => wanted.has(b.code));
  const rest = all.filter((b) => !wanted.has(b.code) && !b.parentId);
  return [...first, ...rest].slice(0, count);
}

/** Reset by every seedDemo call, so each demo database gets the same invented appellants. */
let person = demoPeople();

async function seedBodyActivity(
  ctx: AppContext,
  officer: Actor,
  body: BodyRow,
  rng: Rng,
  diligence: number,
  perDiscussion: number,
) {
  const counts = { items: 0, decisions: 0, answers: 0 };
  const templates = [0, 1, 2].map(() => pick(rng, DEMO_INITIATIVE_TEMPLATES));
  for (const [n, template] of templates.entries()) {
    const year = n === 2 ? 2026 : 2025;
    const start = new Date(Date.UTC(year, Math.floor(rng() * 8), 1 + Math.floor(rng() * 20)));
    const end = new Date(start.getTime() + (10 + Math.floor(rng() * 20)) * DAY);
    const portal: "legal_acts_portal" | "budget_portal" | null =
      template.kind === "draft_legal_act"
        ? "legal_acts_portal"
        : template.kind === "project" || template.kind === "initiative"
          ? null
          : "budget_portal";
    const initiative = await createInitiative(ctx, officer, {
      bodyId: body.id,
      kind: template.kind,
      status: end.getTime() < Date.now() ? "discussion_closed" : "in_discussion",
      titleKk: template.title.kk,
      titleRu: template.title.ru,
      titleEn: template.title.en,
      discussionStartsOn: start.toISOString().slice(0, 10),
      discussionEndsOn: end.toISOString().slice(0, 10),
      infoMessage: `${template.title.kk}: жария талқылау ${ddmmyyyy(start)} – ${ddmmyyyy(end)} аралығында өтеді.`,
      infoMessagePublishedAt: start,
      portalUrl: portal
        ? `https://${portal === "legal_acts_portal" ? "legalacts" : "budget"}.egov.kz/demo/${body.code}/${n}`
        : null,
      openAccess: portal ? true : null,
      openAccessCheckedAt: portal ? end : null,
    });
    const kinds: ItemKind[] = portal ? ["remark", "proposal", "comment"] : ["appeal", "social_comment"];
    const specs = Array.from({ length: perDiscussion }, (_, i) => {
      const kind = pick(rng, kinds);
      const lang = rng() < 0.55 ? "kk" : "ru";
      const { text, lang: actualLang } = generateFeedbackText(rng, { kind, lang, topicArea: template.topicArea });
      return {
        bodyId: body.id,
        initiativeId: initiative.id,
        channel: portal ?? (kind === "appeal" ? ("appeal" as const) : ("social_media" as const)),
        kind,
        text,
        lang: actualLang,
        receivedAt: new Date(start.getTime() + rng() * (end.getTime() - start.getTime())),
        source: "demo",
        sourceRef: `${body.code}/${n}/${i}`,
        authorRef: `demo-citizen-${Math.floor(rng() * 5000)}`,
        clauseRef: kind === "remark" ? `${1 + Math.floor(rng() * 30)}-тармақ` : null,
      };
    });
    const { added } = await recordFeedback(ctx, SYSTEM_ACTOR, specs);
    counts.items += added.length;
    // Appeals come with their author's contacts (eOtinish exports do); kept apart from the text.
    const appeals = added.filter((item) => item.kind === "appeal");
    await upsertPersonalData(
      ctx.database.db,
      body.id,
      appeals.map((item) => {
        const p = person();
        return {
          source: item.source,
          source_ref: item.sourceRef,
          full_name: p.fullName,
          iin: p.iin,
          phone: p.phone,
          email: p.email,
          address: p.address,
        };
      }),
    );
    for (const item of added) {
      const lang = item.lang === "ru" ? "ru" : "kk";
      if ((item.kind === "remark" || item.kind === "proposal") && rng() < diligence) {
        if (rng() < 0.55) {
          await decideItem(ctx, officer, {
            itemId: item.id,
            outcome: "accepted",
            referenceKind: portal === "budget_portal" ? "budget_program" : "act_clause",
            referenceText: pickAcceptanceReference(rng, lang, template.kind),
          });
        } else {
          await decideItem(ctx, officer, {
            itemId: item.id,
            outcome: "rejected",
            reason: pickRejectionReason(rng, lang),
          });
        }
        counts.decisions++;
      } else if (item.kind === "comment" && rng() < diligence + 0.1) {
        await answerComment(ctx, officer, { itemId: item.id, text: pickAnswerText(rng, lang) });
        counts.answers++;
      }
    }
  }
  return counts;
}

async function seedEvidence(ctx: AppContext, officer: Actor, body: BodyRow, rng: Rng, index: number) {
  const site = body.website ?? `https://www.gov.kz/memleket/entities/${body.code}`;
  for (let q = 1; q <= 4; q++) {
    // Two bodies miss a quarter's results in open access: the demo shows §23 zeroing.
    const missing = DEMO_MISSING_SLOT(index) !== null && q === 3;
    if (missing && DEMO_MISSING_SLOT(index) === "absent") continue;
    await recordEvidence(ctx, officer, "result-publications", {
      bodyId: body.id,
      kind: "interim",
      periodYear: 2025,
      periodQuarter: q,
      title: `2025 ж. ${q}-тоқсан: аралық нәтижелер`,
      url: `${site}/press/results-2025-q${q}`,
      publishedOn: `2025-${String(q * 3 + 1 > 12 ? 12 : q * 3 + 1).padStart(2, "0")}-10`,
      openAccess: !missing,
      checkedAt: new Date("2026-01-15T10:00:00+05:00"),
    });
  }
  // 2026's first two quarters too, so the open half-year round is not zeroed by evidence (§16, §23).
  for (const q of [1, 2]) {
    await recordEvidence(ctx, officer, "result-publications", {
      bodyId: body.id,
      kind: "interim",
      periodYear: 2026,
      periodQuarter: q,
      title: `2026 ж. ${q}-тоқсан: аралық нәтижелер`,
      url: `${site}/press/results-2026-q${q}`,
      publishedOn: `2026-0${q * 3 + 1}-10`,
    });
  }
  await recordEvidence(ctx, officer, "result-publications", {
    bodyId: body.id,
    kind: "final",
    periodYear: 2025,
    periodQuarter: null,
    title: "2025 жылдың қорытынды нәтижелері",
    url: `${site}/press/results-2025-final`,
    publishedOn: "2026-01-20",
  });
  for (const [half, month] of [
    [1, "03"],
    [2, "10"],
  ] as const) {
    await recordEvidence(ctx, officer, "dialogue-events", {
      bodyId: body.id,
      kind: rng() < 0.5 ? "internet_conference" : "survey",
      topic: half === 1 ? "Мемлекеттік қызметтердің қолжетімділігі" : "Бюджет қаражатын жұмсаудың ашықтығы",
      url: `https://dialog.egov.kz/demo/${body.code}/2025-h${half}`,
      startsOn: `2025-${month}-15`,
      participants: 50 + Math.floor(rng() * 900),
    });
  }
  if (rng() < 0.7) {
    await recordEvidence(ctx, officer, "media-work", {
      bodyId: body.id,
      kind: pick(rng, ["briefing", "publication", "live_broadcast"] as const),
      title: "Жоба бойынша брифинг",
      url: `${site}/press/briefing-2025`,
      announcedOn: "2025-04-01",
      happenedOn: "2025-04-03",
    });
  }
}
