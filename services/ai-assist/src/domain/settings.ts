import type { AiProviderName, Priority } from '@switchboard/contracts';

/** A tenant's AI settings, as GET/PUT /api/ai/settings show them (docs/api.md §4.13). */
export interface AiSettings {
  enabled: boolean;
  provider: AiProviderName;
  autoApply: { category: boolean; priority: boolean };
  autoApplyMinConfidence: number;
}

/** A tenant that never configured AI: off, so nothing is classified until an admin turns it on. */
export const defaultAiSettings = (): AiSettings => ({
  enabled: false,
  provider: 'local',
  autoApply: { category: false, priority: false },
  autoApplyMinConfidence: 0.8,
});

type Labels = { category: string | null; priority: Priority | null };
export type AutoApply = { category?: string; priority?: Priority };

/**
 * What the ticket service should set now (ai.message_classified.autoApply): each label whose flag
 * is on, when the classification is confident enough and says something other than the ticket.
 */
export function autoApplyOf(
  settings: AiSettings,
  confidence: number,
  predicted: Labels,
  current: Labels,
): AutoApply | null {
  if (confidence < settings.autoApplyMinConfidence) return null;
  const apply: AutoApply = {};
  if (settings.autoApply.category && predicted.category && predicted.category !== current.category) {
    apply.category = predicted.category;
  }
  if (settings.autoApply.priority && predicted.priority && predicted.priority !== current.priority) {
    apply.priority = predicted.priority;
  }
  return Object.keys(apply).length > 0 ? apply : null;
}
