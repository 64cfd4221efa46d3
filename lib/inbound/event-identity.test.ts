import { describe, expect, it } from "vitest";
import { identityText } from "./event-identity";

describe("identityText", () => {
  it("keeps strings, writes finite numbers as digits, and turns everything else into null", () => {
    expect(identityText("push")).toBe("push");
    expect(identityText("")).toBe("");
    expect(identityText(42)).toBe("42");
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, {}, ["push"], { type: "push" }]) expect(identityText(value)).toBeNull();
  });
});
