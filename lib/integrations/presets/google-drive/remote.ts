// changes.watch on the user's Drive from the current start page token.
// https://developers.google.com/workspace/drive/api/reference/rest/v3/changes/watch
import "server-only";
import { googleChannels } from "../../shared/google-channels";

export const googleDriveRemote = googleChannels({
  listResources: async () => [{ id: "changes", name: "My Drive (all changes)", kind: "drive" }],
  watchPath: async (api) => {
    const { startPageToken } = await api.request<{ startPageToken: string }>("GET", "/drive/v3/changes/startPageToken");
    return `/drive/v3/changes/watch?pageToken=${encodeURIComponent(startPageToken)}`;
  },
  stopPath: "/drive/v3/channels/stop",
});
