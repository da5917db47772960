/**
 * The labelling run's view of the analysis: a quarter's labeller that answers asynchronously. By
 * default the work goes to one worker thread per process (analysis-thread.ts), so the analysis
 * runs on the second core while this thread reads and writes the database and serves requests.
 * Where a worker cannot start (or PIKIR_ANALYSIS_THREAD=off), the same code runs here in slices
 * of SLICE items with a yield between them, so requests still get the event loop between slices.
 * Both paths call createQuarterLabeller (label-rows.ts), the same entry point into src/domain.
 */
import { Worker } from "node:worker_threads";
import type { CampaignGroup } from "../../../domain/analysis/index.ts";
import { clusterItems, type Cluster, type ClusterItem } from "../../../domain/analysis/cluster-topics.ts";
import type { AutomaticLabel, ItemToLabel } from "../../repositories/analysis-labels.repository.ts";
import { createQuarterLabeller } from "./label-rows.ts";

export type ThreadRequest =
  | { type: "open"; id: number; session: number; bodyId: string }
  | { type: "label"; id: number; session: number; items: ItemToLabel[] }
  | { type: "close"; id: number; session: number }
  | { type: "cluster"; id: number; items: ClusterItem[] };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ThreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export interface AsyncQuarterLabeller {
  /** Where the analysis runs: "thread" (the worker) or "inline" (this thread, in slices). */
  readonly mode: "thread" | "inline";
  label(items: ItemToLabel[]): Promise<AutomaticLabel[]>;
  /** The quarter's campaign groups; ends the session. */
  finish(): Promise<CampaignGroup[]>;
}

/** Items analysed between two yields on the inline path (≈ 10–20 ms of work). */
const SLICE = 200;

let thread: AnalysisThread | null = null;
let threadFailed = false;

/** `thread: false`: small work, where starting the thread (loading the models again) would cost more than it saves. */
export function openQuarterLabeller(bodyId: string, options: { thread?: boolean } = {}): AsyncQuarterLabeller {
  if (options.thread !== false && process.env.PIKIR_ANALYSIS_THREAD !== "off" && !threadFailed) {
    try {
      thread ??= new AnalysisThread();
      return thread.open(bodyId);
    } catch {
      threadFailed = true; // e.g. a runtime without worker threads: analyse inline from now on
    }
  }
  return inlineLabeller(bodyId);
}

/**
 * A quarter's topic clusters (quarter-topics.ts), computed on the analysis thread: about 4 s of CPU
 * for 100,000 items, which would otherwise hold every request of the web process up. Inline where
 * the thread cannot run, or for a small quarter (below CLUSTER_INLINE_BELOW items: copying the
 * items to the thread and back would cost more than the clustering).
 */
export async function clusterOffThread(items: ClusterItem[]): Promise<Cluster[]> {
  if (items.length >= CLUSTER_INLINE_BELOW && process.env.PIKIR_ANALYSIS_THREAD !== "off" && !threadFailed) {
    try {
      thread ??= new AnalysisThread();
      return await thread.cluster(items);
    } catch {
      // the thread died or could not start: the same function here
    }
  }
  return clusterItems(items);
}

const CLUSTER_INLINE_BELOW = 2_000;

/** Stops the worker thread (tests, shutdown); the next labeller starts a new one. */
export async function stopAnalysisThread(): Promise<void> {
  const t = thread;
  thread = null;
  if (t) await t.terminate();
}

function inlineLabeller(bodyId: string): AsyncQuarterLabeller {
  const labeller = createQuarterLabeller(bodyId);
  return {
    mode: "inline",
    async label(items) {
      const out: AutomaticLabel[] = [];
      for (let i = 0; i < items.length; i += SLICE) {
        if (i > 0) await new Promise((r) => setImmediate(r));
        out.push(...labeller.label(items.slice(i, i + SLICE)));
      }
      return out;
    },
    finish: async () => labeller.campaigns(),
  };
}

class AnalysisThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #next = 1;
  #sessions = 0;
  #dead: Error | null = null;
  #answered = false;

  constructor() {
    this.#worker = new Worker(new URL("./analysis-thread-entry.js", import.meta.url));
    // Idle, the thread must not keep a finished CLI command alive; it is ref'd while a session is open.
    this.#worker.unref();
    this.#worker.on("message", (reply: ThreadReply) => {
      const p = this.#pending.get(reply.id);
      if (!p) return;
      this.#answered = true;
      this.#pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(`analysis thread: ${reply.error}`));
    });
    const fail = (error: Error) => {
      this.#dead = error;
      // A thread that never answered could not load (no loader, no worker support): analyse inline from now on.
      if (!this.#answered) threadFailed = true;
      if (thread === this) thread = null; // the next run starts a fresh thread
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    };
    this.#worker.on("error", fail);
    this.#worker.on("exit", (code) => fail(new Error(`analysis thread exited (code ${code})`)));
  }

  #call<T>(request: DistributiveOmit<ThreadRequest, "id">): Promise<T> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#worker.postMessage({ ...request, id });
    });
  }

  open(bodyId: string): AsyncQuarterLabeller {
    const session = this.#next++;
    if (this.#sessions++ === 0) this.#worker.ref();
    const opened = this.#call<null>({ type: "open", session, bodyId });
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      if (--this.#sessions === 0) this.#worker.unref();
    };
    return {
      mode: "thread",
      label: async (items) => {
        await opened;
        try {
          return await this.#call<AutomaticLabel[]>({ type: "label", session, items });
        } catch (error) {
          close();
          throw error;
        }
      },
      finish: async () => {
        try {
          await opened;
          return await this.#call<CampaignGroup[]>({ type: "close", session });
        } finally {
          close();
        }
      },
    };
  }

  /** One clustering; the thread is held (ref'd) while it runs. */
  async cluster(items: ClusterItem[]): Promise<Cluster[]> {
    if (this.#sessions++ === 0) this.#worker.ref();
    try {
      return await this.#call<Cluster[]>({ type: "cluster", items });
    } finally {
      if (--this.#sessions === 0) this.#worker.unref();
    }
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}
