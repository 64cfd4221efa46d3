// The job kinds and the function that runs each. A feature adds its kind here
// (process-inbound, deliver, …) with its handler module.
import "server-only";
import { renewRemoteWebhook } from "../connections/remote/renew-remote-webhook";
import { processInbound, processInboundBatch } from "../inbound/process-inbound";
import { deliver, deliverBatch } from "../outbound/deliver";
import { runHealthCheck } from "../outbound/health-check";
import type { ClaimedJob } from "./claim";

export type JobHandler = (payload: unknown, job: ClaimedJob) => Promise<void>;

export const JOB_HANDLERS: Record<string, JobHandler> = {
  "process-inbound": processInbound,
  deliver,
  "health-check": runHealthCheck,
  "renew-remote-webhook": renewRemoteWebhook,
};

export type JobKind = keyof typeof JOB_HANDLERS;

/**
 * Kinds whose jobs can run together: the worker hands all of a claim's jobs of that kind
 * to one call. When the call fails, each job is run alone with its JOB_HANDLERS entry, so
 * one bad job fails by itself and the others still complete.
 */
export const BATCH_HANDLERS: Partial<Record<string, (payloads: unknown[]) => Promise<void>>> = {
  "process-inbound": processInboundBatch,
  deliver: deliverBatch,
};
