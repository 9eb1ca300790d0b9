/**
 * An abusive client, in its own process so its CPU use does not skew the test's measurements:
 * FLOOD_SOCKETS tabs of one user send client events as fast as they can and reconnect whenever
 * the gateway drops them. Prints its running totals as one JSON line every 250 ms.
 */
import { io } from 'socket.io-client';

const url = process.env.GATEWAY_URL ?? '';
const token = process.env.FLOOD_TOKEN ?? '';
const ticketId = process.env.FLOOD_TICKET_ID ?? '';
const tabs = Number(process.env.FLOOD_SOCKETS ?? 5);

const totals = {
  sent: 0,
  answered: 0,
  limitedBySocket: 0,
  limitedByTenant: 0,
  errorEvents: 0,
  authenticated: 0,
  /** Disconnected by the gateway for flooding (not for any other reason). */
  cutOff: 0,
};

type Answer = { ok: boolean; error?: { code: string; message: string } };

function countAnswer(answer: Answer) {
  totals.answered++;
  if (answer.error?.code !== 'RATE_LIMITED') return;
  if (answer.error.message.includes('tenant')) totals.limitedByTenant++;
  else totals.limitedBySocket++;
}

function openTab() {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    auth: { token },
  });
  const pump = () => {
    if (!socket.connected) return;
    for (let i = 0; i < 100; i++) {
      if (i % 10 === 0) socket.emit('join_ticket', ticketId, countAnswer);
      else socket.emit('typing_start', { ticketId });
      totals.sent++;
    }
    setTimeout(pump, 1);
  };
  socket.on('authenticated', () => {
    totals.authenticated++;
    pump();
  });
  socket.on('error', (e: { code?: string; message?: string }) => {
    if (e?.code !== 'RATE_LIMITED') return;
    totals.errorEvents++;
    if (e.message?.includes('disconnected')) totals.cutOff++;
  });
  socket.on('disconnect', () => {
    setTimeout(() => socket.connect(), 20); // and straight back for more
  });
}

for (let i = 0; i < tabs; i++) openTab();
setInterval(() => process.stdout.write(`${JSON.stringify(totals)}\n`), 250);
