import { useTranslation } from 'react-i18next';
import { useNotifications } from './use-notifications.js';
import './NotificationsControl.css';

/**
 * The top bar's notification controls: permission is asked only from the user's click, the chime
 * can be turned off, and the unread count shows here as in the tab's title.
 */
export function NotificationsControl() {
  const { t } = useTranslation('notifications');
  const { unread, permission, enable, sound, toggleSound } = useNotifications();
  return (
    <fieldset className="notify-controls">
      <legend className="sr-only">{t('legend')}</legend>
      {unread > 0 && (
        <span className="notify-unread" data-testid="notify-unread">
          {t('unread', { count: unread })}
        </span>
      )}
      {permission === 'default' && (
        <button type="button" onClick={() => void enable()}>
          {t('enable')}
        </button>
      )}
      {permission === 'denied' && <span className="notify-blocked">{t('blocked')}</span>}
      <button type="button" aria-pressed={sound} onClick={toggleSound}>
        {t('sound')}
      </button>
    </fieldset>
  );
}
