import { rebuildAll } from '../actions/rebuild.js';
import { readConfig } from '../config.js';
import { connectDb } from '../data/db.js';

// ./manage.sh rebuild-reports: every read model replayed from the stored events (docs/reporting.md).
const config = readConfig();
const { pool, db } = connectDb(config.DATABASE_URL);
try {
  const { tenants, events } = await rebuildAll(db);
  console.log(`reporting: rebuilt ${tenants} tenant(s) from ${events} stored event(s)`);
} finally {
  await pool.end();
}
