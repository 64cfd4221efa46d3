// Google Calendar push notifications (events.watch): the channel-token check, the "sync"
// handshake and the header parsing live in the shared Google channel scheme.
// https://developers.google.com/workspace/calendar/api/guides/push
import "server-only";
import { googleChannelInbound, type GoogleChannelNotification } from "../../../inbound/schemes/google-channel";
import type { Activity, InboundSpec } from "../../../inbound/types";

/** The calendar in an events.watch resource URI (…/calendar/v3/calendars/<id>/events?alt=json). */
export function calendarIdOf(resourceUri: string | undefined): string | null {
  const match = /\/calendar\/v3\/calendars\/([^/?#]+)\/events/.exec(resourceUri ?? "");
  return match ? decodeURIComponent(match[1]) : null;
}

// Calendar says only "exists" (something in the watched calendar changed) or "not_exists" (the
// watched resource is gone); it never says whether an event was created, changed or cancelled.
// Hookyard files "exists" under event_updated, the trigger that means "an event changed"; only an
// incremental events.list (syncToken) can tell a creation or a cancellation apart.
function trigger(notification: Partial<GoogleChannelNotification>): string | undefined {
  if (notification.resourceState === "exists") return "google_calendar_trigger_event_updated";
  if (notification.resourceState === "not_exists") return "google_calendar_trigger_event_cancelled";
  return undefined;
}

function describe(notification: Partial<GoogleChannelNotification>): Activity {
  const calendarId = calendarIdOf(notification.resourceUri) ?? "the watched calendar";
  const text = notification.resourceState === "not_exists" ? `Google Calendar ${calendarId} reported a deleted resource` : `Events changed in Google Calendar ${calendarId}`;
  return { text, sourceUrl: "https://calendar.google.com/calendar/r" };
}

// A test of event_cancelled carries "not_exists", the state filed under it (its sample shows
// "exists"). event_created cannot be told apart on the wire: its test sends "exists" like Google
// does, and the receiver files it under event_updated, as it files every real "exists".
const testResourceState = (value: string) => (value === "google_calendar_trigger_event_cancelled" ? "not_exists" : "exists");

export const googleCalendarInbound: InboundSpec = googleChannelInbound({ trigger, describe, testResourceState });
