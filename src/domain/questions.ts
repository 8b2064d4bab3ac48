// "Ask the organiser": a resident's question reaches the staff of the offer's organization (or
// the city's admins for a general question) and their answer comes back, each in their own
// language: a thread. Where a question goes: the organization's linked staff group (/linkgroup),
// else each of its staff members' private chats; with nobody there, the city. Every copy is an
// outbox row (kinds "question-*") whose user is the resident and whose chat is the recipient's:
// erasing the resident takes the rows with them, and the transport renders each copy from the
// thread at send time, so no row but the thread's own holds the resident's text. A copy the bot
// sent is recorded (QuestionRelay: chat, message id): a reply to it in that chat belongs to its
// thread, and only there. Staff are shown the resident as "Resident #<thread>" and their
// language, never a Telegram name or id unless the resident chose to share their first name.
// Only the thread's texts go to the translation provider, never cached.
import { DateTime } from "luxon";
import type { Db } from "../db/index.ts";
import { requireAdmin, requireStaffOf, type Actor, type Actors } from "./actors.ts";
import { afterQuietHours, type QuietHours } from "./announcements.ts";
import type { AuditService } from "./audit.ts";
import type { Clock } from "./clock.ts";
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from "./errors.ts";
import { isLocale, type Locale } from "./locales.ts";
import type { Logger } from "./logger-port.ts";
import type { MachineTranslationService } from "./machine-translation.ts";
import { PRIORITY } from "./outbox.ts";
import { pickTranslation } from "./translations.ts";

/** Outbox kinds of a question's copies; src/bot/question-transport.ts renders them. */
export const QUESTION_KINDS = {
  /** A resident's question or follow-up, to a staff group or a staff member. */
  toStaff: "question-to-staff",
  /** A staff member's answer, to the resident. */
  toResident: "question-answer",
  /** An unanswered question, again, after the reply time. */
  reminder: "question-reminder",
} as const;
export const isQuestionKind = (kind: string) => kind.startsWith("question-");

/** Most questions a resident may have waiting for an answer at once. */
export const MAX_OPEN_QUESTIONS = 3;
/** Most characters of one message of a thread. */
export const MAX_QUESTION_CHARS = 2000;
/** QUESTION_RETENTION_DAYS when left out. */
export const DEFAULT_QUESTION_RETENTION_DAYS = 90;
/** The reply time when an organization states none. */
export const DEFAULT_REPLY_DAYS = 2;
/** The longest reply time an organization may state. */
export const MAX_REPLY_DAYS = 30;

export class QuestionError extends DomainError {
  constructor(code: "ask-limit" | "ask-blocked" | "ask-empty" | "ask-too-long" | "ask-gone") {
    super(code);
  }
}

export type QuestionsDeps = {
  db: Db;
  clock: Clock;
  actors: Actors;
  audit: AuditService;
  translation: MachineTranslationService;
  adminIds: readonly bigint[];
  quietHours: QuietHours;
  timezone: string;
  defaultLocale: string;
  /** Days a thread is kept after its last message (QUESTION_RETENTION_DAYS). */
  retentionDays?: number;
  wake: () => void;
  log?: Logger;
};

/** The payload of a question's outbox row: which message of which thread. */
export type QuestionPayload = { threadId: number; messageId: number | null };

/** Where a copy goes: a chat and the language it is read in. */
type Target = { chatId: bigint; locale: string };

/** Why a reply was not passed on (the sender is told). */
export type ReplyRefusal = "not-staff" | "erased" | "not-asker" | "blocked";

export type ReplyOutcome =
  | { kind: "none" }
  | { kind: "answered"; residentNumber: number; residentLocale: string; delivered: boolean }
  | { kind: "followed-up"; threadId: number }
  | { kind: "refused"; reason: ReplyRefusal };

/** What the transport shows for one copy. */
export type QuestionCopy = {
  kind: string;
  threadId: number;
  residentNumber: number;
  residentLocale: string;
  sharedName: string | null;
  organizationName: string | null;
  offerTitle: string | null;
  replyDays: number;
  status: "OPEN" | "ANSWERED" | "DONE";
  /** The message: null for a reminder, or when it was erased. */
  message: null | {
    id: number;
    followUp: boolean;
    original: string;
    locale: string;
    /** In the recipient's language, when it is another and the provider translated it. */
    translated: string | null;
    provider: string | null;
  };
  /** The resident erased their data: staff see "deleted". */
  erased: boolean;
};

