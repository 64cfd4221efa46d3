// DELETE /api/connections/{id}: provider-side webhooks first (failures are logged, never
// block), then the row and with it the tokens; app:disconnected tells subscribers.
import "server-only";
import { db } from "../db";
import { emitOutboundEvent } from "../outbound/emit";
import { jobsAdded } from "../queue/wake";
import { apiForConnection } from "./connection-api";
import { findConnection } from "./find-connection";
import { deleteRemoteWebhooks } from "./remote/unregister-webhooks";

export async function deleteConnection(userId: string, id: string): Promise<void> {
  const row = await findConnection(userId, id);
  try {
    const { preset, api } = apiForConnection(row);
    if (preset.remote) {
      const { errors } = await deleteRemoteWebhooks(row, preset.remote, api);
      for (const e of errors) console.warn(`[hookyard] ${row.providerId} connection ${row.id}: could not delete webhook ${e.remoteId} on ${e.resource}: ${e.message}`);
    }
  } catch (error) {
    console.warn(`[hookyard] ${row.providerId} connection ${row.id}: remote cleanup failed: ${(error as Error).message}`);
  }
  await db().$transaction(async (tx) => {
    await tx.connection.deleteMany({ where: { id: row.id, userId } });
    await tx.job.deleteMany({ where: { kind: "renew-remote-webhook", id: { startsWith: `renew-${row.id}-` } } });
    await emitOutboundEvent(tx, { userId, type: "app:disconnected", source: row.providerId, payload: { connectionId: row.id, provider: row.providerId, accountId: row.accountId } });
  });
  jobsAdded();
}
