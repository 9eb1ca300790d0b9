import type { OnlineStatus } from '@switchboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { Badge, Failure } from '../../components/ui.js';
import { usePresence, useSessionMove, useSetStatus } from './api.js';

const shown: OnlineStatus[] = ['online', 'away', 'busy'];

/** Clock in/out, break with a reason, on-call, and the shown status (docs/presence.md). */
export function StatusControls() {
  const { t } = useTranslation('presence');
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
    <section className="status-controls" aria-label={t('controls.label')}>
      <span data-testid="my-activity">
        <Badge tone={`activity-${activity}`}>{t(`activity.${activity}`)}</Badge>
      </span>
      {activity === 'clocked_out' ? (
        <button type="button" className="primary" disabled={busy} onClick={() => go({ move: 'clock-in' })}>
          {t('controls.clockIn')}
        </button>
      ) : (
        <>
          {activity === 'working' && (
            <>
              <label className="inline">
                <span className="sr-only">{t('controls.breakReason')}</span>
                <input
                  placeholder={t('controls.breakReasonHint')}
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
                {t('controls.startBreak')}
              </button>
              <button type="button" disabled={busy} onClick={() => go({ move: 'on-call/start' })}>
                {t('controls.startCall')}
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
              {t('controls.endBreak')}
            </button>
          )}
          {activity === 'on_call' && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => go({ move: 'on-call/end' })}
            >
              {t('controls.endCall')}
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => go({ move: 'clock-out' })}>
            {t('controls.clockOut')}
          </button>
        </>
      )}
      <label className="inline">
        <span className="sr-only">{t('controls.shownStatus')}</span>
        <select
          value={mine?.onlineStatus === 'offline' ? 'online' : (mine?.onlineStatus ?? 'online')}
          disabled={busy}
          onChange={(e) => setStatus.mutate(e.target.value as OnlineStatus)}
        >
          {shown.map((s) => (
            <option key={s} value={s}>
              {t(`online.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {(move.isError || setStatus.isError) && <Failure error={move.error ?? setStatus.error} />}
    </section>
  );
}
