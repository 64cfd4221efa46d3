// Send a message: channel "<teamId>/<channelId>" posts to a team channel, anything else
// is a chat id. https://learn.microsoft.com/en-us/graph/api/channel-post-messages
// https://learn.microsoft.com/en-us/graph/api/chat-post-messages
import "server-only";
import type { ActionsSpec } from "../../connect-types";

export const microsoftTeamsActions: ActionsSpec = {
  sendMessage: async (api, { channel, text }) => {
    const [teamId, channelId] = channel.split("/");
    const path = channelId ? `/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages` : `/chats/${encodeURIComponent(channel)}/messages`;
    const sent = await api.request<{ id?: string }>("POST", path, { json: { body: { contentType: "text", content: text } } });
    return { id: sent.id ?? null, channel };
  },
};
