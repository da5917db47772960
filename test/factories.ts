/**
 * Test data through the real repositories and services. Every test creates its own body (a
 * tenant), so tests share one database without seeing each other's rows.
 */
import { randomUUID } from "node:crypto";
import pino from "pino";
import type { Actor, AppContext } from "../src/server/context.ts";
import type { Database } from "../src/server/db/client.ts";
import type { Role } from "../src/server/db/enums.ts";
import { upsertBody, type BodyRow } from "../src/server/repositories/body.repository.ts";
import { upsertUser, type UserRow } from "../src/server/repositories/user.repository.ts";
import {
  insertFeedbackItems,
  type FeedbackItemRow,
  type NewFeedbackItem,
} from "../src/server/repositories/feedback-item.repository.ts";
import { hashPassword } from "../src/server/services/auth/sessions.ts";
import { actorOf } from "../src/server/services/auth/sessions.ts";

export function testContext(database: Database): AppContext {
  return { database, log: pino({ level: "silent" }) };
}

export async function createBody(ctx: AppContext, overrides: Partial<BodyRow> = {}): Promise<BodyRow> {
  const code = `test-${randomUUID().slice(0, 8)}`;
  return upsertBody(ctx.database.db, {
    code,
    nameKk: `Сынақ органы ${code}`,
    nameRu: `Тестовый орган ${code}`,
    nameEn: `Test body ${code}`,
    kind: "central",
    inScope: true,
    exclusionReason: null,
    ...overrides,
  });
}

export const TEST_PASSWORD = "Сынақ-пароль-2025!";
let cachedHash: Promise<string> | undefined;

export async function createUser(
  ctx: AppContext,
  role: Role,
  bodyId: string | null,
): Promise<{ user: UserRow; actor: Actor }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await upsertUser(ctx.database.db, {
    email: `${role}-${randomUUID().slice(0, 8)}@test.pikir.kz`,
    displayName: role,
    role,
    bodyId,
    passwordHash: await cachedHash,
  });
  return { user, actor: actorOf(user) };
}

let refCounter = 0;
export async function createItems(
  ctx: AppContext,
  bodyId: string,
  specs: Partial<NewFeedbackItem>[],
): Promise<FeedbackItemRow[]> {
  const rows = specs.map((s) => ({
    bodyId,
    channel: "legal_acts_portal" as const,
    kind: "remark" as const,
    text: "4-тармақтағы мерзімді ұзарту керек",
    lang: "kk" as const,
    receivedAt: new Date("2025-03-10T09:00:00+05:00"),
    source: "test",
    sourceRef: `${bodyId}-${++refCounter}-${randomUUID().slice(0, 6)}`,
    ...s,
  }));
  return insertFeedbackItems(ctx.database.db, rows);
}
