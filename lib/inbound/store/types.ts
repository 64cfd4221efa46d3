// What the receiver hands to storage, and what it gets back.
import "server-only";

export type IncomingEvent = {
  eventType: string | null;
  deliveryId: string;
  payload: unknown;
  body: Buffer;
  /** What the `payload` column gets (payload-storage.ts): the payload, or a marker when the body is its JSON. */
  storedPayload: unknown;
};

/** The stored events' ids; `duplicate` when every event of the request was already stored. */
export type StoreResult = { ids: string[]; duplicate: boolean };
