import "server-only";

// A bound on how deeply a JSON body may nest. JSON.parse copes with thousands of levels,
// but every later JSON.stringify (the event API, the outbound relay) recurses once per level
// and overflows the stack far below the 1 MiB body limit: 5,000 nested objects were stored
// with a 202 and then answered 500 on GET …/events/{id}. Real webhook payloads nest a few
// dozen levels at most.
export const MAX_JSON_DEPTH = 256;

/** The deepest nesting of arrays and objects in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
