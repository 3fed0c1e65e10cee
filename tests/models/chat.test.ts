import { describe, expect, it, vi } from 'vitest';
import { ChatModel } from '../../lib/models/chat';
import { fakeMessages, fakePort, fakeSession, seedDb, until } from './fakes';

describe('ChatModel', () => {
  it('loads the record, then its findings; notes are saved apart from it', async () => {
    await seedDb(
      [fakeSession({ notes: 'old note' })],
      fakeMessages('s1', [['agent', 'Priya', "I've opened case number CS-48213 for you."]]),
    );
    const { port, sent } = fakePort();
    const model = new ChatModel(port, 's1');
    await model.load();
    expect(model.state.value).toBe('ready');
    expect(model.notes.value).toBe('old note');
    await until(() => model.analysis.value !== null);
    expect(model.analysis.value!.highlights.get(0)?.map((h) => h.kind)).toContain('case-number');
    vi.useFakeTimers();
    model.setNotes('Phoned afterwards');
    await vi.advanceTimersByTimeAsync(800);
    vi.useRealTimers();
    expect(sent).toEqual([{ type: 'updateSession', id: 's1', patch: { notes: 'Phoned afterwards' } }]);
  });

  it('says when the chat is not stored', async () => {
    await seedDb([]);
    const model = new ChatModel(fakePort().port, 'gone');
    await model.load();
    expect(model.state.value).toBe('missing');
  });

  it('jumps repeat: the same row twice gives two requests', async () => {
    await seedDb([fakeSession()]);
    const model = new ChatModel(fakePort().port, 's1');
    model.jumpTo(3);
    const first = model.focusIndex.value;
    model.jumpTo(3);
    expect(model.focusIndex.value?.i).toBe(3);
    expect(model.focusIndex.value?.token).not.toBe(first?.token);
  });
});
