import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { useOtherViewers } from './viewers-store.js';
import './viewers.css';

/** "Ana is already replying", above the box, while another viewer of the ticket types. */
export function ComposerWarning({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('viewers');
  const me = useMe();
  const replying = useOtherViewers(ticketId, me.id).filter((v) => v.composing);
  return (
    <p className="composer-warning" data-testid="composer-warning" role="status">
      {replying.length > 0 &&
        t('alreadyReplying', { names: replying.map((v) => v.fullName).join(', '), count: replying.length })}
    </p>
  );
}
