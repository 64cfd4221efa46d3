// One events.watch channel per calendar (calendarId from the settings, else every calendar
// the user can see). https://developers.google.com/workspace/calendar/api/v3/reference/events/watch
import "server-only";
import { googleChannels } from "../../shared/google-channels";

export const googleCalendarRemote = googleChannels({
  listResources: async (api, config) => {
    if (typeof config.calendarId === "string") return [{ id: config.calendarId, name: config.calendarId, kind: "calendar" }];
    // https://developers.google.com/workspace/calendar/api/v3/reference/calendarList/list
    const list = await api.request<{ items?: { id: string; summary?: string }[] }>("GET", "/calendar/v3/users/me/calendarList");
    return (list.items ?? []).map((c) => ({ id: c.id, name: c.summary ?? c.id, kind: "calendar" }));
  },
  watchPath: async (_api, calendarId) => `/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events/watch`,
  stopPath: "/calendar/v3/channels/stop",
});
