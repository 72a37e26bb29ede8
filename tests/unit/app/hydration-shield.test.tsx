// @vitest-environment jsdom
// While React hydrates the prerendered page (as a transition, in slices), a press or click on a part not yet
// hydrated would make React hydrate everything left at once, inside that event. The shield keeps those events
// from React until the app has taken over (src/app/hydration-shield.ts). Tested with React itself: its
// hydration runs the component's click handler only once it has hydrated the button.
import { startTransition } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shieldHydration } from '../../../src/app/hydration-shield';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.innerHTML = '';
});

/** A prerendered button whose React handler calls `onClick`, hydrating as a transition (not yet done). */
function startHydrating(onClick: () => void): { container: HTMLElement; button: HTMLButtonElement } {
  const app = (
    <main>
      <button type="button" onClick={onClick}>
        Answer
      </button>
    </main>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  startTransition(() => {
    root = hydrateRoot(container, app);
  });
  return { container, button: container.querySelector('button')! };
}

const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const press = (target: Element) => target.dispatchEvent(new Event('pointerdown', { bubbles: true, cancelable: true }));

describe('shieldHydration', () => {
  it('without it, a click during hydration makes React hydrate at once, inside the click (what it prevents)', () => {
    const onClick = vi.fn();
    const { button } = startHydrating(onClick);
    click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('keeps presses and clicks from React until the app has taken over, then lets them through', async () => {
    const onClick = vi.fn();
    let taken = false;
    const { container, button } = startHydrating(onClick);
    shieldHydration(container, () => taken);
    press(button);
    click(button);
    expect(onClick).not.toHaveBeenCalled();
    // React hydrates in its own time (its scheduler's tasks): wait until it has claimed the button (its props
    // are on the node), and then the app says it has taken over.
    await vi.waitFor(() => expect(Object.keys(button).some((key) => key.startsWith('__reactProps'))).toBe(true));
    taken = true;
    click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('leaves the default action alone: a link is still followed by the browser', () => {
    const container = document.createElement('div');
    container.innerHTML = '<a href="#next">Answer</a>';
    document.body.append(container);
    shieldHydration(container, () => false);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    container.querySelector('a')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('lets listeners on the document itself (the quick exit) and events outside the root through', () => {
    const container = document.createElement('div');
    container.innerHTML = '<a href="#">Answer</a>';
    const outside = document.createElement('button');
    document.body.append(container, outside);
    const onDocument = vi.fn();
    const onContainer = vi.fn();
    const onOutside = vi.fn();
    shieldHydration(container, () => false);
    document.addEventListener('keydown', onDocument, true);
    container.addEventListener('keydown', onContainer, true);
    outside.addEventListener('keydown', onOutside);
    container.querySelector('a')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    outside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onDocument).toHaveBeenCalledTimes(2);
    expect(onContainer).not.toHaveBeenCalled();
    expect(onOutside).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', onDocument, true);
  });
});

describe('HYDRATING_EVENTS', () => {
  it('are the events for which the installed React DOM hydrates at once (re-check the shield if it changes)', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { dirname, join } = await import('node:path');
    const reactDom = dirname(createRequire(import.meta.url).resolve('react-dom/package.json'));
    const source = readFileSync(join(reactDom, 'cjs', 'react-dom-client.production.js'), 'utf8');
    const list = /discreteReplayableEvents\s*=\s*"([^"]+)"\.split\(/.exec(source)?.[1];
    expect(list, 'react-dom no longer names its discrete replayable events this way').toBeDefined();
    const { HYDRATING_EVENTS } = await import('../../../src/app/hydration-shield');
    // textInput is a legacy event no browser fires any more.
    expect([...HYDRATING_EVENTS].sort()).toEqual(
      list!
        .split(' ')
        .filter((e) => e !== 'textInput')
        .sort(),
    );
  });
});
