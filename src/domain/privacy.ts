// A person's rights over their data (GDPR Art. 15, 17, 20): everything stored about them as
// one JSON document, and erasure. Erasure ends their sign-ups first so that their seats go to
// the waiting list, then deletes the user row, which takes subscriptions, deliveries and the
// sign-up history with it (ON DELETE CASCADE). What staff did stays in the audit log under
// the internal user id, which no longer leads to a person.
import type { Db } from "../db/index.ts";
import type { AuditService } from "./audit.ts";
import type { Clock } from "./clock.ts";
import { NotFoundError } from "./errors.ts";
import { BLOCKED_USER_MAX_AGE_DAYS, CONVERSATION_MAX_AGE_DAYS } from "./retention.ts";
import { DEFAULT_QUESTION_RETENTION_DAYS, type QuestionsService } from "./questions.ts";
import type { SignupsService } from "./signups.ts";
import { pickTranslation } from "./translations.ts";

/** Where the conversations plugin keeps a private chat's state (see bot/conversations/storage.ts). */
export const conversationKeyOf = (telegramId: bigint) => `conv:${telegramId}`;

export type PersonalDataExport = Awaited<ReturnType<PrivacyService["exportFor"]>>;
export type ErasureResult = { signupsCancelled: number };

/** What the privacy notice tells people; the retention job enforces the same numbers. */
export type PrivacyPolicy = Readonly<{
  /** Sign-ups are erased this many days after their date (RETENTION_DAYS). */
  retentionDays: number;
  blockedUserDays: number;
  conversationDays: number;
  /** Who answers questions about data protection (PRIVACY_CONTACT); undefined if not set. */
  contact: string | undefined;
  /**
   * The machine translation service texts written for the public (offers, announcements) are
   * sent to (TRANSLATE_PROVIDER); null when none is set. Never a resident's name, message or sign-up.
   */
  translationProvider: string | null;
  /** Question threads are erased this many days after their last message (QUESTION_RETENTION_DAYS). */
  questionDays: number;
}>;

export type PrivacyServiceDeps = {
  /** The resident's question threads: exported, and their texts erased (domain/questions.ts). */
  questions?: Pick<QuestionsService, "exportFor" | "eraseStatements">;
  db: Db;
  clock: Clock;
  signups: SignupsService;
  audit: AuditService;
  retentionDays: number;
  contact?: string;
  /** The translation provider's name (machine-translation.ts providerName); none when left out. */
  translationProvider?: string | null;
  /** QUESTION_RETENTION_DAYS, for the notice; 90 when left out. */
  questionDays?: number;
};

