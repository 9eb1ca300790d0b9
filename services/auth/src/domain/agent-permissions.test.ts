import { describe, expect, it } from 'vitest';
import { refusalOf } from './agent-permissions.js';

const admin = { userId: 'a', role: 'admin' as const };
const supervisor = { userId: 's', role: 'supervisor' as const };
const agent = { userId: 'g', role: 'agent' as const };

describe('who may change an agent', () => {
  it('an admin may change anyone else entirely', () =>
    expect(refusalOf(admin, { id: 'g', role: 'agent' }, { role: 'supervisor', isActive: false })).toBeNull());
  it('an admin cannot deactivate or demote themself', () => {
    expect(refusalOf(admin, { id: 'a', role: 'admin' }, { isActive: false })).toMatch(/yourself/);
    expect(refusalOf(admin, { id: 'a', role: 'admin' }, { role: 'agent' })).toMatch(/admin role/);
  });
  it('a supervisor edits an agent’s department but not their role', () => {
    expect(refusalOf(supervisor, { id: 'g', role: 'agent' }, { department: 'Billing' })).toBeNull();
    expect(refusalOf(supervisor, { id: 'g', role: 'agent' }, { role: 'admin' })).not.toBeNull();
  });
  it('a supervisor cannot edit an admin', () =>
    expect(refusalOf(supervisor, { id: 'a', role: 'admin' }, { fullName: 'X Y' })).not.toBeNull());
  it('an agent edits only their own name and phone', () => {
    expect(refusalOf(agent, { id: 'g', role: 'agent' }, { fullName: 'Me Again', phone: '123' })).toBeNull();
    expect(refusalOf(agent, { id: 'g', role: 'agent' }, { department: 'Sales' })).not.toBeNull();
    expect(refusalOf(agent, { id: 'x', role: 'agent' }, { fullName: 'Someone' })).not.toBeNull();
  });
});
