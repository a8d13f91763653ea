import type { ImportResult } from "@ringside/api-schema";
import { DEFAULT_NAMESPACE, DEFAULT_RELEASE } from "@ringside/openim";

/** What the query supplies for what the text lacks. */
export interface ImportOptions {
  namespace?: string | undefined;
  release?: string | undefined;
}

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

  /** The namespace: the objects', else the query's, else OpenIM's default (with a warning). */
  namespace(fromObjects: string | undefined): string {
    if (fromObjects) {
      const asked = this.options.namespace;
      if (asked && asked !== fromObjects) {
        this.warn(`the objects say namespace ${fromObjects}: used it, not ${asked} from the query`);
      }
      return fromObjects;
    }
    if (this.options.namespace) return this.options.namespace;
    this.warn(`no namespace in the objects: used ${DEFAULT_NAMESPACE}`);
    return DEFAULT_NAMESPACE;
  }

  /** The release: the objects', else the query's, else OpenIM's default (with a warning). */
  release(fromObjects: string | undefined): string {
    if (fromObjects) return fromObjects;
    if (this.options.release) return this.options.release;
    this.warn(`no release name in the text: used ${DEFAULT_RELEASE}`);
    return DEFAULT_RELEASE;
  }
}
