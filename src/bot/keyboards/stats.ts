// The button under /stats: the inventory of offer formats as a CSV file (admins only).
import { InlineKeyboard } from "grammy";
import { callbackCodec, oneOf } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

export const inventoryButton = callbackCodec("st", "inv", oneOf(["csv"] as const));

export function statsKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("feeds-inventory-button"), inventoryButton.pack("csv"));
}
