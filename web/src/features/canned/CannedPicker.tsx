import type { CannedResponse } from '@switchboard/contracts';
import { type KeyboardEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { renderedFor, useCannedResponses } from './api.js';
import { fuzzyFilter } from './fuzzy.js';
import { replaceToken, slashTokenAt } from './slash.js';
import './canned.css';

/**
 * The composer's `/` picker (ARIA combobox pattern: the text box owns a listbox and points at the
 * active option). Typing `/` at the start of a word lists the matching canned responses; arrows
 * move, Enter inserts the response filled in for this ticket (editable before sending), Esc closes.
 * Composer.tsx passes its textarea's ref, spreads `inputProps` on it, asks `onKeyDown` first, and
 * renders `picker`.
 */
export function useCannedPicker(
  ticketId: string,
  text: string,
  setText: (value: string) => void,
  ref: RefObject<HTMLTextAreaElement | null>,
) {
  const { t } = useTranslation('canned');
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const token = slashTokenAt(text, Math.min(caret, text.length));
  const open = token !== null && dismissedAt !== token.start;
  const responses = useCannedResponses(token !== null);
  const matches = open ? fuzzyFilter(responses.data ?? [], token.query) : [];
  const current = matches[Math.min(active, matches.length - 1)];
  const optionId = (i: number) => `${listId}-option-${i}`;

  const track = (el: HTMLTextAreaElement) => {
    const next = slashTokenAt(el.value, el.selectionStart);
    if (next?.start !== token?.start || next?.query !== token?.query) setActive(0);
    if (next?.start !== dismissedAt) setDismissedAt(null);
    setCaret(el.selectionStart);
  };

  const pick = async (response: CannedResponse) => {
    const el = ref.current;
    if (!el || !token) return;
    setDismissedAt(token.start);
    setFailed(null);
    try {
      const next = replaceToken(el.value, token, el.selectionStart, await renderedFor(ticketId, response.id));
      setText(next.value);
      requestAnimationFrame(() => {
        el.focus();
        el.setSelectionRange(next.caret, next.caret);
      });
    } catch (err) {
      setFailed(err);
    }
  };

  /** True when the picker took the key (the composer then does nothing with it). */
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open) return false;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    const picks = e.key === 'Enter' && current && !e.ctrlKey && !e.metaKey && !e.shiftKey;
    if (!step && !picks && e.key !== 'Escape') return false;
    e.preventDefault();
    e.stopPropagation();
    if (step) setActive((a) => (a + step + matches.length) % Math.max(matches.length, 1));
    else if (picks) void pick(current);
    else setDismissedAt(token.start);
    return true;
  };

  const hintId = `${listId}-hint`;
  const inputProps = {
    'aria-autocomplete': 'list' as const,
    'aria-haspopup': 'listbox' as const,
    'aria-controls': listId,
    'aria-activedescendant': open && current ? optionId(matches.indexOf(current)) : undefined,
    'aria-describedby': hintId,
    onInput: (e: { currentTarget: HTMLTextAreaElement }) => track(e.currentTarget),
    onSelect: (e: { currentTarget: HTMLTextAreaElement }) => track(e.currentTarget),
  };

  const picker = (
    <>
      <span id={hintId} className="sr-only">
        {t('picker.hint')}
      </span>
      <span className="sr-only" role="status">
        {open && responses.data ? t('picker.count', { count: matches.length }) : ''}
      </span>
      <div className="canned-picker" hidden={!open}>
        <div id={listId} role="listbox" aria-label={t('picker.label')} hidden={matches.length === 0}>
          {matches.map((r, i) => (
            // biome-ignore lint/a11y: the ARIA combobox pattern: focus stays in the text box, whose keys move through the options
            <div
              key={r.id}
              id={optionId(i)}
              role="option"
              aria-selected={r === current}
              // Keeps the focus (and the caret) in the text box.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void pick(r)}
            >
              <span className="canned-code">/{r.shortCode}</span> <span>{r.title}</span>
            </div>
          ))}
        </div>
        {open && matches.length === 0 && (
          <p className="canned-empty">{responses.isPending ? t('picker.loading') : t('picker.none')}</p>
        )}
      </div>
      {failed ? <Failure error={failed} /> : null}
    </>
  );
  return { inputProps, onKeyDown, picker };
}
