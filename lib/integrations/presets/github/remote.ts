// Repository webhooks through the REST API, one per repository the user administers.
// https://docs.github.com/en/rest/repos/webhooks#create-a-repository-webhook
// config.secret is what GitHub signs X-Hub-Signature-256 with; events are the trigger
// names without the prefix (github_trigger_push → push).
import "server-only";
import type { RemoteSpec } from "../../connect-types";

type Repo = { full_name: string; permissions?: { admin?: boolean } };
type Hook = { id: number; active: boolean; config: { url?: string } };

const repoPath = (fullName: string) => `/repos/${fullName.split("/").map(encodeURIComponent).join("/")}`;

export const githubRemote: RemoteSpec = {
  // https://docs.github.com/en/rest/repos/repos#list-repositories-for-the-authenticated-user
  listResources: async (api) => {
    const repos = await api.request<Repo[]>("GET", "/user/repos", { query: { per_page: 100, sort: "updated", affiliation: "owner,collaborator,organization_member" } });
    return repos.filter((r) => r.permissions?.admin !== false).map((r) => ({ id: r.full_name, name: r.full_name, kind: "repository" }));
  },
  create: async (api, { resource, url, secret, triggerTypes }) => {
    const events = triggerTypes.map((t) => t.replace(/^github_trigger_/, ""));
    const hook = await api.request<Hook>("POST", `${repoPath(resource.id)}/hooks`, {
      json: { name: "web", active: true, events, config: { url, content_type: "json", secret, insecure_ssl: "0" } },
    });
    return { remoteId: String(hook.id) };
  },
  delete: async (api, webhook) => {
    await api.request("DELETE", `${repoPath(webhook.resource)}/hooks/${encodeURIComponent(webhook.remoteId)}`);
  },
  list: async (api, resource) => {
    const hooks = await api.request<Hook[]>("GET", `${repoPath(resource)}/hooks`, { query: { per_page: 100 } });
    return hooks.map((h) => ({ remoteId: String(h.id), url: h.config.url ?? "", active: h.active }));
  },
};
