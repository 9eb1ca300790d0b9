/** What the browser lets this page do: 'unsupported' where it has no Notification API. */
export type Permission = NotificationPermission | 'unsupported';

export const notificationPermission = (): Permission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/** Asks the browser; only ever called from the user's click on "Enable notifications". */
export async function askPermission(): Promise<Permission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** A system notification when allowed; clicking it brings the tab forward and runs `open`. */
export function showSystemNotification(title: string, body: string, tag: string, open: () => void) {
  if (notificationPermission() !== 'granted') return;
  const shown = new Notification(title, { body, tag });
  shown.onclick = () => {
    window.focus();
    open();
    shown.close();
  };
}
