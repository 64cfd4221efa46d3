// /connections in Chromium: a provider whose OAuth client is not configured has a disabled
// Connect button that says which variables to set, a configured one links to its authorize
// route, and
// the connected-accounts list is an empty state, not an error, whether or not the
// /api/connections routes exist yet.
import { describe, expect, inject, it } from "vitest";
import { fillSignIn, useBrowser } from "../support/browser";
import { fakeControl } from "../support/connect";
import { saveThemedScreenshots, savePhoneScreenshot } from "../support/screenshots";

const baseUrl = inject("baseUrl");
const admin = inject("admin");
const fakeProviderUrl = inject("fakeProviderUrl");
const browser = useBrowser();

describe("/connections", () => {
  it("lists OAuth integrations with disabled Connect buttons and the reason, and no connected accounts", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in?callbackUrl=/connections`);
    await fillSignIn(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "Connections", level: 1 }).waitFor();
    await page.getByText("No accounts connected yet").waitFor();
    expect(await page.getByRole("alert").filter({ hasText: /\S/ }).count()).toBe(0);

    // The e2e server configures the fake provider's OAuth apps (GitHub among them), not GitLab's.
    const gitlab = page.getByTestId("oauth-provider").filter({ hasText: "GitLab" });
    const disabled = gitlab.getByRole("button", { name: "Connect GitLab" });
    expect(await disabled.isDisabled()).toBe(true);
    const reasonId = (await disabled.getAttribute("aria-describedby"))!;
    expect(await page.locator(`#${reasonId}`).textContent()).toBe("Not configured: set GITLAB_CLIENT_ID and GITLAB_CLIENT_SECRET.");
    const github = page.getByTestId("oauth-provider").filter({ hasText: "GitHub" });
    expect(await github.getByRole("link", { name: "Connect GitHub" }).getAttribute("href")).toBe("/api/connections/github/authorize");
    expect(await page.getByTestId("oauth-provider").count()).toBeGreaterThanOrEqual(5);
    await page.getByText(`${baseUrl}/api/connections/<provider>/callback`).waitFor();
    expect(await page.getByTestId("oauth-provider").filter({ hasText: "PayPal" }).count()).toBe(0); // no OAuth: no tile

    await context.close();
  });

  // The whole flow in the browser against the fake provider of the test setup: Connect →
  // the provider's consent (the fake approves at once) → callback → this page, then the
  // account's remote webhooks (one repository refuses them), and a confirmed disconnect.
  it("connects GitHub over OAuth, shows its remote webhooks and the one that failed, and disconnects after confirming", async () => {
    await fakeControl(fakeProviderUrl, "settings", { failCreateFor: ["octo/locked"] });
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in?callbackUrl=/connections`);
    await fillSignIn(page, admin.email, admin.password);
    await page.getByTestId("oauth-provider").filter({ hasText: "GitHub" }).getByRole("link", { name: "Connect GitHub" }).click();

    await page.getByTestId("toast").filter({ hasText: "GitHub is connected." }).waitFor();
    await page.waitForURL((url) => url.pathname === "/connections" && url.search === "");
    const github = page.getByTestId("connection").filter({ hasText: "GitHub" });
    await github.waitFor();
    expect(await github.textContent()).toContain("active");

    await github.getByRole("button", { name: /^Show remote webhooks/ }).click();
    await github.getByText("octo/one").waitFor();
    await github.getByText("octo/two").waitFor();
    await github.getByRole("button", { name: "Register webhooks" }).click();
    await github.getByRole("alert").filter({ hasText: "octo/locked" }).waitFor();
    await saveThemedScreenshots(page, "connections");
    await savePhoneScreenshot(page, "connections");

    await github.getByRole("button", { name: /^Disconnect/ }).click();
    const dialog = page.getByRole("dialog", { name: /^Disconnect GitHub/ });
    await dialog.getByRole("button", { name: "Disconnect" }).click();
    await github.waitFor({ state: "detached" });
    await page.getByText("No accounts connected yet").waitFor();
    await fakeControl(fakeProviderUrl, "settings", { failCreateFor: [] });
    await context.close();
  });

  // Shopify needs the store before the flow starts; Trello has no code flow and shows a token
  // on its own page, which the user pastes into the tile.
  it("connects Shopify with the store typed into its tile and Trello with a pasted token", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in?callbackUrl=/connections`);
    await fillSignIn(page, admin.email, admin.password);

    const shopify = page.getByTestId("oauth-provider").filter({ hasText: "Shopify" });
    const store = shopify.getByLabel("Shopify store (your-store.myshopify.com)");
    await store.fill("not a store");
    await shopify.getByRole("button", { name: "Connect Shopify" }).click();
    expect(await store.getAttribute("aria-invalid")).toBe("true");
    await shopify.getByText("Enter your store (your-store.myshopify.com).").waitFor();
    await store.fill("Fake-Store.myshopify.com");
    await shopify.getByRole("button", { name: "Connect Shopify" }).click();
    await page.getByTestId("toast").filter({ hasText: "Shopify is connected." }).waitFor();
    await page.getByTestId("connection").filter({ hasText: "Shopify" }).waitFor();

    const trello = page.getByTestId("oauth-provider").filter({ hasText: "Trello" });
    const tokenPage = trello.getByRole("link", { name: "Get a token from Trello" });
    expect(await tokenPage.getAttribute("target")).toBe("_blank");
    const shown = await page.request.get(`${baseUrl}${await tokenPage.getAttribute("href")}`); // what the new tab shows
    const { token } = (await shown.json()) as { token: string };
    await trello.getByLabel("Trello token").fill("not-a-token");
    await trello.getByRole("button", { name: "Connect Trello" }).click();
    await trello.getByText(/did not accept the token/).waitFor();
    await trello.getByLabel("Trello token").fill(token);
    await trello.getByRole("button", { name: "Connect Trello" }).click();
    await page.getByTestId("toast").filter({ hasText: "Trello is connected." }).waitFor();
    await page.getByTestId("connection").filter({ hasText: "Trello" }).waitFor();

    const connections = (await (await page.request.get(`${baseUrl}/api/connections`)).json()) as { id: string }[];
    for (const c of connections) expect((await page.request.delete(`${baseUrl}/api/connections/${c.id}`)).status()).toBe(204);
    await context.close();
  });
});
