import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./axe.js";

// The docs page is served from another origin, the one e2e/serve.mjs lets frame the embed view.
const DOCS_PORT = 8182;
const DOCS_ORIGIN = `http://localhost:${DOCS_PORT}`;
// The same page from an origin RINGSIDE_EMBED_ORIGINS does not list.
const STRANGER_PORT = 8183;
const STRANGER_ORIGIN = `http://localhost:${STRANGER_PORT}`;
const PUBLIC_DIR = join(import.meta.dirname, "..", "public");

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8" };

/** A read-only static server for public/, as a docs site would serve the page. */
async function startDocsServer(port: number): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (req.method !== "GET" || path.includes("..")) {
      res.writeHead(400).end();
      return;
    }
    try {
      const body = await readFile(join(PUBLIC_DIR, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return server;
}

let servers: Server[] = [];
test.beforeAll(async () => {
  servers = [await startDocsServer(DOCS_PORT), await startDocsServer(STRANGER_PORT)];
});
test.afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test("a docs page on another origin embeds the rings and its slider works", async ({
  page,
  baseURL,
}) => {
  await page.goto(`${DOCS_ORIGIN}/embed-sample.html?ringside=${baseURL}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("arrive late");
  const frame = page.frameLocator("iframe#ringside");
  await expect(frame.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await expect(frame.getByTestId("ring.push").locator("path")).not.toHaveCount(0);
  await expect(frame.getByTestId("rings")).toHaveAttribute("data-push-hosts", "5");
  await expect(frame.getByTestId("rings")).toHaveAttribute("data-proxy-hosts", "5");

  const slider = frame.getByTestId("embed.slider");
  await slider.focus();
  await slider.press("Home");
  await expect(frame.getByTestId("embed.replicas")).toHaveText("1");
  await expect(frame.getByTestId("summary.misrouted-count")).toHaveText("0");
  await expect(frame.getByTestId("rings")).toHaveAttribute("data-push-hosts", "1");
  await expect(frame.getByTestId("rings")).toHaveAttribute("data-proxy-hosts", "1");
  await slider.press("ArrowRight");
  await expect(frame.getByTestId("embed.replicas")).toHaveText("2");
  await expect(frame.getByTestId("summary.misrouted-count")).not.toHaveText("0");
  await expect(frame.getByTestId("rings")).toHaveAttribute("data-push-hosts", "2");
  await expect(frame.getByTestId("rings")).toHaveAttribute("data-proxy-hosts", "2");
  await page.screenshot({ path: "e2e/artifacts/embed-docs.png", fullPage: true });
});

test("a page on an origin that is not allowed gets no embed in its frame", async ({
  page,
  baseURL,
}) => {
  const refused = page.waitForEvent("console", (message) =>
    message.text().includes("frame-ancestors"),
  );
  await page.goto(`${STRANGER_ORIGIN}/embed-sample.html?ringside=${baseURL}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("arrive late");
  // Chromium reports the refusal and leaves its own error page in the frame
  expect((await refused).text()).toContain(`frame-ancestors 'self' ${DOCS_ORIGIN}`);
  await expect(page.frameLocator("iframe#ringside").getByTestId("embed.view")).toHaveCount(0);
});

test("the server refuses framing of the dashboard itself from the docs origin", async ({
  page,
  baseURL,
}) => {
  const answer = await page.request.get(`${baseURL}/`);
  expect(answer.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const embed = await page.request.get(`${baseURL}/embed`);
  expect(embed.headers()["content-security-policy"]).toContain(
    `frame-ancestors 'self' ${DOCS_ORIGIN}`,
  );
});

test.describe("in a narrow frame", () => {
  test.use({ viewport: { width: 340, height: 720 } });

  test("the embed view fits the width and asks only its own server", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto("/embed?r=3&theme=dark");
    await expect(page.getByTestId("summary.misrouted-count")).not.toHaveText("—");
    await expect(page.getByTestId("ring.proxy").locator("path")).not.toHaveCount(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(340);
    const rings = await page.getByTestId("embed.view").locator(".rings").boundingBox();
    expect(rings?.width ?? 0).toBeGreaterThan(250);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual(
      [],
    );
    await page.screenshot({ path: "e2e/artifacts/embed-narrow-dark.png", fullPage: true });
  });
});

test("the embed slider leaves the page's Back history as it was", async ({ page }) => {
  await page.goto("/embed?r=3");
  await expect(page.getByTestId("summary.misrouted-count")).not.toHaveText("—");
  const entries = await page.evaluate(() => window.history.length);
  const slider = page.getByTestId("embed.slider");
  for (let i = 0; i < 4; i++) await slider.press("ArrowRight");
  await expect(page.getByTestId("embed.replicas")).toHaveText("7");
  await expect(page).toHaveURL(/[?&]r=7(&|$)/);
  expect(await page.evaluate(() => window.history.length)).toBe(entries);
});

test.describe("accessibility of the embed view", () => {
  test.use({ bypassCSP: true });

  test("axe finds no serious or critical violations", async ({ page }) => {
    await page.goto("/embed");
    await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
