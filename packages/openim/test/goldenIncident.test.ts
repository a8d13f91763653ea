import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HashedKeys } from "@ringside/hashring";
import { describe, expect, it } from "vitest";
import {
  analyze,
  ClusterRouting,
  openimInstall,
  proxyHosts,
  pushHosts,
  routeAll,
} from "../src/index.js";

interface GoldenCase {
  name: string;
  members: string[];
  keys: string[];
  owners: number[];
}

const goldenPath = fileURLToPath(
  new URL("../../../../shared/golden/stathat-consistent-v1.0.0.json", import.meta.url),
);
const { cases } = JSON.parse(readFileSync(goldenPath, "utf8")) as { cases: GoldenCase[] };

// The golden OpenIM cases share their first 1,000 keys: the user IDs. Later keys are edge
// cases that hash exactly onto one format's positions.
const USER_COUNT = 1000;
const byName = new Map(cases.map((c) => [c.name, c]));
const replicaCounts = cases
  .map((c) => /^openim push format, (\d+) replicas$/.exec(c.name)?.[1])
  .filter((n): n is string => n !== undefined)
  .map(Number);

function goldenPair(replicas: number) {
  const push = byName.get(`openim push format, ${replicas} replicas`);
  const proxy = byName.get(`openim proxy format, ${replicas} replicas`);
  if (!push || !proxy) throw new Error(`golden file lacks the ${replicas}-replica pair`);
  return { push, proxy };
}

describe("the incident, against the Go library's own answers", () => {
  it("should cover the replica counts the golden file holds", () => {
    expect(replicaCounts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 24, 32, 64]);
  });

  describe.each(replicaCounts)("at %i replicas", (replicas) => {
    const { push, proxy } = goldenPair(replicas);
    const users = push.keys.slice(0, USER_COUNT);
    const keys = HashedKeys.from(users);

    it("should build the same host lists the Go processes add", () => {
      const cluster = openimInstall({ replicas });
      expect(pushHosts(cluster)).toEqual(push.members);
      expect(proxyHosts(cluster)).toEqual(proxy.members);
      expect(proxy.keys.slice(0, USER_COUNT)).toEqual(users);
    });

    it("should count as misrouted exactly the users whose Go owners differ", () => {
      const differ = users.filter((_, i) => push.owners[i] !== proxy.owners[i]).length;
      const { summary } = analyze(new ClusterRouting(openimInstall({ replicas })), keys);
      expect(summary.misrouted).toBe(differ);
      expect(summary.delivered).toBe(USER_COUNT - differ);
      expect(summary.cannotConnect + summary.dropped).toBe(0);
      if (replicas === 1) expect(summary.misrouted).toBe(0);
    });

    it("should misroute nobody with the patched proxy", () => {
      const cluster = openimInstall({ replicas, hostFormat: "with-port" });
      const { summary } = analyze(new ClusterRouting(cluster), keys);
      expect(summary).toEqual({
        users: USER_COUNT,
        delivered: USER_COUNT,
        misrouted: 0,
        cannotConnect: 0,
        dropped: 0,
      });
    });

    it("should route every key as Go did, keys that hash exactly onto a position included", () => {
      const routing = new ClusterRouting(openimInstall({ replicas }));
      const deliver = routeAll(routing, HashedKeys.from(push.keys)).deliver;
      const connect = routeAll(routing, HashedKeys.from(proxy.keys)).connect;
      expect(Array.from(deliver)).toEqual(push.owners);
      expect(Array.from(connect)).toEqual(proxy.owners);
    });

    it("should follow each user to the pods Go picked", () => {
      const routing = new ClusterRouting(openimInstall({ replicas }));
      const got = users.map((u) => {
        const route = routing.route(u);
        return [route.deliver, route.connect];
      });
      expect(got).toEqual(users.map((_, i) => [push.owners[i], proxy.owners[i]]));
    });
  });
});
