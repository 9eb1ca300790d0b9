import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { paced } from '../pace.js';

/**
 * B_sio: a bare Socket.IO server with the Redis adapter. Every socket joins room `r`;
 * `POST /emit?count=n&rate=r` emits n stamped messages to the room, r a second (0: all at once).
 */
const now = () => performance.timeOrigin + performance.now();
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const pub = new Redis(redisUrl);
const sub = pub.duplicate();
const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/emit') {
    const count = Number(url.searchParams.get('count') ?? 1);
    const rate = Number(url.searchParams.get('rate') ?? 0);
    const emit = (i: number) => io.to('r').emit('m', { i, t: now() });
    if (rate === 0) for (let i = 0; i < count; i++) emit(i);
    else void paced(rate, (count * 1000) / rate, emit);
    res.end('ok');
    return;
  }
  res.end(String(io.engine.clientsCount));
});
const io = new Server(http, {
  adapter: createAdapter(pub, sub, { key: `bench:${process.pid}` }),
  transports: ['websocket'],
});
io.on('connection', (socket) => socket.join('r'));
http.listen(Number(process.env.PORT), '127.0.0.1');
