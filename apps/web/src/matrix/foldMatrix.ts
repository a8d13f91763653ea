import type { Analysis } from "@ringside/api-schema";

/** The row or column that sums every target past the ones shown on their own. */
export const OTHER = "other";

export type Side = number | typeof OTHER;

/** The matrix as drawn: at most `maxSide` rows and columns, the rest summed into "other". */
export interface FoldedMatrix {
  rows: Side[];
  columns: Side[];
  /** Targets summed into the "other" row and column; empty when everything fits. */
  otherRows: number[];
  otherColumns: number[];
  /** Users of a drawn cell, exact for "other" too. */
  users: (row: Side, column: Side) => number;
  /** The most users in one cell between two targets of their own. */
  peak: number;
}

/**
 * Folds the pod matrix to fit. Every target that exists gets a row and a column, users or
 * not, and so does any target a user routes to (hosts without a pod, none); past `maxSide`
 * the first `maxSide - 1` keep theirs and the rest share "other", which sums their cells.
 */
export function foldMatrix(
  analysis: Pick<Analysis, "matrix" | "targets">,
  maxSide: number,
): FoldedMatrix {
  const rowSet = new Set<number>();
  const columnSet = new Set<number>();
  analysis.targets.forEach((t, i) => {
    if (t.exists) {
      rowSet.add(i);
      columnSet.add(i);
    }
  });
  for (const cell of analysis.matrix) {
    rowSet.add(cell.connect);
    columnSet.add(cell.deliver);
  }

  const split = (set: Set<number>) => {
    const all = [...set].sort((a, b) => a - b);
    if (all.length <= maxSide) return { own: all, other: [] };
    return { own: all.slice(0, maxSide - 1), other: all.slice(maxSide - 1) };
  };
  const rows = split(rowSet);
  const columns = split(columnSet);
  const ownRows = new Set(rows.own);
  const ownColumns = new Set(columns.own);

  const counts = new Map<string, number>();
  let peak = 0;
  for (const cell of analysis.matrix) {
    const row: Side = ownRows.has(cell.connect) ? cell.connect : OTHER;
    const column: Side = ownColumns.has(cell.deliver) ? cell.deliver : OTHER;
    const key = `${row},${column}`;
    counts.set(key, (counts.get(key) ?? 0) + cell.users);
    if (row !== OTHER && column !== OTHER) peak = Math.max(peak, cell.users);
  }

  const withOther = (own: number[], other: number[]): Side[] =>
    other.length > 0 ? [...own, OTHER] : own;
  return {
    rows: withOther(rows.own, rows.other),
    columns: withOther(columns.own, columns.other),
    otherRows: rows.other,
    otherColumns: columns.other,
    users: (row: Side, column: Side) => counts.get(`${row},${column}`) ?? 0,
    peak,
  };
}
