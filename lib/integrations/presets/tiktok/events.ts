// TikTok webhook payloads Hookyard reads: {client_key, event, create_time (unix seconds),
// user_openid, content}, where content is a JSON object serialized into a string.
// https://developers.tiktok.com/doc/webhooks-events
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import authorizationRemovedSample from "./fixtures/authorization-removed.json";
import videoUploadFailedSample from "./fixtures/video-upload-failed.json";
import videoPublishCompletedSample from "./fixtures/video-publish-completed.json";

/** `content` is serialized JSON; check (without transforming) that it holds what we read. */
function jsonString(inner: z.ZodType) {
  return z.string().refine((raw) => {
    try {
      return inner.safeParse(JSON.parse(raw)).success;
    } catch {
      return false;
    }
  }, "content must be a JSON string of the event's fields");
}

function tiktokEvent(event: string, content: z.ZodType) {
  return z.looseObject({
    client_key: z.string(),
    event: z.literal(event),
    create_time: z.number().int(),
    user_openid: z.string(),
    content: jsonString(content),
  });
}

/** reason: 0 unknown, 1 user disconnected, 2 account deleted, 3 age changed, 4 account banned, 5 developer revoked. */
export const authorizationRemovedSchema = tiktokEvent("authorization.removed", z.looseObject({ reason: z.number().int().min(0).max(5) }));
export const videoUploadFailedSchema = tiktokEvent("video.upload.failed", z.looseObject({ share_id: z.string() }));
export const videoPublishCompletedSchema = tiktokEvent("video.publish.completed", z.looseObject({ share_id: z.string() }));

export const TIKTOK_TRIGGERS: TriggerDefinition[] = [
  {
    value: "tiktok_trigger_authorization_removed",
    eventTypes: ["authorization.removed"],
    group: "authorization",
    description: "A user disconnects your app or loses access to it",
    schema: authorizationRemovedSchema,
    sample: authorizationRemovedSample,
  },
  {
    value: "tiktok_trigger_video_upload_failed",
    eventTypes: ["video.upload.failed"],
    group: "video",
    description: "A video sent through Video Kit fails to upload to TikTok",
    schema: videoUploadFailedSchema,
    sample: videoUploadFailedSample,
  },
  {
    value: "tiktok_trigger_video_publish_completed",
    eventTypes: ["video.publish.completed"],
    group: "video",
    description: "A user publishes a video your app shared through Video Kit",
    schema: videoPublishCompletedSchema,
    sample: videoPublishCompletedSample,
  },
];
