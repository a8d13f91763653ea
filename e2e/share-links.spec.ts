import { expect, test } from "@playwright/test";

test("a saved link reopens the same view in a new page", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?preset=rollout-window&r=7&scope=gateway&theme=dark");
  await expect(page.getByTestId("replicas.input")).toHaveValue("7");
  const misrouted = page.getByTestId("summary.misrouted-count");
  await expect(misrouted).not.toHaveText("—");
  const numbers = {
    misrouted: await misrouted.textContent(),
    dropped: await page.getByTestId("summary.outcome-dropped").textContent(),
    delivered: await page.getByTestId("summary.outcome-delivered").textContent(),
  };

  await page.getByTestId("share.save").click();
  const link = page.getByTestId("share.link");
  await expect(link).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]+$/);
  const url = await link.inputValue();
  await page.getByTestId("share.copy").click();
  await expect(page.getByTestId("share.note")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await page.screenshot({ path: "e2e/artifacts/share-saved.png" });

  const opened = await context.newPage();
  await opened.goto(url);
  await expect(opened).toHaveURL(/\/\?preset=rollout-window&r=7&scope=gateway&theme=dark$/);
  await expect(opened.getByTestId("replicas.input")).toHaveValue("7");
  await expect(opened.getByTestId("summary.misrouted-count")).toHaveText(numbers.misrouted ?? "");
  await expect(opened.getByTestId("summary.outcome-dropped")).toHaveText(numbers.dropped ?? "");
  await expect(opened.getByTestId("summary.outcome-delivered")).toHaveText(numbers.delivered ?? "");
  await expect(opened.getByTestId("replicas.scope")).toHaveValue("gateway");
  await expect(opened.getByTestId("preset.rollout-window").getByRole("radio")).toBeChecked();
});

test("a saved id opens in the embed view too", async ({ page }) => {
  await page.goto("/?r=3");
  await expect(page.getByTestId("replicas.input")).toHaveValue("3");
  const misrouted = await page.getByTestId("summary.misrouted-count").textContent();
  await page.getByTestId("share.save").click();
  const url = await page.getByTestId("share.link").inputValue();
  const id = url.split("/s/")[1];

  await page.goto(`/embed/s/${id}`);
  await expect(page).toHaveURL(/\/embed\?r=3$/);
  await expect(page.getByTestId("embed.replicas")).toHaveText("3");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText(misrouted ?? "");
});

test("an unknown saved id says so", async ({ page }) => {
  await page.goto("/s/no-such-view");
  await expect(page.getByTestId("saved.error")).toContainText("No scenario no-such-view");
});

test("the embed code frames the current view from this server", async ({ page, baseURL }) => {
  await page.goto("/?r=4");
  await expect(page.getByTestId("replicas.input")).toHaveValue("4");
  await page.getByTestId("share.embed").click();
  const code = await page.getByTestId("share.embed-code").inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+"/);
  const src = /src="([^"]+)"/.exec(code)?.[1] ?? "";
  expect(src).toBe(`${baseURL}/embed?r=4`);

  await page.goto(src);
  await expect(page.getByTestId("embed.replicas")).toHaveText("4");
  await expect(
    page.getByTestId("embed.view").getByRole("link", { name: /open in ringside/i }),
  ).toHaveAttribute("href", "/?r=4");
});
