// POST /api/connections/{id}/actions/send-message (the Botpress system's actions):
// message:sending before the provider call, then message:sent, or the failure in the
// response (agent:error style: status, provider message) with nothing sent.
import "server-only";
import { ApiError } from "../api/errors";
import { db } from "../db";
import { emitOutboundEvent } from "../outbound/emit";
import { jobsAdded } from "../queue/wake";
import { apiForConnection } from "./connection-api";
import { findConnection } from "./find-connection";
import { ProviderError } from "./provider-http";

export async function sendMessage(userId: string, connectionId: string, input: { channel: string; text: string }) {
  const row = await findConnection(userId, connectionId);
  const { preset, api } = apiForConnection(row);
  const send = preset.actions?.sendMessage;
  if (!send) throw new ApiError("unprocessable", `${preset.name} connections cannot send messages.`);
  const about = { connectionId: row.id, provider: row.providerId, channel: input.channel };
  const emit = async (type: "message:sending" | "message:sent", payload: object) => {
    await db().$transaction((tx) => emitOutboundEvent(tx, { userId, type, source: row.providerId, payload }));
    jobsAdded();
  };
  await emit("message:sending", { ...about, text: input.text });
  try {
    const sent = await send(api, input);
    await emit("message:sent", { ...about, messageId: sent.id });
    return { sent: true as const, provider: row.providerId, channel: sent.channel, id: sent.id };
  } catch (error) {
    if (!(error instanceof ProviderError) && !(error instanceof ApiError)) throw error;
    const status = error instanceof ProviderError ? error.status : error.status;
    throw new ApiError("unprocessable", `${preset.name} did not send the message: ${error.message}`, { providerStatus: status });
  }
}
