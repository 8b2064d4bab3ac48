## language
# The language's own name in its own script, shown on the language buttons.
language-name = Deutsch
language-choose = 🌍 Welche Sprache möchtest du?
language-changed = ✅ Fertig! Ab jetzt schreibe ich dir auf Deutsch.

## start
start-greeting =
    Hallo { $firstName }! 👋
    Ich bin Treffpunkt. Ich helfe dir, Angebote in deiner Stadt zu finden, zum Beispiel Sport, Sprachcafés und Beratung, und dich dafür anzumelden.
start-link-welcome = 👋 Willkommen bei Treffpunkt! Tipp unten auf „📅 Angebote“, dann siehst du, was sonst noch los ist.
start-choose-language = 🌍 Bitte wähle deine Sprache:

## help
help-intro = Das kann ich für dich tun:
command-offers = 📅 Angebote finden
command-start = 👋 Start
command-language = 🌍 Sprache ändern
command-help = ❓ Hilfe

## fallback
fallback-not-understood = 🤔 Ich kann nur Textnachrichten lesen. Schreib ein Wort zum Suchen, zum Beispiel „Fußball“, oder tipp auf „📅 Angebote“.

## groups
groups-private-only = 👋 Ich arbeite nur im privaten Chat. Schreib mir bitte direkt: { $botUsername }

## errors
rate-limited = 🐢 Das war gerade sehr viel auf einmal. Bitte warte ein paar Sekunden und versuch es dann noch einmal.
error-generic = 😕 Entschuldigung, da ist etwas schiefgegangen. Bitte versuch es gleich noch einmal.
error-stale-button = ⌛ Dieser Knopf funktioniert nicht mehr. Bitte schick /start.
error-not-found = 🔍 Das habe ich nicht gefunden. Vielleicht wurde es entfernt.
error-forbidden = 🚫 Das darfst du leider nicht.
error-invalid-input = ✋ Das hat nicht geklappt. Bitte prüf deine Eingabe und versuch es noch einmal.

## main menu
menu-offers = 📅 Angebote
menu-language = 🌍 Sprache
menu-help = ❓ Hilfe

## offers
offers-title = 📅 Was ist los? · Seite { $page } von { $pages }
offers-filters-active = Filter: { $filters }
offers-none = 😕 Zu diesen Filtern gibt es keine Angebote. Probier andere Filter.
offers-none-at-all = 😕 Gerade gibt es keine Angebote. Schau bald wieder vorbei.
offers-only-in =
    { $language ->
        [de] (nur auf Deutsch)
        [en] (nur auf Englisch)
       *[other] (noch nicht in deiner Sprache)
    }
offers-online = 💻 Online
offers-filter-category = 🏷 Thema
offers-filter-district = 📍 Stadtteil
offers-filter-when = 📅 Wann
offers-filter-youth = 🧒 Für junge Leute
offers-filter-clear = ✖️ Filter löschen
offers-filter-all = 🔄 Alle
offers-choose-category = 🏷 Was interessiert dich?
offers-choose-district = 📍 Welcher Stadtteil?
offers-choose-when = 📅 Wann?
offers-when-today = Heute
offers-when-week = Diese Woche
offers-when-months2 = Nächste 2 Monate
offers-prev = ◀️ Zurück
offers-next = Weiter ▶️
offers-back = ◀️ Zurück zur Liste
offers-share = 📤 Teilen
offers-share-text = { $title } – bei Treffpunkt
offers-unavailable = ⌛ Dieses Angebot gibt es leider nicht mehr.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 Jede Woche bis { $until }
offer-recurs-biweekly = 🔁 Alle zwei Wochen bis { $until }
offer-place = 📍 { $place }
offer-online-link = 💻 Online: { $url }
offer-cost-free = 💶 Kostenlos
offer-cost = 💶 { $cost }
offer-ages-range = 👥 Von { $min } bis { $max } Jahren
offer-ages-min = 👥 Ab { $min } Jahren
offer-ages-max = 👥 Bis { $max } Jahre
offer-languages = 🗣 Gesprochene Sprachen: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ Anmeldung nötig · 1 Platz
       *[other] ✍️ Anmeldung nötig · { $capacity } Plätze
    }
offer-signup-needed-open = ✍️ Anmeldung nötig
offer-signup-not-needed = 🚪 Ohne Anmeldung, einfach vorbeikommen
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 Das habe ich zu „{ $query }“ gefunden:
search-none = 🔎 Zu „{ $query }“ habe ich nichts gefunden. Probier ein anderes Wort oder schau dir alle Angebote an.
search-too-short = 🔎 Bitte schreib mindestens 2 Buchstaben, um zu suchen.
search-all-offers = 📅 Alle Angebote

## sign-up
signup-button = ✍️ Anmelden
signup-ask-seats = 🪑 Wie viele Plätze brauchst du für „{ $title }“? Tipp eine Zahl an (höchstens { $max }).
signup-seats-hint = Bitte tipp eine Zahl von 1 bis { $max } an, oder schick /cancel zum Abbrechen.
signup-ask-name = 📝 Welcher Name soll auf die Liste? Tipp auf den Knopf oder schreib einen anderen Namen.
signup-name-hint = Bitte schreib einen Namen (Zeichen: höchstens { $max }) oder tipp auf den Knopf. Mit /cancel brichst du ab.
signup-ask-age =
    🎂 Dieses Angebot ist für:
    { $range }
    Wie alt ist die Person, die kommt?
signup-age-adult = 🧔 18 oder älter
signup-ask-children = 👨‍👩‍👧 Plätze: { $seats }. Wie viele davon sind für Kinder?
signup-children-hint = Bitte tipp eine Zahl von { $min } bis { $max } an, oder schick /cancel zum Abbrechen.
signup-age-mismatch =
    😕 Tut mir leid, dieses Angebot ist nur für:
    { $range }
