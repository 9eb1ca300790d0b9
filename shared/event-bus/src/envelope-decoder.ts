import { contractOf, type Envelope, envelopeSchema } from '@switchboard/contracts';

export type Decoded = { ok: true; event: Envelope } | { ok: false; reason: string };

type Issue = { path: readonly PropertyKey[]; message: string };
const describe = (issues: readonly Issue[]) =>
  issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * Turns a message body into an envelope whose `data` satisfies its catalog contract. Anything else
 * can never succeed on retry, so the caller dead-letters it instead of requeueing.
 */
export function decodeEnvelope(body: Buffer): Decoded {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, reason: 'body is not valid JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: `invalid envelope: ${describe(envelope.error.issues)}` };
  const { type, version } = envelope.data;
  const contract = contractOf(type);
  if (!contract) return { ok: false, reason: `unknown event type ${type}` };
  if (contract.version !== version) {
    return { ok: false, reason: `unsupported version ${version} of ${type} (expected ${contract.version})` };
  }
  const data = contract.schema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: `invalid ${type} data: ${describe(data.error.issues)}` };
  return { ok: true, event: { ...envelope.data, data: data.data } };
}
