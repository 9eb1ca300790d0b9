import { useTranslation } from 'react-i18next';
import './tags.css';

/** A ticket's tags as small chips, in lists and the queue; nothing when it has none. */
export function TagChips({ tags }: { tags: string[] }) {
  const { t } = useTranslation('tags');
  if (tags.length === 0) return null;
  return (
    <ul className="tag-chips" aria-label={t('chipsLabel')}>
      {tags.map((tag) => (
        <li key={tag} className="tag-chip">
          {tag}
        </li>
      ))}
    </ul>
  );
}
