declare module 'efrt' {
  /** Unpacks an efrt-compressed word list into an object keyed by word. */
  export function unpack(packed: string): Record<string, unknown>;
}
