import type { Server } from 'socket.io';
import { type DeliverySocket, deliverLive } from '../io/delivery.js';
import type { Metrics } from '../metrics.js';
import type { StreamRecord } from './tenant-stream.js';

const RECORD = 'switchboard:record';

/**
 * Gets a stream record to every socket in its rooms, on every gateway process: the Redis adapter
 * carries it to the others (server-side emit), and each process hands it to its own sockets one
 * by one, so a socket that is resuming can hold it back and none gets it twice.
 */
export function createFanout(io: Server, metrics: Metrics) {
  const namespace = io.of('/');
  const deliverLocally = (record: StreamRecord) => {
    const socketIds = new Set<string>();
    for (const room of record.rooms)
      for (const id of namespace.adapter.rooms.get(room) ?? []) socketIds.add(id);
    for (const id of socketIds) {
      const socket = namespace.sockets.get(id);
      if (socket) deliverLive(socket as DeliverySocket, record, metrics);
    }
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
