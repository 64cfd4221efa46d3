// Microsoft Teams change notifications from Microsoft Graph subscriptions. Graph POSTs
// {"value":[changeNotification…]} where each item names the subscription, echoes the
// clientState chosen when the subscription was created, and points at the changed
// resource (resource / resourceData); the message itself is fetched from Graph (or
// decrypted from encryptedContent when the subscription asked for resource data).
// Shapes follow:
// https://learn.microsoft.com/en-us/graph/api/resources/changenotification
// https://learn.microsoft.com/en-us/graph/teams-changenotifications-chatmessage
// https://learn.microsoft.com/en-us/graph/teams-changenotifications-team-and-channel
// https://learn.microsoft.com/en-us/graph/teams-changenotifications-teammembership
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import newMessageSample from "./fixtures/new-message.json";
import newChatMessageSample from "./fixtures/new-chat-message.json";
import channelCreatedSample from "./fixtures/channel-created.json";
import memberAddedSample from "./fixtures/member-added.json";

/** One Graph change notification; every trigger here is a "created" change, narrowed by resource and resourceData type. */
function notifications(resource: RegExp, odataType: RegExp) {
  const notification = z.looseObject({
    subscriptionId: z.uuid(),
    changeType: z.literal("created"),
    clientState: z.string().max(255).optional(),
    resource: z.string().regex(resource),
    resourceData: z.looseObject({ id: z.string(), "@odata.type": z.string().regex(odataType), "@odata.id": z.string() }),
    subscriptionExpirationDateTime: z.iso.datetime({ offset: true }),
    tenantId: z.uuid(),
  });
  return z.looseObject({ value: z.array(notification).min(1), validationTokens: z.array(z.string()).optional() });
}

export const newMessageSchema = notifications(/^teams\('[^']+'\)\/channels\('[^']+'\)\/messages\('[^']+'\)/i, /^#microsoft\.graph\.chatmessage$/i);
export const newChatMessageSchema = notifications(/^chats\('[^']+'\)\/messages\('[^']+'\)/i, /^#microsoft\.graph\.chatmessage$/i);
export const channelCreatedSchema = notifications(/^teams\('[^']+'\)\/channels\('[^']+'\)$/i, /^#microsoft\.graph\.channel$/i);
export const memberAddedSchema = notifications(/^teams\('[^']+'\)\/members\('[^']+'\)$/i, /conversationmember$/i);

export const MICROSOFT_TEAMS_TRIGGERS: TriggerDefinition[] = [
  {
    value: "microsoft_teams_trigger_new_message",
    description: "A message or reply is posted in a team channel",
    schema: newMessageSchema,
    sample: newMessageSample,
    eventTypes: ["created"],
    group: "channel message",
  },
  {
    value: "microsoft_teams_trigger_new_chat_message",
    description: "A message is sent in a one-on-one or group chat",
    schema: newChatMessageSchema,
    sample: newChatMessageSample,
    eventTypes: ["created"],
    group: "chat message",
  },
  {
    value: "microsoft_teams_trigger_channel_created",
    description: "A channel is created in a team",
    schema: channelCreatedSchema,
    sample: channelCreatedSample,
    eventTypes: ["created"],
    group: "channel",
  },
  { value: "microsoft_teams_trigger_member_added", description: "A member is added to a team", schema: memberAddedSchema, sample: memberAddedSample, eventTypes: ["created"], group: "team member" },
];
