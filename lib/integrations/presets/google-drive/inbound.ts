// Google Drive push notifications (changes.watch for a whole drive, files.watch for one file):
// the channel-token check, the "sync" handshake and the header parsing live in the shared
// Google channel scheme.
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { driveFileActivity, googleChannelInbound, type GoogleChannelNotification } from "../../../inbound/schemes/google-channel";
import type { Activity, InboundSpec } from "../../../inbound/types";

// files.watch names the change (add / update / trash / untrash / remove). changes.watch only ever
// says "change": something in the drive changed, and changes.list says what. Such a channel is how
// Hookyard learns about new files anywhere in a drive, so "change" is filed under file_created
// (the trigger whose sample it is); untrash and remove have no trigger.
function trigger(notification: Partial<GoogleChannelNotification>): string | undefined {
  switch (notification.resourceState) {
    case "add":
    case "change":
      return "google_drive_trigger_file_created";
    case "update":
      return "google_drive_trigger_file_updated";
    case "trash":
      return "google_drive_trigger_file_trashed";
    default:
      return undefined;
  }
}

function describe(notification: Partial<GoogleChannelNotification>): Activity | null {
  if (notification.resourceState === "change") {
    return { text: "Files changed in Google Drive", sourceUrl: "https://drive.google.com/drive/recent" };
  }
  return driveFileActivity(notification, "Drive file", (id) => `https://drive.google.com/open?id=${encodeURIComponent(id)}`);
}

export const googleDriveInbound: InboundSpec = googleChannelInbound({ trigger, describe });
