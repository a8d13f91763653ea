import { parse } from "yaml";
import { isRecord, type KubeObject, YAML_LIMITS } from "./readDocuments.js";

const KEY = "openImMessageGatewayName";
const MAX_DEPTH = 8;

/** The value of `openImMessageGatewayName` anywhere in a parsed value, searched breadth-first. */
export function findGatewayName(value: unknown, depth = 0): string | undefined {
  if (!isRecord(value) || depth > MAX_DEPTH) return undefined;
  const direct = value[KEY];
  if (typeof direct === "string") return direct;
  for (const child of Object.values(value)) {
    const found = findGatewayName(child, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The gateway name a ConfigMap's config file (or a flat key) gives, if any. */
export function gatewayNameOfConfigMap(configMap: KubeObject): string | undefined {
  if (!isRecord(configMap.data)) return undefined;
  const flat = configMap.data[KEY];
  if (typeof flat === "string") return flat;
  for (const file of Object.values(configMap.data)) {
    if (typeof file !== "string" || !file.includes(KEY)) continue;
    try {
      const found = findGatewayName(
        parse(file, { maxAliasCount: YAML_LIMITS.maxAliasCount, prettyErrors: false }),
      );
      if (found !== undefined) return found;
    } catch {
      // A config file that is not YAML holds no value for us; the caller warns of the default.
    }
  }
  return undefined;
}
