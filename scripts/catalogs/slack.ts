// Slack: every Events API event type, read from the official Node SDK's type package
// @slack/types (dist/events/*.d.ts: one interface per event, its `type` literal first, the
// message interfaces adding their `subtype`), plus the interactivity payload types of
// @slack/bolt (dist/types/{actions,view,shortcuts,options}) and slash commands. These are
// the unions Slack's own SDK dispatches on, so they name exactly what Slack sends.
// Slack's inbound.eventType() returns the inner event.type for an event_callback, the
// top-level type otherwise (app_rate_limited, block_actions…), and "slash_command".
// https://docs.slack.dev/reference/events
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";
import { SLACK_DESCRIPTIONS } from "./_slack-descriptions";

const TYPES_VERSION = "3.2.0";
const BOLT_VERSION = "5.1.0";

/** `export interface XEvent … { type: 'x'; subtype?: 'y' …`, the shape of every event in @slack/types. */
const EVENT_INTERFACE = /export interface (\w+)[^{]*\{\s*type: '([^']+)';(?:\s*subtype: '([^']+)';)?/g;

type Found = { type: string; subtypes: string[] };

function readDeclarations(dir: string, keep: (interfaceName: string) => boolean = () => true): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".d.ts"))) {
    for (const [, name, type, subtype] of readFileSync(path.join(dir, file), "utf8").matchAll(EVENT_INTERFACE)) {
      if (!keep(name)) continue;
      const entry = found.get(type) ?? { type, subtypes: [] };
      if (subtype) entry.subtypes.push(subtype);
      found.set(type, entry);
    }
  }
  return found;
}

const INTERACTIVITY = new Set(["block_actions", "block_suggestion", "dialog_submission", "dialog_suggestion", "interactive_message", "message_action", "shortcut", "view_closed", "view_submission"]);

const GROUPS: [RegExp, string][] = [
  [/^(app_mention|link_shared|message)/, "message"],
  [/^(agent|assistant)_/, "assistant"],
  [/^(app_|tokens_revoked|entity_details_requested)/, "app"],
  [/^(channel|group|im|member|shared_channel)_/, "channel"],
  [/^file_/, "file"],
  [/^pin_/, "pin"],
  [/^reaction_/, "reaction"],
  [/^star_/, "star"],
  [/^subteam_/, "user group"],
  [/^(team_|grid_migration|email_domain_changed|invite_requested)/, "workspace"],
  [/^(user_|dnd_)/, "user"],
  [/^(workflow_|function_executed)/, "workflow"],
  [/^emoji_/, "emoji"],
  [/^call_/, "call"],
];

function groupOf(type: string): string {
  if (INTERACTIVITY.has(type)) return "interactivity";
  if (type === "slash_command") return "command";
  return GROUPS.find(([pattern]) => pattern.test(type))?.[1] ?? "other";
}

function eventOf({ type, subtypes }: Found): CatalogEvent {
  const description = SLACK_DESCRIPTIONS[type] ?? `Slack sends the ${type} event`;
  return { type, description, group: groupOf(type), ...(subtypes.length > 0 ? { actions: [...new Set(subtypes)].sort() } : {}) };
}

function generateSlack(): GeneratedCatalog {
  const events = readDeclarations(path.join(unpackNpmPackage("@slack/types", TYPES_VERSION), "dist/events"));
  const bolt = path.join(unpackNpmPackage("@slack/bolt", BOLT_VERSION), "dist/types");
  // Only the payload interfaces (BlockAction, ViewSubmitAction, GlobalShortcut, BlockSuggestion…),
  // not the nested element shapes (ButtonClick's 'button', a view's 'plain_text').
  const payload = (name: string) => /(Action|Message|Shortcut|Suggestion)$/.test(name);
  const byType = new Map(["actions", "view", "shortcuts", "options"].flatMap((dir) => [...readDeclarations(path.join(bolt, dir), payload)]));
  const interactive = [...byType.values()];
  for (const type of INTERACTIVITY) if (!interactive.some((f) => f.type === type)) throw new Error(`slack: @slack/bolt no longer declares ${type}`);
  // Slash commands are a form post without a type; inbound.ts names them "slash_command" (bolt's SlashCommand).
  const all = [...events.values(), ...interactive, { type: "slash_command", subtypes: [] }];
  return {
    source: {
      name: "@slack/types (SlackEvent) + @slack/bolt (interactivity payloads)",
      version: `@slack/types ${TYPES_VERSION}, @slack/bolt ${BOLT_VERSION}`,
      url: "https://docs.slack.dev/reference/events",
      count: all.length,
    },
    events: all.map(eventOf),
  };
}

export default { slack: generateSlack } satisfies CatalogGenerators;
