// `npm run lint:eslint`. Next's own rules (core-web-vitals), typescript-eslint's type-checked
// rules, and the house rules of STYLE.md, each scoped to the folders it is about.
// CONTRIBUTING.md gives the reason for each house rule.
// https://nextjs.org/docs/app/api-reference/config/eslint
// https://typescript-eslint.io/getting-started/typed-linting
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";
import hookyard from "./eslint-rules/index.mjs";

const TS = ["**/*.ts", "**/*.tsx"];
const TESTS = ["tests/**", "**/*.test.ts", "**/*.test.tsx"];

// lib/ modules that "use client" code imports (hooks, form helpers, the zod schemas and
// types shared by forms and routes): the only lib/ files that must not be server-only.
// lib/db-url.ts is also read by the Prisma CLI's configs (prisma/*.config.ts).
const CLIENT_SAFE_LIB = [
  "lib/swr/**",
  "lib/forms/**",
  "lib/use-hydrated.ts",
  "lib/**/schemas.ts",
  "lib/**/*-schema.ts",
  "lib/integrations/types.ts",
  "lib/integrations/intake-warning.ts",
  "lib/outbound/event-types.ts",
  "lib/db-url.ts",
];

export default defineConfig([
  globalIgnores([".next/**", "lib/generated/**", "next-env.d.ts", "bench/results/**", "data/**", "test-results/**"]),
  ...nextVitals,
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  {
    files: TS,
    rules: {
      // `_name` marks a parameter a signature needs but the body does not (handlers, hooks).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Tests are not React: vitest fixtures are called useTestDatabase()/useBrowser() at the top level.
    files: TESTS,
    rules: { "react-hooks/rules-of-hooks": "off" },
  },

  // House rule: settings come from lib/env.ts only (STYLE.md rule 7). Tests and scripts/ are tooling.
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts", ...TESTS],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through env() or envValue() from lib/env.ts (STYLE.md rule 7)." }],
    },
  },
  // House rule: app/ routes and composes; data access lives in lib/ (STYLE.md rule 1).
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "(^|/)lib/(db|sqlite-direct)$", message: "No database access under app/: call a lib/ function that does it (STYLE.md rule 1)." },
            { group: ["@prisma/*", "**/generated/prisma", "**/generated/prisma/**"], message: "No Prisma under app/: call a lib/ function that does it (STYLE.md rule 1)." },
          ],
        },
      ],
    },
  },
  // House rule: a preset imports shared code from lib/integrations, never another preset's folder.
  {
    files: ["lib/integrations/presets/*/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^\\.\\./(?!\\.\\./)", message: "A preset does not import another preset's folder: move what both need to lib/integrations/shared/." },
            { regex: "(^|/)presets/", message: "A preset does not import another preset's folder: move what both need to lib/integrations/shared/." },
          ],
        },
      ],
    },
  },
  // House rules in eslint-rules/: no switch on a provider id outside presets; server modules are server-only.
  { plugins: { hookyard } },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/integrations/presets/**"],
    rules: { "hookyard/no-provider-switch": "error" },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: [...TESTS, ...CLIENT_SAFE_LIB],
    rules: { "hookyard/require-server-only": "error" },
  },
]);
