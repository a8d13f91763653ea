import { describe, expect, it } from "vitest";
import {
  gatewayHosts,
  gatewayPort,
  goAtoi,
  HostLimitError,
  hostDnsName,
  instanceOf,
  openimInstall,
  podDnsNames,
  proxyHosts,
  pushHosts,
} from "../src/index.js";

const env = (name: string, ns: string, count: string) => ({
  MY_POD_NAME: name,
  MY_POD_NAMESPACE: ns,
  MY_MSGGATEWAY_REPLICACOUNT: count,
});

describe("goAtoi, as Go's strconv.Atoi with its error ignored", () => {
  it.each([
    ["5", 5n],
    ["05", 5n],
    ["+5", 5n],
    ["-3", -3n],
    ["", 0n],
    ["+", 0n],
    [" 5", 0n],
    ["5 ", 0n],
    ["5.0", 0n],
    ["1_000", 0n],
    ["0x10", 0n],
    ["٥", 0n],
    ["9223372036854775807", 9223372036854775807n],
    ["9223372036854775808", 9223372036854775807n],
    ["-9223372036854775808", -9223372036854775808n],
    ["-9223372036854775809", -9223372036854775808n],
    ["99999999999999999999", 9223372036854775807n],
    // ParseUint reports the overflow before it reaches the bad character.
    ["99999999999999999999x", 9223372036854775807n],
    ["x99999999999999999999", 0n],
  ])("should read %j as %s", (text, value) => {
    expect(goAtoi(text)).toBe(value);
  });
});

describe("instanceOf", () => {
  it.each([
    ["openimserver-openim-push-7f9c-x8k2p", "openimserver"],
    ["open-im-openim-push-7f9c-x8k2p", "open"],
    ["nodash", "nodash"],
    ["", ""],
    ["-leading", ""],
  ])("should take %j up to the first dash: %j", (pod, instance) => {
    expect(instanceOf(pod)).toBe(instance);
  });
});

describe("gatewayPort, from rpcRegisterName.openImMessageGatewayName", () => {
  it.each([
    ["openimserver-openim-msggateway:88", 88n],
    ["openimserver-openim-msggateway:10140", 10140n],
    ["openimserver-openim-msggateway", 88n],
    ["a:b:88", 88n],
    ["openimserver-openim-msggateway:", 0n],
    ["openimserver-openim-msggateway:abc", 0n],
    ["openimserver-openim-msggateway:-5", -5n],
    ["openimserver-openim-msggateway:99999999999999999999", 9223372036854775807n],
  ])("should read %j as port %s", (name, port) => {
    expect(gatewayPort(name)).toBe(port);
  });
});

describe("gatewayHosts", () => {
  it("should build push's hosts in Add order with the port", () => {
    expect(gatewayHosts(env("openimserver-openim-push-1", "openim", "2"), 88n, "push")).toEqual([
      "openimserver-openim-msggateway-0.openimserver-openim-msggateway-headless.openim.svc.cluster.local:88",
      "openimserver-openim-msggateway-1.openimserver-openim-msggateway-headless.openim.svc.cluster.local:88",
    ]);
  });

  it("should write no port for the 3.5.1 proxy", () => {
    expect(gatewayHosts(env("x-proxy", "ns", "1"), null, "proxy")).toEqual([
      "x-openim-msggateway-0.x-openim-msggateway-headless.ns.svc.cluster.local",
    ]);
  });

  it("should write port 0 when the port does not parse", () => {
    const cluster = openimInstall({ replicas: 1 });
    cluster.push.openImMessageGatewayName = "openimserver-openim-msggateway:eighty-eight";
    expect(pushHosts(cluster)[0]?.endsWith(".svc.cluster.local:0")).toBe(true);
  });

  it.each(["", "five", " 5", "-2", "0"])("should build no hosts from replica env %j", (count) => {
    expect(gatewayHosts(env("openimserver-a", "openim", count), 88n, "push")).toEqual([]);
  });

  it("should refuse an env that asks for more hosts than Ringside models", () => {
    expect(() => gatewayHosts(env("a-b", "openim", "1025"), 88n, "push")).toThrow(HostLimitError);
    expect(gatewayHosts(env("a-b", "openim", "1024"), 88n, "push")).toHaveLength(1024);
  });

  it("should give the patched proxy push's port, or its own config's", () => {
    const cluster = openimInstall({ replicas: 1, hostFormat: "with-port", rpcPort: 10140 });
    expect(proxyHosts(cluster)).toEqual(pushHosts(cluster));
    cluster.proxy.openImMessageGatewayName = "openimserver-openim-msggateway:77";
    expect(proxyHosts(cluster)[0]?.endsWith(":77")).toBe(true);
  });
});

describe("podDnsNames and hostDnsName", () => {
  it("should name each StatefulSet pod through its headless service", () => {
    expect(
      podDnsNames({ statefulSet: "rel-openim-msggateway", namespace: "im", replicas: 2 }),
    ).toEqual([
      "rel-openim-msggateway-0.rel-openim-msggateway-headless.im.svc.cluster.local",
      "rel-openim-msggateway-1.rel-openim-msggateway-headless.im.svc.cluster.local",
    ]);
    expect(
      podDnsNames({ statefulSet: "gw", namespace: "im", replicas: 1, serviceName: "gw-svc" }),
    ).toEqual(["gw-0.gw-svc.im.svc.cluster.local"]);
  });

  it.each([
    ["a.svc.cluster.local:88", "a.svc.cluster.local"],
    ["a.svc.cluster.local:-5", "a.svc.cluster.local"],
    ["a.svc.cluster.local", "a.svc.cluster.local"],
    ["A.Svc.Cluster.Local:0", "a.svc.cluster.local"],
  ])("should read host %j as DNS name %j", (host, name) => {
    expect(hostDnsName(host)).toBe(name);
  });
});
