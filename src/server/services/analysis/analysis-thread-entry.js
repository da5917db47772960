// The analysis worker thread's entry point. Plain JavaScript on purpose: a worker thread does not
// inherit the TypeScript loader of the thread that starts it (bin/pikir.js, vitest), so it
// registers tsx for itself and then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./analysis-thread.ts");
