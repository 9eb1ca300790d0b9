import escapeHtml from 'escape-html';

/** The survey mail: the same words as on the other channels, and a link a mail client shows as a button. */
export function surveyMail(m: {
  to: string;
  tenantName: string;
  subject: string;
  text: string;
  link: string;
  messageId: string;
}) {
  const html = `<!doctype html><html lang="en"><body style="font-family:sans-serif">
<p>Your request &ldquo;${escapeHtml(m.subject)}&rdquo; is resolved. ${escapeHtml(m.tenantName)} would like to know how we did.</p>
<p><a href="${escapeHtml(m.link)}">Rate your experience</a></p>
<p style="color:#555">Or open ${escapeHtml(m.link)}</p></body></html>`;
  return {
    to: m.to,
    subject: `How did we do? ${m.subject}`,
    text: m.text,
    html,
    messageId: m.messageId,
  };
}
