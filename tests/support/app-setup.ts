// Vitest globalSetup for the integration and e2e projects: one fresh database and
// one running app for the whole project; tests get the URLs through inject().
import type { TestProject } from "vitest/node";
import { startAppServer, TEST_ADMIN, type AppServer } from "./app-server";
import { startFakeProvider, type FakeProvider } from "./fake-provider";
import { createTestDatabase, type TestDatabase } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    admin: { email: string; password: string };
    fakeProviderUrl: string;
  }
}

let server: AppServer | undefined;
let database: TestDatabase | undefined;
let fakeProvider: FakeProvider | undefined;

export async function setup(project: TestProject) {
  database = await createTestDatabase();
  // The OAuth providers of the connection tests: the app's provider URLs point at this fake.
  fakeProvider = await startFakeProvider();
  server = await startAppServer(database.url, fakeProvider.env);
  project.provide("baseUrl", server.baseUrl);
  project.provide("databaseUrl", database.url);
  project.provide("admin", TEST_ADMIN);
  project.provide("fakeProviderUrl", fakeProvider.url);
}

export async function teardown() {
  await server?.stop();
  await fakeProvider?.close();
  if (process.env.HOOKYARD_TEST_SERVER_LOG && server) (await import("node:fs")).writeFileSync(process.env.HOOKYARD_TEST_SERVER_LOG, server.output());
  await database?.drop();
}
