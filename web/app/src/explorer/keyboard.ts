import { walk, type Walk, type WalkKey } from '../graph/keyboard-walk.ts';
import type { Explorer } from './explorer.svelte.ts';

/**
 * The explorer's keys, shared by the canvas and the list: arrows walk along citations, Enter or E
 * expands, Delete hides, C collapses, P pins, Ctrl+Z undoes, Escape clears the selection.
 * Returns the id to bring into view, or null when the key was not ours.
 */
export function createKeyHandler(explorer: Explorer, reveal: (id: string) => void) {
  let last: Walk | null = null;
  return (event: KeyboardEvent): void => {
    const selected = explorer.selection?.kind === 'node' ? explorer.selection.id : null;
    const key = event.key;
    if (key === 'ArrowRight' || key === 'ArrowLeft' || key === 'ArrowDown' || key === 'ArrowUp') {
      const step = walk(explorer.graph, selected, last, key as WalkKey);
      last = step.walk;
      if (step.selected && step.selected !== selected) {
        explorer.select(step.selected);
        reveal(step.selected);
        if (step.walk && step.walk.options.length > 1) explorer.say(`${explorer.announcement} ${step.walk.index + 1} of ${step.walk.options.length}; up and down for the others.`);
      } else if (step.blocked) explorer.say(step.blocked);
    } else if ((key === 'z' || key === 'Z') && (event.ctrlKey || event.metaKey)) explorer.undo();
    else if (!selected) {
      if (key !== 'Escape') return;
    } else if (key === 'Enter' || key === 'e') void explorer.expand(selected);
    else if (key === 'Delete' || key === 'Backspace') {
      explorer.remove([selected]);
      explorer.say('Removed from the canvas. Ctrl+Z brings it back.');
    } else if (key === 'c') explorer.collapse(selected);
    else if (key === 'p') explorer.pin(selected);
    else if (key === 'Escape') explorer.select(null);
    else return;
    event.preventDefault();
  };
}