export function createPrivacyService({ db, clock, signups, audit, retentionDays, contact, translationProvider = null, questions, questionDays = DEFAULT_QUESTION_RETENTION_DAYS }: PrivacyServiceDeps) {
  const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
  const policy: PrivacyPolicy = Object.freeze({ retentionDays, blockedUserDays: BLOCKED_USER_MAX_AGE_DAYS, conversationDays: CONVERSATION_MAX_AGE_DAYS, contact, translationProvider, questionDays });

  return {
    policy,

    /** How many sign-ups erasing this user would cancel (the confirmation question says so). */
    async activeSignups(userId: number): Promise<number> {
      return db.signup.count({ where: { userId, status: { in: ["CONFIRMED", "WAITLISTED", "PENDING_GUARDIAN"] }, occurrence: { startsAt: { gt: clock.now() } } } });
    },

    /** Everything stored about one user, readable by them (labels in English, values as stored). */
    async exportFor(userId: number) {
      const user = await db.user.findUnique({
        where: { id: userId },
        include: {
          organization: { select: { name: true } },
          subscription: true,
          signups: { include: { occurrence: { include: { offer: { include: { translations: { select: { locale: true, title: true } } } } } } }, orderBy: { createdAt: "asc" } },
          guardianOf: { include: { occurrence: { include: { offer: { include: { translations: { select: { locale: true, title: true } } } } } } }, orderBy: { createdAt: "asc" } },
          deliveries: { orderBy: { id: "asc" } },
        },
      });
      if (!user) throw new NotFoundError("user");
      const [conversation, announcementsWritten, offersCreated, staffActions, questionThreads] = await Promise.all([
        db.conversationState.findUnique({ where: { key: conversationKeyOf(user.telegramId) } }),
        db.announcement.findMany({ where: { authorUserId: userId }, orderBy: { id: "asc" }, select: { id: true, createdAt: true, scheduledAt: true, status: true, texts: true } }),
        db.offer.findMany({ where: { createdByUserId: userId }, orderBy: { id: "asc" }, select: { id: true, createdAt: true, status: true, translations: { select: { locale: true, title: true } } } }),
        db.auditEntry.findMany({ where: { actorUserId: userId }, orderBy: { id: "asc" }, select: { createdAt: true, action: true, targetType: true, targetId: true } }),
        questions?.exportFor(userId) ?? [],
      ]);
      const title = (offer: { sourceLocale: string; translations: { locale: string; title: string }[] }) =>
        pickTranslation(offer.translations, user.locale, offer.sourceLocale)?.title ?? null;

      return {
        about: "Everything Treffpunkt stores about you (GDPR Art. 15 and 20).",
        exportedAt: clock.now().toISOString(),
        profile: {
          telegramId: user.telegramId.toString(),
          firstName: user.firstName,
          chosenLanguage: user.locale,
          telegramAppLanguage: user.telegramLocale,
          role: user.role,
          organization: user.organization?.name ?? null,
          firstContact: iso(user.createdAt),
          lastChange: iso(user.updatedAt),
          blockedBotAt: iso(user.blockedAt),
        },
        subscriptions: user.subscription && {
          announcementsOn: user.subscription.enabled,
          topics: user.subscription.topics,
          districtIds: user.subscription.districtIds,
          weeklyDigest: user.subscription.digest,
          askedAt: iso(user.subscription.askedAt),
          changedAt: iso(user.subscription.updatedAt),
        },
        signups: user.signups.map((s) => ({
          offer: title(s.occurrence.offer),
          offerId: s.occurrence.offerId,
          date: iso(s.occurrence.startsAt),
          status: s.status,
          seats: s.seats,
          childSeats: s.childSeats,
          nameOnList: s.listName,
          ageGroup: s.ageBand,
          attendance: s.attendance,
          signedUpAt: iso(s.createdAt),
          confirmedAt: iso(s.confirmedAt),
          cancelledAt: iso(s.cancelledAt),
          guardianAgreedAt: iso(s.guardianConfirmedAt),
          guardianLinkValidUntil: iso(s.guardianDeadline),
        })),
        // Sign-ups of young people this user answered for as parent: the child's name is theirs.
        guardianFor: user.guardianOf.map((s) => ({
          offer: title(s.occurrence.offer),
          date: iso(s.occurrence.startsAt),
          status: s.status,
          agreedAt: iso(s.guardianConfirmedAt),
        })),
        announcementsReceived: user.deliveries.filter((d) => !d.kind.startsWith("question-")).map((d) => ({ announcementId: d.announcementId, language: d.locale, status: d.status, sentAt: iso(d.sentAt) })),
        questions: questionThreads,
        conversationInProgress: conversation ? { lastStep: iso(conversation.updatedAt), state: conversation.state } : null,
        staff: {
          announcementsWritten: announcementsWritten.map((a) => ({ ...a, createdAt: iso(a.createdAt), scheduledAt: iso(a.scheduledAt) })),
          offersCreated: offersCreated.map((o) => ({ id: o.id, status: o.status, createdAt: iso(o.createdAt), titles: Object.fromEntries(o.translations.map((t) => [t.locale, t.title])) })),
          actions: staffActions.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
        },
      };
    },

    /**
     * Erases a user: active sign-ups are cancelled (the waiting list moves and is told), then
     * the user row and everything that hangs on it goes, and their conversation state.
     * Idempotent: erasing someone who is gone does nothing.
     */
    async erase(userId: number): Promise<ErasureResult> {
      const user = await db.user.findUnique({ where: { id: userId }, select: { telegramId: true } });
      if (!user) return { signupsCancelled: 0 };
      const signupsCancelled = await signups.withdrawAll(userId);
      await db.$transaction([
        ...(questions?.eraseStatements(userId, user.telegramId) ?? []),
        db.conversationState.deleteMany({ where: { key: conversationKeyOf(user.telegramId) } }),
        db.user.deleteMany({ where: { id: userId } }),
      ]);
      // Proof of the erasure for the data protection officer, under the pseudonymous id only.
      await audit.record({ actorUserId: userId, action: "user.erased", targetType: "user", targetId: userId });
      return { signupsCancelled };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
