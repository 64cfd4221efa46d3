// YouTube push notification payloads Hookyard reads. The hub POSTs an Atom feed
// (application/atom+xml) with one <entry> per video. The schemas and samples below describe the
// entry PARSED into an object: yt:videoId → videoId, yt:channelId → channelId, title, the
// rel="alternate" link's href → link, author name/uri, published and updated.
// Format from https://developers.google.com/youtube/v3/guides/push_notifications
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import newVideoSample from "./fixtures/new-video.json";
import videoUpdatedSample from "./fixtures/video-updated.json";

export const videoEntrySchema = z.looseObject({
  videoId: z.string().regex(/^[A-Za-z0-9_-]{11}$/),
  channelId: z.string().regex(/^UC[A-Za-z0-9_-]{22}$/),
  title: z.string(),
  link: z.url(),
  author: z.looseObject({ name: z.string(), uri: z.url() }).optional(),
  published: z.iso.datetime({ offset: true }),
  updated: z.iso.datetime({ offset: true }),
});

// The feed does not say whether an entry is new or edited; an upload has updated close to
// published, an edit of an older video has a later updated.
export const YOUTUBE_TRIGGERS: TriggerDefinition[] = [
  { value: "youtube_trigger_new_video", eventTypes: ["entry"], group: "video", description: "The channel uploads a new video", schema: videoEntrySchema, sample: newVideoSample },
  {
    value: "youtube_trigger_video_updated",
    eventTypes: ["entry"],
    group: "video",
    description: "The channel changes a video's title or description",
    schema: videoEntrySchema,
    sample: videoUpdatedSample,
  },
];
