// Google Calendar: push notifications from an events.watch channel. Google echoes the
// channel's `token` (chosen by Hookyard when it creates the channel) in the
// X-Goog-Channel-Token header of every notification; Hookyard compares it in constant
// time and checks X-Goog-Resource-State.
// https://developers.google.com/workspace/calendar/api/guides/push
import "server-only";
import { z } from "zod";
import { randomToken } from "../../../crypto";
import type { IntegrationPreset } from "../../types";
import { GOOGLE_CALENDAR_TRIGGERS } from "./events";
import { googleCalendarInbound } from "./inbound";
import { googleOAuth } from "../../shared/google-oauth";
import { googleCalendarRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const googleCalendar: IntegrationPreset = {
  id: "google-calendar",
  name: "Google Calendar",
  description: "Created, changed and cancelled events in a Google Calendar.",
  category: "Productivity",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["openid", "email", "https://www.googleapis.com/auth/calendar.readonly"],
  authType: "oauth",
  docsUrl: "https://developers.google.com/workspace/calendar/api/guides/push",
  color: "#4285F4",
  icon: "/integrations/google-calendar.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Google's Calendar push-notification guide gives no redelivery schedule for a failed notification; Hookyard could not confirm one.",
    docsUrl: "https://developers.google.com/workspace/calendar/api/guides/push",
  },
  verification: {
    scheme: "Google channel token (X-Goog-Channel-Token)",
    secretSource: "hookyard",
    secretLabel: "Channel token",
    generateSecret: () => randomToken(32),
  },
  configSchema: z.object({
    /** Calendar to watch: "primary" or a calendar id such as team@group.calendar.google.com. */
    calendarId: z.string().min(1).optional(),
  }),
  triggers: GOOGLE_CALENDAR_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: googleCalendarInbound,
  oauth: googleOAuth,
  remote: googleCalendarRemote,
  setupInstructions: [
    "Connect your Google account under Connections and allow read access to your calendars.",
    'Choose the calendar to follow (calendarId; "primary" when empty). Hookyard creates the watch channel with events.watch, address {webhookUrl} and this integration\'s channel token, and recreates it before Google lets it expire.',
    "To create the channel by hand instead, copy the channel token that Hookyard shows once when you create this integration.",
    'In the APIs Explorer (or any client with a Calendar token) POST https://www.googleapis.com/calendar/v3/calendars/<calendarId>/events/watch with {"id": "<a new UUID>", "type": "web_hook", "address": "{webhookUrl}", "token": "<the channel token>"}. The URL must be public HTTPS with a valid certificate.',
    'Google immediately sends a "sync" message, which Hookyard accepts without creating an event. Manual channels stop at their expiration; repeat the watch call with a new id before then.',
    "Add or change an event in that calendar; the notification appears in this integration's event history.",
  ],
};
