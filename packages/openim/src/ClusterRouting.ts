import { ConsistentHashRing, crc32, type RingPoint } from "@ringside/hashring";
import type { Cluster } from "./cluster.js";
import { hostDnsName, podDnsNames, proxyHosts, pushHosts } from "./hosts.js";

/** What happens to a message for one online user. */
export type Outcome = "delivered" | "misrouted" | "cannotConnect" | "dropped";

/** Outcomes in the order their codes use (`OUTCOMES[code]`). */
export const OUTCOMES: readonly Outcome[] = ["delivered", "misrouted", "cannotConnect", "dropped"];

/** No pod: the side's ring is empty, or (fan-out) there is nothing to deliver to. */
export const NO_TARGET = -1;

/**
 * A place a ring can send a user: a gateway pod that exists, or a host name that resolves to
 * no pod. Existing pods come first, indexed by their StatefulSet ordinal.
 */
export interface Target {
  /** DNS name of the host, without port. */
  readonly name: string;
  readonly exists: boolean;
}

/** One side's ring and where each of its members points. */
export interface SideRouting {
  /** Hosts in Add order, exactly as the Go process builds them. */
  readonly hosts: readonly string[];
  readonly ring: ConsistentHashRing;
  /** Target index of each ring member, by member index (`ring.members()` order). */
  readonly targetOfMember: Int32Array;
}

/** A user's full route, for explaining one user. */
export interface UserRoute {
  readonly userId: string;
  readonly hash: number;
  /** The virtual node that caught the user on each ring; null when the ring is empty. */
  readonly proxyPoint: RingPoint | null;
  readonly pushPoint: RingPoint | null;
  readonly connect: number;
  readonly deliver: number;
  readonly outcome: Outcome;
}

/**
 * Both of OpenIM's routing decisions for one cluster: the proxy's ring (which pod holds the
 * user's websocket) and push's ring (which pod it sends the user's messages to).
 */
export class ClusterRouting {
  readonly cluster: Cluster;
  readonly targets: readonly Target[];
  readonly pods: number;
  readonly push: SideRouting;
  readonly proxy: SideRouting;
  readonly fanOut: boolean;

  constructor(cluster: Cluster) {
    this.cluster = cluster;
    this.fanOut = cluster.push.routing === "fan-out";

    const pods = podDnsNames(cluster.gateway);
    this.pods = pods.length;
    const targets: Target[] = pods.map((name) => ({ name, exists: true }));
    const index = new Map(targets.map((t, i) => [t.name.toLowerCase(), i]));
    const targetOf = (host: string): number => {
      const name = hostDnsName(host);
      let i = index.get(name);
      if (i === undefined) {
        i = targets.push({ name, exists: false }) - 1;
        index.set(name, i);
      }
      return i;
    };

    this.proxy = side(proxyHosts(cluster), targetOf);
    // With fan-out, push keeps no ring: it sends to every gateway pod the Endpoints list.
    this.push = this.fanOut ? side([], targetOf) : side(pushHosts(cluster), targetOf);
    this.targets = targets;
  }

  /** Target of the pod whose websocket a user with this hash holds, or NO_TARGET. */
  connectOf(hash: number): number {
    return targetAt(this.proxy, hash);
  }

  /** Target push sends to for this hash, or NO_TARGET; with fan-out, the connection pod. */
  deliverOf(hash: number): number {
    if (this.fanOut) {
      const connect = this.connectOf(hash);
      return connect !== NO_TARGET && this.targets[connect]?.exists ? connect : NO_TARGET;
    }
    return targetAt(this.push, hash);
  }

  /** The outcome code (index into OUTCOMES) of a connection and delivery target. */
  outcomeCode(connect: number, deliver: number): number {
    if (connect === NO_TARGET || !this.targets[connect]?.exists) return 2;
    if (deliver === NO_TARGET || !this.targets[deliver]?.exists) return 3;
    return connect === deliver ? 0 : 1;
  }

  /** Follows one user through both rings. */
  route(userId: string): UserRoute {
    const hash = crc32(userId);
    const connect = this.connectOf(hash);
    const deliver = this.deliverOf(hash);
    return {
      userId,
      hash,
      proxyPoint: this.proxy.ring.pointAt(this.proxy.ring.pointIndexOf(hash)) ?? null,
      pushPoint: this.push.ring.pointAt(this.push.ring.pointIndexOf(hash)) ?? null,
      connect,
      deliver,
      outcome: OUTCOMES[this.outcomeCode(connect, deliver)] as Outcome,
    };
  }
}

function side(hosts: string[], targetOf: (host: string) => number): SideRouting {
  const ring = new ConsistentHashRing(hosts);
  return { hosts, ring, targetOfMember: Int32Array.from(ring.members(), targetOf) };
}

function targetAt(side: SideRouting, hash: number): number {
  const point = side.ring.pointIndexOf(hash);
  if (point < 0) return NO_TARGET;
  return side.targetOfMember[side.ring.ownerIndexes[point] as number] as number;
}
