// Downloading a file a user sent, as Telegram serves it: getFile gives a path, the bytes are at
// <apiRoot>/file/bot<token>/<path> (the configured BOT_API_ROOT and the bot's own fetch).
// Telegram's cloud Bot API hands out files up to 20 MB; above that getFile answers 400 "file is
// too big".
import { GrammyError, type Api } from "grammy";

export class FileTooBigError extends Error {
  constructor() {
    super("file is too big");
    this.name = "FileTooBigError";
  }
}

export async function downloadFile(api: Api, fileId: string, maxBytes: number): Promise<Uint8Array> {
  let path: string | undefined;
  try {
    const file = await api.getFile(fileId);
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileTooBigError();
    path = file.file_path;
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 400 && /too big/i.test(error.description)) throw new FileTooBigError();
    throw error;
  }
  if (!path) throw new Error("getFile gave no file_path");
  const root = (api.options?.apiRoot ?? "https://api.telegram.org").replace(/\/$/, "");
  const fetchFile = (api.options?.fetch as unknown as typeof fetch | undefined) ?? fetch;
  const response = await fetchFile(`${root}/file/bot${api.token}/${path}`);
  if (!response.ok) throw new Error(`file download failed: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new FileTooBigError();
  return bytes;
}
