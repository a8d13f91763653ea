import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

// the shared fixtures beside the repository, as the unit tests read them
const FIXTURES =
  process.env.RINGSIDE_FIXTURES ??
  fileURLToPath(new URL("../../shared/fixtures/", import.meta.url));
const HELM = join(FIXTURES, "helm-template-openim-3.5.1.yaml");
const DRIFT = join(FIXTURES, "kubectl-get-openim-drift.json");

test("pasted helm template output reads as release openimserver with 5 pods", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("import.text").fill(readFileSync(HELM, "utf8"));
  await page.getByTestId("import.namespace").fill("openim");
  await page.getByTestId("import.submit").click();

  await expect(page.getByTestId("import.result")).toContainText("StatefulSet/");
  await expect(page.getByTestId("import.warnings")).toContainText("without a port");
  await expect(page.getByTestId("cluster.release")).toHaveText("openimserver");
  await expect(page.getByTestId("cluster.pods")).toHaveText("5");
  await expect(page.getByTestId("cluster.push-sees")).toHaveText("5");
  await expect(page.getByTestId("cluster.proxy-sees")).toHaveText("5");
  // same hosts as the shipped chart: the proxy's port-less ring misroutes most users
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await expect(page).toHaveURL(/[?&]cluster=/);
  await page.screenshot({ path: "e2e/artifacts/import-helm.png", fullPage: true });
});

test("the same helm output with a patched proxy misroutes nobody", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("import.text").fill(readFileSync(HELM, "utf8"));
  await page.getByTestId("import.namespace").fill("openim");
  await page.getByTestId("import.proxy-host-format").selectOption("with-port");
  await page.getByTestId("import.submit").click();

  await expect(page.getByTestId("import.result")).toContainText("StatefulSet/");
  await expect(page.getByTestId("import.warnings")).not.toContainText("without a port");
  await expect(page.getByTestId("cluster.pods")).toHaveText("5");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");
});

test("an uploaded kubectl dump after a scale-down shows pods 3 and 4 missing", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("import.file").setInputFiles(DRIFT);

  await expect(page.getByTestId("cluster.pods")).toHaveText("3");
  await expect(page.getByTestId("cluster.push-sees")).toHaveText("5");
  await expect(page.getByTestId("cluster.proxy-sees")).toHaveText("5");
  await expect(page.getByTestId("import.warnings")).toContainText("while the StatefulSet has 3");
  await expect(page.getByTestId("legend.target-3")).toContainText("no such pod");
  await expect(page.getByTestId("legend.target-4")).toContainText("no such pod");
  await expect(page.getByTestId("summary.outcome-cannotConnect")).not.toHaveText(/^(0|—)$/);
  // users who cannot connect are not online: the late count is out of those who can
  const num = async (testId: string) =>
    Number(((await page.getByTestId(testId).textContent()) ?? "").replaceAll(",", ""));
  const late = await num("summary.outcome-misrouted");
  const cannot = await num("summary.outcome-cannotConnect");
  const dropped = await num("summary.outcome-dropped");
  const connected = 10_000 - cannot;
  const count = (n: number) => n.toLocaleString("en-US");
  await expect(page.locator("#headline-title")).toHaveText(
    `${count(late)} of ${count(connected)} users who can connect would get this message late ` +
      `(${((late / connected) * 100).toFixed(1)}%); ${count(cannot)} of 10,000 users cannot ` +
      `connect at all and ${count(dropped)} get no push at all`,
  );
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText(count(late));
  await expect(page.getByTestId("summary.users-count")).toHaveText("10,000");
  // the missing hosts are labelled on the rings themselves
  await expect(page.getByTestId("ring.proxy").getByText("3?").first()).toBeVisible();
  await page.screenshot({ path: "e2e/artifacts/import-drift.png", fullPage: true });
});

test("a user list upload is routed, with duplicates and blank lines reported", async ({ page }) => {
  await page.goto("/");
  const csv = "userID\n4950983283\nimAdmin\n\n4950983283\n1234567890\n";
  await page.getByTestId("users-source.file").setInputFiles({
    name: "team.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await expect(page.getByTestId("users-source.result")).toContainText("3 users");
  await expect(page.getByTestId("users-source.result")).toContainText("1 duplicates");
  await expect(page).toHaveURL(/[?&]set=/);
  await expect(page.getByTestId("summary.users-count")).toHaveText("3");
  await expect(page.getByTestId("users-source.current")).toHaveText(
    "Uploaded set “team.csv”, 3 users",
  );

  // a reload knows only the set's id from the URL: its name comes from the server
  await page.reload();
  await expect(page.getByTestId("summary.users-count")).toHaveText("3");
  await expect(page.getByTestId("users-source.current")).toHaveText(
    "Uploaded set “team.csv”, 3 users",
  );
});

test("a link to a set this server does not hold says so", async ({ page }) => {
  await page.goto("/?set=nosuchset");
  await expect(page.getByTestId("users-source.current")).toHaveText(
    "Uploaded set nosuchset, which this server does not hold: upload the list again.",
  );
});

test("a user list with a broken line names the line", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("users-source.file").setInputFiles({
    name: "broken.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("4950983283\nnot one id\n"),
  });
  await expect(page.getByTestId("users-source.error")).toContainText("line 2");
  await expect(page).not.toHaveURL(/[?&]set=/);
});

test("editing the proxy to write the port fixes every user", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("8,609");
  await page.getByText("Edit the StatefulSet and env").click();
  await page.getByTestId("cluster.proxy.hostFormat").selectOption("with-port");
  await page.getByTestId("cluster.apply").click();
  await expect(page.getByTestId("summary.misrouted-count")).toHaveText("0");

  // a replica count Go cannot parse leaves the proxy with no hosts: nobody connects
  await page.getByTestId("cluster.proxy.MY_MSGGATEWAY_REPLICACOUNT").fill("five");
  await page.getByTestId("cluster.apply").click();
  await expect(page.getByTestId("cluster.proxy-sees")).toHaveText("0");
  await expect(page.getByTestId("summary.outcome-cannotConnect")).toHaveText("10,000");
  await expect(page.getByTestId("rings")).toHaveAttribute("data-proxy-hosts", "0");
});
