import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { useEditor, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { renderCaret } from './caret';
import type { CollabSession } from './useCollabSession';

interface Options {
  /** The Yjs XML fragment the editor is bound to. */
  fragment: string;
  /** The document's own extensions (schema, marks…); collaboration and carets are added here. */
  extensions: AnyExtension[];
  canEdit: boolean;
  userName: string;
  className: string;
  /** The accessible name of the text box. */
  label: string;
}

/**
 * A Tiptap editor bound to a live Yjs document, with other people's named carets. It is
 * editable only while the caller may write and the socket is not closed, and says so to
 * assistive technology (aria-readonly) as that changes.
 */
export function useCollabEditor(
  session: CollabSession,
  { fragment, extensions, canEdit, userName, className, label }: Options,
): { editor: Editor | null; editable: boolean } {
  const { doc, provider } = session;
  const editable = canEdit && session.status.kind !== 'closed';
  const editor = useEditor(
    {
      extensions: [
        ...extensions,
        Collaboration.configure({ document: doc, field: fragment }),
        // The server replaces name and colour with what it knows; these only fill the gap.
        CollaborationCaret.configure({
          provider,
          user: { name: userName, color: '#1f5f6b' },
          render: renderCaret,
        }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: className,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          ...(editable ? {} : { 'aria-readonly': 'true' }),
        },
        // The toolbar sticks to the top and the check hint to the bottom of the window: keep the
        // caret's line clear of both while typing, instead of under them.
        scrollMargin: { top: 180, bottom: 150, left: 8, right: 8 },
        scrollThreshold: { top: 180, bottom: 150, left: 8, right: 8 },
      },
    },
    [doc, provider],
  );

  useEffect(() => {
    if (!editor) return;
    editor.setEditable(editable);
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  return { editor, editable };
}
