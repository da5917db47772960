/**
 * Review 2026-12-security W17 (depth): the "same file is being imported" guard was memory of one
 * process, so a `pikir worker` and the web process (or two workers) could both import one upload
 * into the same run. It is now also a PostgreSQL advisory lock per body, channel and file hash,
 * held on a connection of its own: another session holding it means another process imports the
 * file, and the upload is refused (409 import_running). On PGlite one process owns the database,
 * and the in-process guard is what holds (recover-interrupted-imports.test.ts).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { tryHoldAdvisoryLock } from "../../repositories/advisory-lock.repository.ts";
import { importFile, importLockName, startImport } from "./import-file.ts";

describeEachEngine("import lock across processes (W17)", (engine) => {
  it("refuses a file another session is importing, and takes it once that session lets go", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { actor } = await createUser(ctx, "body_officer", body.id);
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-w17-lock-"));
    const file = path.join(dir, "shared.csv");
    const lines = ["Reference,Received on,Kind,Text,Language"];
    for (let i = 1; i <= 50; i++) lines.push(`L-${i},10.03.2025,comment,Пікір ${i},kk`);
    writeFileSync(file, `${lines.join("\n")}\n`);
    const sha = createHash("sha256").update(readFileSync(file)).digest("hex");
    const name = importLockName(body.id, "template", sha);

    // Another process (a connection of its own, as `pikir worker` has) is importing the file.
    const other = await tryHoldAdvisoryLock(engine.database, name);
    expect(other).not.toBeNull();
    if (engine.engine === "pg") {
      await expect(startImport(ctx, actor, { importer: "template", file, bodyId: body.id })).rejects.toMatchObject({
        code: "import_running",
      });
      // A second session cannot take it either while it is held.
      expect(await tryHoldAdvisoryLock(engine.database, name)).toBeNull();
    }
    await other!.release();
    expect(await importFile(ctx, actor, { importer: "template", file, bodyId: body.id })).toMatchObject({
      read: 50,
      added: 50,
    });
    // The import let go of the lock when it ended.
    const again = await tryHoldAdvisoryLock(engine.database, name);
    expect(again).not.toBeNull();
    await again!.release();
  });
});
