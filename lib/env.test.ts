import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

const secrets = { AUTH_SECRET: "x".repeat(32), HOOKYARD_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") };

describe("parseEnv", () => {
  it("applies the documented defaults", () => {
    const env = parseEnv(secrets);
    expect(env.DATABASE_URL).toBe("file:./data/hookyard.db");
    expect(env.databaseKind).toBe("sqlite");
    expect(env.PORT).toBe(3000);
    expect(env.HOOKYARD_WORKER).toBe("inline");
    expect(env.publicUrl).toBe("http://localhost:3000");
    expect(env.HOOKYARD_MAX_INBOUND_BYTES).toBe(1024 * 1024);
    expect(env.HOOKYARD_RETRY_SCHEDULE).toEqual([0, 60_000, 300_000, 1_800_000, 7_200_000]);
    expect(env.HOOKYARD_ALLOW_HTTP_TARGETS).toBe(false);
    expect(env.HOOKYARD_INBOUND_RATE_LIMIT).toBeUndefined(); // no intake limit unless asked for (issue 13)
    expect(env.HOOKYARD_INBOUND_MAX_WAIT_MS).toBe(8_000);
  });

  it("reads HOOKYARD_INBOUND_RATE_LIMIT as an opt-in number, with off and 0 meaning none", () => {
    expect(parseEnv({ ...secrets, HOOKYARD_INBOUND_RATE_LIMIT: "25" }).HOOKYARD_INBOUND_RATE_LIMIT).toBe(25);
    expect(parseEnv({ ...secrets, HOOKYARD_INBOUND_RATE_LIMIT: "off" }).HOOKYARD_INBOUND_RATE_LIMIT).toBeUndefined();
    expect(parseEnv({ ...secrets, HOOKYARD_INBOUND_RATE_LIMIT: "0" }).HOOKYARD_INBOUND_RATE_LIMIT).toBeUndefined();
    expect(() => parseEnv({ ...secrets, HOOKYARD_INBOUND_RATE_LIMIT: "lots" })).toThrow(/HOOKYARD_INBOUND_RATE_LIMIT: expected a whole number of requests per second, or "off"/);
  });

  it("selects PostgreSQL from a postgresql:// URL and trims the public URL", () => {
    const env = parseEnv({ ...secrets, DATABASE_URL: "postgresql://u:p@db:5432/hy", HOOKYARD_PUBLIC_URL: "https://hooks.example.com/" });
    expect(env.databaseKind).toBe("postgresql");
    expect(env.publicUrl).toBe("https://hooks.example.com");
  });

  it("accepts the encryption key as 64 hex characters too", () => {
    const env = parseEnv({ ...secrets, HOOKYARD_ENCRYPTION_KEY: "ab".repeat(32) });
    expect(env.HOOKYARD_ENCRYPTION_KEY).toEqual(Buffer.alloc(32, 0xab));
  });

  it("parses a millisecond retry schedule for tests", () => {
    expect(parseEnv({ ...secrets, HOOKYARD_RETRY_SCHEDULE: "0,50ms,100ms,1s" }).HOOKYARD_RETRY_SCHEDULE).toEqual([0, 50, 100, 1000]);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ HOOKYARD_WORKER: "sometimes" }, "HOOKYARD_WORKER"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ HOOKYARD_ENCRYPTION_KEY: "too-short" }, "HOOKYARD_ENCRYPTION_KEY"],
    [{ HOOKYARD_RETRY_SCHEDULE: "0,soon" }, "HOOKYARD_RETRY_SCHEDULE"],
    [{ HOOKYARD_PUBLIC_URL: "ftp://x" }, "HOOKYARD_PUBLIC_URL"],
    [{ HOOKYARD_ALLOW_HTTP_TARGETS: "maybe" }, "HOOKYARD_ALLOW_HTTP_TARGETS"],
  ])("names the bad variable %j in one line", (bad, name) => {
    const attempt = () => parseEnv({ ...secrets, ...bad });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(`${name}:`);
      expect(message).not.toContain("\n");
    }
  });

  it("says what is expected when a secret is missing, without echoing secret values", () => {
    try {
      parseEnv({ HOOKYARD_ENCRYPTION_KEY: "c2VjcmV0LXZhbHVl" });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/AUTH_SECRET: .*\(it is not set\)/);
      expect(message).toContain("HOOKYARD_ENCRYPTION_KEY");
      expect(message).not.toContain("c2VjcmV0LXZhbHVl");
    }
  });
});
