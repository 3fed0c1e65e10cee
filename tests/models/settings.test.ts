import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/model';
import { normaliseHost, SettingsModel } from '../../lib/models/settings';
import { fakePort, seedDb } from './fakes';

describe('normaliseHost', () => {
  it.each([
    ['shop.example.com', 'shop.example.com'],
    ['  Shop.Example.COM ', 'shop.example.com'],
    ['https://www.bank.example.com/help?x=1', 'bank.example.com'],
    ['localhost', 'localhost'],
    ['not a host', ''],
    ['', ''],
    ['nodot', ''],
  ])('%j → %j', (input, out) => {
    expect(normaliseHost(input)).toBe(out);
  });
});

describe('SettingsModel', () => {
  it('adds and removes sites through saveSettings, and rejects nonsense', async () => {
    await seedDb([]);
    const { port, sent } = fakePort((m) =>
      m.type === 'saveSettings' ? { ok: true, settings: { ...DEFAULT_SETTINGS, ...m.settings } } : null,
    );
    const model = new SettingsModel(port);
    await model.load();
    expect(model.settings.value).toEqual(DEFAULT_SETTINGS);
    expect(model.storage.value).toEqual({ usage: 1_400_000, quota: 100_000_000, persisted: false });
    expect(await model.addSite('pausedSites', 'https://www.Bank.example.com/x')).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'saveSettings', settings: { pausedSites: ['bank.example.com'] } });
    expect(await model.addSite('pausedSites', 'what?')).toBe(false);
    expect(model.message.value).toMatch(/not a site address/);
    await model.removeSite('pausedSites', 'bank.example.com');
    expect(model.settings.value.pausedSites).toEqual([]);
  });

  it('rolls back a change the background refuses', async () => {
    await seedDb([]);
    const { port } = fakePort(() => ({ ok: false }));
    const model = new SettingsModel(port);
    await model.load();
    expect(await model.save({ retentionDays: 30 })).toBe(false);
    expect(model.settings.value.retentionDays).toBe(0);
    expect(model.saveState.value).toBe('error');
  });

  it('asks for persistent storage and says what happened', async () => {
    await seedDb([]);
    const { port } = fakePort();
    const model = new SettingsModel(port);
    await model.load();
    await model.persist();
    expect(model.message.value).toMatch(/keep Chatproof’s data/);
  });
});
