// Every route handler under app/api/ is in the OpenAPI document, method by method,
// so a new route fails this test until it is documented in lib/openapi/document.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getOpenApiDocument } from "@/lib/openapi/document";

const apiDir = path.resolve(__dirname, "../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;

// Catch-all folders are not single OpenAPI paths; each says how it is covered.
const CATCH_ALL_RULES: Record<string, (paths: string[]) => boolean> = {
  // next-auth's own endpoints: the ones a client uses are documented one by one.
  "/api/auth/[...nextauth]": (paths) => ["/api/auth/csrf", "/api/auth/session", "/api/auth/callback/credentials"].every((p) => paths.includes(p)),
  // The JSON 404/401 fallback for unknown API paths: it is not an API route.
  "/api/[...path]": () => true,
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b|export \\{[^}]*\\bas ${m}\\b`).test(source));
}

const routes = routeFiles(apiDir).map((file) => ({
  route: "/api/" + path.relative(apiDir, path.dirname(file)).split(path.sep).join("/"),
  methods: exportedMethods(file),
}));

describe("GET /api/openapi.json", () => {
  const document = getOpenApiDocument();
  const paths = Object.keys(document.paths ?? {});

  it("is an OpenAPI 3.1 document", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(routes.length).toBeGreaterThan(5);
  });

  it.each(routes.map((r) => [r.route, r] as const))("documents %s", (route, { methods }) => {
    expect(methods.length).toBeGreaterThan(0);
    if (route.includes("[...")) {
      expect(CATCH_ALL_RULES[route], `no rule for the catch-all ${route}`).toBeDefined();
      expect(CATCH_ALL_RULES[route](paths)).toBe(true);
      return;
    }
    const openApiPath = route.replace(/\[([^\]]+)\]/g, "{$1}");
    expect(paths, `${openApiPath} is missing from lib/openapi/document.ts`).toContain(openApiPath);
    for (const method of methods) {
      expect(document.paths![openApiPath], `${method} ${openApiPath} is not documented`).toHaveProperty(method.toLowerCase());
    }
  });
});
