// The fallback half of the live stream: while anyone in this process is listening,
// one shared loop reads, every second, the rows that changed since its last look and
// hands them to publishLive(), which drops what the in-process bus already sent. This
// is how changes committed by a separate worker (`npm run worker`) or another web
// process reach the dashboard. Every query is an index range (receivedAt, updatedAt).
import "server-only";
import { db } from "../db";
import { liveListenerCount, publishLive } from "./bus";
import { deliveryMessage, DELIVERY_LIVE_SELECT, endpointMessage, ENDPOINT_LIVE_SELECT, inboundMessage, INBOUND_LIVE_SELECT } from "./messages";

const INTERVAL_MS = 1000;
// A row's timestamp is taken before its transaction commits; looking back this far
// catches rows that committed after the previous look although stamped before it.
const LOOKBACK_MS = 5000;
// How long after receipt an event's processing is still followed by polling.
const PROCESSING_WINDOW_MS = 5 * 60_000;
const BATCH = 500;

type PollerState = { timer?: NodeJS.Timeout; running: boolean; lastLook: number };
const shared = globalThis as unknown as { hookyardLivePoller?: PollerState };
const poller = (shared.hookyardLivePoller ??= { running: false, lastLook: Date.now() });

/** Starts the loop if it is not running; it stops by itself when nobody listens. */
export function ensureLivePoller(): void {
  if (poller.timer) return;
  poller.lastLook = Date.now();
  poller.timer = setInterval(() => void tick(), INTERVAL_MS);
  poller.timer.unref();
}

async function tick(): Promise<void> {
  if (liveListenerCount() === 0) {
    clearInterval(poller.timer);
    poller.timer = undefined;
    return;
  }
  if (poller.running) return;
  poller.running = true;
  const now = Date.now();
  try {
    await pollOnce(new Date(poller.lastLook - LOOKBACK_MS), new Date(now - PROCESSING_WINDOW_MS));
    poller.lastLook = now;
  } catch (error) {
    console.error("[hookyard] live poller:", (error as Error).message);
  } finally {
    poller.running = false;
  }
}

export async function pollOnce(since: Date, recentFrom: Date): Promise<void> {
  const events = await db().inboundEvent.findMany({
    where: { receivedAt: { gte: recentFrom }, OR: [{ receivedAt: { gte: since } }, { processedAt: { gte: since } }] },
    select: { ...INBOUND_LIVE_SELECT, endpoint: { select: { userId: true } } },
    orderBy: { receivedAt: "asc" },
    take: BATCH,
  });
  for (const row of events) publishLive(inboundMessage(row.endpoint.userId, row));

  const endpoints = await db().integrationWebhook.findMany({ where: { updatedAt: { gte: since } }, select: ENDPOINT_LIVE_SELECT, take: BATCH });
  for (const row of endpoints) publishLive(endpointMessage(row));

  const deliveries = await db().delivery.findMany({
    where: { updatedAt: { gte: since }, attempts: { gt: 0 } },
    select: { ...DELIVERY_LIVE_SELECT, webhook: { select: { userId: true } } },
    take: BATCH,
  });
  for (const row of deliveries) publishLive(deliveryMessage(row.webhook.userId, row));
}
