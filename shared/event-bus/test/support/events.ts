import { newEvent, uuidv7 } from '@switchboard/contracts';

/** A real catalog event; `name` lets a handler pick out specific ones. */
export function tenantCreated(name = 'Acme', correlationId = `req-${uuidv7()}`) {
  const tenantId = uuidv7();
  return newEvent(
    'tenant.created',
    { tenantId, name, slug: `t-${tenantId.slice(-12)}` },
    { tenantId, correlationId },
    'test',
  );
}

/** A deferred the test resolves to let a blocked handler go on. */
export function gate<T = void>() {
  let open!: (value: T) => void;
  let fail!: (err: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}
