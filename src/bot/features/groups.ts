// Treffpunkt talks to people one to one. In groups it answers commands with a pointer to the
// private chat and otherwise stays silent, so it never spams a group.
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export function groupsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer
    .chatType(["group", "supergroup"])
    .on("message::bot_command", (ctx) =>
      ctx.reply(ctx.t("groups-private-only", { botUsername: `@${ctx.me.username}` }), {
        reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
      }),
    );
  return composer;
}
