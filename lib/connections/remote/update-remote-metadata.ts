// Read-modify-write of Connection.remoteMetadata without lost updates: renewal jobs of
// one connection run side by side, each changing its own webhook in the same JSON. The
// write only lands if updatedAt is still what was read (optimistic concurrency, portable
// across SQLite and PostgreSQL); otherwise it reads again and reapplies the change.
import "server-only";
import { db } from "../../db";
import { asJsonInput } from "../../json-input";
import { readRemoteMetadata, type RemoteMetadata } from "../serialize";

export async function updateRemoteMetadata(connectionId: string, change: (current: RemoteMetadata) => RemoteMetadata): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const row = await db().connection.findUnique({ where: { id: connectionId }, select: { remoteMetadata: true, updatedAt: true } });
    if (!row) return false; // disconnected meanwhile
    const next = change(readRemoteMetadata(row.remoteMetadata));
    const written = await db().connection.updateMany({ where: { id: connectionId, updatedAt: row.updatedAt }, data: { remoteMetadata: asJsonInput(next) } });
    if (written.count === 1) return true;
  }
  throw new Error(`remoteMetadata of connection ${connectionId} kept changing; gave up`);
}
