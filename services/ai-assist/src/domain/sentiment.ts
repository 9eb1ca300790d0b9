export type Sentiment = 'negative' | 'neutral' | 'positive';

/**
 * Any net negative evidence is negative: customers rarely use negative words idly. Positive
 * needs more, since requests carry politeness ("please", "thanks", "great if") that tips the
 * lexicon without the customer being pleased.
 */
export const POSITIVE_FROM = 0.3;

export function sentimentOf(score: number): Sentiment {
  if (score < 0) return 'negative';
  if (score >= POSITIVE_FROM) return 'positive';
  return 'neutral';
}
