// Dropbox's catalog, from its webhooks reference: a user-app webhook sends one kind of
// notification, {"list_folder": {"accounts": [...]}} ("files changed for these accounts";
// list_folder/continue says what changed), which presets/dropbox/inbound.ts calls "list_folder".
// https://www.dropbox.com/developers/reference/webhooks
import type { GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

function generate(): GeneratedCatalog {
  return {
    source: { name: "Dropbox webhooks reference (list_folder notification)", url: "https://www.dropbox.com/developers/reference/webhooks", count: 1 },
    events: [{ type: "list_folder", description: "Files changed in the Dropbox of one or more accounts linked to the app.", group: "files" }],
  };
}

export default { dropbox: generate } satisfies CatalogGenerators;
