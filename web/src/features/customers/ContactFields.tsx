import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';

export type Contact = { name: string; email: string; phone: string };

/** Name, email and phone, each with the API's message for it (docs/api.md §2 details). */
export function ContactFields(props: {
  idPrefix: string;
  fields: Contact;
  errors: Record<string, string>;
  onChange: (next: Contact) => void;
}) {
  const { t } = useTranslation('customers');
  const { fields, errors, idPrefix } = props;
  const input = (name: keyof Contact, type: string) => (
    <FormField id={`${idPrefix}-${name}`} label={t(`fields.${name}`)} error={errors[name]}>
      {(field) => (
        <input
          {...field}
          type={type}
          value={fields[name]}
          onChange={(e) => props.onChange({ ...fields, [name]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <div className="form-row">
      {input('name', 'text')}
      {input('email', 'email')}
      {input('phone', 'tel')}
    </div>
  );
}
