import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb } from '../src/data/db.js';
import { runMigrations } from '../src/data/migrate.js';
import { findTenantModel, saveLearnedModel, saveTrainedModel } from '../src/data/tenant-models.repository.js';
import { classifyMessage, learnTicket, trainTenantModel } from '../src/domain/tenant-model.js';

const tickets = [
  'My parcel has not arrived and tracking has not moved',
  'The courier delivered my order to the wrong house',
  'Where is my package? It was due on Monday',
];

let database: TestDatabase;
let connection: ReturnType<typeof connectDb>;

beforeAll(async () => {
  database = await createTestDatabase('ai_assist');
  await runMigrations(database.url);
  connection = connectDb(database.url);
});

afterAll(async () => {
  await connection?.pool.end();
  await database?.drop();
});

describe('stored tenant models', () => {
  it("keeps each tenant's model apart: a second tenant reads its own labels or nothing", async () => {
    const [tenantA, tenantB, stranger] = [randomUUID(), randomUUID(), randomUUID()];
    const label = (category: string) => tickets.map((text) => ({ text, category, priority: 'high' }));
    await saveTrainedModel(connection.db, tenantA, trainTenantModel(label('delivery')));
    await saveTrainedModel(connection.db, tenantB, trainTenantModel(label('logistics')));

    const [a, b] = [
      await findTenantModel(connection.db, tenantA),
      await findTenantModel(connection.db, tenantB),
    ];
    expect(a && classifyMessage(a.model, 'my parcel is late').category?.label).toBe('delivery');
    expect(b && classifyMessage(b.model, 'my parcel is late').category?.label).toBe('logistics');
    expect(await findTenantModel(connection.db, stranger)).toBeNull();
  });

  it('counts tickets learned since the last retrain, and a retrain resets the count', async () => {
    const tenant = randomUUID();
    const trained = trainTenantModel(
      tickets.map((text) => ({ text, category: 'shipping', priority: 'low' })),
    );
    await saveTrainedModel(connection.db, tenant, trained);
    const learned = learnTicket(trained, {
      text: 'I was charged twice',
      category: 'billing',
      priority: 'high',
    });
    await saveLearnedModel(connection.db, tenant, learned);
    await saveLearnedModel(connection.db, tenant, learned);

    const stored = await findTenantModel(connection.db, tenant);
    expect(stored?.learnedSinceTrain).toBe(2);
    expect(stored && classifyMessage(stored.model, 'charged twice on my card').category?.label).toBe(
      'billing',
    );

    await saveTrainedModel(connection.db, tenant, trained);
    expect((await findTenantModel(connection.db, tenant))?.learnedSinceTrain).toBe(0);
  });
});
