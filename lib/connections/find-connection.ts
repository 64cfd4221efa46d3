// The caller's connection by id; another user's id answers 404 like an unknown one.
import "server-only";
import { ApiError } from "../api/errors";
import { db } from "../db";
import type { ConnectionRow } from "./serialize";

export async function findConnection(userId: string, id: string): Promise<ConnectionRow> {
  const row = await db().connection.findFirst({ where: { id, userId } });
  if (!row) throw new ApiError("not_found", `No connection with id "${id}".`);
  return row;
}
