/**
 * The Redis key a gateway process keeps alive while it runs (a TTL it refreshes). Presence closes
 * the sockets of a gateway whose key has expired: that process died without saying goodbye.
 */
export const gatewayHeartbeatKey = (prefix: string, gatewayId: string) =>
  `${prefix}gateway-alive:${gatewayId}`;
