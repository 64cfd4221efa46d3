// Airtable's catalog, from its webhooks guide: a webhook's notification is a single kind of
// ping ("new payloads are available for this webhook"); what changed is read afterwards from
// the list-payloads endpoint. presets/airtable/inbound.ts reports it as "notification".
// https://airtable.com/developers/web/api/webhooks-overview
import type { GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

function generate(): GeneratedCatalog {
  return {
    source: { name: "Airtable webhooks guide (notification ping)", url: "https://airtable.com/developers/web/api/webhooks-overview", count: 1 },
    events: [{ type: "notification", description: "New payloads (record, field or table changes covered by the webhook's specification) are ready to be listed.", group: "base" }],
  };
}

export default { airtable: generate } satisfies CatalogGenerators;