signup-button-hint = Bitte tipp auf einen der Knöpfe oben, oder schick /cancel zum Abbrechen.
signup-consent = 🔒 Für die Liste speichern wir deinen Namen, die Zahl der Plätze und, falls gefragt, die Altersgruppe. Nur wer dieses Angebot macht, sieht sie. Wir löschen sie { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach dem Angebot. Mehr: /privacy
signup-consent-agree = ✅ Einverstanden
signup-summary = 📋 Bitte prüf noch einmal:
signup-summary-seats =
    { $seats ->
        [one] 🪑 1 Platz
       *[other] 🪑 { $seats } Plätze
    }
signup-summary-name = 📝 Name: { $name }
signup-summary-children = 👨‍👩‍👧 Kinder: { $children }
signup-summary-fits = Es sind genug Plätze frei.
signup-summary-full = Gerade ist alles voll: Du kommst auf Platz { $position } der Warteliste.
signup-confirm = ✅ Jetzt anmelden
signup-cancel = ✖️ Abbrechen
signup-cancelled = Okay, ich habe abgebrochen. Es wurde nichts gespeichert.
signup-timeout = ⌛ Du hast mehr als 30 Minuten Pause gemacht, deshalb habe ich die Anmeldung beendet. Tipp einfach noch einmal auf „✍️ Anmelden“.
signup-done-confirmed =
    { $seats ->
        [one] ✅ Du bist angemeldet! Dein Platz ist reserviert.
       *[other] ✅ Du bist angemeldet! Deine { $seats } Plätze sind reserviert.
    }
signup-done-waitlisted = ⏳ Gerade ist alles voll. Du bist auf Platz { $position } der Warteliste. Sobald ein Platz frei wird, melde ich dich an und sage dir Bescheid.
signup-done-guardian = 👪 Fast geschafft! Weil du unter 16 bist, muss ein Elternteil zustimmen. Schick diesen Link bitte deiner Mutter oder deinem Vater: { $link } — Wir halten deinen Platz 48 Stunden frei.
signup-forward-link = 📤 Link senden
signup-ics-caption = 📅 Speicher den Termin in deinem Kalender.
signup-ics-description = Angemeldet über Treffpunkt: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 Meine Anmeldungen
command-my = 🗓 Meine Anmeldungen
my-title = 🗓 Deine Anmeldungen
my-none = Du hast gerade keine Anmeldungen. Tipp auf „📅 Angebote“, um etwas zu finden.
my-status-confirmed =
    { $seats ->
        [one] ✅ Angemeldet · 1 Platz
       *[other] ✅ Angemeldet · { $seats } Plätze
    }
my-status-waitlisted = ⏳ Warteliste, Platz { $position }
my-status-pending = 👪 Wartet auf die Zustimmung der Eltern
my-list-name = 📝 Name auf der Liste: { $name }
my-ics = 📅 Kalenderdatei
my-cancel = ❌ Anmeldung absagen
my-cancel-confirm = Möchtest du deine Anmeldung für „{ $title }“ wirklich absagen?
my-cancel-yes = ✅ Ja, absagen
my-cancel-no = ◀️ Nein, behalten
my-cancelled = ✅ Abgesagt. Dein Platz ist jetzt für jemand anderen frei. Danke, dass du Bescheid gibst!
my-back = ◀️ Zurück

## notices
notice-promoted = 🎉 Gute Nachricht! Ein Platz ist frei geworden, und jetzt bist du angemeldet:
notice-reminder = ⏰ Eine Erinnerung für dich:
notice-still-coming = 🤔 Kommst du noch?
notice-still-coming-yes = ✅ Ja, ich komme
notice-still-coming-no = ❌ Nein, ich kann nicht
still-coming-thanks = 👍 Prima, bis dann!
still-coming-freed = Danke für deine Nachricht. Dein Platz ist jetzt für jemand anderen frei.
notice-lapsed = ⌛ Innerhalb von 48 Stunden hat kein Elternteil zugestimmt, deshalb haben wir deinen Platz weitergegeben. Du kannst dich wieder anmelden:
notice-guardian-confirmed = ✅ Ein Elternteil hat zugestimmt. Du bist angemeldet:
notice-guardian-declined = Deine Mutter oder dein Vater hat nicht zugestimmt, deshalb bist du nicht angemeldet für:

## guardian
guardian-request = 👪 { $name } möchte bei diesem Angebot mitmachen. Weil { $name } unter 16 ist, brauchen wir die Zustimmung eines Elternteils. Sind Sie einverstanden?
guardian-yes = ✅ Ja, einverstanden
guardian-no = ❌ Nein
guardian-thanks-yes = ✅ Vielen Dank! { $name } ist angemeldet.
guardian-thanks-no = In Ordnung. { $name } ist nicht angemeldet.

## input the bot cannot use
input-edited = ✏️ Geänderte Nachrichten sehe ich nicht. Bitte schick sie noch einmal als neue Nachricht.
input-forwarded = 📨 Weitergeleitete Nachrichten lese ich nicht. Bitte schreib selbst oder tipp auf einen Knopf.

## privacy
command-privacy = 🔒 Datenschutz
privacy-notice =
    🔒 Deine Daten bei Treffpunkt

    📦 Was wir speichern: deine Telegram-ID (eine Zahl, nicht deine Telefonnummer), damit wir dir antworten können, deinen Vornamen, deine Sprache, deine Einstellungen für Neuigkeiten und, wenn du dich anmeldest, den Namen für die Liste, die Zahl der Plätze und die Altersgruppe. Keine Telefonnummern, keine Geburtstage und keine Chat-Nachrichten, außer den Fragen, die du an Veranstalter schickst.
    🎯 Wozu: damit du Angebote findest, dich anmelden kannst und die Neuigkeiten bekommst, die du willst.
    👀 Wer sie sieht: Wer ein Angebot macht, sieht die Liste dafür. Statistiken zeigen nur Zahlen, nie Namen.
    ⏳ Wie lange: Anmeldungen löschen wir { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach dem Angebot. Wenn du den Bot blockierst, löschen wir alles nach { $blockedDays ->
        [one] { $blockedDays } Tag
       *[other] { $blockedDays } Tagen
    }.
    ✉️ Fragen: { $contact }

    Hier kannst du deine Daten herunterladen oder löschen.
privacy-no-contact = die Stelle, die dir von diesem Bot erzählt hat
privacy-export-button = 📦 Meine Daten herunterladen
privacy-export-caption = 📦 Das ist alles, was Treffpunkt über dich speichert.
privacy-delete-button = 🗑 Meine Daten löschen
privacy-delete-ask = 🗑 Willst du alle deine Daten löschen? Wir löschen deinen Namen, deine Sprache und deine Einstellungen.
privacy-delete-signups = 🎟 Anmeldungen, die abgesagt werden: { $count }. Die Plätze gehen an Leute auf der Warteliste.
privacy-delete-final = Das kann man nicht rückgängig machen.
privacy-delete-yes = ⚠️ Ja, löschen
privacy-delete-keep = ↩️ Nein, behalten
privacy-delete-last = ⚠️ Letzte Frage: Jetzt alles löschen?
privacy-delete-now = 🗑 Jetzt löschen
privacy-delete-kept = 👍 Gut. Es wurde nichts gelöscht.
privacy-delete-done = ✅ Fertig. Deine Daten sind gelöscht. Abgesagte Anmeldungen: { $count }. Wenn du mir wieder schreibst, fangen wir neu an.
privacy-delete-expired = ⌛ Diese Frage ist zu alt. Um deine Daten zu löschen, fang bitte noch einmal mit /privacy an.

## sign-up errors
error-offer-unavailable = ⌛ Dieses Angebot gibt es leider nicht mehr.
error-signup-closed = ⌛ Die Anmeldung für diesen Termin ist geschlossen.
error-signup-not-open = 🚪 Für dieses Angebot brauchst du keine Anmeldung. Komm einfach vorbei!
error-signup-duplicate = ✅ Du bist für diesen Termin schon angemeldet. Du findest ihn unter „🗓 Meine Anmeldungen“.
error-signup-age-mismatch = 😕 Tut mir leid, dieses Angebot ist für eine andere Altersgruppe.
error-signup-cancel-too-late = ⏰ Für eine Absage hier ist es zu spät. Bitte sag direkt bei der Organisation Bescheid, die das Angebot macht.
error-signup-not-found = 🔍 Diese Anmeldung finde ich nicht mehr.
error-guardian-link-invalid = 🔗 Dieser Link funktioniert nicht mehr. Vielleicht wurde er schon benutzt, oder das Angebot ist vorbei.
error-guardian-self = 👪 Bitte schick diesen Link deiner Mutter oder deinem Vater. Die Zustimmung muss von ihnen selbst kommen.

## subscriptions
menu-subscriptions = 🔔 Neuigkeiten
command-subscriptions = 🔔 Neuigkeiten auswählen
command-stop = 🔕 Alle Neuigkeiten abbestellen
subscriptions-title = 🔔 Neuigkeiten aus der Stadt
subscriptions-intro = Wähl aus, worüber du etwas hören möchtest. Tipp auf einen Knopf, um den Haken zu setzen oder zu entfernen.
subscriptions-status-on = ✅ Neuigkeiten sind an. Du bekommst Nachrichten zu den Themen mit Haken.
subscriptions-status-empty = ☝️ Neuigkeiten sind an, aber noch kein Thema hat einen Haken. Bitte wähl mindestens eins aus.
subscriptions-status-off = 🔕 Neuigkeiten sind aus, du bekommst also keine. Deine Auswahl bleibt gespeichert. Setz beim ersten Knopf den Haken, um sie wieder anzuschalten.
subscriptions-switch = 🔔 Schick mir Neuigkeiten
subscriptions-general = 📢 Allgemeine Nachrichten der Stadt
subscriptions-digest = 🗞 Wöchentliche Liste neuer Angebote
subscriptions-districts =
    { $count ->
        [0] 📍 Stadtteile: alle
        [one] 📍 Stadtteile: 1 ausgewählt
       *[other] 📍 Stadtteile: { $count } ausgewählt
    }
subscriptions-districts-title = 📍 Aus welchen Stadtteilen möchtest du etwas hören? Wähl einen oder mehrere aus, oder „Alle Stadtteile“.
subscriptions-districts-all = 🏙 Alle Stadtteile
subscriptions-back = ◀️ Zurück
subscriptions-stopped = 🔕 Erledigt. Du bekommst keine Neuigkeiten mehr, aber deine Auswahl bleibt gespeichert. Um sie wieder anzuschalten, schick /subscriptions.
subscriptions-ask = 🔔 Möchtest du Neuigkeiten aus der Stadt bekommen (Nachrichten, neue Angebote)?
subscriptions-ask-yes = ✅ Ja, Themen auswählen
subscriptions-ask-no = ❌ Nein, danke
subscriptions-ask-declined = 👍 Alles klar, keine Neuigkeiten. Wenn du es dir anders überlegst, schick einfach /subscriptions.
subscriptions-unsubscribe = 🔕 Dieses Thema abbestellen
subscriptions-unsubscribed = 🔕 Erledigt. Zu „{ $topic }“ bekommst du keine Neuigkeiten mehr. Um deine Auswahl zu ändern, schick /subscriptions.

## broadcast (staff)
broadcast-ask-text = ✏️ Bitte schick den Text der Ankündigung (Zeichen: höchstens { $max }). Schreib ihn in deiner Sprache; Übersetzungen kannst du danach hinzufügen.
broadcast-text-hint = Bitte schick den Text als Nachricht (Zeichen: höchstens { $max }), oder /cancel zum Abbrechen.
broadcast-ask-translations = 🌍 Eine Übersetzung hinzufügen? Tipp auf eine Sprache oder auf „Fertig“.
broadcast-ask-translation = ✏️ Bitte schick den Text auf { $language }.
broadcast-translations-done = ✅ Fertig
broadcast-ask-audience = 👥 Wer soll sie bekommen?
broadcast-audience-subscribers = 📣 Wer ein Thema abonniert hat
broadcast-audience-participants = ✅ Teilnehmende eines Angebots
broadcast-audience-waitlist = ⏳ Warteliste eines Angebots
broadcast-topic-general = Allgemeine Nachrichten der Stadt
broadcast-ask-topic = 🏷 Welches Thema?
broadcast-ask-districts = 📍 Welche Stadtteile? Tipp zum Auswählen, dann auf „Fertig“.
broadcast-all-districts = Alle Stadtteile
broadcast-districts-done = ✅ Fertig
broadcast-ask-languages = 🌍 Für welche Sprachen? Tipp zum Auswählen, dann auf „Fertig“. Ohne Auswahl bekommen es alle.
broadcast-all-languages = Alle Sprachen
broadcast-ask-offer = 📅 Welcher Termin?
broadcast-ask-urgent = ⚠️ Ist es dringend? Dringende Nachrichten gehen auch nachts raus. Nur für Warnungen zur Sicherheit.
broadcast-normal = 🕊 Normal
broadcast-urgent = ⚠️ Dringend (Sicherheitswarnung)
broadcast-ask-when = 🕒 Jetzt senden, oder schreib Datum und Uhrzeit (Berliner Zeit), z. B. „12.12. 17:00“ oder „2026-12-12 17:00“.
broadcast-now = 🚀 Jetzt senden
broadcast-when-hint = Bitte schreib ein Datum in der Zukunft wie „12.12. 17:00“, oder tipp auf „Jetzt senden“.
broadcast-ask-repeat = 🔁 Soll sie sich wiederholen?
broadcast-repeat-none = Nur einmal
broadcast-repeat-weekly = Jede Woche um { $time }
broadcast-repeat-monthly = Jeden Monat am { $day }. um { $time }
broadcast-preview-as = 👀 Vorschau: So sieht es jemand, der { $language } liest:
broadcast-confirm-question =
    { $count ->
        [one] 📬 Die Ankündigung geht am { $date } an 1 Person. Senden?
       *[other] 📬 Die Ankündigung geht am { $date } an { $count } Personen. Senden?
    }
broadcast-confirm = ✅ Ja, senden
broadcast-saved = ✅ Gespeichert. Die Ankündigung geht wie geplant raus.
broadcast-cancelled = Okay, ich habe abgebrochen. Es wurde nichts gesendet.
broadcast-timeout = ⌛ Mehr als 30 Minuten sind vergangen, deshalb habe ich abgebrochen. Mit /broadcast fängst du neu an.
broadcast-list-title = 📣 Ankündigungen
broadcast-list-empty = Nichts ist geplant.
broadcast-cancel-scheduled = ✖️ Absagen
broadcast-cancelled-scheduled = ✅ Die Ankündigung wurde abgesagt.
broadcast-stats = #{ $id }: gesendet: { $sent } · wartend: { $queued } · für den Morgen: { $waitingForMorning } · fehlgeschlagen: { $failed } · blockiert: { $blocked }
broadcast-promote = 📣 Angebot ankündigen
announcement-open-offer = 📅 Angebot öffnen
error-announcement-not-editable = ⌛ Diese Ankündigung läuft schon oder wurde abgesagt.
command-broadcast = 📣 Ankündigung senden (Team)
command-announcements = 📋 Ankündigungen (Team)

## digest
digest-title = 📰 Neu diese Woche, passend für dich:

## announcement editing (staff)
broadcast-edit = ✏️ Ändern
broadcast-edit-what = ✏️ Was möchtest du an Ankündigung #{ $id } ändern?
broadcast-edit-text = 📝 Den Text
broadcast-edit-time = 🕒 Die Uhrzeit
broadcast-edit-ask-time = 🕒 Bitte schreib das neue Datum und die Uhrzeit (Berliner Zeit), z. B. „12.12. 17:00“.
broadcast-edit-saved = ✅ Gespeichert.

## offer changes and approval
notice-offer-changed = 🔄 Ein Angebot, für das du angemeldet bist, hat sich geändert. Neue Zeit und neuer Ort:
notice-offer-before = Vorher: { $before }
notice-offer-cancelled = ❌ Leider wurde dieses Angebot abgesagt. Du musst nichts weiter tun:
notice-offer-pending = 📝 Ein neues Angebot wartet auf deine Freigabe:
notice-offer-approved = ✅ Dein Angebot wurde freigegeben und ist jetzt für alle sichtbar:
notice-offer-rejected = ↩️ Dein Angebot wurde noch nicht freigegeben. Bitte schau dir den Grund an und ändere es:
notice-offer-reason = Grund: { $reason }

## staff offers
command-myoffers = 🗂 Unsere Angebote (Team)
staff-offers-title = 🗂 Die Angebote deiner Organisation
staff-offers-none = Es gibt noch keine Angebote.
staff-offer-dates = 📅 Wähl einen Termin, um zu sehen, wer sich angemeldet hat:
staff-offer-cancel = ❌ Angebot absagen
staff-offer-cancel-confirm = Möchtest du „{ $title }“ wirklich absagen? Alle Angemeldeten bekommen Bescheid.
staff-offer-cancel-yes = ✅ Ja, absagen
staff-offer-cancelled =
    { $count ->
        [one] ✅ Abgesagt. 1 Person hat Bescheid bekommen.
       *[other] ✅ Abgesagt. { $count } Personen haben Bescheid bekommen.
    }
staff-participants-title = 👥 Angemeldet für { $date }:
staff-participants-none = Es hat sich noch niemand angemeldet.
staff-participants-export = 📄 Als CSV exportieren
staff-participants-csv-caption = 📄 Teilnehmendenliste
staff-attendance-hint = Nach dem Beginn tippst du auf ✅ oder ❌, um einzutragen, wer da war.
staff-csv-name = Name
staff-csv-seats = Plätze
staff-csv-children = Kinder
staff-csv-status = Status
staff-csv-age = Altersgruppe
staff-csv-attendance = Anwesenheit
staff-back = ◀️ Zurück

## new offer (staff)
command-newoffer = ➕ Neues Angebot (Team)
staff-offer-reschedule = 🕒 Zeit ändern
newoffer-ask-title = ✏️ Wie heißt das Angebot? Schreib den Titel auf { $language }. Zeichen: höchstens { $max }.
newoffer-title-hint = Bitte schreib einen Titel mit Wörtern (Zeichen: höchstens { $max }), oder /cancel.
newoffer-ask-summary = 📝 Beschreib es in ein, zwei kurzen Sätzen (Zeichen: höchstens { $max }).
newoffer-summary-hint = Bitte schreib eine kurze Beschreibung (Zeichen: höchstens { $max }), oder /cancel.
newoffer-ask-translations = 🌍 Eine Übersetzung hinzufügen? Tipp auf eine Sprache oder auf „Fertig“.
newoffer-ask-category = 🏷 Welches Thema passt am besten?
newoffer-ask-district = 📍 In welchem Stadtteil?
newoffer-no-district = 🌐 Kein Stadtteil (online oder stadtweit)
newoffer-ask-place = 🏠 Wo? Schreib die Adresse, teil einen Standort mit 📎 oder schick einen Online-Link (https://…).
newoffer-place-hint = Bitte schreib eine Adresse, teil einen Standort oder schick einen Link, der mit https:// beginnt.
newoffer-ask-start = 🕒 Wann geht es los? Schreib Datum und Uhrzeit (Berliner Zeit), z. B. „12.12. 17:00“ oder „2026-12-12 17:00“.
newoffer-start-hint = Bitte schreib ein Datum in der Zukunft wie „12.12. 17:00“, oder /cancel.
newoffer-ask-length = ⏱ Wie lange dauert es?
newoffer-length = { $hours } Std.
newoffer-ask-repeat = 🔁 Wiederholt es sich?
newoffer-repeat-weekly = Jede Woche
newoffer-repeat-biweekly = Alle zwei Wochen
newoffer-ask-until = 📆 Bis wann? Schreib das letzte Datum, z. B. „31.01.“.
newoffer-until-hint = Bitte schreib ein Datum nach dem Beginn, z. B. „31.01.“.
newoffer-ask-signup = ✍️ Muss man sich anmelden? Tipp auf die Zahl der Plätze, schreib eine andere Zahl oder wähl „Ohne Anmeldung“.
newoffer-no-signup = 🚪 Ohne Anmeldung
newoffer-seats = { $seats } Plätze
newoffer-seats-hint = Bitte tipp auf einen Knopf oder schreib die Zahl der Plätze.
newoffer-ask-ages = 👥 Für welches Alter? Tipp oder schreib einen Bereich wie „12-17“ (oder „60-“ für ab 60).
newoffer-ages-all = Alle
newoffer-ages-youth = 12–17
newoffer-ages-children = Kinder 6–11
newoffer-ages-seniors = Ab 60
newoffer-ages-hint = Bitte tipp auf einen Knopf oder schreib einen Bereich wie „12-17“.
newoffer-ask-cost = 💶 Ist es kostenlos? Tipp auf „Kostenlos“ oder schreib den Preis (z. B. „2 €“).
newoffer-cost-hint = Bitte tipp auf „Kostenlos“ oder schreib den Preis.
newoffer-languages = 🌍 Sprachen mit Text: { $count }
newoffer-preview = 👀 Bitte prüf dein Angebot:
newoffer-save-draft = 💾 Als Entwurf speichern
newoffer-publish = 🚀 Veröffentlichen
newoffer-saved-draft = 💾 Als Entwurf gespeichert.
newoffer-saved-pending-approval = ⏳ Zur Freigabe geschickt. Du bekommst Bescheid, sobald es geprüft ist.
newoffer-saved-published = 🚀 Veröffentlicht! Jetzt können alle es finden.
newoffer-cancelled = Okay, ich habe abgebrochen. Es wurde nichts gespeichert.
newoffer-timeout = ⌛ Mehr als 30 Minuten sind vergangen, deshalb habe ich abgebrochen. Es wurde nichts gespeichert.
newoffer-no-organization = 🏢 Du gehörst noch zu keiner Organisation. Bitte frag eine Admin-Person nach einem Einladungslink.
newoffer-rescheduled =
    { $count ->
        [one] ✅ Die Zeit ist geändert. 1 Person hat Bescheid bekommen.
       *[other] ✅ Die Zeit ist geändert. { $count } Personen haben Bescheid bekommen.
    }

newoffer-ask-max-seats = 🪑 Wie viele Plätze darf eine Person höchstens buchen (zum Beispiel für ihre Kinder)?
newoffer-ask-deadline = ⏰ Bis wann kann man sich anmelden und absagen?
newoffer-deadline-start = Anmelden bis zum Beginn, absagen bis 3 Stunden vorher
newoffer-deadline-day = Anmelden und absagen bis 1 Tag vorher
newoffer-deadline-week = Anmelden bis 1 Woche vorher, absagen bis 1 Tag vorher
newoffer-ask-spoken = 🗣 Welche Sprachen werden dort gesprochen? Tipp zum Auswählen, dann auf „Fertig“.
staff-offer-edit = ✏️ Bearbeiten
newoffer-save-changes = 💾 Änderungen speichern
newoffer-edited =
    { $count ->
        [0] ✅ Gespeichert.
        [one] ✅ Gespeichert. 1 Person hat Bescheid über die neue Zeit oder den neuen Ort bekommen.
       *[other] ✅ Gespeichert. { $count } Personen haben Bescheid über die neue Zeit oder den neuen Ort bekommen.
    }

## stats (admins)
command-stats = 📊 Zahlen (Admins)
stats-title = 📊 Zahlen für { $month } (ohne Namen)
stats-users = 👥 Menschen nach Sprache
stats-by-category = 🏷 Nach Thema
stats-by-offer = 📅 Nach Angebot
stats-line = Anmeldungen: { $signups }, Plätze: { $seats }, da: { $present }, nicht gekommen: { $absent }
stats-hint = Ein anderer Monat: /stats 2026-11

## admin
command-admin = 🛠 Verwaltung (Admins)
admin-menu-title = 🛠 Verwaltung
admin-menu-text = Was möchtest du verwalten?
admin-organizations = 🏢 Organisationen
admin-approvals = 📝 Freigaben
admin-audit = 📜 Protokoll
admin-back = ◀️ Zurück
admin-organizations-title = 🏢 Organisationen
admin-organizations-none = Es gibt noch keine Organisationen.
admin-organization-new = ➕ Neue Organisation
admin-organization-staff-count =
    { $count ->
        [one] 1 Teammitglied
       *[other] { $count } Teammitglieder
    }
admin-organization-trusted-on = ✅ Vertrauenswürdig
admin-organization-trusted-off = ⬜ Vertrauenswürdig
admin-organization-trusted-hint = Vertrauenswürdige Organisationen veröffentlichen Angebote ohne Freigabe.
admin-organization-ask-name = 🏢 Wie heißt die neue Organisation? (Zeichen: höchstens { $max })
admin-organization-name-hint = Bitte schick den Namen als Nachricht (Zeichen: 1–{ $max }), oder /cancel zum Abbrechen.
admin-organization-created = ✅ „{ $name }“ ist angelegt. Öffne sie, um Leute ins Team einzuladen.
admin-invite = ➕ Ins Team einladen
admin-invite-link = 🔗 Einladung zu { $organization }. Der Link funktioniert einmal, bis { $date }. Schick ihn der Person, die dazukommen soll:
admin-invite-share = 📤 Link teilen
admin-invite-share-text = Deine Einladung ins Team von { $organization } bei Treffpunkt
admin-staff = 👥 Team
admin-staff-title = 👥 Team von { $organization }
admin-staff-none = Noch niemand. Lade jemanden mit „➕ Ins Team einladen“ ein.
admin-staff-revoke = 🚫 { $name } entfernen
admin-staff-revoked = ✅ { $name } gehört nicht mehr zum Team.
admin-approvals-title = 📝 Wartet auf Freigabe
admin-approvals-none = Nichts wartet auf Freigabe.
admin-approve = ✅ Freigeben
admin-reject = ↩️ Zurückgeben
admin-approved = ✅ Freigegeben und veröffentlicht.
admin-reject-ask-reason = ↩️ Warum wird „{ $title }“ noch nicht freigegeben? Bitte schreib den Grund für die Organisation (Zeichen: höchstens { $max }).
admin-reject-reason-hint = Bitte schreib den Grund als Nachricht (Zeichen: 1–{ $max }), oder /cancel zum Abbrechen.
admin-rejected = ↩️ Mit deinem Grund an die Organisation zurückgegeben.
admin-audit-title = 📜 Protokoll, Seite { $page }
admin-audit-empty = Noch keine Einträge.
admin-audit-actor = von #{ $userId }
admin-audit-system = vom System
admin-cancelled = Okay, ich habe abgebrochen. Es wurde nichts geändert.
admin-timeout = ⌛ Mehr als 30 Minuten sind vergangen, deshalb habe ich abgebrochen. Es wurde nichts geändert.
staff-welcome = 🎉 Willkommen im Team von { $organization }! Du kannst jetzt ihre Angebote anlegen und verwalten. Mit /help siehst du deine Werkzeuge.
error-invitation-invalid = 🔗 Dieser Einladungslink funktioniert nicht. Bitte frag nach einem neuen.
error-invitation-used = 🔗 Dieser Einladungslink wurde schon benutzt. Bitte frag nach einem neuen.
error-invitation-expired = ⌛ Dieser Einladungslink ist abgelaufen. Bitte frag nach einem neuen.
error-organization-exists = 🏢 Eine Organisation mit diesem Namen gibt es schon. Bitte schick einen anderen Namen.
error-offer-not-pending = ⌛ Dieses Angebot wartet nicht mehr auf Freigabe.

## admins and audit
signup-age-under = 👧 Unter { $age }
signup-age-teen = 🧑 { $age } bis { $last }
signup-ask-age-any =
    🎂 Wie alt ist die Person, die kommt?
    Unter { $age } bestätigt ein Elternteil oder eine sorgeberechtigte Person die Anmeldung.
signup-ask-adult = 🔞 Dieses Angebot ist für Erwachsene. Bitte bestätige, dass die Person, die kommt, { $age } oder älter ist.
signup-adult-confirm = ✅ Ja, { $age } oder älter
admin-admins = 👑 Admins
admin-admins-title = 👑 Admins
admin-admins-text = Admins verwalten alle Organisationen, geben Angebote und Ankündigungen frei und lesen das Protokoll. Admins aus den Server-Einstellungen kann man hier nicht entfernen, und niemand nimmt sich selbst die Admin-Rolle: Das macht ein anderer Admin.
admin-admins-none = Es gibt noch keine Admins.
admin-admin-configured = Server-Einstellungen
admin-staff-admin-mark = 👑 Admin
admin-staff-make-admin = 👑 { $name } zum Admin machen
admin-staff-take-admin = ➖ { $name } die Admin-Rolle nehmen
admin-admin-granted = 👑 { $name } ist jetzt Admin.
admin-admin-revoked = ✅ { $name } ist kein Admin mehr.
error-admin-self = 🙅 Deine eigene Admin-Rolle kannst du nicht entfernen. Das kann ein anderer Admin tun.
error-admin-configured = 🔒 Dieser Admin kommt aus den Server-Einstellungen und kann im Bot nicht entfernt werden.
admin-audit-filter = 🏢 Nach Organisation
admin-audit-filter-title = 🏢 Die Einträge welcher Organisation möchtest du sehen?
admin-audit-filter-all = 📜 Alle Einträge
admin-audit-title-org = 📜 Protokoll · { $organization }, Seite { $page }
audit-who-system = System
audit-who-admin = Admin #{ $id }
audit-who-staff = Team-Mitglied #{ $id } · { $organization }
audit-who-staff-alone = Team-Mitglied #{ $id }
audit-who-resident = Bewohner*in #{ $id }
audit-who-user = Person #{ $id }
audit-target-user = Person #{ $id }
audit-action-other = Andere Aktion ({ $action })
audit-action-access-denied = 🚫 Abgelehnt: { $action }
audit-action-offer-created = 📝 Angebot gespeichert
audit-action-offer-edited = ✏️ Angebot bearbeitet
audit-action-offer-submitted = 📨 Angebot zur Freigabe geschickt
audit-action-offer-published = 📢 Angebot veröffentlicht
audit-action-offer-approved = ✅ Angebot freigegeben
audit-action-offer-rejected = ↩️ Angebot zurückgeschickt
audit-action-offer-cancelled = ❌ Angebot abgesagt
audit-action-offer-attendance = 🙋 Anwesenheit eingetragen
audit-action-participants-exported = 📄 Teilnehmendenliste heruntergeladen
audit-action-offer-revision-submitted = 📨 Änderung an einem Angebot zur Freigabe geschickt
audit-action-offer-revision-approved = ✅ Änderung an einem Angebot freigegeben
audit-action-offer-revision-rejected = ↩️ Änderung an einem Angebot zurückgeschickt
audit-action-announcement-created = 📣 Ankündigung geschrieben
audit-action-announcement-approved = ✅ Ankündigung freigegeben
audit-action-announcement-rejected = ↩️ Ankündigung zurückgeschickt
audit-action-announcement-edited = ✏️ Ankündigung bearbeitet
audit-action-announcement-cancelled = ❌ Ankündigung abgesagt
audit-action-announcement-sent = 📬 Ankündigung verschickt
audit-action-organization-created = 🏢 Organisation angelegt
audit-action-organization-edited = 🏢 Organisation geändert
audit-action-staff-invited = 🔗 Ins Team eingeladen
audit-action-staff-joined = 👋 Dem Team beigetreten
audit-action-staff-revoked = 🚫 Aus dem Team genommen
audit-action-admin-granted = 👑 Zum Admin gemacht
audit-action-admin-revoked = ➖ Admin-Rolle entzogen
audit-action-user-erased = 🗑 Eigene Daten gelöscht
## offer revisions
revision-waiting-own = ✏️ Deine letzte Änderung wartet auf Freigabe; alle sehen die Fassung oben.
revision-waits = ✏️ Danke! Deine Änderung wartet auf die Freigabe durch das Team der Stadt. Bis dahin sehen alle das Angebot wie bisher; du bekommst eine Nachricht, sobald entschieden ist.
revision-queue-title = ✏️ Änderungen an veröffentlichten Angeboten
revision-open = ✏️ Änderung { $number }
revision-title = Änderung an „{ $title }“
revision-proposed-by = Vorgeschlagen von { $organization } am { $date }
revision-no-changes = Es gibt keinen Unterschied mehr zur veröffentlichten Fassung.
revision-more-changes = … und weitere Änderungen, die nicht in diese Nachricht passen.
revision-was = bisher:
revision-now = neu:
revision-yes = ja
revision-no = nein
revision-repeats-none = einmalig
revision-repeats-weekly = jede Woche
revision-repeats-biweekly = alle zwei Wochen
revision-field-title = Titel
revision-field-summary = Kurzbeschreibung
revision-field-details = Details
revision-field-accessibility = Barrierefreiheit
revision-field-category = Thema
revision-field-district = Stadtteil
revision-field-address = Adresse
revision-field-online = Online-Link
revision-field-starts = Beginn
revision-field-ends = Ende
revision-field-repeats = Wiederholung
revision-field-until = Wiederholung bis
revision-field-cost = Kosten
revision-field-ages = Alter
revision-field-signup = Anmeldung nötig
revision-field-capacity = Plätze
revision-field-languages = Gesprochene Sprachen
revision-field-rules = Anmelderegeln (Plätze pro Anmeldung · Schluss · Absage bis · Erinnerung, in Minuten)
revision-approved = ✅ Änderung freigegeben und veröffentlicht.
revision-reject-ask-reason = ↩️ Warum wird die Änderung an „{ $title }“ nicht freigegeben? Bitte schreib den Grund für die Organisation (höchstens { $max } Zeichen).
revision-rejected = ↩️ Die Änderung wurde mit deinem Grund zurückgegeben. Die veröffentlichte Fassung bleibt, wie sie ist.
error-revision-not-pending = ⌛ Diese Änderung wartet nicht mehr auf Freigabe.
notice-offer-revision-pending = ✏️ Eine Änderung an einem veröffentlichten Angebot wartet auf deine Freigabe:
notice-offer-revision-approved = ✅ Deine Änderung wurde freigegeben und ist jetzt für alle sichtbar:
notice-offer-revision-rejected = ↩️ Deine Änderung wurde nicht freigegeben. Das Angebot bleibt, wie es war. Bitte schau dir den Grund an:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 Empfänger: { $count }. Die Ankündigung geht raus, sobald du bestätigst. Jetzt senden?
broadcast-sending = 🚀 Die Ankündigung geht jetzt raus. Empfänger: { $count }. Den Fortschritt siehst du unter /announcements.
broadcast-time-passed = 🕒 Die gewählte Zeit ist inzwischen vorbei. Bitte wähle die Zeit noch einmal; Text und Empfänger bleiben erhalten.
broadcast-stats-eta = ⏱ voraussichtlich fertig: { $time }
notice-announcement-report = 📣 Deine Ankündigung #{ $id } ist raus. Gesendet: { $sent } · fehlgeschlagen: { $failed } · Bot blockiert: { $blocked }
error-announcement-time-passed = 🕒 Die gewählte Zeit ist schon vorbei. Bitte wähle eine neue Zeit.
## announcements for partners
broadcast-ask-as = 🏛 Von wem kommt diese Ankündigung?
broadcast-as-city = Die Stadt
broadcast-picker-participants =
    👥 { $count ->
        [one] 1 Person
       *[other] { $count } Personen
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] 1 wartet
       *[other] { $count } warten
    }
broadcast-picker-previous = Zurück
broadcast-picker-next = Weiter
broadcast-picker-empty = 📅 Deine Organisation hat gerade keine kommenden Termine.
broadcast-confirm-urgent-night = Dringend: Diese Nachricht kommt auch nachts an, auch in der Ruhezeit.
broadcast-saved-pending = ✅ Gespeichert. Zuerst schaut sich jemand von der Stadt die Ankündigung an; du bekommst eine Nachricht, sobald sie freigegeben oder zurückgegeben ist.
broadcast-list-pending = wartet auf Freigabe
admin-announcement-approvals = 📣 Ankündigungen freigeben
admin-announcement-approvals-title = 📣 Ankündigungen, die auf Freigabe warten
admin-announcement-approvals-none = Keine Ankündigung wartet auf Freigabe.
admin-announcement-approved = ✅ Freigegeben. Sie geht wie geplant raus.
admin-announcement-rejected = ↩️ Mit deinem Grund an die Person zurückgegeben, die sie geschrieben hat.
admin-announcement-reject-ask-reason = ↩️ Warum wird Ankündigung #{ $id } nicht freigegeben? Bitte schreib den Grund für die Person, die sie geschrieben hat (Zeichen: höchstens { $max }).
notice-announcement-approved = ✅ Deine Ankündigung wurde freigegeben und geht wie geplant raus:
notice-announcement-rejected = ↩️ Deine Ankündigung wurde nicht freigegeben und wird nicht verschickt. Bitte schau dir den Grund an:
notice-announcement-when = Geplant für: { $date }
error-announcement-not-pending = ⌛ Diese Ankündigung wartet nicht mehr auf Freigabe.
notice-announcement-pending = 📣 Eine Ankündigung wartet auf deine Freigabe (/admin → 📣 Ankündigungen freigeben):
## machine translation (shared)
translation-mark = 🤖 maschinell übersetzt
translation-show-original = 📄 Original zeigen
translation-translate-all = 🌍 In alle Sprachen übersetzen
translation-by-hand = ✍️ Noch von Hand nötig (der Übersetzungsdienst bietet diese Sprachen nicht an): { $languages }
translation-unavailable = ⚠️ Der Übersetzungsdienst ist gerade nicht erreichbar. Dein Text ist gespeichert; die Übersetzungen kommen später von selbst dazu.
translation-budget = ⚠️ Das Budget für maschinelle Übersetzung ist für diesen Monat aufgebraucht. Dein Text ist gespeichert; Übersetzungen kannst du von Hand ergänzen.
translation-invalid = ⚠️ Die maschinelle Übersetzung in diese Sprachen ist nicht gelungen und wurde weggelassen: { $languages }
translation-outdated = ✏️ Der Originaltext hat sich geändert. Bitte prüf deine eigenen Übersetzungen in: { $languages }
translation-original-header = 📄 Original ({ $language }):
translation-none-configured = Für diesen Bot ist keine maschinelle Übersetzung eingerichtet.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 Dein Text fehlt noch in 1 Sprache, die deine Leserinnen und Leser nutzen. Soll der Übersetzungsdienst ihn übersetzen? Du kannst das Ergebnis prüfen und verbessern.
       *[other] 🌍 Dein Text fehlt noch in { $count } Sprachen, die deine Leserinnen und Leser nutzen. Soll der Übersetzungsdienst ihn übersetzen? Du kannst jedes Ergebnis prüfen und verbessern.
    }
mt-ann-skip = ➡️ Ohne weiter
mt-ann-translations-title = 🤖 Die maschinellen Übersetzungen:
mt-ann-ask-correct = ✏️ Um eine Sprache zu verbessern, tipp sie an und schick den verbesserten Text. Wenn alles passt, tipp auf Fertig.
mt-ann-corrections-done = ✅ Fertig
mt-ann-ask-correction = ✏️ Bitte schick den verbesserten Text auf { $language }.
mt-ann-original-gone = 🤷 Diese Nachricht kann leider nicht mehr gezeigt werden.
mt-ann-stats-title = 🌍 Maschinelle Übersetzung
mt-ann-stats-usage = { $provider } · Zeichen in diesem Monat: { $chars }
mt-ann-stats-usage-budget = { $provider } · Zeichen in diesem Monat: { $chars } von { $budget }
mt-ann-privacy-translation = 🌍 Übersetzung: Angebote und Ankündigungen, die für alle geschrieben sind, gehen an den Übersetzungsdienst { $provider }, damit du sie in deiner Sprache lesen kannst. Nur diese Texte, nie dein Name, deine Nachrichten oder deine Anmeldungen.
mt-ann-privacy-no-translation = 🌍 Übersetzung: Dieser Bot nutzt keinen maschinellen Übersetzungsdienst. Von deinen Daten geht nichts an einen solchen Dienst.
## feeds and the public page
feeds-calendar-name = Treffpunkt: Angebote
feeds-signup-line = Anmelden in Telegram: { $url }
feeds-subscribe = 📅 Diesen Kalender abonnieren
feeds-inventory-button = 📋 Angebotsliste (CSV)
feeds-inventory-caption = 📋 Alle kommenden Angebote, eine Zeile pro Angebot – z. B. für die Landesdatenbank.
page-title = Was ist los? – Treffpunkt
page-heading = Was ist los?
page-intro = Angebote in deiner Stadt: Leute treffen, lernen, Sport machen. Die Anmeldung geht über Telegram.
page-languages = Sprache
page-filter-category = Thema
page-filter-district = Stadtteil
page-filter-date = Tag
page-filter-all = Alle
page-filter-any-day = Alle kommenden Tage
page-filter-submit = Anzeigen
page-subscribe = 📅 Diese Angebote im eigenen Kalender abonnieren
page-empty = Dazu haben wir gerade nichts gefunden. Probiere andere Filter.
page-organizer = Veranstaltet von { $organization }
page-signup = ✍️ In Telegram anmelden
page-open = 📲 In Telegram öffnen
page-more =
    { $count ->
        [one] … und noch ein Termin. Wähle einen Tag oder ein Thema, um ihn zu sehen.
       *[other] … und noch { $count } Termine. Wähle einen Tag oder ein Thema, um sie zu sehen.
    }
## offers: machine translation
mt-offer-translated = 🤖 Maschinelle Übersetzungen. Bitte lies sie durch; zum Korrigieren tipp unten auf die Sprache.
mt-offer-grid-legend = ✅ von Hand · 🤖 maschinell übersetzt (tippen zum Korrigieren) · ✏️ bitte prüfen: das Original hat sich geändert · ➕ fehlt noch
mt-offer-preview-machine = 🤖 Maschinell übersetzte Sprachen: { $count }
mt-offer-refresh-failed = ⚠️ Diese maschinellen Übersetzungen konnten nicht erneuert werden und sind vorerst ausgeblendet: { $languages }. Sie kommen von selbst wieder dazu.
mt-offer-show-translation = 🌍 In meiner Sprache zeigen
## schedule import (issue 16)
command-import = Angebote aus einer Datei übernehmen (CSV, Excel, Kalender)
audit-action-import-applied = 📥 Terminplan importiert
audit-action-import-calendar-set = 📅 Abonnierter Kalender eingetragen
import-intro =
    📥 Viele Termine auf einmal übernehmen: Schick mir eine CSV- oder Excel-Datei (die Vorlage kommt gleich) oder eine Kalenderdatei (.ics) aus Nextcloud, Outlook oder Google. Höchstens { $mb } MB und { $rows } Zeilen. Du siehst zuerst eine Vorschau; gespeichert wird erst, wenn du bestätigst.

    Dieselbe Datei noch einmal zu schicken, ändert nichts. Eine geänderte Zeile ändert ihr Angebot, und alle Angemeldeten erfahren eine neue Zeit oder einen neuen Ort.
import-columns-title = <b>Die Spalten der Vorlage</b>
import-column-id = deine eigene Nummer für die Zeile (bitte behalten: daran erkennt ein neuer Import das Angebot wieder)
import-column-title = Titel auf { $language }
import-column-summary = kurze Beschreibung auf { $language }
import-column-category = Thema, z. B. Sport, Beratung, Kinder & Familie (leer: du wählst eins für die ganze Datei)
import-column-district = Stadtteil (leer: du wählst einen für die ganze Datei)
import-column-address = Adresse des Ortes
import-column-online = Online-Link (https://…) für Angebote im Internet
import-column-start = Beginn, z. B. 05.12.2026 15:00 oder 2026-12-05 15:00 (Berliner Zeit)
import-column-end = Ende: eine Uhrzeit (17:00) oder Datum und Uhrzeit
import-column-length = oder die Dauer: 90, 1:30 oder 2 h
import-column-repeats = wöchentlich, alle zwei Wochen oder monatlich (leer: einmalig)
import-column-until = letzter Termin der Reihe, z. B. 31.03.2027
import-column-seats = Plätze pro Termin (leer: keine Anmeldung nötig)
import-column-ages = Alter, z. B. 12-17 oder 60-
import-column-cost = Kosten, z. B. 2 € (leer: kostenlos)
import-column-languages = gesprochene Sprachen, z. B. de, ar, uk
import-column-accessibility = Barrierefreiheit, z. B. stufenlos erreichbar
import-column-contact = so erreicht man die Veranstalter
import-template-csv = 📄 Vorlage als CSV (Semikolons, für Excel)
import-template-xlsx = 📊 Vorlage als Excel-Datei, mit Erklärung der Spalten
import-sheet-offers = Angebote
import-sheet-columns = Spalten
import-reading = 📥 Ich lese die Datei …
import-file-too-big = 😕 Diese Datei ist zu groß. Ich kann Dateien bis { $mb } MB lesen.
import-file-too-many-rows = 😕 Diese Datei hat mehr als { $rows } Zeilen. Bitte teil sie in kleinere Dateien auf.
import-file-unreadable = 😕 Ich konnte diese Datei nicht lesen. Bitte speichere sie noch einmal als CSV, Excel (.xlsx) oder Kalender (.ics) und schick sie erneut.
import-file-no-header = 😕 Ich finde die Spaltennamen nicht. Die erste Zeile braucht mindestens eine Spalte für Titel und Beginn, wie in der Vorlage (/import).
import-file-unknown-type = Ich kann CSV-, Excel- (.xlsx) und Kalenderdateien (.ics) übernehmen. Mit /import bekommst du eine Vorlage.
import-file-empty = 😕 Diese Datei ist leer.
import-ask-category = Manche Termine haben kein Thema. Welches Thema bekommen sie?
import-ask-district = Zu welchem Stadtteil gehören die Termine dieser Datei?
import-district-none = 🌐 Kein Stadtteil (stadtweit oder online)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 neu
       *[other] { $count } neu
    }
import-count-changed =
    { $count ->
        [one] 1 geändert
       *[other] { $count } geändert
    }
import-count-unchanged =
    { $count ->
        [one] 1 unverändert
       *[other] { $count } unverändert
    }
import-count-cancelled =
    { $count ->
        [one] 1 abgesagt (nicht mehr in der Datei)
       *[other] { $count } abgesagt (nicht mehr in der Datei)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ 1 Zeile kann ich nicht übernehmen:
       *[other] ⚠️ { $count } Zeilen kann ich nicht übernehmen:
    }
import-row-error = Zeile { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … und 1 weitere
       *[other] … und { $count } weitere
    }
import-preview-question = Jetzt übernehmen? Die übrigen Zeilen werden übernommen, die oben genannten ausgelassen.
import-nothing-to-do = Nichts zu tun: Alles ist schon auf dem neuesten Stand.
import-confirm = ✅ Übernehmen
import-done = ✅ Übernommen.
import-awaiting-approval =
    { $count ->
        [one] 1 Angebot wartet auf die Freigabe durch die Stadt.
       *[other] { $count } Angebote warten auf die Freigabe durch die Stadt.
    }
import-notified =
    { $count ->
        [one] 1 angemeldete Person wurde über die Änderung informiert.
       *[other] { $count } Angemeldete wurden über die Änderungen informiert.
    }
import-left-out =
    { $count ->
        [one] 1 Zeile wurde ausgelassen (siehe oben).
       *[other] { $count } Zeilen wurden ausgelassen (siehe oben).
    }
import-cancelled = Import abgebrochen. Es wurde nichts gespeichert.
import-timeout = Der Import wurde beendet, weil eine Weile nichts passiert ist. Schick die Datei einfach noch einmal.
import-reason-title-missing = kein Titel
import-reason-title-too-long = der Titel ist zu lang (höchstens 200 Zeichen)
import-reason-summary-too-long = die Beschreibung ist zu lang (höchstens 1.000 Zeichen)
import-reason-start-missing = kein Beginn
import-reason-date-format = das Datum „{ $value }“ kann ich nicht lesen (schreib 05.12.2026 15:00)
import-reason-date-not-exist = das Datum „{ $value }“ gibt es nicht
import-reason-date-past = der Termin liegt in der Vergangenheit
import-reason-end-before-start = das Ende liegt vor dem Beginn
import-reason-length-invalid = die Dauer „{ $value }“ kann ich nicht lesen (schreib 90 oder 1:30)
import-reason-repeats-unknown = die Wiederholung „{ $value }“ kenne ich nicht (wöchentlich, alle zwei Wochen, monatlich)
import-reason-until-before-start = die Reihe endet („{ $value }“), bevor sie beginnt
import-reason-seats-invalid = die Plätze „{ $value }“ sind keine Zahl
import-reason-ages-invalid = das Alter „{ $value }“ kann ich nicht lesen (schreib 12-17 oder 60-)
import-reason-languages-invalid = die Sprachen „{ $value }“ kann ich nicht lesen (schreib de, ar)
import-reason-link-invalid = „{ $value }“ ist kein Weblink (https://…)
import-reason-text-too-long = ein Text ist zu lang: „{ $value }“
import-reason-category-unknown = das Thema „{ $value }“ kenne ich nicht
import-reason-category-missing = kein Thema
import-reason-district-unknown = den Stadtteil „{ $value }“ kenne ich nicht
import-reason-duplicate-id = die ID „{ $value }“ kommt zweimal in der Datei vor
import-reason-event-invalid = diesen Kalendereintrag kann ich nicht lesen
import-reason-row-invalid = aus dieser Zeile wird kein gültiges Angebot
import-calendar-button = 📅 Abonnierter Kalender
import-calendar-none =
    📅 Noch kein Kalender abonniert.

    Führt eure Organisation ihre Termine in Nextcloud, Outlook oder Google Kalender? Gib mir die öffentliche Adresse des Kalenders (iCalendar, endet auf .ics): Ich schaue jede Stunde nach, trage neue Termine ein, ändere geänderte und sage gelöschte ab, und alle Angemeldeten werden informiert.
import-calendar-current =
    📅 Abonnierter Kalender:
    { $url }

    Zuletzt geprüft: { $checked }
import-calendar-never = noch nicht
import-calendar-failing =
    { $count ->
        [one] ⚠️ Die letzte Prüfung ist fehlgeschlagen.
       *[other] ⚠️ Die letzten { $count } Prüfungen sind fehlgeschlagen.
    }
import-calendar-set = 🔗 Adresse eintragen
import-calendar-remove = 🗑 Entfernen
import-calendar-ask-url = Schick mir die öffentliche Adresse des Kalenders (sie beginnt mit https://).
import-calendar-url-hint = Das ist keine Webadresse. Sie beginnt mit https:// (oder http://).
import-calendar-saved = ✅ Gespeichert. Ich schaue innerhalb einer Stunde in den Kalender und dann jede Stunde.
import-calendar-removed = 🗑 Kalender entfernt. Die schon übernommenen Angebote bleiben.
import-calendar-failing-notice =
    ⚠️ Seit einem Tag kann ich euren abonnierten Kalender nicht lesen:
    { $url }
    Bitte prüft, ob die Adresse noch stimmt und öffentlich ist. Ich versuche es weiter.

## schedule import, follow-ups
import-calendar-url-private = 🚫 Diese Adresse kann ich nicht nehmen: { $host } liegt nicht im öffentlichen Internet (es ist eine lokale, private oder interne Adresse). Bitte gib die öffentliche Adresse des Kalenders an, wie deine Kalender-App sie unter „Teilen“ oder „Öffentlicher Link“ zeigt, und tippe noch einmal auf 🔗 Adresse eintragen.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } hat 1 Angebot importiert, das auf deine Freigabe wartet. Du findest es unter /admin → 📝 Freigaben.
       *[other] 📥 { $organization } hat { $count } Angebote importiert, die auf deine Freigabe warten. Du findest sie unter /admin → 📝 Freigaben.
    }
import-admin-calendar = 📅 Kalender
import-admin-calendar-title = 📅 Abonnierter Kalender von { $organization }
import-admin-calendar-none = Noch kein Kalender abonniert. Mit 🔗 Adresse eintragen gibst du seine öffentliche iCalendar-Adresse an: Ich schaue jede Stunde hinein und übernehme seine Termine als Angebote dieser Organisation.

## ask the organiser (ask-)
ask-button = 💬 Frage stellen
ask-menu = 💬 Fragen
command-ask = 💬 Der Stadt eine Frage stellen
command-linkgroup = 🔗 Diese Gruppe für Fragen von Bürgerinnen und Bürgern verbinden (in der Gruppe)
ask-prompt-offer = 💬 Deine Frage zu „{ $title }“ geht an die Leute, die das Angebot machen.
ask-prompt-city = 💬 Deine Frage geht an das Team der Stadt.
ask-prompt = Bitte schreib deine Frage in einer Nachricht, gern in deiner Sprache. Du kannst auch ein Foto schicken, mit der Frage als Bildunterschrift.
ask-please-write = ✍️ Bitte schreib deine Frage als Text. Sprachnachrichten und Sticker kann ich nicht weitergeben.
ask-too-long = ✍️ Das ist etwas lang. Bitte bleib unter { $max } Zeichen.
ask-share-name = 👤 Darf das Team deinen Vornamen sehen? Sonst sieht es nur „Bewohner:in“ mit einer Nummer und deine Sprache.
ask-share-name-no = 🙈 Nein, anonym bleiben
ask-share-name-yes = 👤 Ja, Vornamen zeigen
ask-share-name-hint = Bitte tippe auf einen der Knöpfe.
ask-cancelled = ✖️ In Ordnung, es wurde keine Frage gesendet.
ask-timeout = ⏳ Deine Frage wurde nicht gesendet, weil eine Weile keine Antwort kam. Fang einfach neu an.
ask-the-city = die Stadt
ask-sent =
    ✅ Danke! Deine Frage ist an { $to } gegangen.
    { $days ->
        [one] Eine Antwort kannst du innerhalb eines Werktags erwarten.
       *[other] Eine Antwort kannst du innerhalb von { $days } Werktagen erwarten.
    } Sie kommt hierher, in deiner Sprache.
ask-resident = Bewohner:in #{ $number } ({ $language })
ask-resident-named = Bewohner:in #{ $number }, { $name } ({ $language })
ask-question-headline = ❓ Frage von { $resident }
ask-followup-headline = ↩️ Nachfrage von { $resident }
ask-reminder-headline =
    ⏰ Nach { $days ->
        [one] einem Werktag
       *[other] { $days } Werktagen
    } noch unbeantwortet: { $resident }
ask-about-offer = 📅 Zum Angebot: { $title }
ask-about-organization = 🏢 An: { $name }
ask-about-city = 🏛 Eine allgemeine Frage an die Stadt
ask-deleted = 🗑 Gelöscht: Die Person hat ihre Daten gelöscht.
ask-not-translated = ⚠️ Nicht übersetzt (geschrieben auf { $language }).
ask-reply-hint = ↩️ Antworte auf diese Nachricht, um zu antworten. Die Person sieht nur deine Antwort, nicht deinen Namen.
ask-done-button = ✅ Erledigt
ask-block-button = 🚫 Person sperren
ask-done-ok = ✅ Frage #{ $number } ist als erledigt markiert.
ask-blocked-ok = 🚫 Bewohner:in #{ $number } kann euch keine Fragen mehr schicken.
ask-answer-from = 💬 Antwort von { $name }
ask-answer-from-city = 💬 Antwort von der Stadt
ask-answer-hint = ↩️ Du kannst auf diese Nachricht antworten oder auf „Antworten“ tippen.
ask-reply-button = ↩️ Antworten
ask-reply-prompt = ✍️ Bitte schreib deine Antwort in einer Nachricht.
ask-followup-sent = ✅ Deine Antwort wurde weitergegeben.
ask-answer-sent = ✅ Deine Antwort geht an Bewohner:in #{ $number } ({ $language }).
ask-refused-not-staff = 🚫 Deine Antwort wurde nicht weitergegeben: Nur das Team der Organisation, an die die Frage ging, kann sie beantworten.
ask-refused-erased = 🗑 Deine Antwort hat niemanden erreicht: Die Person hat ihre Daten gelöscht.
ask-answer-unreachable = 📭 Deine Antwort ist gespeichert, aber die Person ist gerade nicht erreichbar: Sie hat den Bot gestoppt.
ask-refused-not-asker = 🚫 Das ist nicht deine Frage, deshalb wurde nichts gesendet.
ask-reply-unknown = 🤷 Deine Antwort wurde nicht weitergegeben: Diese Nachricht ist keine Frage, die ich in diesen Chat weitergeleitet habe.
ask-linked-organization = 🔗 Fertig! Fragen an { $name } kommen jetzt in diese Gruppe, übersetzt in die Sprache der Person, die sie verbunden hat. Antwortet, indem ihr auf meine Nachricht antwortet.
ask-linked-city = 🔗 Fertig! Allgemeine Fragen an die Stadt kommen jetzt in diese Gruppe. Antwortet, indem ihr auf meine Nachricht antwortet.
ask-linkgroup-forbidden = 🚫 Nur das Team einer Organisation (oder die Admins der Stadt) kann eine Gruppe verbinden.
ask-linkgroup-in-group = 🔗 Füge mich zur Telegram-Gruppe eures Teams hinzu und schick dort /linkgroup.
ask-stats-title = 💬 Fragen von Bürgerinnen und Bürgern
ask-stats-row = { $name }: { $open } offen, { $answered } beantwortet
error-ask-limit = ✋ Du hast schon ein paar Fragen, die auf eine Antwort warten. Bitte warte erst auf diese.
error-ask-blocked = 🚫 Du kannst hier leider keine Fragen mehr stellen.
error-ask-empty = ✍️ Bitte schreib zuerst etwas.
error-ask-too-long = ✍️ Das ist etwas lang. Bitte schreib es kürzer.
error-ask-gone = 🤷 Diese Frage gibt es nicht mehr.
audit-action-question-blocked = 🚫 Person für Fragen gesperrt
audit-action-question-group-linked = 🔗 Gruppe für Fragen verbunden
ask-privacy =
    💬 Deine Fragen: Wenn du einem Team im Bot eine Frage stellst, speichern wir sie mit den Antworten { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach der letzten Nachricht, dann löschen wir sie. Das Team sieht nur eine Nummer und deine Sprache, nicht deinen Namen (außer du gibst ihn frei).
ask-privacy-translated =
    💬 Deine Fragen: Wenn du einem Team im Bot eine Frage stellst, speichern wir sie mit den Antworten { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach der letzten Nachricht, dann löschen wir sie. Das Team sieht nur eine Nummer und deine Sprache, nicht deinen Namen (außer du gibst ihn frei). Die Texte von Frage und Antwort gehen an den Übersetzungsdienst, nie dein Name oder deine Telegram-ID.
command-replytime = ⏱ Festlegen, wie schnell euer Team Fragen beantwortet
ask-replytime-usage = ⏱ Schick die Zahl der Werktage, in denen euer Team Fragen beantwortet, z. B. /replytime 3 (1 bis { $max }).
ask-replytime-set =
    ⏱ Fertig: Wer { $name } etwas fragt, erfährt, dass eine Antwort { $days ->
        [one] innerhalb eines Werktags
       *[other] innerhalb von { $days } Werktagen
    } kommt.
