import { describe, expect, it } from "vitest";
import { recordingApi } from "@/tests/support/recording-api";
import { driveFileChannels } from "./drive-file-channels";

const remote = driveFileChannels({ mimeType: "application/vnd.google-apps.spreadsheet", configKey: "spreadsheetId", kind: "spreadsheet" });

describe("driveFileChannels", () => {
  it("watches the chosen file only, else lists the files of its type", async () => {
    const { api, calls } = recordingApi({ "GET /drive/v3/files": { files: [{ id: "f1", name: "Budget" }] } });
    expect(await remote.listResources(api, { spreadsheetId: "chosen" })).toEqual([{ id: "chosen", name: "chosen", kind: "spreadsheet" }]);
    expect(calls).toEqual([]);
    expect(await remote.listResources(api, {})).toEqual([{ id: "f1", name: "Budget", kind: "spreadsheet" }]);
    expect(calls[0].options.query?.q).toBe("mimeType='application/vnd.google-apps.spreadsheet' and trashed=false");
  });

  it("opens a files.watch channel for a day with the secret as its token", async () => {
    const { api, calls } = recordingApi({ "POST /drive/v3/files/f1/watch": { id: "ch-1", resourceId: "r-1", expiration: "1900000000000" } });
    const before = Date.now();
    const created = await remote.create(api, { resource: { id: "f1", name: "Budget", kind: "spreadsheet" }, url: "https://hooks.test/w", secret: "tok", triggerTypes: [], config: {} });
    const body = calls[0].options.json as Record<string, string>;
    expect(calls[0].path).toBe("/drive/v3/files/f1/watch?supportsAllDrives=true");
    expect(body).toMatchObject({ type: "web_hook", address: "https://hooks.test/w", token: "tok" });
    expect(Number(body.expiration) - before).toBeGreaterThanOrEqual(24 * 3600_000);
    expect(created).toEqual({ remoteId: "ch-1", expiresAt: new Date(1900000000000), extra: { resourceId: "r-1" } });
  });
});
