import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';

/*
 * The CSAT survey page (docs/api.md §4.8): plain server-rendered HTML, no script, one small
 * stylesheet inline. Every text that comes from data (the tenant's name, the token) is escaped.
 */

const style = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
main{max-width:34rem;margin:0 auto;padding:1.5rem 1rem}
.card{background:#fff;border:1px solid #d0d4da;border-radius:.5rem;padding:1.25rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
.from{margin:0 0 1rem;color:#4a4f57}
fieldset{border:0;margin:0 0 1rem;padding:0}
legend{font-weight:600;margin-bottom:.5rem}
.scale{display:flex;flex-wrap:wrap;gap:.5rem}
.scale label{flex:1 1 4.5rem;display:flex;flex-direction:column;align-items:center;gap:.25rem;padding:.5rem .25rem;border:1px solid #8a9099;border-radius:.375rem;cursor:pointer;text-align:center;font-size:.875rem}
.scale input{width:1.25rem;height:1.25rem;margin:0}
.scale strong{font-size:1.125rem}
.scale label:has(input:checked){border-color:#0b57d0;background:#e8f0fe}
label[for=comment]{display:block;font-weight:600;margin-bottom:.25rem}
textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #8a9099;border-radius:.375rem}
button{margin-top:1rem;font:inherit;font-weight:600;color:#fff;background:#0b57d0;border:0;border-radius:.375rem;padding:.75rem 1.25rem;cursor:pointer;min-height:2.75rem}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.error{color:#a50e0e;font-weight:600}
`;

/** The page's own policy: its inline stylesheet (by hash), a form posting to itself, nothing else. */
export const surveyPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const page = (title: string, tenantName: string | null, body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(tenantName ? `${title} – ${tenantName}` : title)}</title>
<style>${style}</style>
</head>
<body>
<main><div class="card">
${body}
</div></main>
</body>
</html>
`;

const from = (tenantName: string | null) =>
  tenantName ? `<p class="from">${escapeHtml(tenantName)}</p>` : '';

const labels = ['Very poor', 'Poor', 'Okay', 'Good', 'Excellent'];

/** The survey: five labelled ratings and an optional comment; `error` when an answer was refused. */
export function surveyForm(token: string, tenantName: string | null, error?: string) {
  const scale = labels
    .map(
      (label, i) =>
        `<label><input type="radio" name="rating" value="${i + 1}" required><strong>${i + 1}</strong> ${label}</label>`,
    )
    .join('\n');
  const alert = error ? `<p class="error" role="alert" id="problem">${escapeHtml(error)}</p>` : '';
  return page(
    'How did we do?',
    tenantName,
    `<h1>How did we do?</h1>
${from(tenantName)}${alert}
<form method="post" action="/csat/${encodeURIComponent(token)}">
<fieldset${error ? ' aria-describedby="problem"' : ''}>
<legend>Rate your experience, from 1 (very poor) to 5 (excellent)</legend>
<div class="scale">
${scale}
</div>
</fieldset>
<label for="comment">Anything else you would like to tell us? (optional)</label>
<textarea id="comment" name="comment" rows="4" maxlength="2000"></textarea>
<button type="submit">Send my answer</button>
</form>`,
  );
}

export const thanksPage = (tenantName: string | null) =>
  page(
    'Thank you',
    tenantName,
    `<h1>Thank you!</h1>\n${from(tenantName)}<p>Your answer is recorded. It helps us help you better.</p>`,
  );

export const alreadyAnsweredPage = (tenantName: string | null) =>
  page(
    'Already answered',
    tenantName,
    `<h1>Thank you, we already have your answer</h1>\n${from(tenantName)}<p>This survey was answered before, and that answer is recorded. There is nothing more to do.</p>`,
  );

export const notFoundPage = () =>
  page(
    'Survey not found',
    null,
    '<h1>This survey link is not valid</h1>\n<p>The link may have expired, or it was not copied whole. If you opened it from an email, try the link in that email again.</p>',
  );

export const unavailablePage = () =>
  page(
    'Please try again',
    null,
    '<h1>We could not load the survey just now</h1>\n<p>Please try again in a few minutes.</p>',
  );
