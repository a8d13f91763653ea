/**
 * The way to route users without Ringside's batch model: for each user, `get` on the proxy's
 * ring and on push's ring, map both hosts to pods, and compare. Shared by the suites that use
 * it as their baseline; not a suite itself (it exports no `run`).
 */
export function naiveRouter(routing) {
  const targetOf = (side) => {
    const members = side.ring.members();
    return new Map(members.map((member, i) => [member, side.targetOfMember[i]]));
  };
  const proxyTarget = targetOf(routing.proxy);
  const pushTarget = targetOf(routing.push);
  const proxyRing = routing.proxy.ring;
  const pushRing = routing.push.ring;
  return (userId) => {
    const connect = proxyRing.size === 0 ? -1 : proxyTarget.get(proxyRing.get(userId));
    const deliver = pushRing.size === 0 ? -1 : pushTarget.get(pushRing.get(userId));
    return { connect, deliver, outcome: routing.outcomeCode(connect, deliver) };
  };
}
