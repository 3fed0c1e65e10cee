/**
 * THE IndexedDB schema and its append-only migrations. The database version is the length of
 * MIGRATIONS; never edit a shipped migration, add a new one. Each migration has a test that opens
 * the previous version with data, upgrades, and checks nothing was lost (tests/store/schema.test.ts).
 * Only the background writes; extension pages read. Content scripts never open it (it would land in
 * the web page's origin).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ChatEvent, Message, Session, Settings } from '../model';

export const DB_NAME = 'chatproof';

export interface StoredKeyPair {
  id: 'signing';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  createdAt: string;
}

export interface MetaRecord {
  id: string;
  value: unknown;
}

export interface ChatproofDB extends DBSchema {
  sessions: {
    key: string;
    value: Session;
    indexes: { byActivity: string; byOriginVendor: [string, string, string] };
  };
  messages: {
    key: [string, number];
    value: Message;
    indexes: { byKey: [string, string] };
  };
  events: {
    key: number;
    value: ChatEvent;
    indexes: { bySession: string };
  };
  settings: { key: string; value: Settings & { id: 'settings' } };
  keys: { key: string; value: StoredKeyPair };
  meta: { key: string; value: MetaRecord };
}

type UpgradeTx = IDBPTransaction<ChatproofDB, StoreNames<ChatproofDB>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<ChatproofDB>, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  // v1 (first release): the captured record.
  (db) => {
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('byActivity', 'lastActivityAt');
    sessions.createIndex('byOriginVendor', ['origin', 'vendor', 'lastActivityAt']);
    const messages = db.createObjectStore('messages', { keyPath: ['sessionId', 'seq'] });
    // Dedup: the same widget line is stored once per session, whatever re-renders it.
    messages.createIndex('byKey', ['sessionId', 'key'], { unique: true });
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('bySession', 'sessionId');
  },
  // v2: settings, the signing key and counters move into the same database (one place to back up),
  // and sessions written by v1 gain the fields v2 reads (currentAgent, truncated).
  (db, tx) => {
    db.createObjectStore('settings', { keyPath: 'id' });
    db.createObjectStore('keys', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'id' });
    const sessions = tx.objectStore('sessions');
    void sessions.openCursor().then(async function step(cursor): Promise<void> {
      if (!cursor) return;
      const s = cursor.value as Partial<Session> & Session;
      cursor.update({
        ...s,
        currentAgent: s.currentAgent ?? s.agents.at(-1) ?? null,
        truncated: s.truncated ?? false,
      });
      return step(await cursor.continue());
    });
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the migrations from `oldVersion` up to `newVersion` inside idb's upgrade callback. */
export function upgrade(
  db: IDBPDatabase<ChatproofDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let v = oldVersion; v < newVersion; v++) MIGRATIONS[v]?.(db, tx);
}
