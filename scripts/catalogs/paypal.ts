// PayPal's catalog, from its "Webhook event names" page, the one list of every event a REST app's
// webhook can subscribe to (the body's event_type, returned by presets/paypal/inbound.ts).
// PayPal publishes no machine-readable list: its OpenAPI specs (paypal/paypal-rest-api-
// specifications) describe the APIs, not the events, and GET /v1/notifications/webhooks-event-types
// needs an app's credentials. The names below follow the page's sections; the sentences are ours.
// Event names the product pages add (Subscriptions, Payouts, Vault, Multiparty) are in it too.
// https://developer.paypal.com/api/rest/webhooks/event-names/
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const URL = "https://developer.paypal.com/api/rest/webhooks/event-names/";

/** [event name, sentence], by the page's sections. */
const SECTIONS: Record<string, [string, string][]> = {
  "Payments v1 and v2": [
    ["PAYMENT.AUTHORIZATION.CREATED", "A payment authorization was created, approved or executed."],
    ["PAYMENT.AUTHORIZATION.VOIDED", "A payment authorization was voided, by hand or after its 30-day validity ran out."],
    ["PAYMENT.CAPTURE.COMPLETED", "A payment capture completed."],
    ["PAYMENT.CAPTURE.DECLINED", "A payment capture was declined."],
    ["PAYMENT.CAPTURE.DENIED", "A payment capture was denied."],
    ["PAYMENT.CAPTURE.PENDING", "A payment capture became pending."],
    ["PAYMENT.CAPTURE.REFUNDED", "The merchant refunded a payment capture."],
    ["PAYMENT.CAPTURE.REVERSED", "PayPal reversed a payment capture."],
  ],
  "Batch payouts": [
    ["PAYMENT.PAYOUTSBATCH.DENIED", "A batch payout was denied."],
    ["PAYMENT.PAYOUTSBATCH.PROCESSING", "A batch payout started processing."],
    ["PAYMENT.PAYOUTSBATCH.SUCCESS", "A batch payout finished processing."],
    ["PAYMENT.PAYOUTS-ITEM.BLOCKED", "A payout item was blocked."],
    ["PAYMENT.PAYOUTS-ITEM.CANCELED", "A payout item was canceled."],
    ["PAYMENT.PAYOUTS-ITEM.DENIED", "A payout item was denied."],
    ["PAYMENT.PAYOUTS-ITEM.FAILED", "A payout item failed."],
    ["PAYMENT.PAYOUTS-ITEM.HELD", "A payout item was held."],
    ["PAYMENT.PAYOUTS-ITEM.REFUNDED", "A payout item was refunded."],
    ["PAYMENT.PAYOUTS-ITEM.RETURNED", "A payout item was returned."],
    ["PAYMENT.PAYOUTS-ITEM.SUCCEEDED", "A payout item succeeded."],
    ["PAYMENT.PAYOUTS-ITEM.UNCLAIMED", "A payout item was not claimed."],
  ],
  "Billing plans and agreements": [
    ["BILLING_AGREEMENTS.AGREEMENT.CREATED", "A billing agreement was created."],
    ["BILLING_AGREEMENTS.AGREEMENT.CANCELLED", "A billing agreement was cancelled."],
    ["BILLING.PLAN.CREATED", "A billing plan was created."],
    ["BILLING.PLAN.UPDATED", "A billing plan was updated."],
    ["BILLING.SUBSCRIPTION.CANCELLED", "A subscription was cancelled."],
    ["BILLING.SUBSCRIPTION.CREATED", "A subscription was created."],
    ["BILLING.SUBSCRIPTION.RE-ACTIVATED", "A subscription was re-activated."],
    ["BILLING.SUBSCRIPTION.SUSPENDED", "A subscription was suspended."],
    ["BILLING.SUBSCRIPTION.UPDATED", "A subscription was updated."],
  ],
  "Log in with PayPal": [["IDENTITY.AUTHORIZATION-CONSENT.REVOKED", "A user revoked the consent token given to the app."]],
  "Checkout buyer approval": [
    ["PAYMENTS.PAYMENT.CREATED", "A checkout payment was created and approved by the buyer."],
    ["CHECKOUT.CHECKOUT.BUYER-APPROVED", "An Express Checkout payment was created and approved by the buyer."],
  ],
  Disputes: [
    ["CUSTOMER.DISPUTE.CREATED", "A dispute was opened."],
    ["CUSTOMER.DISPUTE.RESOLVED", "A dispute was resolved."],
    ["CUSTOMER.DISPUTE.UPDATED", "A dispute was updated."],
    ["RISK.DISPUTE.CREATED", "A risk dispute was created (superseded by CUSTOMER.DISPUTE.CREATED)."],
  ],
  Invoicing: [
    ["INVOICING.INVOICE.CANCELLED", "The merchant or the customer cancelled an invoice."],
    ["INVOICING.INVOICE.CREATED", "An invoice was created."],
    ["INVOICING.INVOICE.PAID", "An invoice was paid or partly paid, or a payment for it is pending."],
    ["INVOICING.INVOICE.REFUNDED", "An invoice was refunded in full or in part."],
    ["INVOICING.INVOICE.SCHEDULED", "An invoice was scheduled."],
    ["INVOICING.INVOICE.UPDATED", "An invoice was updated."],
  ],
  "Marketplaces and Platforms": [
    ["CHECKOUT.ORDER.COMPLETED", "A buyer's order was completed."],
    ["CHECKOUT.ORDER.PROCESSED", "A buyer's order is being processed."],
    ["CUSTOMER.ACCOUNT-LIMITATION.ADDED", "A limitation was added to a partner's managed account."],
    ["CUSTOMER.ACCOUNT-LIMITATION.ESCALATED", "A limitation on a partner's managed account was escalated."],
    ["CUSTOMER.ACCOUNT-LIMITATION.LIFTED", "A limitation on a partner's managed account was lifted."],
    ["CUSTOMER.ACCOUNT-LIMITATION.UPDATED", "A limitation on a partner's managed account was updated."],
    ["CUSTOMER.MERCHANT-INTEGRATION.CAPABILITY-UPDATED", "A merchant's capabilities changed."],
    ["CUSTOMER.MERCHANT-INTEGRATION.PRODUCT-SUBSCRIPTION-UPDATED", "The products available to a merchant changed."],
    ["CUSTOMER.MERCHANT-INTEGRATION.SELLER-ALREADY-INTEGRATED", "A merchant onboarded to the partner again."],
    ["CUSTOMER.MERCHANT-INTEGRATION.SELLER-ONBOARDING-INITIATED", "PayPal created a merchant account from the partner's onboarding link."],
    ["CUSTOMER.MERCHANT-INTEGRATION.SELLER-CONSENT-GRANTED", "A merchant granted consents to the partner."],
    ["CUSTOMER.MERCHANT-INTEGRATION.SELLER-EMAIL-CONFIRMED", "A merchant confirmed their email and granted consents."],
    ["MERCHANT.ONBOARDING.COMPLETED", "A merchant completed onboarding."],
    ["MERCHANT.PARTNER-CONSENT.REVOKED", "A merchant revoked the partner's consents or closed the account."],
  ],
  "Merchant onboarding (managed accounts)": [
    ["CUSTOMER.MANAGED-ACCOUNT.ACCOUNT-CREATED", "A managed account was created."],
    ["CUSTOMER.MANAGED-ACCOUNT.CREATION-FAILED", "Creating a managed account failed."],
    ["CUSTOMER.MANAGED-ACCOUNT.ACCOUNT-UPDATED", "A managed account was updated."],
    ["CUSTOMER.MANAGED-ACCOUNT.ACCOUNT-STATUS-CHANGED", "A managed account's capabilities or process status changed."],
    ["CUSTOMER.MANAGED-ACCOUNT.RISK-ASSESSED", "A managed account was risk-assessed, or its assessment changed."],
    ["CUSTOMER.MANAGED-ACCOUNT.NEGATIVE-BALANCE-NOTIFIED", "A managed account was notified of a negative balance debit."],
    ["CUSTOMER.MANAGED-ACCOUNT.NEGATIVE-BALANCE-DEBIT-INITIATED", "A negative balance debit was started on a managed account."],
  ],
  Orders: [
    ["CHECKOUT.ORDER.APPROVED", "A buyer approved a checkout order."],
    ["CHECKOUT.PAYMENT-APPROVAL.REVERSED", "A problem occurred after the buyer approved the order and before the payment was captured."],
  ],
  "Payment orders": [
    ["PAYMENT.ORDER.CANCELLED", "A payment order was cancelled."],
    ["PAYMENT.ORDER.CREATED", "A payment order was created."],
  ],
  "Referenced payouts": [
    ["PAYMENT.REFERENCED-PAYOUT-ITEM.COMPLETED", "Funds were disbursed to the seller and the partner."],
    ["PAYMENT.REFERENCED-PAYOUT-ITEM.FAILED", "Disbursing funds failed."],
  ],
  Sales: [
    ["PAYMENT.SALE.COMPLETED", "A sale completed."],
    ["PAYMENT.SALE.DENIED", "A pending sale was denied."],
    ["PAYMENT.SALE.PENDING", "A sale became pending."],
    ["PAYMENT.SALE.REFUNDED", "The merchant refunded a sale."],
    ["PAYMENT.SALE.REVERSED", "PayPal reversed a sale."],
  ],
  Subscriptions: [
    ["CATALOG.PRODUCT.CREATED", "A catalog product was created."],
    ["CATALOG.PRODUCT.UPDATED", "A catalog product was updated."],
    ["BILLING.PLAN.ACTIVATED", "A billing plan was activated."],
    ["BILLING.PLAN.PRICING-CHANGE.ACTIVATED", "A price change of a billing plan took effect."],
    ["BILLING.PLAN.DEACTIVATED", "A billing plan was deactivated."],
    ["BILLING.SUBSCRIPTION.ACTIVATED", "A subscription was activated."],
    ["BILLING.SUBSCRIPTION.EXPIRED", "A subscription expired."],
    ["BILLING.SUBSCRIPTION.PAYMENT.FAILED", "A subscription payment failed."],
  ],
  "Vault (payment method tokens)": [
    ["VAULT.CREDIT-CARD.CREATED", "A card was saved in the vault."],
    ["VAULT.CREDIT-CARD.DELETED", "A saved card was deleted from the vault."],
    ["VAULT.CREDIT-CARD.UPDATED", "A saved card was updated."],
    ["VAULT.PAYMENT-TOKEN.CREATED", "A payment token was created to save a payment method."],
    ["VAULT.PAYMENT-TOKEN.DELETED", "A payment token was deleted; the payment method is no longer saved."],
    ["VAULT.PAYMENT-TOKEN.DELETION-INITIATED", "A request to delete a payment token was submitted."],
  ],
};

/** "PAYMENT.CAPTURE.COMPLETED" → "capture", "CUSTOMER.MERCHANT-INTEGRATION.…" → "merchant-integration". */
const groupOf = (name: string) => name.split(".")[1].toLowerCase();

function generate(): GeneratedCatalog {
  const events: CatalogEvent[] = Object.values(SECTIONS)
    .flat()
    .map(([type, description]) => ({ type, description, group: groupOf(type) }));
  return {
    source: { name: "PayPal webhook event names", url: URL, count: events.length },
    events,
  };
}

export default { paypal: generate } satisfies CatalogGenerators;
