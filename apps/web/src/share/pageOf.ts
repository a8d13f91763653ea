/** Which page a path shows; the server answers index.html for every one of them. */
export type Page =
  | { kind: "dashboard" }
  | { kind: "saved"; id: string; opens: "/" | "/embed" }
  | { kind: "embed" }
  | { kind: "story"; step: number };

const SAVED = /^\/s\/([A-Za-z0-9_-]{1,64})\/?$/;
const EMBED_SAVED = /^\/embed\/s\/([A-Za-z0-9_-]{1,64})\/?$/;
const STORY = /^\/story(?:\/(\d{1,3}))?\/?$/;

/** Reads a path: `/s/<id>` and `/embed/s/<id>` are saved views; anything unknown is `/`. */
export function pageOf(path: string): Page {
  const saved = SAVED.exec(path);
  if (saved) return { kind: "saved", id: saved[1] as string, opens: "/" };
  const embedSaved = EMBED_SAVED.exec(path);
  if (embedSaved) return { kind: "saved", id: embedSaved[1] as string, opens: "/embed" };
  if (path === "/embed" || path === "/embed/") return { kind: "embed" };
  const story = STORY.exec(path);
  if (story) return { kind: "story", step: Number(story[1] ?? "1") };
  return { kind: "dashboard" };
}
