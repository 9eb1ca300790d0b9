import type { Notification } from '@switchboard/contracts';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { ticketPath } from '../notifications/notify.js';
import { useInbox, useMarkRead } from './api.js';
import './inbox.css';

/**
 * The top bar's bell: the unread count (live from the socket's `notification`), and a panel of the
 * latest notifications with a deep link to each ticket, mark read and mark all read. Escape or a
 * click elsewhere closes it, focus back on the bell.
 */
export function InboxBell() {
  const { t } = useTranslation('inbox');
  const inbox = useInbox().data;
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const unread = inbox?.meta.unreadCount ?? 0;

  const close = () => {
    setOpen(false);
    bell.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => root.current?.contains(e.target as Node) || setOpen(false);
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the panel closes it
    <div className="inbox" ref={root} onKeyDown={(e) => e.key === 'Escape' && open && close()}>
      <button
        ref={bell}
        type="button"
        className="inbox-bell"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('bell', { count: unread })}
        data-testid="inbox-bell"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && (
          <span className="inbox-count" data-testid="inbox-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <section id={panelId} className="inbox-panel" hidden={!open} aria-label={t('title')}>
        <header className="inbox-head">
          <h2>{t('title')}</h2>
          <button type="button" disabled={unread === 0} onClick={() => markRead.mutate(undefined)}>
            {t('markAllRead')}
          </button>
        </header>
        {/* Rendered only while open: a closed panel holds no links for search or tab order to find. */}
        {open && inbox && inbox.data.length === 0 && <p className="muted">{t('empty')}</p>}
        {open && (
          <ul className="inbox-list">
            {inbox?.data.map((n) => (
              <InboxItem
                key={n.id}
                n={n}
                onOpen={() => setOpen(false)}
                onRead={() => markRead.mutate(n.id)}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** The help request's new status and the SLA target are words of ours; the rest is the user's text. */
function bodyOf(n: Notification, t: TFunction<'inbox'>): string {
  if (n.type === 'help_answered') return t(`help.${n.body}`, { defaultValue: n.body });
  if (n.type === 'sla_warning' || n.type === 'sla_breached')
    return t(`sla.${n.body}`, { defaultValue: n.body });
  return n.body;
}

function InboxItem({ n, onOpen, onRead }: { n: Notification; onOpen: () => void; onRead: () => void }) {
  const { t } = useTranslation('inbox');
  const me = useMe();
  const what = t(`types.${n.type}`);
  const title = n.title || what;
  // Opening what it is about reads it, as in every inbox.
  const open = () => {
    if (!n.readAt) onRead();
    onOpen();
  };
  return (
    <li className={n.readAt ? 'inbox-item' : 'inbox-item inbox-unread'} data-testid="inbox-item">
      <span className="inbox-type">{what}</span>
      {n.ticketId ? (
        <Link to={ticketPath({ id: me.id, role: me.role }, n.ticketId)} onClick={open}>
          {title}
        </Link>
      ) : (
        <strong>{title}</strong>
      )}
      <span className="inbox-body">{bodyOf(n, t)}</span>
      <small className="muted">{formatDateTime(n.createdAt)}</small>
      {!n.readAt && (
        <button type="button" className="link" onClick={onRead}>
          {t('markRead')}
          <span className="sr-only">: {title}</span>
        </button>
      )}
    </li>
  );
}
