import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { formatNumber } from '../../i18n/format.js';
import { ticketPath } from '../notifications/notify.js';
import { useTicket } from '../tickets/api.js';
import { type DraftSource, useDismissedDrafts, useTicketAi } from './api.js';
import { offeredDraft, percentOf } from './assist-view.js';
import './ai.css';

/**
 * The reply AI assist drafted for the assignee, above the composer: Insert puts it in the text box
 * to edit before sending, Discard hides it. A newer draft (ai_draft) replaces it live.
 */
export function DraftPanel({ ticketId, onInsert }: { ticketId: string; onInsert: (text: string) => void }) {
  const { t } = useTranslation('ai');
  const me = useMe();
  const ticket = useTicket(ticketId);
  const ai = useTicketAi(ticketId);
  const { dismissed, dismiss } = useDismissedDrafts();
  const viewer = { meId: me.id, assigneeId: ticket.data?.assigneeId ?? null };
  const draft = offeredDraft(ai.data, dismissed, viewer);
  const titleId = `ai-draft-${ticketId}`;
  return (
    <>
      <span className="sr-only" role="status">
        {draft ? t('draft.arrived') : ''}
      </span>
      {draft && (
        <section className="ai-draft" aria-labelledby={titleId} data-testid="ai-draft">
          <h3 id={titleId}>{t('draft.title')}</h3>
          <p className="ai-draft-text">{draft.content}</p>
          <div className="ai-draft-meta">
            {t('draft.confidence', {
              value: formatNumber(percentOf(draft.confidence) / 100, { style: 'percent' }),
            })}
            {draft.sources.length > 0 && (
              <>
                {' · '}
                {t('draft.sources')}
                <ul>
                  {draft.sources.map((s) => (
                    <li key={'ticketId' in s ? s.ticketId : s.cannedResponseId}>
                      <Source source={s} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <div className="ai-draft-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onInsert(draft.content);
                dismiss(draft.messageId);
              }}
            >
              {t('draft.insert')}
            </button>
            <button type="button" onClick={() => dismiss(draft.messageId)}>
              {t('draft.discard')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}

/** A resolved ticket the draft was built on, to open; a canned response has no screen yet. */
function Source({ source }: { source: DraftSource }) {
  const { t } = useTranslation('ai');
  const me = useMe();
  if (!('ticketId' in source)) return <span>{t('draft.canned')}</span>;
  return (
    <Link to={ticketPath(me, source.ticketId)}>{t('draft.ticket', { id: source.ticketId.slice(0, 8) })}</Link>
  );
}
