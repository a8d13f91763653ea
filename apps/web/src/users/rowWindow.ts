/**
 * The tallest spacer the table lays out. Browsers stop growing an element somewhere past this
 * (Chromium near 33,554,428 px, Firefox near 17,895,697 px), and a million 34 px rows need
 * 34,000,000 px: past this height the scroll position maps to rows proportionally instead.
 */
export const MAX_SPACER_PX = 15_000_000;

export interface RowWindowInput {
  count: number;
  rowHeight: number;
  /** The scroller's scrollTop and its visible height. */
  scrollTop: number;
  viewport: number;
  /** Rows drawn past each edge of the viewport. */
  overscan: number;
  maxHeight?: number;
}

/** Which rows to draw and where, inside a spacer of `height`. */
export interface RowWindow {
  height: number;
  /** First and last row drawn; `last < first` when there is none. */
  first: number;
  last: number;
  /** Where row `first` starts inside the spacer; each next row is `rowHeight` further down. */
  top: number;
}

/**
 * The rows at a scroll position. Below `maxHeight` a row sits at `index * rowHeight`. Above
 * it, the spacer is `maxHeight` tall and the share of it scrolled is the share of the rows
 * scrolled past, so the top of the scroller shows row 0 and the bottom the last row; the
 * drawn rows are placed around the scroll position.
 */
export function rowWindow(input: RowWindowInput): RowWindow {
  const { count, rowHeight, viewport, overscan } = input;
  const full = count * rowHeight;
  const height = Math.min(full, input.maxHeight ?? MAX_SPACER_PX);
  const scrollTop = Math.max(0, Math.min(input.scrollTop, Math.max(0, height - viewport)));

  // where the scroller's top edge falls in the full list of rows
  const scrollable = height - viewport;
  const contentTop =
    full === height || scrollable <= 0 ? scrollTop : (scrollTop / scrollable) * (full - viewport);

  const first = Math.max(0, Math.floor(contentTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((contentTop + viewport) / rowHeight) - 1 + overscan);
  return { height, first, last, top: first * rowHeight + scrollTop - contentTop };
}
