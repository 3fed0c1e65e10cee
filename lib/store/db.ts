import { type IDBPDatabase, openDB } from 'idb';
import { type ChatproofDB, DB_NAME, DB_VERSION, upgrade } from './schema';

export type DB = IDBPDatabase<ChatproofDB>;

let opening: Promise<DB> | null = null;

/** Opens (once per context) the extension's database at the current schema version. */
export function getDb(): Promise<DB> {
  opening ??= openDB<ChatproofDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) => upgrade(db, oldVersion, newVersion ?? DB_VERSION, tx),
    // Another context (an older worker) holds the db open during an upgrade: let it go.
    blocking: () => {
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated: () => {
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** Tests swap the IDBFactory between cases; forget the cached connection. */
export function resetDbForTests(): void {
  void opening?.then((db) => db.close()).catch(() => {});
  opening = null;
}
