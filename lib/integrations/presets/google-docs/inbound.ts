// Google Docs: Drive files.watch on the document. The channel-token check, the "sync" handshake
// and the header parsing live in the shared Google channel scheme.
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { driveFileActivity, googleChannelInbound, type GoogleChannelNotification } from "../../../inbound/schemes/google-channel";
import type { Activity, InboundSpec } from "../../../inbound/types";

// "update" says what changed in X-Goog-Changed: typing is "content", a rename "properties",
// sharing "permissions" (when edits and sharing arrive together the edit wins); "trash" is
// moving the document to the bin.
function trigger(notification: Partial<GoogleChannelNotification>): string | undefined {
  const changed = notification.changed ?? [];
  if (notification.resourceState === "trash") return "google_docs_trigger_document_trashed";
  if (notification.resourceState !== "update") return undefined;
  if (changed.includes("content") || changed.includes("properties")) return "google_docs_trigger_document_updated";
  if (changed.includes("permissions")) return "google_docs_trigger_document_permissions_changed";
  return undefined;
}

function describe(notification: Partial<GoogleChannelNotification>): Activity | null {
  return driveFileActivity(notification, "Google Doc", (id) => `https://docs.google.com/document/d/${encodeURIComponent(id)}/edit`);
}

export const googleDocsInbound: InboundSpec = googleChannelInbound({ trigger, describe });
