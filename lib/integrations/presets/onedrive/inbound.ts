// OneDrive through Microsoft Graph change notifications: validationToken handshake, clientState
// check and batch splitting live in the shared Graph scheme. A drive notification only says
// that something under the watched resource changed ("updated"); the delta API tells what.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
// https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/using-webhooks
import "server-only";
import { CONSUMER_TENANT_ID, graphInbound, type GraphNotification } from "../../../inbound/schemes/microsoft-graph";
import type { Activity, InboundSpec } from "../../../inbound/types";

function trigger(item: GraphNotification): string | undefined {
  return item.changeType === "updated" ? "onedrive_trigger_drive_item_changed" : undefined;
}

function describe(item: GraphNotification): Activity | null {
  const personal = !item.tenantId || item.tenantId === CONSUMER_TENANT_ID;
  return {
    text: `Files changed in OneDrive under ${item.resource ?? "the watched folder"}`,
    // OneDrive for Business lives on the tenant's own SharePoint host; office.com sends the user there.
    sourceUrl: personal ? "https://onedrive.live.com/" : "https://www.office.com/launch/onedrive",
  };
}

export const onedriveInbound: InboundSpec = graphInbound({ trigger, describe });
