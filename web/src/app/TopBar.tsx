import { useQueryClient } from '@tanstack/react-query';
import { logout } from '../lib/session.js';
import { statusText } from '../realtime/connection-status.js';
import { useSocket } from '../realtime/socket-context.js';
import { useMe } from './auth-context.js';

export function LiveIndicator() {
  const { status } = useSocket();
  return (
    <span className={`live live-${status}`} role="status" aria-live="polite" data-testid="live-indicator">
      <span className="dot" aria-hidden="true" />
      {statusText[status]}
    </span>
  );
}

/** Brand, the workspace's title, the Live indicator, who is signed in and sign out. */
export function TopBar({ title, children }: { title: string; children?: React.ReactNode }) {
  const me = useMe();
  const qc = useQueryClient();
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true" />
        <strong>Switchboard</strong>
        <span className="muted">{title}</span>
      </div>
      <div className="topbar-middle">{children}</div>
      <div className="topbar-right">
        <LiveIndicator />
        <span className="who">
          {me.fullName} <small>{me.role}</small>
        </span>
        <button type="button" onClick={() => void logout().then(() => qc.clear())}>
          Sign out
        </button>
      </div>
    </header>
  );
}
