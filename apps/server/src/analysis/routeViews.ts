import type { Analysis, PageSchema, Route } from "@ringside/api-schema";
import { CIRCLE, OUTCOMES, type Outcome, type Routes } from "@ringside/openim";
import type { z } from "zod";
import type { UserKeys } from "./UserKeys.js";

/** Which affected users to list, defaults applied. */
export type Page = z.output<typeof PageSchema>;

const MISROUTED = OUTCOMES.indexOf("misrouted");
const DELIVERED = OUTCOMES.indexOf("delivered");

/** The route of user `i` of the set. */
export function routeOf(users: UserKeys, routes: Routes, i: number): Route {
  return {
    userId: users.ids[i] as string,
    hash: users.keys.hashes[i] as number,
    connect: routes.connect[i] as number,
    deliver: routes.deliver[i] as number,
    outcome: OUTCOMES[routes.outcome[i] as number] as Outcome,
  };
}

/** Users, and misrouted users, per angular bin of the circle, clockwise from hash 0. */
export function densityOf(users: UserKeys, routes: Routes, bins: number): Analysis["density"] {
  const all = new Array<number>(bins).fill(0);
  const misrouted = new Array<number>(bins).fill(0);
  const hashes = users.keys.hashes;
  for (let i = 0; i < hashes.length; i++) {
    const bin = Math.floor(((hashes[i] as number) * bins) / CIRCLE);
    all[bin] = (all[bin] as number) + 1;
    if (routes.outcome[i] === MISROUTED) misrouted[bin] = (misrouted[bin] as number) + 1;
  }
  return { bins, users: all, misrouted };
}

/**
 * Up to `size` users to draw one by one: misrouted users first, then the others, each group
 * picked evenly across the set so the sample spreads around the circle as the set does.
 */
export function sampleOf(users: UserKeys, routes: Routes, size: number): Route[] {
  const misrouted: number[] = [];
  const others: number[] = [];
  for (let i = 0; i < routes.outcome.length; i++) {
    (routes.outcome[i] === MISROUTED ? misrouted : others).push(i);
  }
  const picked = spread(misrouted, size);
  picked.push(...spread(others, size - picked.length));
  return picked.map((i) => routeOf(users, routes, i));
}

function spread(indexes: number[], count: number): number[] {
  if (count <= 0) return [];
  if (indexes.length <= count) return indexes.slice();
  return Array.from({ length: count }, (_, j) => {
    return indexes[Math.floor((j * indexes.length) / count)] as number;
  });
}

/** One page of the users matching `page`'s filters, in set order, and how many match. */
export function affectedPage(users: UserKeys, routes: Routes, page: Page): Analysis["affected"] {
  const outcome = page.outcome === undefined ? undefined : OUTCOMES.indexOf(page.outcome);
  const { query, connect, deliver } = page;
  const items: Route[] = [];
  let total = 0;
  for (let i = 0; i < routes.outcome.length; i++) {
    const code = routes.outcome[i];
    // No outcome asked for: every user who does not get messages in real time.
    if (outcome === undefined ? code === DELIVERED : code !== outcome) continue;
    if (connect !== undefined && routes.connect[i] !== connect) continue;
    if (deliver !== undefined && routes.deliver[i] !== deliver) continue;
    if (query !== undefined && !(users.ids[i] as string).includes(query)) continue;
    if (total >= page.offset && items.length < page.limit) items.push(routeOf(users, routes, i));
    total++;
  }
  return { total, offset: page.offset, items };
}
