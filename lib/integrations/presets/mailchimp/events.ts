// Mailchimp audience webhook payloads Hookyard reads. Mailchimp POSTs
// application/x-www-form-urlencoded bodies with bracketed keys, e.g.
//   type=subscribe&fired_at=2009-03-26+21%3A35%3A57&data[id]=8a25ff1d98&data[merges][FNAME]=Mailchimp
// The schemas and samples below describe the PARSED form: brackets become nested objects and every
// value is a string. Event types and fields follow Mailchimp's webhooks guide:
// https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import subscribeSample from "./fixtures/subscribe.json";
import unsubscribeSample from "./fixtures/unsubscribe.json";
import profileSample from "./fixtures/profile.json";
import upemailSample from "./fixtures/upemail.json";
import cleanedSample from "./fixtures/cleaned.json";
import campaignSample from "./fixtures/campaign.json";

/** "YYYY-MM-DD HH:MM:SS" in UTC, as Mailchimp formats fired_at. */
const firedAt = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
const listId = z.string().min(1);
const merges = z.looseObject({ EMAIL: z.string().optional(), FNAME: z.string().optional(), LNAME: z.string().optional() });
const member = {
  id: z.string().min(1),
  list_id: listId,
  email: z.email(),
  email_type: z.string(),
  merges,
};

function mailchimpEvent<T extends z.ZodType>(type: string, data: T) {
  return z.looseObject({ type: z.literal(type), fired_at: firedAt, data });
}

export const subscribeSchema = mailchimpEvent("subscribe", z.looseObject({ ...member, ip_opt: z.string().optional(), ip_signup: z.string().optional() }));
export const unsubscribeSchema = mailchimpEvent("unsubscribe", z.looseObject({ ...member, action: z.enum(["unsub", "delete"]), reason: z.string(), campaign_id: z.string().optional() }));
export const profileSchema = mailchimpEvent("profile", z.looseObject(member));
export const upemailSchema = mailchimpEvent("upemail", z.looseObject({ list_id: listId, new_id: z.string(), new_email: z.email(), old_email: z.email() }));
export const cleanedSchema = mailchimpEvent("cleaned", z.looseObject({ list_id: listId, campaign_id: z.string().optional(), reason: z.string(), email: z.email() }));
export const campaignSchema = mailchimpEvent("campaign", z.looseObject({ id: z.string(), list_id: listId, subject: z.string(), status: z.string(), reason: z.string().optional() }));

export const MAILCHIMP_TRIGGERS: TriggerDefinition[] = [
  { value: "mailchimp_trigger_subscribe", eventTypes: ["subscribe"], group: "member", description: "Someone subscribes to the audience", schema: subscribeSchema, sample: subscribeSample },
  {
    value: "mailchimp_trigger_unsubscribe",
    eventTypes: ["unsubscribe"],
    group: "member",
    description: "A contact unsubscribes or is deleted from the audience",
    schema: unsubscribeSchema,
    sample: unsubscribeSample,
  },
  {
    value: "mailchimp_trigger_profile_updated",
    eventTypes: ["profile"],
    group: "member",
    description: "A contact's profile or merge fields are updated",
    schema: profileSchema,
    sample: profileSample,
  },
  { value: "mailchimp_trigger_email_changed", eventTypes: ["upemail"], group: "member", description: "A contact changes their email address", schema: upemailSchema, sample: upemailSample },
  {
    value: "mailchimp_trigger_cleaned",
    eventTypes: ["cleaned"],
    group: "member",
    description: "An address is cleaned after hard bounces or an abuse report",
    schema: cleanedSchema,
    sample: cleanedSample,
  },
  { value: "mailchimp_trigger_campaign_sent", eventTypes: ["campaign"], group: "campaign", description: "A campaign finishes sending to the audience", schema: campaignSchema, sample: campaignSample },
];
