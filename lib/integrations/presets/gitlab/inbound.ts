// GitLab project and group webhooks: JSON bodies told apart by object_kind, with the
// webhook's secret token echoed back in a header instead of a signature.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Activity, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, header, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";
import { constantTimeEqual } from "../../../crypto";

type GitLabUser = { id?: number; name?: string; username?: string };
type GitLabPayload = {
  object_kind?: string;
  event_name?: string;
  ref?: string;
  before?: string;
  after?: string;
  user_id?: number;
  user_name?: string;
  total_commits_count?: number;
  commits?: { url?: string }[];
  user?: GitLabUser;
  project?: { path_with_namespace?: string; web_url?: string };
  object_attributes?: { id?: number; iid?: number; title?: string; action?: string; url?: string; ref?: string; status?: string };
};

const TRIGGERS = new Map([
  ["push", "gitlab_trigger_push"],
  ["merge_request", "gitlab_trigger_merge_request"],
  ["issue", "gitlab_trigger_issue"],
  ["pipeline", "gitlab_trigger_pipeline"],
]);

/** object_attributes.action is a verb stem ("open", "merge"…); these read as past tense. */
const PAST = new Map([
  ["open", "opened"],
  ["close", "closed"],
  ["reopen", "reopened"],
  ["update", "updated"],
  ["merge", "merged"],
  ["approved", "approved"],
  ["unapproved", "unapproved"],
  ["approval", "approved"],
  ["unapproval", "unapproved"],
]);

const ZERO_SHA = /^0{40}$/;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function describe(p: GitLabPayload): Activity | undefined {
  const project = p.project?.path_with_namespace ?? "a project";
  const web = p.project?.web_url;
  const who = p.user?.name ?? p.user_name ?? "Someone";
  const a = p.object_attributes;
  const verb = PAST.get(a?.action ?? "") ?? a?.action ?? "updated";
  switch (p.object_kind) {
    case "push": {
      const branch = (p.ref ?? "").replace(/^refs\/heads\//, "");
      const count = p.total_commits_count ?? p.commits?.length ?? 0;
      if (p.after && ZERO_SHA.test(p.after)) return { text: `${who} deleted branch ${branch} in ${project}`, sourceUrl: web ?? null };
      // A new branch has no "before" to compare with: link to the branch instead.
      const link = !web ? null : p.before && !ZERO_SHA.test(p.before) ? `${web}/-/compare/${p.before}...${p.after}` : `${web}/-/tree/${branch}`;
      return { text: `${who} pushed ${plural(count, "commit")} to ${project} (${branch})`, sourceUrl: link };
    }
    case "merge_request":
      return { text: `${who} ${verb} merge request !${a?.iid} in ${project}: ${a?.title}`, sourceUrl: a?.url ?? null };
    case "issue":
      return { text: `${who} ${verb} issue #${a?.iid} in ${project}: ${a?.title}`, sourceUrl: a?.url ?? null };
    case "pipeline":
      return {
        text: `Pipeline #${a?.id} for ${a?.ref} in ${project}: ${a?.status}`,
        sourceUrl: a?.url ?? (web && a?.id !== undefined ? `${web}/-/pipelines/${a.id}` : null),
      };
  }
  return undefined;
}

/** X-Gitlab-Event for each trigger. */
const HOOK_OF_TRIGGER = new Map([
  ["gitlab_trigger_push", "Push Hook"],
  ["gitlab_trigger_merge_request", "Merge Request Hook"],
  ["gitlab_trigger_issue", "Issue Hook"],
  ["gitlab_trigger_pipeline", "Pipeline Hook"],
]);

/** The GitLab instance a sample comes from, as X-Gitlab-Instance names it. */
function instanceOf(p: GitLabPayload): string {
  try {
    return p.project?.web_url ? new URL(p.project.web_url).origin : "https://gitlab.com";
  } catch {
    return "https://gitlab.com";
  }
}

/**
 * The delivery GitLab would post for a trigger's sample: the secret token itself in X-Gitlab-Token
 * (GitLab signs nothing), X-Gitlab-Event from the trigger, and fresh event and idempotency ids.
 */
function testRequest({ sample, trigger, secret }: TestRequestArgs): TestRequest {
  const hook = HOOK_OF_TRIGGER.get(trigger);
  if (!hook) throw new Error(`GitLab has no hook for trigger ${trigger}`);
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-gitlab-event": hook,
      "x-gitlab-token": secret,
      "x-gitlab-instance": instanceOf(sample as GitLabPayload),
      "x-gitlab-event-uuid": randomUUID(),
      "idempotency-key": randomUUID(),
    },
    body: JSON.stringify(sample),
  };
}

export const gitlabInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // GitLab signs nothing: it sends the webhook's secret token verbatim in X-Gitlab-Token, so the
  // check is a constant-time comparison with the token Hookyard generated. No timestamp is sent.
  // https://docs.gitlab.com/user/project/integrations/webhooks/#validate-payloads-by-using-a-secret-token
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const token = header(ctx, "x-gitlab-token");
    if (!token) return reject("missing X-Gitlab-Token");
    return constantTimeEqual(secret, token) ? OK : reject("X-Gitlab-Token does not match");
  },
  parse: (request) => parseJson(request.rawBody),
  // "Push Hook", "Merge Request Hook", "Issue Hook", "Pipeline Hook"…
  // https://docs.gitlab.com/user/project/integrations/webhooks/#delivery-headers
  eventType: (event, request) => request.headers.get("x-gitlab-event") ?? (event as GitLabPayload).object_kind ?? null,
  // Idempotency-Key stays the same across GitLab's retries of one event (GitLab 17.4+);
  // older versions send only X-Gitlab-Event-UUID.
  deliveryId: (_event, request) => request.headers.get("idempotency-key") ?? request.headers.get("x-gitlab-event-uuid"),
  trigger: (event) => TRIGGERS.get((event as GitLabPayload).object_kind ?? ""),
  // The GitLab user who caused the event (push events carry it flat as user_id).
  identify: (event) => {
    const p = event as GitLabPayload;
    const id = p.user?.id ?? p.user_id;
    return id === undefined ? null : String(id);
  },
  process: (event) => {
    const activity = describe(event as GitLabPayload);
    return activity ? [activity] : [];
  },
  testRequest,
};
