// The codecs of what travels through Telegram and comes back: callback data (buttons) and
// deep links (/start payloads). Round trips, Telegram's 64-byte limit, forged and stale input.
import { describe, expect, it } from "vitest";
import { callbackCodec, oneOf, positiveId, type CallbackCodec } from "../../src/bot/callback-data.ts";
import { deepLink, parseStartPayload, shareLink, startPayload, type DeepLink } from "../../src/bot/deep-links.ts";
import * as admin from "../../src/bot/keyboards/admin.ts";
import * as broadcast from "../../src/bot/keyboards/broadcast.ts";
import { languageChoice } from "../../src/bot/keyboards/languages.ts";
import { EMPTY_LIST, filterMenuButton, listButton, openButton, type ListState } from "../../src/bot/keyboards/offers.ts";
import * as privacy from "../../src/bot/keyboards/privacy.ts";
import * as signups from "../../src/bot/keyboards/signups.ts";
import * as staff from "../../src/bot/keyboards/staff-offers.ts";
import * as subscriptions from "../../src/bot/keyboards/subscriptions.ts";

const TOKEN = "AbCdEfGhIjKlMnOpQrStUv"; // 22 characters, like randomBytes(16) in base64url
const FULL_STATE: ListState = { categoryId: "sport-und-bewegung-fuer-alle-123", districtId: 123456789, when: "months2", youth: true, page: 9999 };
// With a date id of ten digits, the open button has room for category ids of 29 characters
// (the catalog allows 32; today's are far shorter).
const OPEN_STATE: ListState = { ...FULL_STATE, categoryId: "sport-und-bewegung-fuer-alle" + "1" };

