import { useState } from 'preact/hooks';

/**
 * The reader's hold over the history: pause recording, forget this article, forget everything.
 * "Forget everything" asks once more before it acts: it cannot be undone.
 */
export function HistoryControls({
  paused,
  recorded,
  onPause,
  onForget,
  onForgetAll,
}: {
  paused: boolean;
  recorded: boolean;
  onPause: (paused: boolean) => void;
  onForget: () => void;
  onForgetAll: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="section history-controls" aria-labelledby="history-controls-h">
      <h3 id="history-controls-h">Your history</h3>
      <p class="muted">Kept only in this browser. Nothing is recorded in private windows.</p>
      <button
        type="button"
        role="switch"
        aria-checked={paused}
        class="switch"
        onClick={() => onPause(!paused)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span>Pause recording</span>
      </button>
      <div class="control-row">
        <button type="button" class="secondary" disabled={!recorded} onClick={onForget}>
          Forget this article
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onForgetAll();
              }}
            >
              Yes, forget everything
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            Forget everything
          </button>
        )}
      </div>
    </section>
  );
}
