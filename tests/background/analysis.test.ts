import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnalysisQueue, runAnalysis } from '../../lib/background/analysis';
import { getTabState } from '../../lib/background/tab-state';
import { ANALYSERS, analyse, analyseStepwise } from '../../lib/detectors';
import type { CapturedMessage } from '../../lib/model';
import { type DB, getDb, resetDbForTests } from '../../lib/store/db';
import { captureBatch, getEvents, getSession } from '../../lib/store/sessions';

let db: DB;
const T0 = Date.parse('2026-11-22T10:00:00Z');
let n = 0;
const line = (
  role: CapturedMessage['role'],
  text: string,
  author: string | null = null,
): CapturedMessage => ({
  key: `k${n++}`,
  role,
  author,
  text,
  at: new Date(T0 + n * 1000).toISOString(),
  shownAt: null,
});

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  db = await getDb();
});

async function chat(lines: CapturedMessage[]) {
  const r = await captureBatch(db, {
    tabId: 7,
    tabUrl: 'https://telco.example/help',
    vendor: 'livechat',
    title: 'Telco',
    conversationId: null,
    messages: lines,
    now: T0,
    newId: () => 'sess',
  });
  return r.session!.id;
}

describe('runAnalysis', () => {
  test('lets captures run between analysers: it yields before each one', async () => {
    const sid = await chat([
      line('agent', "Hi, I'm Priya. I've opened case number CS-48213 for you.", 'Priya'),
      line('customer', 'Thanks'),
    ]);
    const yieldToCaptures = vi.fn(async () => {});
    await runAnalysis(db, sid, 7, { now: () => T0, yieldToCaptures });
    // before each analyser, and before the scorer's step
    expect(yieldToCaptures).toHaveBeenCalledTimes(ANALYSERS.length + 1);
    const evs = (await getEvents(db, sid)).filter((e) => e.detail.source === 'analyser');
    expect(evs.map((e) => e.type)).toContain('case-number');
  });

  test('analyseStepwise returns what analyse does', () => {
    const lines = [
      { role: 'agent' as const, author: 'Priya', text: 'I can offer our Premium plan for $20 more a month?' },
      { role: 'customer' as const, author: null, text: 'yes please, and my case number is CS-1?' },
      { role: 'agent' as const, author: 'Priya', text: "I'll call you back tomorrow. Anything else?" },
    ];
    for (const from of [0, 1, 3]) {
      const steps = analyseStepwise(lines, { from });
      let r = steps.next();
      let yields = 0;
      for (; !r.done; r = steps.next()) yields++;
      expect(yields).toBe(ANALYSERS.length);
      expect(r.value).toEqual(analyse(lines, { from }));
    }
  });

  test('records findings once as events and keeps case numbers current', async () => {
    const sid = await chat([
      line('agent', "Hi, I'm Priya. I've opened case number CS-48213 for you.", 'Priya'),
      line('customer', 'Thanks'),
    ]);
    const notify = vi.fn(async () => {});
    await runAnalysis(db, sid, 7, { now: () => T0, notify });
    await runAnalysis(db, sid, 7, { now: () => T0, notify }); // idempotent
    const evs = (await getEvents(db, sid)).filter((e) => e.detail.source === 'analyser');
    expect(evs.filter((e) => e.type === 'case-number').map((e) => e.detail.value)).toEqual(['CS-48213']);
    expect((await getSession(db, sid))!.caseNumbers).toEqual(['CS-48213']);
    expect(notify).not.toHaveBeenCalled();
  });

  test('an upsell offer alerts in the popup; the assent also notifies, naming the offer', async () => {
    const sid = await chat([
      line(
        'agent',
        'While I have you, would you like to upgrade to our Premium plan for $20 more a month? It includes faster speeds.',
        'Priya',
      ),
      line('customer', 'yes please'),
    ]);
    const notify = vi.fn(async () => {});
    await runAnalysis(db, sid, 7, { now: () => T0, notify });
    const st = await getTabState(7);
    expect(st?.alerts.map((a) => a.kind)).toEqual(['upsell-offer', 'upsell-assent']);
    expect(st?.alerts[1]?.message).toContain('Premium plan');
    expect(notify).toHaveBeenCalledTimes(1);
  });

  test('the open offer is reported until it is answered', async () => {
    const sid = await chat([
      line('agent', 'Would you like to add our Device Protection plan for just $9.99 a month?', 'Priya'),
    ]);
    expect((await runAnalysis(db, sid, 7, { now: () => T0 })).openOffer).toContain('Device Protection');
    await captureBatch(db, {
      tabId: 7,
      tabUrl: 'https://telco.example/help',
      vendor: 'livechat',
      title: 'Telco',
      conversationId: null,
      messages: [line('customer', 'No thanks, just fix my internet.')],
      now: T0,
      newId: () => 'sess2',
    });
    expect((await runAnalysis(db, sid, 7, { now: () => T0 })).openOffer).toBeNull();
  });
});

