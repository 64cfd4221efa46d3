// The user's endpoint ids: at most one per catalog integration, so an IN list of
// them lets every event query use the (endpointId, …) indexes instead of a join.
import "server-only";
import { db } from "../db";

export type UserEndpoint = { id: string; providerId: string; status: string };

export function listUserEndpoints(userId: string): Promise<UserEndpoint[]> {
  return db().integrationWebhook.findMany({ where: { userId }, select: { id: true, providerId: true, status: true } });
}
