/**
 * The hover card: one small panel explaining a mark. Rendered by preact into a closed shadow root
 * (see card-host.ts), so page CSS cannot reach it and page scripts cannot read it. All strings are
 * rendered as text nodes.
 */
import type { ColourScheme } from '../../storage/settings-schema';
import type { CardModel } from './card-model';

export interface HoverCardProps {
  model: CardModel | null;
  /** Viewport coordinates of the card's top-left corner. */
  left: number;
  top: number;
  /** The marks' colour scheme (options page): the swatch shows the mark's colour in it. */
  scheme?: ColourScheme;
}

export function HoverCard({ model, left, top, scheme = 'default' }: HoverCardProps) {
  if (!model) return null;
  return (
    <div class={`card scheme-${scheme}`} role="tooltip" style={{ left: `${left}px`, top: `${top}px` }}>
      <div class="head">
        <span class={`swatch ${model.tone}`} aria-hidden="true" />
        <div>
          <div class="title">{model.title}</div>
          <div class="subtitle">{model.subtitle}</div>
        </div>
      </div>
      <dl>
        {model.rows.map((row) => (
          <div class="row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div class="brand">Parley</div>
    </div>
  );
}

/** Card styles, scoped to the shadow root. Colours match highlights.css. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; box-sizing: border-box; width: 300px; max-width: calc(100vw - 16px);
  padding: 10px 12px; border-radius: 8px; background: #fff; color: #1d1d1f;
  border: 1px solid rgba(0,0,0,.12); box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  pointer-events: auto; z-index: 2147483647;
}
.head { display: flex; gap: 8px; align-items: flex-start; margin-bottom: 6px; }
.swatch { flex: none; width: 12px; height: 12px; margin-top: 3px; border-radius: 3px; background: #999; }
.swatch.side-a { background: rgb(38,139,210); }
.swatch.side-b { background: rgb(220,130,30); }
.swatch.actor { background: rgb(150,150,150); }
.swatch.demand, .swatch.condition { background: rgb(200,40,40); }
.swatch.offer { background: rgb(30,150,70); }
.swatch.reject { background: rgb(150,60,160); }
.scheme-colour-blind .swatch.side-a { background: rgb(0,114,178); }
.scheme-colour-blind .swatch.side-b { background: rgb(230,159,0); }
.scheme-colour-blind .swatch.demand, .scheme-colour-blind .swatch.condition { background: rgb(213,94,0); }
.scheme-colour-blind .swatch.offer { background: rgb(0,158,115); }
.scheme-colour-blind .swatch.reject { background: rgb(204,121,167); }
.scheme-high-contrast .swatch.side-a { background: rgb(0,60,160); }
.scheme-high-contrast .swatch.side-b { background: rgb(255,200,0); }
.scheme-high-contrast .swatch.actor { background: rgb(40,40,40); }
.scheme-high-contrast .swatch.demand, .scheme-high-contrast .swatch.condition { background: rgb(200,0,0); }
.scheme-high-contrast .swatch.offer { background: rgb(0,120,0); }
.scheme-high-contrast .swatch.reject { background: rgb(120,0,160); }
.title { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
.subtitle { color: #666; font-size: 12px; }
dl { margin: 0; }
.row { display: flex; gap: 8px; padding: 1px 0; }
dt { flex: none; width: 72px; color: #666; margin: 0; }
dd { margin: 0; overflow-wrap: anywhere; }
.brand { margin-top: 6px; color: #999; font-size: 11px; text-align: right; }
@media (prefers-color-scheme: dark) {
  .card { background: #26262a; color: #eee; border-color: rgba(255,255,255,.15); }
  .subtitle, dt { color: #aaa; }
}
`;
