import { composeDraft } from '../domain/draft.js';
import { classifyMessage } from '../domain/tenant-model.js';
import type { Provider } from './provider.js';

/** The local domain as a provider: no network, the tenant's own model and texts. */
export const localProvider: Provider = {
  async classify({ model, text }) {
    const { category, priority, ...rest } = classifyMessage(model, text);
    const result = { ...rest, category: category?.label ?? null, priority: priority?.label ?? null };
    return { result, provider: 'local' };
  },
  async draft({ conversations, canned, context }) {
    return { result: composeDraft(conversations, canned, context), provider: 'local' };
  },
};
