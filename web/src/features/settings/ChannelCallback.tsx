import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveButton, SaveNote } from './form-parts.js';
import { type Channel, useSaveCallback } from './operations-api.js';

/** Where Switchboard posts to the channel (docs/api.md §4.6): today the CSAT survey link. Empty: nowhere. */
export default function ChannelCallback({ channel }: { channel: Channel }) {
  const { t } = useTranslation('operations');
  const [url, setUrl] = useState(channel.callbackUrl ?? '');
  const save = useSaveCallback();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(url.trim() || null);
  };
  return (
    <form onSubmit={submit}>
      <div className="copy-row">
        <label htmlFor="channel-callback">{t('channel.callbackUrl')}</label>
        <input
          id="channel-callback"
          type="url"
          placeholder="https://"
          aria-describedby="channel-callback-hint"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      <p id="channel-callback-hint">{t('channel.callbackHint')}</p>
      <SaveButton pending={save.isPending} />
      <SaveNote save={save} />
    </form>
  );
}
