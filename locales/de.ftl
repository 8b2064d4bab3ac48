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
fallback-not-understood = Das kann ich leider nicht lesen. 🤔 Schreib ein Wort zum Suchen, zum Beispiel „Fußball“, oder tipp auf „📅 Angebote“.

## groups
groups-private-only = 👋 Ich arbeite nur im privaten Chat. Schreib mir bitte direkt: { $botUsername }

## errors
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
