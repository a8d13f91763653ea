import type { Analysis } from "@ringside/api-schema";
import { memo } from "react";
import { formatCount } from "../summary/format.js";
import { MISSING_PATTERN, podColor } from "./palette.js";
import { hostName, longLabel } from "./targetLabel.js";

interface PodLegendProps {
  analysis: Analysis;
  lit: number | undefined;
  onHover: (target: number | undefined) => void;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Every target: its colour, its share of each ring's circle and the users each ring gives it. */
export const PodLegend = memo(function PodLegend({ analysis, lit, onHover }: PodLegendProps) {
  return (
    <div className="legend-scroll">
      <table className="legend" data-testid="rings.legend">
        <caption className="visually-hidden">Pods on both rings</caption>
        <thead>
          <tr>
            <th scope="col">Pod</th>
            <th scope="col" className="right">
              Push arc
            </th>
            <th scope="col" className="right">
              Push users
            </th>
            <th scope="col" className="right">
              Proxy arc
            </th>
            <th scope="col" className="right">
              Proxy users
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.loads.map((load) => {
            const target = analysis.targets[load.target];
            const exists = target?.exists ?? false;
            return (
              <tr
                key={load.target}
                className={lit === load.target ? "lit" : undefined}
                onPointerEnter={() => onHover(load.target)}
                onPointerLeave={() => onHover(undefined)}
                data-testid={`legend.target-${load.target}`}
              >
                <th scope="row">
                  <svg width="14" height="14" aria-hidden="true" className="swatch">
                    <rect
                      width="14"
                      height="14"
                      rx="3"
                      fill={exists ? podColor(load.target) : `url(#${MISSING_PATTERN})`}
                    />
                  </svg>
                  <button
                    type="button"
                    className="legend-name"
                    onFocus={() => onHover(load.target)}
                    onBlur={() => onHover(undefined)}
                    aria-label={`Light ${longLabel(analysis.targets, load.target)} on both rings`}
                  >
                    {longLabel(analysis.targets, load.target)}
                  </button>
                  {!exists && (
                    <span className="legend-host mono">
                      {hostName(analysis.targets, load.target)}
                    </span>
                  )}
                </th>
                <td className="num right">{analysis.fanOut ? "—" : percent(load.pushArcShare)}</td>
                <td className="num right">{formatCount(load.pushUsers)}</td>
                <td className="num right">{percent(load.proxyArcShare)}</td>
                <td className="num right">{formatCount(load.proxyUsers)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
