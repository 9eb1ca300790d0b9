import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX, PASSWORD_MIN, passwordRules } from './password-rules.js';

/** The auth service's password rules, each marked met or not yet as the password is typed. */
export function PasswordRules({ password }: { password: string }) {
  const { t } = useTranslation('agents');
  return (
    <>
      <span>{t('password.title')}</span>
      <ul className="password-rules">
        {passwordRules(password).map(({ rule, met }) => (
          <li key={rule} className={met ? 'met' : undefined}>
            <span aria-hidden="true">{met ? '✓' : '•'}</span>{' '}
            {t(`password.${rule}`, { min: PASSWORD_MIN, max: PASSWORD_MAX })}
            <span className="sr-only">{met ? t('password.met') : t('password.unmet')}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
