// Shopify: every webhook topic of the Admin API, as the GraphQL Admin API's
// WebhookSubscriptionTopic enum lists it for version 2026-01. Shopify publishes that enum
// only in the Admin schema (introspection needs a shop's token; no official npm package
// ships the schema), so the topics are written here from the enum's reference page, in
// the X-Shopify-Topic form that Shopify's inbound.eventType() returns ("orders/create").
// The descriptions are ours, built from the topic's resource and verb.
// https://shopify.dev/docs/api/admin-graphql/2026-01/enums/WebhookSubscriptionTopic
// https://shopify.dev/docs/api/webhooks?reference=graphql
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const API_VERSION = "2026-01";

/** Resource → its topics' verbs; the topic is `<resource>/<verb>` (or `customer.<verb>` for the segment and tag topics). */
const TOPICS: Record<string, string> = {
  app: "scopes_update uninstalled",
  app_purchases_one_time: "update",
  app_subscriptions: "approaching_capped_amount update",
  attributed_sessions: "first last",
  audit_events: "admin_api_activity",
  bulk_operations: "finish",
  carts: "create update",
  channels: "delete",
  checkout_and_accounts_configurations: "update",
  checkouts: "create delete update",
  collection_listings: "add remove update",
  collection_publications: "create delete update",
  collections: "create delete update",
  companies: "create delete update",
  company_contact_roles: "assign revoke",
  company_contacts: "create delete update",
  company_locations: "create delete update",
  "customer.": "joined_segment left_segment tags_added tags_removed",
  customer_account_settings: "update",
  customer_groups: "create delete update",
  customer_payment_methods: "create revoke update",
  customers: "create delete disable enable merge purchasing_summary update",
  customers_email_marketing_consent: "update",
  customers_marketing_consent: "update",
  delivery_promise_settings: "update",
  discounts: "create delete redeemcode_added redeemcode_removed update",
  disputes: "create update",
  domains: "create destroy update",
  draft_orders: "create delete update",
  finance_app_staff_member: "delete grant revoke update",
  finance_kyc_information: "update",
  fulfillment_events: "create delete",
  fulfillment_holds: "added released",
  fulfillment_orders:
    "cancellation_request_accepted cancellation_request_rejected cancellation_request_submitted cancelled fulfillment_request_accepted fulfillment_request_rejected fulfillment_request_submitted fulfillment_service_failed_to_complete hold_released line_items_prepared_for_local_delivery line_items_prepared_for_pickup merged moved order_routing_complete placed_on_hold rescheduled scheduled_fulfillment_order_ready split",
  fulfillments: "create update",
  inventory_items: "create delete update",
  inventory_levels: "connect disconnect update",
  inventory_shipments: "add_items create delete mark_in_transit receive_items remove_items update_item_quantities update_tracking",
  inventory_transfers: "add_items cancel complete ready_to_ship remove_items update_item_quantities",
  locales: "create destroy update",
  locations: "activate create deactivate delete update",
  markets: "create delete update",
  markets_backup_region: "update",
  metafield_definitions: "create delete update",
  metaobjects: "create delete update",
  order_transactions: "create",
  orders: "cancelled create delete edited fulfilled link_requested paid partially_fulfilled risk_assessment_changed shopify_protect_eligibility_changed updated",
  payment_schedules: "due",
  payment_terms: "create delete update",
  product_feeds: "create full_sync full_sync_finish incremental_sync update",
  product_listings: "add remove update",
  product_publications: "create delete update",
  products: "create delete update",
  profiles: "create delete update",
  publications: "delete",
  refunds: "create",
  returns: "approve cancel close decline process reopen request update",
  reverse_deliveries: "attach_deliverable",
  reverse_fulfillment_orders: "dispose",
  scheduled_product_listings: "add remove update",
  segments: "create delete update",
  selling_plan_groups: "create delete update",
  shipping_addresses: "create update",
  shop: "update",
  subscription_billing_attempts: "challenged failure success",
  subscription_billing_cycle_edits: "create delete update",
  subscription_billing_cycles: "skip unskip",
  subscription_contracts: "activate cancel create expire fail pause update",
  tax_partners: "update",
  tax_services: "create update",
  tax_summaries: "create",
  tender_transactions: "create",
  themes: "create delete publish update",
  variants: "in_stock out_of_stock",
};

