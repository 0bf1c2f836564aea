/**
 * Page object for Parley's popup, opened as an ordinary extension page
 * (`chrome-extension://<id>/src/popup/index.html?tab=<tabId>`) so tests can drive it like any tab.
 * Locators use roles and accessible names, the same things a keyboard or screen-reader user meets.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class PopupPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  /** The popup URL for a tab (or the active tab when `tabId` is omitted). */
  url(tabId?: number): string {
    const base = `chrome-extension://${this.extensionId}/src/popup/index.html`;
    return tabId === undefined ? base : `${base}?tab=${tabId}`;
  }

  /** Opens the popup and waits until it has left its loading state. */
  async open(tabId?: number): Promise<this> {
    await this.page.goto(this.url(tabId));
    await expect(this.root).toHaveAttribute('aria-busy', 'false');
    return this;
  }

  /** The popup's main region; `aria-busy` is true while it loads. */
  get root(): Locator {
    return this.page.getByRole('main');
  }

  /** One line: negotiation article / trade but not negotiation / not an article, with score and why. */
  get verdict(): Locator {
    return this.page.getByTestId('verdict');
  }

  /** The negotiation's main parties line. */
  get parties(): Locator {
    return this.page.getByTestId('parties');
  }

  /** The actors section: one list per side, each a `group` named after the side. */
  get actorsSection(): Locator {
    return this.page.getByRole('region', { name: 'Actors' });
  }

  /** The list of actors for one side ("China", "United States", "No side"). */
  side(name: string): Locator {
    return this.actorsSection.getByRole('group', { name, exact: true });
  }

  /** Every actor button, in display order (grouped by side). */
  get actorItems(): Locator {
    return this.actorsSection.getByRole('button');
  }

  /** The actor button whose accessible name starts with `name`. */
  actor(name: string): Locator {
    return this.actorsSection.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  }

  get preconditionsSection(): Locator {
    return this.page.getByRole('region', { name: 'Preconditions' });
  }

  /** Every precondition button, in document order. */
  get preconditionItems(): Locator {
    return this.preconditionsSection.getByRole('button');
  }

  /** The "Hide marks" switch (`role=switch`, `aria-checked` true when marks are hidden). */
  get hideMarksSwitch(): Locator {
    return this.page.getByRole('switch', { name: 'Hide marks' });
  }

  /** Shown when the content script has not run in the tab. */
  get annotateButton(): Locator {
    return this.page.getByRole('button', { name: 'Annotate this page' });
  }

  get timings(): Locator {
    return this.page.getByTestId('timings');
  }

  /** Any error message the popup shows (role=alert). */
  get error(): Locator {
    return this.page.getByRole('alert');
  }

  /** Actor names listed under one side, in order. */
  async actorNames(side: string): Promise<string[]> {
    return this.side(side).getByTestId('actor-name').allTextContents();
  }

  /** The side headings, in display order. */
  async sideNames(): Promise<string[]> {
    return this.actorsSection.getByTestId('side-name').allTextContents();
  }

  async toggleHideMarks(): Promise<void> {
    await this.hideMarksSwitch.click();
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
