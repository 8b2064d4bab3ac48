// The one transport of the outbox: an announcement's row goes to the announcement transport,
// a notice's to the notice transport. The delivery engine (src/domain/deliveries.ts) sees one.
import type { DeliveryTransport } from "../domain/deliveries.ts";
import { ANNOUNCEMENT_KIND } from "../domain/outbox.ts";
import { isQuestionKind } from "../domain/questions.ts";

export function createOutboxTransport({
  announcements,
  notices,
  questions,
}: {
  announcements: DeliveryTransport;
  notices: DeliveryTransport;
  /** A question's copies ("question-*"), rendered from the thread (question-transport.ts). */
  questions?: DeliveryTransport;
}): DeliveryTransport {
  return { send: (row) => (row.kind === ANNOUNCEMENT_KIND ? announcements : questions && isQuestionKind(row.kind) ? questions : notices).send(row) };
}
