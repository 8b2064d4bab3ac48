// The decision tables of what is protected and which answers are accepted.
import { describe, expect, it } from "vitest";
import { protectedRanges, readFragment, toFragment } from "../../src/domain/translation-fragments.ts";

const protectedIn = (text: string, keep: string[] = []) => protectedRanges(text, keep).map(([a, b]) => text.slice(a, b));

describe("protected spans", () => {
  it.each<[string, string[]]>([
    ["Infos: https://stadt.example/a?b=1, oder www.stadt.example.", ["https://stadt.example/a?b=1", "www.stadt.example"]],
    ["Gruppe: t.me/treffpunkt_cafe und @treffpunkt_bot", ["t.me/treffpunkt_cafe", "@treffpunkt_bot"]],
    ["Mail an anna.muster+cafe@stadt-ms.de!", ["anna.muster+cafe@stadt-ms.de"]],
    ["Ruf an: 0511 123456 oder 0511/123 45 67", ["0511 123456", "0511/123 45 67"]],
    ["International +49 511 1234567, +49 (0) 511 98765-43, (0511) 12345", ["+49 511 1234567", "+49 (0) 511 98765-43", "(0511) 12345"]],
    ["Mobil 0151-23456789.", ["0151-23456789"]],
    ["Um 15:00 bis 9:30, oder 15.30 Uhr", ["15:00", "9:30", "15.30"]],
    ["Am 05.12.2026, 5.12.26, 12.12. und 2026-12-05", ["05.12.2026", "5.12.26", "12.12.", "2026-12-05"]],
    ["Bring 3 Euro mit, 10 Plätze, Raum 12", []],
    ["Preis 2.50 Euro", []],
    ["Kochen 🍲 mit Familie 👨‍👩‍👧 und 👍🏽 🇩🇪", ["🍲", "👨‍👩‍👧", "👍🏽", "🇩🇪"]],
  ])("in %j, then %j are protected", (text, expected) => {
    expect(protectedIn(text)).toEqual(expected);
  });

  it("when names are to be kept, then each occurrence is protected, and overlapping spans merge into one", () => {
    expect(protectedIn("Im Rathaus Nord, dann Rathaus Nord 12:00", ["Rathaus Nord", "Nord 12"])).toEqual(["Rathaus Nord", "Rathaus Nord 12:00"]);
  });

  it("when a text becomes a fragment, then it is escaped, line breaks are <br> and protected parts are spans", () => {
    const fragment = toFragment("A & B <3\r\num 15:00 im Café", ["Café"]);
    expect(fragment.html).toBe('A &amp; B &lt;3<br>um <span translate="no">15:00</span> im <span translate="no">Café</span>');
    expect(fragment.spans).toEqual(["15:00", "Café"]);
  });
});

describe("reading an answer", () => {
  const fragment = toFragment("Um 15:00 und 17:30 im Rathaus\nKommt", ["Rathaus"]);
  const span = (s: string) => `<span translate="no">${s}</span>`;

  it.each<[string, string, string]>([
    ["faithful", `At ${span("15:00")} and ${span("17:30")} in the ${span("Rathaus")}<br>Come`, "At 15:00 and 17:30 in the Rathaus\nCome"],
    ["spans reordered", `${span("Rathaus")}: ${span("17:30")}, ${span("15:00")}<br>Come`, "Rathaus: 17:30, 15:00\nCome"],
    ["spaces next to spans dropped", `At${span("15:00")}and${span("17:30")}in the${span("Rathaus")}<br>Come`, "At 15:00 and 17:30 in the Rathaus\nCome"],
    ["one span altered", `At ${span("15 Uhr")} and ${span("17:30")} in the ${span("Rathaus")}<br>Come`, "At 15:00 and 17:30 in the Rathaus\nCome"],
    ["spans altered around their content", `At ${span("« 17:30 »")} and ${span("«15:00»")} in the ${span("the Rathaus")}<br>Come`, "At 17:30 and 15:00 in the Rathaus\nCome"],
    ["self-closing br, single-quoted attribute, entities", `At <span translate='no'>15:00</span> &amp; ${span("17:30")} in the ${span("Rathaus")}<br/>Come&#33;`, "At 15:00 & 17:30 in the Rathaus\nCome!"],
  ])("when it is %s, then it reads as the text", (_, answer, text) => {
    expect(readFragment(answer, fragment)).toMatchObject({ ok: true, text });
  });

  it.each<[string, string, string]>([
    ["empty", "empty", ""],
    ["only spaces and tags", "markup", `  ${span("")}`],
    ["far too long", "bloated", `${"At ".repeat(60)}${span("15:00")} ${span("17:30")} ${span("Rathaus")}<br>Come`],
    ["a line break lost", "markup", `At ${span("15:00")} and ${span("17:30")} in the ${span("Rathaus")} Come`],
    ["a tag we did not send", "markup", `<b>At</b> ${span("15:00")} and ${span("17:30")} in the ${span("Rathaus")}<br>Come`],
    ["a span not closed", "markup", `At ${span("15:00")} and <span translate="no">17:30 in the ${span("Rathaus")}<br>Come`],
    ["a tag cut off", "markup", `At ${span("15:00")} and ${span("17:30")} in the ${span("Rathaus")}<br>Come</span`],
    ["a span lost", "span-lost", `At ${span("15:00")} in the ${span("Rathaus")}<br>Come`],
    ["two spans replaced beyond recognition", "span-lost", `At ${span("drei")} and ${span("fünf")} in the ${span("Rathaus")}<br>Come`],
    ["the protection taken off", "markup", `At <span>15:00</span> and ${span("17:30")} in the ${span("Rathaus")}<br>Come`],
  ])("when it is %s, then it is refused: %s", (_, problem, answer) => {
    expect(readFragment(answer, fragment)).toEqual({ ok: false, problem });
  });
});
