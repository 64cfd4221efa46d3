// chat.postMessage with the user token (user scope chat:write).
// https://docs.slack.dev/reference/methods/chat.postMessage
import "server-only";
import type { ActionsSpec } from "../../connect-types";

export const slackActions: ActionsSpec = {
  sendMessage: async (api, { channel, text }) => {
    const sent = await api.request<{ channel: string; ts: string }>("POST", "/chat.postMessage", { json: { channel, text } });
    return { id: sent.ts ?? null, channel: sent.channel ?? channel };
  },
};
