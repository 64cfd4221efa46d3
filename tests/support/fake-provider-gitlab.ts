// The fake's `gitlab` family: GET /user (SETUP), the projects the user maintains, and project
// hooks (create, list, delete) kept in state.hooks with family "gitlab". Like GitLab, the list
// never shows a hook's token.
// https://docs.gitlab.com/api/project_webhooks/
import type { ServerResponse } from "node:http";
import { send, type FakeState, type GitlabHook } from "./fake-provider-state";

type Call = { method: string; path: string; query: URLSearchParams };

export const GITLAB_PROJECTS = [
  { id: 11, path_with_namespace: "ada/one" },
  { id: 12, path_with_namespace: "ada/two" },
];

export function gitlab(state: FakeState, { method, path, query }: Call, body: unknown, res: ServerResponse): boolean {
  const json = body as { url?: string; token?: string; [field: string]: unknown };
  if (method === "GET" && path === "/user") return (send(res, 200, { id: 2001, username: "ada", name: "Ada Lovelace" }), true);
  if (method === "GET" && path === "/projects") {
    return (send(res, 200, query.get("membership") === "true" && Number(query.get("min_access_level")) >= 40 ? GITLAB_PROJECTS : []), true);
  }
  const m = /^\/projects\/(\d+)\/hooks(?:\/(\d+))?$/.exec(path);
  if (!m || !GITLAB_PROJECTS.some((p) => String(p.id) === m[1])) return false;
  const shown = ({ token: _token, family: _family, ...hook }: GitlabHook) => hook;
  if (method === "POST" && !m[2]) {
    const { url } = json;
    if (!url) return (send(res, 400, { message: { url: ["can't be blank"] } }), true);
    const hook: GitlabHook = { ...json, url, id: state.nextId++, family: "gitlab", project_id: Number(m[1]), created_at: new Date().toISOString() };
    state.hooks.push(hook);
    return (send(res, 201, shown(hook)), true);
  }
  if (method === "GET" && !m[2]) return (send(res, 200, state.hooks.filter((h): h is GitlabHook => h.family === "gitlab" && h.project_id === Number(m[1])).map(shown)), true);
  if (method === "DELETE" && m[2]) {
    const before = state.hooks.length;
    state.hooks = state.hooks.filter((h) => !(h.family === "gitlab" && String(h.id) === m[2]));
    return (send(res, before === state.hooks.length ? 404 : 204), true);
  }
  return false;
}
