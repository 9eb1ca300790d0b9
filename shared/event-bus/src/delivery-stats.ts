/**
 * Deliveries this process saw again: `redelivered` counts messages the broker flagged as delivered
 * before (a consumer died or a channel closed holding them), `duplicates` those whose event an
 * earlier delivery had already applied (skipped by processed_events). Exposed as gauges by
 * registerBusMetrics, so fault drills can report how much at-least-once delivery repeated itself.
 */
export const deliveryStats = { redelivered: 0, duplicates: 0 };
