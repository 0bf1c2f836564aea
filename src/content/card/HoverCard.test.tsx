// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { CardModel } from './card-model';
import { CARD_CSS, HoverCard } from './HoverCard';

const model: CardModel = {
  tone: 'side-b',
  title: 'China <img src=x onerror=alert(1)>',
  subtitle: 'Country',
  rows: [
    { label: 'Side', value: 'China (second party)' },
    { label: 'Why', value: '<b>cue:insist</b>' },
  ],
};

describe('HoverCard', () => {
  it('renders title, subtitle and rows as text at the given position', () => {
    const root = document.createElement('div');
    render(<HoverCard model={model} left={12} top={34} />, root);
    const card = root.querySelector<HTMLElement>('.card')!;
    expect(card.style.left).toBe('12px');
    expect(card.style.top).toBe('34px');
    expect(root.querySelector('.title')!.textContent).toBe(model.title);
    expect(root.querySelector('.swatch')!.className).toContain('side-b');
    expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Side', 'Why']);
    expect([...root.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([
      'China (second party)',
      '<b>cue:insist</b>',
    ]);
    // Page-derived strings never become markup.
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
  });

  it('renders nothing without a model', () => {
    const root = document.createElement('div');
    render(<HoverCard model={null} left={0} top={0} />, root);
    expect(root.childNodes.length).toBe(0);
  });

  it("puts the card in the marks' colour scheme, so its swatch matches the page", () => {
    const root = document.createElement('div');
    render(<HoverCard model={model} left={0} top={0} />, root);
    expect(root.querySelector('.card')!.className).toBe('card scheme-default');
    render(<HoverCard model={model} left={0} top={0} scheme="colour-blind" />, root);
    expect(root.querySelector('.card')!.className).toBe('card scheme-colour-blind');
    expect(CARD_CSS).toContain('.scheme-colour-blind .swatch.side-b { background: rgb(230,159,0); }');
  });
});
