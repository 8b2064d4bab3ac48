// Importing a schedule file a staff member sent: read it -> the category and district for the
// whole file when it doesn't say -> the preview (new, changed, unchanged, every bad row) ->
// ✅ Import or ✖️ Cancel -> the result. The file is read again from Telegram (by its file_id)
// at each step that needs it, inside `external`, so only plain answers are stored and the
// conversation survives a restart.
import type { Conversation } from "@grammyjs/conversations";
import { checkCalendarUrl } from "../../domain/calendar-feeds.ts";
import type { ImportDefaults, ImportPreview, ImportResult } from "../../domain/schedule-import.ts";
import { DomainError } from "../../domain/errors.ts";
import { parseSchedule, type ScheduleFormat } from "../../import/index.ts";
import { IMPORT_LIMITS, ImportFileError } from "../../import/schedule.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { importCategoryKeyboard, importConfirmKeyboard, importDistrictKeyboard, IMPORT_PREFIX } from "../keyboards/import.ts";
import { isStaff } from "../roles.ts";
import { downloadFile, FileTooBigError } from "../telegram-files.ts";
import { renderPreview, renderResult } from "../views/import.ts";
import { openStaffConversation } from "./staff.ts";
import { attempt } from "./steps.ts";

export const IMPORT_CONVERSATION = "schedule-import";
export const CALENDAR_CONVERSATION = "calendar-set";

type Conv = Conversation<BotContext, BaseContext>;

/** The document as the feature saw it. */
export type ImportFile = { fileId: string; format: ScheduleFormat; name: string };

/** A step's outcome: its value, or why the file (or the domain) refused. */
type Outcome<T> = { ok: true; value: T } | { ok: false; key: string; args?: Record<string, number> };

export function createImportConversation({ timezone }: { timezone: string }) {
  /** Reads the file and runs `task` on it, with the file's and the domain's refusals as values. */
  const withFile = <T>(conversation: Conv, file: ImportFile, task: (outer: BotContext, parsed: Awaited<ReturnType<typeof parseSchedule>>) => Promise<T>) =>
    conversation.external(async (outer): Promise<Outcome<T>> => {
      try {
        const bytes = await downloadFile(outer.api, file.fileId, IMPORT_LIMITS.bytes);
        const parsed = await parseSchedule(bytes, file.format, { timezone, now: outer.clock.now() });
        return { ok: true, value: await task(outer, parsed) };
      } catch (error) {
        if (error instanceof FileTooBigError) return { ok: false, key: "import-file-too-big", args: { mb: IMPORT_LIMITS.bytes / 1024 / 1024 } };
        if (error instanceof ImportFileError) return { ok: false, key: `import-file-${error.code}`, args: { rows: IMPORT_LIMITS.rows, mb: IMPORT_LIMITS.bytes / 1024 / 1024 } };
        if (error instanceof DomainError) return { ok: false, key: `error-${error.code}` };
        throw error;
      }
    });

  return async function importSchedule(conversation: Conv, ctx: BaseContext, file: ImportFile): Promise<void> {
    const session = await openStaffConversation(conversation, ctx, { allowed: isStaff, prefix: IMPORT_PREFIX, cancelledKey: "import-cancelled", timeoutKey: "import-timeout" });
    if (!session) return;
    const { locale, actor, ask, picked, withCancel } = session;
    const t = ctx.t.bind(ctx);
    const fail = (outcome: { key: string; args?: Record<string, number> }) => ctx.reply(ctx.t(outcome.key, outcome.args));
    const preview = (defaults: ImportDefaults) => withFile(conversation, file, (outer, parsed) => outer.services.scheduleImport.preview(actor.id, parsed, defaults));

    await ctx.reply(ctx.t("import-reading"));
    const defaults: ImportDefaults = {};
    let seen: Outcome<ImportPreview> = await preview(defaults);
    if (!seen.ok) return void (await fail(seen));

    if (seen.value.needs.category) {
      const categories = await conversation.external((outer) => outer.services.catalog.listCategories(locale));
      defaults.categoryId = await ask(
        () => ctx.reply(ctx.t("import-ask-category"), { reply_markup: withCancel(importCategoryKeyboard(categories)) }),
        (u) => {
          const value = picked(u, "cat");
          return categories.some((c) => c.id === value) ? value : undefined;
        },
        (u) => u.t("signup-button-hint"),
      );
    }
    if (seen.value.needs.district) {
      const districts = await conversation.external((outer) => outer.services.catalog.listDistricts(locale));
      const choice = await ask(
        () => ctx.reply(ctx.t("import-ask-district"), { reply_markup: withCancel(importDistrictKeyboard(t, districts)) }),
        (u) => {
          const value = picked(u, "dist");
          return value === "none" || districts.some((d) => String(d.id) === value) ? value : undefined;
        },
        (u) => u.t("signup-button-hint"),
      );
      defaults.districtId = choice === "none" ? null : Number(choice);
    }
    if (defaults.categoryId !== undefined || defaults.districtId !== undefined) {
      seen = await preview(defaults);
      if (!seen.ok) return void (await fail(seen));
    }
    const work = seen.value.created + seen.value.changed + seen.value.cancelled;
    if (!work) return void (await ctx.reply(renderPreview(t, file.name, seen.value), { parse_mode: "HTML" }));
    await ask(
      () => ctx.reply(renderPreview(t, file.name, seen.value as ImportPreview), { parse_mode: "HTML", reply_markup: withCancel(importConfirmKeyboard(t)) }),
      (u) => picked(u, "go"),
      (u) => u.t("signup-button-hint"),
    );
    const done: Outcome<ImportResult> = await withFile(conversation, file, (outer, parsed) => outer.services.scheduleImport.apply(actor.id, parsed, defaults));
    if (!done.ok) return void (await fail(done));
    await ctx.reply(renderResult(t, done.value), { parse_mode: "HTML" });
  };
}

