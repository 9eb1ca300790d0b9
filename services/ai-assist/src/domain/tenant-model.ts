import { trainCalibrated } from './calibration.js';
import { emptyModel, type LabelModel, learn, type Prediction, predict } from './classifier.js';
import { detectLanguage } from './language.js';
import { type Sentiment, sentimentOf } from './sentiment.js';
import { readFeatures } from './text.js';

/** One tenant's learned categories and priorities: stored per tenant, never merged with another's. */
export interface TenantModel {
  version: 1;
  category: LabelModel;
  priority: LabelModel;
}

/**
 * A ticket the tenant labelled: its first customer message with the category and priority it got;
 * null for a label nobody set (only people's labels are learned), which that classifier skips.
 */
export interface LabelledTicket {
  text: string;
  category: string | null;
  priority: string | null;
}

type Labelled = { terms: string[]; label: string | null };
const withLabel = (examples: Labelled[]) =>
  examples.filter((e): e is { terms: string[]; label: string } => e.label !== null);

export interface Classification {
  category: Prediction | null;
  priority: Prediction | null;
  sentiment: Sentiment;
  sentimentScore: number;
  language: string;
  /**
   * The lower of the label confidences the tenant has taught (a label never taught, such as a
   * priority no agent ever set, predicts nothing and does not hold the other back): auto-applying
   * on it is safe for each label it applies. 0 when neither is taught.
   */
  confidence: number;
}

export const emptyTenantModel = (): TenantModel => ({
  version: 1,
  category: emptyModel(),
  priority: emptyModel(),
});

/** A full (re)train, which also refits each classifier's calibration on the tenant's own tickets. */
export function trainTenantModel(tickets: LabelledTicket[]): TenantModel {
  const features = tickets.map((ticket) => readFeatures(ticket.text));
  return {
    version: 1,
    category: trainCalibrated(
      withLabel(
        tickets.map((ticket, i) => ({ terms: features[i]?.topicTerms ?? [], label: ticket.category })),
      ),
    ),
    priority: trainCalibrated(
      withLabel(
        tickets.map((ticket, i) => ({ terms: features[i]?.urgencyTerms ?? [], label: ticket.priority })),
      ),
    ),
  };
}

/** Between retrains: one newly labelled ticket, keeping the last fitted calibration. */
export function learnTicket(model: TenantModel, ticket: LabelledTicket): TenantModel {
  const { topicTerms, urgencyTerms } = readFeatures(ticket.text);
  const { category, priority } = ticket;
  return {
    version: 1,
    category:
      category === null ? model.category : learn(model.category, { terms: topicTerms, label: category }),
    priority:
      priority === null ? model.priority : learn(model.priority, { terms: urgencyTerms, label: priority }),
  };
}

export function classifyMessage(model: TenantModel, text: string): Classification {
  const { topicTerms, urgencyTerms, sentimentScore } = readFeatures(text);
  const category = predict(model.category, topicTerms);
  const priority = predict(model.priority, urgencyTerms);
  return {
    category,
    priority,
    sentiment: sentimentOf(sentimentScore),
    sentimentScore,
    language: detectLanguage(text),
    confidence: lowestConfidence([category, priority]),
  };
}

function lowestConfidence(predictions: Array<Prediction | null>): number {
  const taught = predictions.filter((p): p is Prediction => p !== null).map((p) => p.confidence);
  return taught.length > 0 ? Math.min(...taught) : 0;
}
