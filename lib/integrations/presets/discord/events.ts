// Discord interactions delivered to an app's Interactions Endpoint URL. Each request is an
// interaction object whose numeric `type` says what happened: 1 PING (sent when the URL is
// saved and during Discord's periodic checks; answered with PONG, never stored as an
// event), 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT, 5 MODAL_SUBMIT. In a server the
// invoking user is under `member.user`; in DMs it is `user`. Field names follow:
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import pingSample from "./fixtures/ping.json";
import applicationCommandSample from "./fixtures/application-command.json";
import messageComponentSample from "./fixtures/message-component.json";
import modalSubmitSample from "./fixtures/modal-submit.json";

/** Discord ids are 64-bit snowflakes serialized as decimal strings. */
const snowflake = z.string().regex(/^\d{1,20}$/);
const user = z.looseObject({ id: snowflake, username: z.string(), global_name: z.string().nullable().optional() });

function interaction<T extends number, D extends z.ZodType>(type: T, data: D) {
  return z.looseObject({
    id: snowflake,
    application_id: snowflake,
    type: z.literal(type),
    token: z.string().min(1),
    version: z.number().int(),
    guild_id: snowflake.optional(),
    channel_id: snowflake.optional(),
    member: z.looseObject({ user }).optional(),
    user: user.optional(),
    data,
  });
}

/** PING (type 1): the endpoint check. Hookyard answers {"type":1}; exported for the handshake and its tests. */
export const pingSchema = z.looseObject({ id: snowflake, application_id: snowflake, type: z.literal(1), token: z.string(), version: z.number().int() });
export const DISCORD_PING_SAMPLE: unknown = pingSample;

export const applicationCommandSchema = interaction(
  2,
  z.looseObject({
    id: snowflake,
    name: z.string(),
    type: z.number().int(), // 1 slash command, 2 user context menu, 3 message context menu
    options: z.array(z.looseObject({ name: z.string(), type: z.number().int(), value: z.unknown().optional() })).optional(),
  }),
);

export const messageComponentSchema = interaction(3, z.looseObject({ custom_id: z.string(), component_type: z.number().int() })).extend({
  message: z.looseObject({ id: snowflake, channel_id: snowflake, content: z.string() }),
});

export const modalSubmitSchema = interaction(
  5,
  z.looseObject({
    custom_id: z.string(),
    components: z.array(z.looseObject({ type: z.number().int() })),
  }),
);

export const DISCORD_TRIGGERS: TriggerDefinition[] = [
  {
    value: "discord_trigger_application_command",
    description: "A user runs one of the app's slash or context-menu commands",
    schema: applicationCommandSchema,
    sample: applicationCommandSample,
    eventTypes: ["APPLICATION_COMMAND"],
    group: "command",
  },
  {
    value: "discord_trigger_message_component",
    description: "A user clicks a button or picks from a select menu on the app's message",
    schema: messageComponentSchema,
    sample: messageComponentSample,
    eventTypes: ["MESSAGE_COMPONENT"],
    group: "component",
  },
  {
    value: "discord_trigger_modal_submit",
    description: "A user submits a modal form opened by the app",
    schema: modalSubmitSchema,
    sample: modalSubmitSample,
    eventTypes: ["MODAL_SUBMIT"],
    group: "modal",
  },
];
