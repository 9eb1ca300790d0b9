import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { sentimentOf } from './sentiment.js';
import { readFeatures } from './text.js';

const sentiment = (text: string) => sentimentOf(readFeatures(text).sentimentScore);

describe('reading a customer message', () => {
  it('scores sentiment as a customer would read it, negation included', () => {
    expect(sentiment('Thanks so much, the fix worked great!')).toBe('positive');
    expect(sentiment('I was charged twice, this is not acceptable')).toBe('negative');
    expect(sentiment('Where do I change the language of the interface?')).toBe('neutral');
    expect(sentiment('This is not good at all')).toBe('negative');
  });

  it('keeps one feature for the forms of a word, and the pairs that carry meaning', () => {
    const { topicTerms } = readFeatures('Charged twice! Both charges are on my card');
    expect(topicTerms.filter((term) => term === 'charge')).toHaveLength(2);
    expect(topicTerms).toContain('charge_twice');
    expect(topicTerms).toContain('~exclamation');
  });

  it('keeps the small words that carry urgency for the priority', () => {
    const { urgencyTerms, topicTerms } = readFeatures('Fix this NOW, nobody can work');
    expect(urgencyTerms).toEqual(expect.arrayContaining(['now', 'nobody', '~shouting']));
    expect(topicTerms).not.toContain('now');
  });

  it('detects the language, and says "und" rather than guess on a few characters', () => {
    expect(detectLanguage('Hola, no puedo iniciar sesión en mi cuenta desde ayer')).toBe('es');
    expect(detectLanguage('Hello, I cannot log in to my account since yesterday')).toBe('en');
    expect(detectLanguage('Bonjour, je ne peux plus me connecter à mon compte depuis hier')).toBe('fr');
    expect(detectLanguage('ok')).toBe('und');
  });
});
