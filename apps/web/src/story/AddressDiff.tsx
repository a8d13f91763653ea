import { type Cluster, proxyHosts, pushHosts } from "@ringside/openim";

/** How many characters two strings share from the start. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One address with the part after the shared prefix marked. */
function Address({ text, from, testId }: { text: string; from: number; testId: string }) {
  const rest = text.slice(from);
  return (
    <code className="story-address" data-testid={testId}>
      {text.slice(0, from)}
      {rest === "" ? (
        <mark className="story-missing" data-testid={`${testId}-diff`}>
          (nothing here)
        </mark>
      ) : (
        <mark data-testid={`${testId}-diff`}>{rest}</mark>
      )}
    </code>
  );
}

/** Pod 0's address as push writes it and as the proxy writes it, the difference marked. */
export function AddressDiff({ cluster }: { cluster: Cluster }) {
  const push = pushHosts(cluster)[0] ?? "";
  const proxy = proxyHosts(cluster)[0] ?? "";
  const from = commonPrefix(push, proxy);
  return (
    <dl className="story-addresses">
      <div>
        <dt>push (openim-push) hashes pod 0 as</dt>
        <dd>
          <Address text={push} from={from} testId="story.push-address" />
        </dd>
      </div>
      <div>
        <dt>the proxy (openim-msggateway-proxy) hashes pod 0 as</dt>
        <dd>
          <Address text={proxy} from={from} testId="story.proxy-address" />
        </dd>
      </div>
    </dl>
  );
}
