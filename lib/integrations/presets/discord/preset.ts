// Discord: interactions sent to the app's Interactions Endpoint URL. Each request carries
// X-Signature-Ed25519 (hex signature) and X-Signature-Timestamp; the signature covers
// timestamp + raw body and is checked with the application's Ed25519 public key (hex).
// https://discord.com/developers/docs/interactions/receiving-and-responding#security-and-authorization
import "server-only";
import type { IntegrationPreset } from "../../types";
import { DISCORD_TRIGGERS } from "./events";
import { discordInbound } from "./inbound";
import { discordOAuth } from "./oauth";
import { discordActions } from "./actions";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const discord: IntegrationPreset = {
  id: "discord",
  name: "Discord",
  description: "Slash commands, button clicks and modal submissions from your Discord app.",
  category: "Communication",
  capabilities: ["webhooks", "oauth", "send-message"],
  scopes: [],
  authType: "secret",
  docsUrl: "https://discord.com/developers/docs/interactions/receiving-and-responding",
  color: "#5865F2",
  icon: "/integrations/discord.svg",
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Discord's webhook docs; treat a refused request as lost.",
    docsUrl: "https://discord.com/developers/docs/interactions/receiving-and-responding",
  },
  verification: { scheme: "Ed25519 (X-Signature-Ed25519)", secretSource: "provider", secretLabel: "Public key" },
  triggers: DISCORD_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: discordInbound,
  oauth: discordOAuth,
  actions: discordActions,
  setupInstructions: [
    "Open https://discord.com/developers/applications and select your application (or create one with New Application).",
    "On General Information, copy the Public Key (64 hex characters) and paste it into this integration's Signing secret field in Hookyard; save before the next step.",
    "On the same page, paste {webhookUrl} into Interactions Endpoint URL and click Save Changes. Discord sends a signed PING, which Hookyard answers with a PONG; Discord refuses the URL if the public key is wrong.",
    "Register the commands you want (Applications → Commands API, or your bot framework) and install the app to a server through OAuth2 → URL Generator with the applications.commands scope.",
    "Run one of your slash commands in Discord, click a button on one of the app's messages or submit one of its modals; each appears in this integration's event history.",
  ],
};
