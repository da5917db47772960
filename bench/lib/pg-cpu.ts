/**
 * CPU time of a local PostgreSQL server's processes while a benchmark runs (issue 12): wall-clock
 * rates on a machine shared by several engineers move with the load, CPU-seconds much less. Reads
 * /proc/<pid>/stat of every process whose title names the bench database (its backends) and, apart,
 * the server's own background processes (WAL writer, checkpointer, background writer, autovacuum),
 * which serve every database on the server and so also count other people's work. Sampled, because
 * a backend that exits takes its counters with it: the last sample of each is kept. Linux only; on
 * anything else (or a remote server) it reports nothing.
 */
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Sample {
  first: number;
  last: number;
}

export interface PgCpu {
  /** Stops sampling; CPU-seconds of the database's backends and of the server's background processes. */
  stop(): { backends: number; background: number; backendPids: number };
}

function ticks(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the ")" that closes the command: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function title(pid: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return null;
  }
}

const BACKGROUND = /^postgres: .*(walwriter|checkpointer|background writer|autovacuum worker|autovacuum launcher)/;

export function samplePgCpu(databaseName: string): PgCpu {
  const backends = new Map<string, Sample>();
  const background = new Map<string, Sample>();
  let started = false;
  const sample = () => {
    let pids: string[];
    try {
      pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
    } catch {
      return;
    }
    for (const pid of pids) {
      const t = title(pid);
      if (!t?.startsWith("postgres: ")) continue;
      const into = t.includes(` ${databaseName} `) ? backends : BACKGROUND.test(t) ? background : null;
      if (!into) continue;
      const now = ticks(pid);
      if (now === null) continue;
      const seen = into.get(pid);
      // A process first seen after the start began after it: all of its time counts.
      if (seen) seen.last = now;
      else into.set(pid, { first: started ? 0 : now, last: now });
    }
    started = true;
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  const sum = (m: Map<string, Sample>) => [...m.values()].reduce((s, v) => s + v.last - v.first, 0) / TICKS_PER_SECOND;
  return {
    stop() {
      sample();
      clearInterval(timer);
      return { backends: sum(backends), background: sum(background), backendPids: backends.size };
    },
  };
}
