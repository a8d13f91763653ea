import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  AnalysisSchema,
  ErrorBodySchema,
  ImportResultSchema,
  PresetListSchema,
} from "@ringside/api-schema";
import { PRESETS } from "@ringside/openim";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { importCluster } from "../src/importing/importCluster.js";
import { FIXTURES, type TestApp, testApp } from "./testApp.js";

const t: TestApp = testApp();
afterAll(() => t.close());

const helm = readFileSync(join(FIXTURES, "helm-template-openim-3.5.1.yaml"), "utf8");
const drift = readFileSync(join(FIXTURES, "kubectl-get-openim-drift.json"), "utf8");

function importText(text: string, type = "application/yaml", query = "") {
  return request(t.app).post(`/api/v1/cluster/import${query}`).set("Content-Type", type).send(text);
}

async function analysisOf(cluster: unknown) {
  const res = await request(t.app)
    .post("/api/v1/analysis")
    .send({ cluster, users: { synthetic: { count: 10_000, seed: 1 } } });
  return AnalysisSchema.parse(res.body);
}

describe("POST /api/v1/cluster/import", () => {
  it("should read the helm fixture as 5 pods that push and proxy both see, port 88", async () => {
    const res = await importText(helm);
    expect(res.status).toBe(200);
    const { cluster, found, warnings } = ImportResultSchema.parse(res.body);

    expect(cluster.gateway).toEqual({
      statefulSet: "openimserver-openim-msggateway",
      namespace: "openim",
      replicas: 5,
      serviceName: "openimserver-openim-msggateway-headless",
    });
    expect(cluster.push.env.MY_MSGGATEWAY_REPLICACOUNT).toBe("5");
    expect(cluster.proxy.env.MY_MSGGATEWAY_REPLICACOUNT).toBe("5");
    expect(cluster.push.env.MY_POD_NAME).toMatch(
      /^openimserver-openim-push-[a-z0-9]+-[a-z0-9]{5}$/,
    );
    expect(cluster.push.env.MY_POD_NAMESPACE).toBe("openim");
    expect(cluster.push.openImMessageGatewayName).toBe("openimserver-openim-msggateway:88");
    expect(cluster.push.routing).toBe("hash");
    expect(cluster.proxy.hostFormat).toBe("without-port");
    expect(found).toEqual([
      { kind: "StatefulSet", name: "openimserver-openim-msggateway" },
      { kind: "Deployment", name: "openimserver-openim-push" },
      { kind: "Deployment", name: "openimserver-openim-msggateway-proxy" },
      { kind: "ConfigMap", name: "openim-cm" },
    ]);
    expect(warnings).toContain("no namespace in the objects: used openim");

    // The proxy's port-less ring misroutes most users.
    const analysis = await analysisOf(cluster);
    expect(analysis.push.hosts).toHaveLength(5);
    expect(analysis.proxy.hosts).toHaveLength(5);
    expect(analysis.push.hosts.every((host) => host.endsWith(".openim.svc.cluster.local:88"))).toBe(
      true,
    );
    expect(analysis.summary.misrouted).toBeGreaterThan(7000);
    expect(analysis.summary.cannotConnect + analysis.summary.dropped).toBe(0);
  });

  it("should use the query's namespace when the objects have none", async () => {
    const res = await importText(helm, "text/plain", "?namespace=chat");
    const { cluster, warnings } = ImportResultSchema.parse(res.body);
    expect(cluster.gateway.namespace).toBe("chat");
    expect(cluster.push.env.MY_POD_NAMESPACE).toBe("chat");
    expect(warnings.some((w) => w.startsWith("no namespace"))).toBe(false);
  });

  it("should read the kubectl List fixture as 3 pods while both envs still say 5", async () => {
    const res = await importText(drift, "application/json");
    expect(res.status).toBe(200);
    const { cluster, warnings } = ImportResultSchema.parse(res.body);
    expect(cluster.gateway.replicas).toBe(3);
    expect(cluster.gateway.namespace).toBe("openim");
    expect(cluster.push.env.MY_MSGGATEWAY_REPLICACOUNT).toBe("5");
    expect(cluster.proxy.env.MY_MSGGATEWAY_REPLICACOUNT).toBe("5");
    expect(warnings).toContain("push's env says 5 gateway replicas while the StatefulSet has 3");

    // Both rings send some users to pods 3 and 4, which do not exist.
    const analysis = await analysisOf(cluster);
    expect(analysis.targets.map((target) => target.exists)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    const ghost = analysis.loads.filter((load) => load.target >= 3);
    expect(ghost.every((load) => load.proxyUsers > 0 && load.pushUsers > 0)).toBe(true);
    expect(analysis.summary.cannotConnect).toBeGreaterThan(0);
    expect(analysis.summary.dropped).toBeGreaterThan(0);
  });

  it("should read the same List as YAML, and env from a config map key", async () => {
    const list = JSON.parse(drift);
    const push = list.items.find((item: { kind: string; metadata: { name: string } }) =>
      item.metadata.name.endsWith("openim-push"),
    );
    push.spec.template.spec.containers[0].env[0] = {
      name: "MY_MSGGATEWAY_REPLICACOUNT",
      valueFrom: { configMapKeyRef: { name: "gateway-count", key: "replicas" } },
    };
    list.items.push({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "gateway-count", namespace: "openim" },
      data: { replicas: "4" },
    });
    const res = await importText(stringify(list), "application/yaml");
    expect(res.status).toBe(200);
    const { cluster } = ImportResultSchema.parse(res.body);
    expect(cluster.gateway.replicas).toBe(3);
    expect(cluster.push.env.MY_MSGGATEWAY_REPLICACOUNT).toBe("4");
    expect(cluster.proxy.env.MY_MSGGATEWAY_REPLICACOUNT).toBe("5");
  });

  it("should read a helm values file with the query's release and namespace", async () => {
    const values = [
      "global:",
      "  sharedValues:",
      "    msggatewayReplicaCount: 4",
      "openim-push:",
      "  image:",
      "    tag: v3.8.4",
      "config:",
      "  rpcRegisterName:",
      "    openImMessageGatewayName: im-openim-msggateway:89",
    ].join("\n");
    const res = await importText(values, "application/x-yaml", "?release=im&namespace=prod");
    expect(res.status).toBe(200);
    const { cluster, found } = ImportResultSchema.parse(res.body);
    expect(found).toEqual([{ kind: "HelmValues", name: "values" }]);
    expect(cluster.gateway).toEqual({
      statefulSet: "im-openim-msggateway",
      namespace: "prod",
      replicas: 4,
    });
    expect(cluster.push.routing).toBe("fan-out");
    expect(cluster.push.openImMessageGatewayName).toBe("im-openim-msggateway:89");
    expect(cluster.push.env.MY_POD_NAME.split("-")[0]).toBe("im");
  });

  it("should warn when the query's release differs from the one the objects name", async () => {
    const res = await importText(helm, "text/plain", "?release=other");
    expect(res.status).toBe(200);
    const { cluster, warnings } = ImportResultSchema.parse(res.body);
    expect(cluster.gateway.statefulSet).toBe("openimserver-openim-msggateway");
    expect(cluster.push.env.MY_POD_NAME.split("-")[0]).toBe("openimserver");
    expect(warnings).toContain("the objects say release openimserver: used it, not other as asked");
  });

  it("should warn of replica drift in a values file as it does for manifests", async () => {
    const values = [
      "global:",
      "  sharedValues:",
      "    msggatewayReplicaCount: 5",
      "openim-msggateway:",
      "  replicaCount: 3",
    ].join("\n");
    const res = await importText(values);
    expect(res.status).toBe(200);
    const { cluster, warnings } = ImportResultSchema.parse(res.body);
    expect(cluster.gateway.replicas).toBe(3);
    expect(cluster.push.env.MY_MSGGATEWAY_REPLICACOUNT).toBe("5");
    const why =
      "(global.sharedValues.msggatewayReplicaCount against openim-msggateway.replicaCount)";
    expect(warnings).toContain(
      `push's env says 5 gateway replicas while the StatefulSet has 3 ${why}`,
    );
    expect(warnings).toContain(
      `the proxy's env says 5 gateway replicas while the StatefulSet has 3 ${why}`,
    );

    // Analysed, the drift sends users to pods 3 and 4, which do not exist.
    const analysis = await analysisOf(cluster);
    expect(analysis.summary.cannotConnect).toBeGreaterThan(0);
  });

  it("should word what a values file lacks as a values file, not as objects", async () => {
    const res = await importText("global:\n  sharedValues:\n    msggatewayReplicaCount: 2\n");
    const { warnings } = ImportResultSchema.parse(res.body);
    expect(warnings).toContain("a helm values file names no namespace: used openim");
    expect(warnings).toContain("a helm values file names no release: used openimserver");
    expect(warnings.filter((w) => w.includes("objects"))).toEqual([]);
    expect(warnings.some((w) => w.includes("while the StatefulSet has"))).toBe(false);
  });

  it("should take the proxy's host format from the caller instead of assuming it", () => {
    const shipped = importCluster(helm);
    expect(shipped.cluster.proxy.hostFormat).toBe("without-port");
    expect(shipped.warnings).toContain(
      "assumed the proxy writes gateway hosts without a port (without-port), as the OpenIM " +
        "3.5.1 proxy does; choose with-port for a patched proxy",
    );

    const patched = importCluster(helm, { proxyHostFormat: "with-port" });
    expect(patched.cluster.proxy.hostFormat).toBe("with-port");
    expect(patched.warnings.filter((w) => w.includes("proxy writes"))).toEqual([]);
  });

  it("should read the proxy's host format from the query: patched, nobody misroutes", async () => {
    const res = await importText(
      helm,
      "application/yaml",
      "?namespace=openim&proxyHostFormat=with-port",
    );
    expect(res.status).toBe(200);
    const { cluster, warnings } = ImportResultSchema.parse(res.body);
    expect(cluster.proxy.hostFormat).toBe("with-port");
    expect(warnings.some((w) => w.includes("without-port"))).toBe(false);
    expect((await analysisOf(cluster)).summary).toMatchObject({ users: 10_000, misrouted: 0 });
  });

  it("should answer 400 naming a host format it does not know", async () => {
    const res = await importText(helm, "application/yaml", "?proxyHostFormat=port");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.issues[0]?.path).toBe("proxyHostFormat");
  });

  it("should answer 400 naming the line of bad YAML", async () => {
    const bad = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [x\ndata: {}\n";
    const res = await importText(bad);
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.message).toMatch(/line \d+, column \d+/);
    expect(error.issues[0]?.path).toMatch(/^line [45]$/);
  });

  it("should answer 400 naming the field for a StatefulSet scaled to 0", async () => {
    const res = await importText(helm.replace("replicas: 5", "replicas: 0"));
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.issues[0]?.path).toBe("cluster.gateway.replicas");
    expect(error.message).toContain("cannot model");
  });

  it("should answer 400 for text with no OpenIM objects", async () => {
    const res = await importText("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.message).toContain("Found no OpenIM objects");
  });

  it("should not expand a billion-laughs alias bomb", async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const res = await importText(lines.join("\n"));
    expect(res.status).toBe(400);
    ErrorBodySchema.parse(res.body);
  });

  it("should answer 415 for a content type it does not read", async () => {
    const res = await importText(helm, "application/octet-stream");
    expect(res.status).toBe(415);
    expect(ErrorBodySchema.parse(res.body).error.code).toBe("unsupported_media_type");
  });

  it("should answer 400 for a bad query value", async () => {
    const res = await importText(helm, "text/plain", "?namespace=Not_OK");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.issues[0]?.path).toBe("namespace");
  });
});

describe("GET /api/v1/presets", () => {
  it("should list every preset with its cluster", async () => {
    const res = await request(t.app).get("/api/v1/presets");
    expect(res.status).toBe(200);
    const presets = PresetListSchema.parse(res.body);
    expect(presets.map((p) => p.id)).toEqual(PRESETS.map((p) => p.id));
    expect(presets[0]?.cluster.gateway.replicas).toBe(5);
  });
});
