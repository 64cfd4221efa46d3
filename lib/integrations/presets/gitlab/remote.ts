// Project webhooks, one per project the user maintains (access level ≥ 40). `token` is
// what GitLab sends back in X-Gitlab-Token.
// https://docs.gitlab.com/api/project_webhooks/#add-a-webhook-to-a-project
import "server-only";
import type { RemoteSpec } from "../../connect-types";

const EVENT_FLAGS: Record<string, string> = {
  gitlab_trigger_push: "push_events",
  gitlab_trigger_merge_request: "merge_requests_events",
  gitlab_trigger_issue: "issues_events",
  gitlab_trigger_pipeline: "pipeline_events",
};

/** Every event flag of the project hook API, for an endpoint that takes all events ("*"). */
const ALL_EVENT_FLAGS = [
  "push_events",
  "tag_push_events",
  "issues_events",
  "confidential_issues_events",
  "merge_requests_events",
  "note_events",
  "confidential_note_events",
  "job_events",
  "pipeline_events",
  "wiki_page_events",
  "deployment_events",
  "releases_events",
  "feature_flag_events",
  "emoji_events",
  "resource_access_token_events",
  "member_events",
  "project_events",
  "milestone_events",
];

type Hook = { id: number; url: string };

export const gitlabRemote: RemoteSpec = {
  // https://docs.gitlab.com/api/projects/#list-all-projects
  listResources: async (api) => {
    const projects = await api.request<{ id: number; path_with_namespace: string }[]>("GET", "/projects", { query: { membership: "true", min_access_level: 40, per_page: 100 } });
    return projects.map((p) => ({ id: String(p.id), name: p.path_with_namespace, kind: "project" }));
  },
  create: async (api, { resource, url, secret, triggerTypes }) => {
    const flags = triggerTypes.includes("*")
      ? Object.fromEntries(ALL_EVENT_FLAGS.map((flag) => [flag, true]))
      : Object.fromEntries(Object.entries(EVENT_FLAGS).map(([trigger, flag]) => [flag, triggerTypes.includes(trigger)]));
    const hook = await api.request<Hook>("POST", `/projects/${encodeURIComponent(resource.id)}/hooks`, { json: { url, token: secret, enable_ssl_verification: true, ...flags } });
    return { remoteId: String(hook.id) };
  },
  delete: async (api, webhook) => {
    await api.request("DELETE", `/projects/${encodeURIComponent(webhook.resource)}/hooks/${encodeURIComponent(webhook.remoteId)}`);
  },
  list: async (api, resource) => (await api.request<Hook[]>("GET", `/projects/${encodeURIComponent(resource)}/hooks`)).map((h) => ({ remoteId: String(h.id), url: h.url })),
};
