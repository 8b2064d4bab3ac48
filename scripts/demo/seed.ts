// Loads the demo city into a database: 6 districts, 4 organizations and 40 published offers
// over the next 8 weeks, dated from today. Safe to run again: everything is keyed (district
// slug, organization name, offer reference) and updated in place, never duplicated.
import { DateTime } from "luxon";
import { systemClock, type Clock } from "../../src/domain/clock.ts";
import type { Services } from "../../src/domain/index.ts";
import { DEMO_DISTRICTS, DEMO_OFFERS, DEMO_ORGANIZATIONS, type DemoOffer } from "./data.ts";

/** Weeks the demo programme spans; recurring offers repeat until its end. */
const WEEKS = 8;

export async function seedDemo(services: Services, options: { timezone: string; clock?: Clock }) {
  const today = DateTime.fromJSDate((options.clock ?? systemClock).now(), { zone: options.timezone }).startOf("day");
  const districtIds = new Map<string, number>();
  for (const [index, district] of DEMO_DISTRICTS.entries()) {
    const { id } = await services.catalog.saveDistrict({ slug: district.slug, sortOrder: (index + 1) * 10, names: { ...district.names } });
    districtIds.set(district.slug, id);
  }
  const organizationIds = new Map<string, number>();
  for (const [key, organization] of Object.entries(DEMO_ORGANIZATIONS)) {
    const { id } = await services.catalog.saveOrganization({ name: organization.name, contact: organization.contact, sourceLocale: "de" });
    organizationIds.set(key, id);
  }
  const until = today.plus({ weeks: WEEKS }).endOf("day").toJSDate();
  for (const offer of DEMO_OFFERS) {
    await services.offers.saveOffer(toNewOffer(offer, { today, until, districtIds, organizationIds }));
  }
  return { districts: districtIds.size, organizations: organizationIds.size, offers: DEMO_OFFERS.length };
}

/**
 * With a translation provider configured: the demo offers in every language the provider has,
 * machine-translated through the background job's own path, batch after batch until a batch
 * adds nothing. Returns how many versions were added (0 without a provider).
 */
export async function translateDemo(services: Services, now: Date): Promise<number> {
  if (!services.translation.providerName) return 0;
  let total = 0;
  for (let batch = 0; batch < 20; batch++) {
    const done = await services.offerManagement.backfillTranslations(now);
    total += done.stored;
    if (done.offers === 0 || done.stored === 0) break;
  }
  return total;
}

function toNewOffer(
  offer: DemoOffer,
  ctx: { today: DateTime; until: Date; districtIds: Map<string, number>; organizationIds: Map<string, number> },
) {
  const [hour, minute] = offer.time.split(":").map(Number);
  const start = ctx.today.plus({ days: offer.day }).set({ hour, minute });
  return {
    externalRef: offer.ref,
    organizationId: ctx.organizationIds.get(offer.org)!,
    categoryId: offer.category,
    districtId: ctx.districtIds.get(offer.district),
    address: offer.address,
    latitude: offer.lat,
    longitude: offer.lon,
    onlineUrl: offer.online,
    startsAt: start.toJSDate(),
    endsAt: start.plus({ minutes: offer.minutes }).toJSDate(),
    recurrence: offer.recurrence ?? ("NONE" as const),
    recurrenceUntil: offer.recurrence ? ctx.until : undefined,
    costText: offer.cost,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    languages: offer.languages,
    signupRequired: offer.signup ?? false,
    capacity: offer.capacity,
    status: "PUBLISHED" as const,
    sourceLocale: "de" as const,
    texts: offer.texts,
  };
}
