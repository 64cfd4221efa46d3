// POST /api/integration-webhooks/{id}/test: a trigger's sample, signed as the
// provider signs it, sent through the real receiver (limits, verification, dedupe,
// storage, the worker) — so a user can watch the whole path work before the
// provider sends anything.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ApiError } from "../api/errors";
import { db } from "../db";
import { asStoredConfig, readSecret } from "../integration-webhooks/config";
import { findPersistedIntegrationWebhook } from "../integration-webhooks/find-integration-webhook";
import { webhookUrlFor } from "../integration-webhooks/serialize";
import { checkTriggerTypes } from "../integration-webhooks/trigger-types";
import { findTrigger, subscribesTo } from "../integrations/catalog-triggers";
import type { IntegrationPreset } from "../integrations/types";
import { decryptedConfig } from "./endpoint-context";
import { toEventSummary } from "./events/serialize-event";
import { receiveWebhook } from "./receive";

export const testEventSchema = z.object({ trigger_type: z.string().min(1).max(200).optional() }).strict();
export type TestEventInput = z.infer<typeof testEventSchema>;

export async function sendTestEvent(userId: string, idOrProvider: string, input: TestEventInput) {
  const { preset, row } = await findPersistedIntegrationWebhook(userId, idOrProvider);
  const build = preset.inbound?.testRequest;
  if (!build) {
    throw new ApiError("unprocessable", `${preset.name} signs its requests with a key only ${preset.name} holds, so Hookyard cannot sign a test event; use ${preset.name}'s own test feature.`);
  }
  const trigger = input.trigger_type ? checkTriggerTypes(preset, [input.trigger_type])[0] : defaultTestTrigger(preset, row.triggerTypes);
  const definition = findTrigger(preset, trigger);
  if (definition?.sample === undefined) {
    const withSample = preset.triggers.filter((t) => t.sample !== undefined).map((t) => t.value);
    throw new ApiError("unprocessable", `Hookyard has no sample payload for ${trigger}; test with one of: ${withSample.join(", ")}.`);
  }
  const stored = asStoredConfig(row.integrationConfig);
  const secret = readSecret(stored);
  if (!secret) throw new ApiError("conflict", `Set ${preset.name}'s ${preset.verification.secretLabel} first (PATCH signing_secret); a test event is signed with it.`);

  const webhookUrl = webhookUrlFor(preset.id, row.id);
  const request = build({ sample: definition.sample, trigger, secret, config: decryptedConfig(preset, stored), webhookUrl, now: Date.now() });
  const body = Buffer.from(request.body);
  const output = await receiveWebhook({
    providerId: preset.id,
    endpointId: row.id,
    method: request.method,
    url: new URL(webhookUrl + (request.query ?? "")),
    headers: new Headers(request.headers),
    body: (async function* () {
      yield body;
    })(),
    testRun: randomUUID(),
  });
  const answer = parseAnswer(output.body);
  const eventId = typeof answer?.id === "string" ? answer.id : null;
  const event = eventId ? await db().inboundEvent.findUnique({ where: { id: eventId }, omit: { body: true, headers: true, payload: true } }) : null;
  return { trigger_type: trigger, receiver_status: output.status, receiver_response: answer, event: event ? toEventSummary(event) : null };
}

/** The first hand-written trigger (they carry samples) the endpoint subscribes to. */
function defaultTestTrigger(preset: IntegrationPreset, triggerTypes: unknown): string {
  const withSample = preset.triggers.filter((t) => t.sample !== undefined);
  return (withSample.find((t) => subscribesTo(triggerTypes, t.value)) ?? withSample[0] ?? preset.triggers[0]).value;
}

function parseAnswer(text: string): Record<string, unknown> | null {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    return { text };
  }
}
