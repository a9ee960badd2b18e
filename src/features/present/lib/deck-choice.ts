// Which slides the deck shows, in what order: the presenter's choice, remembered per browser.
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { ROUND_ID, type Slide } from './slides';

export interface DeckChoice {
  /** Entry ids in the order chosen; entries not listed keep their default place after these. */
  order: string[];
  /** Entry ids left out. */
  hidden: string[];
}

/** One chooser entry per slide, and one for the whole community round. */
export interface DeckEntry {
  id: string;
  title: string;
  slides: number;
}

const entryOf = (slide: Slide) => (slide.kind === 'round' ? ROUND_ID : slide.id);

export function deckEntries(slides: readonly Slide[]): DeckEntry[] {
  const entries: DeckEntry[] = [];
  for (const slide of slides) {
    const id = entryOf(slide);
    const existing = entries.find((e) => e.id === id);
    if (existing) existing.slides += 1;
    else entries.push({ id, title: slide.kind === 'round' ? '社区轮讲（每个社区一页）' : slide.title, slides: 1 });
  }
  return entries;
}

/** Entries in the chosen order (unknown ones in their default place after), without the hidden ones. */
export function orderedEntries(entries: readonly DeckEntry[], choice: DeckChoice): Array<DeckEntry & { shown: boolean }> {
  const known = choice.order.filter((id) => entries.some((e) => e.id === id));
  const rest = entries.filter((e) => !known.includes(e.id)).map((e) => e.id);
  return [...known, ...rest].map((id) => ({ ...(entries.find((e) => e.id === id) as DeckEntry), shown: !choice.hidden.includes(id) }));
}

/** The slides to present: the chosen entries, in the chosen order; an entry with no slides (a round with no communities) is skipped. */
export function chosenSlides(slides: readonly Slide[], choice: DeckChoice): Slide[] {
  return orderedEntries(deckEntries(slides), choice)
    .filter((e) => e.shown)
    .flatMap((e) => slides.filter((s) => entryOf(s) === e.id));
}

/** The community round is off until the presenter asks for it. */
export const DEFAULT_CHOICE: DeckChoice = { order: [], hidden: [ROUND_ID] };

const StoredChoice = z.object({ order: z.array(z.string()), hidden: z.array(z.string()) });

/**
 * A remembered choice as read back from the browser, or the default when it is not one: storage
 * outlives releases and can be edited by hand, and a wrong shape would break the deck on every load.
 */
export function readChoice(stored: unknown): DeckChoice {
  const parsed = StoredChoice.safeParse(stored);
  return parsed.success ? { order: parsed.data.order, hidden: parsed.data.hidden } : DEFAULT_CHOICE;
}

interface DeckChoiceStore extends DeckChoice {
  setChoice: (choice: DeckChoice) => void;
}

export const useDeckChoice = create<DeckChoiceStore>()(
  persist((set) => ({ ...DEFAULT_CHOICE, setChoice: (choice) => set(choice) }), {
    name: 'deck-choice',
    // 1: read through readChoice. Version 0 stored the same shape unchecked; migrating rewrites it
    // (the default when it was not a choice).
    version: 1,
    migrate: readChoice,
    merge: (stored, current) => ({ ...current, ...readChoice(stored) }),
    partialize: ({ order, hidden }) => ({ order, hidden }),
  }),
);
