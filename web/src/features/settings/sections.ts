import type { Role } from '@switchboard/contracts';
import { type ComponentType, lazy } from 'react';

/**
 * The Settings tab's sections, in the order of its side menu. Each is its own file in this folder
 * and loads when first opened; `roles` is who may open it (the API enforces the same).
 * Labels are i18n keys, `namespace:key` when not of the `settings` namespace.
 */
export type SettingsSection = {
  path: string;
  label: string;
  roles: readonly Role[];
  Component: ComponentType;
};

// Kept here so every section file is loaded the same way (before the list, which calls it).
export const section = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

const managers: readonly Role[] = ['admin', 'supervisor'];

export const settingsSections: readonly SettingsSection[] = [
  // SLA and working time (policies, their business calendar, shifts and the tenant's time zone).
  {
    path: 'sla',
    label: 'settings:sections.sla',
    roles: managers,
    Component: section(() => import('./SlaPolicies.js')),
  },
  {
    path: 'business-hours',
    label: 'settings:sections.hours',
    roles: managers,
    Component: section(() => import('./BusinessHours.js')),
  },
  {
    path: 'shifts',
    label: 'settings:sections.shifts',
    roles: managers,
    Component: section(() => import('./ShiftSettings.js')),
  },
  // Operations (how work is routed, how customers reach us, which reports go out by email).
  {
    path: 'assignment',
    label: 'operations:sections.assignment',
    roles: managers,
    Component: section(() => import('./AssignmentSettings.js')),
  },
  {
    path: 'channel',
    label: 'operations:sections.channel',
    roles: ['admin'],
    Component: section(() => import('./ChannelSettings.js')),
  },
  {
    path: 'canned-responses',
    label: 'canned:section',
    roles: managers,
    Component: section(() => import('../canned/CannedSettings.js')),
  },
  {
    path: 'scheduled-reports',
    label: 'operations:sections.schedules',
    roles: managers,
    Component: section(() => import('./ScheduledReports.js')),
  },
  // AI assist: classification, drafts and auto-apply (GET for both, PUT for admins: docs/api.md §4.13).
  {
    path: 'ai',
    label: 'ai:settings.section',
    roles: managers,
    Component: section(() => import('../ai/AiSettings.js')),
  },
  {
    path: 'macros',
    label: 'macros:section',
    roles: managers,
    Component: section(() => import('../macros/MacroSettings.js')),
  },
  // Who changed what (issue 20): the log is the admins' alone (docs/api.md §4.17).
  {
    path: 'audit',
    label: 'audit:section',
    roles: ['admin'],
    Component: section(() => import('../audit/AuditLog.js')),
  },
];

export const sectionsFor = (role: Role) => settingsSections.filter((s) => s.roles.includes(role));
