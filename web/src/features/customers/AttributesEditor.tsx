import type { CustomerProfile } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { useUpdateCustomer } from './api.js';
import { type AttributeRow, type AttributeType, attributePatch, rowsOf } from './attributes.js';

const types: AttributeType[] = ['text', 'number', 'boolean'];

/** Custom attributes as editable rows (key, type, value); saving sends only what changed. */
export function AttributesEditor({ profile }: { profile: CustomerProfile }) {
  const { t } = useTranslation('customers');
  const update = useUpdateCustomer(profile.id);
  const [rows, setRows] = useState<AttributeRow[]>(() => rowsOf(profile.attributes));
  const change = (i: number, next: Partial<AttributeRow>) =>
    setRows(rows.map((row, j) => (j === i ? { ...row, ...next } : row)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ attributes: attributePatch(profile.attributes, rows) });
  };
  return (
    <form
      className="card form customer-attributes-editor"
      aria-label={t('attributes.title')}
      onSubmit={submit}
    >
      <h3>{t('attributes.title')}</h3>
      {rows.length === 0 && <p className="muted">{t('attributes.none')}</p>}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row being typed has no identity but its place
        <fieldset key={i} className="attribute-row">
          <legend className="sr-only">{t('attributes.row', { number: i + 1 })}</legend>
          <input
            aria-label={t('attributes.key', { number: i + 1 })}
            value={row.key}
            onChange={(e) => change(i, { key: e.target.value })}
          />
          <select
            aria-label={t('attributes.type', { number: i + 1 })}
            value={row.type}
            onChange={(e) => change(i, { type: e.target.value as AttributeType, value: '' })}
          >
            {types.map((type) => (
              <option key={type} value={type}>
                {t(`attributes.types.${type}`)}
              </option>
            ))}
          </select>
          {row.type === 'boolean' ? (
            <select
              aria-label={t('attributes.value', { number: i + 1 })}
              value={row.value === 'true' ? 'true' : 'false'}
              onChange={(e) => change(i, { value: e.target.value })}
            >
              <option value="true">{t('attributes.yes')}</option>
              <option value="false">{t('attributes.no')}</option>
            </select>
          ) : (
            <input
              aria-label={t('attributes.value', { number: i + 1 })}
              inputMode={row.type === 'number' ? 'decimal' : undefined}
              value={row.value}
              onChange={(e) => change(i, { value: e.target.value })}
            />
          )}
          <button type="button" className="link" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            {t('attributes.remove', { number: i + 1 })}
          </button>
        </fieldset>
      ))}
      {update.isError && <Failure error={update.error} />}
      <div className="form-actions">
        <button type="button" onClick={() => setRows([...rows, { key: '', type: 'text', value: '' }])}>
          {t('attributes.add')}
        </button>
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('attributes.save')}
        </button>
      </div>
    </form>
  );
}
