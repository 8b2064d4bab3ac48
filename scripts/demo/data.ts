// Demo data for `npm run seed:demo`: the fictional mid-sized city of Lindenbrück.
// Everything here is invented; names of people, places and phone numbers are fictional.
import type { DefaultCategoryId } from "../../src/domain/categories.ts";

export type DemoTexts = { title: string; summary: string; details?: string };

export const DEMO_DISTRICTS = [
  { slug: "altstadt", names: { de: "Altstadt", en: "Old Town", uk: "Старе місто", ar: "البلدة القديمة" } },
  { slug: "nordviertel", names: { de: "Nordviertel", en: "North Quarter", uk: "Північний квартал", ar: "الحي الشمالي" } },
  { slug: "hafen", names: { de: "Am Hafen", en: "Harbour", uk: "Гавань", ar: "الميناء" } },
  { slug: "suedpark", names: { de: "Südpark", en: "South Park", uk: "Південний парк", ar: "الحديقة الجنوبية" } },
  { slug: "kirchfeld", names: { de: "Kirchfeld", en: "Kirchfeld", uk: "Кірхфельд", ar: "كيرشفيلد" } },
  { slug: "weststadt", names: { de: "Weststadt", en: "West End", uk: "Західне місто", ar: "المدينة الغربية" } },
] as const;

export type DemoDistrict = (typeof DEMO_DISTRICTS)[number]["slug"];

export const DEMO_ORGANIZATIONS = {
  city: { name: "Stadt Lindenbrück – Integrationsbüro", contact: "Rathausplatz 1, 0000 Lindenbrück · integration@lindenbrueck.example" },
  police: { name: "Polizei Lindenbrück – Bezirksdienst", contact: "Wache Nord, Hafenstraße 12 · bezirksdienst@polizei-lindenbrueck.example" },
  club: { name: "SV Grün-Weiß Lindenbrück 1921 e.V.", contact: "Sportplatz Südpark · info@gruen-weiss.example" },
  youth: { name: "Haus der Offenen Tür Nordviertel", contact: "Birkenweg 5 · hallo@hot-nordviertel.example" },
} as const;

export type DemoOrganization = keyof typeof DEMO_ORGANIZATIONS;

export type DemoOffer = {
  /** Stable id, "demo-01" … "demo-40"; makes the seed idempotent. */
  ref: string;
  org: DemoOrganization;
  category: DefaultCategoryId;
  district: DemoDistrict;
  /** Days from the day the seed runs (0 = today, at most 55). */
  day: number;
  /** Local time in Europe/Berlin, "HH:MM". */
  time: string;
  minutes: number;
  /** Repeats until the end of the 8 weeks. */
  recurrence?: "WEEKLY" | "BIWEEKLY";
  ageMin?: number;
  ageMax?: number;
  /** Omitted = free. */
  cost?: string;
  signup?: boolean;
  capacity?: number;
  /** Languages spoken at the offer (ISO 639-1). */
  languages: string[];
  address?: string;
  lat?: number;
  lon?: number;
  online?: string;
  texts: { de: DemoTexts; en: DemoTexts; ar?: DemoTexts; uk?: DemoTexts };
};
