import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure, QueryState } from '../../components/ui.js';
import ChannelCallback from './ChannelCallback.js';
import { type Channel, useChannel, useRotateSecret } from './operations-api.js';
import './operations.css';

/** Where the customer channel posts and the secret it signs with; rotating it is immediate. */
export default function ChannelSettings() {
  const { t } = useTranslation('operations');
  const channel = useChannel();
  return (
    <section aria-labelledby="channel-title">
      <h2 id="channel-title">{t('channel.title')}</h2>
      <p>{t('channel.intro')}</p>
      <QueryState query={channel}>{channel.data && <ChannelDetails channel={channel.data} />}</QueryState>
    </section>
  );
}

function ChannelDetails({ channel }: { channel: Channel }) {
  const { t } = useTranslation('operations');
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const rotate = useRotateSecret();
  const doRotate = () =>
    rotate.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setShown(true);
      },
    });
  return (
    <div className="card channel">
      <CopyRow id="channel-inbound" label={t('channel.inboundUrl')} value={channel.inboundUrl} />
      <CopyRow id="channel-status" label={t('channel.statusUrl')} value={channel.statusUrl} />
      <ChannelCallback channel={channel} />
      <div className="copy-row">
        <label htmlFor="channel-secret">{t('channel.secret')}</label>
        <input id="channel-secret" readOnly type={shown ? 'text' : 'password'} value={channel.secret} />
        <button type="button" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? t('channel.hide') : t('channel.show')}
        </button>
      </div>
      {rotate.isSuccess && (
        <p role="status" className="notice">
          {t('channel.rotated')}
        </p>
      )}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="rotate-warning" className="confirm">
          <p id="rotate-warning">{t('channel.rotateWarning')}</p>
          <button type="button" className="danger" disabled={rotate.isPending} onClick={doRotate}>
            {t('channel.rotateConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('channel.rotate')}
        </button>
      )}
      {rotate.isError && <Failure error={rotate.error} />}
    </div>
  );
}

function CopyRow({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useTranslation('operations');
  const [copied, setCopied] = useState<boolean | null>(null);
  // No clipboard outside a secure context: say so rather than fail silently.
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(value))
      .then(
        () => setCopied(true),
        () => setCopied(false),
      );
  return (
    <div className="copy-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} readOnly value={value} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={copy} aria-label={t('channel.copyOf', { what: label })}>
        {t('channel.copy')}
      </button>
      <span role="status" className="copied">
        {copied === true && t('channel.copied')}
        {copied === false && t('channel.copyFailed')}
      </span>
    </div>
  );
}
