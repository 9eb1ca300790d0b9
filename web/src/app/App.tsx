import type { Role } from '@switchboard/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { SocketProvider } from '../realtime/socket-context.js';
import { AgentPortal } from './AgentPortal.js';
import { AuthProvider, useSession } from './auth-context.js';
import { homeOf } from './home.js';
import { LoginPage } from './LoginPage.js';
import { createQueryClient } from './query-client.js';
import { SupervisorConsole } from './SupervisorConsole.js';

function Guard({ roles, children }: { roles: Role[]; children: React.ReactNode }) {
  const session = useSession();
  if (!session) return <Navigate to="/login" replace />;
  if (!roles.includes(session.user.role)) return <Navigate to={homeOf(session.user.role)} replace />;
  return <>{children}</>;
}

function Home() {
  const session = useSession();
  return <Navigate to={session ? homeOf(session.user.role) : '/login'} replace />;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <SocketProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                path="/agent/*"
                element={
                  <Guard roles={['agent']}>
                    <AgentPortal />
                  </Guard>
                }
              />
              <Route
                path="/console/*"
                element={
                  <Guard roles={['supervisor', 'admin', 'viewer']}>
                    <SupervisorConsole />
                  </Guard>
                }
              />
              <Route path="*" element={<Home />} />
            </Routes>
          </BrowserRouter>
        </SocketProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}
