## language
# The language's own name in its own script, shown on the language buttons.
language-name = English
language-choose = 🌍 Which language would you like?
language-changed = ✅ Done! From now on I'll write to you in English.

## start
start-greeting =
    Hello { $firstName }! 👋
    I'm Treffpunkt. I help you find activities in your city, like sport, language cafés and advice, and sign up for them.
start-choose-language = 🌍 Please choose your language:

## help
help-intro = Here is what I can do:
command-start = 👋 Start
command-language = 🌍 Change language
command-help = ❓ Help

## fallback
fallback-not-understood = Sorry, I didn't understand that. 🤔 Send /help to see what I can do.

## groups
groups-private-only = 👋 I only work in private chats. Please write to me directly: { $botUsername }

## errors
error-generic = 😕 Sorry, something went wrong. Please try again in a moment.
error-stale-button = ⌛ This button no longer works. Please send /start.
error-not-found = 🔍 I couldn't find that. Maybe it was removed.
error-forbidden = 🚫 Sorry, you can't do that.
error-invalid-input = ✋ That didn't work. Please check what you entered and try again.
