// Test projects (scripts/test.ts runs them per database and prints the totals):
//   unit         lib/**/*.test.ts, no database
//   db           **/*.db.test.ts, real SQLite or PostgreSQL (TEST_DB), a fresh database per file
//   integration  tests/integration: real HTTP against the app started as `npm start` does
//   e2e          tests/e2e: real headless Chromium against the production build
//   soak         tests/soak: long load tests against the app as `npm start` runs it; only
//                `npm run test:soak` (or `npm test -- soak`) runs them, CI included
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  // lib/'s server modules import "server-only", which throws outside Next's react-server
  // bundles; vitest runs them in plain Node, so it gets the empty module Next would pick.
  resolve: { alias: { "@": root, "server-only": path.join(root, "node_modules/server-only/empty.js") } },
  test: {
    environment: "node",
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"], exclude: ["**/*.db.test.ts", "**/node_modules/**"] } },
      { extends: true, test: { name: "db", include: ["**/*.db.test.ts"], exclude: ["**/node_modules/**"], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/app-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "soak",
          include: ["tests/soak/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 150_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/app-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
