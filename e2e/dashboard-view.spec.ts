import { expect, test } from "@playwright/test";
import { connectionsOf, presetCluster, withReplicas } from "./api.js";
import { seriousAxeViolations } from "./axe.js";

test("reload and a copied link restore the view exactly", async ({ page, context }) => {
  await page.goto("/");
  await page.getByTestId("preset.rollout-window").click();
  await page.getByTestId("replicas.input").fill("7");
  await expect(page).toHaveURL(/[?&]r=7(&|$)/);
  await page.getByTestId("matrix.cell-0-1").click();
  await page.getByTestId("user-search.input").fill("1");
  await expect(page).toHaveURL(/[?&]q=1(&|$)/);
  // read the numbers once every answer for this view has come, not a placeholder of the last
  await page.waitForLoadState("networkidle");
  await expect(page.locator("section.headline")).toHaveAttribute("aria-busy", "false");
  const misrouted = (await page.getByTestId("summary.misrouted-count").textContent()) ?? "";
  const matches = (await page.getByTestId("users.count").textContent()) ?? "";
  const url = page.url();

  await page.reload();
  await expect(page.getByTestId("replicas.input")).toHaveValue("7");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText(misrouted);
  await expect(page.getByTestId("users.cell-filter")).toBeVisible();
  await expect(page.getByTestId("user-search.input")).toHaveValue("1");
  await expect(page.getByTestId("users.count")).toHaveText(matches);
  await expect(page.getByTestId("preset.rollout-window").getByRole("radio")).toBeChecked();

  const copy = await context.newPage();
  await copy.goto(url);
  await expect(copy.getByTestId("replicas.input")).toHaveValue("7");
  await expect(copy.getByTestId("summary.misrouted-count")).toHaveText(misrouted);
});

test("Back returns to the previous view", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await page.getByTestId("preset.single-pod").click();
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
  await page.goBack();
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await expect(page.getByTestId("preset.as-shipped").getByRole("radio")).toBeChecked();
});

test("a burst of slider steps is one Back step however long it lasts", async ({ page }) => {
  // the page's clock, so the steps are exactly 200 ms apart: each close to the one before,
  // the burst longer than the 600 ms that keeps changes in one entry
  const start = new Date("2026-01-05T09:00:00Z");
  await page.clock.install({ time: start });
  await page.goto("/?r=5");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));

  const slider = page.getByRole("slider", { name: /replicas slider/i });
  await slider.focus();
  for (let i = 0; i < 5; i++) {
    await slider.press("ArrowRight");
    await page.clock.runFor(200);
  }
  await expect(page).toHaveURL(/[?&]r=10(&|$)/);
  // a step after a pause is an entry of its own
  await page.clock.runFor(1000);
  await slider.press("ArrowRight");
  await expect(page).toHaveURL(/[?&]r=11(&|$)/);
  await page.clock.resume();

  await page.goBack();
  await expect(page.getByTestId("replicas.input")).toHaveValue("10");
  await page.goBack();
  await expect(page.getByTestId("replicas.input")).toHaveValue("5");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
});

test.describe("in a dark system theme", () => {
  test.use({ colorScheme: "dark" });

  test("the page is dark unless the URL asks for light", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect.poll(background).toBe("rgb(15, 18, 22)");
    await page.screenshot({ path: "e2e/artifacts/dark.png", fullPage: true });

    await page.getByText("Light", { exact: true }).click();
    await expect(page).toHaveURL(/[?&]theme=light/);
    await expect.poll(background).toBe("rgb(246, 247, 249)");
  });
});

test.describe("at 768 px wide", () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test("nothing overflows sideways", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(768);
    await page.screenshot({ path: "e2e/artifacts/narrow.png", fullPage: true });
  });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("rings jump straight to a new replica count", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
    await page.getByTestId("replicas.input").fill("6");
    // with no tween, the first frame already holds 6 pods' arcs
    await expect(page.getByTestId("ring.push").locator('path[data-target="5"]')).not.toHaveCount(0);
  });
});

test.describe("accessibility", () => {
  // axe is injected as a script, which the page's content security policy would refuse
  test.use({ bypassCSP: true });

  test("axe finds no serious or critical violations", async ({ page }) => {
    await page.goto("/?user=imAdmin");
    await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
    await expect(page.getByTestId("user-detail.outcome")).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test.describe("in a dark theme at 768 px", () => {
    test.use({ colorScheme: "dark", viewport: { width: 768, height: 1024 } });

    test("axe finds no serious or critical violations", async ({ page }) => {
      await page.goto("/?user=imAdmin&preset=replica-drift");
      await expect(page.getByTestId("summary.outcome-cannotConnect")).not.toHaveText(/^(0|—)$/);
      await expect(page.getByTestId("user-detail.outcome")).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  });
});

test("scale from N to M counts what the API answers at both ends", async ({ page }) => {
  const misroutedAt = async (replicas: number) => {
    const presets = (await (await page.request.get("/api/v1/presets")).json()) as {
      id: string;
      cluster: { gateway: { replicas: number }; push: { env: object }; proxy: { env: object } };
    }[];
    const base = presets.find((p) => p.id === "as-shipped")?.cluster;
    if (!base) throw new Error("no as-shipped preset");
    const count = String(replicas);
    const cluster = {
      ...base,
      gateway: { ...base.gateway, replicas },
      push: { ...base.push, env: { ...base.push.env, MY_MSGGATEWAY_REPLICACOUNT: count } },
      proxy: { ...base.proxy, env: { ...base.proxy.env, MY_MSGGATEWAY_REPLICACOUNT: count } },
    };
    const answer = await page.request.post("/api/v1/analysis", {
      data: { cluster, users: { synthetic: { count: 10_000, seed: 1 } }, sampleSize: 0 },
    });
    return ((await answer.json()) as { summary: { misrouted: number } }).summary.misrouted;
  };
  const count = (n: number) => n.toLocaleString("en-US");

  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await page.getByTestId("scale-change.to").fill("8");
  await expect(page.getByTestId("scale-change.misrouted-from")).toHaveText(
    count(await misroutedAt(5)),
  );
  await expect(page.getByTestId("scale-change.misrouted-to")).toHaveText(
    count(await misroutedAt(8)),
  );
  // every user's connection pod at both ends, as the API routes them
  const base = await presetCluster(page, "as-shipped");
  const before = await connectionsOf(page, withReplicas(base, 5));
  const after = await connectionsOf(page, withReplicas(base, 8));
  expect(before.size).toBe(10_000);
  const moved = [...before].filter(([user, pod]) => after.get(user) !== pod).length;
  await expect(page.getByTestId("scale-change.moved")).toHaveText(
    `${count(moved)} of 10,000 users (${((moved / 10_000) * 100).toFixed(1)}%)`,
  );
});
