// Where outbound deliveries may go: https only (unless HOOKYARD_ALLOW_HTTP_TARGETS) and
// never to loopback, private, link-local, carrier-grade NAT or cloud-metadata addresses
// (unless HOOKYARD_ALLOW_PRIVATE_TARGETS). The address is checked for the socket Node
// actually connects to (in the DNS lookup hook), so a name that resolves differently
// later cannot slip through (no DNS-rebinding gap).
import "server-only";
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import ipaddr from "ipaddr.js";
import { env } from "../env";

export class TargetRefused extends Error {}

export function checkTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused("not a valid URL");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && env().HOOKYARD_ALLOW_HTTP_TARGETS)) {
    throw new TargetRefused("the URL must use https (set HOOKYARD_ALLOW_HTTP_TARGETS to allow http)");
  }
  if (url.username || url.password) throw new TargetRefused("credentials in the URL are not allowed");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(host)) assertPublicAddress(host);
  return url;
}

export function assertPublicAddress(address: string): void {
  if (env().HOOKYARD_ALLOW_PRIVATE_TARGETS) return;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  // ipaddr.js names every special range (loopback, private, linkLocal — 169.254.169.254 is the
  // cloud metadata address —, uniqueLocal, carrierGradeNat, reserved…); only "unicast" is public.
  if (parsed.range() !== "unicast") throw new TargetRefused(`the address ${address} is ${parsed.range()}, not public (set HOOKYARD_ALLOW_PRIVATE_TARGETS to allow it)`);
}

/** A dns.lookup replacement for http.request that refuses non-public answers. */
export function guardedLookup(hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    try {
      const list = addresses;
      for (const entry of list) assertPublicAddress(entry.address);
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    } catch (refused) {
      callback(refused as NodeJS.ErrnoException, []);
    }
  });
}
