import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    // PGlite files hold ~250 MB each; two cores, so two at a time.
    maxWorkers: 2,
    // Generous: CLI tests spawn real processes, and CI machines have two cores.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
