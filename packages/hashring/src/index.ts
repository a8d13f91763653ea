export {
  ConsistentHashRing,
  type RingPoint,
  VIRTUAL_NODES,
  virtualNodeHash,
} from "./ConsistentHashRing.js";
export { crc32 } from "./crc32.js";
export { EmptyRingError } from "./EmptyRingError.js";
export { HashedKeys } from "./HashedKeys.js";
