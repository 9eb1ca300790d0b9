import { badTextAt } from '@switchboard/http-kit';
import type { Socket } from 'socket.io';

/**
 * The text edge rule of HTTP (docs/security.md) for client events: a payload with a NUL or a lone
 * surrogate is refused with VALIDATION_FAILED, in the ack when there is one. `authenticate` is
 * left out: a token is not text, and a bad one is refused as UNAUTHENTICATED anyway.
 */
export function refuseBadText(socket: Socket) {
  socket.use((packet, next) => {
    const [name, ...rest] = packet;
    const ack = rest.at(-1);
    const args = typeof ack === 'function' ? rest.slice(0, -1) : rest;
    const at = name === 'authenticate' ? null : badTextAt(args, 'payload');
    if (!at) return next();
    const error = {
      code: 'VALIDATION_FAILED',
      message: `Event "${String(name)}" must carry valid UTF-8 text without NUL or lone surrogates`,
      details: [{ field: at, message: 'must not contain NUL or lone surrogates' }],
    };
    if (typeof ack === 'function') ack({ ok: false, error });
    else socket.emit('error', error);
  });
}
