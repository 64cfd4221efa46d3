// Box's catalog, from the official Box Node SDK (box-node-sdk, generated from Box's OpenAPI
// spec): src/schemas/webhook.ts declares `WebhookTriggersField`, the union of every trigger a
// V2 webhook can subscribe to. Box sends that trigger name in the body's `trigger`, which is
// what presets/box/inbound.ts returns as eventType(). The SDK carries no descriptions; the
// sentences are ours, after the triggers table of Box's guide.
// https://developer.box.com/guides/webhooks/v2/
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "10.12.0";

// Verbs whose plain past tense reads badly ("SIGNER_EMAIL_BOUNCED" etc.) get their own sentence.
const SENTENCES: Record<string, string> = {
  "SIGN_REQUEST.SIGNER_EMAIL_BOUNCED": "An email to a signer of a sign request bounced.",
  "SIGN_REQUEST.SIGN_SIGNER_SIGNED": "A signer signed a sign request.",
  "SIGN_REQUEST.SIGN_DOCUMENT_CREATED": "A sign request's document was created and is ready to be signed.",
  "SIGN_REQUEST.SIGN_ERROR_FINALIZING": "A sign request could not be finalized.",
  "WEBHOOK.DELETED": "The webhook itself was deleted.",
};

function describe(trigger: string): string {
  if (SENTENCES[trigger]) return SENTENCES[trigger];
  const [resource, verb] = trigger.split(".");
  const noun = resource.toLowerCase().replace(/_/g, " ");
  const article = /^[aeiou]/.test(noun) ? "An" : "A";
  return `${article} ${noun} was ${verb.toLowerCase().replace(/_/g, " ")}.`;
}

function generate(): GeneratedCatalog {
  const source = readFileSync(path.join(unpackNpmPackage("box-node-sdk", VERSION), "src", "schemas", "webhook.ts"), "utf8");
  const union = /export type WebhookTriggersField =([^;]+);/.exec(source)?.[1];
  if (!union) throw new Error("box: WebhookTriggersField not found in box-node-sdk");
  const triggers = [...union.matchAll(/'([A-Z_]+\.[A-Z_]+)'/g)].map((m) => m[1]);
  const events: CatalogEvent[] = triggers.map((trigger) => ({ type: trigger, description: describe(trigger), group: trigger.split(".")[0].toLowerCase() }));
  return {
    source: { name: "box-node-sdk (WebhookTriggersField)", version: VERSION, url: "https://www.npmjs.com/package/box-node-sdk", count: triggers.length },
    events,
  };
}

export default { box: generate } satisfies CatalogGenerators;
