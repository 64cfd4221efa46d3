// A Drive files.watch channel on the document (the Docs API has no push API).
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/watch
import "server-only";
import { driveFileChannels } from "../../shared/drive-file-channels";

export const googleDocsRemote = driveFileChannels({ mimeType: "application/vnd.google-apps.document", configKey: "documentId", kind: "document" });
