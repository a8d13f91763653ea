import type { Analysis } from "@ringside/api-schema";
import { interpolateBlues, scaleSequential } from "d3";
import { memo, useMemo } from "react";
import { shortLabel } from "../rings/targetLabel.js";
import { formatCount } from "../summary/format.js";
import { foldMatrix, OTHER, type Side } from "./foldMatrix.js";
import { readableInk } from "./readableInk.js";

interface PodMatrixProps {
  analysis: Analysis;
  selected: { connect: number; deliver: number } | undefined;
  onSelect: (cell: { connect: number; deliver: number } | undefined) => void;
}

/** Rows and columns that fit the card; past this many targets the rest share "other". */
const MAX_SIDE = 24;

/** Connection pod by delivery pod: users in each cell, as a heatmap; a cell filters users. */
export const PodMatrix = memo(function PodMatrix({ analysis, selected, onSelect }: PodMatrixProps) {
  const folded = useMemo(() => foldMatrix(analysis, MAX_SIDE), [analysis]);
  const { rows, columns, otherRows, otherColumns } = folded;

  const color = scaleSequential(interpolateBlues).domain([0, Math.max(1, folded.peak)]);
  const name = (side: Side) =>
    side === OTHER ? "other" : side < 0 ? "none" : shortLabel(analysis.targets, side);
  const longName = (side: Side, others: readonly number[]) =>
    side === OTHER ? `the other ${others.length}` : name(side);

  return (
    <div className="matrix-wrap">
      {(otherRows.length > 0 || otherColumns.length > 0) && (
        <p className="hint matrix-note" data-testid="matrix.note">
          {foldedNote(otherRows.length, otherColumns.length, MAX_SIDE - 1)}
        </p>
      )}
      <table className="matrix" data-testid="matrix">
        <caption className="visually-hidden">
          Users by connection pod (rows) and delivery pod (columns)
        </caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              <span aria-hidden="true">conn ↓ / deliv →</span>
              <span className="visually-hidden">Connection pod by delivery pod</span>
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className={c === OTHER ? "other" : undefined}>
                {c === OTHER ? `other ${otherColumns.length}` : name(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row" className={r === OTHER ? "other" : undefined}>
                {r === OTHER ? `other ${otherRows.length}` : name(r)}
              </th>
              {columns.map((c) => {
                const users = folded.users(r, c);
                const label =
                  `${formatCount(users)} users connected to ${longName(r, otherRows)}, ` +
                  `delivered to ${longName(c, otherColumns)}`;
                if (r === OTHER || c === OTHER) {
                  // a sum of many cells filters nothing: a number, not a button
                  return (
                    <td key={c}>
                      <span
                        className="cell other"
                        title={label}
                        data-testid={`matrix.cell-${r}-${c}`}
                      >
                        {users > 0 ? formatCount(users) : "·"}
                      </span>
                    </td>
                  );
                }
                const isSelected = selected?.connect === r && selected.deliver === c;
                const background = users > 0 ? color(users) : undefined;
                return (
                  <td key={c}>
                    <button
                      type="button"
                      className={["cell", r === c && "diagonal", isSelected && "selected"]
                        .filter(Boolean)
                        .join(" ")}
                      style={{
                        background,
                        color: background ? readableInk(background) : undefined,
                      }}
                      aria-pressed={isSelected}
                      aria-label={label}
                      onClick={() => onSelect(isSelected ? undefined : { connect: r, deliver: c })}
                      data-testid={`matrix.cell-${r}-${c}`}
                    >
                      {users > 0 ? formatCount(users) : "·"}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** How many pods did not get a row or column of their own, and where their users went. */
function foldedNote(rows: number, columns: number, shown: number): string {
  const head = `The matrix shows ${shown} pods a side; `;
  if (rows === columns) {
    const rest = `the other ${formatCount(rows)} are summed, user for user,`;
    return `${head}${rest} in the “other” row and column.`;
  }
  const parts: string[] = [];
  if (rows > 0) parts.push(`the other ${formatCount(rows)} connection pods in the “other” row`);
  if (columns > 0) {
    parts.push(`the other ${formatCount(columns)} delivery pods in the “other” column`);
  }
  return `${head}${parts.join(" and ")} are summed, user for user.`;
}
