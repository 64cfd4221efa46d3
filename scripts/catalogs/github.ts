// GitHub's catalog, from @octokit/webhooks-schemas: the JSON Schema the Octokit team
// (GitHub's own SDK maintainers) publishes for every webhook payload, one definition per
// event and action, kept in step with GitHub's docs. Its top-level `oneOf` names every event
// (the X-GitHub-Event value); each event's `oneOf` lists its actions; `required` gives the
// fields. Descriptions come from the index of @octokit/webhooks-examples (GitHub's docs text,
// same repository and version), which is also checked: every event it has examples for must
// be in the catalog. https://github.com/octokit/webhooks
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "7.6.1";

type JsonType = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";
type Schema = {
  $ref?: string;
  type?: JsonType | JsonType[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  required?: string[];
  properties?: Record<string, Schema>;
};
type Root = { definitions: Record<string, Schema>; oneOf: Schema[] };
type ExampleIndexEntry = { name: string; description: string; examples: unknown[] };

/** The resource each event is about, for the trigger picker. */
const GROUPS: Record<string, string[]> = {
  repository: ["push", "create", "delete", "fork", "public", "repository", "repository_dispatch", "repository_import", "star", "watch", "gollum", "meta", "ping", "custom_property_values"],
  branch_protection: ["branch_protection_configuration", "branch_protection_rule"],
  pull_request: ["pull_request", "pull_request_review", "pull_request_review_comment", "pull_request_review_thread", "merge_group"],
  issue: ["issues", "issue_comment", "label", "milestone"],
  commit: ["commit_comment", "status"],
  check: ["check_run", "check_suite"],
  actions: ["workflow_dispatch", "workflow_job", "workflow_run"],
  deployment: ["deployment", "deployment_protection_rule", "deployment_review", "deployment_status", "page_build"],
  security: ["code_scanning_alert", "dependabot_alert", "repository_vulnerability_alert", "secret_scanning_alert", "secret_scanning_alert_location", "security_advisory"],
  discussion: ["discussion", "discussion_comment"],
  app: ["github_app_authorization", "installation", "installation_repositories", "installation_target", "marketplace_purchase"],
  organization: ["organization", "org_block", "member", "membership", "team", "team_add", "custom_property", "sponsorship"],
  package: ["package", "registry_package"],
  release: ["release"],
  project: ["project", "project_card", "project_column", "projects_v2_item"],
  deploy_key: ["deploy_key"],
};
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([group, events]) => events.map((e) => [e, group] as const)));

/**
 * Our own words, for the events neither package describes, and for deployment_status, whose
 * docs text repeats the deployment event's ("A deployment is created").
 */
const OWN_WORDS: Record<string, string> = {
  branch_protection_configuration: "Branch protection is enabled or disabled for all branches of a repository.",
  custom_property: "An organization's custom property definition is created or deleted.",
  custom_property_values: "The custom property values of a repository change.",
  deployment_protection_rule: "A deployment waits on a custom deployment protection rule.",
  deployment_review: "A deployment review is requested, approved or rejected.",
  registry_package: "A package in GitHub Packages is published or updated (the older name of the package event).",
  secret_scanning_alert: "Activity related to a secret scanning alert.",
  secret_scanning_alert_location: "A new location is found for a secret scanning alert.",
  deployment_status: "A deployment's status changes (for example to in progress, success or failure).",
};

