// HubSpot: every webhook subscription type, read from the official Node client
// @hubspot/api-client (lib/codegen/webhooks/models/SubscriptionCreateRequest.d.ts, the
// `eventType` enum generated from HubSpot's Webhooks API spec: the values an app may
// subscribe to). Each delivered event repeats its type as `subscriptionType`, which is
// what HubSpot's inbound.eventType() returns, e.g. "contact.creation".
// https://developers.hubspot.com/docs/api-reference/webhooks-webhooks-v3/guide
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "14.0.1";
const ENUM_FILE = "lib/codegen/webhooks/models/SubscriptionCreateRequest.d.ts";

/** What each kind of change means, in our own words after the Webhooks API guide. */
const CHANGES: Record<string, (object: string) => string> = {
  creation: (o) => `A ${o} is created`,
  deletion: (o) => `A ${o} is deleted (moved to the recycle bin)`,
  privacyDeletion: (o) => `A ${o} is permanently deleted for privacy compliance (GDPR)`,
  propertyChange: (o) => `A subscribed property of a ${o} changes`,
  merge: (o) => `Two ${o} records are merged into one`,
  restore: (o) => `A deleted ${o} is restored`,
  associationChange: (o) => `An association of a ${o} with another record is added or removed`,
  newMessage: (o) => `A new message arrives in a ${o}`,
};

const OBJECT_NAMES: Record<string, string> = { line_item: "line item", object: "custom object record" };

function eventOf(type: string): CatalogEvent {
  const [object, change] = type.split(".");
  const name = OBJECT_NAMES[object] ?? object;
  const describe = CHANGES[change] ?? ((o: string) => `HubSpot sends ${change} for a ${o}`);
  return { type, description: describe(name), group: object === "object" ? "custom object" : name };
}

function generateHubspot(): GeneratedCatalog {
  const source = readFileSync(path.join(unpackNpmPackage("@hubspot/api-client", VERSION), ENUM_FILE), "utf8");
  const body = /enum SubscriptionCreateRequestEventTypeEnum \{([^}]*)\}/.exec(source)?.[1];
  if (!body) throw new Error(`hubspot: no eventType enum in ${ENUM_FILE}`);
  const types = [...body.matchAll(/= "([^"]+)"/g)].map((m) => m[1]);
  return {
    source: { name: "@hubspot/api-client (webhooks SubscriptionCreateRequest eventType)", version: VERSION, url: "https://www.npmjs.com/package/@hubspot/api-client", count: types.length },
    events: types.map(eventOf),
  };
}

export default { hubspot: generateHubspot } satisfies CatalogGenerators;
