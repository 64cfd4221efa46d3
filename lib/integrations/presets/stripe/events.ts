// Stripe webhook payloads Hookyard reads. Every delivery is an Event object
// {id:"evt_…", object:"event", type, created, livemode, data:{object:{…}}} whose data.object is
// the API resource the event is about, rendered in the endpoint's API version. Field names
// follow the Stripe API reference: https://docs.stripe.com/api/events/object and
// https://docs.stripe.com/api/events/types
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import paymentSucceededSample from "./fixtures/payment-intent-succeeded.json";
import paymentFailedSample from "./fixtures/payment-intent-payment-failed.json";
import checkoutCompletedSample from "./fixtures/checkout-session-completed.json";
import subscriptionCreatedSample from "./fixtures/customer-subscription-created.json";
import subscriptionDeletedSample from "./fixtures/customer-subscription-deleted.json";
import invoicePaidSample from "./fixtures/invoice-paid.json";
import chargeRefundedSample from "./fixtures/charge-refunded.json";

const unixSeconds = z.number().int().nonnegative();
/** ISO 4217 code, lowercase as Stripe sends it. */
const currency = z.string().regex(/^[a-z]{3}$/);
/** Amounts are integers in the currency's smallest unit (cents for usd). */
const amount = z.number().int();

/** The Event envelope around a resource of the given type. */
function stripeEvent<T extends z.ZodType>(type: string, object: T) {
  return z.looseObject({
    id: z.string().startsWith("evt_"),
    object: z.literal("event"),
    type: z.literal(type),
    created: unixSeconds,
    livemode: z.boolean(),
    api_version: z.string().nullable().optional(),
    data: z.looseObject({ object }),
  });
}

const paymentIntent = z.looseObject({
  id: z.string().startsWith("pi_"),
  object: z.literal("payment_intent"),
  amount,
  amount_received: amount,
  currency,
  status: z.string(),
  customer: z.string().nullable(),
  description: z.string().nullable(),
  receipt_email: z.string().nullable(),
  latest_charge: z.string().nullable(),
  created: unixSeconds,
  last_payment_error: z.looseObject({ code: z.string().optional(), message: z.string().optional(), type: z.string() }).nullable(),
});

const checkoutSession = z.looseObject({
  id: z.string().startsWith("cs_"),
  object: z.literal("checkout.session"),
  mode: z.enum(["payment", "setup", "subscription"]),
  status: z.string().nullable(),
  payment_status: z.string(),
  amount_total: amount.nullable(),
  currency: currency.nullable(),
  customer: z.string().nullable(),
  customer_details: z.looseObject({ email: z.string().nullable(), name: z.string().nullable() }).nullable(),
  payment_intent: z.string().nullable(),
  subscription: z.string().nullable(),
  created: unixSeconds,
});

const subscription = z.looseObject({
  id: z.string().startsWith("sub_"),
  object: z.literal("subscription"),
  customer: z.string(),
  status: z.string(),
  created: unixSeconds,
  cancel_at_period_end: z.boolean(),
  canceled_at: unixSeconds.nullable(),
  ended_at: unixSeconds.nullable(),
  items: z.looseObject({
    data: z.array(
      z.looseObject({
        id: z.string().startsWith("si_"),
        quantity: z.number().int().optional(),
        price: z.looseObject({ id: z.string(), unit_amount: amount.nullable(), currency }),
      }),
    ),
  }),
});

const invoice = z.looseObject({
  id: z.string().startsWith("in_"),
  object: z.literal("invoice"),
  customer: z.string().nullable(),
  customer_email: z.string().nullable(),
  number: z.string().nullable(),
  status: z.string().nullable(),
  amount_due: amount,
  amount_paid: amount,
  currency,
  hosted_invoice_url: z.url().nullable().optional(),
  invoice_pdf: z.url().nullable().optional(),
  created: unixSeconds,
});

const charge = z.looseObject({
  id: z.string().startsWith("ch_"),
  object: z.literal("charge"),
  amount,
  amount_refunded: amount,
  currency,
  refunded: z.boolean(),
  customer: z.string().nullable(),
  payment_intent: z.string().nullable(),
  receipt_url: z.url().nullable(),
  created: unixSeconds,
});

export const paymentIntentSucceededSchema = stripeEvent("payment_intent.succeeded", paymentIntent);
export const paymentIntentFailedSchema = stripeEvent("payment_intent.payment_failed", paymentIntent);
export const checkoutSessionCompletedSchema = stripeEvent("checkout.session.completed", checkoutSession);
export const subscriptionCreatedSchema = stripeEvent("customer.subscription.created", subscription);
export const subscriptionDeletedSchema = stripeEvent("customer.subscription.deleted", subscription);
export const invoicePaidSchema = stripeEvent("invoice.paid", invoice);
export const chargeRefundedSchema = stripeEvent("charge.refunded", charge);

export const STRIPE_TRIGGERS: TriggerDefinition[] = [
  {
    value: "stripe_trigger_payment_succeeded",
    description: "A PaymentIntent succeeds (payment_intent.succeeded)",
    eventTypes: ["payment_intent.succeeded"],
    group: "payment_intent",
    schema: paymentIntentSucceededSchema,
    sample: paymentSucceededSample,
  },
  {
    value: "stripe_trigger_payment_failed",
    description: "A payment attempt on a PaymentIntent fails (payment_intent.payment_failed)",
    eventTypes: ["payment_intent.payment_failed"],
    group: "payment_intent",
    schema: paymentIntentFailedSchema,
    sample: paymentFailedSample,
  },
  {
    value: "stripe_trigger_checkout_completed",
    description: "A Checkout Session is completed by the customer (checkout.session.completed)",
    eventTypes: ["checkout.session.completed"],
    group: "checkout.session",
    schema: checkoutSessionCompletedSchema,
    sample: checkoutCompletedSample,
  },
  {
    value: "stripe_trigger_subscription_created",
    description: "A customer starts a subscription (customer.subscription.created)",
    eventTypes: ["customer.subscription.created"],
    group: "subscription",
    schema: subscriptionCreatedSchema,
    sample: subscriptionCreatedSample,
  },
  {
    value: "stripe_trigger_subscription_deleted",
    description: "A customer's subscription ends or is canceled (customer.subscription.deleted)",
    eventTypes: ["customer.subscription.deleted"],
    group: "subscription",
    schema: subscriptionDeletedSchema,
    sample: subscriptionDeletedSample,
  },
  { value: "stripe_trigger_invoice_paid", description: "An invoice is paid (invoice.paid)", eventTypes: ["invoice.paid"], group: "invoice", schema: invoicePaidSchema, sample: invoicePaidSample },
  {
    value: "stripe_trigger_charge_refunded",
    description: "A charge is fully or partially refunded (charge.refunded)",
    eventTypes: ["charge.refunded"],
    group: "charge",
    schema: chargeRefundedSchema,
    sample: chargeRefundedSample,
  },
];
