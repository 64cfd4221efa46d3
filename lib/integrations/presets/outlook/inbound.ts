// Outlook mail and calendar through Microsoft Graph change notifications: validationToken
// handshake, clientState check and batch splitting live in the shared Graph scheme; this file
// maps Users/{id}/Messages|Events resources to Hookyard's triggers and sentences.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
// https://learn.microsoft.com/en-us/graph/outlook-change-notifications-overview
import "server-only";
import { CONSUMER_TENANT_ID, graphInbound, graphSegment, type GraphNotification } from "../../../inbound/schemes/microsoft-graph";
import type { Activity, InboundSpec } from "../../../inbound/types";

const MESSAGE = /^users\/[^/]+\/messages\/[^/]+$/i;
const EVENT = /^users\/[^/]+\/events\/[^/]+$/i;

const resourceOf = (item: GraphNotification) => (item.resource ?? "").replace(/^\//, "");

function trigger(item: GraphNotification): string | undefined {
  const resource = resourceOf(item);
  if (MESSAGE.test(resource)) return item.changeType === "created" ? "outlook_trigger_new_email" : undefined;
  if (EVENT.test(resource)) {
    if (item.changeType === "created") return "outlook_trigger_event_created";
    if (item.changeType === "updated") return "outlook_trigger_event_updated";
  }
  return undefined;
}

/** The mailbox owner: Graph writes the resource as Users/{user-id}@{tenant-id}/… */
function identify(item: GraphNotification): string | null {
  const user = graphSegment(resourceOf(item), "users");
  return user ? user.split("@")[0] : null;
}

// The same links Graph returns as message.webLink / event.webLink (outlook.live.com for
// personal accounts, outlook.office365.com for work and school ones).
function owaLink(item: GraphNotification, itemId: string, kind: "message" | "event"): string {
  const host = item.tenantId === CONSUMER_TENANT_ID ? "https://outlook.live.com" : "https://outlook.office365.com";
  const url = new URL("/owa/", host);
  url.searchParams.set("ItemID", itemId);
  url.searchParams.set("exvsurl", "1");
  if (kind === "message") url.searchParams.set("viewmodel", "ReadMessageItem");
  else url.searchParams.set("path", "/calendar/item");
  return url.toString();
}

function describe(item: GraphNotification): Activity | null {
  const resource = resourceOf(item);
  const itemId = item.resourceData?.id ?? resource.split("/").pop() ?? "";
  const user = identify(item) ?? "the mailbox owner";
  if (MESSAGE.test(resource)) return { text: `New email in the Outlook Inbox of user ${user}`, sourceUrl: owaLink(item, itemId, "message") };
  if (EVENT.test(resource)) {
    const what = item.changeType === "created" ? "added to" : item.changeType === "updated" ? "updated in" : "removed from";
    return { text: `An event was ${what} the Outlook calendar of user ${user}`, sourceUrl: owaLink(item, itemId, "event") };
  }
  return null;
}

export const outlookInbound: InboundSpec = graphInbound({ trigger, identify, describe });
