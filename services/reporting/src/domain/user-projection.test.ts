import { type Agent, type Envelope, newEvent, uuidv7 } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { projectUser } from './user-projection.js';

const tenantId = uuidv7();
const agentId = uuidv7();
const origin = { tenantId, correlationId: 'req-1' };

const profile = (fullName: string, updatedAt: string): Agent => ({
  id: agentId,
  tenantId,
  username: 'ana',
  email: 'ana@example.com',
  fullName,
  role: 'agent',
  department: 'Support',
  phone: null,
  isActive: true,
  onlineStatus: 'offline',
  lastSeen: null,
  createdAt: '2026-03-10T09:00:00Z',
  updatedAt,
});

describe('an agent profile', () => {
  // Found by the fault matrix's long run (docs/reliability.md): every rename after the first was
  // dead-lettered once an agent.* event, stored under the same id, came first from the database.
  it('is the newest user event, whatever agent timeline events are stored under the same id', () => {
    const events = [
      newEvent('agent.clocked_in', { agentId, at: '2026-03-10T09:05:00Z' }, origin, 'presence'),
      newEvent('user.created', profile('Ana', '2026-03-10T09:00:00Z'), origin, 'auth'),
      newEvent(
        'agent.break_started',
        { agentId, at: '2026-03-10T09:30:00Z', reason: null },
        origin,
        'presence',
      ),
      newEvent(
        'user.updated',
        { ...profile('Ana Lima', '2026-03-10T10:00:00Z'), changed: ['fullName'] },
        origin,
        'auth',
      ),
    ] as Envelope[];
    expect(projectUser(events)).toEqual({
      id: agentId,
      fullName: 'Ana Lima',
      department: 'Support',
      role: 'agent',
      isActive: true,
      createdAt: new Date('2026-03-10T09:00:00Z'),
    });
  });
});