/**
 * The mandatory privacy-compliance topics: not in the enum (they are set in the app's
 * configuration, not subscribed through the API), but delivered with these X-Shopify-Topic values.
 * https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance
 */
const COMPLIANCE: CatalogEvent[] = [
  { type: "customers/data_request", description: "A customer asks the store for the data the app holds about them (compliance webhook)", group: "compliance" },
  { type: "customers/redact", description: "The store asks the app to erase a customer's data (compliance webhook)", group: "compliance" },
  { type: "shop/redact", description: "The store asks the app to erase the shop's data, 48 hours after uninstalling (compliance webhook)", group: "compliance" },
];

/** Topics whose verb is not a plain change, in our own words after the enum's descriptions. */
const OVERRIDES: Record<string, string> = {
  "app/scopes_update": "The access scopes granted to the app change",
  "app/uninstalled": "The store uninstalls the app",
  "app_subscriptions/approaching_capped_amount": "An app subscription's usage passes 90% of its capped amount",
  "attributed_sessions/first": "An order is attributed to its first marketing session",
  "attributed_sessions/last": "An order is attributed to its last marketing session",
  "audit_events/admin_api_activity": "An auditable Admin API request is made (Plus stores, Pub/Sub or EventBridge only)",
  "customer.joined_segment": "A customer joins a customer segment",
  "customer.left_segment": "A customer leaves a customer segment",
  "customer.tags_added": "Tags are added to a customer",
  "customer.tags_removed": "Tags are removed from a customer",
  "customers/purchasing_summary": "A customer's purchasing summary changes",
  "discounts/redeemcode_added": "Redeem codes are added to a code discount",
  "discounts/redeemcode_removed": "Redeem codes are removed from a code discount",
  "fulfillment_orders/cancellation_request_accepted": "A fulfillment service accepts a request to cancel a fulfillment order",
  "fulfillment_orders/cancellation_request_rejected": "A fulfillment service rejects a request to cancel a fulfillment order",
  "fulfillment_orders/cancellation_request_submitted": "A merchant asks a fulfillment service to cancel a fulfillment order",
  "fulfillment_orders/fulfillment_request_accepted": "A fulfillment service accepts a request to fulfill a fulfillment order",
  "fulfillment_orders/fulfillment_request_rejected": "A fulfillment service rejects a request to fulfill a fulfillment order",
  "fulfillment_orders/fulfillment_request_submitted": "A merchant asks a fulfillment service to fulfill a fulfillment order",
  "fulfillment_orders/fulfillment_service_failed_to_complete": "A fulfillment service fails to complete a fulfillment order",
  "fulfillment_orders/line_items_prepared_for_local_delivery": "The items of a fulfillment order are ready for local delivery",
  "fulfillment_orders/line_items_prepared_for_pickup": "The items of a fulfillment order are ready for pickup",
  "fulfillment_orders/order_routing_complete": "Order routing assigns a fulfillment order to a location",
  "fulfillment_orders/scheduled_fulfillment_order_ready": "A scheduled fulfillment order becomes ready to fulfill",
  "inventory_shipments/add_items": "Items are added to an inventory shipment",
  "inventory_shipments/mark_in_transit": "An inventory shipment is marked in transit",
  "inventory_shipments/receive_items": "Items of an inventory shipment are received",
  "inventory_shipments/remove_items": "Items are removed from an inventory shipment",
  "inventory_shipments/update_item_quantities": "Item quantities of an inventory shipment change",
  "inventory_shipments/update_tracking": "The tracking of an inventory shipment changes",
  "inventory_transfers/add_items": "Items are added to an inventory transfer",
  "inventory_transfers/ready_to_ship": "An inventory transfer is ready to ship",
  "inventory_transfers/remove_items": "Items are removed from an inventory transfer",
  "inventory_transfers/update_item_quantities": "Item quantities of an inventory transfer change",
  "orders/link_requested": "A customer asks for a link to an order",
  "orders/risk_assessment_changed": "The fraud risk assessment of an order changes",
  "orders/shopify_protect_eligibility_changed": "An order's eligibility for Shopify Protect changes",
  "product_feeds/full_sync": "A product feed needs a full sync of its products",
  "product_feeds/full_sync_finish": "A full sync of a product feed finishes",
  "product_feeds/incremental_sync": "Products of a product feed change (incremental sync)",
  "reverse_deliveries/attach_deliverable": "A shipping label or tracking is attached to a reverse delivery",
  "subscription_billing_attempts/challenged": "A subscription billing attempt needs the customer's authentication (3-D Secure)",
  "subscription_billing_attempts/failure": "A subscription billing attempt fails",
  "subscription_billing_attempts/success": "A subscription billing attempt succeeds",
  "variants/in_stock": "A product variant comes back in stock",
  "variants/out_of_stock": "A product variant goes out of stock",
};

