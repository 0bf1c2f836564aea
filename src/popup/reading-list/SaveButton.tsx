import { useState } from 'preact/hooks';
import type { SaveReply } from '../../background/reading-list';
import { browser } from '../../shared/browser';
import type { Message } from '../../shared/protocol';

/** Asks the background to save the tab's article (kept here so the popup's first paint loads no list code). */
async function saveTab(tabId: number): Promise<SaveReply> {
  const msg: Message = { type: 'save-tab', tabId };
  const reply = (await browser.runtime.sendMessage(msg)) as SaveReply | undefined;
  return reply ?? { ok: false, error: 'The background did not answer.' };
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * "Save to reading list" for the tab the popup shows: the background reads the article (text and
 * annotations) from the page and stores it; a second save updates the same item.
 */
export function SaveButton({ tabId }: { tabId: number | null }) {
  const [status, setStatus] = useState<{ text: string; alert: boolean } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = () => {
    if (tabId === null) return;
    setSaving(true);
    setStatus(null);
    saveTab(tabId)
      .then((r) =>
        setStatus(
          r.ok
            ? {
                text: `${r.created ? 'Saved to' : 'Updated in'} your reading list${r.withText ? '' : ' (address only: the page text could not be read)'}.`,
                alert: false,
              }
            : { text: r.error, alert: true },
        ),
      )
      .catch((e: unknown) =>
        setStatus({ text: `Parley could not save this page: ${errorText(e)}`, alert: true }),
      )
      .finally(() => setSaving(false));
  };

  return (
    <div class="rl-save">
      <button type="button" data-testid="save-article" onClick={save} disabled={tabId === null || saving}>
        {saving ? 'Saving…' : 'Save to reading list'}
      </button>
      {status && (
        <span
          role={status.alert ? 'alert' : 'status'}
          class={status.alert ? 'error' : 'muted'}
          data-testid="save-status"
        >
          {' '}
          {status.text}
        </span>
      )}
    </div>
  );
}
