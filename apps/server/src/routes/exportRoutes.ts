import { once } from "node:events";
import { AFFECTED_CSV_COLUMNS, AffectedCsvQuerySchema } from "@ringside/api-schema";
import { ClusterRouting, OUTCOMES, routeAll } from "@ringside/openim";
import express, { type Response, type Router } from "express";
import type { UserSource } from "../analysis/UserSource.js";
import { parseWith } from "../http/parseWith.js";
import { guarded } from "./guarded.js";

/** Rows joined into one write: big enough to be cheap, small enough to keep memory flat. */
const ROWS_PER_CHUNK = 4096;

const DELIVERED = OUTCOMES.indexOf("delivered");

/** GET /affected-users.csv: every affected user's route, streamed as CSV. */
export function exportRoutes(users: UserSource): Router {
  const router = express.Router();

  router.get("/affected-users.csv", async (req, res) => {
    const query = parseWith(AffectedCsvQuerySchema, req.query, "query");
    const keys = users.resolve(query.users);
    const routing = guarded(() => new ClusterRouting(query.cluster));
    const routes = routeAll(routing, keys.keys);
    const pods = routing.targets.map((target) => csvField(target.name.split(".")[0] ?? ""));
    const wanted = query.outcome === undefined ? undefined : OUTCOMES.indexOf(query.outcome);

    res.status(200);
    res.type("text/csv; charset=utf-8");
    res.attachment(`ringside-affected-${query.cluster.gateway.replicas}-pods.csv`);
    res.setHeader("Cache-Control", "no-store");
    let closed = false;
    res.on("close", () => {
      closed = true;
    });

    let chunk = `${AFFECTED_CSV_COLUMNS.join(",")}\n`;
    let rows = 0;
    for (let i = 0; i < routes.outcome.length && !closed; i++) {
      const code = routes.outcome[i] as number;
      if (wanted === undefined ? code === DELIVERED : code !== wanted) continue;
      const connect = routes.connect[i] as number;
      const deliver = routes.deliver[i] as number;
      chunk +=
        `${csvField(keys.ids[i] as string)},${OUTCOMES[code]},${pods[connect] ?? ""},` +
        `${pods[deliver] ?? ""},${keys.keys.hashes[i]}\n`;
      if (++rows % ROWS_PER_CHUNK === 0) {
        await write(res, chunk);
        chunk = "";
      }
    }
    if (!closed) res.end(chunk);
  });

  return router;
}

/** Writes and, when the socket's buffer is full, waits until the client has read it. */
async function write(res: Response, text: string): Promise<void> {
  if (res.write(text)) return;
  // whichever comes first, the other listener goes: a long download waits thousands of times
  const done = new AbortController();
  const { signal } = done;
  try {
    await Promise.race([once(res, "drain", { signal }), once(res, "close", { signal })]);
  } finally {
    done.abort();
  }
}

/**
 * A CSV field: quoted when it holds a comma, quote or line break.
 *
 * Not yet: IDs starting with `=`, `+`, `-` or `@` are written as they are, which a spreadsheet
 * may read as a formula (matters when an uploaded set holds hostile IDs).
 */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
