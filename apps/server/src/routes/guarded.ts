import { HostLimitError } from "@ringside/openim";
import { HttpError } from "../http/HttpError.js";

/** Turns the model's refusal of an oversized env into a 400 naming the env. */
export function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof HostLimitError)) throw error;
    const path = `cluster.${error.side}.env.MY_MSGGATEWAY_REPLICACOUNT`;
    throw new HttpError("bad_request", error.message, [{ path, message: error.message }]);
  }
}
