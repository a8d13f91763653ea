import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./axe.js";

const TITLES = [
  "One gateway pod: every message arrives",
  "Scale the gateway to five pods",
  "Two addresses for the same pod",
  "One user, two pods",
  "How many users that is",
  "The fix: both sides write :88",
  "OpenIM 3.8.4: send to every pod",
];

test("each step's link opens that step and sets the dashboard", async ({ page }) => {
  for (const [i, title] of TITLES.entries()) {
    await page.goto(`/story/${i + 1}`);
    await expect(page.getByTestId("story.title")).toHaveText(title);
    await expect(page.getByTestId("story.step")).toHaveText(`Step ${i + 1} of 7`);
  }

  await page.goto("/story/1");
  await expect(page.getByTestId("replicas.input")).toHaveValue("1");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
  await expect(page.getByTestId("story.count")).toContainText("0 of 10,000 online users");

  await page.goto("/story/2");
  await expect(page.getByTestId("replicas.input")).toHaveValue("5");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");

  await page.goto("/story/3");
  await expect(page.getByTestId("story.push-address")).toHaveText(
    "openimserver-openim-msggateway-0.openimserver-openim-msggateway-headless.openim.svc." +
      "cluster.local:88",
  );
  await expect(page.getByTestId("story.push-address-diff")).toHaveText(":88");
  await expect(page.getByTestId("story.proxy-address")).toContainText("svc.cluster.local");
  await expect(page.getByTestId("story.proxy-address")).not.toContainText(":88");

  await page.goto("/story/4");
  const userId = page.getByTestId("story.user-id");
  await expect(userId).not.toBeEmpty();
  const id = (await userId.textContent()) ?? "";
  await expect(page).toHaveURL(new RegExp(`[?&]user=${id}(&|$)`));
  const connect = (await page.getByTestId("story.user-connect").textContent()) ?? "";
  const deliver = (await page.getByTestId("story.user-deliver").textContent()) ?? "";
  expect(connect).toMatch(/^pod \d$/);
  expect(deliver).toMatch(/^pod \d$/);
  expect(connect).not.toBe(deliver);
  await expect(page.getByTestId("ring.selected-user")).toBeVisible();
  await page.screenshot({ path: "e2e/artifacts/story-user.png" });

  await page.goto("/story/5");
  await expect(page.getByTestId("story.count")).toContainText("8,609 of 10,000 online users");

  await page.goto("/story/6");
  await expect(page.getByTestId("preset.patched-proxy").getByRole("radio")).toBeChecked();
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");

  await page.goto("/story/7");
  await expect(page.getByTestId("story.rpcs")).toContainText("5 RPCs instead of 1");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
  await expect(page.getByTestId("story.next")).toBeDisabled();
});

test("arrow keys, buttons and Back walk the steps", async ({ page }) => {
  await page.goto("/story/1");
  await expect(page.getByTestId("replicas.input")).toHaveValue("1");
  await expect(page.getByTestId("story.previous")).toBeDisabled();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/story\/2\?r=5$/);
  await expect(page.getByTestId("story.title")).toHaveText(TITLES[1] ?? "");
  await expect(page.getByTestId("story.title")).toBeFocused();
  await expect(page.getByTestId("replicas.input")).toHaveValue("5");

  await page.getByTestId("story.next").click();
  await expect(page).toHaveURL(/\/story\/3/);
  await expect(page.getByTestId("story.push-address-diff")).toHaveText(":88");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/\/story\/2/);

  // arrows inside the replicas field belong to the field
  await page.getByTestId("replicas.slider").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/story\/2\?r=6$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/story\/2\?r=5$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/story\/3/);
  await expect(page.getByTestId("story.title")).toHaveText(TITLES[2] ?? "");
  await page.getByRole("link", { name: /step 6:/i }).click();
  await expect(page.getByTestId("story.title")).toHaveText(TITLES[5] ?? "");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
});

test.describe("accessibility of the story", () => {
  test.use({ bypassCSP: true, colorScheme: "dark" });

  test("axe finds no serious or critical violations in a dark theme", async ({ page }) => {
    await page.goto("/story/3");
    await expect(page.getByTestId("story.push-address-diff")).toHaveText(":88");
    await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
    await page.screenshot({ path: "e2e/artifacts/story-dark.png" });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