const PARTICIPLES: Record<string, string> = {
  create: "created",
  update: "updated",
  updated: "updated",
  delete: "deleted",
  destroy: "deleted",
  add: "added",
  added: "added",
  remove: "removed",
  cancel: "cancelled",
  cancelled: "cancelled",
  enable: "enabled",
  disable: "disabled",
  approve: "approved",
  close: "closed",
  decline: "declined",
  process: "processed",
  reopen: "reopened",
  request: "requested",
  assign: "assigned",
  revoke: "revoked",
  grant: "granted",
  activate: "activated",
  deactivate: "deactivated",
  expire: "expired",
  fail: "failed",
  pause: "paused",
  publish: "published",
  connect: "connected",
  disconnect: "disconnected",
  complete: "completed",
  skip: "skipped",
  unskip: "unskipped",
  merge: "merged",
  merged: "merged",
  moved: "moved",
  split: "split",
  finish: "finished",
  dispose: "disposed",
  due: "due",
  edited: "edited",
  paid: "paid",
  fulfilled: "fulfilled",
  partially_fulfilled: "partially fulfilled",
  rescheduled: "rescheduled",
  released: "released",
  placed_on_hold: "placed on hold",
  hold_released: "released from hold",
};

const NOUNS: Record<string, string> = {
  app: "app installation",
  app_purchases_one_time: "one-time app charge",
  "customer.": "customer",
  customers_email_marketing_consent: "customer's email marketing consent",
  customers_marketing_consent: "customer's SMS marketing consent",
  checkout_and_accounts_configurations: "checkout and accounts configuration",
};

function singular(resource: string): string {
  const words = resource.split("_");
  const last = words.pop()!;
  const one = last.endsWith("ies") ? `${last.slice(0, -3)}y` : /(ss|x)es$/.test(last) ? last.slice(0, -2) : last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
  return [...words, one].join(" ");
}

function eventOf(resource: string, verb: string): CatalogEvent {
  const noun = NOUNS[resource] ?? singular(resource);
  const done = PARTICIPLES[verb];
  const article = /^[aeiou]/.test(noun) ? "An" : "A";
  const type = resource.endsWith(".") ? `${resource}${verb}` : `${resource}/${verb}`;
  const description = OVERRIDES[type] ?? (done ? `${article} ${noun} is ${done}` : `${article} ${noun}: ${verb.replaceAll("_", " ")}`);
  return { type, description, group: noun === "app installation" ? "app" : singular(resource.replace(/\.$/, "")).replace(/^customers (email )?marketing consent$/, "customer") };
}

function generateShopify(): GeneratedCatalog {
  const topics = Object.entries(TOPICS).flatMap(([resource, verbs]) => verbs.split(" ").map((verb) => eventOf(resource, verb)));
  return {
    source: {
      name: "Shopify GraphQL Admin API: WebhookSubscriptionTopic",
      version: API_VERSION,
      url: `https://shopify.dev/docs/api/admin-graphql/${API_VERSION}/enums/WebhookSubscriptionTopic`,
      count: topics.length,
    },
    events: [...topics, ...COMPLIANCE],
  };
}

export default { shopify: generateShopify } satisfies CatalogGenerators;
