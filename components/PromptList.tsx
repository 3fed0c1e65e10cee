import type { Prompt } from '../lib/prompts';
import { Icon } from './Icon';

/** Escalation prompts: words the person can copy or put in the chat box (never sent for them). */
export function PromptList({
  prompts,
  canInsert,
  onCopy,
  onInsert,
}: {
  prompts: readonly Prompt[];
  canInsert: boolean;
  onCopy: (text: string) => void;
  onInsert: (text: string) => void;
}) {
  return (
    <section class="p-section" aria-labelledby="h-prompts" data-testid="prompts">
      <h2 id="h-prompts" class="p-h2">
        Say this next
      </h2>
      <ul class="prompts">
        {prompts.map((p) => (
          <li key={p.id} class="prompt" data-prompt={p.id}>
            <p class="prompt-title">{p.title}</p>
            <blockquote class="prompt-text msg-text">{p.text}</blockquote>
            <div class="p-actions">
              <button
                type="button"
                class="btn small"
                onClick={() => onCopy(p.text)}
                aria-label={`Copy: ${p.title}`}
              >
                <Icon name="copy" size={14} /> Copy
              </button>
              {canInsert && (
                <button
                  type="button"
                  class="btn small primary"
                  onClick={() => onInsert(p.text)}
                  aria-label={`Insert into chat: ${p.title}`}
                >
                  <Icon name="insert" size={14} /> Insert into chat
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
