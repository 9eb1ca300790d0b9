import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';

export type Mailer = {
  /** Sends one message; throws when the SMTP server does not take it (the caller retries). */
  send(message: Omit<Mail.Options, 'from'>): Promise<{ messageId: string; accepted: string[] }>;
  close(): void;
};

/** SMTP delivery over `smtpUrl` (smtp://, smtps://, with credentials in the URL when needed). */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      const info = await transport.sendMail({ ...message, from });
      return { messageId: info.messageId, accepted: info.accepted.map(String) };
    },
    close: () => transport.close(),
  };
}
