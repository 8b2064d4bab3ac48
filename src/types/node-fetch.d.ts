// node-fetch 2 is what grammY uses on Node; we only need its call signature (see bot/telegram-fetch.ts).
declare module "node-fetch" {
  const fetch: typeof globalThis.fetch;
  export default fetch;
}
