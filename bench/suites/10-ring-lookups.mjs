import { createRequire } from "node:module";
import { ConsistentHashRing, crc32, HashedKeys } from "@ringside/hashring";
import { openimInstall, proxyHosts, pushHosts, withReplicas } from "@ringside/openim";

const require = createRequire(import.meta.url);
const HashRing = require("hashring");
const ConsistentHash = require("consistent-hash");

export const name = "Ring lookups";

/** The comparison libraries, so the report can give their versions. */
export const packages = ["hashring", "consistent-hash", "crc-32"];

/** Positions per member on every ring compared: stathat/consistent's default. */
const POSITIONS_PER_MEMBER = 20;

/** How many rings the batch comparison routes the same keys through (fewer in the quick run). */
const BATCH_RINGS = 128;
const QUICK_BATCH_RINGS = 32;

// Each library gets its own loop, so no call site sees more than one ring class and the JIT
// treats them alike. XOR-ing lengths keeps the lookups from being optimized away.
function lookUpOurs(ring, users) {
  let sink = 0;
  for (let i = 0; i < users.length; i++) sink ^= ring.get(users[i]).length;
  return sink;
}

function lookUpConsistentHash(ring, users) {
  let sink = 0;
  for (let i = 0; i < users.length; i++) sink ^= ring.get(users[i]).length;
  return sink;
}

function lookUpHashring(ring, users) {
  let sink = 0;
  for (let i = 0; i < users.length; i++) sink ^= ring.get(users[i]).length;
  return sink;
}

function hashAll(users) {
  let sink = 0;
  for (let i = 0; i < users.length; i++) sink ^= crc32(users[i]);
  return sink;
}

function lookUpByHash(ring, hashes) {
  let sink = 0;
  for (let i = 0; i < hashes.length; i++) sink ^= ring.getByHash(hashes[i]).length;
  return sink;
}

function getPerRing(rings, users) {
  let sink = 0;
  for (const ring of rings) {
    for (let i = 0; i < users.length; i++) sink ^= ring.get(users[i]).length;
  }
  return sink;
}

function batchPerRing(rings, keys, out) {
  let sink = 0;
  for (const ring of rings) sink ^= ring.ownersOf(keys, out)[0];
  return sink;
}

