import { readFile, writeFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";

const count = (n: number) => n.toLocaleString("en-US");

interface Summary {
  users: number;
  delivered: number;
  misrouted: number;
  cannotConnect: number;
  dropped: number;
}

interface Route {
  userId: string;
  hash: number;
  connect: number;
  deliver: number;
  outcome: string;
}

/** The analysis the dashboard shows for a preset, straight from the API. */
async function analysisOf(page: Page, presetId: string) {
  const presets = (await (await page.request.get("/api/v1/presets")).json()) as {
    id: string;
    cluster: unknown;
  }[];
  const cluster = presets.find((p) => p.id === presetId)?.cluster;
  if (!cluster) throw new Error(`no preset ${presetId}`);
  const answer = await page.request.post("/api/v1/analysis", {
    data: {
      cluster,
      users: { synthetic: { count: 10_000, seed: 1 } },
      sampleSize: 0,
      page: { offset: 0, limit: 3 },
    },
  });
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as {
    summary: Summary;
    targets: { name: string }[];
    affected: { items: Route[] };
  };
}

/** Every tEXt chunk of a PNG, by keyword. */
function pngText(png: Buffer): Record<string, string> {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  const out: Record<string, string> = {};
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    if (type === "tEXt") {
      const data = png.subarray(at + 8, at + 8 + length);
      const zero = data.indexOf(0);
      out[data.subarray(0, zero).toString("latin1")] = data.subarray(zero + 1).toString("latin1");
    }
    at += 12 + length;
  }
  return out;
}

test("the SVG export carries the title, the cluster and the API's numbers", async ({ page }) => {
  const { summary } = await analysisOf(page, "as-shipped");
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText(count(summary.misrouted));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export.svg").click(),
  ]);
  expect(download.suggestedFilename()).toBe("ringside-5-pods.svg");
  const svg = await readFile((await download.path()) ?? "", "utf8");
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain("Where OpenIM&#x27;s push and proxy pick different gateway pods");
  expect(svg).toContain(
    `${count(summary.misrouted)} of ${count(summary.users)} online users (86.1%)`,
  );
  expect(svg).toContain(
    "release openimserver · namespace openim · 5 gateway pods · push ring: 5 hosts with :88 · " +
      "proxy ring: 5 hosts without port",
  );
  for (const n of [summary.delivered, summary.cannotConnect, summary.dropped]) {
    expect(svg).toContain(`>${count(n)}</text>`);
  }
  // every ring arc and no page styles needed: the file stands alone
  expect(svg).toContain("<style>");
  expect(svg.match(/class="ring-arc"/g)?.length ?? 0).toBeGreaterThan(100);
  expect(svg).not.toContain("var(--");
});

test("the PNG export draws the rings in pod colours and states the headline", async ({ page }) => {
  const { summary } = await analysisOf(page, "as-shipped");
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText(count(summary.misrouted));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export.png").click(),
  ]);
  expect(download.suggestedFilename()).toBe("ringside-5-pods.png");
  const png = await readFile((await download.path()) ?? "");
  // IHDR: twice the 1280 x 720 figure
  expect(png.readUInt32BE(16)).toBe(2560);
  expect(png.readUInt32BE(20)).toBe(1440);
  const share = ((100 * summary.misrouted) / summary.users).toFixed(1);
  const text = pngText(png);
  expect(text.Description).toBe(
    `${count(summary.misrouted)} of ${count(summary.users)} online users misrouted (${share}%) ` +
      `at 5 gateway pods; ${count(summary.delivered)} delivered; 0 cannot connect; ` +
      "0 get no push at all",
  );
  expect(text.Title).toContain("Ringside");
  await writeFile("e2e/artifacts/export.png", png);

  // The picture itself: decoded in the page, the rings' half holds every pod's colour and the
  // headline's half is not blank.
  const seen = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) return null;
    context.drawImage(image, 0, 0);
    const colours = new Map<string, number>();
    let inked = 0;
    const { data } = context.getImageData(0, 0, image.width / 2, image.height);
    for (let i = 0; i < data.length; i += 4 * 7) {
      const rgb = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      if (rgb !== 0xffffff) inked++;
      const hex = `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
      colours.set(hex, (colours.get(hex) ?? 0) + 1);
    }
    return { colours: Object.fromEntries(colours), inked, sampled: data.length / 28 };
  }, png.toString("base64"));
  expect(seen).not.toBeNull();
  for (const pod of ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2"]) {
    expect(seen?.colours[pod] ?? 0, `pixels of ${pod}`).toBeGreaterThan(500);
  }
  expect((seen?.inked ?? 0) / (seen?.sampled ?? 1)).toBeGreaterThan(0.15);
});

test("the CSV export lists every affected user as the API routes them", async ({ page }) => {
  const { summary, affected, targets } = await analysisOf(page, "as-shipped");
  await page.goto("/");
  await expect(page.getByTestId("export.csv")).toContainText(
    `${count(summary.users - summary.delivered)} rows`,
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export.csv").click(),
  ]);
  expect(download.suggestedFilename()).toBe("ringside-affected-5-pods.csv");
  const lines = (await readFile((await download.path()) ?? "", "utf8")).trimEnd().split("\n");
  expect(lines[0]).toBe("userID,outcome,connectionPod,deliveryPod,hash");
  expect(lines.length - 1).toBe(summary.users - summary.delivered);
  const pod = (target: number) => targets[target]?.name.split(".")[0];
  affected.items.forEach((route, i) => {
    expect(lines[i + 1]).toBe(
      `${route.userId},${route.outcome},${pod(route.connect)},${pod(route.deliver)},${route.hash}`,
    );
  });
});
