/** How much of a note or message a notification keeps: enough for the inbox line and a toast. */
const bodyLength = 280;

export const excerpt = (text: string): string =>
  text.length > bodyLength ? `${text.slice(0, bodyLength - 1).trimEnd()}…` : text;
