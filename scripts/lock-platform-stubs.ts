// Keeps `npm ci` working against registries that do not carry every platform build.
//
// next and tailwindcss list one optional native package per platform
// (@next/swc-darwin-arm64, @tailwindcss/oxide-win32-x64-msvc, …). When the registry
// has no such package, `npm install` leaves it out of package-lock.json, and
// `npm ci` then refuses the lock ("Missing: … from lock file"). npm never installs a
// package whose os/cpu do not match the machine, so an entry that names the
// platform is all `npm ci` needs. Run after changing dependencies:
//   npm install && npm run lock:stubs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type LockPackage = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string>; libc?: string[] };

const PLATFORM = /-(android|darwin|freebsd|linux|win32|wasm32)-?([a-z0-9]+)?(?:-(gnu|musl|gnueabihf|msvc|wasi))?$/;

export function platformOf(name: string): Pick<LockPackage, "os" | "cpu" | "libc"> | undefined {
  const match = PLATFORM.exec(name);
  if (!match) return undefined;
  const [, os, cpu, abi] = match;
  if (os === "wasm32") return { cpu: ["wasm32"] };
  const libc = abi === "gnu" || abi === "gnueabihf" ? ["glibc"] : abi === "musl" ? ["musl"] : undefined;
  return { os: [os], cpu: [cpu === "arm" || abi === "gnueabihf" ? "arm" : cpu], ...(libc ? { libc } : {}) };
}

export function addPlatformStubs(lock: { packages: Record<string, LockPackage> }): string[] {
  const added: string[] = [];
  for (const pkg of Object.values({ ...lock.packages })) {
    for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
      const key = `node_modules/${dep}`;
      const platform = platformOf(dep);
      if (lock.packages[key] || !platform) continue;
      lock.packages[key] = { version, optional: true, ...platform };
      added.push(`${dep}@${version}`);
    }
  }
  return added;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const file = path.resolve(process.argv[2] ?? "package-lock.json");
  const lock = JSON.parse(readFileSync(file, "utf8"));
  const added = addPlatformStubs(lock);
  writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
  console.log(added.length ? `added platform entries: ${added.join(", ")}` : "package-lock.json needs no platform entries");
}
