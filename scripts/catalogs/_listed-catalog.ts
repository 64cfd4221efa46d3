// A catalog written out from a docs page (or a preset's own list): the source is the page,
// and its count is the list's own length.
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";

export function listedCatalog(name: string, url: string, events: CatalogEvent[]): GeneratedCatalog {
  return { source: { name, url, count: events.length }, events };
}
