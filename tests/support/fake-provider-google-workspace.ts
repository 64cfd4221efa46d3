// The fake's Drive files (Sheets, Docs) and Gmail endpoints, served by the `google` family after
// its Calendar ones: files.list / files.watch / channels.stop, users.getProfile / watch / stop.
// Drive channels join state.channels (as Calendar's); Gmail watches are kept in
// state.subscriptions with family "gmail". settings.googleWatchSeconds shortens what Google
// grants, so the renewal job can be watched at work.
import type { ServerResponse } from "node:http";
import { send, type Channel, type FakeState, type GmailWatch } from "./fake-provider-state";

type Call = { method: string; path: string; query: URLSearchParams };

export const SHEET_ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms"; // the Sheets fixtures' file
export const DOC_IDS = ["1qXz7bT3kPmN9vRwY2aLcD5eF8gHjK0oU4sVxZ6iQwE", "1DocTwoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]; // the first is the Docs fixtures' file
export const GMAIL_ADDRESS = "ada@gmail.com";

const FILES = [
  { id: SHEET_ID, name: "Budget", mimeType: "application/vnd.google-apps.spreadsheet" },
  { id: DOC_IDS[0], name: "Design notes", mimeType: "application/vnd.google-apps.document" },
  { id: DOC_IDS[1], name: "Minutes", mimeType: "application/vnd.google-apps.document" },
];

const DAY_MS = 24 * 3600_000;

/** What Google grants: the asked-for (or default) lifetime, cut to settings.googleWatchSeconds. */
function granted(state: FakeState, askedMs: number): number {
  const cap = state.settings.googleWatchSeconds;
  return Date.now() + Math.min(askedMs, cap ? cap * 1000 : Infinity);
}

type WatchRequest = Partial<Pick<Channel, "id" | "type" | "address" | "token">> & { resourceId?: string; expiration?: string | number };
type GmailWatchRequest = Pick<GmailWatch, "topicName" | "labelIds" | "labelFilterBehavior">;

export function googleWorkspace(state: FakeState, { method, path, query }: Call, body: unknown, res: ServerResponse): boolean {
  const json = body as WatchRequest;
  if (method === "GET" && path === "/drive/v3/files") {
    const mimeType = /mimeType='([^']+)'/.exec(query.get("q") ?? "")?.[1];
    return (send(res, 200, { files: FILES.filter((f) => !mimeType || f.mimeType === mimeType).map(({ id, name }) => ({ id, name })) }), true);
  }
  const watch = /^\/drive\/v3\/files\/([^/]+)\/watch$/.exec(path);
  if (method === "POST" && watch) {
    const fileId = decodeURIComponent(watch[1]);
    if (!FILES.some((f) => f.id === fileId)) return (send(res, 404, { error: { code: 404, message: `File not found: ${fileId}.` } }), true);
    if (json.type !== "web_hook" || !json.address || !json.id) return (send(res, 400, { error: { code: 400, message: "id, type and address are required" } }), true);
    const asked = json.expiration ? Number(json.expiration) - Date.now() : 3600_000;
    const channel: Channel = { ...json, fileId, resourceId: `res-${state.nextId++}`, expiration: String(granted(state, Math.min(asked, DAY_MS))), stopped: false };
    state.channels.push(channel);
    return (
      send(res, 200, {
        kind: "api#channel",
        id: channel.id,
        resourceId: channel.resourceId,
        resourceUri: `https://www.googleapis.com/drive/v3/files/${fileId}?alt=json`,
        expiration: channel.expiration,
      }),
      true
    );
  }
  if (method === "POST" && path === "/drive/v3/channels/stop") {
    const channel = state.channels.find((c) => c.id === json.id && c.resourceId === json.resourceId);
    if (!channel) return (send(res, 404, { error: { message: "Channel not found" } }), true);
    channel.stopped = true;
    return (send(res, 204), true);
  }
  return gmail(state, method, path, body as GmailWatchRequest, res);
}

function gmail(state: FakeState, method: string, path: string, json: GmailWatchRequest, res: ServerResponse): boolean {
  if (method === "GET" && path === "/gmail/v1/users/me/profile") return (send(res, 200, { emailAddress: GMAIL_ADDRESS, messagesTotal: 12, threadsTotal: 10, historyId: "4827351" }), true);
  if (method === "POST" && path === "/gmail/v1/users/me/watch") {
    if (!/^projects\/[^/]+\/topics\/[^/]+$/.test(json.topicName ?? "")) return (send(res, 400, { error: { code: 400, message: "Invalid topicName does not match projects/*/topics/*" } }), true);
    // One watch per mailbox: calling watch again replaces (renews) it.
    const current = state.subscriptions.find((s): s is GmailWatch => s.family === "gmail" && s.mailbox === GMAIL_ADDRESS && !s.stopped);
    const watch: GmailWatch = current ?? { family: "gmail", mailbox: GMAIL_ADDRESS, watchCalls: 0, stopped: false };
    Object.assign(watch, {
      topicName: json.topicName,
      labelIds: json.labelIds,
      labelFilterBehavior: json.labelFilterBehavior,
      expiration: String(granted(state, 7 * DAY_MS)),
      watchCalls: watch.watchCalls + 1,
    });
    if (!current) state.subscriptions.push(watch);
    return (send(res, 200, { historyId: "4827351", expiration: watch.expiration }), true);
  }
  if (method === "POST" && path === "/gmail/v1/users/me/stop") {
    for (const s of state.subscriptions) if (s.family === "gmail" && s.mailbox === GMAIL_ADDRESS) s.stopped = true;
    return (send(res, 204), true);
  }
  return false;
}
