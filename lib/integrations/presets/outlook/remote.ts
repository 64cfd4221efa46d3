// Graph subscriptions on the Inbox messages and the calendar's events (Outlook resources
// last at most 10 080 minutes). https://learn.microsoft.com/en-us/graph/outlook-change-notifications-overview
import "server-only";
import { graphSubscriptions } from "../../shared/graph-subscriptions";

export const outlookRemote = graphSubscriptions({
  listResources: async () => [
    { id: "me/mailFolders('Inbox')/messages", name: "Inbox", kind: "mail" },
    { id: "me/events", name: "Calendar events", kind: "calendar" },
  ],
  changeType: (resource) => (resource.endsWith("/messages") ? "created" : "created,updated"),
  maxMinutes: 10_000,
});
