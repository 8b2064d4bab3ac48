// The one transport of the outbox: an announcement's row goes to the announcement transport,
// a notice's to the notice transport. The delivery engine (src/domain/deliveries.ts) sees one.
import type { DeliveryTransport } from "../domain/deliveries.ts";
import { ANNOUNCEMENT_KIND } from "../domain/outbox.ts";

export function createOutboxTransport({ announcements, notices }: { announcements: DeliveryTransport; notices: DeliveryTransport }): DeliveryTransport {
  return { send: (row) => (row.kind === ANNOUNCEMENT_KIND ? announcements : notices).send(row) };
}
