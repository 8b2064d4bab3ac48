## language
# The language's own name in its own script, shown on the language buttons.
language-name = Deutsch
language-choose = 🌍 Welche Sprache möchtest du?
language-changed = ✅ Fertig! Ab jetzt schreibe ich dir auf Deutsch.

## start
start-greeting =
    Hallo { $firstName }! 👋
    Ich bin Treffpunkt. Ich helfe dir, Angebote in deiner Stadt zu finden, zum Beispiel Sport, Sprachcafés und Beratung, und dich dafür anzumelden.
start-choose-language = 🌍 Bitte wähle deine Sprache:

## help
help-intro = Das kann ich für dich tun:
command-start = 👋 Start
command-language = 🌍 Sprache ändern
command-help = ❓ Hilfe

## fallback
fallback-not-understood = Das habe ich leider nicht verstanden. 🤔 Schick /help, dann zeige ich dir, was ich kann.

## groups
groups-private-only = 👋 Ich arbeite nur im privaten Chat. Schreib mir bitte direkt: { $botUsername }

## errors
error-generic = 😕 Entschuldigung, da ist etwas schiefgegangen. Bitte versuch es gleich noch einmal.
error-stale-button = ⌛ Dieser Knopf funktioniert nicht mehr. Bitte schick /start.
error-not-found = 🔍 Das habe ich nicht gefunden. Vielleicht wurde es entfernt.
error-forbidden = 🚫 Das darfst du leider nicht.
error-invalid-input = ✋ Das hat nicht geklappt. Bitte prüf deine Eingabe und versuch es noch einmal.
