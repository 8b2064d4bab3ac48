import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { pickText, pickTranslation, translationOrder } from "../../src/domain/translations.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

// [versions there are, reader's language, source language, the version the reader gets]
const CASES: [string[], string | null, string, string | undefined][] = [
  [["de", "ar", "uk"], "ar", "de", "ar"], // the reader's own language
  [["ar", "de", "uk"], "uk", "de", "uk"], // wherever it stands in the list
  [["de", "uk"], "ar", "de", "de"], // else the source language
  [["uk", "de"], "ar", "de", "de"], // also when it is not first
  [["uk", "en", "fa"], "ar", "de", "en"], // else any: the first by language code, not by position
  [["tr", "fa"], null, "de", "fa"], // no reader language (stats): source, else any
  [["de", "tr"], null, "tr", "tr"],
  [["de"], "de", "de", "de"], // reader writes the source language
  [[], "ar", "de", undefined], // nothing to show
];

describe("which language version a reader gets", () => {
  it.each(CASES)("when %j exist, the reader reads %s and the source is %s, then they get %s", (locales, reader, source, expected) => {
    const versions = locales.map((locale) => ({ locale, title: `title ${locale}` }));
    expect(pickTranslation(versions, reader, source)?.locale).toBe(expected);
    const texts = Object.fromEntries(locales.map((locale) => [locale, `text ${locale}`]));
    expect(pickText(texts, reader, source)).toEqual(expected === undefined ? undefined : { locale: expected, text: `text ${expected}` });
  });

  it("when a text map has a language left out (undefined), then it is not picked", () => {
    expect(pickText({ ar: undefined, de: "Hallo" }, "ar", "de")).toEqual({ locale: "de", text: "Hallo" });
  });

  describe("in SQL", () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db?.dispose());

    it("when the raw queries order translations with translationOrder, then they pick what pickTranslation picks", async () => {
      for (const [locales, reader, source, expected] of CASES) {
        if (locales.length === 0) continue;
        const rows = Prisma.join(locales.map((locale) => Prisma.sql`(${locale}::text)`));
        const [picked] = await db.prisma.$queryRaw<{ locale: string }[]>`
          SELECT tr.locale FROM (VALUES ${rows}) AS tr(locale) CROSS JOIN (SELECT ${source}::text AS source_locale) f
          ORDER BY ${translationOrder(reader)} LIMIT 1`;
        expect({ locales, reader, source, picked: picked?.locale }).toEqual({ locales, reader, source, picked: expected });
      }
    });
  });
});
