import { parse } from "content-type";

/** A Content-Type header's media type and charset, lower-cased; empty when absent or unreadable. */
export function mediaTypeOf(header: string | undefined): { type: string; charset?: string } {
  if (!header) return { type: "" };
  try {
    const { type, parameters } = parse(header);
    const charset = parameters.charset?.toLowerCase();
    return charset === undefined ? { type } : { type, charset };
  } catch {
    return { type: "" };
  }
}
