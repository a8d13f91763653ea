import { expect, test } from "@playwright/test";
import { analysisOf, presetCluster, withReplicas } from "./api.js";

/** A count as the dashboard writes it: 1,234; a dot for none. */
const count = (n: number) => (n === 0 ? "·" : n.toLocaleString("en-US"));

interface Route {
  userId: string;
  hash: number;
  outcome: string;
  proxyPoint: { replica: number; member: number } | null;
  pushPoint: { replica: number; member: number } | null;
}

test("searching a user opens its route through both rings", async ({ page }) => {
  const presets = (await (await page.request.get("/api/v1/presets")).json()) as {
    id: string;
    cluster: unknown;
  }[];
  const cluster = presets.find((p) => p.id === "as-shipped")?.cluster;
  const analysis = await page.request.post("/api/v1/analysis", {
    data: {
      cluster,
      users: { synthetic: { count: 10_000, seed: 1 } },
      sampleSize: 0,
      page: { offset: 0, limit: 5, outcome: "misrouted" },
    },
  });
  const { affected } = (await analysis.json()) as { affected: { items: Route[] } };
  const userId = affected.items.find((r) => /^\d{10}$/.test(r.userId))?.userId;
  if (!userId) throw new Error("no misrouted numeric user in the default view");
  const route = (await (
    await page.request.post("/api/v1/users/route", { data: { cluster, userId } })
  ).json()) as Route;

  await page.goto("/");
  await page.getByTestId("user-search.input").fill(userId);
  await expect(page.getByTestId("users.count")).toHaveText("1 user match");
  await page.getByTestId("users.row").filter({ hasText: userId }).click();

  const detail = page.getByTestId("user-detail");
  const hex = `0x${route.hash.toString(16).padStart(8, "0")}`;
  const angle = `${((route.hash / 2 ** 32) * 360).toFixed(2)}°`;
  await expect(detail.getByTestId("user-detail.crc")).toContainText(hex);
  await expect(detail.getByTestId("user-detail.crc")).toContainText(String(route.hash));
  await expect(detail.getByTestId("user-detail.angle")).toContainText(angle);
  await expect(detail.getByTestId("user-detail.proxy")).toContainText(
    `virtual node ${route.proxyPoint?.replica} of openimserver-openim-msggateway-`,
  );
  await expect(detail.getByTestId("user-detail.push")).toContainText(
    `virtual node ${route.pushPoint?.replica} of openimserver-openim-msggateway-`,
  );
  await expect(detail.getByTestId("user-detail.push")).toContainText(":88");
  await expect(detail.getByTestId("user-detail.outcome")).toContainText("Late");
  await expect(detail.getByTestId("user-detail.outcome")).toContainText("offline push");
  await expect(page.getByTestId("ring.selected-user")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]user=${userId}`));
  await page.screenshot({ path: "e2e/artifacts/user-detail.png", fullPage: true });
});

test("any ID can be routed, even one that is delivered", async ({ page }) => {
  await page.goto("/?preset=patched-proxy");
  await page.getByTestId("user-search.input").fill("4950983283");
  await expect(page.getByTestId("users.count")).toHaveText("0 users match");
  await page.getByTestId("user-search.route").click();
  await expect(page.getByTestId("user-detail.outcome")).toContainText("Delivered in real time");
});

test("a pod-matrix cell filters the users table", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("matrix.cell-1-0").click();
  await expect(page.getByTestId("users.cell-filter")).toContainText("connected to pod 1");
  const cell = (await page.getByTestId("matrix.cell-1-0").textContent()) ?? "";
  await expect(page.getByTestId("users.count")).toHaveText(`${cell} users match`);
  await expect(page.getByTestId("users.row").first()).toContainText("pod 0");
});

test("past 24 pods the matrix says how many are summed in other, with exact counts", async ({
  page,
}) => {
  const cluster = withReplicas(await presetCluster(page, "as-shipped"), 64);
  const answer = await page.request.post("/api/v1/analysis", {
    data: { cluster, users: { synthetic: { count: 10_000, seed: 1 } }, sampleSize: 0 },
  });
  const { matrix } = (await answer.json()) as {
    matrix: { connect: number; deliver: number; users: number }[];
  };
  const sum = (keep: (cell: { connect: number; deliver: number }) => boolean) =>
    matrix.filter(keep).reduce((total, cell) => total + cell.users, 0);

  await page.goto("/?r=64");
  await expect(page.getByTestId("matrix.note")).toHaveText(
    "The matrix shows 23 pods a side; the other 41 are summed, user for user, in the “other” " +
      "row and column.",
  );
  const cell = (name: string) => page.getByTestId(`matrix.cell-${name}`);
  await expect(cell("other-other")).toHaveText(
    count(sum((c) => c.connect >= 23 && c.deliver >= 23)),
  );
  await expect(cell("0-other")).toHaveText(count(sum((c) => c.connect === 0 && c.deliver >= 23)));
  await expect(cell("other-5")).toHaveText(count(sum((c) => c.connect >= 23 && c.deliver === 5)));
  await expect(cell("3-4")).toHaveText(count(sum((c) => c.connect === 3 && c.deliver === 4)));
  await expect(page.getByTestId("matrix").getByRole("row")).toHaveCount(25);
});

test("the users table scrolls to the last of a million rows", async ({ page }) => {
  test.setTimeout(120_000);
  const users = { synthetic: { count: 1_000_000, seed: 1 } };
  const cluster = withReplicas(await presetCluster(page, "as-shipped"), 1);
  // at one pod everyone is delivered: a million rows
  const last = await analysisOf(page, cluster, {
    users,
    page: { offset: 999_999, limit: 1, outcome: "delivered" },
  });
  const lastId = last.affected.items[0]?.userId ?? "";
  expect(last.affected.total).toBe(1_000_000);

  await page.goto("/?n=1000000&r=1&outcome=delivered");
  await expect(page.getByTestId("users.count")).toHaveText("1,000,000 users match", {
    timeout: 60_000,
  });
  const table = page.getByTestId("users.table");
  await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const row = page.getByTestId("users.row").filter({ hasText: lastId });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("listitem").filter({ has: row })).toHaveAttribute(
    "aria-posinset",
    "1000000",
  );
  // the last row sits at the bottom of the scroller, not below it
  const box = await table.boundingBox();
  const rowBox = await row.boundingBox();
  expect((rowBox?.y ?? 0) + (rowBox?.height ?? 0)).toBeLessThanOrEqual(
    (box?.y ?? 0) + (box?.height ?? 0) + 1,
  );
  await table.screenshot({ path: "e2e/artifacts/users-last-of-a-million.png" });
});
