import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NotificationsControl } from '../features/notifications/NotificationsControl.js';
import { LanguagePicker } from '../i18n/LanguagePicker.js';
import { logout } from '../lib/session.js';
import { useSocket } from '../realtime/socket-context.js';
import { useMe } from './auth-context.js';

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

/** Brand, the workspace's title, the Live indicator, who is signed in and sign out. */
export function TopBar({ title, children }: { title: string; children?: React.ReactNode }) {
  const me = useMe();
  const qc = useQueryClient();
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true" />
        <strong>Switchboard</strong>
        <span className="muted">{title}</span>
      </div>
      <div className="topbar-middle">{children}</div>
      <div className="topbar-right">
        <NotificationsControl />
        <LiveIndicator />
        <LanguagePicker />
        <span className="who">
          {me.fullName} <small>{t(`roles.${me.role}`)}</small>
        </span>
        <button type="button" onClick={() => void logout().then(() => qc.clear())}>
          {t('signOut')}
        </button>
      </div>
    </header>
  );
}
