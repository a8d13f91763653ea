import type { ImportResult } from "@ringside/api-schema";
import { DEFAULT_NAMESPACE, DEFAULT_RELEASE, type HostFormat } from "@ringside/openim";

/** What the caller supplies for what the text lacks. */
export interface ImportOptions {
  namespace?: string | undefined;
  release?: string | undefined;
  /** How the proxy writes gateway hosts: no text tells a patched proxy from a shipped one. */
  proxyHostFormat?: HostFormat | undefined;
}

/** Where a value the text lacked was looked for, to word the warning for what was read. */
export type ImportSource = "objects" | "values";

const LACKING: Record<ImportSource, { namespace: string; release: string }> = {
  objects: { namespace: "no namespace in the objects", release: "no release name in the text" },
  values: {
    namespace: "a helm values file names no namespace",
    release: "a helm values file names no release",
  },
};

/** Collects what an import read and every assumption it made. */
export class ImportContext {
  readonly found: ImportResult["found"] = [];
  readonly warnings: string[] = [];

  constructor(readonly options: ImportOptions) {}

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  read(kind: string, name: string): void {
    this.found.push({ kind, name });
  }

  /** The namespace: the objects', else the caller's, else OpenIM's default (with a warning). */
  namespace(fromObjects: string | undefined, source: ImportSource = "objects"): string {
    return this.#filled("namespace", fromObjects, source, DEFAULT_NAMESPACE);
  }

  /** The release: the objects', else the caller's, else OpenIM's default (with a warning). */
  release(fromObjects: string | undefined, source: ImportSource = "objects"): string {
    return this.#filled("release", fromObjects, source, DEFAULT_RELEASE);
  }

  #filled(
    what: "namespace" | "release",
    fromObjects: string | undefined,
    source: ImportSource,
    fallback: string,
  ): string {
    const asked = this.options[what];
    if (fromObjects) {
      if (asked && asked !== fromObjects) {
        this.warn(`the objects say ${what} ${fromObjects}: used it, not ${asked} as asked`);
      }
      return fromObjects;
    }
    if (asked) return asked;
    this.warn(`${LACKING[source][what]}: used ${fallback}`);
    return fallback;
  }

  /** Warns when a side's env counts other gateway replicas than the StatefulSet has. */
  replicaDrift(side: string, envSays: string | undefined, replicas: number, why = ""): void {
    if (envSays === undefined || envSays === String(replicas)) return;
    this.warn(
      `${side}'s env says ${envSays} gateway replicas while the StatefulSet has ${replicas}${why}`,
    );
  }

  /** The proxy's host format: the caller's, else the shipped 3.5.1 proxy's (with a warning). */
  proxyHostFormat(): HostFormat {
    if (this.options.proxyHostFormat) return this.options.proxyHostFormat;
    this.warn(
      "assumed the proxy writes gateway hosts without a port (without-port), as the OpenIM " +
        "3.5.1 proxy does; choose with-port for a patched proxy",
    );
    return "without-port";
  }
}
