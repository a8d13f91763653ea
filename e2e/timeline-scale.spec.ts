import { expect, test } from "@playwright/test";

const num = (text: string | null) => Number((text ?? "").replaceAll(",", ""));

test("a helm upgrade from 3 to 5 misroutes with the patched proxy inside the window only", async ({
  page,
}) => {
  await page.goto("/?r=3");
  const section = page.getByTestId("timeline");
  await expect(section.getByTestId("timeline.from")).toHaveText("3 pods");
  await expect(section.getByTestId("timeline.to")).toHaveValue("5");
  await expect(section.getByTestId("timeline.change")).toHaveValue("helm-upgrade");
  const chart = section.getByTestId("timeline.chart-misrouted");
  await expect(chart.getByTestId("timeline.event-gateway")).toBeVisible();
  await expect(chart.getByTestId("timeline.event-proxy")).toBeVisible();

  // the scrubber starts at the end: everyone has reconnected to the new ring
  const scrubber = section.getByTestId("timeline.scrubber");
  await expect(section.getByTestId("timeline.minute")).toHaveText("30:00");
  await expect(section.getByTestId("timeline.patched-misrouted")).toHaveText("0");
  await expect
    .poll(async () => num(await section.getByTestId("timeline.old-misrouted").textContent()))
    .toBeGreaterThan(5000);

  // minute 4: push already builds 5 hosts, the proxy still 3
  await scrubber.focus();
  await scrubber.press("Home");
  await expect(section.getByTestId("timeline.minute")).toHaveText("0:00");
  for (let i = 0; i < 16; i++) await scrubber.press("ArrowRight");
  await expect(section.getByTestId("timeline.minute")).toHaveText("4:00");
  const shown = num(await section.getByTestId("timeline.patched-misrouted").textContent());
  expect(shown).toBeGreaterThan(0);
  await expect(section.getByTestId("timeline.caption")).toContainText(
    "The patched proxy still misroutes up to",
  );

  // the same numbers as the API for the same change
  const presets = (await (await page.request.get("/api/v1/presets")).json()) as {
    id: string;
    cluster: { gateway: { replicas: number } } & Record<string, unknown>;
  }[];
  const base = presets.find((p) => p.id === "as-shipped")?.cluster;
  const answer = await page.request.post("/api/v1/timeline", {
    data: {
      cluster: withReplicas(base, 3),
      users: { synthetic: { count: 10_000, seed: 1 } },
      replicas: 5,
      change: "helm-upgrade",
      events: [
        { kind: "gateway", at: 1 },
        { kind: "push", at: 3 },
        { kind: "proxy", at: 6 },
      ],
      reconnect: { ratePerMinute: 0.5, seed: 0 },
      duration: 30,
      steps: 121,
    },
  });
  expect(answer.ok()).toBe(true);
  const timeline = (await answer.json()) as {
    withPort: { points: { misrouted: number }[] };
  };
  expect(timeline.withPort.points[16]?.misrouted).toBe(shown);
  await section.screenshot({ path: "e2e/artifacts/timeline-helm.png" });

  await scrubber.press("End");
  await expect(section.getByTestId("timeline.patched-misrouted")).toHaveText("0");
});

test("kubectl scale from 5 to 3 leaves users unreachable at the end", async ({ page }) => {
  await page.goto("/?theme=dark");
  const section = page.getByTestId("timeline");
  await expect(section.getByTestId("timeline.from")).toHaveText("5 pods");
  await section.getByTestId("timeline.to").fill("3");
  await section.getByTestId("timeline.change").selectOption("kubectl-scale");
  await expect(section.getByTestId("timeline.pushAt")).toBeDisabled();
  await expect(section.getByTestId("timeline.event-push")).toHaveCount(0);
  await expect(section.getByTestId("timeline.event-gateway")).toHaveCount(2);
  await expect
    .poll(async () => num(await section.getByTestId("timeline.patched-unreachable").textContent()))
    .toBeGreaterThan(0);
  expect(num(await section.getByTestId("timeline.old-unreachable").textContent())).toBeGreaterThan(
    0,
  );
  await expect(section.getByTestId("timeline.patched-misrouted")).toHaveText("0");
  await expect(section.getByTestId("timeline.caption")).toContainText(
    "The patched proxy misroutes nobody in this change.",
  );
  await section.screenshot({ path: "e2e/artifacts/timeline-kubectl-dark.png" });

  // the form is part of the view: a reload reopens it
  await expect(page).toHaveURL(/[?&]tl=3%2Ck%2C1%2C3%2C6%2C0\.5(&|$)/);
  const unreachable = await section.getByTestId("timeline.patched-unreachable").textContent();
  await page.reload();
  await expect(section.getByTestId("timeline.change")).toHaveValue("kubectl-scale");
  await expect(section.getByTestId("timeline.to")).toHaveValue("3");
  await expect(section.getByTestId("timeline.patched-unreachable")).toHaveText(unreachable ?? "");
});

test("a field out of range is marked and keeps the last chart", async ({ page }) => {
  await page.goto("/");
  const section = page.getByTestId("timeline");
  await expect(section.getByTestId("timeline.patched-misrouted")).toHaveText("0");
  await section.getByTestId("timeline.ratePerMinute").fill("0");
  await expect(section.getByTestId("timeline.ratePerMinute")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(section.getByRole("alert")).toContainText("a reconnect rate above 0");
  await expect(section.getByTestId("timeline.chart-misrouted")).toBeVisible();
});

/** The preset's cluster with `replicas` everywhere, as the dashboard's slider makes it. */
function withReplicas(cluster: unknown, replicas: number) {
  const c = structuredClone(cluster) as {
    gateway: { replicas: number };
    push: { env: { MY_MSGGATEWAY_REPLICACOUNT: string } };
    proxy: { env: { MY_MSGGATEWAY_REPLICACOUNT: string } };
  };
  c.gateway.replicas = replicas;
  c.push.env.MY_MSGGATEWAY_REPLICACOUNT = String(replicas);
  c.proxy.env.MY_MSGGATEWAY_REPLICACOUNT = String(replicas);
  return c;
}

test("stepping the replicas asks for the timeline once the slider rests", async ({ page }) => {
  const timelines: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/v1/timeline")) timelines.push(request.postData() ?? "");
  });
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await expect.poll(() => timelines.length).toBe(1);

  const slider = page.getByTestId("replicas.slider");
  for (let i = 0; i < 6; i++) await slider.press("ArrowRight");
  await expect(page.getByTestId("replicas.input")).toHaveValue("11");
  const replicasAsked = () => timelines.map((body) => JSON.parse(body).cluster.gateway.replicas);
  await expect.poll(() => replicasAsked().at(-1)).toBe(11);
  // the first view's, the resting one's, and at most one for a pause on the way: not six
  expect(timelines.length).toBeLessThanOrEqual(3);
});
