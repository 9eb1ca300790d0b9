import { type DeliverySocket, deliverLive, emitRecord, type SendToMany } from '../io/delivery.js';
import type { GatewayServer } from '../io/socket-types.js';
import type { Metrics } from '../metrics.js';
import type { StreamRecord } from './tenant-stream.js';

const RECORD = 'switchboard:record';

/**
 * Gets a stream record to every socket in its rooms, on every gateway process: the Redis adapter
 * carries it to the others (server-side emit), and each process decides for each of its own sockets
 * (a socket that is resuming holds it back, one that had it skips it), then sends it to the rest
 * at once.
 */
export function createFanout(io: GatewayServer, metrics: Metrics) {
  const namespace = io.of('/');
  // Every socket is in the room of its own id; `local` keeps the adapter from publishing it again.
  const send: SendToMany = (socketIds, record) => emitRecord(io.local.to(socketIds), record);
  const deliverLocally = (record: StreamRecord) => {
    const socketIds = new Set<string>();
    for (const room of record.rooms)
      for (const id of namespace.adapter.rooms.get(room) ?? []) socketIds.add(id);
    const sockets: DeliverySocket[] = [];
    for (const id of socketIds) {
      const socket = namespace.sockets.get(id);
      if (socket) sockets.push(socket as DeliverySocket);
    }
    deliverLive(sockets, record, metrics, send);
  };
  io.on(RECORD, deliverLocally);
  return {
    publish(record: StreamRecord) {
      deliverLocally(record);
      io.serverSideEmit(RECORD, record);
    },
  };
}

export type Fanout = ReturnType<typeof createFanout>;
