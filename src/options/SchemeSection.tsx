/**
 * The colour scheme of the marks. Each option shows a sample in its own colours (the same values as
 * the page's `::highlight()` rules in highlights.css), so the choice is made by looking.
 */
import { COLOUR_SCHEMES, type ColourScheme, type Settings } from '../storage/settings';
import { updateSettings } from './api';

const LABELS: Record<ColourScheme, { name: string; note: string }> = {
  default: {
    name: 'Default',
    note: 'Blue and orange for the two sides; red, green and purple lines for positions.',
  },
  'colour-blind': {
    name: 'Colour-blind safe',
    note: 'The Okabe–Ito palette, readable with red-green colour blindness; positions also differ by line style.',
  },
  'high-contrast': { name: 'High contrast', note: 'Solid colours and thick lines.' },
};

export function SchemeSection({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="scheme-h">
      <h2 id="scheme-h">Colours</h2>
      <div role="radiogroup" aria-labelledby="scheme-h" class="schemes">
        {COLOUR_SCHEMES.map((scheme) => (
          <label key={scheme} class={`scheme scheme-${scheme}`}>
            <input
              type="radio"
              name="scheme"
              value={scheme}
              checked={settings.scheme === scheme}
              onChange={() => void updateSettings({ scheme })}
            />{' '}
            <strong>{LABELS[scheme].name}</strong>
            <span class="preview" aria-hidden="true">
              <span class="side-a">United States</span> <span class="side-b">China</span>{' '}
              <span class="actor">WTO</span> <span class="demand">demand</span>{' '}
              <span class="condition">condition</span> <span class="offer">offer</span>{' '}
              <span class="reject">reject</span>
            </span>
            <span class="hint">{LABELS[scheme].note}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
