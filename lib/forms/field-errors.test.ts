import { describe, expect, it } from "vitest";
import { outboundWebhookCreateSchema } from "../outbound/schemas";
import { ApiClientError } from "../swr/fetch-json";
import { issuesToFieldErrors, serverFieldErrors } from "./field-errors";

describe("issuesToFieldErrors", () => {
  it("keys the first message by top-level field, from the API's own schema", () => {
    const result = outboundWebhookCreateSchema.safeParse({ name: " ", url: "nope", eventTypes: [], secret: "short" });
    expect(result.success).toBe(false);
    expect(issuesToFieldErrors(result.error!.issues)).toEqual({
      name: "Give the webhook a name",
      url: "Enter a full URL such as https://example.com/hooks",
      eventTypes: "Choose at least one event type",
      secret: "A secret needs at least 16 characters",
    });
  });

  it("maps a nested path to its top-level field and skips form-level issues", () => {
    expect(
      issuesToFieldErrors([
        { path: ["eventTypes", 2], message: "bad type" },
        { path: [], message: "whole form" },
      ]),
    ).toEqual({ eventTypes: "bad type" });
  });
});

describe("serverFieldErrors", () => {
  it("reads error.details of an API failure and ignores anything else", () => {
    expect(serverFieldErrors(new ApiClientError(422, "unprocessable", "The URL cannot be used", [{ path: ["url"], message: "not public" }]))).toEqual({ url: "not public" });
    expect(serverFieldErrors(new ApiClientError(500, "internal_error", "oops"))).toEqual({});
    expect(serverFieldErrors(new Error("network"))).toEqual({});
  });
});
