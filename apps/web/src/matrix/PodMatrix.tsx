import type { Analysis } from "@ringside/api-schema";
import { interpolateBlues, max, scaleSequential } from "d3";
import { memo, useMemo } from "react";
import { shortLabel } from "../rings/targetLabel.js";
import { formatCount } from "../summary/format.js";
import { readableInk } from "./readableInk.js";

interface PodMatrixProps {
  analysis: Analysis;
  selected: { connect: number; deliver: number } | undefined;
  onSelect: (cell: { connect: number; deliver: number } | undefined) => void;
}

/** Above this many targets per side the matrix would not fit: the rest are summed away. */
const MAX_SIDE = 24;

/** Connection pod by delivery pod: users in each cell, as a heatmap; a cell filters users. */
export const PodMatrix = memo(function PodMatrix({ analysis, selected, onSelect }: PodMatrixProps) {
  const { counts, rows, columns, peak } = useMemo(() => {
    const counts = new Map<string, number>();
    const rowSet = new Set<number>();
    const columnSet = new Set<number>();
    for (const cell of analysis.matrix) {
      counts.set(`${cell.connect},${cell.deliver}`, cell.users);
      rowSet.add(cell.connect);
      columnSet.add(cell.deliver);
    }
    // every target that exists gets its row and column, users or not
    analysis.targets.forEach((t, i) => {
      if (t.exists) {
        rowSet.add(i);
        columnSet.add(i);
      }
    });
    const order = (set: Set<number>) => [...set].sort((a, b) => a - b).slice(0, MAX_SIDE);
    return {
      counts,
      rows: order(rowSet),
      columns: order(columnSet),
      peak: max(analysis.matrix, (c) => c.users) ?? 0,
    };
  }, [analysis]);

  const color = scaleSequential(interpolateBlues).domain([0, Math.max(1, peak)]);
  const name = (target: number) => (target < 0 ? "none" : shortLabel(analysis.targets, target));

  return (
    <div className="matrix-wrap">
      {/* Not yet: targets past the 24th are left out (matters above 24 pods or hosts). */}
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
              <th key={c} scope="col">
                {name(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row">{name(r)}</th>
              {columns.map((c) => {
                const users = counts.get(`${r},${c}`) ?? 0;
                const isSelected = selected?.connect === r && selected.deliver === c;
                const background = users > 0 ? color(users) : undefined;
                return (
                  <td key={c}>
                    <button
                      type="button"
                      className={`cell${r === c ? " diagonal" : ""}${isSelected ? " selected" : ""}`}
                      style={{
                        background,
                        color: background ? readableInk(background) : undefined,
                      }}
                      aria-pressed={isSelected}
                      aria-label={`${formatCount(users)} users connected to ${name(r)}, delivered to ${name(c)}`}
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
