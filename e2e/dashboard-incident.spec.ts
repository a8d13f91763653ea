import { expect, type Page, test } from "@playwright/test";

// The default view: OpenIM 3.5.1 as shipped, 5 gateway pods, 10,000 synthetic users, seed 1.
const DEFAULT_USERS = { synthetic: { count: 10_000, seed: 1 } };

async function presetCluster(page: Page, id: string): Promise<unknown> {
  const answer = await page.request.get("/api/v1/presets");
  expect(answer.ok()).toBe(true);
  const presets = (await answer.json()) as { id: string; cluster: unknown }[];
  const preset = presets.find((p) => p.id === id);
  expect(preset, `preset ${id}`).toBeDefined();
  return preset?.cluster;
}

const count = (n: number) => n.toLocaleString("en-US");
const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

test("the default view shows the misrouted share the analysis API answers", async ({ page }) => {
  const cluster = await presetCluster(page, "as-shipped");
  const answer = await page.request.post("/api/v1/analysis", {
    data: { cluster, users: DEFAULT_USERS, sampleSize: 0 },
  });
  expect(answer.ok()).toBe(true);
  const { summary } = (await answer.json()) as {
    summary: { users: number; misrouted: number; delivered: number };
  };
  expect(summary.users).toBe(10_000);
  expect(summary.misrouted).toBeGreaterThan(5_000);

  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText(count(summary.misrouted));
  await expect(page.getByTestId("summary.misrouted-percent")).toHaveText(
    share(summary.misrouted, summary.users),
  );
  await expect(page.getByTestId("summary.outcome-delivered")).toHaveText(count(summary.delivered));
  await expect(page.getByTestId("replicas.input")).toHaveValue("5");
  await expect(page.getByTestId("ring.push").locator("path")).not.toHaveCount(0);
  await expect(page.getByTestId("ring.proxy").locator("path")).not.toHaveCount(0);
  await expect(page.getByTestId("rings.legend").locator("tbody tr")).toHaveCount(5);
  await page.screenshot({ path: "e2e/artifacts/default-view.png", fullPage: true });
});

test("a small user set has every user drawn on the rings", async ({ page }) => {
  const cluster = await presetCluster(page, "as-shipped");
  const answer = await page.request.post("/api/v1/analysis", {
    data: { cluster, users: { synthetic: { count: 2_000, seed: 1 } }, sampleSize: 0 },
  });
  const { summary } = (await answer.json()) as { summary: { users: number; misrouted: number } };

  await page.goto("/?n=2000");
  await expect(page.getByTestId("rings.key")).toContainText("Every user drawn (2,000)");
  // a misrouted user is one connector line, any other user one dot
  const marks = page.getByTestId("rings.user-marks");
  const count = (selector: string, token: string) => () =>
    marks.evaluate(
      (g, args) => {
        let n = 0;
        for (const path of g.querySelectorAll(args.selector)) {
          n += (path.getAttribute("d") ?? "").split(args.token).length - 1;
        }
        return n;
      },
      { selector, token },
    );
  const lines = count(".user-connector", "L");
  const dots = count(".user-dot", "h0");
  await expect.poll(lines).toBe(summary.misrouted);
  await expect.poll(dots).toBe(summary.users - summary.misrouted);
});

test("the users drawn fade while the analysis of new rings is on its way", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  const users = page.getByTestId("rings.users");
  await expect(users).toHaveAttribute("data-stale", "false");
  const box = await page.getByTestId("rings").boundingBox();

  // hold the overview at 9 replicas (not prefetched from 5) until the fade has been seen
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/api/v1/analysis", async (route) => {
    const body = route.request().postDataJSON() as {
      cluster: { gateway: { replicas: number } };
      sampleSize: number;
    };
    if (body.cluster.gateway.replicas === 9 && body.sampleSize > 0) await held;
    await route.continue();
  });
  await page.getByTestId("replicas.input").fill("9");
  await expect(page.getByTestId("rings")).toHaveAttribute("data-push-hosts", "9");
  await expect(users).toHaveAttribute("data-stale", "true");
  await expect.poll(() => users.evaluate((svg) => getComputedStyle(svg).opacity)).toBe("0.25");
  expect(await page.getByTestId("rings").boundingBox()).toEqual(box);
  await page.getByTestId("rings").screenshot({ path: "e2e/artifacts/rings-stale-users.png" });

  release();
  await expect(users).toHaveAttribute("data-stale", "false");
  await expect.poll(() => users.evaluate((svg) => getComputedStyle(svg).opacity)).toBe("1");
  expect(await page.getByTestId("rings").boundingBox()).toEqual(box);
});

