import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { InboxBell } from '../features/inbox/InboxBell.js';
import { NotificationsControl } from '../features/notifications/NotificationsControl.js';
import { LanguagePicker } from '../i18n/LanguagePicker.js';
import { logout } from '../lib/session.js';
import { useSocket } from '../realtime/socket-context.js';
import { useMe } from './auth-context.js';

/** The id of each screen's <main>, where "Skip to content" takes keyboard users. */
export const MAIN_ID = 'content';

export function LiveIndicator() {
  const { status } = useSocket();
  const { t } = useTranslation();
  return (
    <span className={`live live-${status}`} role="status" aria-live="polite" data-testid="live-indicator">
      <span className="dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  );
}

/** The first stop of Tab on every screen: past the top bar straight to the screen's content. */
export function SkipLink() {
  const { t } = useTranslation('shell');
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('skipToContent')}
    </a>
  );
}

/** Brand, the workspace's title, the Live indicator, who is signed in and sign out. */
export function TopBar({ title, children }: { title: string; children?: React.ReactNode }) {
  const me = useMe();
  const qc = useQueryClient();
  const { t } = useTranslation();
  const role = t(`roles.${me.role}`);
  return (
    <header className="topbar">
      <SkipLink />
      <div className="brand">
        <span className="logo" aria-hidden="true" />
        <strong>Switchboard</strong>
        <span className="muted">{title}</span>
      </div>
      <div className="topbar-middle">{children}</div>
      <div className="topbar-right">
        <InboxBell />
        <NotificationsControl />
        <LiveIndicator />
        <LanguagePicker />
        <span className="who" title={t('shell:signedInAs', { name: me.fullName, role })}>
          <span className="who-name">{me.fullName}</span> <small>{role}</small>
        </span>
        <button type="button" onClick={() => void logout().then(() => qc.clear())}>
          {t('signOut')}
        </button>
      </div>
    </header>
  );
}
