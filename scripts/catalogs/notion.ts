// Notion's catalog, from the webhook payload types of the official SDK, @notionhq/client:
// build/src/api-endpoints/webhooks.d.ts declares one `<Name>WebhookPayload = BaseWebhookPayload
// & { type: "<event>"; … }` per event type Notion sends (Notion generates these types from its
// API). The TypeScript compiler reads them, so `fields` are each payload's required top-level
// properties with their JSON types. The one-time verification request is not an event: the
// handshake answers it (presets/notion/inbound.ts).
// https://developers.notion.com/reference/webhooks-events-delivery
import path from "node:path";
import ts from "typescript";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "5.26.0";

type JsonType = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";

/** The JSON type of a TypeScript type; unions of one kind (string literals, IdResponse) collapse to it. */
function jsonTypeOf(checker: ts.TypeChecker, type: ts.Type): JsonType | JsonType[] {
  const parts = type.isUnion() ? type.types : [type];
  const kinds = new Set<JsonType>();
  for (const part of parts) {
    if (part.flags & ts.TypeFlags.StringLike) kinds.add("string");
    else if (part.flags & ts.TypeFlags.NumberLike) kinds.add("number");
    else if (part.flags & ts.TypeFlags.BooleanLike) kinds.add("boolean");
    else if (part.flags & ts.TypeFlags.Null) kinds.add("null");
    else if (checker.isArrayType(part)) kinds.add("array");
    else kinds.add("object");
  }
  const list = [...kinds];
  return list.length === 1 ? list[0] : list;
}

/** "page.content_updated" → "A page's content was updated."; the SDK has no doc comments, so these are our words. */
function describe(type: string): string {
  const [resource, ...rest] = type.split(".");
  const noun = resource.replace(/_/g, " ");
  const what = rest.join(" ").replace(/_/g, " ");
  const verbs: Record<string, string> = {
    created: "was created",
    deleted: "was deleted",
    undeleted: "was restored from the trash",
    moved: "was moved to a new parent",
    locked: "was locked against editing",
    unlocked: "was unlocked",
    updated: "was updated",
    completed: "finished uploading",
    expired: "expired before it was completed",
    "upload failed": "failed to upload",
    "content updated": "had its content changed",
    "properties updated": "had its properties changed",
    "schema updated": "had its schema (properties) changed",
    "transcription block transcript deleted": "had the transcript of a transcription block deleted",
  };
  const verb = verbs[what];
  if (!verb) throw new Error(`notion: no sentence for ${type}`);
  return `A ${noun} ${verb}.`;
}

function generate(): GeneratedCatalog {
  const file = path.join(unpackNpmPackage("@notionhq/client", VERSION), "build", "src", "api-endpoints", "webhooks.d.ts");
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error("notion: webhooks.d.ts not found in @notionhq/client");
  const events: CatalogEvent[] = [];
  ts.forEachChild(source, (node) => {
    if (!ts.isTypeAliasDeclaration(node) || !node.name.text.endsWith("WebhookPayload") || node.name.text === "BaseWebhookPayload") return;
    const type = checker.getTypeAtLocation(node);
    const fields: Record<string, JsonType | JsonType[]> = {};
    let eventType: string | undefined;
    for (const property of checker.getPropertiesOfType(type)) {
      const propertyType = checker.getTypeOfSymbol(property);
      if (property.name === "type" && propertyType.isStringLiteral()) eventType = propertyType.value;
      if (property.flags & ts.SymbolFlags.Optional) continue;
      fields[property.name] = jsonTypeOf(checker, propertyType);
    }
    if (!eventType) throw new Error(`notion: ${node.name.text} has no literal type`);
    events.push({ type: eventType, description: describe(eventType), group: eventType.split(".")[0], fields });
  });
  return {
    source: { name: "@notionhq/client (webhook payload types)", version: VERSION, url: "https://www.npmjs.com/package/@notionhq/client", count: events.length },
    events,
  };
}

export default { notion: generate } satisfies CatalogGenerators;
