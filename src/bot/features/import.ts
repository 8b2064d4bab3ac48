// Schedule import for staff: a CSV, XLSX or .ics document sent in the private chat (or
// forwarded) starts the import conversation; /import sends the template as CSV and XLSX with
// its columns explained in the staff member's language. The domain checks the role and the
// organization again on every call.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InputFile } from "grammy";
import { SUPPORTED_LOCALES } from "../../domain/locales.ts";
import { formatOf } from "../../import/index.ts";
import { IMPORT_LIMITS } from "../../import/schedule.ts";
import { templateCsv, templateHeader, templateXlsx } from "../../import/template.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { startConversation } from "../conversations/enter.ts";
import { CALENDAR_CONVERSATION, createCalendarConversation, createImportConversation, IMPORT_CONVERSATION } from "../conversations/import.ts";
import { dateStyleOf, translateIn } from "../i18n.ts";
import { organizationCalendarKeyboard } from "../keyboards/admin.ts";
import { calendarButton, calendarKeyboard, organizationCalendarButton } from "../keyboards/import.ts";
import { notice, present } from "../messages.ts";
import { isAdmin, isStaff, restrictTo } from "../roles.ts";
import { renderOrganizationCalendar } from "../views/admin.ts";
import { explainColumn, renderCalendar, renderColumns } from "../views/import.ts";

export function importFeature({ timezone }: { timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(createConversation<BotContext, BaseContext>(createImportConversation({ timezone }), { id: IMPORT_CONVERSATION }));
  composer.use(createConversation<BotContext, BaseContext>(createCalendarConversation(), { id: CALENDAR_CONVERSATION }));
  const pm = composer.chatType("private");
  const staff = pm.filter(isStaff);

  /** The template's languages: German and English, and the staff member's own. */
  const templateLocales = async (ctx: BotContext) => [...new Set(["de", "en", await ctx.i18n.getLocale()])].filter((l) => (SUPPORTED_LOCALES as readonly string[]).includes(l));
  const languageName = (ctx: BotContext) => (locale: string) => ctx.i18n.fluent.translate(locale, "language-name", {});

  staff.command("import", async (ctx) => {
    const t = translateIn(ctx);
    const locales = await templateLocales(ctx);
    await ctx.reply(ctx.t("import-intro", { mb: IMPORT_LIMITS.bytes / 1024 / 1024, rows: IMPORT_LIMITS.rows }));
    await ctx.reply(renderColumns(t, templateHeader(locales), languageName(ctx)), { parse_mode: "HTML" });
    await ctx.replyWithDocument(new InputFile(templateCsv(locales), "treffpunkt-vorlage.csv"), { caption: ctx.t("import-template-csv") });
    const xlsx = await templateXlsx(locales, (column, locale) => explainColumn(t, column, locale ? languageName(ctx)(locale) : undefined), {
      data: ctx.t("import-sheet-offers"),
      help: ctx.t("import-sheet-columns"),
    });
    await ctx.replyWithDocument(new InputFile(xlsx, "treffpunkt-vorlage.xlsx"), { caption: ctx.t("import-template-xlsx") });
  });

  staff.on("message:document", async (ctx) => {
    const document = ctx.msg.document;
    const format = formatOf(document.file_name, document.mime_type);
    if (!format) return void (await ctx.reply(ctx.t("import-file-unknown-type")));
    if (document.file_size !== undefined && document.file_size > IMPORT_LIMITS.bytes) {
      return void (await ctx.reply(ctx.t("import-file-too-big", { mb: IMPORT_LIMITS.bytes / 1024 / 1024 })));
    }
    await startConversation(ctx, IMPORT_CONVERSATION, { fileId: document.file_id, format, name: document.file_name ?? format });
  });

  // The subscribed calendar, from /myoffers.
  const buttons = restrictTo(pm, isStaff);
  const showCalendar = async (ctx: BotContext) => {
    const status = await ctx.services.calendarFeeds.calendarStatus(ctx.user!.id);
    await present(ctx, renderCalendar(translateIn(ctx), status, await dateStyleOf(ctx, timezone)), calendarKeyboard(translateIn(ctx), status.url !== null));
  };
  buttons.button(calendarButton, "calendar", async (ctx, action) => {
    if (action === "set") {
      await notice(ctx);
      return startConversation(ctx, CALENDAR_CONVERSATION);
    }
    if (action === "remove") {
      await ctx.services.calendarFeeds.removeCalendar(ctx.user!.id);
      await notice(ctx, ctx.t("import-calendar-removed"));
    } else await notice(ctx);
    await showCalendar(ctx);
  });

  // An organization's calendar for admins, from /admin → the organization → 📅 Calendar. Handled
  // here, where the calendar conversation is registered (admins pass the organization to it);
  // "◀️ Back" is the admin feature's organization screen.
  const adminButtons = restrictTo(pm, isAdmin);
  const showOrganizationCalendar = async (ctx: BotContext, organizationId: number) => {
    const organization = (await ctx.services.staff.listOrganizations(ctx.user!.id)).find((o) => o.id === organizationId);
    if (!organization) return void (await notice(ctx, ctx.t("error-not-found")));
    const status = await ctx.services.calendarFeeds.calendarStatus(ctx.user!.id, organizationId);
    const t = translateIn(ctx);
    await present(ctx, renderOrganizationCalendar(t, organization, status, await dateStyleOf(ctx, timezone)), organizationCalendarKeyboard(t, organizationId, status.url !== null));
  };
  adminButtons.button(organizationCalendarButton, "organization calendar", async (ctx, { action, organizationId }) => {
    if (action === "set") {
      await notice(ctx);
      return startConversation(ctx, CALENDAR_CONVERSATION, organizationId);
    }
    if (action === "remove") {
      await ctx.services.calendarFeeds.removeCalendar(ctx.user!.id, organizationId);
      await notice(ctx, ctx.t("import-calendar-removed"));
    } else await notice(ctx);
    await showOrganizationCalendar(ctx, organizationId);
  });

  return composer;
}
