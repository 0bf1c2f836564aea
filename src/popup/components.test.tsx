// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleTabResult } from '../storage/test-data';
import { ActorList } from './ActorList';
import { HideMarksSwitch } from './HideMarksSwitch';
import { PreconditionList } from './PreconditionList';
import { Verdict } from './Verdict';

let root: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup components', () => {
  it('ActorList groups actors by side and reveals by the original index', () => {
    const onReveal = vi.fn();
    const el = mount(<ActorList result={sampleTabResult()} onReveal={onReveal} />);
    const groups = [...el.querySelectorAll('[role="group"]')];
    const labelOf = (g: Element) => el.querySelector(`#${g.getAttribute('aria-labelledby')}`)?.textContent;
    expect(groups.map(labelOf)).toEqual(['United States', 'China', 'No side']);
    const jane = [...el.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Jane Roe'));
    expect(jane?.textContent).toContain('Trade Representative');
    jane?.click();
    expect(onReveal).toHaveBeenCalledWith(2);
  });

  it('PreconditionList shows holder → target, stance, issue, sentence and why', () => {
    const onReveal = vi.fn();
    const el = mount(<PreconditionList result={sampleTabResult()} onReveal={onReveal} />);
    const button = el.querySelector('button')!;
    expect(button.textContent).toContain('United States → China');
    expect(button.textContent).toContain('demands · tariffs');
    expect(button.querySelector('q')?.textContent).toBe('Washington wants tariffs cut first.');
    expect(button.textContent).toContain('why: cue:wants+issue:tariffs');
    button.click();
    expect(onReveal).toHaveBeenCalledWith(0);
  });

  it('renders page text as text, never as markup', () => {
    const r = sampleTabResult({ title: '<img src=x onerror=alert(1)>' });
    const el = mount(<Verdict result={r} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says when nothing was found', () => {
    const el = mount(
      <ActorList result={sampleTabResult({ actors: [], parties: [] })} onReveal={() => undefined} />,
    );
    expect(el.textContent).toContain('No actors found.');
  });

  it('HideMarksSwitch exposes its state as a switch', () => {
    const onToggle = vi.fn();
    const el = mount(<HideMarksSwitch hidden={true} disabled={false} onToggle={onToggle} />);
    const sw = el.querySelector('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    (sw as HTMLButtonElement).click();
    expect(onToggle).toHaveBeenCalledOnce();
  });
});
