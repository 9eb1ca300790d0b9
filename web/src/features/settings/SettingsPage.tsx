import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation, useParams } from 'react-router';
import { useMe } from '../../app/auth-context.js';
import { sectionsFor } from './sections.js';

/** Everything an admin or supervisor configures, one section per screen (sections.ts). */
export default function SettingsPage() {
  const me = useMe();
  const { t } = useTranslation('settings');
  const sections = sectionsFor(me.role);
  // Inside a splat route a relative link resolves from the whole URL (settings/sla + business-hours
  // → settings/sla/business-hours), so the menu links from the Settings tab's own path.
  const { pathname } = useLocation();
  const rest = useParams()['*'] ?? '';
  const base = pathname.slice(0, pathname.length - rest.length).replace(/\/$/, '');
  const first = sections[0];
  if (!first) return <Navigate to="/console" replace />;
  return (
    <div className="settings">
      <nav className="settings-menu" aria-label={t('menu')}>
        {sections.map((s) => (
          <NavLink key={s.path} to={`${base}/${s.path}`}>
            {t(s.label)}
          </NavLink>
        ))}
      </nav>
      <section className="settings-body">
        <Routes>
          {sections.map(({ path, Component }) => (
            <Route key={path} path={`${path}/*`} element={<Component />} />
          ))}
          <Route path="*" element={<Navigate to={`${base}/${first.path}`} replace />} />
        </Routes>
      </section>
    </div>
  );
}
