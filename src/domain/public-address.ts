// Which hosts the bot may fetch for staff (a subscribed calendar): public internet addresses
// only, never loopback, private networks (RFC 1918), link-local (169.254/16, the cloud
// metadata service), CGNAT, unique-local IPv6 or other special ranges, so an address staff
// type cannot make the server read its own network (SSRF). One rule in one home: the domain
// checks an address when it is registered (after resolving its name), and the fetch
// (src/scheduler/jobs/calendar-feeds.ts) checks again at connection time through `lookup`, for
// every redirect too. node's net.BlockList does the address matching (IPv4-mapped IPv6
// addresses included). Private targets are allowed only by configuration
// (CALENDAR_ALLOW_PRIVATE_URLS: "on" for all, or a list of addresses or subnets).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";
import { DomainError } from "./errors.ts";

/** Ranges that are not the public internet (IANA special-purpose registries). */
const SPECIAL_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network", 0.0.0.0
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const SPECIAL_V6: [string, number][] = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];

const SPECIAL = new BlockList();
for (const [network, prefix] of SPECIAL_V4) SPECIAL.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of SPECIAL_V6) SPECIAL.addSubnet(network, prefix, "ipv6");

/** Non-public targets the operator allows: none (false, the default), all (true), or these addresses and subnets ("10.1.2.3", "10.0.0.0/8", "fd00::/8"). */
export type PrivateAllowance = boolean | readonly string[];

/** A non-public address, or an invalid entry of an allowance list; "" when it is fine. */
export function allowanceProblem(entry: string): string {
  const [address, prefix, extra] = entry.split("/");
  const family = isIP(address ?? "");
  if (!family || extra !== undefined) return "not an address";
  if (prefix === undefined) return "";
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128) ? "" : "not a subnet";
}

/** Why a host is refused: it resolves to a non-public address. The bot says so in the staff member's language. */
export class PrivateAddressError extends DomainError {
  constructor(readonly host: string) {
    super("calendar-address-private", `not a public address: ${host}`);
  }
}

/** A name resolver like dns.lookup (tests give one that maps names to addresses). */
export type Resolver = (hostname: string) => Promise<string[]>;

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses.map((a) => a.address)))));

/** The host of a URL without IPv6 brackets. */
const bare = (hostname: string) => hostname.replace(/^\[(.*)\]$/, "$1");

export type AddressGuard = ReturnType<typeof createAddressGuard>;

export function createAddressGuard(options: { allowPrivate?: PrivateAllowance; resolve?: Resolver } = {}) {
  const { allowPrivate = false, resolve = systemResolver } = options;
  const allowed = new BlockList();
  if (Array.isArray(allowPrivate)) {
    for (const entry of allowPrivate) {
      if (allowanceProblem(entry)) throw new Error(`not an address or subnet: ${entry}`);
      const [address, prefix] = entry.split("/") as [string, string | undefined];
      const type = isIP(address) === 4 ? "ipv4" : "ipv6";
      if (prefix === undefined) allowed.addAddress(address, type);
      else allowed.addSubnet(address, Number(prefix), type);
    }
  }

  /** May the bot connect to this address? Public ones, and the private ones the operator allowed. */
  function permits(address: string): boolean {
    const family = isIP(address);
    if (!family) return false;
    if (allowPrivate === true) return true;
    const type = family === 4 ? "ipv4" : "ipv6";
    return !SPECIAL.check(address, type) || allowed.check(address, type);
  }

  return {
    permits,
    /** Every address the host stands for is permitted, or PrivateAddressError. A name that does not resolve (now) is left to the fetch. */
    async checkHost(hostname: string): Promise<void> {
      const host = bare(hostname);
      if (allowPrivate === true) return;
      if (isIP(host)) {
        if (!permits(host)) throw new PrivateAddressError(host);
        return;
      }
      const addresses = await resolve(host).catch(() => [] as string[]);
      if (addresses.some((a) => !permits(a))) throw new PrivateAddressError(host);
    },
    /**
     * A `lookup` for http.request / net.connect: resolves the name and refuses the connection
     * when any address is not permitted, so what is checked is what is connected to (no second
     * resolution in between). IP literals never reach it: check them with `checkHost` first.
     */
    lookup(hostname: string, lookupOptions: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void {
      resolve(hostname).then(
        (found) => {
          const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? found.filter((a) => isIP(a) === lookupOptions.family) : found;
          if (found.some((a) => !permits(a))) return callback(new PrivateAddressError(hostname), "");
          if (wanted.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
          if (lookupOptions.all) return callback(null, wanted.map((address) => ({ address, family: isIP(address) })));
          callback(null, wanted[0]!, isIP(wanted[0]!));
        },
        (error: NodeJS.ErrnoException) => callback(error, ""),
      );
    },
  };
}
