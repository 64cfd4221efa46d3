// Google Sheets and Docs have no push API of their own: a spreadsheet or document is a Drive
// file, watched with Drive's files.watch. The file is the one chosen in the integration's
// settings (spreadsheetId / documentId); without one, every file of that type the account can
// see (one page, most recently modified first) gets a channel, as GitHub gets a hook per repo.
// File channels last at most a day (an hour when no expiration is asked for), so Hookyard asks
// for the day and the renewal job opens the next channel before it ends.
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/watch
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list
// https://developers.google.com/workspace/drive/api/guides/push (channel lifetimes)
import "server-only";
import type { RemoteSpec } from "../connect-types";
import { googleChannels } from "./google-channels";

export type DriveFileChannelOptions = {
  /** The Drive mime type of the files (application/vnd.google-apps.spreadsheet…). */
  mimeType: string;
  /** The integration_config key holding the chosen file id. */
  configKey: string;
  kind: string;
};

const FILE_CHANNEL_LIFETIME_MS = 24 * 3600_000;

export function driveFileChannels({ mimeType, configKey, kind }: DriveFileChannelOptions): RemoteSpec {
  return googleChannels({
    listResources: async (api, config) => {
      const chosen = config[configKey];
      if (typeof chosen === "string") return [{ id: chosen, name: chosen, kind }];
      const list = await api.request<{ files?: { id: string; name?: string }[] }>("GET", "/drive/v3/files", {
        query: { q: `mimeType='${mimeType}' and trashed=false`, orderBy: "modifiedTime desc", pageSize: 100, fields: "files(id,name)", supportsAllDrives: "true", includeItemsFromAllDrives: "true" },
      });
      return (list.files ?? []).map((f) => ({ id: f.id, name: f.name ?? f.id, kind }));
    },
    watchPath: (_api, fileId) => Promise.resolve(`/drive/v3/files/${encodeURIComponent(fileId)}/watch?supportsAllDrives=true`),
    stopPath: "/drive/v3/channels/stop",
    lifetimeMs: FILE_CHANNEL_LIFETIME_MS,
  });
}
