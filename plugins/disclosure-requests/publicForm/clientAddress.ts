/**
 * The client's address for rate limiting. The production server appends the address it saw to
 * `X-Forwarded-For` (src/server/index.ts), as each trusted proxy before it does; entries further left are
 * whatever the client sent, so the one counted is `trustedProxyHops` from the end, never a client's claim.
 */
export const clientAddressOf = (headers: Headers, { trustedProxyHops }: { trustedProxyHops: number }): string => {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const address = hops[Math.max(0, hops.length - 1 - trustedProxyHops)]
  // An IPv4 client seen on a dual-stack socket (::ffff:1.2.3.4) is the same client as 1.2.3.4.
  return address?.replace(/^::ffff:/, '') ?? 'unknown'
}
