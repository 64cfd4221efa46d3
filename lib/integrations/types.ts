// The shape every integration in the catalog has (DESIGN.md §4). One folder per
// integration under presets/<id>/, one line per integration in registry.ts.
import type { z } from "zod";
import type { InboundSpec } from "../inbound/types";
import type { ActionsSpec, OAuthSpec, RemoteSpec } from "./connect-types";
import type { EventCatalog } from "./event-catalog";

export const PROVIDER_IDS = [
  "gmail",
  "slack",
  "discord",
  "microsoft-teams",
  "outlook",
  "google-calendar",
  "google-sheets",
  "google-drive",
  "google-docs",
  "notion",
  "trello",
  "linear",
  "twitter",
  "facebook",
  "instagram",
  "tiktok",
  "linkedin",
  "youtube",
  "github",
  "gitlab",
  "hubspot",
  "airtable",
  "mailchimp",
  "shopify",
  "stripe",
  "paypal",
  "fathom",
  "onedrive",
  "dropbox",
  "box",
  "ai-agent",
  "logic",
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const CATEGORIES = ["Communication", "Productivity", "Social", "Development", "Business", "Storage", "AI & Logic"] as const;
export type Category = (typeof CATEGORIES)[number];

export type AuthType = "oauth" | "apiKey" | "secret" | "none";

/** An event a user can subscribe to, with the provider's payload schema and a documented-looking sample. */
export type TriggerDefinition = {
  /** `<provider>_trigger_<event>` with the provider id's dashes as underscores, e.g. `google_calendar_trigger_event_created`. */
  value: string;
  description: string;
  /** The fields Hookyard reads, strictly typed; everything else passes through. */
  schema: z.ZodType;
  /** A realistic payload modelled on the provider's documented example (fixtures/*.json); absent on generated triggers. */
  sample?: unknown;
  /**
   * The provider event types (`inbound.eventType()` values, as listed in the preset's
   * event-catalog.json) this trigger stands for. A catalog type no hand-written trigger names
   * gets a generated trigger of its own (catalog-triggers.ts).
   */
  eventTypes?: string[];
  /** The resource the trigger is about, for grouping in the trigger picker. */
  group?: string;
};

/**
 * Where the signing secret comes from:
 * - "hookyard": Hookyard generates it; the API returns it once and the user pastes it into the provider.
 * - "provider": the provider's console issues it; the user pastes it into Hookyard (PATCH signing_secret).
 */
export type SecretSource = "hookyard" | "provider";

export type VerificationSpec = {
  /** Human name of the scheme, shown in the catalog, e.g. "X-Hub-Signature-256 (HMAC-SHA256)". */
  scheme: string;
  secretSource: SecretSource;
  /** What the secret is called in the provider's own words, e.g. "Signing secret", "Webhook secret". */
  secretLabel: string;
  /** For "hookyard" secrets: how to make one in the form the provider expects. */
  generateSecret?: () => string;
};

/**
 * What the provider does when a delivery fails (a 5xx, a 429, a timeout), from its own docs:
 * - "none": it does not send the delivery again by itself (GitHub);
 * - "few": a handful of retries (at most 3), so a burst refused for minutes can lose events;
 * - "sustained": retried for hours or days;
 * - "not-documented": the provider's docs do not say; treat it like "none".
 * The dashboard warns when an endpoint's intake limit could refuse a provider that is not "sustained".
 */
export type RetryPolicy = {
  level: "none" | "few" | "sustained" | "not-documented";
  /** One sentence in plain words: how often and for how long, or what the docs leave open. */
  summary: string;
  /** The provider's page that says it. */
  docsUrl: string;
};

export type IntegrationPreset = {
  id: ProviderId;
  name: string;
  description: string;
  category: Category;
  /** What the integration can do, kebab-case words: "webhooks", "oauth", "remote-webhooks", "send-message", … */
  capabilities: string[];
  /** OAuth scopes Hookyard asks for (empty when authType is not oauth). */
  scopes: string[];
  authType: AuthType;
  /** https link to the provider's own webhook documentation. */
  docsUrl: string;
  /** Brand colour, #rrggbb. */
  color: string;
  /** Path of the logo under public/, e.g. "/integrations/github.svg". */
  icon: string;
  /** True when Hookyard can create the webhook on the provider through its API. */
  supportsRemoteRegistration: boolean;
  verification: VerificationSpec;
  /** How the provider retries failed deliveries (issue 13: a refused request may be a lost event). */
  retries: RetryPolicy;
  /** The preset's other integration_config settings (non-secret and secret), validated on PATCH. */
  configSchema?: z.ZodObject;
  /** Keys of configSchema that are secrets: encrypted at rest, never returned. */
  secretConfigKeys?: string[];
  triggers: TriggerDefinition[];
  /** Every event type the provider sends, from its own source (presets/<id>/event-catalog.json, via `readEventCatalog`). */
  eventCatalog: EventCatalog;
  /** Ordered, provider-specific steps. `{webhookUrl}` is replaced with the endpoint's URL. */
  setupInstructions: string[];
  /** How the inbound receiver handshakes, verifies, reads, identifies and processes this provider's requests. */
  inbound: InboundSpec;
  /** The OAuth authorization-code flow and SETUP (presets/<id>/oauth.ts); absent: no connect button. */
  oauth?: OAuthSpec;
  /** Provider-side webhook registration (presets/<id>/remote.ts); absent: manual setup instructions. */
  remote?: RemoteSpec;
  /** Actions through the connection (presets/<id>/actions.ts): send-message. */
  actions?: ActionsSpec;
};
