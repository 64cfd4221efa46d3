// Microsoft Teams through Microsoft Graph change notifications: validationToken handshake,
// clientState check and batch splitting live in the shared Graph scheme; this file maps
// Teams resources to Hookyard's triggers and sentences.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
// https://learn.microsoft.com/en-us/graph/teams-changenotifications-chatmessage
import "server-only";
import { graphInbound, graphSegment, type GraphNotification } from "../../../inbound/schemes/microsoft-graph";
import type { Activity, InboundSpec } from "../../../inbound/types";

const CHANNEL_MESSAGE = /^teams\('[^']+'\)\/channels\('[^']+'\)\/messages\('[^']+'\)/i;
const CHAT_MESSAGE = /^chats\('[^']+'\)\/messages\('[^']+'\)/i;
const CHANNEL = /^teams\('[^']+'\)\/channels\('[^']+'\)$/i;
const MEMBER = /^teams\('[^']+'\)\/members\('[^']+'\)$/i;

const resourceOf = (item: GraphNotification) => (item.resource ?? "").replace(/^\//, "");

function trigger(item: GraphNotification): string | undefined {
  if (item.changeType !== "created") return undefined;
  const resource = resourceOf(item);
  if (CHANNEL_MESSAGE.test(resource)) return "microsoft_teams_trigger_new_message";
  if (CHAT_MESSAGE.test(resource)) return "microsoft_teams_trigger_new_chat_message";
  if (CHANNEL.test(resource)) return "microsoft_teams_trigger_channel_created";
  if (MEMBER.test(resource)) return "microsoft_teams_trigger_member_added";
  return undefined;
}

/** A Teams deep link (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/deep-link-teams). */
function teamsLink(path: string, query: Record<string, string | null>): string {
  const url = new URL(path, "https://teams.microsoft.com");
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  return url.toString();
}

function describe(item: GraphNotification): Activity | null {
  const resource = resourceOf(item);
  const tenantId = item.tenantId ?? null;
  const teamId = graphSegment(resource, "teams");
  const channelId = graphSegment(resource, "channels");
  if (CHANNEL_MESSAGE.test(resource) && channelId) {
    const parentId = graphSegment(resource, "messages")!;
    const replyId = graphSegment(resource, "replies");
    const messageId = replyId ?? parentId;
    return {
      text: `New ${replyId ? "reply" : "message"} in Teams channel ${channelId} (team ${teamId})`,
      sourceUrl: teamsLink(`/l/message/${encodeURIComponent(channelId)}/${encodeURIComponent(messageId)}`, { tenantId, groupId: teamId, parentMessageId: parentId, createdTime: messageId }),
    };
  }
  if (CHAT_MESSAGE.test(resource)) {
    const chatId = graphSegment(resource, "chats")!;
    const messageId = graphSegment(resource, "messages")!;
    return {
      text: `New message in Teams chat ${chatId}`,
      sourceUrl: teamsLink(`/l/message/${encodeURIComponent(chatId)}/${encodeURIComponent(messageId)}`, { tenantId, context: JSON.stringify({ contextType: "chat" }) }),
    };
  }
  if (CHANNEL.test(resource) && channelId) {
    return {
      text: `Channel ${channelId} was created in team ${teamId}`,
      sourceUrl: teamsLink(`/l/channel/${encodeURIComponent(channelId)}/channel`, { groupId: teamId, tenantId }),
    };
  }
  if (MEMBER.test(resource)) {
    // Graph names only the membership id; the member's name comes from GET /teams/{id}/members/{id}.
    return { text: `A member was added to team ${teamId}`, sourceUrl: teamsLink("/", { tenantId }) };
  }
  return null;
}

export const microsoftTeamsInbound: InboundSpec = graphInbound({ trigger, describe });
