// Revisions: a change to a published offer of an untrusted organization waits for an admin
// while residents keep seeing the published version (offer-management.ts decides when). Here:
// how a proposed offer is stored (JSON, dates as ISO strings) and read back, and which fields
// differ between the published offer and the proposal, for the admin's side-by-side view.
import type { Prisma } from "../generated/prisma/client.ts";
import { DomainError } from "./errors.ts";
import type { NewOffer } from "./offers.ts";

/** An edit as staff make it: everything of an offer but its status, author and import key. */
export type OfferEdit = Omit<NewOffer, "status" | "createdByUserId" | "externalRef">;

/** The revision was decided, replaced by a newer one, or its offer is no longer published. */
export class RevisionNotPendingError extends DomainError {
  constructor() {
    super("revision-not-pending");
  }
}

const DATE_FIELDS = ["startsAt", "endsAt", "recurrenceUntil"] as const;

/** The proposed offer as stored in offer_revisions.data. */
export function revisionData(edit: OfferEdit): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(edit)) as Prisma.InputJsonValue;
}

/** The proposed offer read back from offer_revisions.data. */
export function editFromRevision(data: Prisma.JsonValue): OfferEdit {
  const raw = { ...(data as Record<string, unknown>) };
  for (const field of DATE_FIELDS) if (typeof raw[field] === "string") raw[field] = new Date(raw[field] as string);
  return raw as unknown as OfferEdit;
}

/** A value as the admin sees it: text, a number, yes/no, a point in time, or nothing. */
export type ChangeValue = string | number | boolean | Date | null;

/**
 * One field that differs. `locale` is set for the texts (title, summary, details, accessibility
 * of one language version); `field` names the thing in words the bot translates.
 */
export type RevisionChange = {
  field: "title" | "summary" | "details" | "accessibility" | "category" | "district" | "address" | "online" | "starts" | "ends" | "repeats" | "until" | "cost" | "ages" | "signup" | "capacity" | "languages" | "rules";
  locale?: string;
  before: ChangeValue;
  after: ChangeValue;
};

const TEXT_FIELDS = ["title", "summary", "details", "accessibility"] as const;

const ages = ({ ageMin, ageMax }: OfferEdit) =>
  ageMin == null && ageMax == null ? null : ageMax == null ? `${ageMin}+` : `${ageMin ?? 0}–${ageMax}`;

/** The booking rules staff rarely touch, shown as one line when any of them changed (saveOffer's defaults). */
const rules = (offer: OfferEdit) =>
  [offer.maxSeatsPerSignup ?? 6, offer.signupClosesMinutesBefore ?? 0, offer.cancelDeadlineMinutes ?? 180, offer.reminderLeadMinutes ?? 1440].join(" · ");

const same = (a: ChangeValue, b: ChangeValue) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * The fields of `after` that differ from `before`, in reading order; `names` turns a category
 * or district id into its name in the admin's language.
 */
export function changesBetween(
  before: OfferEdit,
  after: OfferEdit,
  names: { category(id: string): string; district(id: number | undefined): string | null },
): RevisionChange[] {
  const changes: RevisionChange[] = [];
  const add = (field: RevisionChange["field"], a: ChangeValue | undefined, b: ChangeValue | undefined, locale?: string) => {
    if (!same(a ?? null, b ?? null)) changes.push({ field, ...(locale ? { locale } : {}), before: a ?? null, after: b ?? null });
  };
  const locales = [...new Set([after.sourceLocale, ...Object.keys(after.texts), ...Object.keys(before.texts)])];
  for (const locale of locales) {
    const a = before.texts[locale as keyof OfferEdit["texts"]];
    const b = after.texts[locale as keyof OfferEdit["texts"]];
    for (const field of TEXT_FIELDS) add(field, a?.[field] ?? null, b?.[field] ?? null, locale);
  }
  add("category", names.category(before.categoryId), names.category(after.categoryId));
  add("district", names.district(before.districtId), names.district(after.districtId));
  add("address", before.address, after.address);
  add("online", before.onlineUrl, after.onlineUrl);
  add("starts", before.startsAt, after.startsAt);
  add("ends", before.endsAt, after.endsAt);
  add("repeats", before.recurrence ?? "NONE", after.recurrence ?? "NONE");
  add("until", before.recurrenceUntil, after.recurrenceUntil);
  add("cost", before.costText, after.costText);
  add("ages", ages(before), ages(after));
  add("signup", before.signupRequired ?? false, after.signupRequired ?? false);
  add("capacity", before.capacity, after.capacity);
  add("languages", (before.languages ?? [before.sourceLocale]).join(", "), (after.languages ?? [after.sourceLocale]).join(", "));
  add("rules", rules(before), rules(after));
  return changes;
}
