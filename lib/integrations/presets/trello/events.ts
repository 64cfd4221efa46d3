// Trello webhook payloads Hookyard reads: every POST is {action, model}, where action is the
// change (type, date, data, memberCreator) and model is the watched board's current state.
// Action types: https://developer.atlassian.com/cloud/trello/guides/rest-api/action-types/
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import cardCreatedSample from "./fixtures/card-created.json";
import cardUpdatedSample from "./fixtures/card-updated.json";
import commentAddedSample from "./fixtures/comment-added.json";
import memberAddedToCardSample from "./fixtures/member-added-to-card.json";

const memberCreator = z.looseObject({ id: z.string(), fullName: z.string(), username: z.string() });
const card = z.looseObject({ id: z.string(), name: z.string(), idShort: z.number().int().optional(), shortLink: z.string() });
const list = z.looseObject({ id: z.string(), name: z.string() });
const board = z.looseObject({ id: z.string(), name: z.string(), shortLink: z.string() });
const model = z.looseObject({ id: z.string(), name: z.string(), url: z.url() });

/** One Trello delivery for the given action type. */
function delivery<T extends z.ZodType>(type: string, data: T) {
  return z.looseObject({
    action: z.looseObject({
      id: z.string(),
      idMemberCreator: z.string(),
      type: z.literal(type),
      date: z.iso.datetime(),
      data,
      memberCreator,
    }),
    model,
  });
}

export const cardCreatedSchema = delivery("createCard", z.looseObject({ card, list, board }));

export const cardUpdatedSchema = delivery(
  "updateCard",
  z.looseObject({
    card,
    board,
    old: z.record(z.string(), z.unknown()),
    list: list.optional(),
    listBefore: list.optional(),
    listAfter: list.optional(),
  }),
);

export const commentAddedSchema = delivery("commentCard", z.looseObject({ text: z.string(), card, board, list: list.optional() }));

export const memberAddedToCardSchema = delivery("addMemberToCard", z.looseObject({ idMember: z.string(), card, board, member: z.looseObject({ id: z.string(), name: z.string() }) }));

export const TRELLO_TRIGGERS: TriggerDefinition[] = [
  { value: "trello_trigger_card_created", description: "A card is added to a list on the board", schema: cardCreatedSchema, sample: cardCreatedSample, eventTypes: ["createCard"], group: "card" },
  {
    value: "trello_trigger_card_updated",
    description: "A card is renamed, moved to another list, archived or given a due date",
    schema: cardUpdatedSchema,
    sample: cardUpdatedSample,
    eventTypes: ["updateCard"],
    group: "card",
  },
  { value: "trello_trigger_comment_added", description: "Someone comments on a card", schema: commentAddedSchema, sample: commentAddedSample, eventTypes: ["commentCard"], group: "card" },
  {
    value: "trello_trigger_member_added_to_card",
    description: "A member is assigned to a card",
    schema: memberAddedToCardSchema,
    sample: memberAddedToCardSample,
    eventTypes: ["addMemberToCard"],
    group: "card",
  },
];
