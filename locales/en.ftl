## language
# The language's own name in its own script, shown on the language buttons.
language-name = English
language-choose = 🌍 Which language would you like?
language-changed = ✅ Done! From now on I'll write to you in English.

## start
start-greeting =
    Hello { $firstName }! 👋
    I'm Treffpunkt. I help you find activities in your city, like sport, language cafés and advice, and sign up for them.
start-link-welcome = 👋 Welcome to Treffpunkt! Tap “📅 Offers” below to see what else is on.
start-choose-language = 🌍 Please choose your language:

## help
help-intro = Here is what I can do:
command-offers = 📅 Find offers
command-start = 👋 Start
command-language = 🌍 Change language
command-help = ❓ Help

## fallback
fallback-not-understood = Sorry, I can't read that. 🤔 Write a word to search, for example “football”, or tap “📅 Offers”.

## groups
groups-private-only = 👋 I only work in private chats. Please write to me directly: { $botUsername }

## errors
error-generic = 😕 Sorry, something went wrong. Please try again in a moment.
error-stale-button = ⌛ This button no longer works. Please send /start.
error-not-found = 🔍 I couldn't find that. Maybe it was removed.
error-forbidden = 🚫 Sorry, you can't do that.
error-invalid-input = ✋ That didn't work. Please check what you entered and try again.

## main menu
menu-offers = 📅 Offers
menu-language = 🌍 Language
menu-help = ❓ Help

## offers
offers-title = 📅 What's on · page { $page } of { $pages }
offers-filters-active = Filters: { $filters }
offers-none = 😕 No offers match these filters. Try other filters.
offers-none-at-all = 😕 There are no offers right now. Please look again soon.
offers-only-in =
    { $language ->
        [de] (only in German)
        [en] (only in English)
       *[other] (not in your language yet)
    }
offers-online = 💻 Online
offers-filter-category = 🏷 Category
offers-filter-district = 📍 District
offers-filter-when = 📅 When
offers-filter-youth = 🧒 For young people
offers-filter-clear = ✖️ Clear filters
offers-filter-all = 🔄 All
offers-choose-category = 🏷 What are you interested in?
offers-choose-district = 📍 Which part of town?
offers-choose-when = 📅 When?
offers-when-today = Today
offers-when-week = This week
offers-when-months2 = Next 2 months
offers-prev = ◀️ Back
offers-next = Next ▶️
offers-back = ◀️ Back to the list
offers-share = 📤 Share
offers-share-text = { $title } – on Treffpunkt
offers-unavailable = ⌛ Sorry, this offer is no longer available.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 Every week until { $until }
offer-recurs-biweekly = 🔁 Every two weeks until { $until }
offer-place = 📍 { $place }
offer-online-link = 💻 Online: { $url }
offer-cost-free = 💶 Free
offer-cost = 💶 { $cost }
offer-ages-range = 👥 Ages { $min } to { $max }
offer-ages-min = 👥 From age { $min }
offer-ages-max = 👥 Up to age { $max }
offer-languages = 🗣 Languages spoken: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ Sign-up needed · 1 place
       *[other] ✍️ Sign-up needed · { $capacity } places
    }
offer-signup-needed-open = ✍️ Sign-up needed
offer-signup-not-needed = 🚪 No sign-up needed, just come along
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 This is what I found for “{ $query }”:
search-none = 🔎 I found nothing for “{ $query }”. Try another word, or look at all offers.
search-too-short = 🔎 Please type at least 2 letters to search.
search-all-offers = 📅 All offers
