// Execute the connection's incoming webhook (?wait=true returns the message).
// https://discord.com/developers/docs/resources/webhook#execute-webhook
import "server-only";
import { ProviderError } from "../../../connections/provider-http";
import type { ActionsSpec } from "../../connect-types";

export const discordActions: ActionsSpec = {
  sendMessage: async (api, { channel, text }) => {
    const hook = api.settings.webhook as { id: string; channelId: string } | undefined;
    const token = api.secret("webhookToken");
    if (!hook || !token) throw new ProviderError(422, "this Discord connection has no channel webhook; reconnect and pick a channel");
    if (channel !== hook.channelId) throw new ProviderError(422, `this connection posts only to channel ${hook.channelId}`);
    const sent = await api.request<{ id: string; channel_id: string }>("POST", `/webhooks/${encodeURIComponent(hook.id)}/${encodeURIComponent(token)}`, {
      query: { wait: "true" },
      json: { content: text },
      anonymous: true,
    });
    return { id: sent.id ?? null, channel: sent.channel_id ?? channel };
  },
};
