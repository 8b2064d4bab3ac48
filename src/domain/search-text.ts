// Folding text for search, the same way for stored texts and for what users type, so that
// "Fussball" finds "Fußball", "cafe" finds "Café", "КАВА" finds "кава" and Arabic or Persian
// spellings with different letter forms or vowel marks find each other. Done in code rather
// than in SQL because PostgreSQL's case folding depends on the database's locale (PGlite uses
// "C", which lower-cases ASCII only).

const LETTER_VARIANTS: Record<string, string> = {
  ß: "ss",
  // Arabic script: alef forms, alef maqsura and Persian yeh, Persian kaf, teh marbuta, hamza seats.
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ک: "ك",
  ة: "ه",
  ؤ: "و",
  ئ: "ي",
  // Ukrainian/Russian: ё is usually written е.
  ё: "е",
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join("")}]`, "g");

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // combining marks: accents, Arabic harakat, Ge'ez marks stay (they are letters)
    .replace(/\u0640/g, "") // tatweel
    .replace(VARIANT_PATTERN, (ch) => LETTER_VARIANTS[ch] ?? ch)
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a search query, folded; at most 8 words of at most 40 characters. */
export function searchWords(query: string): string[] {
  return foldForSearch(query.slice(0, 300))
    .split(" ")
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, 40))
    .slice(0, 8);
}
