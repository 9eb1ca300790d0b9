import type { Role } from '@switchboard/contracts';
import { type ComponentType, lazy } from 'react';

/**
 * The Settings tab's sections, in the order of its side menu. Each is its own file in this folder
 * and loads when first opened; `roles` is who may open it (the API enforces the same).
 * Labels are keys of the `settings` namespace.
 */
export type SettingsSection = {
  path: string;
  label: string;
  roles: readonly Role[];
  Component: ComponentType;
};

export const settingsSections: readonly SettingsSection[] = [];

export const sectionsFor = (role: Role) => settingsSections.filter((s) => s.roles.includes(role));

// Kept here so every section file is loaded the same way.
export const section = (load: () => Promise<{ default: ComponentType }>) => lazy(load);
