/** A real switch (role=switch, aria-checked) so keyboards and screen readers know its state. */
export function HideMarksSwitch({
  hidden,
  disabled,
  onToggle,
}: {
  hidden: boolean;
  disabled: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={hidden}
      class="switch"
      disabled={disabled}
      onClick={onToggle}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span>Hide marks</span>
    </button>
  );
}
