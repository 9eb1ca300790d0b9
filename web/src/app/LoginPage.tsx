import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { LanguagePicker } from '../i18n/LanguagePicker.js';
import { ApiError, describeError } from '../lib/api.js';
import { login } from '../lib/session.js';
import { useSession } from './auth-context.js';
import { homeOf } from './home.js';
import { MAIN_ID } from './TopBar.js';

type Answer = Awaited<ReturnType<typeof login>>;

/** Why a sign-in failed: a key of the `login` namespace, or the API's error for describeError. */
function failureOf(answer: Answer | null): { key: string } | { error: ApiError } | null {
  if (!answer) return { key: 'errors.unreachable' };
  if (answer.ok) return null;
  if (answer.status === 400 && answer.error?.details?.some((d: { field?: string }) => d.field === 'tenant'))
    return { key: 'errors.nameTenant' };
  if (answer.status === 429) return { key: 'errors.tooMany' };
  if (answer.status === 401) return { key: 'errors.wrong' };
  const { code, message } = answer.error ?? {};
  return message
    ? { error: new ApiError(answer.status, code ?? 'HTTP_ERROR', message) }
    : { key: 'errors.failed' };
}

/** Email and password; the tenant (slug) only when the same email exists in several tenants. */
export function LoginPage() {
  const session = useSession();
  const qc = useQueryClient();
  const { t } = useTranslation('login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tenant, setTenant] = useState('');
  const [needsTenant, setNeedsTenant] = useState(false);
  // Kept as a key, so the message follows a change of language.
  const [failure, setFailure] = useState<ReturnType<typeof failureOf>>(null);
  const [busy, setBusy] = useState(false);
  if (session) return <Navigate to={homeOf(session.user.role)} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    const answer = await login({ email: email.trim(), password, tenant: tenant.trim() }).catch(() => null);
    setBusy(false);
    if (answer?.ok) return qc.clear();
    const why = failureOf(answer);
    if (why && 'key' in why && why.key === 'errors.nameTenant') setNeedsTenant(true);
    setFailure(why);
  };

  return (
    <main className="login" id={MAIN_ID}>
      <div className="login-language">
        <LanguagePicker />
      </div>
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">
          <span className="logo" aria-hidden="true" /> Switchboard
        </h1>
        <p className="muted">{t('tagline')}</p>
        <label>
          {t('email')}
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('password')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {needsTenant && (
          <label>
            {t('tenant')}
            <input required value={tenant} onChange={(e) => setTenant(e.target.value)} placeholder="demo" />
          </label>
        )}
        {failure && (
          <p className="failure" role="alert">
            {'key' in failure ? t(failure.key) : describeError(failure.error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
