// Puts a job on the queue. Pass the caller's transaction client so that the job
// exists exactly when the row that caused it does (DESIGN.md §1).
import "server-only";
import type { Db } from "../db";
import { db } from "../db";
import type { JobKind } from "./handlers";

type TxClient = Pick<Db, "job">;

export async function enqueueJob(kind: JobKind, payload: unknown, options: { runAt?: Date; tx?: TxClient } = {}) {
  const client = options.tx ?? db();
  return client.job.create({ data: { kind, payload: payload as object, runAt: options.runAt ?? new Date() }, select: { id: true } });
}