test("sliding to one replica leaves no user misrouted", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).not.toHaveText("0");
  const slider = page.getByRole("slider", { name: /replicas slider/i });
  await slider.focus();
  await slider.press("Home");
  await expect(page.getByTestId("replicas.input")).toHaveValue("1");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
  await expect(page.getByTestId("summary.misrouted-percent")).toHaveText("0.0%");
  await expect(page.getByTestId("summary.outcome-delivered")).toHaveText("10,000");
  await expect(page).toHaveURL(/[?&]r=1(&|$)/);

  // the keyboard walks the slider one replica at a time
  await slider.press("ArrowRight");
  await expect(page.getByTestId("replicas.input")).toHaveValue("2");
  await expect(page.getByTestId("summary.misrouted-count")).not.toHaveText("0");
  await page.screenshot({ path: "e2e/artifacts/two-replicas.png", fullPage: true });
});

test("the number field takes counts past the slider's range", async ({ page }) => {
  await page.goto("/");
  const field = page.getByTestId("replicas.input");
  await field.fill("200");
  await expect(page).toHaveURL(/[?&]r=200(&|$)/);
  await expect(page.getByTestId("rings.legend").locator("tbody tr")).toHaveCount(200);
  await field.fill("2000");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/[?&]r=200(&|$)/);
});

test("the patched proxy preset misroutes nobody at 5 replicas", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).not.toHaveText("0");
  await page.getByTestId("preset.patched-proxy").click();
  await expect(page.getByTestId("replicas.input")).toHaveValue("5");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
  await expect(page.getByTestId("summary.outcome-delivered")).toHaveText("10,000");
  await expect(page).toHaveURL(/preset=patched-proxy/);
});

test("clicking the sweep chart sets the replica count", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("sweep.current")).toHaveAttribute("d", /M/);
  const hit = page.getByTestId("sweep.chart").locator("rect.hit");
  const box = await hit.boundingBox();
  if (!box) throw new Error("the sweep chart has no hit area");
  // the left edge of the plot is 1 replica
  await page.mouse.click(box.x + 1, box.y + box.height / 2);
  await expect(page.getByTestId("replicas.input")).toHaveValue("1");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
});

test("the sweep chart sets the replica count from the keyboard too", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("sweep.current")).toHaveAttribute("d", /M/);
  const chart = page.getByRole("slider", { name: "Replicas on the misrouted share chart" });
  await chart.focus();
  await chart.press("ArrowRight");
  await expect(page.getByTestId("replicas.input")).toHaveValue("6");
  await expect(chart).toHaveAttribute(
    "aria-valuetext",
    /^6 replicas: \d+\.\d% of users misrouted$/,
  );
  await chart.press("Home");
  await expect(page.getByTestId("replicas.input")).toHaveValue("1");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
});

test("past seven pods the key says colours repeat and same-coloured arcs are parted", async ({
  page,
}) => {
  await page.goto("/?r=12");
  await expect(page.getByTestId("rings.key.colours")).toContainText(
    "Colours repeat every 7 pods (12 here)",
  );
  for (const ring of ["ring.push", "ring.proxy"]) {
    // arcs in order round the circle; a separator wherever two neighbours share a colour
    const targets = await page
      .getByTestId(ring)
      .locator("path.ring-arc")
      .evaluateAll((arcs) => arcs.map((arc) => Number(arc.getAttribute("data-target"))));
    const expected = targets.filter((target, i) => {
      const before = targets.at(i - 1) as number;
      return before !== target && before % 7 === target % 7;
    }).length;
    expect(expected).toBeGreaterThan(0);
    const separators = page.getByTestId(`${ring}.separators`);
    await expect(separators).toHaveAttribute("d", new RegExp(`^(M[^M]+){${expected}}$`));
  }
  await page.getByTestId("rings").screenshot({ path: "e2e/artifacts/rings-12-pods.png" });
});

test("five pods need no word on repeated colours", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("rings.key")).toContainText("users per 1°");
  await expect(page.getByTestId("rings.key.colours")).toHaveCount(0);
});

test("hovering a pod in the legend lights its arcs on both rings", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await page.getByTestId("legend.target-2").hover();
  for (const ring of ["ring.push", "ring.proxy"]) {
    await expect(page.getByTestId(ring).locator('path[data-target="2"]').first()).toHaveAttribute(
      "opacity",
      "1",
    );
    await expect(page.getByTestId(ring).locator('path[data-target="0"]').first()).toHaveAttribute(
      "opacity",
      "0.25",
    );
  }
  await expect(page).toHaveURL(/[?&]pod=2(&|$)/);
});
