/** Height of the suggested frame: headline, rings and slider at a typical docs width. */
export const EMBED_HEIGHT = 760;

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/** The embed view's absolute URL for a view's query string, on this server. */
export function embedUrl(origin: string, search: string): string {
  return `${origin}/embed${search}`;
}

/** An `<iframe>` snippet a docs page can paste; it fills the width it is given. */
export function embedCode(origin: string, search: string): string {
  const src = escapeAttribute(embedUrl(origin, search));
  return (
    `<iframe src="${src}" title="Ringside: where OpenIM's two hash rings disagree" ` +
    `width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:720px" ` +
    `loading="lazy"></iframe>`
  );
}
