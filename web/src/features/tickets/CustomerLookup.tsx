import type { Customer } from '@switchboard/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../lib/api.js';
import { lookupTerm } from './new-ticket.js';
import './CustomerLookup.css';

type Props = {
  id: string;
  type: 'text' | 'email' | 'tel';
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  onPick: (customer: Customer) => void;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

const describe = (c: Customer) => [c.name, c.email, c.phone].filter(Boolean).join(' · ');

function useCustomerLookup(typed: string, wanted: boolean) {
  const q = lookupTerm(typed);
  return useQuery({
    queryKey: ['customers', 'lookup', q],
    queryFn: () => api<Page<Customer>>('/api/customers', { query: { q, limit: 8 } }),
    enabled: wanted && q !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * A customer input that suggests the tenant's known customers (ARIA 1.2 combobox with a listbox):
 * arrow keys move through them, Enter chooses, Escape closes; the input keeps what was typed.
 */
export function CustomerLookup({ onPick, ...input }: Props) {
  const { t } = useTranslation('newTicket');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const found = useCustomerLookup(input.value, open).data?.data ?? [];
  const options = open && lookupTerm(input.value) ? found : [];
  const expanded = options.length > 0;
  const listId = `${input.id}-suggestions`;
  const optionId = (i: number) => `${listId}-${i}`;

  const pick = (customer: Customer) => {
    onPick(customer);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      e.preventDefault();
      setOpen(true);
      if (options.length) setActive((a) => (a + step + options.length) % options.length);
    } else if (e.key === 'Enter' && expanded && options[active]) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="customer-lookup">
      <input
        {...input}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        onChange={(e) => {
          input.onChange(e);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={listId} role="listbox" aria-label={t('customer.suggestions')} hidden={!expanded}>
        {options.map((c, i) => (
          // biome-ignore lint/a11y: the ARIA combobox pattern: focus stays in the input, whose keys move through the options
          <div
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Keeps focus in the input, which would otherwise blur and close the list first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(c)}
          >
            {describe(c)}
          </div>
        ))}
      </div>
    </div>
  );
}
