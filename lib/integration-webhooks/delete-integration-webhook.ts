// DELETE /api/integration-webhooks/{id}: the endpoint and, by cascade, its events.
// Its URL answers 404 from then on.
import "server-only";
import { db } from "../db";
import { findPersistedIntegrationWebhook } from "./find-integration-webhook";

export async function deleteIntegrationWebhook(userId: string, idOrProvider: string): Promise<void> {
  const { row } = await findPersistedIntegrationWebhook(userId, idOrProvider);
  await db().integrationWebhook.deleteMany({ where: { id: row.id, userId } });
}