/**
 * Registering the organization's calendar: its address, then the category and district for its
 * events. Staff set their own organization's; admins (from /admin) pass the organization. An
 * address on a host that is not public is refused when it is saved.
 */
export function createCalendarConversation() {
  return async function setCalendar(conversation: Conv, ctx: BaseContext, organizationId?: number): Promise<void> {
    const session = await openStaffConversation(conversation, ctx, { allowed: isStaff, prefix: IMPORT_PREFIX, cancelledKey: "import-cancelled", timeoutKey: "import-timeout" });
    if (!session) return;
    const { locale, actor, ask, picked, withCancel } = session;
    const t = ctx.t.bind(ctx);
    const url = await ask(
      () => ctx.reply(ctx.t("import-calendar-ask-url"), { reply_markup: withCancel() }),
      (u) => {
        const text = u.message?.text?.trim();
        if (!text) return undefined;
        try {
          return checkCalendarUrl(text);
        } catch {
          return undefined;
        }
      },
      (u) => u.t("import-calendar-url-hint"),
    );
    const categories = await conversation.external((outer) => outer.services.catalog.listCategories(locale));
    const categoryId = await ask(
      () => ctx.reply(ctx.t("import-ask-category"), { reply_markup: withCancel(importCategoryKeyboard(categories)) }),
      (u) => {
        const value = picked(u, "cat");
        return categories.some((c) => c.id === value) ? value : undefined;
      },
      (u) => u.t("signup-button-hint"),
    );
    const districts = await conversation.external((outer) => outer.services.catalog.listDistricts(locale));
    const district = await ask(
      () => ctx.reply(ctx.t("import-ask-district"), { reply_markup: withCancel(importDistrictKeyboard(t, districts)) }),
      (u) => {
        const value = picked(u, "dist");
        return value === "none" || districts.some((d) => String(d.id) === value) ? value : undefined;
      },
      (u) => u.t("signup-button-hint"),
    );
    const saved = await attempt(conversation, (outer) =>
      outer.services.calendarFeeds.setCalendar(actor.id, { url, categoryId, districtId: district === "none" ? null : Number(district), ...(organizationId !== undefined ? { organizationId } : {}) }),
    );
    if (saved.ok) return void (await ctx.reply(ctx.t("import-calendar-saved")));
    // Loopback, a private network, the cloud's metadata address …: said plainly, with the host.
    if (saved.code === "calendar-address-private") return void (await ctx.reply(ctx.t("import-calendar-url-private", { host: new URL(url).hostname })));
    await ctx.reply(ctx.t(`error-${saved.code}`));
  };
}
