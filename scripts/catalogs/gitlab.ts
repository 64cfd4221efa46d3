// GitLab's catalog, from GitLab's "Webhook events" documentation page: GitLab publishes no
// machine-readable list of webhook events (no SDK enum, no JSON schema), and that page is
// where GitLab documents every project and group webhook event with the X-Gitlab-Event
// header it is sent with, which is what the preset's eventType() returns.
// https://docs.gitlab.com/user/project/integrations/webhook_events/
// The page lists 18 header values. Two more are sent for confidential items, which a webhook
// subscribes to separately (confidential_issues_events and confidential_note_events in
// https://docs.gitlab.com/api/project_webhooks/): GitLab names the header after that trigger,
// so a confidential issue arrives as "Confidential Issue Hook" and a comment on one as
// "Confidential Note Hook", with the same payloads as Issue Hook and Note Hook.
// System hooks (X-Gitlab-Event: System Hook) are instance-wide admin hooks, not project or
// group webhooks, and are left out. Descriptions are in our own words.
// `actions` are the values the page lists for object_attributes.action (or event_name where
// the payload names the change that way: member, project, subgroup and access token events).
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const DOCS_URL = "https://docs.gitlab.com/user/project/integrations/webhook_events/";

const WORK_ITEM_ACTIONS = ["close", "open", "reopen", "update"];
const NOTE_ACTIONS = ["create", "update"];

/** The events of the docs page, in its order. */
const DOCUMENTED: CatalogEvent[] = [
  { type: "Push Hook", group: "repository", description: "Commits are pushed to a branch of the repository (tag pushes are a separate event)." },
  { type: "Tag Push Hook", group: "repository", description: "A tag is created or deleted in the repository." },
  {
    type: "Issue Hook",
    group: "issue",
    description: "A work item (issue, task, incident, epic…) is created, edited, closed or reopened.",
    actions: WORK_ITEM_ACTIONS,
  },
  { type: "Note Hook", group: "comment", description: "A comment is added or edited on a commit, merge request, issue or snippet.", actions: NOTE_ACTIONS },
  {
    type: "Merge Request Hook",
    group: "merge_request",
    description: "A merge request is opened, updated, approved, merged or closed, or its source branch gets a commit.",
    actions: ["approval", "approved", "close", "merge", "open", "reopen", "unapproval", "unapproved", "update"],
  },
  { type: "Wiki Page Hook", group: "wiki", description: "A wiki page is created, edited or deleted." },
  { type: "Pipeline Hook", group: "pipeline", description: "A CI/CD pipeline changes status." },
  { type: "Job Hook", group: "job", description: "A CI/CD job changes status." },
  { type: "Deployment Hook", group: "deployment", description: "A deployment starts, succeeds, fails or is canceled." },
  {
    type: "Member Hook",
    group: "member",
    description: "A group member is added, changed or removed, or someone asks for (or is refused) access to the group.",
    actions: ["user_access_request_denied_for_group", "user_access_request_to_group", "user_add_to_group", "user_remove_from_group", "user_update_for_group"],
  },
  { type: "Project Hook", group: "project", description: "A project is created or deleted in the group.", actions: ["project_create", "project_destroy"] },
  { type: "Subgroup Hook", group: "group", description: "A subgroup is created in the group or removed from it.", actions: ["subgroup_create", "subgroup_destroy"] },
  { type: "Feature Flag Hook", group: "feature_flag", description: "A feature flag is turned on or off." },
  { type: "Release Hook", group: "release", description: "A release is created, updated or deleted.", actions: ["create", "delete", "update"] },
  { type: "Milestone Hook", group: "milestone", description: "A milestone is created, closed, reopened or deleted.", actions: ["close", "create", "reopen"] },
  { type: "Emoji Hook", group: "emoji", description: "An emoji reaction is added to or removed from an issue, merge request, snippet or comment.", actions: ["award", "revoke"] },
  {
    type: "Resource Access Token Hook",
    group: "access_token",
    description: "A project or group access token is about to expire.",
    actions: ["expiring_access_token"],
  },
  { type: "Vulnerability Hook", group: "vulnerability", description: "A vulnerability is created, changes status or gets an issue linked to it." },
];

/** Sent for confidential items under their own header, with the payload of the documented event. */
const CONFIDENTIAL: CatalogEvent[] = [
  { type: "Confidential Issue Hook", group: "issue", description: "A confidential issue is created, edited, closed or reopened.", actions: WORK_ITEM_ACTIONS },
  { type: "Confidential Note Hook", group: "comment", description: "A comment is added or edited on a confidential issue.", actions: NOTE_ACTIONS },
];

function generate(): GeneratedCatalog {
  return {
    source: { name: "GitLab docs: Webhook events", url: DOCS_URL, count: DOCUMENTED.length },
    events: [...DOCUMENTED, ...CONFIDENTIAL],
  };
}

const generators: CatalogGenerators = { gitlab: generate };
export default generators;
