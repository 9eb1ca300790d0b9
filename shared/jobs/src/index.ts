export { jobView } from './job-view.js';
export { announce, MAX_JOB_ATTEMPTS, queueJob, retryJob } from './lifecycle.js';
export { findJob, type JobFilter, listJobs } from './queries.js';
export { type JobRow, jobs } from './tables.js';
export {
  type JobContext,
  type JobHandler,
  type JobWorkerOptions,
  jobFilePath,
  jobQueue,
  startJobWorker,
} from './worker.js';
