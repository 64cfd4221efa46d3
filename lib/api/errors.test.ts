import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, errorResponse } from "./errors";

/** The JSON error shape of DESIGN.md, as a test reads it. */
type ErrorBody = { error: { code: string; message: string; details?: { path: (string | number)[] }[] } };

describe("errorResponse", () => {
  it("maps an ApiError code to its status and the JSON error shape", async () => {
    const response = errorResponse(new ApiError("conflict", "Already exists."));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "conflict", message: "Already exists." } });
  });

  it("puts zod issues in details with a 400", async () => {
    const result = z.object({ name: z.string() }).safeParse({});
    const response = errorResponse(result.error);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("validation_error");
    expect(body.error.details?.[0]?.path).toEqual(["name"]);
  });

  it("answers unknown errors with a generic 500 that leaks nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(new Error("password=hunter2 at /srv/db.ts:12"));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("hunter2");
    expect((JSON.parse(text) as ErrorBody).error.code).toBe("internal_error");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("turns an unreachable database into a 503 with Retry-After", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    log.mockRestore();
  });
});
