// Google Sheets: Drive files.watch on the spreadsheet. The channel-token check, the "sync"
// handshake and the header parsing live in the shared Google channel scheme.
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { driveFileActivity, googleChannelInbound, type GoogleChannelNotification } from "../../../inbound/schemes/google-channel";
import type { Activity, InboundSpec } from "../../../inbound/types";

// "update" says what changed in X-Goog-Changed: cell edits are "content", sharing is
// "permissions" (when both arrive together the edit wins); "trash" is moving it to the bin.
function trigger(notification: Partial<GoogleChannelNotification>): string | undefined {
  const changed = notification.changed ?? [];
  if (notification.resourceState === "trash") return "google_sheets_trigger_spreadsheet_trashed";
  if (notification.resourceState !== "update") return undefined;
  if (changed.includes("content")) return "google_sheets_trigger_spreadsheet_updated";
  if (changed.includes("permissions")) return "google_sheets_trigger_sharing_changed";
  return undefined;
}

function describe(notification: Partial<GoogleChannelNotification>): Activity | null {
  return driveFileActivity(notification, "Spreadsheet", (id) => `https://docs.google.com/spreadsheets/d/${encodeURIComponent(id)}/edit`);
}

export const googleSheetsInbound: InboundSpec = googleChannelInbound({ trigger, describe });
