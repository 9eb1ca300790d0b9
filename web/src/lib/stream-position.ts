/**
 * The client's place in its tenant's event stream (docs/api.md §6, docs/realtime.md "Resuming"):
 * the last `seq` seen in the current `epoch`. It decides whether an event is new and what to
 * send as `resume` after a reconnect.
 */
export type Position = { epoch: string; lastSeq: number };

export type Verdict = 'new' | 'duplicate' | 'epoch-changed';

export type StreamPosition = {
  current(): Position | null;
  /** The first `authenticated` fixes the start; later ones wait for `resumed`. */
  onAuthenticated(head: { epoch?: string; seq?: number }): void;
  /** Every event carrying `seq`/`epoch`. */
  onEvent(event: { epoch?: string; seq?: number }): Verdict;
  /** `resumed {recovered: false, epoch, seq}`: the gap is lost; carry on from the head given. */
  onUnrecoverable(head: { epoch?: string; seq?: number }): void;
};

export function createStreamPosition(): StreamPosition {
  let position: Position | null = null;
  const adopt = (epoch?: string, seq?: number) => {
    if (typeof epoch === 'string' && typeof seq === 'number') position = { epoch, lastSeq: seq };
  };
  return {
    current: () => position,
    onAuthenticated: (head) => {
      if (!position) adopt(head.epoch, head.seq);
    },
    onEvent: ({ epoch, seq }) => {
      if (typeof seq !== 'number' || typeof epoch !== 'string') return 'new';
      if (!position || position.epoch !== epoch) {
        const changed = position !== null;
        adopt(epoch, seq);
        return changed ? 'epoch-changed' : 'new';
      }
      if (seq <= position.lastSeq) return 'duplicate';
      position = { epoch, lastSeq: seq };
      return 'new';
    },
    onUnrecoverable: (head) => adopt(head.epoch, head.seq),
  };
}
