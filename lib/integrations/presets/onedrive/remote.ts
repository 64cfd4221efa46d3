// A Graph subscription on the drive root (driveItem changes are only "updated"; up to 42 300
// minutes). https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/using-webhooks
import "server-only";
import { graphSubscriptions } from "../../shared/graph-subscriptions";

export const onedriveRemote = graphSubscriptions({
  listResources: async () => [{ id: "me/drive/root", name: "OneDrive (root)", kind: "drive" }],
  changeType: () => "updated",
  maxMinutes: 42_000,
});
