// Discord: every interaction type Discord posts to an app's Interactions Endpoint URL, read
// from discord-api-types (payloads/v10/_interactions/responses.d.ts, enum InteractionType),
// the typings discord.js and the other libraries build on, kept in step with Discord's API
// reference. Discord sends the type as a number; Discord's inbound.eventType() names it
// in the reference's SCREAMING_SNAKE form (2 → "APPLICATION_COMMAND"), as done here.
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type
import { readFileSync } from "node:fs";
import path from "node:path";
import type { GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "0.38.57";
const ENUM_FILE = "payloads/v10/_interactions/responses.d.ts";

/** Our own sentence and group per interaction type. */
const ABOUT: Record<string, [description: string, group: string]> = {
  PING: ["Discord checks the Interactions Endpoint URL (answered with a PONG)", "endpoint"],
  APPLICATION_COMMAND: ["A user runs one of the app's slash, user or message commands", "command"],
  MESSAGE_COMPONENT: ["A user clicks a button or picks from a select menu on one of the app's messages", "component"],
  APPLICATION_COMMAND_AUTOCOMPLETE: ["A user types into a command option that the app autocompletes", "command"],
  MODAL_SUBMIT: ["A user submits a modal form the app opened", "modal"],
};

const screamingSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

function generateDiscord(): GeneratedCatalog {
  const source = readFileSync(path.join(unpackNpmPackage("discord-api-types", VERSION), ENUM_FILE), "utf8");
  const body = /export declare enum InteractionType \{([^}]*)\}/.exec(source)?.[1];
  if (!body) throw new Error(`discord: no InteractionType enum in ${ENUM_FILE}`);
  const types = [...body.matchAll(/(\w+) = \d+/g)].map((m) => screamingSnake(m[1]));
  return {
    source: {
      name: "discord-api-types (InteractionType, API v10)",
      version: VERSION,
      url: "https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type",
      count: types.length,
    },
    events: types.map((type) => {
      const [description, group] = ABOUT[type] ?? [`Discord sends a ${type} interaction`, "interaction"];
      return { type, description, group };
    }),
  };
}

export default { discord: generateDiscord } satisfies CatalogGenerators;
