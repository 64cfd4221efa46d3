// GET /api/connections: the caller's connected provider accounts, newest first.
import "server-only";
import { db } from "../db";
import { toConnectionDto } from "./serialize";

export async function listConnections(userId: string) {
  const rows = await db().connection.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map(toConnectionDto);
}
