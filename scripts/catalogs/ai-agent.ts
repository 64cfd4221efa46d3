// The AI agent preset is a generic source: no provider defines its events, the preset does.
// Its catalog is the four event types the preset itself names (presets/ai-agent/inbound.ts and
// events.ts), sent as Standard Webhooks; anything else an agent sends gets a trigger named
// after its type at run time.
// https://www.standardwebhooks.com/
import type { CatalogEvent } from "../../lib/integrations/event-catalog";
import { listedCatalog } from "./_listed-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const EVENTS: CatalogEvent[] = [
  { type: "agent.run.started", description: "An agent run started.", group: "run" },
  { type: "agent.run.completed", description: "An agent run finished with a result.", group: "run" },
  { type: "agent.run.failed", description: "An agent run stopped with an error.", group: "run" },
  { type: "agent.approval.requested", description: "An agent asked a human to approve a tool call.", group: "approval" },
];

const generate = () => listedCatalog("Hookyard AI agent preset (its own event types, sent as Standard Webhooks)", "https://www.standardwebhooks.com/", EVENTS);

export default { "ai-agent": generate } satisfies CatalogGenerators;
