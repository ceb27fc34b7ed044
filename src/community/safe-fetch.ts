/**
 * Downloads an article for /add with every guard a bot fetching member-supplied links needs: http(s) only, no
 * private, loopback or link-local address (unless the host is explicitly allowed), checked again on every
 * redirect hop, a timeout over the whole download and a size limit enforced while streaming.
 * The connection itself resolves through the same check (undici's `connect.lookup`), so a name that resolves to a
 * public address for the check and to a private one for the connection (DNS rebinding) is refused too.
 */
import { lookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch } from 'undici';

/** A download refused for a reason the member can fix or should know; `message` is one line for them. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Hosts (names or addresses) allowed even though they are private or loopback; tests allow 127.0.0.1. */
  allowHosts: readonly string[];
  /** Check hosts against the private ranges (attachments come from Discord's CDN and skip it). */
  checkHosts?: boolean;
  /** Name resolution (tests stand in a resolver that changes its answer); the system resolver otherwise. */
  resolve?: (host: string) => Promise<string[]>;
}

export interface Fetched {
  bytes: Buffer;
  contentType: string;
  finalUrl: URL;
}

const MAX_REDIRECTS = 5;
const privateRanges = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv4');
}
// NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address that may be private: refused as a whole.
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2002::', 16]] as const) privateRanges.addSubnet(net, prefix, 'ipv6');

/** True for loopback, private, link-local, CGNAT, multicast and unspecified addresses (IPv4-mapped IPv6 too). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return privateRanges.check(mapped, 'ipv4');
  const family = isIP(address);
  return family === 0 ? true : privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const systemResolve = async (host: string): Promise<string[]> => (await lookup(host, { all: true })).map((a) => a.address);

/** The addresses a host may be contacted at, or a refusal: one rule for the check and for the connection. */
async function allowedAddresses(host: string, limits: FetchLimits): Promise<string[]> {
  const addresses = isIP(host) ? [host] : await (limits.resolve ?? systemResolve)(host).catch(() => []);
  if (addresses.length === 0) throw new FetchRefused(`the host ${host} cannot be found.`);
  if (limits.checkHosts !== false && !limits.allowHosts.includes(host) && addresses.some(isPrivateAddress)) {
    throw new FetchRefused(`${host} is a private or local address; the bot does not fetch those.`);
  }
  return addresses;
}

async function checkHost(url: URL, limits: FetchLimits): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`only http and https links can be added (got ${url.protocol.replace(':', '')}).`);
  if (limits.checkHosts === false) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (limits.allowHosts.includes(host)) return;
  await allowedAddresses(host, limits);
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A `dns.lookup` for the socket that only ever hands it checked addresses. */
function guardedLookup(limits: FetchLimits) {
  return (host: string, options: LookupOptions, callback: LookupCallback): void => {
    allowedAddresses(host, limits).then(
      (addresses) => (options.all ? callback(null, addresses.map((address) => ({ address, family: isIP(address) }))) : callback(null, addresses[0]!, isIP(addresses[0]!))),
      (error: Error) => callback(error, ''),
    );
  };
}

/** Follows up to five redirects by hand so that each hop's host is checked before it is contacted. */
export async function safeFetch(raw: string, limits: FetchLimits): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused('that is not a valid link.');
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(limits) } });
  try {
    for (let hop = 0; ; hop++) {
      await checkHost(url, limits);
      const response = await fetch(url, { redirect: 'manual', signal, dispatcher, headers: { accept: 'text/html, text/plain;q=0.9' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop === MAX_REDIRECTS) throw new FetchRefused('the link redirects too often.');
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchRefused(`the server answered ${response.status}.`);
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw new FetchRefused(`the file is larger than ${limits.maxBytes} bytes.`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body ?? []) {
        size += (chunk as Uint8Array).length;
        if (size > limits.maxBytes) throw new FetchRefused(`the file is larger than ${limits.maxBytes} bytes.`);
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
      return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? '', finalUrl: url };
    }
  } catch (error) {
    if (error instanceof FetchRefused) throw error;
    // A refusal from the connection's lookup arrives wrapped by fetch ("fetch failed", cause: the refusal).
    if ((error as Error).cause instanceof FetchRefused) throw (error as Error).cause as FetchRefused;
    if (signal.aborted) throw new FetchRefused(`the download took longer than ${limits.timeoutMs / 1000} s.`);
    throw new FetchRefused(`the download failed (${(error as Error).message}).`);
  } finally {
    void dispatcher.close();
  }
}
