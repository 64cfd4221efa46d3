// Trello: every action type of the REST API's action-types guide (both its "included"
// list and the "excluded" types that only webhooks deliver). Trello publishes no SDK or
// schema enum of them, so the names are written here from that page. Trello's
// inbound.eventType() returns the webhook's action.type, e.g. "createCard". The sentences
// are ours, read from the camelCase name (verb + what + where).
// https://developer.atlassian.com/cloud/trello/guides/rest-api/action-types/
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

/** Returned by nested action resources and sent to webhooks. */
const INCLUDED = `acceptEnterpriseJoinRequest addAttachmentToCard addChecklistToCard addMemberToBoard addMemberToCard
  addMemberToOrganization addOrganizationToEnterprise addToEnterprisePluginWhitelist addToOrganizationBoard commentCard
  convertToCardFromCheckItem copyBoard copyCard copyCommentCard createBoard createCard createList createOrganization
  deleteBoardInvitation deleteCard deleteOrganizationInvitation disableEnterprisePluginWhitelist disablePlugin disablePowerUp
  emailCard enableEnterprisePluginWhitelist enablePlugin enablePowerUp makeAdminOfBoard makeNormalMemberOfBoard
  makeNormalMemberOfOrganization makeObserverOfBoard memberJoinedTrello moveCardFromBoard moveCardToBoard moveListFromBoard
  moveListToBoard removeChecklistFromCard removeFromEnterprisePluginWhitelist removeFromOrganizationBoard removeMemberFromCard
  removeOrganizationFromEnterprise unconfirmedBoardInvitation unconfirmedOrganizationInvitation updateBoard updateCard
  updateCheckItemStateOnCard updateChecklist updateList updateMember updateOrganization`;

/** Sent only to webhooks. */
const EXCLUDED = `addLabelToCard copyChecklist createBoardInvitation createBoardPreference createCheckItem createLabel
  createOrganizationInvitation deleteAttachmentFromCard deleteCheckItem deleteComment deleteLabel makeAdminOfOrganization
  removeLabelFromCard removeMemberFromBoard removeMemberFromOrganization updateCheckItem updateComment updateLabel voteOnCard`;

const PAST: Record<string, string> = {
  accept: "accepted",
  add: "added",
  copy: "copied",
  create: "created",
  delete: "deleted",
  disable: "disabled",
  enable: "enabled",
  move: "moved",
  remove: "removed",
  update: "updated",
};

/** Names the verb rule cannot read. */
const SPECIAL: Record<string, string> = {
  addToOrganizationBoard: "A board is added to a Workspace",
  removeFromOrganizationBoard: "A board is removed from a Workspace",
  addToEnterprisePluginWhitelist: "A Power-Up is added to the enterprise's allowed list",
  removeFromEnterprisePluginWhitelist: "A Power-Up is removed from the enterprise's allowed list",
  commentCard: "Someone comments on a card",
  convertToCardFromCheckItem: "A checklist item is turned into a card",
  copyCommentCard: "A comment is copied along with its card",
  emailCard: "A card is created by email",
  makeAdminOfBoard: "A member is made an admin of a board",
  makeAdminOfOrganization: "A member is made an admin of a Workspace",
  makeNormalMemberOfBoard: "A member is made a normal member of a board",
  makeNormalMemberOfOrganization: "A member is made a normal member of a Workspace",
  makeObserverOfBoard: "A member is made an observer of a board",
  memberJoinedTrello: "A new member signs up for Trello",
  unconfirmedBoardInvitation: "Someone without a Trello account is invited to a board",
  unconfirmedOrganizationInvitation: "Someone without a Trello account is invited to a Workspace",
  updateCheckItemStateOnCard: "A checklist item on a card is checked or unchecked",
  voteOnCard: "A member votes on a card",
};

const words = (camel: string) =>
  camel
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace("check item", "checklist item")
    .replace("organization", "Workspace")
    .replace("power up", "Power-Up");
const a = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;

/** verb + Object [+ To|From|Of|On + Target], e.g. addMemberToCard → "A member is added to a card". */
function describe(type: string): string {
  if (SPECIAL[type]) return SPECIAL[type];
  const [, verb, rest] = /^([a-z]+)(.*)$/.exec(type)!;
  const [, object, preposition, target] = /^(.+?)(?: (to|from|of|on) (.+))?$/.exec(words(rest))!;
  const sentence = `${a(object)} is ${PAST[verb] ?? `${verb}ed`}${preposition ? ` ${preposition} ${a(target)}` : ""}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const GROUPS: [RegExp, string][] = [
  [/CheckItem|Checklist/, "checklist"],
  [/Label/, "label"],
  [/Card$|Card[A-Z]|^commentCard|Comment/, "card"],
  [/List/, "list"],
  [/Plugin|PowerUp/, "power-up"],
  [/Enterprise/, "enterprise"],
  [/Board/, "board"],
  [/Organization/, "workspace"],
  [/Member|^member/, "member"],
];

function eventOf(type: string): CatalogEvent {
  return { type, description: describe(type), group: GROUPS.find(([pattern]) => pattern.test(type))?.[1] ?? "other" };
}

function generateTrello(): GeneratedCatalog {
  const types = [...INCLUDED.split(/\s+/), ...EXCLUDED.split(/\s+/)].filter(Boolean);
  return {
    source: { name: "Trello REST API: action types (included and excluded)", url: "https://developer.atlassian.com/cloud/trello/guides/rest-api/action-types/", count: types.length },
    events: types.map(eventOf),
  };
}

export default { trello: generateTrello } satisfies CatalogGenerators;
