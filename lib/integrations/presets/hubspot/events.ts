// HubSpot webhook payloads Hookyard reads. HubSpot POSTs a JSON array: a batch of up to 100
// events, possibly of different subscription types, so every trigger's schema accepts the whole
// array and each event names its own subscriptionType. Field names follow the Webhooks API
// reference: https://developers.hubspot.com/docs/api/webhooks
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import contactCreatedSample from "./fixtures/contact-creation.json";
import contactPropertyChangedSample from "./fixtures/contact-property-change.json";
import contactDeletedSample from "./fixtures/contact-deletion.json";
import companyCreatedSample from "./fixtures/company-creation.json";
import dealCreatedSample from "./fixtures/deal-creation.json";
import dealPropertyChangedSample from "./fixtures/deal-property-change.json";

/** One event of a batch. */
export const hubspotEvent = z.looseObject({
  eventId: z.number().int(),
  subscriptionId: z.number().int(),
  portalId: z.number().int(),
  appId: z.number().int(),
  /** Milliseconds since the epoch. */
  occurredAt: z.number().int(),
  /** "<object>.<change>", e.g. "contact.creation", "deal.propertyChange". */
  subscriptionType: z.string().regex(/^[a-z_]+\.[A-Za-z]+$/),
  attemptNumber: z.number().int().nonnegative(),
  objectId: z.number().int(),
  changeSource: z.string().optional(),
  changeFlag: z.string().optional(),
  sourceId: z.string().optional(),
  /** Only on *.propertyChange events. */
  propertyName: z.string().optional(),
  propertyValue: z.string().optional(),
});

export const hubspotBatchSchema = z.array(hubspotEvent).min(1);

export const HUBSPOT_TRIGGERS: TriggerDefinition[] = [
  {
    value: "hubspot_trigger_contact_created",
    description: "A contact is created (contact.creation)",
    schema: hubspotBatchSchema,
    sample: contactCreatedSample,
    eventTypes: ["contact.creation"],
    group: "contact",
  },
  {
    value: "hubspot_trigger_contact_property_changed",
    description: "A subscribed contact property changes (contact.propertyChange)",
    schema: hubspotBatchSchema,
    sample: contactPropertyChangedSample,
    eventTypes: ["contact.propertyChange"],
    group: "contact",
  },
  {
    value: "hubspot_trigger_contact_deleted",
    description: "A contact is deleted (contact.deletion)",
    schema: hubspotBatchSchema,
    sample: contactDeletedSample,
    eventTypes: ["contact.deletion"],
    group: "contact",
  },
  {
    value: "hubspot_trigger_company_created",
    description: "A company is created (company.creation)",
    schema: hubspotBatchSchema,
    sample: companyCreatedSample,
    eventTypes: ["company.creation"],
    group: "company",
  },
  { value: "hubspot_trigger_deal_created", description: "A deal is created (deal.creation)", schema: hubspotBatchSchema, sample: dealCreatedSample, eventTypes: ["deal.creation"], group: "deal" },
  {
    value: "hubspot_trigger_deal_property_changed",
    description: "A subscribed deal property changes, e.g. its stage (deal.propertyChange)",
    schema: hubspotBatchSchema,
    sample: dealPropertyChangedSample,
    eventTypes: ["deal.propertyChange"],
    group: "deal",
  },
];
