import { LineCounter, parseAllDocuments } from "yaml";
import { HttpError } from "../http/HttpError.js";

/** Limits that keep a pasted text from costing more than its size suggests. */
export const YAML_LIMITS = {
  /** Alias expansions per document: stops "billion laughs" blow-ups. */
  maxAliasCount: 100,
  /** Documents in one paste. */
  maxDocuments: 500,
  /** Brackets open at once: a Kubernetes object needs about a dozen. */
  maxFlowDepth: 100,
} as const;

/** A Kubernetes object as read: only the fields the importer looks at are typed. */
export interface KubeObject {
  kind: string;
  apiVersion: string;
  metadata: { name?: unknown; namespace?: unknown; labels?: unknown };
  spec?: unknown;
  status?: unknown;
  data?: unknown;
  [key: string]: unknown;
}

/** What a paste holds: Kubernetes objects (lists unpacked), and plain mappings (helm values). */
export interface Documents {
  objects: KubeObject[];
  values: Record<string, unknown>[];
}

/**
 * Reads multi-document YAML or JSON (JSON is YAML). A syntax error answers 400 naming its line
 * and column; `kind: List` (and `...List`) objects are unpacked into their items.
 */
export function readDocuments(text: string): Documents {
  // Deep nesting is refused before parsing: the parser would spend a while building it first.
  const depth = flowDepth(text, YAML_LIMITS.maxFlowDepth);
  if (depth > YAML_LIMITS.maxFlowDepth) {
    const message =
      `The text nests brackets more than ${YAML_LIMITS.maxFlowDepth} levels deep; ` +
      "no Kubernetes object or helm values file needs that many";
    throw new HttpError("bad_request", message, [{ path: "(body)", message }]);
  }

  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
  });
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.length > YAML_LIMITS.maxDocuments) {
    const max = YAML_LIMITS.maxDocuments;
    const message = `The text holds ${list.length} documents, more than ${max}`;
    throw new HttpError("bad_request", message, [{ path: "(body)", message }]);
  }

  const found: Documents = { objects: [], values: [] };
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
      const message = `line ${line}, column ${col}: ${reason}`;
      throw new HttpError("bad_request", `The text is not valid YAML or JSON: ${message}`, [
        { path: `line ${line}`, message: reason ?? "not valid YAML" },
      ]);
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
    } catch (cause) {
      const message = `The text could not be read: ${(cause as Error).message}`;
      throw new HttpError("bad_request", message, [{ path: "(body)", message }]);
    }
    collect(value, found);
  }
  return found;
}

function collect(value: unknown, into: Documents): void {
  if (!isRecord(value)) return;
  if (typeof value.kind === "string" && typeof value.apiVersion === "string") {
    if (value.kind.endsWith("List") && Array.isArray(value.items)) {
      for (const item of value.items) collect(item, into);
      return;
    }
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    into.objects.push({ ...value, kind: value.kind, apiVersion: value.apiVersion, metadata });
    return;
  }
  into.values.push(value);
}

/** A plain object (a YAML mapping). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How deep `[` and `{` nest, outside double-quoted strings; stops counting past `limit`. */
function flowDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) quoted = false;
    } else if (c === 0x22) quoted = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}
