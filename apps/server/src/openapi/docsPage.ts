import type { OpenApiDocument } from "./openApiDocument.js";

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// `code` spans in descriptions; everything else stays plain text.
const prose = (text: string) =>
  html(text).replace(/`([^`]+)`/g, (_, code: string) => `<code>${code}</code>`);

const refLink = (ref: unknown) => {
  const name = String(ref).split("/").pop() ?? "";
  return `<a href="#schema-${html(name)}">${html(name)}</a>`;
};

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
  color: #1b1f24; }
h1 { margin-bottom: 0; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; }
section.op { border: 1px solid #d0d7de; border-radius: 6px; padding: 0 1rem; margin: 1rem 0; }
.method { font-weight: 700; text-transform: uppercase; padding: 0 .4rem; border-radius: 4px;
  background: #ddf4ff; }
.method.post { background: #dafbe1; }
code, pre { font: 13px ui-monospace, monospace; background: #f6f8fa; }
pre { padding: .75rem; overflow-x: auto; border-radius: 6px; }
table { border-collapse: collapse; } td, th { text-align: left; padding: .2rem .6rem .2rem 0; }
`;

/** A readable page of the API that needs no script and no network: plain HTML and CSS. */
export function docsPage(doc: OpenApiDocument): string {
  const ops: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as {
        summary: string;
        description: string;
        parameters: { name: string; in: string; required: boolean; schema: unknown }[];
        requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
        responses: Record<
          string,
          { description: string; content?: Record<string, { schema: { $ref?: string } }> }
        >;
      };
      const params = op.parameters.length
        ? `<h4>Parameters</h4><table>${op.parameters
            .map(
              (p) =>
                `<tr><td><code>${html(p.name)}</code></td><td>${p.in}${
                  p.required ? ", required" : ""
                }</td><td><code>${html(JSON.stringify(p.schema))}</code></td></tr>`,
            )
            .join("")}</table>`
        : "";
      const body = op.requestBody
        ? `<h4>Body</h4><ul>${Object.entries(op.requestBody.content)
            .map(([type, { schema }]) => {
              const what = schema.$ref ? refLink(schema.$ref) : "text";
              return `<li><code>${html(type)}</code>: ${what}</li>`;
            })
            .join("")}</ul>`
        : "";
      const responses = Object.entries(op.responses)
        .map(([status, r]) => {
          const ref = r.content?.["application/json"]?.schema.$ref;
          const link = ref ? ` ${refLink(ref)}` : "";
          return `<li><b>${status}</b> ${prose(r.description)}${link}</li>`;
        })
        .join("");
      ops.push(
        `<section class="op"><h3><span class="method ${method}">${method}</span> ` +
          `<code>${html(path)}</code></h3><p><b>${prose(op.summary)}</b>. ${prose(
            op.description,
          )}</p>${params}${body}<h4>Responses</h4><ul>${responses}</ul></section>`,
      );
    }
  }
  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, schema]) =>
        `<h3 id="schema-${html(name)}">${html(name)}</h3>` +
        `<pre>${html(JSON.stringify(schema, null, 2))}</pre>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(doc.info.title)}</title><style>${STYLE}</style></head><body>
<h1>${html(doc.info.title)} <small>${html(doc.info.version)}</small></h1>
<p>${prose(doc.info.description)}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Routes</h2>${ops.join("\n")}
<h2>Schemas</h2>${schemas}
</body></html>`;
}
