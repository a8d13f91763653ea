import { openimInstall } from "@ringside/openim";
import { describe, expect, it } from "vitest";
import {
  AnalysisRequestSchema,
  ClusterSchema,
  issuesOf,
  LIMITS,
  ScenarioInputSchema,
  SweepRequestSchema,
  TimelineRequestSchema,
  UsersSchema,
} from "../src/index.js";

const cluster = openimInstall();

function pathsOf(result: { success: boolean; error?: Parameters<typeof issuesOf>[0] }): string[] {
  return result.error ? issuesOf(result.error).map((i) => i.path) : [];
}

describe("ClusterSchema", () => {
  it("should accept the cluster the OpenIM chart renders", () => {
    expect(ClusterSchema.parse(cluster)).toEqual(cluster);
  });

  it.each([
    [{ ...cluster, extra: 1 }, "extra"],
    [{ ...cluster, gateway: { ...cluster.gateway, replica: 5 } }, "gateway.replica"],
    [{ ...cluster, gateway: { ...cluster.gateway, replicas: 0 } }, "gateway.replicas"],
    [{ ...cluster, gateway: { ...cluster.gateway, replicas: 1025 } }, "gateway.replicas"],
    [{ ...cluster, gateway: { ...cluster.gateway, replicas: 2.5 } }, "gateway.replicas"],
    [{ ...cluster, gateway: { ...cluster.gateway, namespace: "Open_IM" } }, "gateway.namespace"],
    [{ ...cluster, push: { ...cluster.push, routing: "broadcast" } }, "push.routing"],
    [{ ...cluster, proxy: { ...cluster.proxy, hostFormat: "port" } }, "proxy.hostFormat"],
    [
      {
        ...cluster,
        push: { ...cluster.push, env: { ...cluster.push.env, MY_MSGGATEWAY_REPLICACOUNT: "2000" } },
      },
      "push.env.MY_MSGGATEWAY_REPLICACOUNT",
    ],
    [
      { ...cluster, proxy: { ...cluster.proxy, env: { MY_POD_NAME: "x" } } },
      "proxy.env.MY_POD_NAMESPACE",
    ],
  ])("should reject a bad cluster and name the path %#", (input, path) => {
    expect(pathsOf(ClusterSchema.safeParse(input))).toContain(path);
  });

  it("should accept env text Go cannot parse, since Go reads it as no hosts", () => {
    const odd = {
      ...cluster,
      push: { ...cluster.push, env: { ...cluster.push.env, MY_MSGGATEWAY_REPLICACOUNT: "five" } },
    };
    expect(ClusterSchema.safeParse(odd).success).toBe(true);
  });
});

describe("request schemas", () => {
  it("should name an over-long inline user ID by index", () => {
    const users = { ids: ["4950983283", "x".repeat(LIMITS.maxUserIdLength + 1)] };
    expect(pathsOf(UsersSchema.safeParse(users))).toEqual(["ids[1]"]);
  });

  it("should fill the analysis defaults", () => {
    const request = AnalysisRequestSchema.parse({
      cluster,
      users: { synthetic: { count: 10, seed: 1 } },
    });
    expect(request.sampleSize).toBe(1000);
  });

  it("should refuse a sweep whose range runs backwards", () => {
    const result = SweepRequestSchema.safeParse({ cluster, users: { ids: ["1"] }, from: 9, to: 3 });
    expect(pathsOf(result)).toEqual(["from"]);
  });

  it("should refuse a scenario view larger than the limit", () => {
    const view = { note: "x".repeat(1000) } as Record<string, string>;
    for (let i = 0; i < 20; i++) view[`k${i}`] = "y".repeat(1000);
    const result = ScenarioInputSchema.safeParse({ cluster, users: { ids: ["1"] }, view });
    expect(result.success).toBe(false);
  });

  it.each(["__proto__", "constructor"])("should refuse a view key %j by name", (key) => {
    const raw = JSON.parse(`{"cluster": ${JSON.stringify(cluster)}, "users": {"ids": ["1"]},
      "view": {"${key}": {"polluted": true}, "replicas": 5}}`);
    expect(pathsOf(ScenarioInputSchema.safeParse(raw))).toContain(`view.${key}`);
  });

  it("should keep a view as it was sent", () => {
    const view = { replicas: 5, theme: "dark", pod: null, story: true };
    const input = { cluster, users: { ids: ["1"] }, view };
    expect(ScenarioInputSchema.parse(input).view).toEqual(view);
  });

  it("should refuse a timeline whose events name a kind twice", () => {
    const result = TimelineRequestSchema.safeParse({
      cluster,
      replicas: 3,
      events: [
        { kind: "gateway", at: 0 },
        { kind: "gateway", at: 5 },
      ],
      users: { synthetic: { count: 10, seed: 1 } },
      reconnect: { ratePerMinute: 1 },
    });
    expect(pathsOf(result)).toEqual(["events[1].kind"]);
  });
});

describe("issuesOf", () => {
  const usersIssues = (users: unknown) => {
    const result = AnalysisRequestSchema.safeParse({ cluster, users });
    return result.success ? [] : issuesOf(result.error);
  };

  it("should name the missing field of the users option the input was written for", () => {
    expect(usersIssues({ synthetic: { count: 5 } })).toEqual([
      { path: "users.synthetic.seed", message: "required" },
    ]);
  });

  it("should ask for exactly one users option when none or several are given", () => {
    const one = { path: "users", message: "give exactly one of ids, synthetic or setId" };
    expect(usersIssues({})).toEqual([one]);
    expect(usersIssues({ ids: ["1"], synthetic: { count: 1, seed: 1 } })).toEqual([one]);
    expect(usersIssues(5)).toEqual([one]);
  });

  it("should say what a number out of range must be", () => {
    const result = ClusterSchema.safeParse({
      ...cluster,
      gateway: { ...cluster.gateway, replicas: 0 },
    });
    expect(result.success ? [] : issuesOf(result.error)).toEqual([
      { path: "gateway.replicas", message: `must be at least ${LIMITS.minReplicas}` },
    ]);
  });

  it("should call a field that is not there required", () => {
    const result = ClusterSchema.safeParse({ gateway: cluster.gateway, push: cluster.push });
    expect(result.success ? [] : issuesOf(result.error)).toEqual([
      { path: "proxy", message: "required" },
    ]);
  });
});

describe("inline user IDs", () => {
  const issues = (ids: string[]) => {
    const result = UsersSchema.safeParse({ ids });
    return result.success ? [] : issuesOf(result.error);
  };

  it("should name every repeated ID by its index and the first one's", () => {
    expect(issues(["imAdmin", "1", "imAdmin", "1"])).toEqual([
      { path: "ids[2]", message: "repeats [0]; list each user once" },
      { path: "ids[3]", message: "repeats [1]; list each user once" },
    ]);
  });

  it("should refuse an empty ID, as an upload sets blank lines aside", () => {
    expect(issues(["1", ""])).toEqual([{ path: "ids[1]", message: "a user ID is never empty" }]);
  });
});
