import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Part = { headers: Record<string, string>; body: string };
export type Attachment = { filename: string; contentType: string; content: Buffer };
export type Mail = { to: string; subject: string; html: string; text: string; attachments: Attachment[] };

function partOf(raw: string): Part {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: split < 0 ? '' : raw.slice(split + 4) };
}

/** The leaf parts of a MIME message (multipart bodies split on their boundaries). */
function leavesOf(part: Part): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(part.headers['content-type'] ?? '')?.[1];
  if (!boundary) return [part];
  const [, ...chunks] = part.body.split(`--${boundary}`);
  return chunks
    .filter((c) => !c.startsWith('--'))
    .flatMap((c) => leavesOf(partOf(c.replace(/^\r\n/, '').replace(/\r\n$/, ''))));
}

function decoded(part: Part): Buffer {
  const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const text = part.body.replace(/=\r\n/g, '');
    return Buffer.from(
      text.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    );
  }
  return Buffer.from(part.body);
}

/** A message as the tests read it: a small MIME reader for what nodemailer writes. */
export function parseMail(raw: string): Mail {
  const message = partOf(raw);
  const mail: Mail = {
    to: message.headers.to ?? '',
    subject: message.headers.subject ?? '',
    html: '',
    text: '',
    attachments: [],
  };
  for (const leaf of leavesOf(message)) {
    const type = leaf.headers['content-type'] ?? 'text/plain';
    const filename = /filename="?([^";]+)"?/i.exec(leaf.headers['content-disposition'] ?? '')?.[1];
    if (filename)
      mail.attachments.push({ filename, contentType: type.split(';')[0] ?? '', content: decoded(leaf) });
    else if (type.startsWith('text/html')) mail.html = decoded(leaf).toString('utf8');
    else if (type.startsWith('text/plain')) mail.text = decoded(leaf).toString('utf8');
  }
  return mail;
}

/** A real SMTP server on 127.0.0.1 (any port, or `port`) keeping every message it accepts. */
export async function startMailbox(port = 0) {
  const raw: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        raw.push(Buffer.concat(chunks).toString('latin1'));
        done();
      });
    },
  });
  // A sender killed mid-session (the fault matrix does it) resets its connection: that is the
  // sender's failure to retry, not the mailbox's, and unhandled it would crash the test process.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    mails: () => raw.map(parseMail),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type Mailbox = Awaited<ReturnType<typeof startMailbox>>;
