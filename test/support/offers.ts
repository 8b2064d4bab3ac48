// Builders for offers in tests: a small, readable city.
import type { Services } from "../../src/domain/index.ts";
import type { NewOffer } from "../../src/domain/offers.ts";

export async function seedSmallCity(services: Services) {
  const { catalog } = services;
  const org = await catalog.saveOrganization({ name: "Stadt Teststadt", contact: "rathaus@teststadt.example" });
  const coerde = await catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde", uk: "Кьорде" } });
  const hafen = await catalog.saveDistrict({ slug: "hafen", sortOrder: 2, names: { de: "Am Hafen", en: "Harbour" } });
  return { orgId: org.id, coerdeId: coerde.id, hafenId: hafen.id };
}

export function offerInput(base: { organizationId: number; startsAt: string } & Partial<Omit<NewOffer, "startsAt">>): NewOffer {
  const { startsAt, ...rest } = base;
  return {
    categoryId: "sport",
    sourceLocale: "de",
    status: "PUBLISHED",
    texts: { de: { title: "Angebot", summary: "Kurz" } },
    ...rest,
    startsAt: new Date(startsAt),
  };
}
