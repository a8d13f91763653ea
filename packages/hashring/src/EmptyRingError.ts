/**
 * Thrown by {@link ConsistentHashRing.get} on a ring with no positions, as Go's
 * `ErrEmptyCircle` is returned.
 */
export class EmptyRingError extends Error {
  override readonly name = "EmptyRingError";

  constructor() {
    super("empty circle: the ring has no members to pick from");
  }
}
