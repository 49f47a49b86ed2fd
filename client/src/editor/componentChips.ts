import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { componentById } from '@roundtable/shared';
import { listClauses } from './clauses';

const key = new PluginKey('clauseComponentChips');

function chips(titles: string[]): HTMLElement {
  const wrapper = document.createElement('p');
  wrapper.className = 'clause-chips';
  wrapper.contentEditable = 'false';
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = 'Covers: ';
  wrapper.append(label);
  for (const title of titles) {
    const chip = document.createElement('span');
    chip.className = 'clause-chip';
    chip.textContent = title;
    wrapper.append(chip);
  }
  return wrapper;
}

/** Shows, above each clause heading, which toolkit components the clause covers. */
export const ClauseComponentChips = Extension.create({
  name: 'clauseComponentChips',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        props: {
          decorations(state) {
            const decorations = listClauses(state.doc).flatMap((clause) => {
              const titles = clause.componentIds.map((id) => componentById(id)?.title ?? id);
              if (titles.length === 0) return [];
              return [
                Decoration.widget(clause.pos + 1, () => chips(titles), {
                  side: -1,
                  key: `chips:${clause.id}:${clause.componentIds.join(' ')}`,
                  ignoreSelection: true,
                }),
              ];
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
