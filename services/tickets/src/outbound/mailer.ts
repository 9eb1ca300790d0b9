import nodemailer from 'nodemailer';

export type Mailer = {
  /** Sends one message; throws when the SMTP server does not take it (the caller retries). */
  send(message: {
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
  }): Promise<void>;
  close(): void;
};

/** Mail to customers over `smtpUrl` (smtp://, smtps://, credentials in the URL when needed). */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ ...message, from });
    },
    close: () => transport.close(),
  };
}
