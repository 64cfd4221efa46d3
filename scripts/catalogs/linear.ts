// Linear's catalog, from the types of the official @linear/sdk package (generated from
// Linear's GraphQL schema). The preset's eventType() is "<type>.<action>" ("Issue.create"),
// so the catalog has one entry per payload `type` and action. The types come from the SDK:
// LinearWebhookEventType (the SDK's webhook client, one name per payload `type`), the
// WebhookResourceType enum (what a webhook can subscribe to) and the DataWebhookPayload union
// (the entities of "data change" webhooks). Actions come from Linear's webhooks docs
// (https://linear.app/developers/webhooks): every data change is create, update or remove;
// the other webhooks have actions of their own, listed below. App user notifications take
// the notification type as action; the SDK types name them (Scalars.*NotificationType).
// The SDK types no action literals, so a new action Linear adds needs this list extended.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "98.0.0";
const DOCS_URL = "https://linear.app/developers/webhooks";

const DATA_CHANGE_ACTIONS = [
  ["create", "created"],
  ["update", "updated"],
  ["remove", "removed"],
] as const;

/** The webhooks that are not data changes: their group, and each action in our own words. */
const SPECIAL: Record<string, { group: string; actions: Record<string, string> }> = {
  // https://linear.app/developers/webhooks (Issue SLA)
  IssueSLA: {
    group: "issue",
    actions: { set: "An SLA is set on an issue.", highRisk: "An issue's SLA is about to be breached.", breached: "An issue's SLA is breached." },
  },
  // https://linear.app/developers/webhooks (OAuthApp revoked: the app was de-authorized from a workspace)
  OAuthApp: { group: "oauth_app", actions: { revoked: "The OAuth application's access to the workspace is revoked." } },
  // https://linear.app/developers/agent-interaction (agent session events)
  AgentSessionEvent: {
    group: "agent_session",
    actions: { created: "An agent session starts: the agent was mentioned or delegated an issue.", prompted: "A user sends a new prompt into an agent session." },
  },
  // The SDK's AppUserTeamAccessChangedWebhookPayload: an agent (app user) is added to or removed from teams.
  PermissionChange: { group: "app_user", actions: { teamAccessChanged: "The teams the app user can access change." } },
  AppUserNotification: { group: "notification", actions: {} }, // actions: the notification types, read from the SDK
};

/**
 * Resource types that give no catalog entry: OAuthAuthorization is a subscription setting whose
 * deliveries' type and actions neither the SDK nor the docs spell out (its revocations arrive
 * as OAuthApp.revoked); AgentActivity and AgentSession are only carried inside AgentSessionEvent.
 */
const NOT_EVENTS = new Set(["OAuthAuthorization", "AgentActivity", "AgentSession"]);

const words = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase();
const snake = (name: string) => words(name).replaceAll(" ", "_");
const article = (phrase: string) => (/^([aeio]|u(?!s))/.test(phrase) ? "An" : "A");

function match(source: string, pattern: RegExp, what: string): string {
  const found = source.match(pattern);
  if (!found) throw new Error(`linear: ${what} not found in the SDK types`);
  return found[1];
}

function generate(): GeneratedCatalog {
  const dist = path.join(unpackNpmPackage("@linear/sdk", VERSION), "dist");
  const file = readdirSync(dist).find((name) => /^index-.*\.d\.mts$/.test(name));
  if (!file) throw new Error("linear: the SDK's type bundle (dist/index-*.d.mts) is missing");
  const types = readFileSync(path.join(dist, file), "utf8");

  const eventTypes = [...match(types, /type LinearWebhookEventType = ([^;]+);/, "LinearWebhookEventType").matchAll(/"(\w+)"/g)].map((m) => m[1]);
  const resourceTypes = [...match(types, /declare enum WebhookResourceType \{([^}]+)\}/, "WebhookResourceType").matchAll(/= "(\w+)"/g)].map((m) => m[1]);
  const entities = [...match(types, /type DataWebhookPayload = ([^;]+);/, "DataWebhookPayload").matchAll(/(\w+)WebhookPayload/g)].map((m) => m[1]);
  const notifications = [...types.matchAll(/^\s+\w+NotificationType: "(\w+)";$/gm)].map((m) => m[1]);
  if (notifications.length === 0) throw new Error("linear: no notification types found in the SDK's Scalars");

  const listed = [...new Set([...eventTypes, ...resourceTypes])].sort();
  const events: CatalogEvent[] = [];
  for (const type of listed) {
    if (NOT_EVENTS.has(type)) continue;
    if (entities.includes(type)) {
      const noun = words(type);
      for (const [action, past] of DATA_CHANGE_ACTIONS) {
        events.push({ type: `${type}.${action}`, description: `${article(noun)} ${noun} is ${past}.`, group: snake(type) });
      }
      continue;
    }
    const special = SPECIAL[type];
    if (!special) throw new Error(`linear: the SDK lists the webhook type ${type}, which this generator does not know; add it to SPECIAL or NOT_EVENTS`);
    const actions = type === "AppUserNotification" ? Object.fromEntries(notifications.map((n) => [n, `The app user gets a notification: ${words(n)}.`])) : special.actions;
    for (const [action, description] of Object.entries(actions)) events.push({ type: `${type}.${action}`, description, group: special.group });
  }

  return {
    // count: the webhook payload types the SDK lists; each becomes one catalog entry per action.
    source: { name: "@linear/sdk (webhook payload types)", version: VERSION, url: DOCS_URL, count: listed.length },
    events,
  };
}

const generators: CatalogGenerators = { linear: generate };
export default generators;