describe('incremental passes', () => {
  const seen = (evs: { type: string; seq: number | null; detail: { value?: unknown } }[]) =>
    evs.map((e) => `${e.type}@${e.seq}=${String(e.detail.value ?? '')}`).sort();

  test('a pass after an earlier one finds exactly what one full pass finds', async () => {
    const first = [
      line('agent', "Hi, I'm Priya from Telco support.", 'Priya'),
      line('customer', 'My internet has been down since Monday.'),
      line('agent', "I've opened case CS-48213 for you.", 'Priya'),
    ];
    const then = [
      line('agent', "I'll call you back tomorrow before noon.", 'Priya'),
      line('agent', 'Would you like to upgrade to Fibre Max for $15 more a month?', 'Priya'),
      line('customer', 'no thanks'),
      line('agent', 'Is there anything else I can help you with?', 'Priya'),
    ];
    const sid = await chat(first);
    const a = await runAnalysis(db, sid, null, { now: () => T0 });
    expect(a.lastSeq).toBe(2);
    await chat(then); // same tab, page and vendor: the same session
    const b = await runAnalysis(db, sid, null, { now: () => T0 }, a.lastSeq);
    expect(b.lastSeq).toBe(6);
    expect(b.events.every((e) => (e.seq ?? -1) > 2)).toBe(true);
    const incremental = seen(await getEvents(db, sid));

    // the same chat analysed in one full pass, in a fresh store
    globalThis.indexedDB = new IDBFactory();
    resetDbForTests();
    db = await getDb();
    n = 0;
    const sid2 = await chat([...first, ...then].map((l) => ({ ...l })));
    await runAnalysis(db, sid2, null, { now: () => T0 });
    expect(incremental).toEqual(seen(await getEvents(db, sid2)));
    expect(incremental).toContain('case-number@2=CS-48213');
    expect(incremental.some((x) => x.startsWith('upsell-offer@4'))).toBe(true);
  });

  test('a pass with nothing new finds nothing and keeps its place', async () => {
    const sid = await chat([line('agent', "I'm Ana. Your ticket is TK-1001.", 'Ana')]);
    const a = await runAnalysis(db, sid, null, { now: () => T0 });
    const b = await runAnalysis(db, sid, null, { now: () => T0 }, a.lastSeq);
    expect(b.events).toEqual([]);
    expect(b.lastSeq).toBe(a.lastSeq);
  });
});

describe('createAnalysisQueue', () => {
  const deferred = () => {
    let resolve!: () => void;
    const p = new Promise<void>((r) => {
      resolve = r;
    });
    return { p, resolve };
  };

  test('one run at a time per session; calls meanwhile coalesce into one re-run with the newest job', async () => {
    const schedule = createAnalysisQueue();
    const log: string[] = [];
    const gate = deferred();
    const first = schedule('s1', async () => {
      log.push('a');
      await gate.p;
    });
    await schedule('s1', async () => void log.push('b'));
    await schedule('s1', async () => void log.push('c'));
    expect(log).toEqual(['a']);
    gate.resolve();
    await first;
    expect(log).toEqual(['a', 'c']);
    await schedule('s1', async () => void log.push('d'));
    expect(log).toEqual(['a', 'c', 'd']);
  });

  test('sessions do not wait for each other; a failing job is reported and the queue goes on', async () => {
    const errors: unknown[] = [];
    const schedule = createAnalysisQueue((e) => errors.push(e));
    const gate = deferred();
    const log: string[] = [];
    const slow = schedule('s1', async () => {
      await gate.p;
      throw new Error('boom');
    });
    await schedule('s2', async () => void log.push('s2'));
    expect(log).toEqual(['s2']);
    void schedule('s1', async () => void log.push('s1 again'));
    gate.resolve();
    await slow;
    expect(errors).toHaveLength(1);
    expect(log).toEqual(['s2', 's1 again']);
  });
});

test('the queue rests twice the last pass before a follow-up pass, at most 2 s; none when nothing is pending', async () => {
  let clock = 0;
  const rests: number[] = [];
  const schedule = createAnalysisQueue(undefined, {
    now: () => clock,
    sleep: async (ms) => {
      rests.push(ms);
      clock += ms;
    },
  });
  let release!: () => void;
  const first = schedule('s', async () => {
    clock += 40;
    await new Promise<void>((r) => {
      release = r;
    });
  });
  await schedule('s', async () => {
    clock += 5000;
  });
  release();
  await first;
  expect(rests).toEqual([80]); // after the 40 ms pass; the 5 s pass had nothing after it
  await schedule('s', async () => {
    clock += 10;
  });
  expect(rests).toEqual([80]);
  // a long pass followed by another: capped
  let release2!: () => void;
  const p = schedule('s', async () => {
    clock += 3000;
    await new Promise<void>((r) => {
      release2 = r;
    });
  });
  await schedule('s', async () => {});
  release2();
  await p;
  expect(rests).toEqual([80, 2000]);
});
