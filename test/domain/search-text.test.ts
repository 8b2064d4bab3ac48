import { describe, expect, it } from "vitest";
import { foldForSearch, searchWords } from "../../src/domain/search-text.ts";

describe("search folding", () => {
  it.each([
    ["Fußball", "fussball"],
    ["FUSSBALL", "fussball"],
    ["Café", "cafe"],
    ["КАВА", "кава"],
    ["كُرَةُ القَدَم", "كره القدم"],
    ["أحمد", "احمد"],
    ["کافه", "كافه"],
    ["<b>Yoga</b> *für* alle!", "b yoga b fur alle"],
  ])("when %s is folded, then it becomes %s", (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it("when a query is huge or only punctuation, then the words are bounded or empty", () => {
    expect(searchWords("%%% ___ {}")).toEqual([]);
    const words = searchWords("wort ".repeat(1000));
    expect(words.length).toBeLessThanOrEqual(8);
  });
});
