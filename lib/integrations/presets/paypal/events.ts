// PayPal webhook events Hookyard reads. Every delivery is the same envelope
// (id "WH-…", event_type, resource_type, summary, resource, links); field names and
// samples follow PayPal's "Webhook event names" reference:
// https://developer.paypal.com/api/rest/webhooks/event-names/
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import captureCompletedSample from "./fixtures/payment-capture-completed.json";
import captureRefundedSample from "./fixtures/payment-capture-refunded.json";
import orderApprovedSample from "./fixtures/checkout-order-approved.json";
import subscriptionActivatedSample from "./fixtures/billing-subscription-activated.json";

const money = z.looseObject({ currency_code: z.string().length(3), value: z.string() });
const link = z.looseObject({ href: z.url(), rel: z.string(), method: z.string().optional() });

/** The part of the envelope that is the same for every event type. */
function envelope<T extends string, R extends z.ZodType>(eventType: T, resourceType: string, resource: R) {
  return z.looseObject({
    id: z.string().startsWith("WH-"),
    event_version: z.string(),
    create_time: z.string(),
    resource_type: z.literal(resourceType),
    event_type: z.literal(eventType),
    summary: z.string(),
    resource,
    links: z.array(link).optional(),
  });
}

export const paymentCaptureCompletedSchema = envelope(
  "PAYMENT.CAPTURE.COMPLETED",
  "capture",
  z.looseObject({
    id: z.string(),
    status: z.string(),
    amount: money,
    invoice_id: z.string().optional(),
    custom_id: z.string().optional(),
    supplementary_data: z.looseObject({ related_ids: z.looseObject({ order_id: z.string().optional() }).optional() }).optional(),
  }),
);

export const paymentCaptureRefundedSchema = envelope(
  "PAYMENT.CAPTURE.REFUNDED",
  "refund",
  z.looseObject({
    id: z.string(),
    status: z.string(),
    amount: money,
    invoice_id: z.string().optional(),
    note_to_payer: z.string().optional(),
  }),
);

export const checkoutOrderApprovedSchema = envelope(
  "CHECKOUT.ORDER.APPROVED",
  "checkout-order",
  z.looseObject({
    id: z.string(),
    intent: z.string(),
    status: z.string(),
    purchase_units: z.array(z.looseObject({ reference_id: z.string().optional(), amount: money })).min(1),
    payer: z
      .looseObject({
        email_address: z.string().optional(),
        payer_id: z.string().optional(),
        name: z.looseObject({ given_name: z.string().optional(), surname: z.string().optional() }).optional(),
      })
      .optional(),
  }),
);

export const billingSubscriptionActivatedSchema = envelope(
  "BILLING.SUBSCRIPTION.ACTIVATED",
  "subscription",
  z.looseObject({
    id: z.string(),
    plan_id: z.string(),
    status: z.string(),
    subscriber: z
      .looseObject({
        email_address: z.string().optional(),
        payer_id: z.string().optional(),
        name: z.looseObject({ given_name: z.string().optional(), surname: z.string().optional() }).optional(),
      })
      .optional(),
    billing_info: z.looseObject({ next_billing_time: z.string().optional() }).optional(),
  }),
);

export const PAYPAL_TRIGGERS: TriggerDefinition[] = [
  {
    value: "paypal_trigger_payment_capture_completed",
    eventTypes: ["PAYMENT.CAPTURE.COMPLETED"],
    group: "capture",
    description: "A payment capture completes and the funds are credited",
    schema: paymentCaptureCompletedSchema,
    sample: captureCompletedSample,
  },
  {
    value: "paypal_trigger_payment_capture_refunded",
    eventTypes: ["PAYMENT.CAPTURE.REFUNDED"],
    group: "capture",
    description: "A merchant refunds a captured payment",
    schema: paymentCaptureRefundedSchema,
    sample: captureRefundedSample,
  },
  {
    value: "paypal_trigger_checkout_order_approved",
    eventTypes: ["CHECKOUT.ORDER.APPROVED"],
    group: "order",
    description: "A buyer approves a checkout order that is ready to capture",
    schema: checkoutOrderApprovedSchema,
    sample: orderApprovedSample,
  },
  {
    value: "paypal_trigger_billing_subscription_activated",
    eventTypes: ["BILLING.SUBSCRIPTION.ACTIVATED"],
    group: "subscription",
    description: "A billing subscription becomes active",
    schema: billingSubscriptionActivatedSchema,
    sample: subscriptionActivatedSample,
  },
];
