// The logic preset is a generic source: your own code sends signed events with any dotted type.
// Its catalog is the two types the preset itself names (presets/logic/inbound.ts); every other
// dotted type is filed under the preset's generic logic_trigger_event.
// https://www.standardwebhooks.com/
import type { CatalogEvent } from "../../lib/integrations/event-catalog";
import { listedCatalog } from "./_listed-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const EVENTS: CatalogEvent[] = [
  { type: "logic.condition.matched", description: "A rule or condition your code evaluates turned true.", group: "condition" },
  { type: "logic.schedule.fired", description: "A scheduled job or cron timer fired.", group: "schedule" },
];

const generate = () => listedCatalog("Hookyard logic preset (its own event types, sent as Standard Webhooks)", "https://www.standardwebhooks.com/", EVENTS);

export default { logic: generate } satisfies CatalogGenerators;
