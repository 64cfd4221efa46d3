// One Linear webhook per team (webhookCreate with teamId), signed with the secret Hookyard
// passes in WebhookCreateInput.secret; resourceTypes follow the selected triggers.
// https://linear.app/developers/webhooks
import "server-only";
import type { RemoteSpec } from "../../connect-types";
import { linearQuery } from "./graphql";

const RESOURCE_TYPES: Record<string, string> = {
  linear_trigger_issue_created: "Issue",
  linear_trigger_issue_updated: "Issue",
  linear_trigger_comment_created: "Comment",
  linear_trigger_project_updated: "Project",
  linear_trigger_cycle_updated: "Cycle",
  linear_trigger_issue_label_created: "IssueLabel",
};

type Webhook = { id: string; url: string; enabled: boolean; team?: { id: string } | null };

export const linearRemote: RemoteSpec = {
  listResources: async (api) => {
    const data = await linearQuery<{ teams: { nodes: { id: string; name: string }[] } }>(api, "query { teams(first: 250) { nodes { id name } } }");
    return data.teams.nodes.map((t) => ({ id: t.id, name: t.name, kind: "team" }));
  },
  create: async (api, { resource, url, secret, triggerTypes }) => {
    const resourceTypes = triggerTypes.includes("*") ? [...new Set(Object.values(RESOURCE_TYPES))] : [...new Set(triggerTypes.map((t) => RESOURCE_TYPES[t]).filter(Boolean))];
    const data = await linearQuery<{ webhookCreate: { success: boolean; webhook: { id: string } | null } }>(
      api,
      "mutation($input: WebhookCreateInput!) { webhookCreate(input: $input) { success webhook { id enabled } } }",
      { input: { url, teamId: resource.id, resourceTypes, secret, label: "Hookyard" } },
    );
    if (!data.webhookCreate.success || !data.webhookCreate.webhook) throw new Error("Linear did not create the webhook (success: false)");
    return { remoteId: data.webhookCreate.webhook.id };
  },
  delete: async (api, webhook) => {
    await linearQuery(api, "mutation($id: String!) { webhookDelete(id: $id) { success } }", { id: webhook.remoteId });
  },
  list: async (api, resource) => {
    const data = await linearQuery<{ webhooks: { nodes: Webhook[] } }>(api, "query { webhooks(first: 250) { nodes { id url enabled team { id } } } }");
    return data.webhooks.nodes.filter((w) => w.team?.id === resource).map((w) => ({ remoteId: w.id, url: w.url, active: w.enabled }));
  },
};
