// Fathom webhook payloads Hookyard reads. Fathom sends one kind of delivery: the
// meeting object, once a recording's content (transcript, summary, action items, CRM
// matches, as chosen on the webhook) is ready. Field names follow Fathom's
// "New meeting content ready" reference:
// https://developers.fathom.ai/api-reference/webhook-payloads/new-meeting-content-ready
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import newMeetingSample from "./fixtures/new-meeting-content-ready.json";

const person = z.looseObject({ name: z.string().nullable(), email: z.string().nullable() });

export const newMeetingContentReadySchema = z.looseObject({
  title: z.string(),
  meeting_title: z.string().nullable().optional(),
  recording_id: z.number().int(),
  url: z.url(),
  share_url: z.url(),
  created_at: z.string(),
  recording_start_time: z.string().optional(),
  recording_end_time: z.string().optional(),
  recorded_by: person,
  // The next three are present only when the webhook was set to include them.
  transcript: z
    .array(z.looseObject({ speaker: z.looseObject({ display_name: z.string() }), text: z.string(), timestamp: z.string() }))
    .nullable()
    .optional(),
  default_summary: z.looseObject({ markdown_formatted: z.string().nullable() }).nullable().optional(),
  action_items: z
    .array(z.looseObject({ description: z.string(), completed: z.boolean().optional(), assignee: person.nullable().optional() }))
    .nullable()
    .optional(),
});

export const FATHOM_TRIGGERS: TriggerDefinition[] = [
  {
    value: "fathom_trigger_new_meeting_content_ready",
    eventTypes: ["new_meeting_content_ready"],
    group: "meeting",
    description: "A recorded meeting's transcript, summary and action items are ready",
    schema: newMeetingContentReadySchema,
    sample: newMeetingSample,
  },
];
