import { gatewayHeartbeatKey } from '@switchboard/contracts';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/*
 * A user's open sockets across every gateway, as one Redis hash (socket id → "<expiry> <gateway
 * id>"), so that checking the limit and taking a slot are one step: eleven tabs opened at the same
 * moment cannot all see ten free. A slot is dropped on the next claim once its gateway's heartbeat
 * is gone (killed, no disconnects sent) or its access token has expired (the socket was closed
 * then), so a dead gateway leaks none, even one restarted under the same id. (The heartbeat keys
 * are read by name inside the script: a single Redis, not a cluster.)
 */
const CLAIM = `
local entries = redis.call('HGETALL', KEYS[1])
local held = 0
for i = 1, #entries, 2 do
  local gap = string.find(entries[i + 1], ' ')
  local expiry = tonumber(string.sub(entries[i + 1], 1, gap - 1))
  local alive = redis.call('EXISTS', ARGV[4] .. string.sub(entries[i + 1], gap + 1)) == 1
  if alive and expiry > tonumber(ARGV[6]) then held = held + 1
  else redis.call('HDEL', KEYS[1], entries[i]) end
end
if held >= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

/** Longer than any socket lives: its access token expires first and closes it. */
const SLOTS_TTL_MS = 3600 * 1000;

type Options = { keyPrefix: string; heartbeatPrefix: string; gatewayId: string; max: number };

export function connectionSlots(redis: Redis, options: Options, logger: Logger) {
  const keyOf = (userId: string) => `${options.keyPrefix}connections:${userId}`;
  const alivePrefix = gatewayHeartbeatKey(options.heartbeatPrefix, '');
  return {
    /** Takes a slot for the socket until `expiresAt` (ms); false when the user has `max` open. */
    async claim(userId: string, socketId: string, expiresAt: number): Promise<boolean> {
      try {
        const slot = `${expiresAt} ${options.gatewayId}`;
        const args = [options.max, socketId, slot, alivePrefix, SLOTS_TTL_MS, Date.now()];
        return (await redis.eval(CLAIM, 1, keyOf(userId), ...args)) === 1;
      } catch (err) {
        logger.warn({ err, userId }, 'connection limit unavailable; admitting the socket');
        return true;
      }
    },
    async release(userId: string, socketId: string): Promise<void> {
      await redis.hdel(keyOf(userId), socketId).catch((err) => logger.warn({ err }, 'slot not released'));
    },
  };
}

export type ConnectionSlots = ReturnType<typeof connectionSlots>;
