// Google Calendar push notifications (events.watch). Google's POST has an EMPTY body: all
// the information is in X-Goog-* headers. The samples and schemas below are therefore the
// object Hookyard derives from those headers:
//   X-Goog-Channel-ID → channelId          X-Goog-Channel-Token → channelToken
//   X-Goog-Channel-Expiration → channelExpiration (RFC 1123 date, optional)
//   X-Goog-Resource-ID → resourceId        X-Goog-Resource-URI → resourceUri
//   X-Goog-Resource-State → resourceState  X-Goog-Message-Number → messageNumber
// The first message on a channel has state "sync" and only confirms the watch (not an
// event). Later ones say "exists" whenever anything in the watched calendar changed;
// Google does not say what, so Hookyard runs an incremental events.list (syncToken) to
// tell a created event from an updated or cancelled one. All three triggers therefore
// share one shape. Header names and states follow:
// https://developers.google.com/workspace/calendar/api/guides/push
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import eventCreatedSample from "./fixtures/event-created.json";
import eventUpdatedSample from "./fixtures/event-updated.json";
import eventCancelledSample from "./fixtures/event-cancelled.json";

export const calendarNotificationSchema = z.looseObject({
  channelId: z.string().min(1).max(64),
  channelToken: z.string().max(256).optional(),
  channelExpiration: z.string().optional(),
  resourceId: z.string().min(1),
  resourceUri: z.url(),
  resourceState: z.enum(["exists", "not_exists"]),
  messageNumber: z.coerce.number().int().positive(), // header value, parsed as an integer
});

export const eventCreatedSchema = calendarNotificationSchema;
export const eventUpdatedSchema = calendarNotificationSchema;
export const eventCancelledSchema = calendarNotificationSchema;

export const GOOGLE_CALENDAR_TRIGGERS: TriggerDefinition[] = [
  {
    value: "google_calendar_trigger_event_created",
    eventTypes: ["exists"],
    group: "event",
    description: "An event is added to the watched calendar",
    schema: eventCreatedSchema,
    sample: eventCreatedSample,
  },
  {
    value: "google_calendar_trigger_event_updated",
    eventTypes: ["exists"],
    group: "event",
    description: "An event in the watched calendar is changed",
    schema: eventUpdatedSchema,
    sample: eventUpdatedSample,
  },
  {
    value: "google_calendar_trigger_event_cancelled",
    eventTypes: ["not_exists"],
    group: "event",
    description: "An event in the watched calendar is deleted or cancelled",
    schema: eventCancelledSchema,
    sample: eventCancelledSample,
  },
];
