// Which store failures are "busy, retry" (503 overloaded with Retry-After) and which pass through.
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors";
import { asIntakeError, isStoreBusy, overloadedError } from "./overload";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isStoreBusy", () => {
  it.each([
    ["SQLite lock", withCode("SQLITE_BUSY")],
    ["Prisma pool timeout", withCode("P2024")],
    ["Prisma transaction start timeout", withCode("P2028")],
    ["PostgreSQL too_many_connections", withCode("53300")],
    ["PostgreSQL statement timeout", withCode("57014")],
    ["PostgreSQL lock_not_available", withCode("55P03")],
    ["node-postgres pool wait, wrapped", Object.assign(new Error("adapter failed"), { cause: new Error("timeout exceeded when trying to connect") })],
    ["driver adapter kind", Object.assign(new Error("x"), { cause: { kind: "TooManyConnections" } })],
    ["an overloaded ApiError", overloadedError("busy")],
  ])("%s is busy", (_name, error) => expect(isStoreBusy(error)).toBe(true));

  it.each([
    ["a constraint failure", withCode("SQLITE_CONSTRAINT_FOREIGNKEY")],
    ["a unique violation", withCode("P2002")],
    ["a plain bug", new TypeError("undefined is not a function")],
    ["a not_found ApiError", new ApiError("not_found", "gone")],
  ])("%s is not", (_name, error) => expect(isStoreBusy(error)).toBe(false));
});

describe("asIntakeError", () => {
  it("turns a busy driver error into 503 overloaded with Retry-After, without the driver's message", () => {
    const error = asIntakeError(withCode("SQLITE_BUSY", "database is locked at /secret/path.db")) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("overloaded");
    expect(error.status).toBe(503);
    expect(Number(error.headers?.["Retry-After"])).toBeGreaterThanOrEqual(1);
    expect(error.message).not.toContain("/secret");
  });

  it("adds Retry-After to a 503 that has none, and leaves other errors alone", () => {
    const unavailable = asIntakeError(new ApiError("database_unavailable", "down")) as ApiError;
    expect(unavailable.code).toBe("database_unavailable");
    expect(unavailable.headers?.["Retry-After"]).toBeDefined();
    const bug = new TypeError("boom");
    expect(asIntakeError(bug)).toBe(bug);
  });
});
