// Stripe's catalog, from the type definitions of the official `stripe` Node package, which
// Stripe generates from its OpenAPI spec. The package has two complete lists: the `Event` union
// of resources/Events.d.ts (one interface per event type, with Stripe's description and the
// type of `data.object`) and WebhookEndpointCreateParams.EnabledEvent (the same names plus the
// '*' wildcard). The Event union is read because it also carries the descriptions and the
// object each event is about; the generator checks that both lists agree.
// These are the snapshot events webhook endpoints receive; the v2 "thin" events of event
// destinations (resources/V2/Core/Events.d.ts) are a different delivery and are left out.
// https://docs.stripe.com/api/events/types
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "23.2.0";

/** "/** Occurs whenever … *\/ export interface XEvent extends EventBase { type: 'x'; data: …" then "object: Type;". */
const EVENT_INTERFACE =
  /\/\*\*\n((?:\s*\*.*\n)*?)\s*\*\/\nexport interface (\w+) extends EventBase \{\n\s*type: '([^']+)';[\s\S]*?export declare namespace \2 \{\n\s*interface Data extends Event\.Data \{\n\s*object: ([\w.]+);/g;

/** Stripe's object name for a type name: "Checkout.Session" → "checkout.session", "ThreeDSecure.Authentication" → "three_d_secure.authentication". */
function objectName(typeName: string): string {
  return typeName
    .split(".")
    .map((part) => part.replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, "_").toLowerCase())
    .join(".");
}

/** The first sentence of the doc comment, on one line, Markdown links reduced to their text ("e.g." does not end it). */
function commentText(lines: string): string {
  const text = lines
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, ""))
    .join(" ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  const end = text.search(/(?<!\b(?:e\.g|i\.e|etc))\.(?=\s+[A-Z`]|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function unionMembers(source: string, pattern: RegExp): string[] {
  const match = source.match(pattern);
  if (!match) throw new Error(`stripe: ${pattern} not found in the package types`);
  return match[1].split("|").map((member) => member.trim().replace(/^'|'$/g, ""));
}

function generate(): GeneratedCatalog {
  const dir = path.join(unpackNpmPackage("stripe", VERSION), "cjs", "resources");
  const eventsTypes = readFileSync(path.join(dir, "Events.d.ts"), "utf8");
  const endpointTypes = readFileSync(path.join(dir, "WebhookEndpoints.d.ts"), "utf8");

  const byInterface = new Map<string, CatalogEvent>();
  for (const [, comment, name, type, object] of eventsTypes.matchAll(EVENT_INTERFACE)) {
    const description = commentText(comment);
    if (!description) throw new Error(`stripe: ${type} has no description`);
    byInterface.set(name, { type, description, group: objectName(object) });
  }

  const members = unionMembers(eventsTypes, /export type Event = ([^;]+);/);
  const events = members.map((name) => {
    const event = byInterface.get(name);
    if (!event) throw new Error(`stripe: the Event union names ${name}, whose interface was not read`);
    return event;
  });

  const enabled = unionMembers(endpointTypes, /type EnabledEvent = ([^;]+);/).filter((name) => name !== "*");
  const types = new Set(events.map((e) => e.type));
  const disagree = [...enabled.filter((t) => !types.has(t)), ...[...types].filter((t) => !enabled.includes(t))];
  if (disagree.length > 0 || enabled.length !== types.size) throw new Error(`stripe: Event and EnabledEvent differ on ${disagree.join(", ")}`);

  return {
    source: { name: "stripe (Node SDK types: Event union)", version: VERSION, url: "https://docs.stripe.com/api/events/types", count: members.length },
    events,
  };
}

const generators: CatalogGenerators = { stripe: generate };
export default generators;
