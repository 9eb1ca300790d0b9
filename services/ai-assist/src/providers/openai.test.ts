import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { trainTenantModel } from '../domain/tenant-model.js';
import { localProvider } from './local.js';
import { openAiProvider } from './openai.js';
import type { ClassifyInput, DraftInput } from './provider.js';

/** An OpenAI-compatible endpoint in the test: records each request, answers as `respond` says. */
type Received = { url?: string; headers: IncomingMessage['headers']; body: Record<string, unknown> };
let received: Received[] = [];
let respond: (res: ServerResponse) => void;
const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => {
    raw += chunk;
  });
  req.on('end', () => {
    received.push({ url: req.url, headers: req.headers, body: JSON.parse(raw) });
    respond(res);
  });
});
let baseUrl = '';

const completion = (content: string) => (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content } }],
    }),
  );
};
const answer = (value: unknown) => completion(JSON.stringify(value));

const provider = (env: Record<string, string> = {}) =>
  openAiProvider(
    readConfig({
      AI_BASE_URL: baseUrl,
      AI_API_KEY: 'sk-test-key',
      AI_MODEL: 'support-model',
      AI_TIMEOUT_MS: '300',
      ...env,
    }),
  );

const model = trainTenantModel([
  { text: 'I was charged twice on my invoice', category: 'billing', priority: 'high' },
  { text: 'Please refund the duplicate payment', category: 'billing', priority: 'high' },
  { text: 'My parcel never arrived', category: 'delivery', priority: 'medium' },
  { text: 'The courier left the box at the wrong address', category: 'delivery', priority: 'medium' },
]);
const classifyInput: ClassifyInput = {
  tenantId: 'tenant-a',
  text: 'Hello, I was charged twice for my order and want my money back',
  model,
  categories: ['billing', 'delivery'],
  priorities: ['medium', 'high'],
};
const goodClassification = {
  category: 'delivery',
  priority: 'medium',
  sentiment: 'negative',
  sentimentScore: -0.6,
  language: 'en',
  confidence: 0.9,
};
const draftInput: DraftInput = {
  tenantId: 'tenant-a',
  text: 'I was charged twice for my order',
  conversations: [
    {
      ticketId: 'T-9',
      reply: 'Hi Maria, I refunded the duplicate charge. Sam',
      customerName: 'Maria',
      agentName: 'Sam',
      similarity: 0.7,
    },
  ],
  canned: [
    { cannedResponseId: 'C-1', content: 'Hi {{customer.name}}, refunds take 3-5 days.', similarity: 0.5 },
  ],
  context: { customer: { name: 'Ana' }, agent: { name: 'Lee' }, ticket: { id: 'T-20' } },
};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
  respond = answer(goodClassification);
});

describe('the openai provider', () => {
  it("uses a good answer, sent as a chat completion with the model, the key and the customer's text", async () => {
    const { result, provider: answeredBy, fallbackReason } = await provider().classify(classifyInput);
    expect({ answeredBy, fallbackReason }).toEqual({ answeredBy: 'openai', fallbackReason: undefined });
    expect(result).toEqual(goodClassification);
    const [request] = received;
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test-key');
    expect(request?.body).toMatchObject({ model: 'support-model', response_format: { type: 'json_object' } });
    const messages = request?.body.messages as Array<{ role: string; content: string }>;
    expect(messages).toContainEqual({ role: 'user', content: classifyInput.text });
    expect(messages[0]?.content).toContain('"billing", "delivery"');
  });

  it('sends no Authorization header when no key is configured', async () => {
    await openAiProvider(readConfig({ AI_BASE_URL: baseUrl, AI_API_KEY: '' })).classify(classifyInput);
    expect(received[0]?.headers.authorization).toBeUndefined();
  });

  it("drafts from the tenant's candidates, citing them, without the earlier customer's name", async () => {
    respond = answer({
      draft: {
        content: 'Hi Ana, I refunded the duplicate charge.',
        sources: ['ticket:T-9', 'canned:C-1'],
        confidence: 0.8,
      },
    });
    const { result, provider: answeredBy } = await provider().draft(draftInput);
    expect(answeredBy).toBe('openai');
    expect(result).toEqual({
      content: 'Hi Ana, I refunded the duplicate charge.',
      sources: [{ ticketId: 'T-9' }, { cannedResponseId: 'C-1' }],
      confidence: 0.8,
    });
    const prompt = JSON.stringify(received[0]?.body.messages);
    expect(prompt).toContain('Hi Ana, I refunded the duplicate charge. Lee');
    expect(prompt).toContain('Hi Ana, refunds take 3-5 days.');
    expect(prompt).not.toContain('Maria');
  });

  it('answers no draft when the model finds nothing to build on', async () => {
    respond = answer({ draft: null });
    expect(await provider().draft(draftInput)).toEqual({ result: null, provider: 'openai' });
  });
});

describe('falling back to local', () => {
  const local = async () => (await localProvider.classify(classifyInput)).result;

  it.each([
    ['timeout', () => {}],
    ['http_status', (res: ServerResponse) => res.writeHead(500).end('{"error":{"message":"overloaded"}}')],
    ['invalid_json', completion('{"category": "billing",')],
    ['invalid_json', (res: ServerResponse) => res.writeHead(200).end('<html>gateway</html>')],
    ['schema_mismatch', (res: ServerResponse) => res.writeHead(200).end('{"choices": []}')],
    ['schema_mismatch', answer({ ...goodClassification, sentimentScore: 3 })],
    ['unknown_label', answer({ ...goodClassification, category: 'shipping' })],
    ['unknown_label', answer({ ...goodClassification, priority: 'urgent' })],
  ])('on %s, with the local classification', async (reason, respondWith) => {
    respond = respondWith;
    expect(await provider().classify(classifyInput)).toEqual({
      result: await local(),
      provider: 'local',
      fallbackReason: reason,
    });
  });

  it('when the endpoint cannot be reached', async () => {
    const answer = await openAiProvider(readConfig({ AI_BASE_URL: 'http://127.0.0.1:1/v1' })).classify(
      classifyInput,
    );
    expect(answer).toEqual({ result: await local(), provider: 'local', fallbackReason: 'unreachable' });
  });

  it('when a draft cites a source that is not one of the candidates', async () => {
    respond = answer({ draft: { content: 'Refunded.', sources: ['ticket:T-404'], confidence: 0.9 } });
    expect(await provider().draft(draftInput)).toEqual({
      result: (await localProvider.draft(draftInput)).result,
      provider: 'local',
      fallbackReason: 'unknown_source',
    });
  });

  it("after a tenant's requests per minute, while another tenant still gets openai", async () => {
    const limited = provider({ AI_REQUESTS_PER_MINUTE: '2' });
    const answeredBy = async (tenantId: string) =>
      (await limited.classify({ ...classifyInput, tenantId })).provider;
    expect([await answeredBy('tenant-a'), await answeredBy('tenant-a')]).toEqual(['openai', 'openai']);
    const third = await limited.classify(classifyInput);
    expect(third).toEqual({ result: await local(), provider: 'local', fallbackReason: 'rate_limited' });
    expect(await answeredBy('tenant-b')).toBe('openai');
    expect(received).toHaveLength(3);
  });
});
