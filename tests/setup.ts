// Each test file gets a fresh fake IndexedDB; tests that need isolation per test reset it themselves.
import { IDBFactory } from 'fake-indexeddb';

globalThis.indexedDB = new IDBFactory();
