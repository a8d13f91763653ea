import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { ProxySchema, SyntheticUsersSchema } from "@ringside/api-schema";
import { syntheticUsers } from "@ringside/openim";
import { analyzeCluster } from "./analysis/analyzeCluster.js";
import { userKeysOf } from "./analysis/UserKeys.js";
import { HttpError } from "./http/HttpError.js";
import { importCluster } from "./importing/importCluster.js";
import { decodeUserList } from "./userSets/decodeUserList.js";
import { parseUserList } from "./userSets/parseUserList.js";

/** Exit codes of `ringside check`. */
export const EXIT = { delivered: 0, undelivered: 1, badInput: 2 } as const;

const USAGE = `Usage: ringside check <file|-> [options]

Reads helm template output, kubectl get -o yaml|json, or a helm values file, and routes users
through both of OpenIM's rings. Exits 1 when any user would not get messages in real time.

Options:
  --namespace <ns>              namespace, when the manifests have none
  --release <name>              helm release, when the manifests name none
  --proxy-host-format <format>  how the proxy writes gateway hosts: without-port (OpenIM 3.5.1,
                                assumed when not given) or with-port (a patched proxy)
  --users <file>                user IDs, one per line, or CSV with a userID column
  --synthetic <n>               that many synthetic users (default 10000)
  --seed <s>                    seed of the synthetic users (default 1)
`;

const HOST_FORMATS = ProxySchema.shape.hostFormat;

class UsageError extends Error {}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

// A reader that stops early (`| head`) closes the pipe: the rest of the report has no reader.
let readerGone = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  readerGone = true;
});

function write(text: string): void {
  if (!readerGone) process.stdout.write(`${text}\n`);
}

function run(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      namespace: { type: "string" },
      release: { type: "string" },
      "proxy-host-format": { type: "string" },
      users: { type: "string" },
      synthetic: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    write(USAGE);
    return EXIT.delivered;
  }
  const [command, file, ...rest] = positionals;
  if (command !== "check" || !file || rest.length > 0) throw new UsageError(USAGE);

  const hostFormat = values["proxy-host-format"];
  const proxyHostFormat = hostFormat === undefined ? undefined : HOST_FORMATS.safeParse(hostFormat);
  if (proxyHostFormat && !proxyHostFormat.success) {
    throw new UsageError(
      `--proxy-host-format must be ${HOST_FORMATS.options.join(" or ")}, not "${hostFormat}"`,
    );
  }

  const text = readFileSync(file === "-" ? 0 : file, "utf8");
  const { cluster, warnings } = importCluster(text, {
    namespace: values.namespace,
    release: values.release,
    proxyHostFormat: proxyHostFormat?.data,
  });

  let ids: string[];
  let usersRead: string | undefined;
  if (values.users) {
    const list = parseUserList(decodeUserList(readFileSync(values.users)), {
      csv: extname(values.users).toLowerCase() === ".csv",
    });
    ids = list.ids;
    usersRead =
      `users from ${values.users}: ${list.ids.length} IDs; set aside ` +
      `${plural(list.duplicates, "duplicate")} and ${plural(list.blankLines, "blank line")}`;
  } else {
    const synthetic = SyntheticUsersSchema.safeParse({
      count: Number(values.synthetic ?? 10_000),
      seed: Number(values.seed ?? 1),
    });
    if (!synthetic.success) {
      throw new UsageError(`--synthetic and --seed: ${synthetic.error.issues[0]?.message}`);
    }
    ids = syntheticUsers(synthetic.data.count, synthetic.data.seed);
  }

  const analysis = analyzeCluster(cluster, userKeysOf(ids), { sampleSize: 0 });
  for (const warning of warnings) write(`note: ${warning}`);
  write(`\npush ring (${analysis.push.hosts.length} hosts${analysis.fanOut ? ", fan-out" : ""}):`);
  for (const host of analysis.push.hosts) write(`  ${host}`);
  write(`proxy ring (${analysis.proxy.hosts.length} hosts):`);
  for (const host of analysis.proxy.hosts) write(`  ${host}`);
  write(`gateway pods: ${cluster.gateway.replicas} (${cluster.gateway.statefulSet})`);
  if (usersRead) write(usersRead);

  const s = analysis.summary;
  write(`\nusers          ${s.users}`);
  write(`delivered      ${s.delivered}`);
  write(`misrouted      ${s.misrouted}`);
  write(`cannotConnect  ${s.cannotConnect}`);
  write(`dropped        ${s.dropped}`);
  const bad = s.users - s.delivered;
  write(
    bad === 0
      ? "\nOK: every user is delivered in real time."
      : `\nFAIL: ${bad} of ${s.users} users would not get messages in real time.`,
  );
  return bad === 0 ? EXIT.delivered : EXIT.undelivered;
}

function fail(error: unknown): number {
  if (error instanceof HttpError) {
    process.stderr.write(`ringside: ${error.message}\n`);
    for (const issue of error.issues.slice(1)) {
      process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
    }
  } else if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
  ) {
    process.stderr.write(`ringside: ${(error as Error).message}\n`);
  } else if ((error as NodeJS.ErrnoException).code === "ENOENT") {
    process.stderr.write(`ringside: no such file: ${(error as NodeJS.ErrnoException).path}\n`);
  } else {
    process.stderr.write(`ringside: ${(error as Error).message ?? String(error)}\n`);
  }
  return EXIT.badInput;
}

let code: number;
try {
  code = run(process.argv.slice(2));
} catch (error) {
  code = fail(error);
}
process.exitCode = code;
