import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate } from 'react-router';
import { login } from '../lib/session.js';
import { useSession } from './auth-context.js';
import { homeOf } from './home.js';

/** Email and password; the tenant (slug) only when the same email exists in several tenants. */
export function LoginPage() {
  const session = useSession();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tenant, setTenant] = useState('');
  const [needsTenant, setNeedsTenant] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (session) return <Navigate to={homeOf(session.user.role)} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    const answer = await login({ email: email.trim(), password, tenant: tenant.trim() }).catch(() => null);
    setBusy(false);
    if (!answer) return setError('Switchboard is not reachable. Try again in a moment.');
    if (answer.ok) return qc.clear();
    if (
      answer.status === 400 &&
      answer.error?.details?.some((d: { field?: string }) => d.field === 'tenant')
    ) {
      setNeedsTenant(true);
      return setError('This email exists in several contact centers: name yours.');
    }
    if (answer.status === 429) return setError('Too many attempts. Wait a few minutes and try again.');
    setError(
      answer.status === 401 ? 'Wrong email or password.' : (answer.error?.message ?? 'Sign-in failed.'),
    );
  };

  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">
          <span className="logo" aria-hidden="true" /> Switchboard
        </h1>
        <p className="muted">Sign in to your contact center.</p>
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
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
            Contact center (tenant slug)
            <input required value={tenant} onChange={(e) => setTenant(e.target.value)} placeholder="demo" />
          </label>
        )}
        {error && (
          <p className="failure" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
