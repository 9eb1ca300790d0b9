import { connectDb as connect, type TxOf } from '@switchboard/db';
import * as schema from './schema.js';

export type Db = ReturnType<typeof connectDb>['db'];
/** A database handle or an open transaction: repositories accept either. */
export type Tx = TxOf<Db>;

export const connectDb = (url: string) => connect(url, schema);
