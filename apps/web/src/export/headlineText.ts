import { formatCount } from "../summary/format.js";
import { lateShare } from "../summary/lateShare.js";
import type { Summary } from "../summary/outcomeText.js";

/** The headline as plain ASCII text: for image metadata and for anyone who reads a file. */
export function headlineText(summary: Summary, pods: number): string {
  const { late, of, whom, share } = lateShare(summary);
  const parts = [
    `${formatCount(late)} of ${formatCount(of)} ${whom} misrouted (${share}) ` +
      `at ${pods} gateway pods`,
    `${formatCount(summary.delivered)} delivered`,
    `${formatCount(summary.cannotConnect)} cannot connect`,
    `${formatCount(summary.dropped)} get no push at all`,
  ];
  return parts.join("; ");
}
