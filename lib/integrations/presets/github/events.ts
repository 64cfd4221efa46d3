// GitHub webhook payloads Hookyard reads. Field names and samples follow GitHub's
// "Webhook events and payloads" reference:
// https://docs.github.com/en/webhooks/webhook-events-and-payloads
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import pullRequestSample from "./fixtures/pull-request.json";
import issuesSample from "./fixtures/issues.json";
import pushSample from "./fixtures/push.json";
import releaseSample from "./fixtures/release.json";
import workflowRunSample from "./fixtures/workflow-run.json";

const user = z.looseObject({ login: z.string(), id: z.number() });
const repository = z.looseObject({ id: z.number(), name: z.string(), full_name: z.string(), html_url: z.url() });

export const pushSchema = z.looseObject({
  ref: z.string(),
  before: z.string(),
  after: z.string(),
  repository,
  pusher: z.looseObject({ name: z.string() }),
  sender: user,
  compare: z.url(),
  commits: z.array(z.looseObject({ id: z.string(), message: z.string(), url: z.url() })),
});

export const pullRequestSchema = z.looseObject({
  action: z.string(),
  number: z.number(),
  pull_request: z.looseObject({ title: z.string(), html_url: z.url(), state: z.string(), user, merged: z.boolean().optional() }),
  repository,
  sender: user,
});

export const issuesSchema = z.looseObject({
  action: z.string(),
  issue: z.looseObject({ number: z.number(), title: z.string(), html_url: z.url(), state: z.string(), user }),
  repository,
  sender: user,
});

export const releaseSchema = z.looseObject({
  action: z.string(),
  release: z.looseObject({ tag_name: z.string(), name: z.string().nullable(), html_url: z.url(), author: user }),
  repository,
  sender: user,
});

export const workflowRunSchema = z.looseObject({
  action: z.string(),
  workflow_run: z.looseObject({ name: z.string(), head_branch: z.string(), status: z.string(), conclusion: z.string().nullable(), html_url: z.url() }),
  repository,
  sender: user,
});

export const GITHUB_TRIGGERS: TriggerDefinition[] = [
  { value: "github_trigger_push", description: "Commits are pushed to a branch or a tag is pushed", eventTypes: ["push"], group: "repository", schema: pushSchema, sample: pushSample },
  {
    value: "github_trigger_pull_request",
    description: "A pull request is opened, edited, closed, merged or reopened",
    eventTypes: ["pull_request"],
    group: "pull_request",
    schema: pullRequestSchema,
    sample: pullRequestSample,
  },
  { value: "github_trigger_issues", description: "An issue is opened, edited, closed, reopened or labeled", eventTypes: ["issues"], group: "issue", schema: issuesSchema, sample: issuesSample },
  { value: "github_trigger_release", description: "A release is published, edited or deleted", eventTypes: ["release"], group: "release", schema: releaseSchema, sample: releaseSample },
  {
    value: "github_trigger_workflow_run",
    description: "A GitHub Actions workflow run is requested or completes",
    eventTypes: ["workflow_run"],
    group: "actions",
    schema: workflowRunSchema,
    sample: workflowRunSample,
  },
];
