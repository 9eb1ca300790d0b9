import { CORRELATION_HEADER, type HttpApp } from '@switchboard/http-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  alreadyAnsweredPage,
  notFoundPage,
  surveyForm,
  surveyPolicy,
  thanksPage,
  unavailablePage,
} from './survey-page.html.js';

type Survey = { tenantName: string | null; answered: boolean };
type Params = { token: string };
const tokenShape = /^[\w-]{16,64}$/;

/**
 * docs/api.md §4.8: the page a survey link opens, `GET /csat/:token`, and its form post, which the
 * gateway turns into the ticket service's `POST /api/csat/:token`. The ticket service decides
 * everything (unknown, expired, answered); this only renders its answers as pages.
 */
export async function surveyPageRoutes(app: HttpApp, ticketsUrl: string, timeoutMs: number) {
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) =>
      done(null, body),
    );
    const upstream = (request: FastifyRequest, method: 'GET' | 'POST', body?: object) =>
      fetch(`${ticketsUrl}/api/csat/${encodeURIComponent((request.params as Params).token)}`, {
        method,
        headers: {
          [CORRELATION_HEADER]: request.id,
          'x-forwarded-for': [request.headers['x-forwarded-for'], request.ip].filter(Boolean).join(', '),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    /** The survey as the ticket service sees it, or the page to answer instead. */
    const surveyOf = async (request: FastifyRequest): Promise<Survey | { status: number; html: string }> => {
      if (!tokenShape.test((request.params as Params).token)) return { status: 404, html: notFoundPage() };
      const res = await upstream(request, 'GET').catch(() => null);
      if (res?.status === 404) return { status: 404, html: notFoundPage() };
      if (!res?.ok) return { status: 503, html: unavailablePage() };
      return (await res.json()) as Survey;
    };
    const send = (reply: FastifyReply, status: number, html: string) =>
      reply
        .status(status)
        .header('content-security-policy', surveyPolicy)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(html);

    scope.get<{ Params: Params }>('/csat/:token', async (request, reply) => {
      const survey = await surveyOf(request);
      if ('html' in survey) return send(reply, survey.status, survey.html);
      if (survey.answered) return send(reply, 200, alreadyAnsweredPage(survey.tenantName));
      return send(reply, 200, surveyForm(request.params.token, survey.tenantName));
    });

    scope.post<{ Params: Params }>('/csat/:token', async (request, reply) => {
      const survey = await surveyOf(request);
      if ('html' in survey) return send(reply, survey.status, survey.html);
      if (survey.answered) return send(reply, 409, alreadyAnsweredPage(survey.tenantName));
      const answer = answerOf(request.body);
      if (!answer) return send(reply, 400, surveyForm(request.params.token, survey.tenantName, pickARating));
      const res = await upstream(request, 'POST', answer).catch(() => null);
      if (res?.status === 201) return send(reply, 200, thanksPage(survey.tenantName));
      if (res?.status === 409) return send(reply, 409, alreadyAnsweredPage(survey.tenantName));
      if (res?.status === 404) return send(reply, 404, notFoundPage());
      if (res?.status === 400)
        return send(reply, 400, surveyForm(request.params.token, survey.tenantName, tooLong));
      return send(reply, 503, unavailablePage());
    });
  });
}

const pickARating = 'Please choose a rating from 1 to 5, then send your answer again.';
const tooLong = 'Your answer could not be recorded as it is. Please keep the comment under 2,000 characters.';

/** The form's fields as the answer API takes them; undefined when no valid rating was chosen. */
function answerOf(body: unknown): { rating: number; comment?: string } | undefined {
  const form = new URLSearchParams(
    typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '',
  );
  const rating = Number(form.get('rating'));
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return undefined;
  const comment = form.get('comment')?.trim();
  return comment ? { rating, comment } : { rating };
}
