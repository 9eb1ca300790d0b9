import type { Ticket } from '@switchboard/contracts';
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { formatNumber } from '../../i18n/format.js';
import { useUpdateTicket } from '../tickets/api.js';
import { type TicketClassification, useTicketAi } from './api.js';
import { type Correctable, correction, percentOf, priorities } from './assist-view.js';
import './ai.css';

/**
 * What AI assist made of the customer's latest message, as chips under the ticket's title; each
 * guessed label has "Wrong?" to put the right one on the ticket (which the tenant's model learns).
 * Nothing at all while AI assist has not classified the ticket or is not running.
 */
export function AiChips({ ticket, canCorrect }: { ticket: Ticket; canCorrect: boolean }) {
  const { t } = useTranslation('ai');
  const ai = useTicketAi(ticket.id);
  const c = ai.data?.classification;
  if (!c) return null;
  return (
    <section className="ai-chips" aria-label={t('chips.label')} data-testid="ai-chips">
      <ul>
        <GuessChip kind="category" ticket={ticket} guess={c} canCorrect={canCorrect} />
        <GuessChip kind="priority" ticket={ticket} guess={c} canCorrect={canCorrect} />
        <li className={`ai-chip ai-sentiment-${c.sentiment}`}>
          <span className="ai-chip-name">{t('chips.sentiment')}</span> {t(`sentiment.${c.sentiment}`)}
        </li>
        <li className="ai-chip">
          <span className="ai-chip-name">{t('chips.confidence')}</span>{' '}
          {formatNumber(percentOf(c.confidence) / 100, { style: 'percent' })}
        </li>
      </ul>
    </section>
  );
}

function GuessChip(props: {
  kind: Correctable;
  ticket: Ticket;
  guess: TicketClassification;
  canCorrect: boolean;
}) {
  const { kind, ticket } = props;
  const { t } = useTranslation(['ai', 'tickets']);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const predicted = props.guess[kind];
  // No guess yet (nothing labelled so far): the same form sets the first label.
  const guessed = predicted !== null;
  const current = ticket[kind];
  const shown = (value: string | null) =>
    value === null ? t('chips.noGuess') : kind === 'priority' ? t(`tickets:priority.${value}`) : value;

  const close = (value: string | null) => {
    setOpen(false);
    setSaved(value);
    toggle.current?.focus();
  };
  return (
    <li className="ai-chip" data-testid={`ai-${kind}`}>
      <span className="ai-chip-name">{t(`chips.${kind}`)}</span> <strong>{shown(predicted)}</strong>
      {current !== null && current !== predicted && (
        <span className="ai-chip-note"> · {t('chips.onTicket', { value: shown(current) })}</span>
      )}
      {props.canCorrect && (
        <button
          ref={toggle}
          type="button"
          className="link ai-wrong"
          aria-label={t(`chips.${guessed ? 'wrongLabel' : 'setLabel'}.${kind}`)}
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={() => {
            setSaved(null);
            setOpen(!open);
          }}
        >
          {guessed ? t('chips.wrong') : t('chips.set')}
        </button>
      )}
      {open && (
        <CorrectionForm
          id={formId}
          kind={kind}
          ticketId={ticket.id}
          predicted={predicted}
          known={[predicted, ticket.category]}
          onDone={close}
        />
      )}
      {/* Always there, so screen readers announce the text when it appears. */}
      <span role="status" className="ai-chip-note">
        {saved !== null && ` ${t('chips.saved', { value: shown(saved) })}`}
      </span>
    </li>
  );
}

/** The right value for one label: typed (categories are the tenant's own words) or picked (priority). */
function CorrectionForm(props: {
  id: string;
  kind: Correctable;
  ticketId: string;
  predicted: string | null;
  known: (string | null)[];
  onDone: (saved: string | null) => void;
}) {
  const { kind } = props;
  const { t } = useTranslation(['ai', 'tickets']);
  const { id } = props;
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateTicket(props.ticketId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answer = correction(kind, value, props.predicted);
    if ('problem' in answer) return setProblem(t(`chips.problem.${answer.problem}`));
    update.mutate(answer.change, { onSuccess: () => props.onDone(value.trim()) });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') props.onDone(null);
  };
  const field = {
    id: `${id}-value`,
    value,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    // The form opens on the agent's click, to take the answer at once.
    autoFocus: true,
  } as const;
  const known = [...new Set(props.known.filter((k): k is string => Boolean(k)))];

  return (
    <form
      id={id}
      className="ai-correct"
      aria-label={t(`chips.formLabel.${kind}`)}
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <label htmlFor={field.id}>{t(`chips.right.${kind}`)}</label>
      {kind === 'category' ? (
        <>
          <input
            {...field}
            list={`${id}-known`}
            autoComplete="off"
            onChange={(e) => setValue(e.target.value)}
          />
          <datalist id={`${id}-known`}>
            {known.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </>
      ) : (
        <select {...field} onChange={(e) => setValue(e.target.value)}>
          <option value="">{t('chips.pick')}</option>
          {priorities.map((p) => (
            <option key={p} value={p}>
              {t(`tickets:priority.${p}`)}
            </option>
          ))}
        </select>
      )}
      <button type="submit" className="primary" disabled={update.isPending}>
        {t('chips.save')}
      </button>
      <button type="button" onClick={() => props.onDone(null)}>
        {t('chips.cancel')}
      </button>
      {problem && (
        <span id={`${id}-problem`} className="field-error">
          {problem}
        </span>
      )}
      {update.isError && <Failure error={update.error} />}
    </form>
  );
}
