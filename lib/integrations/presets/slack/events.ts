// Slack Events API deliveries. Every event arrives in the `event_callback` envelope
// (token, team_id, api_app_id, event, event_id, event_time, authorizations…); the
// inner `event` differs per type. Field names follow the Events API and event reference:
// https://docs.slack.dev/apis/events-api/
// https://docs.slack.dev/reference/events/message (and …/app_mention, …/reaction_added,
// …/channel_created, …/member_joined_channel, …/team_join)
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import messageSample from "./fixtures/message.json";
import appMentionSample from "./fixtures/app-mention.json";
import reactionAddedSample from "./fixtures/reaction-added.json";
import channelCreatedSample from "./fixtures/channel-created.json";
import memberJoinedChannelSample from "./fixtures/member-joined-channel.json";
import teamJoinSample from "./fixtures/team-join.json";

/** Slack message timestamps ("1715163342.000200") double as message ids within a channel. */
const slackTs = z.string().regex(/^\d+\.\d+$/);

/** The outer envelope shared by every event type; `event` is narrowed per trigger. */
function envelope<E extends z.ZodType>(event: E) {
  return z.looseObject({
    type: z.literal("event_callback"),
    team_id: z.string(),
    api_app_id: z.string(),
    event_id: z.string(),
    event_time: z.number().int(),
    event,
  });
}

export const messageSchema = envelope(
  z.looseObject({
    type: z.literal("message"),
    subtype: z.string().optional(),
    channel: z.string(),
    user: z.string().optional(), // absent for some subtypes (bot_message, message_changed…)
    text: z.string().optional(),
    ts: slackTs,
    thread_ts: slackTs.optional(),
  }),
);

export const appMentionSchema = envelope(
  z.looseObject({
    type: z.literal("app_mention"),
    user: z.string(),
    text: z.string(),
    ts: slackTs,
    channel: z.string(),
    thread_ts: slackTs.optional(),
  }),
);

export const reactionAddedSchema = envelope(
  z.looseObject({
    type: z.literal("reaction_added"),
    user: z.string(),
    reaction: z.string(),
    item_user: z.string().optional(),
    item: z.looseObject({ type: z.string(), channel: z.string().optional(), ts: slackTs.optional() }),
    event_ts: slackTs,
  }),
);

export const channelCreatedSchema = envelope(
  z.looseObject({
    type: z.literal("channel_created"),
    channel: z.looseObject({ id: z.string(), name: z.string(), created: z.number().int(), creator: z.string() }),
  }),
);

export const memberJoinedChannelSchema = envelope(
  z.looseObject({
    type: z.literal("member_joined_channel"),
    user: z.string(),
    channel: z.string(),
    channel_type: z.string(),
    team: z.string(),
    inviter: z.string().optional(),
  }),
);

export const teamJoinSchema = envelope(
  z.looseObject({
    type: z.literal("team_join"),
    user: z.looseObject({ id: z.string(), name: z.string(), real_name: z.string().optional() }),
  }),
);

export const SLACK_TRIGGERS: TriggerDefinition[] = [
  { value: "slack_trigger_message", description: "A message is posted in a channel the app can read", schema: messageSchema, sample: messageSample, eventTypes: ["message"], group: "message" },
  { value: "slack_trigger_app_mention", description: "Someone mentions the app in a message", schema: appMentionSchema, sample: appMentionSample, eventTypes: ["app_mention"], group: "message" },
  {
    value: "slack_trigger_reaction_added",
    description: "An emoji reaction is added to an item",
    schema: reactionAddedSchema,
    sample: reactionAddedSample,
    eventTypes: ["reaction_added"],
    group: "reaction",
  },
  { value: "slack_trigger_channel_created", description: "A public channel is created", schema: channelCreatedSchema, sample: channelCreatedSample, eventTypes: ["channel_created"], group: "channel" },
  {
    value: "slack_trigger_member_joined_channel",
    description: "A user joins a channel",
    schema: memberJoinedChannelSchema,
    sample: memberJoinedChannelSample,
    eventTypes: ["member_joined_channel"],
    group: "channel",
  },
  { value: "slack_trigger_team_join", description: "A new member joins the workspace", schema: teamJoinSchema, sample: teamJoinSample, eventTypes: ["team_join"], group: "workspace" },
];
