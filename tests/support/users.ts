// Extra dashboard users for owner-scoping tests, written straight into the app's
// database (there is no sign-up API; admins are made by `npm start`).
import { inject } from "vitest";
import { hashPassword } from "@/lib/auth/passwords";
import { closeDb, db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { TEST_SECRETS } from "./test-db";

export async function createUser(email: string, password: string) {
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: inject("databaseUrl") });
  resetEnvCache();
  await db().user.upsert({ where: { email }, update: {}, create: { email, passwordHash: await hashPassword(password) } });
  await closeDb();
  return { email, password };
}

/** The stored integration_config of an endpoint, as it sits in the database. */
export async function readEndpointConfig(endpointId: string): Promise<Record<string, unknown>> {
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: inject("databaseUrl") });
  resetEnvCache();
  const row = await db().integrationWebhook.findUniqueOrThrow({ where: { id: endpointId } });
  await closeDb();
  return row.integrationConfig as Record<string, unknown>;
}
