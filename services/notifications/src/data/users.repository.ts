import type { Role } from '@switchboard/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { users } from './schema.js';

export type UserRow = typeof users.$inferSelect;

/** Keeps a user as auth's latest user.created / user.updated says. */
export async function saveUser(tx: Tx, user: UserRow): Promise<void> {
  const { userId: _, ...changes } = user;
  await tx.insert(users).values(user).onConflictDoUpdate({ target: users.userId, set: changes });
}

export async function deactivateUser(tx: Tx, tenantId: string, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ isActive: false })
    .where(and(eq(users.tenantId, tenantId), eq(users.userId, userId)));
}

/** The tenant's active users with these (lower-cased) usernames. */
export async function activeUsersNamed(
  tx: Tx,
  tenantId: string,
  usernames: string[],
): Promise<{ userId: string; role: Role }[]> {
  if (usernames.length === 0) return [];
  return tx
    .select({ userId: users.userId, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.isActive, true),
        inArray(sql`lower(${users.username})`, usernames),
      ),
    );
}
