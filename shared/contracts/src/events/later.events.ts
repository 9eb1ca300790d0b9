import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * Events whose producers arrive with later services. Names and versions are
 * frozen now; each payload starts with the ids every consumer needs and stays
 * open (loose) so the producing service can add its fields additively.
 */
const open = z.looseObject({});

export const MetricsUpdated = defineEvent('metrics.updated', 1, open);
export const JobUpdated = defineEvent('job.updated', 1, z.looseObject({ jobId: z.uuid() }));
