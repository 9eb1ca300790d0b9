import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { useSocketEvent } from '../../realtime/socket-context.js';
import { type Notice, type NoticeEvent, noticeFor, seenAt, titleWithCount, withNotice } from './notify.js';
import { keepSoundChoice, playChime, soundChosen } from './sound.js';
import { askPermission, notificationPermission, showSystemNotification } from './system-notification.js';

const visible = () => document.visibilityState === 'visible';

/**
 * Turns the socket's events into what a person notices: a system notification, a chime and the
 * unread count in the tab's title. A notice counts until the user opens what it is about; coming
 * back to the tab clears only what is then on screen, as Zendesk and Chatwoot do.
 */
export function useNotifications() {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslation('notifications');
  const [unread, setUnread] = useState<Notice[]>([]);
  const [sound, setSound] = useState(soundChosen);
  const [permission, setPermission] = useState(notificationPermission);
  const now = useRef({ pathname, sound });
  now.current = { pathname, sound };
  const told = useRef(new Set<string>());

  const arrive = (event: NoticeEvent) => {
    const notice = noticeFor(event, { id: me.id, role: me.role });
    // A replayed event (after a reconnect) is told once.
    if (!notice || told.current.has(notice.id)) return;
    told.current.add(notice.id);
    const { pathname: here, sound: chime } = now.current;
    setUnread((u) => withNotice(u, notice, here, visible()));
    if (visible() && notice.seenAt.includes(here)) return;
    if (chime) playChime();
    showSystemNotification(t(`${notice.kind}.title`), notice.text, notice.id, () => navigate(notice.href));
  };
  useSocketEvent('conversation_assigned', (payload) => arrive({ name: 'conversation_assigned', payload }));
  useSocketEvent('new_message', (payload) => arrive({ name: 'new_message', payload }));
  useSocketEvent('help_requested', (payload) => arrive({ name: 'help_requested', payload }));
  useSocketEvent('conversation_update', (payload) => arrive({ name: 'conversation_update', payload }));
  useSocketEvent('notification', (payload) => arrive({ name: 'notification', payload }));

  useEffect(() => setUnread((u) => seenAt(u, pathname)), [pathname]);
  useEffect(() => {
    const back = () => visible() && setUnread((u) => seenAt(u, now.current.pathname));
    document.addEventListener('visibilitychange', back);
    return () => document.removeEventListener('visibilitychange', back);
  }, []);
  useEffect(() => {
    document.title = titleWithCount(document.title, unread.length);
  }, [unread.length]);
  useEffect(
    () => () => {
      document.title = titleWithCount(document.title, 0);
    },
    [],
  );

  const enable = async () => setPermission(await askPermission());
  const toggleSound = () => {
    keepSoundChoice(!sound);
    setSound(!sound);
    // Turning it on plays it, so the user knows what to listen for.
    if (!sound) playChime();
  };
  return { unread: unread.length, permission, enable, sound, toggleSound };
}
