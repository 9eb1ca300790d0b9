import type { OnlineStatus } from '@switchboard/contracts';
import { useState } from 'react';
import { useMe } from '../../app/auth-context.js';
import { Badge, Failure } from '../../components/ui.js';
import { usePresence, useSessionMove, useSetStatus } from './api.js';
import { activityLabel, onlineLabel } from './labels.js';

const shown: OnlineStatus[] = ['online', 'away', 'busy'];

/** Clock in/out, break with a reason, on-call, and the shown status (docs/presence.md). */
export function StatusControls() {
  const me = useMe();
  const board = usePresence();
  const move = useSessionMove(me.id);
  const setStatus = useSetStatus(me.id);
  const [reason, setReason] = useState('');
  const mine = board.data?.find((e) => e.agentId === me.id);
  const activity = mine?.activity ?? 'clocked_out';
  const busy = move.isPending || setStatus.isPending;
  const go = (m: Parameters<typeof move.mutate>[0]) => move.mutate(m);

  return (
    <section className="status-controls" aria-label="My status">
      <span data-testid="my-activity">
        <Badge tone={`activity-${activity}`}>{activityLabel[activity]}</Badge>
      </span>
      {activity === 'clocked_out' ? (
        <button type="button" className="primary" disabled={busy} onClick={() => go({ move: 'clock-in' })}>
          Clock in
        </button>
      ) : (
        <>
          {activity === 'working' && (
            <>
              <label className="inline">
                <span className="sr-only">Break reason</span>
                <input
                  placeholder="Break reason (optional)"
                  value={reason}
                  maxLength={200}
                  onChange={(e) => setReason(e.target.value)}
                />
              </label>
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  move.mutate(
                    { move: 'break/start', reason: reason.trim() || undefined },
                    { onSuccess: () => setReason('') },
                  )
                }
              >
                Start break
              </button>
              <button type="button" disabled={busy} onClick={() => go({ move: 'on-call/start' })}>
                Start call
              </button>
            </>
          )}
          {activity === 'break' && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => go({ move: 'break/end' })}
            >
              End break
            </button>
          )}
          {activity === 'on_call' && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => go({ move: 'on-call/end' })}
            >
              End call
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => go({ move: 'clock-out' })}>
            Clock out
          </button>
        </>
      )}
      <label className="inline">
        <span className="sr-only">Shown status</span>
        <select
          value={mine?.onlineStatus === 'offline' ? 'online' : (mine?.onlineStatus ?? 'online')}
          disabled={busy}
          onChange={(e) => setStatus.mutate(e.target.value as OnlineStatus)}
        >
          {shown.map((s) => (
            <option key={s} value={s}>
              {onlineLabel[s]}
            </option>
          ))}
        </select>
      </label>
      {(move.isError || setStatus.isError) && <Failure error={move.error ?? setStatus.error} />}
    </section>
  );
}
