import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { useViewing } from './use-viewing.js';
import { useOtherViewers } from './viewers-store.js';
import './viewers.css';

/** "Also here: Ana (typing…), Bo": the others with this ticket open, in any tab. */
export function ViewersStrip({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('viewers');
  const me = useMe();
  const live = useViewing(ticketId);
  const others = useOtherViewers(ticketId, me.id);
  const names = others.map((v) => (v.composing ? t('composing', { name: v.fullName }) : v.fullName));
  return (
    <p className="viewers" data-testid="viewers" aria-live="polite">
      {live && names.length > 0 && t('alsoHere', { names: names.join(', ') })}
    </p>
  );
}
