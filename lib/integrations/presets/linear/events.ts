// Linear data-change webhook payloads Hookyard reads. Every delivery shares one envelope
// (action, type, actor, createdAt, data, url, updatedFrom, organizationId, webhookTimestamp,
// webhookId); `data` is the entity as the GraphQL schema describes it. Field names follow
// https://linear.app/developers/webhooks#the-webhook-payload
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import issueCreatedSample from "./fixtures/issue-created.json";
import issueUpdatedSample from "./fixtures/issue-updated.json";
import commentCreatedSample from "./fixtures/comment-created.json";
import projectUpdatedSample from "./fixtures/project-updated.json";
import cycleUpdatedSample from "./fixtures/cycle-updated.json";
import issueLabelCreatedSample from "./fixtures/issue-label-created.json";

const actor = z.looseObject({ id: z.string(), name: z.string(), type: z.string().optional(), url: z.url().optional() });

/** The fields every Linear webhook carries, for one entity type and action. */
function envelope<T extends z.ZodType>(type: string, action: "create" | "update" | "remove", data: T) {
  return z.looseObject({
    action: z.literal(action),
    type: z.literal(type),
    actor: actor.optional(),
    createdAt: z.iso.datetime(),
    data,
    url: z.url().optional(),
    updatedFrom: z.record(z.string(), z.unknown()).optional(),
    organizationId: z.string(),
    webhookTimestamp: z.number().int(),
    webhookId: z.string(),
  });
}

const issueData = z.looseObject({
  id: z.string(),
  identifier: z.string(),
  number: z.number().int(),
  title: z.string(),
  url: z.url(),
  priorityLabel: z.string().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  state: z.looseObject({ id: z.string(), name: z.string(), type: z.string() }).optional(),
  team: z.looseObject({ id: z.string(), key: z.string(), name: z.string() }).optional(),
  assignee: z.looseObject({ id: z.string(), name: z.string() }).nullish(),
});

export const issueCreatedSchema = envelope("Issue", "create", issueData);
export const issueUpdatedSchema = envelope("Issue", "update", issueData);

export const commentCreatedSchema = envelope(
  "Comment",
  "create",
  z.looseObject({
    id: z.string(),
    body: z.string(),
    issueId: z.string(),
    createdAt: z.iso.datetime(),
    issue: z.looseObject({ id: z.string(), identifier: z.string().optional(), title: z.string(), url: z.url().optional() }).optional(),
    user: z.looseObject({ id: z.string(), name: z.string() }).optional(),
  }),
);

export const projectUpdatedSchema = envelope(
  "Project",
  "update",
  z.looseObject({
    id: z.string(),
    name: z.string(),
    url: z.url(),
    updatedAt: z.iso.datetime(),
    targetDate: z.string().nullish(),
    lead: z.looseObject({ id: z.string(), name: z.string() }).nullish(),
  }),
);

export const cycleUpdatedSchema = envelope(
  "Cycle",
  "update",
  z.looseObject({
    id: z.string(),
    number: z.number().int(),
    name: z.string().nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullish(),
    teamId: z.string(),
  }),
);

export const issueLabelCreatedSchema = envelope(
  "IssueLabel",
  "create",
  z.looseObject({
    id: z.string(),
    name: z.string(),
    color: z.string(),
    teamId: z.string().nullish(),
    createdAt: z.iso.datetime(),
  }),
);

export const LINEAR_TRIGGERS: TriggerDefinition[] = [
  { value: "linear_trigger_issue_created", description: "A new issue is created in a team", eventTypes: ["Issue.create"], group: "issue", schema: issueCreatedSchema, sample: issueCreatedSample },
  {
    value: "linear_trigger_issue_updated",
    description: "An issue's title, state, assignee, priority or labels change",
    eventTypes: ["Issue.update"],
    group: "issue",
    schema: issueUpdatedSchema,
    sample: issueUpdatedSample,
  },
  {
    value: "linear_trigger_comment_created",
    description: "Someone comments on an issue",
    eventTypes: ["Comment.create"],
    group: "comment",
    schema: commentCreatedSchema,
    sample: commentCreatedSample,
  },
  {
    value: "linear_trigger_project_updated",
    description: "A project's status, lead, dates or details change",
    eventTypes: ["Project.update"],
    group: "project",
    schema: projectUpdatedSchema,
    sample: projectUpdatedSample,
  },
  {
    value: "linear_trigger_cycle_updated",
    description: "A cycle's dates change or the cycle completes",
    eventTypes: ["Cycle.update"],
    group: "cycle",
    schema: cycleUpdatedSchema,
    sample: cycleUpdatedSample,
  },
  {
    value: "linear_trigger_issue_label_created",
    description: "A new issue label is added to the workspace or a team",
    eventTypes: ["IssueLabel.create"],
    group: "issue_label",
    schema: issueLabelCreatedSchema,
    sample: issueLabelCreatedSample,
  },
];