/** Looks up the 1M users on our ring and on two npm rings set up as closely as they allow. */
export async function run(bench) {
  const users = bench.users();
  const batchRings = bench.quick ? QUICK_BATCH_RINGS : BATCH_RINGS;
  const hosts = pushHosts(openimInstall());

  const ours = new ConsistentHashRing(hosts);
  // hashring: 20 vnodes with 1 point each (its ketama default is 40 x 4); md5 is its default
  // and its only non-custom hash. Its 5,000-key LRU cache cannot be turned off (size 0 throws).
  const hashring = new HashRing(
    Object.fromEntries(hosts.map((h) => [h, { vnodes: POSITIONS_PER_MEMBER }])),
    "md5",
    { replicas: 1 },
  );
  // consistent-hash: weight 20 control points per node, placed by its reproducible "uniform"
  // layout instead of Math.random, so every run routes the same way.
  const consistentHash = new ConsistentHash({
    weight: POSITIONS_PER_MEMBER,
    distribution: "uniform",
  });
  for (const host of hosts) consistentHash.add(host);
  checkPositions(ours.size, hashring.ring.length, consistentHash.keyCount, hosts.length);

  const n = users.length;
  // Ours and consistent-hash are close, so they take turns; hashring is far behind either way.
  const [oursGet, consistentHashGet] = await bench.measureInterleaved(
    [
      { label: "ConsistentHashRing.get", fn: () => lookUpOurs(ours, users), operations: n },
      {
        label: "consistent-hash get",
        fn: () => lookUpConsistentHash(consistentHash, users),
        operations: n,
      },
    ],
    { reps: 21 },
  );
  const hashringGet = await bench.measure("hashring get", () => lookUpHashring(hashring, users), {
    operations: n,
    reps: 5,
  });

  // Where ours spends a lookup: hashing the key, and finding its position on the circle.
  const hashes = Uint32Array.from(users, (user) => crc32(user));
  const [hashOnly, searchOnly] = await bench.measureInterleaved([
    { label: "crc32 only", fn: () => hashAll(users), operations: n },
    { label: "getByHash only", fn: () => lookUpByHash(ours, hashes), operations: n },
  ]);

  // The batch path against per-key get, on the rings a replica sweep builds (1..64: 128 rings).
  const rings = [];
  for (let replicas = 1; replicas <= batchRings / 2; replicas++) {
    const cluster = withReplicas(openimInstall(), replicas);
    rings.push(new ConsistentHashRing(pushHosts(cluster)));
    rings.push(new ConsistentHashRing(proxyHosts(cluster)));
  }
  const prehashed = HashedKeys.from(users);
  const out = new Int32Array(n);
  checkBatchAgrees(rings, users, prehashed);

  const warmRings = rings.slice(0, 8);
  const lookups = rings.length * n;
  const batch = await bench.measure(
    `HashedKeys.from once, then ownersOf on ${rings.length} rings`,
    () => batchPerRing(rings, HashedKeys.from(users), out),
    { operations: lookups, reps: 5 },
  );
  const batchPrehashed = await bench.measure(
    `ownersOf on ${rings.length} rings, keys hashed beforehand`,
    () => batchPerRing(rings, prehashed, out),
    { operations: lookups, reps: 5 },
  );
  const perKey = await bench.measure(
    `get per key on ${rings.length} rings`,
    () => getPerRing(rings, users),
    { operations: lookups, reps: 3, warmupFn: () => getPerRing(warmRings, users) },
  );

  return {
    about:
      `${n.toLocaleString("en-US")} keys from \`syntheticUsers(1_000_000, 1)\` looked up on a ` +
      `ring of the ${hosts.length} OpenIM push hosts (\`${hosts[0]}\` ...). Every ring has ` +
      `${POSITIONS_PER_MEMBER} positions per member. \`hashring\`: ` +
      `members given as \`{ vnodes: 20 }\` with \`replicas: 1\`, hashing with md5 (its ` +
      "default); its built-in 5,000-entry LRU cache stays on (it cannot be disabled) and " +
      "never hits, since every key is distinct. `consistent-hash`: `weight: 20`, " +
      '`distribution: "uniform"` (so positions do not come from `Math.random`), its own PJW ' +
      "hash. Ours hashes with CRC-32 as stathat/consistent does. The batch rows route the same " +
      `keys through ${rings.length} rings (push and proxy rings for 1..${batchRings / 2} ` +
      "gateway replicas): the batch path hashes and sorts the keys once with " +
      "`HashedKeys.from`, then calls `ring.ownersOf` per ring; the baseline calls `ring.get` per key per ring. Ours and " +
      "`consistent-hash` are timed taking turns, run by run, so a slow spell of the machine " +
      "hits both alike.",
    comparisons: [
      {
        title: "Lookups: ours vs `hashring`",
        ours: oursGet,
        baseline: hashringGet,
        unit: "lookup",
        target: 10,
      },
      {
        title: "Lookups: ours vs `consistent-hash`",
        ours: oursGet,
        baseline: consistentHashGet,
        unit: "lookup",
        target: 1.5,
      },
      {
        title: `Batch path vs \`get\`, ${rings.length} rings, hashing included`,
        ours: batch,
        baseline: perKey,
        unit: "lookup",
      },
      {
        title: `Batch path vs \`get\`, ${rings.length} rings, keys already hashed`,
        ours: batchPrehashed,
        baseline: perKey,
        unit: "lookup",
      },
    ],
    measurements: [hashOnly, searchOnly],
    notes: [
      `Where a lookup of ours goes, each part timed alone in this run (so they need not add ` +
        `up): \`crc32(key)\` takes ${nanos(hashOnly)} per key and \`getByHash\` (finding ` +
        `the first position above the hash, then its owner) ${nanos(searchOnly)}, against ` +
        `${nanos(oursGet)} for the whole \`get\`.`,
      "Before timing, the run checks that `ownersOf` names the same member as `get` for " +
        "every key on the smallest and the largest ring, and that each ring has " +
        `${hosts.length * POSITIONS_PER_MEMBER} positions (ours counts distinct positions).`,
    ],
  };
}

function nanos(m) {
  return `${((m.medianMs / m.operations) * 1e6).toFixed(1)} ns`;
}

function checkPositions(ours, hashring, consistentHash, members) {
  const expected = members * POSITIONS_PER_MEMBER;
  // Ours may hold fewer: two virtual nodes that hash alike share one position, as in Go.
  if (hashring !== expected || consistentHash !== expected || ours > expected) {
    throw new Error(
      `ring sizes differ: ours ${ours}, hashring ${hashring}, consistent-hash ${consistentHash}`,
    );
  }
}

function checkBatchAgrees(rings, users, keys) {
  for (const ring of [rings[0], rings[rings.length - 1]]) {
    const owners = ring.ownersOf(keys);
    const members = ring.members();
    for (let i = 0; i < users.length; i++) {
      if (members[owners[i]] !== ring.get(users[i])) {
        throw new Error(`ownersOf and get disagree on ${users[i]}`);
      }
    }
  }
}
