import type { Notice, NoticeResult, Notifier } from "../../src/domain/notifier.ts";

/** Records notices; `answer` decides each result (default: sent). */
export function recordingNotifier(answer: (notice: Notice) => NoticeResult = () => "sent") {
  const notices: Notice[] = [];
  const notifier: Notifier = {
    send: async (notice) => {
      notices.push(notice);
      return answer(notice);
    },
  };
  const label = (n: Notice) => ("signup" in n ? n.signup.listName : "announcement" in n ? n.announcement.excerpt : n.offer.title);
  return { notifier, notices, kinds: () => notices.map((n) => `${n.kind}:${label(n)}`) };
}
