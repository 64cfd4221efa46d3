// The job "renew-remote-webhook": provider subscriptions that lapse (Microsoft Graph,
// Google channels, Gmail watch) are renewed before they do. The job runs at 80% of the
// subscription's remaining life (at most an hour before expiry); its id names the
// subscription and expiry, so scheduling twice creates one job.
import "server-only";
import { z } from "zod";
import { db } from "../../db";
import type { RemoteWebhook } from "../../integrations/connect-types";
import { asStoredConfig } from "../../integration-webhooks/config";
import { readSecret } from "../../integration-webhooks/config";
import { checkTriggerTypes } from "../../integration-webhooks/trigger-types";
import { apiForConnection } from "../connection-api";
import { readRemoteMetadata } from "../serialize";
import { updateRemoteMetadata } from "./update-remote-metadata";

const MAX_LEAD_MS = 60 * 60 * 1000;

export function renewalTime(expiresAt: Date, now = Date.now()): Date {
  const remaining = expiresAt.getTime() - now;
  return new Date(now + Math.max(0, Math.max(remaining * 0.8, remaining - MAX_LEAD_MS)));
}

export async function scheduleRenewal(connectionId: string, webhook: RemoteWebhook): Promise<void> {
  if (!webhook.expiresAt) return;
  const expiresAt = new Date(webhook.expiresAt);
  await db()
    .job.create({
      data: {
        id: `renew-${connectionId}-${webhook.remoteId}-${expiresAt.getTime()}`.slice(0, 190),
        kind: "renew-remote-webhook",
        payload: { connectionId, remoteId: webhook.remoteId },
        runAt: renewalTime(expiresAt),
      },
    })
    .catch((error: { code?: string }) => {
      if (error.code !== "P2002") throw error; // already scheduled
    });
}

const payloadSchema = z.object({ connectionId: z.string(), remoteId: z.string() });

export async function renewRemoteWebhook(rawPayload: unknown): Promise<void> {
  const { connectionId, remoteId } = payloadSchema.parse(rawPayload);
  const row = await db().connection.findUnique({ where: { id: connectionId } });
  if (!row || row.status === "disconnected") return; // disconnected since: nothing to renew
  const metadata = readRemoteMetadata(row.remoteMetadata);
  const webhook = metadata.webhooks.find((w) => w.remoteId === remoteId);
  const { preset, api } = apiForConnection(row);
  if (!webhook || !preset.remote?.renew) return;
  const endpoint = await db().integrationWebhook.findUnique({ where: { userId_providerId: { userId: row.userId, providerId: row.providerId } } });
  if (!endpoint) return; // the endpoint was deleted: its webhooks have nowhere to go
  const stored = asStoredConfig(endpoint.integrationConfig);
  const { signing_secret: _secret, ...config } = stored;
  // A failure throws: the queue retries with backoff; a failed refresh has already marked the connection.
  const renewed = await preset.remote.renew(api, webhook, {
    resource: { id: webhook.resource, name: webhook.resourceName ?? webhook.resource, kind: "" },
    url: webhook.url,
    secret: readSecret(stored) ?? "",
    triggerTypes: Array.isArray(endpoint.triggerTypes) ? (endpoint.triggerTypes as string[]) : checkTriggerTypes(preset, undefined),
    config,
  });
  const next: RemoteWebhook = { ...webhook, remoteId: renewed.remoteId, expiresAt: renewed.expiresAt?.toISOString(), extra: renewed.extra ?? webhook.extra };
  await updateRemoteMetadata(row.id, (current) => ({ ...current, webhooks: current.webhooks.map((w) => (w.remoteId === remoteId ? next : w)) }));
  await scheduleRenewal(row.id, next);
}
