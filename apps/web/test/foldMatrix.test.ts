import { HashedKeys } from "@ringside/hashring";
import { analyze, ClusterRouting, openimInstall, syntheticUsers } from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { foldMatrix, OTHER } from "../src/matrix/foldMatrix.js";

const keys = HashedKeys.from(syntheticUsers(5_000, 3));

/** The matrix and targets of the shipped chart at `replicas`, as the analysis sends them. */
function analysisAt(replicas: number) {
  const routing = new ClusterRouting(openimInstall({ replicas }));
  const { matrix } = analyze(routing, keys);
  const targets = Array.from({ length: replicas }, (_, i) => ({ exists: true, name: `pod-${i}` }));
  return { matrix, targets };
}

describe("foldMatrix", () => {
  it("should give every pod its row and column while they fit", () => {
    const folded = foldMatrix(analysisAt(5), 24);
    expect(folded.rows).toEqual([0, 1, 2, 3, 4]);
    expect(folded.columns).toEqual([0, 1, 2, 3, 4]);
    expect(folded.otherRows).toEqual([]);
  });

  it("should sum the pods past the first 23 into other, every user counted once", () => {
    const analysis = analysisAt(64);
    const folded = foldMatrix(analysis, 24);
    expect(folded.rows).toHaveLength(24);
    expect(folded.rows.at(-1)).toBe(OTHER);
    expect(folded.otherRows).toEqual(Array.from({ length: 41 }, (_, i) => 23 + i));

    let drawn = 0;
    for (const r of folded.rows) for (const c of folded.columns) drawn += folded.users(r, c);
    expect(drawn).toBe(5_000);

    // the other row holds exactly the users who connect to pods 23 to 63
    const fromRest = analysis.matrix
      .filter((cell) => cell.connect >= 23)
      .reduce((sum, cell) => sum + cell.users, 0);
    const otherRow = folded.columns.reduce((sum: number, c) => sum + folded.users(OTHER, c), 0);
    expect(otherRow).toBe(fromRest);
    const both = analysis.matrix
      .filter((cell) => cell.connect >= 23 && cell.deliver >= 23)
      .reduce((sum, cell) => sum + cell.users, 0);
    expect(folded.users(OTHER, OTHER)).toBe(both);
  });

  it("should keep a cell of two pods that fit as the analysis counts it", () => {
    const analysis = analysisAt(64);
    const folded = foldMatrix(analysis, 24);
    const cell = analysis.matrix.find((c) => c.connect < 23 && c.deliver < 23 && c.users > 0);
    expect(cell).toBeDefined();
    if (cell) expect(folded.users(cell.connect, cell.deliver)).toBe(cell.users);
  });

  it("should colour by the busiest cell of two pods of their own, not by an other sum", () => {
    const analysis = analysisAt(64);
    const folded = foldMatrix(analysis, 24);
    const own = analysis.matrix.filter((c) => c.connect < 23 && c.deliver < 23);
    expect(folded.peak).toBe(Math.max(...own.map((c) => c.users)));
    expect(folded.users(OTHER, OTHER)).toBeGreaterThan(folded.peak);
  });
});
