import {
  IdParamsSchema,
  type Scenario,
  ScenarioInputSchema,
  ScenarioSchema,
} from "@ringside/api-schema";
import express, { type Router } from "express";
import type { UserSource } from "../analysis/UserSource.js";
import { HttpError } from "../http/HttpError.js";
import { noQuery } from "../http/noQuery.js";
import { parseWith } from "../http/parseWith.js";
import { newId } from "../ids.js";
import type { Store } from "../store/Store.js";

/** POST /scenarios and GET /scenarios/:id: saved dashboards that reopen exactly. */
export function scenarioRoutes(store: Store, users: UserSource): Router {
  const router = express.Router();

  router.post("/scenarios", noQuery, (req, res) => {
    const input = parseWith(ScenarioInputSchema, req.body, "body");
    users.check(input.users);
    const scenario: Scenario = {
      id: newId(),
      ...(input.title === undefined ? {} : { title: input.title }),
      cluster: input.cluster,
      users: input.users,
      view: input.view,
      createdAt: new Date().toISOString(),
    };
    store.addScenario(scenario);
    res.status(201).location(`/api/v1/scenarios/${scenario.id}`).json(scenario);
  });

  router.get("/scenarios/:id", noQuery, (req, res) => {
    const { id } = parseWith(IdParamsSchema, req.params, "params");
    const saved = store.scenario(id);
    if (saved === undefined) {
      const message = `No scenario ${id}`;
      throw new HttpError("not_found", message, [{ path: "id", message }]);
    }
    // What was validated on the way in is checked on the way out too: a row edited by hand
    // fails here, as a server error, rather than reaching the dashboard.
    res.json(ScenarioSchema.parse(saved));
  });

  return router;
}
