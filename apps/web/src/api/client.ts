import { ErrorBodySchema } from "@ringside/api-schema";
import type { z } from "zod";
import { ApiError } from "./ApiError.js";

/** The one place the dashboard talks to the server; every answer is checked against its schema. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  init: { method?: string; json?: unknown; body?: string; contentType?: string } = {},
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: string | undefined = init.body;
  if (init.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.json);
  } else if (init.contentType) {
    headers["content-type"] = init.contentType;
  }

  let response: Response;
  try {
    response = await fetch(path, { method: init.method ?? "GET", headers, body, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError("The server cannot be reached: is it running?", 0, "network");
  }
  return parseAnswer(response.status, await response.text(), schema);
}

/** Turns a status and body into the schema's value or an ApiError; shared with uploads. */
export function parseAnswer<S extends z.ZodType>(
  status: number,
  text: string,
  schema: S,
): z.infer<S> {
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError(
      `The server answered ${status} with something that is not JSON.`,
      status,
      "invalid",
    );
  }

  if (status < 200 || status >= 300) {
    const error = ErrorBodySchema.safeParse(json);
    if (error.success) {
      const { code, message, issues } = error.data.error;
      throw new ApiError(message, status, code, issues);
    }
    throw new ApiError(`The server answered ${status}.`, status, "unknown");
  }

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` at ${first.path.join(".") || "(root)"}: ${first.message}` : "";
    throw new ApiError(
      `The server's answer does not match the contract${where}.`,
      status,
      "invalid",
    );
  }
  return parsed.data;
}
