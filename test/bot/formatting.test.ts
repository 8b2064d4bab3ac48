import { describe, expect, it } from "vitest";
import { ageRangeText, formatDateTime, formatList, formatNumber, languageLabel, latinDigits } from "../../src/bot/formatting.ts";

describe("formatting: language labels", () => {
  it.each([
    ["ar", "de", "العربية", "Arabisch (العربية)"],
    ["ti", "en", "ትግርኛ", "Tigrinya (ትግርኛ)"],
    ["ku", "de", "Kurdî (Kurmancî)", "Kurdisch – Kurdî (Kurmancî)"],
    ["ps", "fa", "پښتو", "پشتو (پښتو)"],
    ["de", "ar", "Deutsch", "الألمانية (Deutsch)"],
  ])("when %s is named for a %s reader, then the reader's name comes first and its own name follows", (code, reader, own, expected) => {
    expect(languageLabel(code, reader, own)).toBe(expected);
  });

  it("when the reader speaks the language, then only its own name is shown", () => {
    expect(languageLabel("ar", "ar", "العربية")).toBe("العربية");
    expect(languageLabel("uk", "uk", "Українська")).toBe("Українська");
  });

  it("when the reader's name is the own name apart from case, then it is not repeated", () => {
    expect(languageLabel("ti", "ti", "ትግርኛ")).toBe("ትግርኛ");
    expect(languageLabel("de", "en", "german")).toBe("german");
  });

  it("when ICU has no name for the language, then its own name stands alone", () => {
    expect(languageLabel("xx", "de", "Xish")).toBe("Xish");
  });
});

describe("formatting: lists, numbers and ages", () => {
  it.each([
    ["de", "A, B und C"],
    ["en", "A, B, and C"],
    ["fa", "A،\u200f B، و C"],
    ["ps", "A، B، او C"],
    ["ar", "A وB وC"],
  ])("when a list is joined for %s, then it reads %s", (locale, expected) => {
    expect(formatList(["A", "B", "C"], locale)).toBe(expected);
  });

  it("when the list has one item, then it is just that item", () => {
    expect(formatList(["Deutsch"], "de")).toBe("Deutsch");
  });

  it("when a number is shown to Farsi and Pashto readers, then it has their digits; others get 0-9", () => {
    expect(formatNumber(60, "fa")).toBe("۶۰");
    expect(formatNumber(6, "ps")).toBe("۶");
    expect(formatNumber(6, "de")).toBe("6");
    expect(formatNumber(12, "ar")).toBe("12");
    expect(latinDigits(formatNumber(1234, "fa")).replace(/\D/g, "")).toBe("1234");
  });

  it("when typed digits are Persian or Arabic-Indic, then they are read as 0-9", () => {
    expect(latinDigits("۱۲.۱۲. ۱۷:۰۰")).toBe("12.12. 17:00");
    expect(latinDigits("٦٠-")).toBe("60-");
  });

  it("when an offer has an age range, then it is worded with the offer-ages messages; no range, no text", () => {
    const t = (key: string, args: Record<string, number>) => `${key} ${JSON.stringify(args)}`;
    expect(ageRangeText(t, 12, 17)).toBe('offer-ages-range {"min":12,"max":17}');
    expect(ageRangeText(t, 60, null)).toBe('offer-ages-min {"min":60}');
    expect(ageRangeText(t, undefined, 11)).toBe('offer-ages-max {"max":11}');
    expect(ageRangeText(t, 0, undefined)).toBe('offer-ages-min {"min":0}');
    expect(ageRangeText(t, null, null)).toBeUndefined();
  });
});

describe("formatting: dates", () => {
  const date = new Date("2026-12-06T14:00:00Z");
  const timezone = "Europe/Berlin";

  it.each([
    ["ku", "berfanbar", "yekşem"],
    ["ti", "ታሕሳስ", "ሰንበት"],
  ])("when a date is shown in %s, then month and weekday are written out", (locale, month, weekday) => {
    const text = formatDateTime(date, { locale, timezone });
    expect(text).toContain(month);
    expect(text).toContain(weekday);
  });

  it("when a date is shown in German or English, then the short forms stay", () => {
    expect(formatDateTime(date, { locale: "de", timezone })).toBe("So., 6. Dez., 15:00");
    expect(formatDateTime(date, { locale: "en", timezone })).toBe("Sun, Dec 6, 15:00");
  });
});
