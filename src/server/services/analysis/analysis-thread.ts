/**
 * Runs inside the analysis worker thread (started by analysis-client.ts): one QuarterLabeller per
 * open session, fed batches in order; and the quarter's topic clustering on request. The analysis is CPU-bound and synchronous; here it uses the
 * second core and never holds up the web process's event loop (or PGlite, which runs on it).
 */
import { parentPort } from "node:worker_threads";
import { clusterItems } from "../../../domain/analysis/cluster-topics.ts";
import { createQuarterLabeller, type QuarterLabeller } from "./label-rows.ts";
import type { ThreadReply, ThreadRequest } from "./analysis-client.ts";

const port = parentPort;
if (!port) throw new Error("analysis-thread.ts runs only as a worker thread");
const sessions = new Map<number, QuarterLabeller>();

port.on("message", (message: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    if (message.type === "cluster") {
      reply = { id: message.id, ok: true, value: clusterItems(message.items) };
    } else if (message.type === "open") {
      sessions.set(message.session, createQuarterLabeller(message.bodyId));
      reply = { id: message.id, ok: true, value: null };
    } else if (message.type === "label") {
      reply = { id: message.id, ok: true, value: session(message.session).label(message.items) };
    } else {
      const groups = session(message.session).campaigns();
      sessions.delete(message.session);
      reply = { id: message.id, ok: true, value: groups };
    }
  } catch (error) {
    if (message.type !== "open" && message.type !== "cluster") sessions.delete(message.session);
    reply = { id: message.id, ok: false, error: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});

function session(id: number): QuarterLabeller {
  const s = sessions.get(id);
  if (!s) throw new Error(`no analysis session ${id}`);
  return s;
}
