import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom leaves these out; react-router (and later yjs/lib0) need them.
if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// jsdom does no layout; ProseMirror asks for rectangles when it scrolls the caret into view.
const emptyRect = {
  x: 0,
  y: 0,
  width: 0,
  height: 0,
  top: 0,
  right: 0,
  bottom: 0,
  left: 0,
  toJSON: () => ({}),
};
const emptyRectList = Object.assign([], { item: () => null }) as unknown as DOMRectList;
if (typeof Range !== 'undefined') {
  Range.prototype.getClientRects ??= () => emptyRectList;
  Range.prototype.getBoundingClientRect ??= () => emptyRect as DOMRect;
}
if (typeof document !== 'undefined') {
  document.elementFromPoint ??= () => null;
}
