// The meeting deck when things go wrong: a remembered slide choice that is not one.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHOICE, useDeckChoice } from '../../src/features/present/lib/deck-choice';
import { renderApp } from '../support/render-app';

const DECK = '/present?from=2021-01&to=2021-06';
const count = () => screen.getByText(/^\d+ \/ \d+$/).textContent;
const cover = () => screen.findByRole('heading', { level: 1, name: '稠城街道工作进度' });

/** What the browser remembers from an earlier visit, read as the deck's module would on a reload. */
async function remembered(value: string) {
  localStorage.setItem('deck-choice', value);
  await useDeckChoice.persist.rehydrate();
}

describe('the deck with a remembered slide choice', () => {
  afterEach(() => useDeckChoice.setState({ ...DEFAULT_CHOICE }));

  it('opens with the default slides when the remembered choice is corrupted, and forgets it', async () => {
    await remembered(JSON.stringify({ state: { order: 5, hidden: null }, version: 0 }));
    renderApp(DECK);
    expect(await cover()).toBeInTheDocument();
    expect(count()).toBe('1 / 9');
    expect(localStorage.getItem('deck-choice') ?? '').not.toContain('"order":5');
  });

  it('ignores a choice of the current version that is not a choice', async () => {
    await remembered(JSON.stringify({ state: { order: ['title'], hidden: 'round' }, version: 1 }));
    renderApp(DECK);
    expect(await cover()).toBeInTheDocument();
    expect(count()).toBe('1 / 9');
  });

  it('keeps a valid choice saved before choices were versioned', async () => {
    await remembered(JSON.stringify({ state: { order: [], hidden: [] }, version: 0 }));
    renderApp(DECK);
    expect(await cover()).toBeInTheDocument();
    // The community round is in: 9 slides and one per community.
    expect(count()).toBe('1 / 29');
  });
});
