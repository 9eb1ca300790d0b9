import type { AiProviderName } from '@switchboard/contracts';
import type { AiSettings } from './api.js';

/* The AI settings form (PUT /api/ai/settings, docs/api.md §4.13): the threshold edited as a percentage. */

export const providers: readonly AiProviderName[] = ['local', 'openai'];

export type AiSettingsDraft = {
  enabled: boolean;
  provider: AiProviderName;
  autoApplyCategory: boolean;
  autoApplyPriority: boolean;
  /** The minimum confidence as typed, in percent (80 for the API's 0.8). */
  minConfidence: string;
};

export const aiSettingsDraft = (s: AiSettings): AiSettingsDraft => ({
  enabled: s.enabled,
  provider: s.provider,
  autoApplyCategory: s.autoApply.category,
  autoApplyPriority: s.autoApply.priority,
  minConfidence: String(Math.round(s.autoApplyMinConfidence * 1000) / 10),
});

/**
 * The PUT body, or `null` when the threshold is not a percentage from 0 to 100: the form says so
 * beside the field rather than sending a fraction the user never meant.
 */
export function aiSettingsBody(draft: AiSettingsDraft): AiSettings | null {
  const text = draft.minConfidence.trim();
  const percent = Number(text);
  if (text === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) return null;
  return {
    enabled: draft.enabled,
    provider: draft.provider,
    autoApply: { category: draft.autoApplyCategory, priority: draft.autoApplyPriority },
    autoApplyMinConfidence: Math.round(percent * 10) / 1000,
  };
}
