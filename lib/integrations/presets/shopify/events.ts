// Shopify webhook payloads Hookyard reads. The body is the REST Admin API resource for the
// topic (Order, Product, Customer, Shop); the topic itself is only in the X-Shopify-Topic
// header. Field names follow the webhook topic reference and the REST resources:
// https://shopify.dev/docs/api/webhooks and https://shopify.dev/docs/api/admin-rest/latest/resources/order
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import orderCreatedSample from "./fixtures/orders-create.json";
import orderPaidSample from "./fixtures/orders-paid.json";
import orderFulfilledSample from "./fixtures/orders-fulfilled.json";
import productCreatedSample from "./fixtures/products-create.json";
import customerCreatedSample from "./fixtures/customers-create.json";
import appUninstalledSample from "./fixtures/app-uninstalled.json";

/**
 * Shopify ids are 64-bit integers sent as JSON numbers. Real ids fit in a double, but the
 * canned payloads of "Send test notification" use ids above 2^53, so this accepts any integer
 * value; admin_graphql_api_id carries the exact id as a string.
 */
const id = z.number().positive().refine(Number.isInteger, "expected an integer id");
const gid = (type: string) => z.string().startsWith(`gid://shopify/${type}/`);
/** Money is a decimal string, e.g. "199.00". */
const money = z.string().regex(/^-?\d+(\.\d+)?$/);
/** Timestamps carry the shop's UTC offset, e.g. "2024-08-23T10:15:00-04:00". */
const timestamp = z.iso.datetime({ offset: true });

const customerSummary = z.looseObject({
  id,
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
});

const lineItem = z.looseObject({
  id,
  title: z.string(),
  quantity: z.number().int(),
  price: money,
  sku: z.string().nullable(),
  product_id: id.nullable(),
  variant_id: id.nullable(),
});

export const orderSchema = z.looseObject({
  id,
  admin_graphql_api_id: gid("Order"),
  name: z.string(),
  order_number: z.number().int(),
  email: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  currency: z.string().regex(/^[A-Z]{3}$/),
  total_price: money,
  subtotal_price: money,
  total_tax: money,
  financial_status: z.string().nullable(),
  fulfillment_status: z.string().nullable(),
  order_status_url: z.url(),
  customer: customerSummary.nullable().optional(),
  line_items: z.array(lineItem),
});

export const fulfilledOrderSchema = orderSchema.extend({
  fulfillments: z.array(
    z.looseObject({
      id,
      status: z.string(),
      created_at: timestamp,
      tracking_company: z.string().nullable(),
      tracking_number: z.string().nullable(),
      tracking_url: z.url().nullable(),
    }),
  ),
});

export const productSchema = z.looseObject({
  id,
  admin_graphql_api_id: gid("Product"),
  title: z.string(),
  handle: z.string(),
  vendor: z.string(),
  product_type: z.string(),
  status: z.enum(["active", "archived", "draft"]),
  created_at: timestamp,
  updated_at: timestamp,
  variants: z.array(z.looseObject({ id, product_id: id, title: z.string(), price: money, sku: z.string().nullable() })),
});

export const customerSchema = z.looseObject({
  id,
  admin_graphql_api_id: gid("Customer"),
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  state: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
});

/** app/uninstalled sends the Shop resource of the store that removed the app. */
export const shopSchema = z.looseObject({
  id,
  name: z.string(),
  email: z.string(),
  myshopify_domain: z.string().endsWith(".myshopify.com"),
  domain: z.string().nullable(),
  shop_owner: z.string(),
  plan_name: z.string(),
  created_at: timestamp,
});

export const SHOPIFY_TRIGGERS: TriggerDefinition[] = [
  {
    value: "shopify_trigger_order_created",
    description: "A new order is placed in the store (orders/create)",
    schema: orderSchema,
    sample: orderCreatedSample,
    eventTypes: ["orders/create"],
    group: "order",
  },
  { value: "shopify_trigger_order_paid", description: "An order's payment is completed (orders/paid)", schema: orderSchema, sample: orderPaidSample, eventTypes: ["orders/paid"], group: "order" },
  {
    value: "shopify_trigger_order_fulfilled",
    description: "All items of an order are fulfilled (orders/fulfilled)",
    schema: fulfilledOrderSchema,
    sample: orderFulfilledSample,
    eventTypes: ["orders/fulfilled"],
    group: "order",
  },
  {
    value: "shopify_trigger_product_created",
    description: "A product is added to the catalog (products/create)",
    schema: productSchema,
    sample: productCreatedSample,
    eventTypes: ["products/create"],
    group: "product",
  },
  {
    value: "shopify_trigger_customer_created",
    description: "A customer account is created (customers/create)",
    schema: customerSchema,
    sample: customerCreatedSample,
    eventTypes: ["customers/create"],
    group: "customer",
  },
  {
    value: "shopify_trigger_app_uninstalled",
    description: "The store uninstalls your app (app/uninstalled)",
    schema: shopSchema,
    sample: appUninstalledSample,
    eventTypes: ["app/uninstalled"],
    group: "app",
  },
];
