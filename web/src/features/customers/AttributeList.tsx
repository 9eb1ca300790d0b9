import type { CustomerAttributes } from '@switchboard/contracts';
import { useTranslation } from 'react-i18next';

/** A customer's custom attributes as a definition list; yes/no for booleans. */
export function AttributeList({ attributes }: { attributes: CustomerAttributes }) {
  const { t } = useTranslation('customers');
  const entries = Object.entries(attributes);
  if (entries.length === 0) return null;
  return (
    <dl className="customer-attributes" aria-label={t('attributes.title')}>
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            {typeof value === 'boolean' ? t(value ? 'attributes.yes' : 'attributes.no') : String(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
