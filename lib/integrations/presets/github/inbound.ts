// GitHub repository and organization webhooks. The payload is JSON, or the same JSON in a
// `payload` form field when the hook's content type is application/x-www-form-urlencoded.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Activity, InboundRequest, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type GitHubUser = { login?: string; id?: number };
type GitHubPayload = {
  action?: string;
  zen?: string;
  hook_id?: number;
  ref?: string;
  deleted?: boolean;
  compare?: string;
  pusher?: { name?: string };
  commits?: unknown[];
  number?: number;
  pull_request?: { title?: string; html_url?: string; merged?: boolean };
  issue?: { number?: number; title?: string; html_url?: string };
  release?: { tag_name?: string; name?: string | null; html_url?: string };
  workflow_run?: { name?: string; head_branch?: string; conclusion?: string | null; html_url?: string };
  repository?: { full_name?: string; html_url?: string };
  organization?: { login?: string };
  sender?: GitHubUser;
};

const TRIGGERS = new Map([
  ["push", "github_trigger_push"],
  ["pull_request", "github_trigger_pull_request"],
  ["issues", "github_trigger_issues"],
  ["release", "github_trigger_release"],
  ["workflow_run", "github_trigger_workflow_run"],
]);

function parse(request: InboundRequest): unknown {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("application/x-www-form-urlencoded")) return parseJson(request.rawBody);
  const payload = new URLSearchParams(request.rawBody.toString("utf8")).get("payload");
  return payload === null ? {} : JSON.parse(payload);
}

/**
 * process() sees only the payload, not X-GitHub-Event, so the event is recognised by the fields
 * that only it carries (a review or comment payload also has `pull_request` or `issue`).
 */
function kindOf(p: GitHubPayload & { review?: unknown; comment?: unknown; workflow_job?: unknown }): string | null {
  if (p.zen !== undefined && p.hook_id !== undefined) return "ping";
  if (p.pusher && Array.isArray(p.commits) && p.ref) return "push";
  if (p.workflow_run && !p.workflow_job) return "workflow_run";
  if (p.review || p.comment) return null;
  if (p.release) return "release";
  if (p.pull_request && p.number !== undefined) return "pull_request";
  if (p.issue) return "issues";
  return null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function describe(event: string | null, p: GitHubPayload): Activity | undefined {
  const who = p.sender?.login ?? "Someone";
  const repo = p.repository?.full_name ?? p.organization?.login ?? "a repository";
  switch (event) {
    case "push": {
      const isTag = p.ref?.startsWith("refs/tags/");
      const name = (p.ref ?? "").replace(/^refs\/(heads|tags)\//, "");
      const pusher = p.pusher?.name ?? who;
      if (p.deleted) return { text: `${pusher} deleted ${isTag ? "tag" : "branch"} ${name} in ${repo}`, sourceUrl: p.repository?.html_url ?? null };
      if (isTag) return { text: `${pusher} pushed tag ${name} to ${repo}`, sourceUrl: p.compare ?? null };
      return { text: `${pusher} pushed ${plural(p.commits?.length ?? 0, "commit")} to ${repo} (${name})`, sourceUrl: p.compare ?? null };
    }
    case "pull_request": {
      const verb = p.action === "closed" && p.pull_request?.merged ? "merged" : (p.action ?? "updated").replaceAll("_", " ");
      return { text: `${who} ${verb} pull request #${p.number} in ${repo}: ${p.pull_request?.title}`, sourceUrl: p.pull_request?.html_url ?? null };
    }
    case "issues":
      return {
        text: `${who} ${(p.action ?? "updated").replaceAll("_", " ")} issue #${p.issue?.number} in ${repo}: ${p.issue?.title}`,
        sourceUrl: p.issue?.html_url ?? null,
      };
    case "release":
      return {
        text: `${who} ${p.action ?? "updated"} release ${p.release?.name || p.release?.tag_name} in ${repo}`,
        sourceUrl: p.release?.html_url ?? null,
      };
    case "workflow_run": {
      const run = p.workflow_run;
      const state = p.action === "completed" ? `finished: ${run?.conclusion ?? "no conclusion"}` : (p.action ?? "updated").replaceAll("_", " ");
      return { text: `Workflow ${run?.name} on ${run?.head_branch} ${state} in ${repo}`, sourceUrl: run?.html_url ?? null };
    }
    case "ping":
      return { text: `GitHub webhook ${p.hook_id} is set up for ${repo}`, sourceUrl: p.repository?.html_url ?? null };
  }
  return undefined;
}

/** X-GitHub-Event for each trigger (the reverse of TRIGGERS). */
const EVENT_OF_TRIGGER = new Map([...TRIGGERS].map(([event, trigger]) => [trigger, event]));

/**
 * The JSON delivery GitHub would post for a trigger's sample: X-GitHub-Event from the trigger, a
 * fresh X-GitHub-Delivery GUID per call, and both signatures GitHub sends over the same body.
 */
function testRequest({ sample, trigger, secret }: TestRequestArgs): TestRequest {
  const event = EVENT_OF_TRIGGER.get(trigger);
  if (!event) throw new Error(`GitHub has no event for trigger ${trigger}`);
  const body = JSON.stringify(sample);
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/hookyard-test",
      "x-github-event": event,
      "x-github-delivery": randomUUID(),
      "x-hub-signature-256": `sha256=${hmac("sha256", secret, body).toString("hex")}`,
      "x-hub-signature": `sha1=${hmac("sha1", secret, body).toString("hex")}`,
    },
    body,
  };
}

export const githubInbound: InboundSpec = {
  contentTypes: ["application/json", "application/x-www-form-urlencoded"],
  // No handshake: the ping GitHub sends when a hook is created is an ordinary signed delivery
  // (X-GitHub-Event: ping), stored without a trigger so that it shows in the event history.
  // https://docs.github.com/en/webhooks/webhook-events-and-payloads#ping
  //
  // X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(webhook secret, raw body). The legacy SHA-1
  // X-Hub-Signature is ignored. GitHub signs no timestamp; X-GitHub-Delivery dedupes retries.
  // https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const signature = header(ctx, "x-hub-signature-256");
    if (!signature?.startsWith("sha256=")) return reject("missing or malformed X-Hub-Signature-256");
    const expected = hmac("sha256", secret, ctx.request.rawBody);
    return digestMatches(expected, signature.slice("sha256=".length), "hex") ? OK : reject("X-Hub-Signature-256 does not match");
  },
  parse,
  // https://docs.github.com/en/webhooks/webhook-events-and-payloads#delivery-headers
  eventType: (_event, request) => request.headers.get("x-github-event"),
  deliveryId: (_event, request) => request.headers.get("x-github-delivery"),
  trigger: (_event, eventType) => (eventType ? TRIGGERS.get(eventType) : undefined),
  // The GitHub user who caused the event (the payload's `sender`).
  identify: (event) => {
    const id = (event as GitHubPayload).sender?.id;
    return id === undefined ? null : String(id);
  },
  process: (event) => {
    const activity = describe(kindOf(event as GitHubPayload), event as GitHubPayload);
    return activity ? [activity] : [];
  },
  testRequest,
};