/** The first sentence of a docs paragraph, with Markdown links reduced to their text. */
function firstSentence(text: string | undefined): string | undefined {
  const plain = (text ?? "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  if (!plain) return undefined;
  const end = plain.search(/\.(\s|$)/);
  return end === -1 ? `${plain}.` : plain.slice(0, end + 1);
}

const refName = (ref: string) => ref.replace("#/definitions/", "");

/** The payload shapes of an event: one per action, with nested oneOf (review_requested's two forms) spread out. */
function variantsOf(schema: Schema, defs: Record<string, Schema>): Schema[] {
  if (schema.$ref) return variantsOf(defs[refName(schema.$ref)], defs);
  if (schema.oneOf && !schema.properties) return schema.oneOf.flatMap((part) => variantsOf(part, defs));
  return [schema];
}

/** The JSON types a property schema allows, following $ref and oneOf/anyOf/allOf. */
function typesOf(schema: Schema, defs: Record<string, Schema>, depth = 0): Set<JsonType> {
  if (depth > 20) throw new Error("github: $ref cycle while reading field types");
  if (schema.$ref) return typesOf(defs[refName(schema.$ref)], defs, depth + 1);
  if (schema.type) return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  const parts = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  if (parts) return new Set(parts.flatMap((p) => [...typesOf(p, defs, depth + 1)]));
  const values = schema.enum ?? (schema.const === undefined ? [] : [schema.const]);
  return new Set(values.map((v) => (v === null ? "null" : (typeof v as JsonType))));
}

/** Fields every action of the event requires, with the union of their types. */
function requiredFields(variants: Schema[], defs: Record<string, Schema>): CatalogEvent["fields"] {
  const [first, ...rest] = variants;
  const names = (first.required ?? []).filter((name) => rest.every((v) => v.required?.includes(name)));
  const fields: NonNullable<CatalogEvent["fields"]> = {};
  for (const name of names) {
    const types = new Set(variants.flatMap((v) => [...typesOf(v.properties?.[name] ?? {}, defs)]));
    if (types.size === 0) throw new Error(`github: no JSON type for required field ${name}`);
    const sorted = [...types].sort();
    fields[name] = sorted.length === 1 ? sorted[0] : sorted;
  }
  return fields;
}

function actionsOf(variants: Schema[]): string[] | undefined {
  const actions = variants.flatMap((v) => (v.properties?.action?.enum as string[] | undefined) ?? []);
  return actions.length > 0 ? [...new Set(actions)].sort() : undefined;
}

function generate(): GeneratedCatalog {
  const schemas = unpackNpmPackage("@octokit/webhooks-schemas", VERSION);
  const examples = unpackNpmPackage("@octokit/webhooks-examples", VERSION);
  const root = JSON.parse(readFileSync(path.join(schemas, "schema.json"), "utf8")) as Root;
  const index = JSON.parse(readFileSync(path.join(examples, "api.github.com", "index.json"), "utf8")) as ExampleIndexEntry[];
  const docs = new Map(index.map((entry) => [entry.name, entry.description]));

  const events = root.oneOf.map((ref): CatalogEvent => {
    // Definitions are named "<event>_event" (one variant per action) or "<event>$event".
    const name = refName(ref.$ref!);
    const type = name.replace(/(_event|\$event)$/, "");
    const definition = root.definitions[name];
    const variants = variantsOf(definition, root.definitions);
    const group = GROUP_OF.get(type);
    if (!group) throw new Error(`github: no group for event ${type}; add it to GROUPS`);
    const description = OWN_WORDS[type] ?? firstSentence(docs.get(type)) ?? firstSentence(definition.description) ?? firstSentence(variants[0].description);
    if (!description) throw new Error(`github: no description for event ${type}; add it to OWN_WORDS`);
    const actions = actionsOf(variants);
    return { type, description, group, ...(actions ? { actions } : {}), fields: requiredFields(variants, root.definitions) };
  });

  const types = new Set(events.map((e) => e.type));
  const missing = index.filter((entry) => entry.examples.length > 0 && !types.has(entry.name)).map((entry) => entry.name);
  if (missing.length > 0) throw new Error(`github: examples for events missing from the catalog: ${missing.join(", ")}`);

  return {
    source: { name: "@octokit/webhooks-schemas", version: VERSION, url: "https://github.com/octokit/webhooks", count: root.oneOf.length },
    events,
  };
}

const generators: CatalogGenerators = { github: generate };
export default generators;
