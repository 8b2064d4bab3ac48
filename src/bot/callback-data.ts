// Callback data is `<feature>:<action>:<payload>`, at most 64 bytes (Telegram's limit).
// Every payload is parsed and validated; anything that does not parse is treated as stale or
// forged and gets a polite answer (the handler's own, or the fallback in features/help.ts),
// never a crash. Codecs live with their keyboards (keyboards/*.ts).
const MAX_BYTES = 64;

export type CallbackCodec<T> = {
  /** Matches this codec's callback data, for bot.callbackQuery(). */
  readonly filter: RegExp;
  pack(value: T): string;
  /** The payload, or undefined when it is malformed. */
  unpack(data: string | undefined): T | undefined;
};

export function callbackCodec<T>(
  feature: string,
  action: string,
  payload: { encode(value: T): string; decode(raw: string): T | undefined },
): CallbackCodec<T> {
  const prefix = `${feature}:${action}:`;
  return {
    filter: new RegExp(`^${feature}:${action}:`),
    pack(value) {
      const data = prefix + payload.encode(value);
      if (Buffer.byteLength(data) > MAX_BYTES) throw new Error(`callback data over ${MAX_BYTES} bytes: ${prefix}`);
      return data;
    },
    unpack(data) {
      if (!data?.startsWith(prefix) || Buffer.byteLength(data) > MAX_BYTES) return undefined;
      return payload.decode(data.slice(prefix.length));
    },
  };
}

/** A payload that must be one of a fixed set of strings. */
export const oneOf = <T extends string>(values: readonly T[]) => ({
  encode: (value: T) => value,
  decode: (raw: string) => (values as readonly string[]).includes(raw) ? (raw as T) : undefined,
});

/** A payload that is a database id (a positive integer). */
export const positiveId = {
  encode: (value: number) => String(value),
  decode: (raw: string) => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : undefined),
};
