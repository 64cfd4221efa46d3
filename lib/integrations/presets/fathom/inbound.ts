// How Hookyard receives Fathom webhooks: Standard Webhooks signatures (shared verifier in
// lib/inbound/schemes/standard-webhooks.ts) on the meeting object Fathom posts once a
// recording's transcript, summary and action items are ready.
// https://developers.fathom.ai/webhooks
import "server-only";
import type { InboundSpec } from "../../../inbound/types";
import { standardWebhooksInbound } from "../../../inbound/schemes/standard-webhooks";

type Meeting = {
  title?: string;
  meeting_title?: string | null;
  recording_id?: number;
  url?: string;
  share_url?: string;
  recorded_by?: { name?: string | null; email?: string | null };
  action_items?: unknown[] | null;
};

/** Fathom has one kind of delivery and names it only in its docs ("New meeting content ready"). */
const isMeeting = (event: unknown) => typeof (event as Meeting)?.recording_id === "number";

export const fathomInbound: InboundSpec = {
  // verify: webhook-id / webhook-timestamp / webhook-signature ("v1,<base64>", space-separated),
  // HMAC-SHA256 over "<id>.<timestamp>.<raw body>" with the whsec_ webhook secret, 5-minute window.
  // https://developers.fathom.ai/webhooks#verifying-webhooks
  // testRequest: the same headers, signed with the endpoint secret, a fresh webhook-id per call.
  ...standardWebhooksInbound,

  eventType: (event) => (isMeeting(event) ? "new_meeting_content_ready" : null),

  trigger: (event) => (isMeeting(event) ? "fathom_trigger_new_meeting_content_ready" : undefined),

  // The Fathom user who recorded the meeting.
  identify: (event) => (event as Meeting)?.recorded_by?.email ?? null,

  process: (event) => {
    if (!isMeeting(event)) return [];
    const meeting = event as Meeting;
    const who = meeting.recorded_by?.name ?? meeting.recorded_by?.email ?? "Someone";
    const title = meeting.title ?? meeting.meeting_title ?? `recording ${meeting.recording_id}`;
    const items = Array.isArray(meeting.action_items) ? meeting.action_items.length : 0;
    const extra = items > 0 ? ` with ${items} action item${items === 1 ? "" : "s"}` : "";
    return [{ text: `${who}'s meeting “${title}” is ready in Fathom${extra}`, sourceUrl: meeting.url ?? meeting.share_url ?? null }];
  },
};
