import { IdParamsSchema, LIMITS, type UserSet, UserSetQuerySchema } from "@ringside/api-schema";
import { crc32 } from "@ringside/hashring";
import express, { type Router } from "express";
import { HttpError } from "../http/HttpError.js";
import { mediaTypeOf } from "../http/mediaType.js";
import { noQuery } from "../http/noQuery.js";
import { parseWith } from "../http/parseWith.js";
import { requireContentType } from "../http/requireContentType.js";
import { newId } from "../ids.js";
import type { Store } from "../store/Store.js";
import { COLLECT_AFTER_BYTES, collectGarbage } from "../userSets/collectGarbage.js";
import { decodeUserList } from "../userSets/decodeUserList.js";
import { parseUserList } from "../userSets/parseUserList.js";

const UPLOAD_TYPES = ["text/plain", "text/csv"];

/** POST /user-sets (an upload) and GET /user-sets/:id. */
export function userSetRoutes(store: Store): Router {
  const router = express.Router();

  router.post(
    "/user-sets",
    requireContentType(UPLOAD_TYPES),
    express.raw({ type: UPLOAD_TYPES, limit: LIMITS.maxUploadBytes }),
    (req, res) => {
      const query = parseWith(UserSetQuerySchema, req.query, "query");
      checkCharset(req.headers["content-type"]);
      const text = Buffer.isBuffer(req.body) ? decodeUserList(req.body) : "";
      const list = parseUserList(text, { csv: Boolean(req.is("text/csv")) });

      // Hashed once here; every analysis of the set reuses these.
      const hashes = Uint32Array.from(list.ids, crc32);
      const name = query.name ?? `${list.ids.length} users`;
      const set: UserSet = store.addUserSet(newId(), {
        meta: {
          name,
          count: list.ids.length,
          duplicates: list.duplicates,
          blankLines: list.blankLines,
        },
        ids: list.ids,
        hashes,
      });
      // Once answered, the parse's garbage goes, so the server returns to about its idle size.
      if (text.length >= COLLECT_AFTER_BYTES)
        res.once("finish", () => setImmediate(collectGarbage));
      res.status(201).location(`/api/v1/user-sets/${set.id}`).json(set);
    },
  );

  router.get("/user-sets/:id", noQuery, (req, res) => {
    const { id } = parseWith(IdParamsSchema, req.params, "params");
    const set = store.userSetMeta(id);
    if (!set) {
      const message = `No user set ${id}`;
      throw new HttpError("not_found", message, [{ path: "id", message }]);
    }
    res.json(set);
  });

  return router;
}

// The list is read as UTF-8, which is what OpenIM's user IDs are; another charset is refused.
function checkCharset(contentType: string | undefined): void {
  const { charset } = mediaTypeOf(contentType);
  if (charset === undefined || charset === "utf-8" || charset === "utf8") return;
  const message = `charset ${charset} is not read here; send the list as UTF-8`;
  throw new HttpError("unsupported_media_type", message, [{ path: "(headers)", message }]);
}
