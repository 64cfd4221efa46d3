// The first admin. From HOOKYARD_ADMIN_EMAIL / HOOKYARD_ADMIN_PASSWORD when set;
// otherwise, on a database with no users, admin@localhost with a random password
// that is returned (and printed by the start script) exactly once.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";

export type AdminOutcome = { kind: "created"; email: string; password: string; generated: boolean } | { kind: "updated"; email: string } | { kind: "exists"; email: string | null };

export const DEFAULT_ADMIN_EMAIL = "admin@localhost";

export async function ensureAdmin(): Promise<AdminOutcome> {
  const { HOOKYARD_ADMIN_EMAIL: configuredEmail, HOOKYARD_ADMIN_PASSWORD: configuredPassword } = env();
  if (configuredEmail && configuredPassword) {
    const email = configuredEmail;
    const existing = await db().user.findUnique({ where: { email } });
    if (!existing) {
      await db().user.create({ data: { email, name: "Admin", role: "admin", passwordHash: await hashPassword(configuredPassword) } });
      return { kind: "created", email, password: configuredPassword, generated: false };
    }
    // The env is the source of truth for this account: a changed password takes effect on restart.
    if (!existing.passwordHash || !(await verifyPassword(configuredPassword, existing.passwordHash))) {
      await db().user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(configuredPassword), role: "admin" } });
      return { kind: "updated", email };
    }
    return { kind: "exists", email };
  }
  const anyAdmin = await db().user.findFirst({ where: { role: "admin" }, select: { email: true } });
  if (anyAdmin || (await db().user.count()) > 0) return { kind: "exists", email: anyAdmin?.email ?? null };
  const password = generatePassword();
  await db().user.create({ data: { email: DEFAULT_ADMIN_EMAIL, name: "Admin", role: "admin", passwordHash: await hashPassword(password) } });
  return { kind: "created", email: DEFAULT_ADMIN_EMAIL, password, generated: true };
}