describe("deep links", () => {
  it.each<[DeepLink, string]>([
    [{ kind: "offer", offerId: 42 }, "offer_42"],
    [{ kind: "offer", offerId: 9_999_999_999 }, "offer_9999999999"],
    [{ kind: "invite", token: TOKEN }, `invite_${TOKEN}`],
    [{ kind: "guardian", token: "a_b-c".repeat(6) + "xy" }, `guardian_${"a_b-c".repeat(6)}xy`],
    [{ kind: "privacy" }, "privacy"],
  ])("when %j is built, then its payload is %s and parses back to it", (link, payload) => {
    expect(startPayload(link)).toBe(payload);
    expect(deepLink("treffpunkt_bot", link)).toBe(`https://t.me/treffpunkt_bot?start=${payload}`);
    expect(parseStartPayload(payload)).toEqual(link);
    expect(payload.length).toBeLessThanOrEqual(64);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("when /start carries spaces around the payload, then it still parses", () => {
    expect(parseStartPayload("  offer_7 ")).toEqual({ kind: "offer", offerId: 7 });
  });

  it.each([
    "",
    "offer",
    "offer_",
    "offer_0",
    "offer_007",
    "offer_12345678901",
    "offer_1x",
    "offer_-1",
    "OFFER_1",
    "invite_short",
    `invite_${"a".repeat(33)}`,
    `invite_${TOKEN.slice(0, 15)}!`,
    `guardian_${TOKEN}%20`,
    "privacy_1",
    "Privacy",
    `unknown_${TOKEN}`,
    `offer_1 guardian_${TOKEN}`,
  ])("when the payload is %j (forged, stale or cut), then it is no link", (payload) => {
    expect(parseStartPayload(payload)).toBeUndefined();
  });

  it.each<DeepLink>([
    { kind: "offer", offerId: 0 },
    { kind: "offer", offerId: 1.5 },
    { kind: "invite", token: "short" },
    { kind: "guardian", token: `${TOKEN}&x=1` },
  ])("when %j would make a link nobody can open, then building it throws", (link) => {
    expect(() => deepLink("treffpunkt_bot", link)).toThrow();
  });

  it("when a link is shared, then url and text are encoded", () => {
    expect(shareLink("https://t.me/b?start=offer_1", "Café & Kuchen")).toBe("https://t.me/share/url?url=https%3A%2F%2Ft.me%2Fb%3Fstart%3Doffer_1&text=Caf%C3%A9%20%26%20Kuchen");
    expect(shareLink("https://t.me/b?start=guardian_x")).toBe("https://t.me/share/url?url=https%3A%2F%2Ft.me%2Fb%3Fstart%3Dguardian_x");
  });
});

describe("callback data", () => {
  const codec = callbackCodec("tt", "x", { encode: (s: string) => s, decode: (raw: string) => (raw.length ? raw : undefined) });

  it("when a payload fills the 64 bytes exactly, then it packs; one byte more throws when packing and is refused when unpacking", () => {
    const fits = "a".repeat(64 - "tt:x:".length);
    expect(codec.unpack(codec.pack(fits))).toBe(fits);
    expect(() => codec.pack(`${fits}a`)).toThrow(/64 bytes/);
    expect(codec.unpack(`tt:x:${fits}a`)).toBeUndefined();
  });

  it("when the bytes are multi-byte characters, then the limit counts bytes, not characters", () => {
    expect(() => codec.pack("ä".repeat(30))).toThrow(/64 bytes/);
  });

  it.each([undefined, "", "tt:x:", "tt:y:abc", "xtt:x:abc", "tt:xabc"])("when the data is %j, then it is not this codec's", (data) => {
    expect(codec.unpack(data)).toBeUndefined();
  });

  it.each([
    ["1", 1],
    ["9999999999", 9_999_999_999],
    ["0", undefined],
    ["01", undefined],
    ["-1", undefined],
    ["1e3", undefined],
    ["12345678901", undefined],
  ])("when a positive id is %j, then it decodes to %j", (raw, value) => {
    expect(positiveId.decode(raw)).toBe(value);
  });

  it("when a fixed choice is not in the list, then it is refused", () => {
    const choice = oneOf(["yes", "no"] as const);
    expect(choice.decode("yes")).toBe("yes");
    expect(choice.decode("maybe")).toBeUndefined();
    expect(choice.decode("YES")).toBeUndefined();
  });

  // Every codec the bot uses, with the largest values it may carry.
  const samples: [string, CallbackCodec<never>, unknown][] = (
    [
      ["admin screen", admin.adminScreenButton, "approvals"],
      ["admin organization", admin.adminOrganizationButton, 9_999_999_999],
      ["admin invite", admin.adminInviteButton, 9_999_999_999],
      ["admin trust", admin.adminTrustButton, { organizationId: 9_999_999_999, trusted: true }],
      ["admin staff", admin.adminStaffButton, 9_999_999_999],
      ["admin revoke", admin.adminRevokeButton, { organizationId: 9_999_999_999, userId: 9_999_999_999 }],
      ["admin approve", admin.adminApproveButton, 9_999_999_999],
      ["admin reject", admin.adminRejectButton, 9_999_999_999],
      ["admin audit", admin.adminAuditButton, 999_999],
      ["announcement cancel", broadcast.cancelAnnouncementButton, 9_999_999_999],
      ["announcement edit", broadcast.editAnnouncementButton, 9_999_999_999],
      ["promote offer", broadcast.promoteOfferButton, 9_999_999_999],
      ["language", languageChoice, "ar"],
      ["offer list", listButton, FULL_STATE],
      ["offer list, no filter", listButton, EMPTY_LIST],
      ["offer filter menu", filterMenuButton, { menu: "d", state: FULL_STATE }],
      ["offer open", openButton, { occurrenceId: 9_999_999_999, state: OPEN_STATE }],
      ["privacy export", privacy.exportDataButton, "x"],
      ["privacy ask", privacy.askDeleteButton, "again"],
      ["privacy delete now", privacy.deleteNowButton, 999_999_999],
      ["privacy keep", privacy.keepDataButton, "x"],
      ["sign up", signups.startSignup, 9_999_999_999],
      ["my sign-up", signups.viewMySignup, 9_999_999_999],
      ["still coming", signups.stillComingAnswer, { answer: "n", signupId: 9_999_999_999 }],
      ["guardian yes", signups.guardianYes, "A".repeat(32)],
      ["guardian no", signups.guardianNo, "A".repeat(32)],
      ["staff offer", staff.staffOfferButton, 9_999_999_999],
      ["staff attendance", staff.attendanceButton, { signupId: 9_999_999_999, present: false }],
      ["subscription topic", subscriptions.toggleTopicButton, "a".repeat(32)],
      ["subscription district", subscriptions.toggleDistrictButton, "all"],
      ["subscription switch", subscriptions.switchButton, false],
      ["unsubscribe topic", subscriptions.unsubscribeTopicButton, "general"],
    ] as [string, CallbackCodec<unknown>, unknown][]
  ).map(([name, c, value]) => [name, c as CallbackCodec<never>, value]);

  it.each(samples)("when the %s button carries its largest value, then it fits 64 bytes and unpacks to the same value", (_name, c, value) => {
    const data = c.pack(value as never);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(c.filter.test(data)).toBe(true);
    expect(c.unpack(data)).toEqual(value);
  });

  it.each(samples)("when the %s button's payload is forged, then it is refused", (_name, c, value) => {
    const data = c.pack(value as never);
    const prefix = data.slice(0, data.indexOf(":", data.indexOf(":") + 1) + 1);
    for (const forged of [`${prefix}`, `${prefix}<script>`, `${prefix}-1`, `${data}:extra`, `${prefix}${"9".repeat(70)}`]) {
      expect(c.unpack(forged), forged).toBeUndefined();
    }
  });

  it("when any two codecs are compared, then neither takes the other's data", () => {
    for (const [nameA, a, valueA] of samples) {
      for (const [nameB, b] of samples) {
        if (a === b) continue;
        expect(b.unpack(a.pack(valueA as never)), `${nameB} took ${nameA}`).toBeUndefined();
      }
    }
  });
});
