// TikTok's catalog, from the "Webhook Events" page of TikTok for Developers, which lists every
// event a developer app's callback URL receives (the body's `event`, returned by
// presets/tiktok/inbound.ts): Login Kit's deauthorization, Content Posting (Video Kit) upload
// and publish results, and Data Portability's download readiness.
// https://developers.tiktok.com/doc/webhooks-events/
import type { CatalogEvent } from "../../lib/integrations/event-catalog";
import { listedCatalog } from "./_listed-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const EVENTS: CatalogEvent[] = [
  { type: "authorization.removed", description: "A user's account was deauthorized from the app (content.reason says why).", group: "authorization" },
  { type: "video.upload.failed", description: "A video shared through the Content Posting API failed to upload to TikTok.", group: "video" },
  { type: "video.publish.completed", description: "A user published a video the app shared through the Content Posting API.", group: "video" },
  { type: "portability.download.ready", description: "A Data Portability API data request is ready to be downloaded.", group: "portability" },
];

const generate = () => listedCatalog("TikTok for Developers webhook events", "https://developers.tiktok.com/doc/webhooks-events/", EVENTS);

export default { tiktok: generate } satisfies CatalogGenerators;
