import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { db } from "../db";
import { resetEnvCache } from "../env";
import { DEFAULT_ADMIN_EMAIL, ensureAdmin } from "./ensure-admin";
import { verifyPassword } from "./passwords";

useTestDatabase();

function withAdminEnv(email?: string, password?: string) {
  if (email) process.env.HOOKYARD_ADMIN_EMAIL = email;
  else delete process.env.HOOKYARD_ADMIN_EMAIL;
  if (password) process.env.HOOKYARD_ADMIN_PASSWORD = password;
  else delete process.env.HOOKYARD_ADMIN_PASSWORD;
  resetEnvCache();
}

describe("ensureAdmin", () => {
  it("creates admin@localhost with a random password once, on an empty database", async () => {
    withAdminEnv();
    const first = await ensureAdmin();
    expect(first).toMatchObject({ kind: "created", email: DEFAULT_ADMIN_EMAIL, generated: true });
    const password = (first as { password: string }).password;
    expect(password.length).toBeGreaterThanOrEqual(20);
    const row = await db().user.findUniqueOrThrow({ where: { email: DEFAULT_ADMIN_EMAIL } });
    expect(row.role).toBe("admin");
    expect(row.passwordHash).not.toContain(password);
    expect(await verifyPassword(password, row.passwordHash!)).toBe(true);

    expect(await ensureAdmin()).toEqual({ kind: "exists", email: DEFAULT_ADMIN_EMAIL });
    expect(await db().user.count()).toBe(1);
  });

  it("creates, then keeps in step, the admin named by HOOKYARD_ADMIN_EMAIL/PASSWORD", async () => {
    withAdminEnv("Ops@Example.com", "first-password-123");
    expect(await ensureAdmin()).toMatchObject({ kind: "created", email: "ops@example.com", generated: false });
    expect(await ensureAdmin()).toEqual({ kind: "exists", email: "ops@example.com" });
    withAdminEnv("ops@example.com", "second-password-456");
    expect(await ensureAdmin()).toEqual({ kind: "updated", email: "ops@example.com" });
    const row = await db().user.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    expect(await verifyPassword("second-password-456", row.passwordHash!)).toBe(true);
    withAdminEnv();
  });
});
