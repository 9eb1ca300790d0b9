import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import { useApplyMacro, useMacros } from './api.js';
import './macros.css';

/**
 * The ticket view's Macros menu: a button that opens the tenant's macros; the arrow keys move
 * between them, Enter applies one, Escape closes and gives the focus back to the button.
 */
export function MacrosMenu({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('macros');
  const macros = useMacros();
  const apply = useApplyMacro(ticketId);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const list = macros.data?.data ?? [];

  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = items.current.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => items.current[(to + list.length) % list.length]?.focus();
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else return;
    e.preventDefault();
  };

  if (list.length === 0) return null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys are the menu's, handled for its items
    <div className="macros-menu" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={apply.isPending}
        onClick={() => setOpen(!open)}
      >
        {apply.isPending ? t('applying') : t('menu')}
      </button>
      {open && (
        <div role="menu" aria-label={t('menu')}>
          {list.map((macro, i) => (
            <button
              key={macro.id}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              onClick={() => {
                close();
                apply.mutate(macro.id);
              }}
            >
              {macro.name}
            </button>
          ))}
        </div>
      )}
      {apply.isError && <Failure error={apply.error} />}
      {apply.isSuccess && (
        <p className="macro-applied" role="status">
          {t('applied')}
        </p>
      )}
    </div>
  );
}
