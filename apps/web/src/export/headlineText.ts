import { formatCount, formatShare } from "../summary/format.js";
import { type Summary, usersWord } from "../summary/outcomeText.js";

/** The headline as plain ASCII text: for image metadata and for anyone who reads a file. */
export function headlineText(summary: Summary, pods: number): string {
  const parts = [
    `${formatCount(summary.misrouted)} of ${formatCount(summary.users)} ${usersWord(summary)} ` +
      "misrouted " +
      `(${formatShare(summary.misrouted, summary.users)}) at ${pods} gateway pods`,
    `${formatCount(summary.delivered)} delivered`,
    `${formatCount(summary.cannotConnect)} cannot connect`,
    `${formatCount(summary.dropped)} get no push at all`,
  ];
  return parts.join("; ");
}
