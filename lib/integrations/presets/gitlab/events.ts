// GitLab webhook payloads Hookyard reads, told apart by object_kind. Field names and samples
// follow GitLab's "Webhook events" reference:
// https://docs.gitlab.com/user/project/integrations/webhook_events/
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import pushSample from "./fixtures/push.json";
import mergeRequestSample from "./fixtures/merge-request.json";
import issueSample from "./fixtures/issue.json";
import pipelineSample from "./fixtures/pipeline.json";

const sha = z.string().regex(/^[0-9a-f]{40}$/);
const user = z.looseObject({ id: z.number().int(), name: z.string(), username: z.string() });
const project = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  path_with_namespace: z.string(),
  web_url: z.url(),
});
const commitAuthor = z.looseObject({ name: z.string(), email: z.string() });
/** GitLab renders these either as ISO 8601 or as "2013-12-03 17:23:34 UTC" depending on the event and version. */
const gitlabTime = z.string().min(1);

export const pushSchema = z.looseObject({
  object_kind: z.literal("push"),
  ref: z.string(),
  before: sha,
  after: sha,
  checkout_sha: sha.nullable(),
  user_id: z.number().int(),
  user_name: z.string(),
  user_username: z.string(),
  project_id: z.number().int(),
  project,
  commits: z.array(z.looseObject({ id: sha, message: z.string(), title: z.string(), timestamp: z.iso.datetime({ offset: true }), url: z.url(), author: commitAuthor })),
  total_commits_count: z.number().int(),
});

export const mergeRequestSchema = z.looseObject({
  object_kind: z.literal("merge_request"),
  user,
  project,
  object_attributes: z.looseObject({
    id: z.number().int(),
    iid: z.number().int(),
    title: z.string(),
    state: z.string(),
    action: z.string().optional(),
    url: z.url(),
    source_branch: z.string(),
    target_branch: z.string(),
    author_id: z.number().int(),
    created_at: gitlabTime,
    updated_at: gitlabTime,
  }),
});

export const issueSchema = z.looseObject({
  object_kind: z.literal("issue"),
  user,
  project,
  object_attributes: z.looseObject({
    id: z.number().int(),
    iid: z.number().int(),
    title: z.string(),
    state: z.string(),
    action: z.string().optional(),
    url: z.url(),
    author_id: z.number().int(),
    created_at: gitlabTime,
    updated_at: gitlabTime,
  }),
});

export const pipelineSchema = z.looseObject({
  object_kind: z.literal("pipeline"),
  user,
  project,
  object_attributes: z.looseObject({
    id: z.number().int(),
    ref: z.string(),
    tag: z.boolean(),
    sha,
    source: z.string(),
    status: z.string(),
    created_at: gitlabTime,
    finished_at: gitlabTime.nullable(),
    duration: z.number().nullable(),
    url: z.url().optional(),
  }),
  commit: z.looseObject({ id: sha, message: z.string(), url: z.url(), author: commitAuthor }).nullable().optional(),
});

export const GITLAB_TRIGGERS: TriggerDefinition[] = [
  { value: "gitlab_trigger_push", description: "Commits are pushed to a branch of the project", eventTypes: ["Push Hook"], group: "repository", schema: pushSchema, sample: pushSample },
  {
    value: "gitlab_trigger_merge_request",
    description: "A merge request is opened, updated, approved, merged or closed",
    eventTypes: ["Merge Request Hook"],
    group: "merge_request",
    schema: mergeRequestSchema,
    sample: mergeRequestSample,
  },
  {
    value: "gitlab_trigger_issue",
    description: "An issue is opened, updated, closed or reopened",
    eventTypes: ["Issue Hook", "Confidential Issue Hook"],
    group: "issue",
    schema: issueSchema,
    sample: issueSample,
  },
  {
    value: "gitlab_trigger_pipeline",
    description: "A CI/CD pipeline changes status (pending, running, success, failed…)",
    eventTypes: ["Pipeline Hook"],
    group: "pipeline",
    schema: pipelineSchema,
    sample: pipelineSample,
  },
];
