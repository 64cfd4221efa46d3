// The catalog: every integration, by id. Adding one is a folder under presets/
// and one line here; `satisfies` fails until every ProviderId has its preset.
import "server-only";
import { PROVIDER_IDS, type IntegrationPreset, type ProviderId } from "./types";
import { gmail } from "./presets/gmail/preset";
import { slack } from "./presets/slack/preset";
import { discord } from "./presets/discord/preset";
import { microsoftTeams } from "./presets/microsoft-teams/preset";
import { outlook } from "./presets/outlook/preset";
import { googleCalendar } from "./presets/google-calendar/preset";
import { googleSheets } from "./presets/google-sheets/preset";
import { googleDrive } from "./presets/google-drive/preset";
import { googleDocs } from "./presets/google-docs/preset";
import { notion } from "./presets/notion/preset";
import { trello } from "./presets/trello/preset";
import { linear } from "./presets/linear/preset";
import { twitter } from "./presets/twitter/preset";
import { facebook } from "./presets/facebook/preset";
import { instagram } from "./presets/instagram/preset";
import { tiktok } from "./presets/tiktok/preset";
import { linkedin } from "./presets/linkedin/preset";
import { youtube } from "./presets/youtube/preset";
import { github } from "./presets/github/preset";
import { gitlab } from "./presets/gitlab/preset";
import { hubspot } from "./presets/hubspot/preset";
import { airtable } from "./presets/airtable/preset";
import { mailchimp } from "./presets/mailchimp/preset";
import { shopify } from "./presets/shopify/preset";
import { stripe } from "./presets/stripe/preset";
import { paypal } from "./presets/paypal/preset";
import { fathom } from "./presets/fathom/preset";
import { onedrive } from "./presets/onedrive/preset";
import { dropbox } from "./presets/dropbox/preset";
import { box } from "./presets/box/preset";
import { aiAgent } from "./presets/ai-agent/preset";
import { logic } from "./presets/logic/preset";

export const PRESETS = {
  gmail,
  slack,
  discord,
  "microsoft-teams": microsoftTeams,
  outlook,
  "google-calendar": googleCalendar,
  "google-sheets": googleSheets,
  "google-drive": googleDrive,
  "google-docs": googleDocs,
  notion,
  trello,
  linear,
  twitter,
  facebook,
  instagram,
  tiktok,
  linkedin,
  youtube,
  github,
  gitlab,
  hubspot,
  airtable,
  mailchimp,
  shopify,
  stripe,
  paypal,
  fathom,
  onedrive,
  dropbox,
  box,
  "ai-agent": aiAgent,
  logic,
} satisfies Record<ProviderId, IntegrationPreset>;

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

export function getPreset(id: string): IntegrationPreset | undefined {
  return isProviderId(id) ? PRESETS[id] : undefined;
}

/** In catalog order (DESIGN.md §4). */
export function listPresets(): IntegrationPreset[] {
  return PROVIDER_IDS.map((id) => PRESETS[id]);
}
