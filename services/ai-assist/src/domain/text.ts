import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { sentimentOf } from './sentiment.js';

// Loaded once per process (a few MB): every tenant's messages share the tokenizer, never a model.
const nlp = winkNLP(model);
const its = nlp.its;
// wink-nlp's typings declare lemma with the wrong parameters; at run time it is an its function.
const lemma = its.lemma as unknown as ItsFunction<string>;

export interface TextFeatures {
  /** Content lemmas, adjacent pairs ("charge_twice") and tone cues: what the message is about. */
  topicTerms: string[];
  /**
   * Every lemma, stop words included, and the tone cues: urgency lives in "now", "still",
   * "nobody", "all" and exclamation marks, which topic features drop.
   */
  urgencyTerms: string[];
  /** wink-nlp's lexicon score in [-1, 1]; it already accounts for negation and emphasis. */
  sentimentScore: number;
}

/** Features no word carries: the tone of the whole message. Prefixed so no lemma collides. */
function toneCues(text: string, sentimentScore: number): string[] {
  return [
    `~tone:${sentimentOf(sentimentScore)}`,
    ...(text.includes('!') ? ['~exclamation'] : []),
    ...(/\b[A-Z]{3,}\b/.test(text) ? ['~shouting'] : []),
  ];
}

/** Lemmas keep "charged", "charging" and "charges" one feature, which a few hundred examples need. */
export function readFeatures(text: string): TextFeatures {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().filter((token) => token.out(its.type) === 'word');
  const all = words.out(lemma).map((word) => word.toLowerCase());
  const content = words
    .filter((token) => !token.out(its.stopWordFlag))
    .out(lemma)
    .map((word) => word.toLowerCase());
  const sentimentScore = Number(doc.out(its.sentiment));
  const cues = toneCues(text, sentimentScore);
  return {
    topicTerms: [...content, ...content.slice(1).map((word, i) => `${content[i]}_${word}`), ...cues],
    urgencyTerms: [...all, ...cues],
    sentimentScore,
  };
}
