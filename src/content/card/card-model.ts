/**
 * What a hover card says about a mark, as plain data: built from the analysis without a DOM, so the
 * wording is unit-tested and the component only lays it out. Everything here is page- or
 * analyzer-derived text and is rendered as text by preact, never as markup.
 */
import type { ActorKind, Analysis, Issue, Stance } from '../../core/types';
import { actorKind, type HighlightKind, type MarkRef } from '../marks';

export interface CardRow {
  label: string;
  value: string;
}

export interface CardModel {
  /** Colour of the swatch: the mark's highlight kind. */
  tone: HighlightKind;
  title: string;
  subtitle: string;
  rows: CardRow[];
}

const KIND_LABEL: Record<ActorKind, string> = {
  country: 'Country',
  bloc: 'Bloc',
  person: 'Person',
  organization: 'Organization',
  company: 'Company',
  media: 'News outlet',
};

export const ISSUE_LABEL: Record<Issue, string> = {
  tariffs: 'Tariffs',
  purchases: 'Purchases',
  ip_protection: 'IP protection',
  tech_transfer: 'Technology transfer',
  market_access: 'Market access',
  subsidies: 'Subsidies',
  currency: 'Currency',
  enforcement: 'Enforcement',
  export_controls: 'Export controls',
  balance: 'Trade balance',
  other: 'Other',
};

export const STANCE_LABEL: Record<Stance, string> = {
  demand: 'Demand',
  condition: 'Condition',
  offer: 'Offer',
  reject: 'Rejection',
};

type CardSource = Pick<Analysis, 'actors' | 'parties' | 'preconditions'>;

function sideLabel(tone: HighlightKind, side: string | null): string {
  const which = tone === 'side-a' ? ' (first party)' : tone === 'side-b' ? ' (second party)' : '';
  return side ? `${side}${which}` : 'none (not acting for a country)';
}

/** The card for one mark, or null when the reference no longer matches the analysis. */
export function cardFor(ref: MarkRef, analysis: CardSource): CardModel | null {
  if (ref.type === 'actor') {
    const actor = analysis.actors[ref.index];
    if (!actor) return null;
    const tone = actorKind(actor, analysis);
    const rows: CardRow[] = [];
    if (actor.role) rows.push({ label: 'Role', value: actor.role });
    rows.push({ label: 'Side', value: sideLabel(tone, actor.side) });
    rows.push({ label: 'Mentions', value: String(actor.mentions.length) });
    const holds = analysis.preconditions.filter((p) => p.holder === actor.id).length;
    if (holds > 0) rows.push({ label: 'Positions', value: `${holds} in this article` });
    return { tone, title: actor.name, subtitle: KIND_LABEL[actor.kind], rows };
  }
  const p = analysis.preconditions[ref.index];
  if (!p) return null;
  const name = (id: string | null) =>
    id === null ? 'unspecified' : (analysis.actors.find((a) => a.id === id)?.name ?? id);
  return {
    tone: p.stance,
    title: `${STANCE_LABEL[p.stance]}: ${ISSUE_LABEL[p.issue]}`,
    subtitle: 'Precondition',
    rows: [
      { label: 'Who', value: `${name(p.holder)} \u2192 ${name(p.target)}` },
      { label: 'Issue', value: ISSUE_LABEL[p.issue] },
      { label: 'Stance', value: STANCE_LABEL[p.stance] },
      { label: 'Why', value: p.rule },
    ],
  };
}
