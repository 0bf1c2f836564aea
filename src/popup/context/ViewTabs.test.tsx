// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { viewFromSearch, ViewTabs, type PopupView } from './ViewTabs';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function Harness() {
  const [view, setView] = useState<PopupView>('article');
  return (
    <ViewTabs view={view} onChange={setView}>
      <p>{view} panel</p>
    </ViewTabs>
  );
}

describe('ViewTabs', () => {
  it('switches views by click and by arrow keys, one tab in the tab order', async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<Harness />, root));
    const tabs = () => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1]);
    await act(async () => tabs()[1]!.click());
    expect(root.querySelector('[role="tabpanel"]')?.textContent).toBe('context panel');
    const list = root.querySelector('[role="tablist"]')!;
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(root.querySelector('[role="tabpanel"]')?.textContent).toBe('article panel');
    expect(root.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('view-tab-article');
  });

  it('reads ?view=context', () => {
    expect(viewFromSearch('?tab=3&view=context')).toBe('context');
    expect(viewFromSearch('?tab=3')).toBe('article');
  });
});
