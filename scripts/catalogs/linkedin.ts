// LinkedIn's catalog, from the Organization Social Action Notifications page of the Community
// Management API, which lists the `action` values a notification can carry (presets/linkedin/
// inbound.ts returns the first notification's action as eventType()).
// https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/organization-social-action-notifications
import type { CatalogEvent } from "../../lib/integrations/event-catalog";
import { listedCatalog } from "./_listed-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const URL = "https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/organization-social-action-notifications";

const EVENTS: CatalogEvent[] = [
  { type: "LIKE", description: "Someone reacted to one of the organization's posts.", group: "reaction" },
  { type: "COMMENT", description: "Someone commented on one of the organization's posts.", group: "comment" },
  { type: "COMMENT_EDIT", description: "A comment on one of the organization's posts was edited.", group: "comment" },
  { type: "COMMENT_DELETE", description: "A comment on one of the organization's posts was deleted.", group: "comment" },
  { type: "ADMIN_COMMENT", description: "An administrator commented on one of the organization's posts as the organization.", group: "comment" },
  { type: "SHARE", description: "Someone reshared one of the organization's posts.", group: "share" },
  { type: "SHARE_MENTION", description: "The organization was mentioned in someone's post.", group: "mention" },
];

const generate = () => listedCatalog("LinkedIn Organization Social Action Notifications (action types)", URL, EVENTS);

export default { linkedin: generate } satisfies CatalogGenerators;
