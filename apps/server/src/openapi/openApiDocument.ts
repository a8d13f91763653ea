import { ErrorBodySchema } from "@ringside/api-schema";
import { z } from "zod";
import { OPERATIONS, type Operation } from "./operations.js";

type JsonSchema = Record<string, unknown>;
type Paths = Record<string, Record<string, unknown>>;

const REF = "#/components/schemas/";
const INPUT_MARK = "__input__";

const ERRORS: Record<number, string> = {
  400: "The request is not valid; `issues` names each failing path.",
  404: "No such route, user set or scenario.",
  413: "The body is larger than this route accepts.",
  415: "The body's Content-Type is not one this route accepts.",
  429: "Too many writes from this client; retry later.",
};

/**
 * Component schemas from every zod schema with a `meta({ id })`, as responses give them and,
 * under `<id>Input`, as requests may send them where defaults make fields optional.
 */
function componentSchemas(): {
  schemas: Record<string, JsonSchema>;
  inputName: (id: string) => string;
} {
  const options = { unrepresentable: "any", target: "draft-2020-12" } as const;
  const output = z.toJSONSchema(z.globalRegistry, {
    ...options,
    io: "output",
    uri: (id) => `${REF}${id}`,
  }).schemas as Record<string, JsonSchema>;
  const input = z.toJSONSchema(z.globalRegistry, {
    ...options,
    io: "input",
    uri: (id) => `${REF}${INPUT_MARK}${id}`,
  }).schemas as Record<string, JsonSchema>;

  // An input schema needs its own component when it differs from the output one, or when it
  // refers to one that does.
  const differs = new Set<string>();
  const text = (s: JsonSchema) => JSON.stringify(strip(s));
  for (const id of Object.keys(input)) {
    const unmarked = text(input[id] as JsonSchema).replaceAll(INPUT_MARK, "");
    if (unmarked !== text(output[id] ?? {})) differs.add(id);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of Object.keys(input)) {
      if (differs.has(id)) continue;
      const body = text(input[id] as JsonSchema);
      if ([...differs].some((d) => body.includes(`"${REF}${INPUT_MARK}${d}"`))) {
        differs.add(id);
        grew = true;
      }
    }
  }

  const inputName = (id: string) => (differs.has(id) ? `${id}Input` : id);
  const relink = (schema: JsonSchema): JsonSchema =>
    JSON.parse(
      JSON.stringify(strip(schema)).replace(
        new RegExp(`"${REF}${INPUT_MARK}([^"]+)"`, "g"),
        (_, id: string) => `"${REF}${inputName(id)}"`,
      ),
    );
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(output)) schemas[id] = strip(schema);
  for (const id of differs) schemas[`${id}Input`] = relink(input[id] as JsonSchema);
  return { schemas, inputName };
}

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function idOf(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof id !== "string") throw new Error("every documented body schema needs meta({ id })");
  return id;
}

function parameters(schema: z.ZodObject | undefined, where: "query" | "path") {
  if (!schema) return [];
  const json = strip(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = (json.required ?? []) as string[];
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.includes(name),
    schema: property,
  }));
}

function operation(op: Operation, inputName: (id: string) => string) {
  const ok =
    "text" in op.ok
      ? { [op.ok.text]: { schema: { type: "string" } } }
      : { "application/json": { schema: { $ref: `${REF}${idOf(op.ok.schema)}` } } };
  const responses: Record<string, unknown> = {
    [op.ok.status]: { description: op.ok.description, content: ok },
  };
  for (const status of op.errors) {
    responses[status] = {
      description: ERRORS[status],
      content: { "application/json": { schema: { $ref: `${REF}${idOf(ErrorBodySchema)}` } } },
    };
  }
  let requestBody: unknown;
  if (op.body && "schema" in op.body) {
    const ref = `${REF}${inputName(idOf(op.body.schema))}`;
    requestBody = { required: true, content: { "application/json": { schema: { $ref: ref } } } };
  } else if (op.body) {
    const content = Object.fromEntries(
      op.body.text.map((t) => [t, { schema: { type: "string" } }]),
    );
    requestBody = { required: true, description: op.body.description, content };
  }
  return {
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    parameters: [...parameters(op.params, "path"), ...parameters(op.query, "query")],
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** The API's OpenAPI 3.1 document, generated from the zod schemas the server validates with. */
export function openApiDocument(version: string) {
  const { schemas, inputName } = componentSchemas();
  const paths: Paths = {};
  for (const op of OPERATIONS) {
    paths[op.path] = { ...paths[op.path], [op.method]: operation(op, inputName) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Ringside API",
      version,
      description:
        "Where OpenIM's two consistent-hash rings (openim-push and openim-msggateway-proxy) " +
        "disagree about which gateway pod holds a user. Every error answers " +
        "`{ error: { code, message, issues: [{ path, message }] } }`.",
    },
    ...plainInputNames(paths, reachable(schemas, paths)),
  };
}

// A schema only ever sent keeps its own name for its input form: AnalysisRequest, not
// AnalysisRequestInput.
function plainInputNames(paths: Paths, schemas: Record<string, JsonSchema>) {
  let text = JSON.stringify({ paths, components: { schemas } });
  for (const id of Object.keys(schemas)) {
    const base = id.slice(0, -"Input".length);
    if (!id.endsWith("Input") || base in schemas) continue;
    text = text.replaceAll(`"${REF}${id}"`, `"${REF}${base}"`).replace(`"${id}":`, `"${base}":`);
  }
  return JSON.parse(text) as { paths: Paths; components: { schemas: Record<string, JsonSchema> } };
}

// Only the components the paths refer to, directly or through other components: an input
// form of a schema that is only ever answered is left out.
function reachable(
  schemas: Record<string, JsonSchema>,
  paths: unknown,
): Record<string, JsonSchema> {
  const kept: Record<string, JsonSchema> = {};
  const pending = refsIn(paths);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const schema = schemas[id];
    if (schema === undefined || id in kept) continue;
    kept[id] = schema;
    pending.push(...refsIn(schema));
  }
  return Object.fromEntries(
    Object.keys(schemas)
      .filter((id) => id in kept)
      .map((id) => [id, kept[id] as JsonSchema]),
  );
}

function refsIn(value: unknown): string[] {
  const text = JSON.stringify(value);
  return [...text.matchAll(new RegExp(`"${REF}([^"]+)"`, "g"))].map((m) => m[1] as string);
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
