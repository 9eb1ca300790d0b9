import { z } from 'zod';
import type { FallbackReason } from './provider.js';

/** Any OpenAI-compatible server: OpenAI, Ollama, vLLM, llama.cpp server. */
export interface ChatEndpoint {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

export type ChatMessage = { role: 'system' | 'user'; content: string };

/** A call that did not yield a usable answer, and why: the caller falls back on it. */
export class ProviderFailure extends Error {
  constructor(
    readonly reason: FallbackReason,
    message: string,
  ) {
    super(message);
  }
}

// Only what is read of OpenAI's chat completion object; servers add fields of their own.
const choice = z.object({ message: z.object({ content: z.string() }) });
const completionSchema = z.object({ choices: z.tuple([choice]).rest(choice) });

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderFailure('invalid_json', `${what} is not JSON`);
  }
}

async function post(endpoint: ChatEndpoint, messages: ChatMessage[]): Promise<string> {
  try {
    const response = await fetch(`${endpoint.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: endpoint.model,
        messages,
        temperature: 0,
        response_format: { type: 'json_object' },
      }),
      // Covers reading the body too: a server that stalls mid-answer times out as well.
      signal: AbortSignal.timeout(endpoint.timeoutMs),
    });
    const body = await response.text();
    if (!response.ok) throw new ProviderFailure('http_status', `answered ${response.status}`);
    return body;
  } catch (error) {
    if (error instanceof ProviderFailure) throw error;
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new ProviderFailure('timeout', `no answer within ${endpoint.timeoutMs} ms`);
    }
    throw new ProviderFailure('unreachable', error instanceof Error ? error.message : String(error));
  }
}

/** The JSON object the model answered with (response_format json_object), not yet validated. */
export async function completeJson(endpoint: ChatEndpoint, messages: ChatMessage[]): Promise<unknown> {
  const completion = completionSchema.safeParse(parseJson(await post(endpoint, messages), 'the response'));
  if (!completion.success) throw new ProviderFailure('schema_mismatch', 'not a chat completion');
  return parseJson(completion.data.choices[0].message.content, "the model's answer");
}
