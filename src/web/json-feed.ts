// The JSON feed (/feeds/offers.json) for the city's website: one schema.org Event per date, as
// search engines and event portals read them; a dropped date of a series, or a cancelled
// offer's dates, as EventCancelled. Each object carries its @context, so the array can be
// pasted into a page as JSON-LD as it is.
import { DateTime } from "luxon";
import type { Listing } from "../domain/feeds.ts";

const SCHEMA = "https://schema.org";

export type SchemaEvent = Record<string, unknown>;

export function jsonFeed(input: { listings: readonly Listing[]; timezone: string; url(offerId: number): string; from?: Date; to?: Date }): SchemaEvent[] {
  const inRange = (date: Date) => (!input.from || date >= input.from) && (!input.to || date < input.to);
  const iso = (date: Date) => DateTime.fromJSDate(date, { zone: input.timezone }).toISO({ suppressMilliseconds: true });
  const events: { at: number; event: SchemaEvent }[] = [];
  for (const offer of input.listings) {
    const length = offer.endsAt ? offer.endsAt.getTime() - offer.startsAt.getTime() : undefined;
    const common = eventBody(offer, input.url(offer.offerId));
    const dated = [
      ...offer.dates.map((d) => ({ startsAt: d.startsAt, endsAt: d.endsAt, cancelled: offer.status === "cancelled", id: d.occurrenceId })),
      ...offer.cancelledDates
        .filter(inRange)
        .map((d) => ({ startsAt: d, endsAt: length === undefined ? null : new Date(d.getTime() + length), cancelled: true, id: undefined })),
    ];
    for (const date of dated) {
      events.push({
        at: date.startsAt.getTime(),
        event: {
          "@context": SCHEMA,
          "@type": "Event",
          "@id": `${input.url(offer.offerId)}#${date.startsAt.toISOString()}`,
          identifier: date.id === undefined ? `offer-${offer.offerId}-${date.startsAt.toISOString()}` : `offer-${offer.offerId}-date-${date.id}`,
          ...common,
          startDate: iso(date.startsAt),
          ...(date.endsAt ? { endDate: iso(date.endsAt) } : {}),
          eventStatus: `${SCHEMA}/${date.cancelled ? "EventCancelled" : "EventScheduled"}`,
        },
      });
    }
  }
  return events.sort((a, b) => a.at - b.at).map((e) => e.event);
}

function eventBody(offer: Listing, url: string): SchemaEvent {
  const online = offer.onlineUrl !== undefined;
  const place = {
    "@type": "Place",
    name: offer.address ?? offer.district?.name ?? offer.organization.name,
    address: {
      "@type": "PostalAddress",
      ...(offer.address ? { streetAddress: offer.address } : {}),
      ...(offer.district ? { addressRegion: offer.district.name } : {}),
      addressCountry: "DE",
    },
    ...(offer.latitude !== undefined && offer.longitude !== undefined ? { geo: { "@type": "GeoCoordinates", latitude: offer.latitude, longitude: offer.longitude } } : {}),
  };
  const ages = offer.ageMin !== undefined || offer.ageMax !== undefined ? `${offer.ageMin ?? 0}-${offer.ageMax ?? ""}` : undefined;
  return {
    name: offer.title,
    description: [offer.summary, offer.details].filter(Boolean).join("\n\n"),
    // schema.org: "the language of the content or performance", so the languages spoken there.
    inLanguage: offer.languages.length ? [...offer.languages] : [offer.textLocale],
    url,
    location: online ? { "@type": "VirtualLocation", url: offer.onlineUrl } : place,
    eventAttendanceMode: `${SCHEMA}/${online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"}`,
    organizer: { "@type": "Organization", name: offer.organization.name },
    isAccessibleForFree: offer.free,
    offers: {
      "@type": "Offer",
      url,
      ...(offer.free ? { price: 0, priceCurrency: "EUR" } : { description: offer.costText }),
    },
    ...(ages ? { typicalAgeRange: ages } : {}),
    ...(offer.accessibility ? { accessibilitySummary: offer.accessibility } : {}),
    keywords: offer.category.name,
  };
}
