import { type KeyboardEvent, type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context.js';
import { useDirectory } from '../agents/api.js';
import { insertMention, matching, mentionAt } from './mention-query.js';
import './mentions.css';

type Options = {
  /** Only internal notes mention colleagues: a reply goes to the customer. */
  enabled: boolean;
  value: string;
  onChange: (value: string) => void;
  box: RefObject<HTMLTextAreaElement | null>;
  listId: string;
};

/**
 * `@` + letters in a note offers the tenant's matching colleagues (ARIA combobox on the composer's
 * textarea): arrows move, Enter or Tab inserts `@username`, Escape closes. Returns the key handler
 * the composer calls first (true: the key was the picker's), the list to render and, while it is
 * open, the textarea's ARIA attributes.
 */
export function useMentionPicker({ enabled, value, onChange, box, listId }: Options) {
  const { t } = useTranslation('inbox');
  const me = useMe();
  // Re-renders when the caret moves without the text changing (arrows, clicks).
  const [, setMoved] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const colleagues = (useDirectory().data ?? []).filter((u) => u.isActive && u.id !== me.id);

  // Not on `input`: a render from the textarea's own listener would run before React's onChange
  // and put the old text back in the controlled textarea, losing the keystroke.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const follow = () => setMoved((n) => n + 1);
    for (const type of ['click', 'keyup']) el.addEventListener(type, follow);
    return () => {
      for (const type of ['click', 'keyup']) el.removeEventListener(type, follow);
    };
  }, [box]);

  // The caret as the textarea has it now: after a keystroke, React renders with the DOM updated.
  const caret = Math.min(box.current?.selectionStart ?? value.length, value.length);
  const query = enabled ? mentionAt(value, caret) : null;
  const options = query && query.start !== dismissedAt ? matching(colleagues, query.text) : [];
  const open = options.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  const current = Math.min(active, options.length - 1);

  // Screen readers hear the highlighted colleague while focus stays in the textarea (a textbox:
  // aria-activedescendant and aria-controls are its to carry, aria-expanded is not). The composer
  // lays these over the canned-response picker's while the list is open.
  const aria = open ? { 'aria-controls': listId, 'aria-activedescendant': optionId(current) } : null;

  const pick = (username: string) => {
    if (!query) return;
    const next = insertMention(value, query, caret, username);
    onChange(next.value);
    setActive(0);
    requestAnimationFrame(() => {
      box.current?.setSelectionRange(next.caret, next.caret);
      setMoved((n) => n + 1);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || !query) return false;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    const chosen = options[current];
    if (step) setActive((current + step + options.length) % options.length);
    else if ((e.key === 'Enter' || e.key === 'Tab') && chosen && !e.ctrlKey && !e.metaKey)
      pick(chosen.username);
    else if (e.key === 'Escape') setDismissedAt(query.start);
    else return false;
    e.preventDefault();
    return true;
  };

  const picker = (
    <div
      id={listId}
      className="mention-picker"
      role="listbox"
      aria-label={t('mentions.label')}
      hidden={!open}
    >
      {options.map((u, i) => (
        // biome-ignore lint/a11y: the ARIA combobox pattern: focus stays in the textarea, whose keys move through the options
        <div
          key={u.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === current}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => pick(u.username)}
        >
          <strong>@{u.username}</strong> <span className="muted">{u.fullName}</span>
        </div>
      ))}
    </div>
  );
  return { onKeyDown, picker, aria };
}
