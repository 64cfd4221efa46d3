// Fathom's catalog, from its webhooks documentation: a webhook fires once per recorded meeting
// when its transcript, summary and action items are ready; the body is the meeting itself,
// without an event name, and presets/fathom/inbound.ts calls it "new_meeting_content_ready".
// https://developers.fathom.ai/webhooks
import type { GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

function generate(): GeneratedCatalog {
  return {
    source: { name: "Fathom webhooks documentation", url: "https://developers.fathom.ai/webhooks", count: 1 },
    events: [{ type: "new_meeting_content_ready", description: "A recorded meeting's transcript, summary and action items are ready.", group: "meeting" }],
  };
}

export default { fathom: generate } satisfies CatalogGenerators;
