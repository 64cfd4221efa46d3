// Every setting Hookyard reads, parsed once with zod (DESIGN.md §5). Nothing else
// reads process.env. A bad value stops start-up with one line naming the variable.
import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseKind } from "./db-url";
import { parseDurationList } from "./duration";
import { emailSchema } from "./email";
import { providerEnvShape } from "./integrations/provider-env";

const flag = z
  .enum(["true", "false", "1", "0", ""], { error: 'expected "true" or "false"' })
  .default("false")
  .transform((v) => v === "true" || v === "1");

// A per-second limit that is off unless set: unset, "off" or "0" mean no limit.
const optionalRate = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "off" || value === "0") return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: "custom", message: 'expected a whole number of requests per second, or "off"' });
      return z.NEVER;
    }
    return n;
  });

const positiveInt = (fallback: number) => z.coerce.number({ error: "expected a whole number" }).int("expected a whole number").positive("expected a number above 0").default(fallback);

// 32 random bytes, as 64 hex characters or base64 (what `openssl rand -base64 32` prints).
const encryptionKey = z.string({ error: "expected 32 random bytes as base64 or 64 hex characters (generated into .env.local on first start)" }).transform((value, ctx) => {
  const bytes = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (bytes.length !== 32) ctx.addIssue({ code: "custom", message: "expected 32 random bytes as base64 or 64 hex characters" });
  return bytes;
});

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\/.+/.test(v), "expected file:<path> (SQLite) or postgresql://…"),
  PORT: z.coerce.number({ error: "expected a port number" }).int().min(1, "expected a port from 1 to 65535").max(65535, "expected a port from 1 to 65535").default(3000),
  HOOKYARD_PUBLIC_URL: z.url({ protocol: /^https?$/, error: "expected an http(s) URL such as https://hooks.example.com" }).optional(),
  HOOKYARD_ENCRYPTION_KEY: encryptionKey,
  AUTH_SECRET: z.string({ error: "expected a random string of at least 32 characters (generated into .env.local on first start)" }).min(32, "expected at least 32 characters"),
  HOOKYARD_WORKER: z.enum(["inline", "off"], { error: 'expected "inline" or "off"' }).default("inline"),
  HOOKYARD_ADMIN_EMAIL: emailSchema.optional(),
  HOOKYARD_ADMIN_PASSWORD: z.string().min(8, "expected at least 8 characters").optional(),
  HOOKYARD_MAX_INBOUND_BYTES: positiveInt(1024 * 1024),
  // Off by default (issue 13): a 429 is a lost event for a provider that does not retry.
  HOOKYARD_INBOUND_RATE_LIMIT: optionalRate,
  // How long a webhook may wait for its commit before the answer is 503 overloaded;
  // under GitHub's 10 s timeout, so that the provider hears the answer.
  // https://docs.github.com/en/webhooks/using-webhooks/best-practices-for-using-webhooks#respond-within-10-seconds
  HOOKYARD_INBOUND_MAX_WAIT_MS: positiveInt(8_000),
  HOOKYARD_RETRY_SCHEDULE: z
    .string()
    .default("0,1m,5m,30m,2h")
    .transform((v, ctx) => {
      try {
        return parseDurationList(v);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
        return z.NEVER;
      }
    }),
  HOOKYARD_OUTBOUND_RATE_LIMIT: positiveInt(100),
  // How long a claimed job is a worker's before another may take it; longer than any job runs (a delivery ≤ 15 s).
  HOOKYARD_JOB_LEASE_MS: positiveInt(60_000),
  HOOKYARD_ALLOW_HTTP_TARGETS: flag,
  HOOKYARD_ALLOW_PRIVATE_TARGETS: flag,
  // OAuth apps and provider URL overrides (DESIGN.md §3): <ID>_CLIENT_ID, <ID>_CLIENT_SECRET,
  // HOOKYARD_PROVIDER_<ID>_API_BASE | _AUTHORIZE_URL | _TOKEN_URL for every provider, and
  // HOOKYARD_PROVIDER_YOUTUBE_HUB_URL (the WebSub hub), TWITTER_BEARER_TOKEN and
  // TWITTER_CONSUMER_SECRET (the X app's, for its webhooks).
  ...providerEnvShape(),
});

export type Env = z.infer<typeof envSchema> & { publicUrl: string; databaseKind: "sqlite" | "postgresql" };

export class ConfigError extends Error {}

/** Parses a whole environment; throws ConfigError whose message is one line naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const got = cleaned[name] === undefined ? "it is not set" : `got "${redact(name, cleaned[name])}"`;
      return `${name}: ${issue.message} (${got})`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const parsed = result.data;
  return {
    ...parsed,
    publicUrl: (parsed.HOOKYARD_PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ""),
    databaseKind: databaseKind(parsed.DATABASE_URL),
  };
}

function redact(name: string, value: string): string {
  return /SECRET|KEY|PASSWORD|TOKEN/.test(name) ? "…" : value.length > 60 ? value.slice(0, 60) + "…" : value;
}

let cached: Env | undefined;

/** The settings of this process, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests and the start script, after they change process.env. */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * A setting whose name is built at run time (the per-provider names of provider-env.ts:
 * <ID>_CLIENT_ID, HOOKYARD_PROVIDER_<ID>_*, TWITTER_BEARER_TOKEN…), validated like the rest.
 */
export function envValue(name: string): string | undefined {
  return (env() as unknown as Record<string, string | undefined>)[name];
}
