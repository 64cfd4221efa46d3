// Microsoft Teams, Outlook and OneDrive: Microsoft Graph change notifications. The shared
// Graph scheme's eventType() (lib/inbound/schemes/microsoft-graph.ts) returns a
// notification's changeType, or its lifecycleEvent for lifecycle notifications, so those
// two unions are the event types. They are read from Microsoft's own typings,
// @microsoft/microsoft-graph-types (microsoft-graph.d.ts: `type ChangeType`,
// `type LifecycleEventType`, the values changeNotification.changeType/lifecycleEvent take).
// Which change types each preset's resources send, and which resources send them
// (`actions`), follows Graph's supported-resources table and the per-resource guides:
// https://learn.microsoft.com/en-us/graph/api/resources/change-notifications-api-overview
// https://learn.microsoft.com/en-us/graph/teams-change-notification-in-microsoft-teams-overview
// https://learn.microsoft.com/en-us/graph/outlook-change-notifications-overview
// https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/using-webhooks
// https://learn.microsoft.com/en-us/graph/change-notifications-lifecycle-events
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const VERSION = "2.43.1";

/** Graph resource → the change types it sends, per preset (from the docs above). */
const RESOURCES: Record<string, Record<string, string[]>> = {
  "microsoft-teams": {
    chatMessage: ["created", "updated", "deleted"],
    channel: ["created", "updated", "deleted"],
    chat: ["created", "updated", "deleted"],
    conversationMember: ["created", "updated", "deleted"],
    team: ["updated", "deleted"],
    callRecording: ["created"],
    callTranscript: ["created"],
    onlineMeeting: ["updated"],
    presence: ["updated"],
  },
  outlook: {
    message: ["created", "updated", "deleted"],
    event: ["created", "updated", "deleted"],
    contact: ["created", "updated", "deleted"],
  },
  // Drive items send only "updated", for anything that changes under the watched folder.
  onedrive: { driveItem: ["updated"] },
};

const WHERE: Record<string, string> = {
  "microsoft-teams": "under the subscribed Teams resource",
  outlook: "in the subscribed Outlook mailbox or calendar",
  onedrive: "under the watched drive or folder (the notification names the folder; the delta API tells what changed)",
};

const CHANGE_WORDS: Record<string, string> = { created: "is created", updated: "is changed", deleted: "is deleted" };

const LIFECYCLE: Record<string, string> = {
  reauthorizationRequired: "Graph asks for the subscription to be reauthorized before its access runs out (lifecycle notification)",
  subscriptionRemoved: "Graph removed the subscription; it has to be created again (lifecycle notification)",
  missed: "Graph could not deliver some notifications; the resource needs a resync (lifecycle notification)",
};

function unionOf(typings: string, name: string): string[] {
  const body = new RegExp(`export type ${name} = ([^;]+);`).exec(typings)?.[1];
  if (!body) throw new Error(`microsoft-graph: no type ${name} in @microsoft/microsoft-graph-types`);
  return [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]).filter((v) => v !== "unknownFutureValue");
}

function readTypings(): string {
  return readFileSync(path.join(unpackNpmPackage("@microsoft/microsoft-graph-types", VERSION), "microsoft-graph.d.ts"), "utf8");
}

function catalogFor(providerId: string, typings: string): GeneratedCatalog {
  const resources = Object.entries(RESOURCES[providerId]);
  const changes: CatalogEvent[] = unionOf(typings, "ChangeType").flatMap((changeType) => {
    const sending = resources.filter(([, types]) => types.includes(changeType)).map(([resource]) => resource);
    if (sending.length === 0) return [];
    const what = CHANGE_WORDS[changeType] ?? `has a ${changeType} change`;
    return [{ type: changeType, description: `Something ${what} ${WHERE[providerId]}`, group: "change", actions: sending }];
  });
  const lifecycle: CatalogEvent[] = unionOf(typings, "LifecycleEventType").map((type) => ({
    type,
    description: LIFECYCLE[type] ?? `Graph lifecycle notification ${type}`,
    group: "subscription",
  }));
  const events = [...changes, ...lifecycle];
  return {
    source: {
      name: "@microsoft/microsoft-graph-types (ChangeType, LifecycleEventType) and Graph's supported resources",
      version: VERSION,
      url: "https://learn.microsoft.com/en-us/graph/api/resources/change-notifications-api-overview",
      count: events.length,
    },
    events,
  };
}

let typings: string | undefined;
const generator = (providerId: string) => () => catalogFor(providerId, (typings ??= readTypings()));

export default {
  "microsoft-teams": generator("microsoft-teams"),
  outlook: generator("outlook"),
  onedrive: generator("onedrive"),
} satisfies CatalogGenerators;
