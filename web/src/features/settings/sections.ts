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

export const settingsSections: readonly SettingsSection[] = [
  {
    path: 'assignment',
    label: 'operations:sections.assignment',
    roles: ['admin', 'supervisor'],
    Component: section(() => import('./AssignmentSettings.js')),
  },
  {
    path: 'channel',
    label: 'operations:sections.channel',
    roles: ['admin'],
    Component: section(() => import('./ChannelSettings.js')),
  },
  {
    path: 'scheduled-reports',
    label: 'operations:sections.schedules',
    roles: ['admin', 'supervisor'],
    Component: section(() => import('./ScheduledReports.js')),
  },
];

export const sectionsFor = (role: Role) => settingsSections.filter((s) => s.roles.includes(role));
