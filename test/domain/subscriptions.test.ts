import { beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "../../src/domain/errors.ts";
import type { Services } from "../../src/domain/index.ts";
import { GENERAL_TOPIC } from "../../src/domain/subscriptions.ts";
import { seedSmallCity } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";

describe("subscriptions", () => {
  const { db, services, clock } = useServices({ now: NOW });
  let coerde: number;
  let hafen: number;

  beforeEach(async () => {
    ({ coerdeId: coerde, hafenId: hafen } = await seedSmallCity(services));
  });

  let nextTelegramId = 90_000n;
  async function user(options: { languageCode?: string; locale?: string } = {}): Promise<number> {
    const { id } = await services.users.identify({ telegramId: nextTelegramId++, firstName: "P", languageCode: options.languageCode });
    if (options.locale) await services.users.setLocale(id, options.locale);
    return id;
  }
  /** A user subscribed to these topics (and districts), announcements on. */
  async function subscriber(topics: string[], districtIds: number[] = [], options: Parameters<typeof user>[0] = {}): Promise<number> {
    const id = await user(options);
    for (const topic of topics) await services.subscriptions.toggleTopic(id, topic);
    for (const district of districtIds) await services.subscriptions.toggleDistrict(id, district);
    return id;
  }
  const audienceIds = async (input: Parameters<Services["subscriptions"]["audienceFor"]>[0]) =>
    (await services.subscriptions.audienceFor(input)).map((member) => member.userId);

  describe("choices", () => {
    it("when a user has never chosen anything, then everything is off, all districts, and they were not asked", async () => {
      const id = await user();
      expect(await services.subscriptions.get(id)).toEqual({ enabled: false, topics: [], districtIds: [], digest: false, asked: false });
      expect(await services.subscriptions.needsAsking(id)).toBe(true);
    });

    it("when a user turns on a topic, then it is stored and announcements are switched on", async () => {
      const id = await user();
      const settings = await services.subscriptions.toggleTopic(id, "sport");

      expect(settings).toMatchObject({ enabled: true, topics: ["sport"] });
      expect(await services.subscriptions.get(id)).toEqual(settings);
    });

    it("when a user taps a topic twice, then it is off again but announcements stay on", async () => {
      const id = await user();
      await services.subscriptions.toggleTopic(id, "sport");
      await services.subscriptions.toggleTopic(id, GENERAL_TOPIC);
      const settings = await services.subscriptions.toggleTopic(id, "sport");

      expect(settings).toMatchObject({ enabled: true, topics: [GENERAL_TOPIC] });
    });

    it("when the topic is neither a category nor general news, then it is refused and nothing is stored", async () => {
      const id = await user();
      await expect(services.subscriptions.toggleTopic(id, "casino")).rejects.toBeInstanceOf(ValidationError);
      expect(await db.prisma.subscription.count()).toBe(0);
    });

    it("when the district does not exist, then it is refused", async () => {
      const id = await user();
      await expect(services.subscriptions.toggleDistrict(id, 999_999)).rejects.toBeInstanceOf(ValidationError);
      await expect(services.subscriptions.toggleDistrict(id, 1.5)).rejects.toBeInstanceOf(ValidationError);
    });

    it("when all districts are selected and one is tapped, then only that one is selected; untapping it means all again", async () => {
      const id = await user();
      expect((await services.subscriptions.toggleDistrict(id, hafen)).districtIds).toEqual([hafen]);
      expect((await services.subscriptions.toggleDistrict(id, coerde)).districtIds).toEqual([coerde, hafen].sort((a, b) => a - b));
      expect((await services.subscriptions.toggleDistrict(id, hafen)).districtIds).toEqual([coerde]);
      expect((await services.subscriptions.toggleDistrict(id, coerde)).districtIds).toEqual([]);
    });

    it("when a user picks all districts, then the selection is cleared", async () => {
      const id = await user();
      await services.subscriptions.toggleDistrict(id, hafen);
      expect((await services.subscriptions.setAllDistricts(id)).districtIds).toEqual([]);
    });

    it("when a user turns on the digest, then announcements are on too; turning it off keeps them on", async () => {
      const id = await user();
      expect(await services.subscriptions.toggleDigest(id)).toMatchObject({ digest: true, enabled: true });
      expect(await services.subscriptions.toggleDigest(id)).toMatchObject({ digest: false, enabled: true });
    });

    it("when a user stops all, then nothing is on but the choices are kept for later", async () => {
      const id = await subscriber(["sport", GENERAL_TOPIC], [hafen]);
      await services.subscriptions.toggleDigest(id);

      expect(await services.subscriptions.stopAll(id)).toMatchObject({ enabled: false, topics: ["sport", GENERAL_TOPIC], districtIds: [hafen], digest: true });
      expect(await services.subscriptions.setEnabled(id, true)).toMatchObject({ enabled: true, topics: ["sport", GENERAL_TOPIC] });
    });

    it("when a user unsubscribes from one topic, then only that topic goes", async () => {
      const id = await subscriber(["sport", "culture"]);
      expect(await services.subscriptions.unsubscribeTopic(id, "sport")).toMatchObject({ enabled: true, topics: ["culture"] });
    });

    it("when many taps for one user arrive at once, then none is lost", async () => {
      const id = await user();
      const topics = ["sport", "language", "counselling", "work", "youth", "family", "women", "seniors", "culture", "neighbourhood", GENERAL_TOPIC];
      await Promise.all(topics.map((topic) => services.subscriptions.toggleTopic(id, topic)));

      expect([...(await services.subscriptions.get(id)).topics].sort()).toEqual([...topics].sort());
    });
  });

  describe("the onboarding question", () => {
    it("when the question is marked asked, then it is not needed again and a second mark reports it was already done", async () => {
      const id = await user();
      expect(await services.subscriptions.markAsked(id)).toBe(true);
      expect(await services.subscriptions.markAsked(id)).toBe(false);
      expect(await services.subscriptions.needsAsking(id)).toBe(false);
      expect(await services.subscriptions.get(id)).toEqual({ enabled: false, topics: [], districtIds: [], digest: false, asked: true });
    });

    it("when a user chose something or said stop before being asked, then they are not asked", async () => {
      const chose = await user();
      const stopped = await user();
      await services.subscriptions.toggleTopic(chose, "sport");
      await services.subscriptions.stopAll(stopped);

      expect(await services.subscriptions.needsAsking(chose)).toBe(false);
      expect(await services.subscriptions.needsAsking(stopped)).toBe(false);
    });
  });

  describe("audienceFor", () => {
    it("when an announcement is for a topic, then only enabled subscribers of that topic are reached, with their language", async () => {
      const sport = await subscriber(["sport"], [], { languageCode: "ar" });
      const both = await subscriber(["sport", "culture"], [], { languageCode: "ar", locale: "uk" });
      await subscriber(["culture"]);
      const paused = await subscriber(["sport"]);
      await services.subscriptions.stopAll(paused);
      await user(); // never subscribed

      expect(await services.subscriptions.audienceFor({ topic: "sport" })).toEqual([
        { userId: sport, telegramId: expect.any(BigInt), locale: "ar" },
        { userId: both, telegramId: expect.any(BigInt), locale: "uk" },
      ]);
      const [member] = await services.subscriptions.audienceFor({ topic: "sport" });
      expect(member!.telegramId).toBe((await db.prisma.user.findUniqueOrThrow({ where: { id: sport } })).telegramId);
    });

    it("when an announcement names districts, then subscribers of those districts and of all districts are reached", async () => {
      const everywhere = await subscriber([GENERAL_TOPIC]);
      const inHafen = await subscriber([GENERAL_TOPIC], [hafen]);
      const inCoerde = await subscriber([GENERAL_TOPIC], [coerde]);
      const inBoth = await subscriber([GENERAL_TOPIC], [coerde, hafen]);

      expect(await audienceIds({ topic: GENERAL_TOPIC, districtIds: [hafen] })).toEqual([everywhere, inHafen, inBoth]);
      expect(await audienceIds({ topic: GENERAL_TOPIC, districtIds: [coerde, hafen] })).toEqual([everywhere, inHafen, inCoerde, inBoth]);
    });

    it("when an announcement is for all districts, then every subscriber of the topic is reached, whatever their districts", async () => {
      const everywhere = await subscriber(["sport"]);
      const inHafen = await subscriber(["sport"], [hafen]);

      expect(await audienceIds({ topic: "sport", districtIds: [] })).toEqual([everywhere, inHafen]);
      expect(await audienceIds({ topic: "sport" })).toEqual([everywhere, inHafen]);
    });

    it("when languages are given, then only subscribers reading one of them are reached; the chosen language counts over Telegram's", async () => {
      const arabic = await subscriber(["sport"], [], { languageCode: "ar" });
      await subscriber(["sport"], [], { languageCode: "ar", locale: "de" });
      const chose = await subscriber(["sport"], [], { languageCode: "de", locale: "fa" });
      await subscriber(["sport"], [], { languageCode: "ja" }); // no known language

      expect(await audienceIds({ topic: "sport", languages: ["ar", "fa"] })).toEqual([arabic, chose]);
      expect(await audienceIds({ topic: "sport", languages: [] })).toHaveLength(4);
    });

    it("when a subscriber blocked the bot or was erased, then they are not reached", async () => {
      const active = await subscriber(["sport"]);
      const blocked = await subscriber(["sport"]);
      const erased = await subscriber(["sport"]);
      await db.prisma.user.update({ where: { id: blocked }, data: { blockedAt: clock.now() } });
      await db.prisma.user.update({ where: { id: erased }, data: { deletedAt: clock.now() } });

      expect(await audienceIds({ topic: "sport" })).toEqual([active]);
    });
  });
});
