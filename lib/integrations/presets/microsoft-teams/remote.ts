// A Graph subscription per joined team on its channel messages (up to 4 320 minutes without
// resource data). https://learn.microsoft.com/en-us/graph/teams-changenotifications-chatmessage
// https://learn.microsoft.com/en-us/graph/api/user-list-joinedteams
import "server-only";
import { graphSubscriptions } from "../../shared/graph-subscriptions";

export const microsoftTeamsRemote = graphSubscriptions({
  listResources: async (api) => {
    const teams = await api.request<{ value: { id: string; displayName: string }[] }>("GET", "/me/joinedTeams");
    return teams.value.map((t) => ({ id: `teams/${t.id}/channels/getAllMessages`, name: t.displayName, kind: "team" }));
  },
  changeType: () => "created,updated",
  maxMinutes: 4_200,
});
