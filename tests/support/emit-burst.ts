// Puts a burst of outbound events straight into the database (through the real
// emitOutboundEvents, so each gets its Delivery and deliver job), for queue tests and
// the deliver benchmark: 250 events per transaction, written as one batch as the
// worker's process-inbound batches write them.
import { closeDb, db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { emitOutboundEvents } from "@/lib/outbound/emit";
import { TEST_SECRETS } from "./test-db";

export async function emitBurst(databaseUrl: string, userId: string, count: number): Promise<string[]> {
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: databaseUrl });
  resetEnvCache();
  const ids: string[] = [];
  for (let start = 0; start < count; start += 250) {
    const events = Array.from({ length: Math.min(count, start + 250) - start }, (_, k) => ({ userId, type: "message:received" as const, source: "burst", payload: { n: start + k } }));
    const batch = await db().$transaction((tx) => emitOutboundEvents(tx, events, { storeAlways: true }), { timeout: 60_000 });
    ids.push(...batch.map((e) => e.id!));
  }
  await closeDb();
  return ids;
}

export async function userIdOf(databaseUrl: string, email: string): Promise<string> {
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: databaseUrl });
  resetEnvCache();
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  await closeDb();
  return user.id;
}

/** Reads a count from the app's database (the test's own connection). */
export async function countIn<T>(databaseUrl: string, read: (client: ReturnType<typeof db>) => Promise<T>): Promise<T> {
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: databaseUrl });
  resetEnvCache();
  try {
    return await read(db());
  } finally {
    await closeDb();
  }
}
