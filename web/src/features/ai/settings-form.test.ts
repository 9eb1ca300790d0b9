import { describe, expect, it } from 'vitest';
import { aiSettingsBody, aiSettingsDraft } from './settings-form.js';

const saved = {
  enabled: true,
  provider: 'openai' as const,
  autoApply: { category: true, priority: false },
  autoApplyMinConfidence: 0.85,
};

describe('AI settings form', () => {
  it('edits the threshold as a percentage and sends it back as the same fraction', () => {
    const draft = aiSettingsDraft(saved);
    expect(draft.minConfidence).toBe('85');
    expect(aiSettingsBody(draft)).toEqual(saved);
    expect(aiSettingsBody({ ...draft, minConfidence: '62.5' })?.autoApplyMinConfidence).toBe(0.625);
  });

  it('sends nothing when the threshold is not a percentage from 0 to 100', () => {
    const draft = aiSettingsDraft(saved);
    for (const typed of ['', ' ', 'high', '-1', '101'])
      expect(aiSettingsBody({ ...draft, minConfidence: typed })).toBeNull();
    expect(aiSettingsBody({ ...draft, minConfidence: '0' })?.autoApplyMinConfidence).toBe(0);
    expect(aiSettingsBody({ ...draft, minConfidence: '100' })?.autoApplyMinConfidence).toBe(1);
  });
});
