// biome-ignore-all lint/suspicious/noExplicitAny: socket payloads are whatever JSON the gateway sent
import { io, type Socket } from 'socket.io-client';

/** One stream event as a socket received it. */
export type Seen = { seq: number; epoch: string; eventId: string; type: string; data: any };

/**
 * A browser tab's socket that, like the web app, reconnects after any drop (trying the gateways in
 * turn) and resumes from the last `{epoch, seq}` it saw. It records every stream event received,
 * duplicates included, and every `resumed` answer: the accounting judges them, not this class.
 */
export class ResumingSocket {
  readonly seen: Seen[] = [];
  readonly unrecovered: any[] = [];
  /** Where the socket's view of the stream starts: the head when it first authenticated. */
  start: { epoch: string; seq: number } | null = null;
  private last: { epoch: string; seq: number } | null = null;
  private socket: Socket | null = null;
  private attempt = 0;
  private away = false;
  private closed = false;

  constructor(
    readonly label: string,
    private readonly urls: () => string[],
    private readonly token: string,
  ) {}

  open(): Promise<void> {
    return new Promise((resolve) => this.connect(resolve));
  }

  /** The tab goes away (laptop lid closed) and comes back after `ms`, resuming. */
  async leaveFor(ms: number): Promise<void> {
    this.away = true;
    this.socket?.close();
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.away = false;
    await this.open();
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
  }

  private connect(ready: () => void): void {
    if (this.closed || this.away) return;
    const urls = this.urls();
    const url = urls[this.attempt++ % urls.length] as string;
    const resume = this.last ? { resume: { epoch: this.last.epoch, lastSeq: this.last.seq } } : {};
    const auth = { token: this.token, ...resume };
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth,
    });
    this.socket = socket;
    const retry = () => {
      if (this.socket !== socket) return;
      socket.close();
      this.socket = null;
      setTimeout(() => this.connect(ready), 300);
    };
    socket.on('connect_error', retry);
    socket.on('disconnect', retry);
    socket.on('authenticated', (head: { epoch: string; seq: number }) => {
      this.start ??= head;
      this.last ??= head;
      ready();
    });
    socket.on('resumed', (answer: any) => {
      if (!answer?.recovered) this.unrecovered.push(answer);
    });
    socket.onAny((_name, payload: any) => {
      if (typeof payload?.seq !== 'number' || !payload.eventId) return;
      const { seq, epoch, eventId, type, ...data } = payload;
      this.seen.push({ seq, epoch, eventId, type, data });
      this.last = { epoch, seq };
    });
  }
}
