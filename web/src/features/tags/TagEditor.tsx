import type { Ticket } from '@switchboard/contracts';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { useSetTags, useTags } from './api.js';
import { addTag, suggestionsFor, type TagProblem } from './tag-input.js';
import './tags.css';

/**
 * The ticket's tags in the ticket view: type a tag and press Enter to add it (suggestions from the
 * tenant's tags), remove one with its chip's button. Read-only for those who may not change it.
 */
export function TagEditor({ ticket, editable }: { ticket: Ticket; editable: boolean }) {
  const { t } = useTranslation('tags');
  const setTags = useSetTags(ticket.id);
  const counts = useTags();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<TagProblem | null>(null);
  const listId = useId();
  const save = (tags: string[]) => setTags.mutate(tags, { onSuccess: () => setTyped('') });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = addTag(ticket.tags, typed);
    if ('problem' in next) return setProblem(next.problem);
    setProblem(null);
    save(next.tags);
  };

  return (
    <section className="tag-editor" aria-label={t('label')}>
      <ul className="tag-chips" data-testid="ticket-tags">
        {ticket.tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            {editable && (
              <button
                type="button"
                aria-label={t('remove', { tag })}
                disabled={setTags.isPending}
                onClick={() => save(ticket.tags.filter((other) => other !== tag))}
              >
                ×
              </button>
            )}
          </li>
        ))}
        {ticket.tags.length === 0 && <li className="tag-none">{t('none')}</li>}
      </ul>
      {editable && (
        <label className="tag-add">
          <span className="sr-only">{t('add')}</span>
          <input
            type="text"
            list={listId}
            value={typed}
            placeholder={t('placeholder')}
            aria-invalid={problem ? true : undefined}
            disabled={setTags.isPending}
            onChange={(e) => {
              setTyped(e.target.value);
              setProblem(null);
            }}
            onKeyDown={onKeyDown}
          />
          <datalist id={listId}>
            {suggestionsFor(counts.data?.data ?? [], ticket.tags, typed).map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </label>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {t(`problem.${problem}`)}
        </p>
      )}
      {setTags.isError && <Failure error={setTags.error} />}
    </section>
  );
}
