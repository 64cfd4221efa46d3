// `npm ci` (CI, fresh machines) needs every optional platform package in the lock,
// even those the registry here does not carry; scripts/lock-platform-stubs.ts adds them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addPlatformStubs, platformOf } from "@/scripts/lock-platform-stubs";

describe("package-lock.json", () => {
  it("names every optional platform package, so `npm ci` accepts it", () => {
    const lock = JSON.parse(readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8"));
    expect(addPlatformStubs(lock)).toEqual([]);
  });

  it("reads the platform from a package name", () => {
    expect(platformOf("@next/swc-darwin-arm64")).toEqual({ os: ["darwin"], cpu: ["arm64"] });
    expect(platformOf("@tailwindcss/oxide-linux-arm-gnueabihf")).toEqual({ os: ["linux"], cpu: ["arm"], libc: ["glibc"] });
    expect(platformOf("@tailwindcss/oxide-win32-x64-msvc")).toEqual({ os: ["win32"], cpu: ["x64"] });
    expect(platformOf("@tailwindcss/oxide-wasm32-wasi")).toEqual({ cpu: ["wasm32"] });
    expect(platformOf("zod")).toBeUndefined();
  });
});
