/** Export all data to one file, import such a file (all or nothing), and erase everything (after a confirm step). */
import { useRef, useState } from 'preact/hooks';
import { download, eraseAll, exportAll, importAll } from './api';

type Status = { error: boolean; text: string } | null;

export function DataSection() {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({
        error: true,
        text: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  const onExport = () =>
    void run(async () => {
      const { name, text } = await exportAll();
      download(name, text);
      return { error: false, text: `Exported to ${name}.` };
    });

  const onImport = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      const reply = await importAll(file);
      if (fileInput.current) fileInput.current.value = '';
      if (!reply.ok) return { error: true, text: reply.error };
      if (!reply.done) return { error: true, text: 'The import did not finish. Nothing was changed.' };
      const again =
        reply.needPermission.length > 0
          ? ` Add these sites again to give Parley access: ${reply.needPermission.join(', ')}.`
          : '';
      return {
        error: false,
        text: `Imported ${reply.history} history articles and ${reply.readingList.added + reply.readingList.merged} reading-list items (${reply.readingList.merged} merged with ones you had), and your settings.${again}`,
      };
    });
  };

  const onErase = () =>
    void run(async () => {
      setConfirming(false);
      const reply = await eraseAll();
      return reply.ok
        ? {
            error: false,
            text: 'Everything Parley kept is erased: history, reading list, settings and added sites.',
          }
        : { error: true, text: 'Erasing failed; try again.' };
    });

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p class="hint">
        One file with your settings, your reading history and your reading list. Keep it as a backup or move
        it to another browser.
      </p>
      <div class="row">
        <button type="button" onClick={onExport} disabled={busy}>
          Export all data
        </button>
        <label class="file-button">
          <span>Import a Parley data file</span>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            disabled={busy}
            data-testid="import-file"
            onChange={(e) => onImport(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <p class="hint">
        An import adds to what you have: articles and reading-list items with the same address are merged, and
        the file's settings replace yours. A damaged or foreign file is refused as a whole, and then nothing
        changes.
      </p>
      <div class="row">
        {!confirming ? (
          <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={busy}>
            Erase all data…
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="erase-q" class="confirm">
            <p id="erase-q">
              Erase your history, reading list, settings and added sites? This cannot be undone; export first
              to keep a copy.
            </p>
            <button type="button" class="danger" onClick={onErase} autoFocus>
              Yes, erase everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
      </div>
      <p role="status" data-testid="data-status" class={status?.error ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
