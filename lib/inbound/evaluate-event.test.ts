// evaluateEvent: nothing verified is dropped. Known and unknown event types are processed,
// a payload off its schema is processed with its drift, the endpoint's trigger types filter.
import { describe, expect, it } from "vitest";
import issuesSample from "../integrations/presets/github/fixtures/issues.json";
import { evaluateEvent } from "./evaluate-event";
import { genericActivity } from "./generic-activity";

const all = { triggerTypes: ["*"] };

describe("evaluateEvent", () => {
  it("processes a main event with its hand-written activity and no drift", () => {
    const outcome = evaluateEvent({ providerId: "github", eventType: "issues", payload: issuesSample, endpoint: all });
    expect(outcome).toMatchObject({ status: "processed", trigger: "github_trigger_issues" });
    expect(outcome.schemaDrift).toBeUndefined();
    expect(outcome.activities[0].text).toContain("opened issue #1");
  });

  it("processes an event without a hand-written trigger with a generic activity and the catalog's trigger", () => {
    const payload = {
      action: "created",
      issue: { number: 1, title: "Spelling error", html_url: "https://github.com/o/r/issues/1" },
      comment: { id: 9, html_url: "https://github.com/o/r/issues/1#issuecomment-9" },
      repository: { full_name: "o/r" },
    };
    const outcome = evaluateEvent({ providerId: "github", eventType: "issue_comment", payload, endpoint: all });
    expect(outcome.status).toBe("processed");
    expect(outcome.trigger).toBe("github_trigger_issue_comment");
    expect(outcome.activities).toEqual([{ text: "GitHub issue_comment created: Spelling error in o/r", sourceUrl: "https://github.com/o/r/issues/1#issuecomment-9" }]);
  });

  it("processes an event type newer than the catalog under a trigger named after it", () => {
    const outcome = evaluateEvent({ providerId: "stripe", eventType: "brand_new.thing_happened", payload: { id: "evt_1", type: "brand_new.thing_happened", data: { object: {} } }, endpoint: all });
    expect(outcome).toMatchObject({ status: "processed", trigger: "stripe_trigger_brand_new_thing_happened" });
  });

  it("processes a payload missing a schema field, marked with its drift (real issues examples lack issue.state)", () => {
    const payload = { ...issuesSample, issue: { ...issuesSample.issue, state: undefined } };
    const outcome = evaluateEvent({ providerId: "github", eventType: "issues", payload, endpoint: all });
    expect(outcome.status).toBe("processed");
    expect(outcome.error).toBeUndefined();
    expect(outcome.schemaDrift).toEqual([expect.stringContaining("issue.state")]);
    expect(outcome.activities[0].text).toContain("issue #1");
  });

  it("ignores only what the endpoint's trigger types exclude", () => {
    const outcome = evaluateEvent({ providerId: "github", eventType: "star", payload: { action: "created" }, endpoint: { triggerTypes: ["github_trigger_push"] } });
    expect(outcome).toMatchObject({ status: "ignored", trigger: "github_trigger_star" });
    expect(evaluateEvent({ providerId: "github", eventType: "star", payload: { action: "created" }, endpoint: { triggerTypes: ["github_trigger_star"] } }).status).toBe("processed");
  });
});

describe("genericActivity", () => {
  it("prefers a link for people over an API link, and reads Stripe's data.object", () => {
    const stripe = genericActivity("Stripe", "charge.captured", { type: "charge.captured", data: { object: { id: "ch_1", url: "https://api.stripe.com/v1/charges/ch_1", description: "Order 7" } } });
    expect(stripe).toEqual({ text: "Stripe charge.captured: ch_1", sourceUrl: null });
    expect(genericActivity("X", null, "not an object")).toEqual({ text: "X event", sourceUrl: null });
  });
});
