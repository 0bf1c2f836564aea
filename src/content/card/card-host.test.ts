// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CardHost } from './card-host';

describe('CardHost', () => {
  it('shows the card in a closed shadow root outside <body> and removes it on destroy', () => {
    document.body.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: 'Article text.' }),
    );
    const bodyText = document.body.textContent;
    const host = new CardHost();
    host.show(
      { tone: 'actor', title: 'World Trade Organization', subtitle: 'Organization', rows: [] },
      new DOMRect(10, 10, 50, 16),
    );
    expect(host.shown).toBe(true);
    const el = document.documentElement.lastElementChild as HTMLElement;
    expect(el.parentNode).toBe(document.documentElement);
    expect(el.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(el.textContent).toBe('');
    expect(host.owns(el)).toBe(true);
    expect(host.owns(document.body)).toBe(false);
    expect(document.body.textContent).toBe(bodyText);

    host.hide();
    expect(host.shown).toBe(false);
    host.destroy();
    expect(el.isConnected).toBe(false);
  });

  it('takes its host out of the page while no card shows and puts it back for the next card', () => {
    const before = document.documentElement.childElementCount;
    const host = new CardHost();
    const model = { tone: 'actor' as const, title: 'European Union', subtitle: 'Bloc', rows: [] };
    host.show(model, new DOMRect(10, 10, 50, 16));
    const el = document.documentElement.lastElementChild as HTMLElement;
    expect(document.documentElement.childElementCount).toBe(before + 1);
    host.hide();
    expect(el.isConnected).toBe(false);
    expect(document.documentElement.childElementCount).toBe(before);
    host.show(model, new DOMRect(10, 10, 50, 16));
    expect(document.documentElement.lastElementChild).toBe(el);
    host.destroy();
    expect(document.documentElement.childElementCount).toBe(before);
  });
});
