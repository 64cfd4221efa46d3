// Mailchimp's catalog, from its audience webhooks guide, which lists the six event types an
// audience webhook can send (the `type` form field, returned by presets/mailchimp/inbound.ts);
// the Marketing API's webhook `events` object has the same six switches.
// https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/
// https://mailchimp.com/developer/marketing/api/list-webhooks/
import type { CatalogEvent } from "../../lib/integrations/event-catalog";
import { listedCatalog } from "./_listed-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const EVENTS: CatalogEvent[] = [
  { type: "subscribe", description: "Someone subscribed to the audience.", group: "member" },
  { type: "unsubscribe", description: "A contact unsubscribed from the audience or was deleted from it.", group: "member", actions: ["unsub", "delete"] },
  { type: "profile", description: "A contact's profile (merge fields, interests) was updated.", group: "member" },
  { type: "upemail", description: "A contact changed their email address.", group: "member" },
  { type: "cleaned", description: "An address was cleaned from the audience after hard bounces or an abuse report.", group: "member", actions: ["hard", "abuse"] },
  { type: "campaign", description: "A campaign was sent to the audience.", group: "campaign" },
];

const generate = () => listedCatalog("Mailchimp audience webhooks guide", "https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/", EVENTS);

export default { mailchimp: generate } satisfies CatalogGenerators;
