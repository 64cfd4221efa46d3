// A Drive files.watch channel on the spreadsheet (Sheets itself has no push API).
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/watch
import "server-only";
import { driveFileChannels } from "../../shared/drive-file-channels";

export const googleSheetsRemote = driveFileChannels({ mimeType: "application/vnd.google-apps.spreadsheet", configKey: "spreadsheetId", kind: "spreadsheet" });
