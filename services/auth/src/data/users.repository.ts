import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from './db.js';
import { agentGenerations, agentPerformance, tenants, users } from './schema.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export type AgentFilters = {
  role?: UserRow['role'];
  status?: 'active' | 'inactive';
  onlineStatus?: UserRow['onlineStatus'];
  department?: string;
  search?: string;
  performanceLevel?: 'high' | 'medium' | 'low';
  sort: AgentSort;
};

export const agentSorts = [
  'fullName',
  '-fullName',
  'username',
  '-username',
  'createdAt',
  '-createdAt',
] as const;
type AgentSort = (typeof agentSorts)[number];

export async function insertUser(tx: Tx, row: NewUser): Promise<UserRow> {
  const [created] = await tx.insert(users).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function findUser(db: Tx, tenantId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row;
}

/** Users an identifier (email or username) may mean, optionally within one tenant (id or slug). */
export async function findLoginCandidates(db: Db, identifier: string, tenant?: string): Promise<UserRow[]> {
  const who = or(
    eq(sql`lower(${users.email})`, identifier.toLowerCase()),
    eq(sql`lower(${users.username})`, identifier.toLowerCase()),
  );
  const inTenant = tenant
    ? or(eq(sql`${tenants.id}::text`, tenant), eq(tenants.slug, tenant.toLowerCase()))
    : undefined;
  const rows = await db
    .select({ user: users })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(who, inTenant))
    .limit(10);
  return rows.map((r) => r.user);
}

/** The agent object's rows: the account and its performance, if reporting measured any. */
const withPerformance = { user: users, performance: agentPerformance };
const performanceOfUser = and(
  eq(agentPerformance.agentId, users.id),
  eq(agentPerformance.tenantId, users.tenantId),
);

export async function listUsers(db: Db, tenantId: string, f: AgentFilters, limit: number, offset: number) {
  const where = and(eq(users.tenantId, tenantId), ...filterClauses(f));
  const [rows, [total]] = await Promise.all([
    db
      .select(withPerformance)
      .from(users)
      .leftJoin(agentPerformance, performanceOfUser)
      .where(where)
      .orderBy(orderOf(f.sort), asc(users.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(users).leftJoin(agentPerformance, performanceOfUser).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findUserDetails(db: Tx, tenantId: string, id: string) {
  const [row] = await db
    .select(withPerformance)
    .from(users)
    .leftJoin(agentPerformance, performanceOfUser)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row;
}

/** The tenant's agent generation: raised by every change to its agents (drizzle/0001). */
export async function agentGenerationOf(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ generation: agentGenerations.generation })
    .from(agentGenerations)
    .where(eq(agentGenerations.tenantId, tenantId));
  return row?.generation ?? 0;
}

function filterClauses(f: AgentFilters): SQL[] {
  const clauses: (SQL | undefined)[] = [
    f.role ? eq(users.role, f.role) : undefined,
    f.status ? eq(users.isActive, f.status === 'active') : undefined,
    f.onlineStatus ? eq(users.onlineStatus, f.onlineStatus) : undefined,
    f.department ? eq(sql`lower(${users.department})`, f.department.toLowerCase()) : undefined,
    f.search ? searchClause(f.search) : undefined,
    f.performanceLevel ? eq(agentPerformance.performanceLevel, f.performanceLevel) : undefined,
  ];
  return clauses.filter((c): c is SQL => c !== undefined);
}

function searchClause(term: string): SQL | undefined {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(
    ilike(users.fullName, pattern),
    ilike(users.username, pattern),
    ilike(users.email, pattern),
    ilike(users.department, pattern),
  );
}

function orderOf(sort: AgentSort) {
  const column = { fullName: users.fullName, username: users.username, createdAt: users.createdAt }[
    sort.replace('-', '') as 'fullName' | 'username' | 'createdAt'
  ];
  return sort.startsWith('-') ? desc(column) : asc(column);
}

export async function updateUser(tx: Tx, tenantId: string, id: string, changes: Partial<NewUser>) {
  const [row] = await tx
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
    .returning();
  return row;
}

export async function userCounts(db: Db, tenantId: string) {
  return db
    .select({
      role: users.role,
      department: users.department,
      isActive: users.isActive,
      isOnline: sql<boolean>`${users.onlineStatus} <> 'offline'`,
      n: count(),
    })
    .from(users)
    .where(eq(users.tenantId, tenantId))
    .groupBy(users.role, users.department, users.isActive, sql`${users.onlineStatus} <> 'offline'`);
}