const clean = (text: string): string => {
  const trimmed = text.replace(/\r\n?/g, "\n").trim();
  if (!trimmed) throw new QuestionError("ask-empty");
  if (Array.from(trimmed).length > MAX_QUESTION_CHARS) throw new QuestionError("ask-too-long");
  return trimmed;
};

/** `days` working days (Monday to Friday) after `from`, in the bot's time zone. */
export function addWorkingDays(from: Date, days: number, timezone: string): Date {
  let at = DateTime.fromJSDate(from, { zone: timezone });
  for (let left = days; left > 0; ) {
    at = at.plus({ days: 1 });
    if (at.weekday <= 5) left--;
  }
  return at.toJSDate();
}

export function createQuestionsService(deps: QuestionsDeps) {
  const { db, clock, actors, audit, translation, quietHours, timezone, defaultLocale, wake, log } = deps;
  const retentionDays = deps.retentionDays ?? DEFAULT_QUESTION_RETENTION_DAYS;
  const admins = new Set(deps.adminIds);

  const localeOf = (user: { locale: string | null; telegramLocale: string | null }) => user.locale ?? user.telegramLocale ?? defaultLocale;

  /** Who gets a thread's copies: the group, else the staff, else the city's group or admins. */
  async function targetsOf(organizationId: number | null): Promise<Target[]> {
    if (organizationId !== null) {
      const group = await db.staffGroup.findUnique({ where: { organizationId } });
      if (group) return [{ chatId: group.chatId, locale: group.locale }];
      const staff = await db.user.findMany({
        where: { organizationId, role: { in: ["STAFF", "ADMIN"] }, blockedAt: null, deletedAt: null },
        select: { telegramId: true, locale: true, telegramLocale: true },
        orderBy: { id: "asc" },
      });
      if (staff.length) return staff.map((u) => ({ chatId: u.telegramId, locale: localeOf(u) }));
    }
    const cityGroup = await db.staffGroup.findFirst({ where: { organizationId: null }, orderBy: { id: "desc" } });
    if (cityGroup) return [{ chatId: cityGroup.chatId, locale: cityGroup.locale }];
    const people = await db.user.findMany({
      where: { OR: [{ role: "ADMIN" }, { telegramId: { in: [...admins] } }], blockedAt: null, deletedAt: null },
      select: { telegramId: true, locale: true, telegramLocale: true },
      orderBy: { id: "asc" },
    });
    return people.map((u) => ({ chatId: u.telegramId, locale: localeOf(u) }));
  }

  /** Machine translations of one text into the languages that need it (none without a provider). */
  async function translate(text: string, source: string, targets: readonly string[]): Promise<{ translations: Record<string, string>; provider: string | null }> {
    const wanted = [...new Set(targets)].filter((l): l is Locale => isLocale(l) && l !== source);
    if (!translation.providerName || !wanted.length || !isLocale(source)) return { translations: {}, provider: null };
    const results = await translation.translate({ source, fields: { text }, targets: wanted, limits: { text: MAX_QUESTION_CHARS * 2 }, cache: false });
    const translations: Record<string, string> = {};
    for (const r of results) if (r.ok && r.fields.text) translations[r.locale] = r.fields.text;
    return { translations, provider: Object.keys(translations).length ? translation.providerName : null };
  }

  /** Queues one copy per target; the resident is the row's user, so their erasure takes it along. */
  async function queue(kind: string, residentId: number, payload: QuestionPayload, targets: { chatId: bigint | null; locale: string }[]): Promise<number> {
    if (!targets.length) return 0;
    const now = clock.now();
    const notBefore = afterQuietHours(now, quietHours, timezone);
    await db.delivery.createMany({
      data: targets.map((t) => ({ kind, priority: PRIORITY.notice, payload, userId: residentId, chatId: t.chatId, locale: t.locale, notBefore })),
    });
    log?.info({ kind, threadId: payload.threadId, copies: targets.length, deferred: notBefore > now }, "question copies queued");
    if (notBefore.getTime() <= now.getTime()) wake();
    return targets.length;
  }

  /** The staff of a thread's organization may act on it; admins on every thread (the city's only they). */
  function requireThreadStaff(actor: Actor, thread: { organizationId: number | null }, action: string): void {
    if (thread.organizationId === null) requireAdmin(actor, action);
    else requireStaffOf(actor, thread.organizationId, action);
  }

  async function isBlocked(organizationId: number | null, residentId: number): Promise<boolean> {
    return (await db.questionBlock.count({ where: { organizationId, residentId } })) > 0;
  }

  async function relayToStaff(thread: { id: number; organizationId: number | null; residentId: number; locale: string }, text: string): Promise<number> {
    const targets = await targetsOf(thread.organizationId);
    const { translations, provider } = await translate(
      text,
      thread.locale,
      targets.map((t) => t.locale),
    );
    const message = await db.questionMessage.create({
      data: { threadId: thread.id, direction: "TO_STAFF", text, locale: thread.locale, translations, provider },
      select: { id: true },
    });
    await queue(QUESTION_KINDS.toStaff, thread.residentId, { threadId: thread.id, messageId: message.id }, targets);
    return message.id;
  }

  async function followUp(thread: { id: number; organizationId: number | null; residentId: number | null; locale: string }, userId: number, text: string): Promise<ReplyOutcome> {
    if (thread.residentId !== userId) return { kind: "refused", reason: "not-asker" };
    if (await isBlocked(thread.organizationId, userId)) return { kind: "refused", reason: "blocked" };
    const body = clean(text);
    await db.questionThread.update({ where: { id: thread.id }, data: { status: "OPEN", askedAt: clock.now(), remindedAt: null } });
    await relayToStaff({ ...thread, residentId: userId }, body);
    return { kind: "followed-up", threadId: thread.id };
  }

  async function answer(
    thread: { id: number; organizationId: number | null; residentId: number | null; locale: string; erasedAt: Date | null },
    actorUserId: number,
    text: string,
    source: string,
  ): Promise<ReplyOutcome> {
    let actor: Actor;
    try {
      actor = await actors.load(actorUserId);
      requireThreadStaff(actor, thread, "questions.answer");
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      await audit.record({ actorUserId, action: "access.denied", targetType: "questions.answer", targetId: thread.id, details: { action: "questions.answer" } }).catch(() => undefined);
      return { kind: "refused", reason: "not-staff" };
    }
    if (thread.erasedAt || thread.residentId === null) return { kind: "refused", reason: "erased" };
    const body = clean(text);
    const { translations, provider } = await translate(body, source, [thread.locale]);
    const message = await db.questionMessage.create({
      data: { threadId: thread.id, direction: "TO_RESIDENT", authorId: actor.userId, text: body, locale: source, translations, provider },
      select: { id: true },
    });
    await db.questionThread.update({ where: { id: thread.id }, data: { status: "ANSWERED", answeredAt: clock.now() } });
    const resident = await db.user.findUnique({ where: { id: thread.residentId }, select: { blockedAt: true } });
    const delivered = !!resident && !resident.blockedAt;
    if (delivered) await queue(QUESTION_KINDS.toResident, thread.residentId, { threadId: thread.id, messageId: message.id }, [{ chatId: null, locale: thread.locale }]);
    return { kind: "answered", residentNumber: thread.id, residentLocale: thread.locale, delivered };
  }

  const threadSelect = { id: true, organizationId: true, residentId: true, locale: true, erasedAt: true, status: true } as const;

  async function prepare(userId: number, offerId: number | null): Promise<{ organizationName: string | null; replyDays: number; offerTitle: string | null }> {
      const offer = offerId === null ? null : await db.offer.findUnique({ where: { id: offerId }, include: { organization: true, translations: { select: { locale: true, title: true } } } });
      if (offerId !== null && !offer) throw new NotFoundError("offer");
      const organizationId = offer?.organizationId ?? null;
      if (await isBlocked(organizationId, userId)) throw new QuestionError("ask-blocked");
      const open = await db.questionThread.count({ where: { residentId: userId, status: "OPEN" } });
      if (open >= MAX_OPEN_QUESTIONS) throw new QuestionError("ask-limit");
      const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true, telegramLocale: true } });
      return {
        organizationName: offer?.organization.name ?? null,
        replyDays: offer?.organization.replyDays ?? DEFAULT_REPLY_DAYS,
        offerTitle: offer ? (pickTranslation(offer.translations, user ? localeOf(user) : defaultLocale, offer.sourceLocale)?.title ?? null) : null,
      };
  }

  return {
    /** Before asking: whom the question goes to and the reply time; refuses a blocked or busy resident. */
    prepare,

    /** A resident asks about an offer (its organization) or, without one, the city. */
    async ask(input: { userId: number; offerId: number | null; text: string; shareName: boolean }): Promise<{ threadId: number; replyDays: number; organizationName: string | null }> {
      const { organizationName, replyDays } = await prepare(input.userId, input.offerId);
      const body = clean(input.text);
      const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { locale: true, telegramLocale: true, firstName: true } });
      const offer = input.offerId === null ? null : await db.offer.findUniqueOrThrow({ where: { id: input.offerId }, select: { organizationId: true } });
      const now = clock.now();
      const thread = await db.questionThread.create({
        data: {
          residentId: input.userId,
          organizationId: offer?.organizationId ?? null,
          offerId: input.offerId,
          locale: localeOf(user),
          sharedName: input.shareName ? (user.firstName ?? null) : null,
          askedAt: now,
        },
        select: { id: true, organizationId: true, locale: true },
      });
      await relayToStaff({ ...thread, residentId: input.userId }, body);
      log?.info({ threadId: thread.id, organizationId: thread.organizationId }, "question asked");
      return { threadId: thread.id, replyDays, organizationName };
    },

    /**
     * A reply to one of the bot's messages in `chatId` by `actorUserId`: a staff answer when the
     * message was a copy for staff, a follow-up when it was the resident's answer, "none" when
     * the bot never relayed that message in that chat (a forged or stray reply reaches nobody).
     */
    async reply(input: { actorUserId: number; chatId: bigint; replyToMessageId: number; text: string; locale: string }): Promise<ReplyOutcome> {
      const relay = await db.questionRelay.findUnique({
        where: { chatId_telegramMessageId: { chatId: input.chatId, telegramMessageId: input.replyToMessageId } },
        include: { thread: { select: threadSelect }, message: { select: { direction: true } } },
      });
      if (!relay) return { kind: "none" };
      // A copy for the resident is answered by the resident; anything else is a staff copy.
      const residentCopy = relay.message?.direction === "TO_RESIDENT";
      if (residentCopy) return followUp(relay.thread, input.actorUserId, input.text);
      const group = await db.staffGroup.findUnique({ where: { chatId: input.chatId }, select: { locale: true } });
      return answer(relay.thread, input.actorUserId, input.text, group?.locale ?? input.locale);
    },

    /** The resident writes again in their thread (the "↩️ Reply" button). */
    async followUp(input: { userId: number; threadId: number; text: string }): Promise<ReplyOutcome> {
      const thread = await db.questionThread.findUnique({ where: { id: input.threadId }, select: threadSelect });
      if (!thread) throw new NotFoundError("question");
      return followUp(thread, input.userId, input.text);
    },

    /** For the resident: the original of a staff answer in their thread. */
    async original(userId: number, messageId: number): Promise<{ text: string; locale: string }> {
      const message = await db.questionMessage.findUnique({ where: { id: messageId }, include: { thread: { select: { residentId: true } } } });
      if (!message || message.thread.residentId !== userId || message.text === null) throw new NotFoundError("question message");
      return { text: message.text, locale: message.locale };
    },

    /** Staff mark a thread done (no more reminders). */
    async markDone(actorUserId: number, threadId: number): Promise<{ residentNumber: number }> {
      const thread = await db.questionThread.findUnique({ where: { id: threadId }, select: threadSelect });
      if (!thread) throw new NotFoundError("question");
      requireThreadStaff(await actors.load(actorUserId), thread, "questions.markDone");
      await db.questionThread.update({ where: { id: threadId }, data: { status: "DONE" } });
      return { residentNumber: threadId };
    },

    /** Staff block the thread's resident from asking their organization (the city, for admins); audited. */
    async blockAsker(actorUserId: number, threadId: number): Promise<{ residentNumber: number }> {
      const thread = await db.questionThread.findUnique({ where: { id: threadId }, select: threadSelect });
      if (!thread) throw new NotFoundError("question");
      requireThreadStaff(await actors.load(actorUserId), thread, "questions.blockAsker");
      if (thread.residentId !== null && !(await isBlocked(thread.organizationId, thread.residentId))) {
        await db.questionBlock.create({ data: { organizationId: thread.organizationId, residentId: thread.residentId, blockedById: actorUserId } });
      }
      await db.questionThread.update({ where: { id: threadId }, data: { status: "DONE" } });
      await audit.record({ actorUserId, action: "question.blocked", targetType: "question", targetId: threadId, organizationId: thread.organizationId });
      return { residentNumber: threadId };
    },

    /**
     * /linkgroup in a group: staff link it to their organization; an admin without an
     * organization (or asking for the city) links the city's group. The group's language is the
     * linking person's. A chat linked before is moved; the organization's old group is replaced.
     */
    async linkGroup(input: { actorUserId: number; chatId: bigint; title: string | null; locale: string; city?: boolean }): Promise<{ scope: "organization" | "city"; organizationName: string | null }> {
      const actor = await actors.load(input.actorUserId);
      const city = input.city === true || (actor.role === "ADMIN" && actor.organizationId === null);
      if (city) requireAdmin(actor, "questions.linkGroup");
      else if (actor.organizationId === null || actor.role === "RESIDENT") throw new ForbiddenError("questions.linkGroup");
      const organizationId = city ? null : actor.organizationId!;
      const locale = isLocale(input.locale) ? input.locale : defaultLocale;
      await db.$transaction([
        db.staffGroup.deleteMany({ where: city ? { OR: [{ chatId: input.chatId }, { organizationId: null }] } : { OR: [{ chatId: input.chatId }, { organizationId }] } }),
        db.staffGroup.create({ data: { chatId: input.chatId, organizationId, locale, title: input.title?.slice(0, 128) ?? null, linkedById: actor.userId, linkedAt: clock.now() } }),
      ]);
      await audit.record({ actorUserId: actor.userId, action: "question.group-linked", targetType: city ? "city" : "organization", targetId: organizationId ?? undefined, organizationId });
      const organization = organizationId === null ? null : await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
      return { scope: city ? "city" : "organization", organizationName: organization?.name ?? null };
    },

    /** Staff state their organization's reply time (working days, 1 to MAX_REPLY_DAYS); audited. */
    async setReplyDays(actorUserId: number, days: number): Promise<{ organizationName: string; days: number }> {
      const actor = await actors.load(actorUserId);
      if (actor.organizationId === null) throw new ForbiddenError("questions.setReplyDays");
      requireStaffOf(actor, actor.organizationId, "questions.setReplyDays");
      if (!Number.isInteger(days) || days < 1 || days > MAX_REPLY_DAYS) throw new ValidationError("reply days");
      const organization = await db.organization.update({ where: { id: actor.organizationId }, data: { replyDays: days }, select: { name: true } });
      await audit.record({ actorUserId, action: "organization.edited", targetType: "organization", targetId: actor.organizationId, details: { replyDays: days } });
      return { organizationName: organization.name, days };
    },

    /** For admins' /stats: open and answered threads per organization (null: the city). */
    async adminCounts(actorUserId: number): Promise<{ organizationId: number | null; name: string | null; open: number; answered: number }[]> {
      requireAdmin(await actors.load(actorUserId), "questions.adminCounts");
      const groups = await db.questionThread.groupBy({ by: ["organizationId", "status"], where: { status: { in: ["OPEN", "ANSWERED"] } }, _count: { _all: true } });
      const ids = [...new Set(groups.map((g) => g.organizationId).filter((id): id is number => id !== null))];
      const names = new Map((await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
      const rows = new Map<number | null, { organizationId: number | null; name: string | null; open: number; answered: number }>();
      for (const g of groups) {
        const row = rows.get(g.organizationId) ?? { organizationId: g.organizationId, name: g.organizationId === null ? null : (names.get(g.organizationId) ?? null), open: 0, answered: 0 };
        if (g.status === "OPEN") row.open += g._count._all;
        else row.answered += g._count._all;
        rows.set(g.organizationId, row);
      }
      return [...rows.values()].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
    },

    // System work (jobServices): the transport and the scheduler.

    /** What one outbox row shows, rendered at send time; null when there is nothing left to send. */
    async copy(kind: string, payload: unknown, recipientLocale: string): Promise<QuestionCopy | null> {
      const { threadId, messageId } = payload as QuestionPayload;
      const thread = await db.questionThread.findUnique({
        where: { id: threadId },
        include: { organization: { select: { name: true, replyDays: true } }, offer: { select: { sourceLocale: true, translations: { select: { locale: true, title: true } } } } },
      });
      if (!thread) return null;
      const message =
        messageId === null
          ? await db.questionMessage.findFirst({ where: { threadId, direction: "TO_STAFF" }, orderBy: { id: "desc" } })
          : await db.questionMessage.findUnique({ where: { id: messageId } });
      const earlier = message ? await db.questionMessage.count({ where: { threadId, direction: "TO_STAFF", id: { lt: message.id } } }) : 0;
      const translations = (message?.translations ?? {}) as Record<string, string>;
      return {
        kind,
        threadId,
        residentNumber: thread.id,
        residentLocale: thread.locale,
        sharedName: thread.sharedName,
        organizationName: thread.organization?.name ?? null,
        offerTitle: thread.offer ? (pickTranslation(thread.offer.translations, recipientLocale, thread.offer.sourceLocale)?.title ?? null) : null,
        replyDays: thread.organization?.replyDays ?? DEFAULT_REPLY_DAYS,
        status: thread.status,
        erased: thread.erasedAt !== null,
        message:
          message && message.text !== null
            ? {
                id: message.id,
                followUp: message.direction === "TO_STAFF" && earlier > 0,
                original: message.text,
                locale: message.locale,
                translated: message.locale === recipientLocale ? null : (translations[recipientLocale] ?? null),
                provider: message.provider,
              }
            : null,
      };
    },

    /** The transport sent a copy: a reply to it in that chat belongs to the thread. */
    async recordRelay(input: { threadId: number; messageId: number | null; chatId: bigint; telegramMessageId: number }): Promise<void> {
      await db.questionRelay.createMany({ data: [input], skipDuplicates: true });
    },

    /** Unanswered questions after their organization's reply time are sent to staff once more. */
    async remindUnanswered(now: Date): Promise<number> {
      const open = await db.questionThread.findMany({
        where: { status: "OPEN", remindedAt: null, residentId: { not: null }, erasedAt: null, askedAt: { lt: new Date(now.getTime() - 86_400_000) } },
        include: { organization: { select: { replyDays: true } } },
        orderBy: { id: "asc" },
        take: 500,
      });
      let reminded = 0;
      for (const thread of open) {
        const due = addWorkingDays(thread.askedAt, thread.organization?.replyDays ?? DEFAULT_REPLY_DAYS, timezone);
        if (due > now) continue;
        const claimed = await db.questionThread.updateMany({ where: { id: thread.id, remindedAt: null }, data: { remindedAt: now } });
        if (!claimed.count) continue;
        await queue(QUESTION_KINDS.reminder, thread.residentId!, { threadId: thread.id, messageId: null }, await targetsOf(thread.organizationId));
        reminded++;
      }
      return reminded;
    },

    /** Threads whose last message is older than QUESTION_RETENTION_DAYS go, with their copies' records. */
    async purge(now: Date): Promise<number> {
      const before = new Date(now.getTime() - retentionDays * 86_400_000);
      const old = await db.questionThread.findMany({
        where: { askedAt: { lt: before }, OR: [{ answeredAt: null }, { answeredAt: { lt: before } }] },
        select: { id: true },
      });
      if (!old.length) return 0;
      const ids = old.map((t) => t.id);
      await db.questionThread.deleteMany({ where: { id: { in: ids } } });
      return ids.length;
    },

    /** For "Download my data": the resident's threads with every message. */
    async exportFor(userId: number) {
      const threads = await db.questionThread.findMany({
        where: { residentId: userId },
        orderBy: { id: "asc" },
        include: { organization: { select: { name: true } }, messages: { orderBy: { id: "asc" } } },
      });
      return threads.map((t) => ({
        question: t.id,
        to: t.organization?.name ?? "city",
        offerId: t.offerId,
        status: t.status,
        language: t.locale,
        sharedName: t.sharedName,
        askedAt: t.createdAt.toISOString(),
        messages: t.messages.map((m) => ({
          from: m.direction === "TO_STAFF" ? "you" : "staff",
          text: m.text,
          language: m.locale,
          machineTranslations: m.translations,
          at: m.createdAt.toISOString(),
        })),
      }));
    },

    /** For "Delete my data", before the user row goes: their texts go, the thread says "deleted". */
    eraseStatements(userId: number, telegramId: bigint) {
      return [
        // The copies the resident got were in their chat: that chat's id goes too.
        db.questionRelay.deleteMany({ where: { chatId: telegramId } }),
        db.questionMessage.updateMany({ where: { direction: "TO_STAFF", thread: { residentId: userId } }, data: { text: null, translations: {}, provider: null } }),
        db.questionMessage.updateMany({ where: { direction: "TO_RESIDENT", thread: { residentId: userId } }, data: { translations: {} } }),
        db.questionThread.updateMany({ where: { residentId: userId }, data: { erasedAt: clock.now(), sharedName: null, status: "DONE" } }),
      ];
    },
  };
}

export type QuestionsService = ReturnType<typeof createQuestionsService>;
