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
fallback-not-understood = 🤔 I can only read text messages. Write a word to search, for example “football”, or tap “📅 Offers”.

## groups
groups-private-only = 👋 I only work in private chats. Please write to me directly: { $botUsername }

## errors
rate-limited = 🐢 That was a lot at once. Please wait a few seconds, then try again.
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

## sign-up
signup-button = ✍️ Sign up
signup-ask-seats = 🪑 How many seats do you need for “{ $title }”? Tap a number (at most { $max }).
signup-seats-hint = Please tap a number from 1 to { $max }, or send /cancel to stop.
signup-ask-name = 📝 Which name should go on the list? Tap the button, or write another name.
signup-name-hint = Please write a name (max. characters: { $max }), or tap the button. Send /cancel to stop.
signup-ask-age =
    🎂 This offer is for:
    { $range }
    How old is the person who is coming?
signup-age-adult = 🧔 18 or older
signup-ask-children = 👨‍👩‍👧 Seats: { $seats }. How many of them are for children?
signup-children-hint = Please tap a number from { $min } to { $max }, or send /cancel to stop.
signup-age-mismatch =
    😕 Sorry, this offer is only for:
    { $range }
signup-button-hint = Please tap one of the buttons above, or send /cancel to stop.
signup-consent = 🔒 For the list we keep your name, the number of seats and, if asked, the age group. Only the organizer of this offer sees them. We delete them { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the offer. More: /privacy
signup-consent-agree = ✅ I agree
signup-summary = 📋 Please check:
signup-summary-seats =
    { $seats ->
        [one] 🪑 1 seat
       *[other] 🪑 { $seats } seats
    }
signup-summary-name = 📝 Name: { $name }
signup-summary-children = 👨‍👩‍👧 Children: { $children }
signup-summary-fits = There are enough free seats.
signup-summary-full = It is full right now: you will be number { $position } on the waiting list.
signup-confirm = ✅ Sign up now
signup-cancel = ✖️ Cancel
signup-cancelled = OK, I stopped. Nothing was saved.
signup-timeout = ⌛ You took a break of more than 30 minutes, so I stopped the sign-up. Just tap “✍️ Sign up” again to start over.
signup-done-confirmed =
    { $seats ->
        [one] ✅ You are signed up! Your seat is reserved.
       *[other] ✅ You are signed up! Your { $seats } seats are reserved.
    }
signup-done-waitlisted = ⏳ It is full right now. You are number { $position } on the waiting list. As soon as a seat is free, I will sign you up and tell you.
signup-done-guardian = 👪 Almost done! Because you are under 16, a parent must agree. Please send this link to your mother or father: { $link } — We keep your seat for 48 hours.
signup-forward-link = 📤 Send the link
signup-ics-caption = 📅 Save the date in your calendar.
signup-ics-description = Signed up with Treffpunkt: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 My sign-ups
command-my = 🗓 My sign-ups
my-title = 🗓 Your sign-ups
my-none = You have no sign-ups coming up. Tap “📅 Offers” to find something.
my-status-confirmed =
    { $seats ->
        [one] ✅ Signed up · 1 seat
       *[other] ✅ Signed up · { $seats } seats
    }
my-status-waitlisted = ⏳ Waiting list, number { $position }
my-status-pending = 👪 Waiting for a parent to agree
my-list-name = 📝 Name on the list: { $name }
my-ics = 📅 Calendar file
my-cancel = ❌ Cancel my sign-up
my-cancel-confirm = Do you really want to cancel your sign-up for “{ $title }”?
my-cancel-yes = ✅ Yes, cancel it
my-cancel-no = ◀️ No, keep it
my-cancelled = ✅ Cancelled. Your seat is free for someone else now. Thank you for telling us!
my-back = ◀️ Back

## notices
notice-promoted = 🎉 Good news! A seat became free, and now you are signed up:
notice-reminder = ⏰ A reminder for you:
notice-still-coming = 🤔 Are you still coming?
notice-still-coming-yes = ✅ Yes, I am coming
notice-still-coming-no = ❌ No, I can't
still-coming-thanks = 👍 Great, see you there!
still-coming-freed = Thank you for letting us know. Your seat is free for someone else now.
notice-lapsed = ⌛ No parent agreed within 48 hours, so your seat was given to someone else. You can sign up again:
notice-guardian-confirmed = ✅ Your parent agreed. You are signed up:
notice-guardian-declined = Your parent did not agree, so you are not signed up for:

## guardian
guardian-request = 👪 { $name } wants to take part in this offer. Because { $name } is under 16, we need the agreement of a parent. Do you agree?
guardian-yes = ✅ Yes, I agree
guardian-no = ❌ No
guardian-thanks-yes = ✅ Thank you! { $name } is signed up.
guardian-thanks-no = OK. { $name } is not signed up.

## input the bot cannot use
input-edited = ✏️ I can't see changes to messages. Please send it again as a new message.
input-forwarded = 📨 I don't read forwarded messages. Please type your answer yourself, or tap a button.

## privacy
command-privacy = 🔒 Privacy
privacy-notice =
    🔒 Your data at Treffpunkt

    📦 What we keep: your Telegram ID (a number, not your phone number), so that we can answer you, your first name, your language, your settings for news and, when you sign up, the name for the list, the number of places and the age group. No phone numbers, no birthdays, and no chat messages except the questions you send to an organizer.
    🎯 Why: so that you can find offers, sign up and get the news you asked for.
    👀 Who sees it: the organizer of an offer sees the list for their offer. Statistics show only numbers, never names.
    ⏳ How long: sign-ups are deleted { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the offer. If you block the bot, we delete everything after { $blockedDays ->
        [one] { $blockedDays } day
       *[other] { $blockedDays } days
    }.
    ✉️ Questions: { $contact }

    Here you can download your data or delete it.
privacy-no-contact = the office that told you about this bot
privacy-export-button = 📦 Download my data
privacy-export-caption = 📦 This is everything Treffpunkt stores about you.
privacy-delete-button = 🗑 Delete my data
privacy-delete-ask = 🗑 Do you want to delete all your data? We delete your name, your language and your settings.
privacy-delete-signups = 🎟 Sign-ups that will be cancelled: { $count }. The places go to people on the waiting list.
privacy-delete-final = This cannot be undone.
privacy-delete-yes = ⚠️ Yes, delete
privacy-delete-keep = ↩️ No, keep my data
privacy-delete-last = ⚠️ Last question: delete everything now?
privacy-delete-now = 🗑 Delete now
privacy-delete-kept = 👍 Good. Nothing was deleted.
privacy-delete-done = ✅ Done. Your data is deleted. Sign-ups cancelled: { $count }. If you write to me again, we start fresh.
privacy-delete-expired = ⌛ This question is too old. To delete your data, please start again with /privacy.

## sign-up errors
error-offer-unavailable = ⌛ Sorry, this offer is no longer available.
error-signup-closed = ⌛ Sign-up for this date is closed.
error-signup-not-open = 🚪 No sign-up is needed for this offer. Just come along!
error-signup-duplicate = ✅ You are already signed up for this date. You can see it under “🗓 My sign-ups”.
error-signup-age-mismatch = 😕 Sorry, this offer is for another age group.
error-signup-cancel-too-late = ⏰ It is too late to cancel here. Please tell the organizer directly.
error-signup-not-found = 🔍 I can't find this sign-up any more.
error-guardian-link-invalid = 🔗 This link no longer works. Maybe it was already used, or the offer is over.
error-guardian-self = 👪 Please send this link to your mother or father. They have to agree themselves.

## subscriptions
menu-subscriptions = 🔔 Announcements
command-subscriptions = 🔔 Choose announcements
command-stop = 🔕 Stop all announcements
subscriptions-title = 🔔 Announcements from the city
subscriptions-intro = Choose what you would like to hear about. Tap a button to tick it or untick it.
subscriptions-status-on = ✅ Announcements are on. You get news on the topics you ticked.
subscriptions-status-empty = ☝️ Announcements are on, but no topic is ticked yet. Please tick at least one.
subscriptions-status-off = 🔕 Announcements are off, so you get none. Your choices are kept. Tick the first button to turn them on again.
subscriptions-switch = 🔔 Send me announcements
subscriptions-general = 📢 General news from the city
subscriptions-digest = 🗞 Weekly list of new offers
subscriptions-districts =
    { $count ->
        [0] 📍 Districts: all
        [one] 📍 Districts: 1 chosen
       *[other] 📍 Districts: { $count } chosen
    }
subscriptions-districts-title = 📍 Which parts of town would you like to hear about? Tick one or more, or “All districts”.
subscriptions-districts-all = 🏙 All districts
subscriptions-back = ◀️ Back
subscriptions-stopped = 🔕 Done. You won't get any more announcements, but your choices are kept. To turn them on again, send /subscriptions.
subscriptions-ask = 🔔 Would you like announcements from the city (news, new offers)?
subscriptions-ask-yes = ✅ Yes, choose topics
subscriptions-ask-no = ❌ No, thanks
subscriptions-ask-declined = 👍 All right, no announcements. If you change your mind, just send /subscriptions.
subscriptions-unsubscribe = 🔕 Unsubscribe from this topic
subscriptions-unsubscribed = 🔕 Done. You won't get announcements about “{ $topic }” any more. To change your choices, send /subscriptions.

## broadcast (staff)
broadcast-ask-text = ✏️ Please send the text of the announcement (max. characters: { $max }). Write it in your language; you can add translations next.
broadcast-text-hint = Please send the text as a message (max. characters: { $max }), or send /cancel to stop.
broadcast-ask-translations = 🌍 Add a translation? Tap a language, or “Done”.
broadcast-ask-translation = ✏️ Please send the text in { $language }.
broadcast-translations-done = ✅ Done
broadcast-ask-audience = 👥 Who should get it?
broadcast-audience-subscribers = 📣 Subscribers of a topic
broadcast-audience-participants = ✅ Participants of an offer
broadcast-audience-waitlist = ⏳ Waiting list of an offer
broadcast-topic-general = General news from the city
broadcast-ask-topic = 🏷 Which topic?
broadcast-ask-districts = 📍 Which districts? Tap to choose, then “Done”.
broadcast-all-districts = All districts
broadcast-districts-done = ✅ Done
broadcast-ask-languages = 🌍 Readers of which languages? Tap to choose, then “Done”. No choice means everyone.
broadcast-all-languages = All languages
broadcast-ask-offer = 📅 Which offer date?
broadcast-ask-urgent = ⚠️ Is it urgent? Urgent messages are sent even at night. Use this only for safety warnings.
broadcast-normal = 🕊 Normal
broadcast-urgent = ⚠️ Urgent (safety warning)
broadcast-ask-when = 🕒 Send it now, or write a date and time (Berlin time), e.g. “12.12. 17:00” or “2026-12-12 17:00”.
broadcast-now = 🚀 Send now
broadcast-when-hint = Please write a future date and time like “12.12. 17:00”, or tap “Send now”.
broadcast-ask-repeat = 🔁 Should it repeat?
broadcast-repeat-none = Once only
broadcast-repeat-weekly = Every week at { $time }
broadcast-repeat-monthly = Every month on day { $day } at { $time }
broadcast-preview-as = 👀 Preview: this is what a reader in { $language } sees:
broadcast-confirm-question =
    { $count ->
        [one] 📬 It goes to 1 person at { $date }. Send it?
       *[other] 📬 It goes to { $count } people at { $date }. Send it?
    }
broadcast-confirm = ✅ Yes, send it
broadcast-saved = ✅ Saved. It will go out as planned.
broadcast-cancelled = OK, I stopped. Nothing was sent.
broadcast-timeout = ⌛ More than 30 minutes passed, so I stopped. Send /broadcast to start again.
broadcast-list-title = 📣 Announcements
broadcast-list-empty = Nothing is scheduled.
broadcast-cancel-scheduled = ✖️ Cancel
broadcast-cancelled-scheduled = ✅ The announcement was cancelled.
broadcast-stats = #{ $id }: sent: { $sent } · waiting: { $queued } · for the morning: { $waitingForMorning } · failed: { $failed } · blocked: { $blocked }
broadcast-promote = 📣 Promote this offer
announcement-open-offer = 📅 Open the offer
error-announcement-not-editable = ⌛ This announcement has already started or was cancelled.
command-broadcast = 📣 Send an announcement (staff)
command-announcements = 📋 Announcements (staff)

## digest
digest-title = 📰 New this week, just for you:

## announcement editing (staff)
broadcast-edit = ✏️ Edit
broadcast-edit-what = ✏️ What do you want to change in announcement #{ $id }?
broadcast-edit-text = 📝 The text
broadcast-edit-time = 🕒 The time
broadcast-edit-ask-time = 🕒 Please write the new date and time (Berlin time), e.g. “12.12. 17:00”.
broadcast-edit-saved = ✅ Saved.

## offer changes and approval
notice-offer-changed = 🔄 An offer you signed up for has changed. The new time and place:
notice-offer-before = Before: { $before }
notice-offer-cancelled = ❌ Sorry, this offer was cancelled. You don't need to do anything:
notice-offer-pending = 📝 A new offer waits for your approval:
notice-offer-approved = ✅ Your offer was approved and is now visible to everyone:
notice-offer-rejected = ↩️ Your offer was not approved yet. Please look at the reason and change it:
notice-offer-reason = Reason: { $reason }

## staff offers
command-myoffers = 🗂 Our offers (staff)
staff-offers-title = 🗂 Your organization's offers
staff-offers-none = There are no offers yet.
staff-offer-dates = 📅 Choose a date to see who signed up:
staff-offer-cancel = ❌ Cancel this offer
staff-offer-cancel-confirm = Do you really want to cancel “{ $title }”? Everyone who signed up will be told.
staff-offer-cancel-yes = ✅ Yes, cancel it
staff-offer-cancelled =
    { $count ->
        [one] ✅ Cancelled. 1 person was told.
       *[other] ✅ Cancelled. { $count } people were told.
    }
staff-participants-title = 👥 Signed up for { $date }:
staff-participants-none = Nobody has signed up yet.
staff-participants-export = 📄 Export as CSV
staff-participants-csv-caption = 📄 Participant list
staff-attendance-hint = After the start, tap ✅ or ❌ to mark who came.
staff-csv-name = Name
staff-csv-seats = Seats
staff-csv-children = Children
staff-csv-status = Status
staff-csv-age = Age group
staff-csv-attendance = Attendance
staff-back = ◀️ Back

## new offer (staff)
command-newoffer = ➕ New offer (staff)
staff-offer-reschedule = 🕒 Change the time
newoffer-ask-title = ✏️ What is the offer called? Write the title in { $language }. Max. characters: { $max }.
newoffer-title-hint = Please write a title with words (max. characters: { $max }), or send /cancel.
newoffer-ask-summary = 📝 Describe it in one or two short sentences (max. characters: { $max }).
newoffer-summary-hint = Please write a short description (max. characters: { $max }), or send /cancel.
newoffer-ask-translations = 🌍 Add a translation? Tap a language, or “Done”.
newoffer-ask-category = 🏷 Which topic fits best?
newoffer-ask-district = 📍 In which part of town?
newoffer-no-district = 🌐 No district (online or citywide)
newoffer-ask-place = 🏠 Where? Write the address, share a location with 📎, or send an online link (https://…).
newoffer-place-hint = Please write an address, share a location, or send a link starting with https://.
newoffer-ask-start = 🕒 When does it start? Write date and time (Berlin time), e.g. “12.12. 17:00” or “2026-12-12 17:00”.
newoffer-start-hint = Please write a future date and time like “12.12. 17:00”, or send /cancel.
newoffer-ask-length = ⏱ How long does it take?
newoffer-length = { $hours } h
newoffer-ask-repeat = 🔁 Does it repeat?
newoffer-repeat-weekly = Every week
newoffer-repeat-biweekly = Every two weeks
newoffer-ask-until = 📆 Until when? Write the last date, e.g. “31.01.”.
newoffer-until-hint = Please write a date after the start, like “31.01.”.
newoffer-ask-signup = ✍️ Do people need to sign up? Tap the number of seats, write another number, or choose “No sign-up”.
newoffer-no-signup = 🚪 No sign-up
newoffer-seats = { $seats } seats
newoffer-seats-hint = Please tap a button or write a number of seats.
newoffer-ask-ages = 👥 For which ages? Tap, or write a range like “12-17” (or “60-” for 60 and older).
newoffer-ages-all = Everyone
newoffer-ages-youth = 12–17
newoffer-ages-children = Children 6–11
newoffer-ages-seniors = 60 and older
newoffer-ages-hint = Please tap a button or write a range like “12-17”.
newoffer-ask-cost = 💶 Is it free? Tap “Free”, or write the price (e.g. “2 €”).
newoffer-cost-hint = Please tap “Free” or write the price.
newoffer-languages = 🌍 Languages with text: { $count }
newoffer-preview = 👀 Please check your offer:
newoffer-save-draft = 💾 Save as draft
newoffer-publish = 🚀 Publish
newoffer-saved-draft = 💾 Saved as a draft.
newoffer-saved-pending-approval = ⏳ Sent for approval. You'll get a message as soon as it is checked.
newoffer-saved-published = 🚀 Published! Residents can find it now.
newoffer-cancelled = OK, I stopped. Nothing was saved.
newoffer-timeout = ⌛ More than 30 minutes passed, so I stopped. Nothing was saved.
newoffer-no-organization = 🏢 You are not part of an organization yet. Please ask an admin for an invitation link.
newoffer-rescheduled =
    { $count ->
        [one] ✅ The time is changed. 1 person was told.
       *[other] ✅ The time is changed. { $count } people were told.
    }

newoffer-ask-max-seats = 🪑 How many seats may one person book at most (for example for their children)?
newoffer-ask-deadline = ⏰ Until when can people sign up and cancel?
newoffer-deadline-start = Sign up until the start, cancel until 3 hours before
newoffer-deadline-day = Sign up and cancel until 1 day before
newoffer-deadline-week = Sign up until 1 week before, cancel until 1 day before
newoffer-ask-spoken = 🗣 Which languages are spoken there? Tap to choose, then “Done”.
staff-offer-edit = ✏️ Edit
newoffer-save-changes = 💾 Save the changes
newoffer-edited =
    { $count ->
        [0] ✅ Saved.
        [one] ✅ Saved. 1 person was told about the new time or place.
       *[other] ✅ Saved. { $count } people were told about the new time or place.
    }

## stats (admins)
command-stats = 📊 Numbers (admins)
stats-title = 📊 Numbers for { $month } (no names)
stats-users = 👥 People by language
stats-by-category = 🏷 By topic
stats-by-offer = 📅 By offer
stats-line = sign-ups: { $signups }, seats: { $seats }, came: { $present }, did not come: { $absent }
stats-hint = Another month: /stats 2026-11

## admin
command-admin = 🛠 Administration (admins)
admin-menu-title = 🛠 Administration
admin-menu-text = What would you like to manage?
admin-organizations = 🏢 Organizations
admin-approvals = 📝 Approvals
admin-audit = 📜 Audit log
admin-back = ◀️ Back
admin-organizations-title = 🏢 Organizations
admin-organizations-none = There are no organizations yet.
admin-organization-new = ➕ New organization
admin-organization-staff-count =
    { $count ->
        [one] 1 staff member
       *[other] { $count } staff members
    }
admin-organization-trusted-on = ✅ Trusted
admin-organization-trusted-off = ⬜ Trusted
admin-organization-trusted-hint = Trusted organizations publish offers without approval.
admin-organization-ask-name = 🏢 What is the new organization called? (max. characters: { $max })
admin-organization-name-hint = Please send the name as a message (characters: 1–{ $max }), or /cancel to stop.
admin-organization-created = ✅ “{ $name }” is created. Open it to invite staff.
admin-invite = ➕ Invite staff
admin-invite-link = 🔗 Invitation to { $organization }. The link works once, until { $date }. Send it to the person who should join:
admin-invite-share = 📤 Share link
admin-invite-share-text = Your invitation to join { $organization } on Treffpunkt
admin-staff = 👥 Staff
admin-staff-title = 👥 Staff of { $organization }
admin-staff-none = Nobody yet. Invite someone with “➕ Invite staff”.
admin-staff-revoke = 🚫 Revoke { $name }
admin-staff-revoked = ✅ { $name } is no longer staff.
admin-approvals-title = 📝 Waiting for approval
admin-approvals-none = Nothing is waiting for approval.
admin-approve = ✅ Approve
admin-reject = ↩️ Reject
admin-approved = ✅ Approved and published.
admin-reject-ask-reason = ↩️ Why is “{ $title }” not approved yet? Please write the reason for the organization (max. characters: { $max }).
admin-reject-reason-hint = Please write the reason as a message (characters: 1–{ $max }), or /cancel to stop.
admin-rejected = ↩️ Sent back to the organization with your reason.
admin-audit-title = 📜 Audit log, page { $page }
admin-audit-empty = No entries yet.
admin-audit-actor = by #{ $userId }
admin-audit-system = by the system
admin-cancelled = OK, I stopped. Nothing was changed.
admin-timeout = ⌛ More than 30 minutes passed, so I stopped. Nothing was changed.
staff-welcome = 🎉 Welcome to the team of { $organization }! You can now create and manage its offers. Send /help to see your tools.
error-invitation-invalid = 🔗 This invitation link does not work. Please ask for a new one.
error-invitation-used = 🔗 This invitation link was already used. Please ask for a new one.
error-invitation-expired = ⌛ This invitation link has expired. Please ask for a new one.
error-organization-exists = 🏢 An organization with this name already exists. Please send another name.
error-offer-not-pending = ⌛ This offer is no longer waiting for approval.

## admins and audit
signup-age-under = 👧 Under { $age }
signup-age-teen = 🧑 { $age } to { $last }
signup-ask-age-any =
    🎂 How old is the person who is coming?
    Under { $age }, a parent or guardian confirms the sign-up.
signup-ask-adult = 🔞 This offer is for adults. Please confirm that the person who is coming is { $age } or older.
signup-adult-confirm = ✅ Yes, { $age } or older
admin-admins = 👑 Admins
admin-admins-title = 👑 Admins
admin-admins-text = Admins manage all organizations, approve offers and announcements and read the audit log. Admins from the server settings can't be removed here, and nobody removes their own admin role: another admin does that.
admin-admins-none = There are no admins yet.
admin-admin-configured = server settings
admin-staff-admin-mark = 👑 admin
admin-staff-make-admin = 👑 Make { $name } an admin
admin-staff-take-admin = ➖ Remove admin role from { $name }
admin-admin-granted = 👑 { $name } is now an admin.
admin-admin-revoked = ✅ { $name } is no longer an admin.
error-admin-self = 🙅 You can't remove your own admin role. Another admin can do it.
error-admin-configured = 🔒 This admin comes from the server settings and can't be removed in the bot.
admin-audit-filter = 🏢 By organization
admin-audit-filter-title = 🏢 Which organization's entries would you like to see?
admin-audit-filter-all = 📜 All entries
admin-audit-title-org = 📜 Audit log · { $organization }, page { $page }
audit-who-system = System
audit-who-admin = Admin #{ $id }
audit-who-staff = Staff #{ $id } · { $organization }
audit-who-staff-alone = Staff #{ $id }
audit-who-resident = Resident #{ $id }
audit-who-user = User #{ $id }
audit-target-user = person #{ $id }
audit-action-other = Other action ({ $action })
audit-action-access-denied = 🚫 Refused: { $action }
audit-action-offer-created = 📝 Offer saved
audit-action-offer-edited = ✏️ Offer edited
audit-action-offer-submitted = 📨 Offer sent for approval
audit-action-offer-published = 📢 Offer published
audit-action-offer-approved = ✅ Offer approved
audit-action-offer-rejected = ↩️ Offer sent back
audit-action-offer-cancelled = ❌ Offer cancelled
audit-action-offer-attendance = 🙋 Attendance noted
audit-action-participants-exported = 📄 Participant list downloaded
audit-action-offer-revision-submitted = 📨 Change to an offer sent for approval
audit-action-offer-revision-approved = ✅ Change to an offer approved
audit-action-offer-revision-rejected = ↩️ Change to an offer sent back
audit-action-announcement-created = 📣 Announcement written
audit-action-announcement-approved = ✅ Announcement approved
audit-action-announcement-rejected = ↩️ Announcement sent back
audit-action-announcement-edited = ✏️ Announcement edited
audit-action-announcement-cancelled = ❌ Announcement cancelled
audit-action-announcement-sent = 📬 Announcement sent
audit-action-organization-created = 🏢 Organization created
audit-action-organization-edited = 🏢 Organization changed
audit-action-staff-invited = 🔗 Staff member invited
audit-action-staff-joined = 👋 Joined as staff
audit-action-staff-revoked = 🚫 Staff access removed
audit-action-admin-granted = 👑 Made admin
audit-action-admin-revoked = ➖ Admin role removed
audit-action-user-erased = 🗑 Own data deleted
## offer revisions
revision-waiting-own = ✏️ Your latest change waits for approval; residents see the version above.
revision-waits = ✏️ Thank you! Your change waits for approval by the city team. Until then, residents see the offer as it was; you will get a message as soon as it is decided.
revision-queue-title = ✏️ Changes to published offers
revision-open = ✏️ Change { $number }
revision-title = Change to “{ $title }”
revision-proposed-by = Proposed by { $organization } on { $date }
revision-no-changes = Nothing differs from the published version any more.
revision-more-changes = … and more changes that do not fit into this message.
revision-was = was:
revision-now = new:
revision-yes = yes
revision-no = no
revision-repeats-none = once
revision-repeats-weekly = every week
revision-repeats-biweekly = every two weeks
revision-field-title = Title
revision-field-summary = Short description
revision-field-details = Details
revision-field-accessibility = Accessibility
revision-field-category = Topic
revision-field-district = District
revision-field-address = Address
revision-field-online = Online link
revision-field-starts = Start
revision-field-ends = End
revision-field-repeats = Repeats
revision-field-until = Repeats until
revision-field-cost = Cost
revision-field-ages = Ages
revision-field-signup = Sign-up needed
revision-field-capacity = Seats
revision-field-languages = Languages spoken
revision-field-rules = Sign-up rules (seats per sign-up · closes · cancel until · reminder, in minutes)
revision-approved = ✅ Change approved and published.
revision-reject-ask-reason = ↩️ Why is the change to “{ $title }” not approved? Please write the reason for the organization (max. characters: { $max }).
revision-rejected = ↩️ The change was sent back with your reason. The published version stays as it is.
error-revision-not-pending = ⌛ This change is no longer waiting for approval.
notice-offer-revision-pending = ✏️ A change to a published offer waits for your approval:
notice-offer-revision-approved = ✅ Your change was approved and is now visible to everyone:
notice-offer-revision-rejected = ↩️ Your change was not approved. The offer stays as it was. Please look at the reason:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 Recipients: { $count }. It goes out as soon as you confirm. Send it?
broadcast-sending = 🚀 It is going out now. Recipients: { $count }. /announcements shows the progress.
broadcast-time-passed = 🕒 The time you chose has passed in the meantime. Please choose the time again; your text and audience are kept.
broadcast-stats-eta = ⏱ expected to finish: { $time }
notice-announcement-report = 📣 Your announcement #{ $id } has gone out. Sent: { $sent } · failed: { $failed } · blocked the bot: { $blocked }
error-announcement-time-passed = 🕒 The chosen time has already passed. Please choose a new time.
## announcements for partners
broadcast-ask-as = 🏛 Who is this announcement from?
broadcast-as-city = The city
broadcast-picker-participants =
    👥 { $count ->
        [one] 1 person
       *[other] { $count } people
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] 1 waiting
       *[other] { $count } waiting
    }
broadcast-picker-previous = Previous
broadcast-picker-next = Next
broadcast-picker-empty = 📅 Your organization has no upcoming dates right now.
broadcast-confirm-urgent-night = Urgent: this message also arrives at night, even during quiet hours.
broadcast-saved-pending = ✅ Saved. An administrator of the city will check it first; you will get a message as soon as it is approved or sent back.
broadcast-list-pending = waiting for approval
admin-announcement-approvals = 📣 Announcements to approve
admin-announcement-approvals-title = 📣 Announcements waiting for approval
admin-announcement-approvals-none = No announcement is waiting for approval.
admin-announcement-approved = ✅ Approved. It will go out as planned.
admin-announcement-rejected = ↩️ Sent back to the author with your reason.
admin-announcement-reject-ask-reason = ↩️ Why is announcement #{ $id } not approved? Please write the reason for the author (max. characters: { $max }).
notice-announcement-approved = ✅ Your announcement was approved and will go out as planned:
notice-announcement-rejected = ↩️ Your announcement was not approved. It will not be sent. Please look at the reason:
notice-announcement-when = Planned for: { $date }
error-announcement-not-pending = ⌛ This announcement is no longer waiting for approval.
notice-announcement-pending = 📣 An announcement waits for your approval (/admin → 📣 Announcements to approve):
## machine translation (shared)
translation-mark = 🤖 machine-translated
translation-show-original = 📄 Show original
translation-translate-all = 🌍 Translate into all languages
translation-by-hand = ✍️ Still needed by hand (the translation service does not offer these languages): { $languages }
translation-unavailable = ⚠️ The translation service cannot be reached right now. Your text is saved; the translations will be added by themselves later.
translation-budget = ⚠️ This month's budget for machine translation is used up. Your text is saved; add translations by hand if you like.
translation-invalid = ⚠️ The machine translation into these languages did not come out right and was left out: { $languages }
translation-outdated = ✏️ The original text has changed. Please check your own translations into: { $languages }
translation-original-header = 📄 Original ({ $language }):
translation-none-configured = Machine translation is not set up for this bot.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 Your text is still missing in 1 language your readers use. Shall the translation service translate it? You can check and correct the result.
       *[other] 🌍 Your text is still missing in { $count } languages your readers use. Shall the translation service translate it? You can check and correct every result.
    }
mt-ann-skip = ➡️ Go on without
mt-ann-translations-title = 🤖 The machine translations:
mt-ann-ask-correct = ✏️ To correct a language, tap it and send the corrected text. If everything is fine, tap Done.
mt-ann-corrections-done = ✅ Done
mt-ann-ask-correction = ✏️ Please send the corrected text in { $language }.
mt-ann-original-gone = 🤷 Sorry, this message can no longer be shown.
mt-ann-stats-title = 🌍 Machine translation
mt-ann-stats-usage = { $provider } · characters this month: { $chars }
mt-ann-stats-usage-budget = { $provider } · characters this month: { $chars } of { $budget }
mt-ann-privacy-translation = 🌍 Translation: offers and announcements written for everyone are sent to the translation service { $provider }, so that you can read them in your language. Only these texts are sent, never your name, your messages or your sign-ups.
mt-ann-privacy-no-translation = 🌍 Translation: this bot uses no machine translation service. None of your data is sent to one.
## feeds and the public page
feeds-calendar-name = Treffpunkt: offers
feeds-signup-line = Sign up in Telegram: { $url }
feeds-subscribe = 📅 Subscribe to this calendar
feeds-inventory-button = 📋 List of offers (CSV)
feeds-inventory-caption = 📋 All upcoming offers, one row each – for example for the state's database.
page-title = What's on – Treffpunkt
page-heading = What's on
page-intro = Offers in your city: meet people, learn, do sport. You sign up in Telegram.
page-languages = Language
page-filter-category = Topic
page-filter-district = District
page-filter-date = Day
page-filter-all = All
page-filter-any-day = All upcoming days
page-filter-submit = Show
page-subscribe = 📅 Subscribe to these offers in your own calendar
page-empty = We found nothing for this right now. Try other filters.
page-organizer = Organised by { $organization }
page-signup = ✍️ Sign up in Telegram
page-open = 📲 Open in Telegram
page-more =
    { $count ->
        [one] … and one more date. Pick a day or a topic to see it.
       *[other] … and { $count } more dates. Pick a day or a topic to see them.
    }
## offers: machine translation
mt-offer-translated = 🤖 Machine translations. Please read them through; to correct one, tap its language below.
mt-offer-grid-legend = ✅ by hand · 🤖 machine-translated (tap to correct) · ✏️ please check: the original changed · ➕ still missing
mt-offer-preview-machine = 🤖 Machine-translated languages: { $count }
mt-offer-refresh-failed = ⚠️ These machine translations could not be renewed and are hidden for now: { $languages }. They will be added again by themselves.
mt-offer-show-translation = 🌍 Show in my language
## schedule import (issue 16)
command-import = Import offers from a file (CSV, Excel, calendar)
audit-action-import-applied = 📥 Schedule imported
audit-action-import-calendar-set = 📅 Subscribed calendar set
import-intro =
    📥 Import many dates at once: send me a CSV or Excel file (the template follows) or a calendar file (.ics) from Nextcloud, Outlook or Google. At most { $mb } MB and { $rows } rows. You see a preview first; nothing is saved before you confirm.

    Importing the same file again changes nothing. A changed row updates its offer, and everyone signed up is told of a new time or place.
import-columns-title = <b>The columns of the template</b>
import-column-id = your own number for the row (keep it: a new import finds the offer by it)
import-column-title = title in { $language }
import-column-summary = short description in { $language }
import-column-category = topic, e.g. Sport, Beratung, Kinder & Familie (empty: you choose one for the whole file)
import-column-district = district (empty: you choose one for the whole file)
import-column-address = address of the place
import-column-online = online link (https://…) for offers on the internet
import-column-start = start, e.g. 05.12.2026 15:00 or 2026-12-05 15:00 (Berlin time)
import-column-end = end: a time (17:00) or date and time
import-column-length = or the length: 90, 1:30 or 2 h
import-column-repeats = weekly, every two weeks or monthly (empty: once)
import-column-until = last date of the series, e.g. 31.03.2027
import-column-seats = seats per date (empty: no sign-up needed)
import-column-ages = ages, e.g. 12-17 or 60-
import-column-cost = cost, e.g. 2 € (empty: free)
import-column-languages = languages spoken, e.g. de, ar, uk
import-column-accessibility = accessibility, e.g. step-free access
import-column-contact = how to reach the organiser
import-template-csv = 📄 Template as CSV (semicolons, for Excel)
import-template-xlsx = 📊 Template as Excel file, with the columns explained
import-sheet-offers = Offers
import-sheet-columns = Columns
import-reading = 📥 Reading the file…
import-file-too-big = 😕 This file is too big. I can read files up to { $mb } MB.
import-file-too-many-rows = 😕 This file has more than { $rows } rows. Please split it into smaller files.
import-file-unreadable = 😕 I could not read this file. Please save it again as CSV, Excel (.xlsx) or calendar (.ics) and send it once more.
import-file-no-header = 😕 I could not find the column names. The first row needs at least a title and a start column, like in the template (/import).
import-file-unknown-type = I can import CSV, Excel (.xlsx) and calendar files (.ics). /import sends you a template.
import-file-empty = 😕 This file is empty.
import-ask-category = Some dates have no topic. Which topic do they get?
import-ask-district = Which district do the dates of this file belong to?
import-district-none = 🌐 No district (citywide or online)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 new
       *[other] { $count } new
    }
import-count-changed =
    { $count ->
        [one] 1 changed
       *[other] { $count } changed
    }
import-count-unchanged =
    { $count ->
        [one] 1 unchanged
       *[other] { $count } unchanged
    }
import-count-cancelled =
    { $count ->
        [one] 1 cancelled (no longer in the file)
       *[other] { $count } cancelled (no longer in the file)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ 1 row can't be imported:
       *[other] ⚠️ { $count } rows can't be imported:
    }
import-row-error = Row { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … and 1 more
       *[other] … and { $count } more
    }
import-preview-question = Import now? The other rows are imported; the ones above are left out.
import-nothing-to-do = Nothing to import: everything is up to date.
import-confirm = ✅ Import
import-done = ✅ Imported.
import-awaiting-approval =
    { $count ->
        [one] 1 offer waits for the city's approval.
       *[other] { $count } offers wait for the city's approval.
    }
import-notified =
    { $count ->
        [one] 1 person signed up was told of the change.
       *[other] { $count } people signed up were told of the changes.
    }
import-left-out =
    { $count ->
        [one] 1 row was left out (see above).
       *[other] { $count } rows were left out (see above).
    }
import-cancelled = Import cancelled. Nothing was saved.
import-timeout = The import stopped because nothing happened for a while. Just send the file again.
import-reason-title-missing = no title
import-reason-title-too-long = the title is too long (200 characters at most)
import-reason-summary-too-long = the description is too long (1,000 characters at most)
import-reason-start-missing = no start
import-reason-date-format = I can't read the date “{ $value }” (write 05.12.2026 15:00)
import-reason-date-not-exist = the date “{ $value }” does not exist
import-reason-date-past = the date is in the past
import-reason-end-before-start = the end is before the start
import-reason-length-invalid = I can't read the length “{ $value }” (write 90 or 1:30)
import-reason-repeats-unknown = I don't know the repeat “{ $value }” (weekly, every two weeks, monthly)
import-reason-until-before-start = the series ends (“{ $value }”) before it starts
import-reason-seats-invalid = the seats “{ $value }” are not a number
import-reason-ages-invalid = I can't read the ages “{ $value }” (write 12-17 or 60-)
import-reason-languages-invalid = I can't read the languages “{ $value }” (write de, ar)
import-reason-link-invalid = “{ $value }” is not a web link (https://…)
import-reason-text-too-long = a text is too long: “{ $value }”
import-reason-category-unknown = I don't know the topic “{ $value }”
import-reason-category-missing = no topic
import-reason-district-unknown = I don't know the district “{ $value }”
import-reason-duplicate-id = the id “{ $value }” appears twice in the file
import-reason-event-invalid = I can't read this calendar entry
import-reason-row-invalid = this row doesn't make a valid offer
import-calendar-button = 📅 Subscribed calendar
import-calendar-none =
    📅 No calendar subscribed yet.

    Does your organisation keep its dates in Nextcloud, Outlook or Google Calendar? Give me the calendar's public address (iCalendar, ending in .ics): I check it every hour, add new dates, update changed ones and cancel the ones you delete, and everyone signed up is told.
import-calendar-current =
    📅 Subscribed calendar:
    { $url }

    Last checked: { $checked }
import-calendar-never = not yet
import-calendar-failing =
    { $count ->
        [one] ⚠️ The last check failed.
       *[other] ⚠️ The last { $count } checks failed.
    }
import-calendar-set = 🔗 Set the address
import-calendar-remove = 🗑 Remove
import-calendar-ask-url = Send me the public address of the calendar (it starts with https://).
import-calendar-url-hint = That is not a web address. It starts with https:// (or http://).
import-calendar-saved = ✅ Saved. I check the calendar within the hour and then every hour.
import-calendar-removed = 🗑 Calendar removed. The offers already imported stay.
import-calendar-failing-notice =
    ⚠️ For a day now I could not read your subscribed calendar:
    { $url }
    Please check that the address still works and is public. I keep trying.

## schedule import, follow-ups
import-calendar-url-private = 🚫 I can't use this address: { $host } is not on the public internet (it is a local, private or internal address). Please give the calendar's public address, as your calendar app shows it under "share" or "public link", and tap 🔗 Set the address again.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } imported 1 offer that waits for your approval. You find it in /admin → 📝 Approvals.
       *[other] 📥 { $organization } imported { $count } offers that wait for your approval. You find them in /admin → 📝 Approvals.
    }
import-admin-calendar = 📅 Calendar
import-admin-calendar-title = 📅 Subscribed calendar of { $organization }
import-admin-calendar-none = No calendar subscribed yet. With 🔗 Set the address you give its public iCalendar address: I check it every hour and bring its dates in as this organization's offers.

## ask the organiser (ask-)
ask-button = 💬 Ask a question
ask-menu = 💬 Ask
command-ask = 💬 Ask the city a question
command-linkgroup = 🔗 Link this group for residents' questions (in the group)
ask-prompt-offer = 💬 Your question about “{ $title }” goes to the people who run it.
ask-prompt-city = 💬 Your question goes to the city's team.
ask-prompt = Please write your question in one message, in your own language. You can also send a photo with the question as its caption.
ask-please-write = ✍️ Please write your question as text. I can't pass on voice messages or stickers.
ask-too-long = ✍️ That is a bit long. Please keep it under { $max } characters.
ask-share-name = 👤 May the team see your first name? If not, they only see “Resident” with a number and your language.
ask-share-name-no = 🙈 No, stay anonymous
ask-share-name-yes = 👤 Yes, show my first name
ask-share-name-hint = Please tap one of the buttons.
ask-cancelled = ✖️ All right, no question was sent.
ask-timeout = ⏳ Your question was not sent because there was no answer for a while. Just start again.
ask-the-city = the city
ask-sent =
    ✅ Thank you! Your question went to { $to }.
    { $days ->
        [one] You can expect an answer within one working day.
       *[other] You can expect an answer within { $days } working days.
    } It will come here, in your language.
ask-resident = Resident #{ $number } ({ $language })
ask-resident-named = Resident #{ $number }, { $name } ({ $language })
ask-question-headline = ❓ Question from { $resident }
ask-followup-headline = ↩️ Follow-up from { $resident }
ask-reminder-headline =
    ⏰ Still unanswered after { $days ->
        [one] one working day
       *[other] { $days } working days
    }: { $resident }
ask-about-offer = 📅 About: { $title }
ask-about-organization = 🏢 To: { $name }
ask-about-city = 🏛 A general question to the city
ask-deleted = 🗑 Deleted: the resident has erased their data.
ask-not-translated = ⚠️ Not translated (written in { $language }).
ask-reply-hint = ↩️ Reply to this message to answer. The resident sees only your answer, not your name.
ask-done-button = ✅ Done
ask-block-button = 🚫 Block asker
ask-done-ok = ✅ Question #{ $number } is marked as done.
ask-blocked-ok = 🚫 Resident #{ $number } can no longer send you questions.
ask-answer-from = 💬 Answer from { $name }
ask-answer-from-city = 💬 Answer from the city
ask-answer-hint = ↩️ You can reply to this message or tap “Reply”.
ask-reply-button = ↩️ Reply
ask-reply-prompt = ✍️ Please write your reply in one message.
ask-followup-sent = ✅ Your reply was passed on.
ask-answer-sent = ✅ Your answer goes to Resident #{ $number } ({ $language }).
ask-refused-not-staff = 🚫 Your reply was not passed on: only the team of the organization this question is for can answer it.
ask-refused-erased = 🗑 Your reply reached nobody: the resident has erased their data.
ask-answer-unreachable = 📭 Your answer is saved, but the resident can't be reached right now: they have stopped the bot.
ask-refused-not-asker = 🚫 This is not your question, so nothing was sent.
ask-reply-unknown = 🤷 Your reply was not passed on: this message is not a question I forwarded to this chat.
ask-linked-organization = 🔗 Done! Residents' questions for { $name } now come to this group, translated into the language of the person who linked it. Answer by replying to my message.
ask-linked-city = 🔗 Done! General questions for the city now come to this group. Answer by replying to my message.
ask-linkgroup-forbidden = 🚫 Only staff of an organization (or the city's admins) can link a group.
ask-linkgroup-in-group = 🔗 Add me to your team's Telegram group and send /linkgroup there.
ask-stats-title = 💬 Residents' questions
ask-stats-row = { $name }: { $open } open, { $answered } answered
error-ask-limit = ✋ You already have a few questions waiting for an answer. Please wait for those first.
error-ask-blocked = 🚫 You can't send questions here any more.
error-ask-empty = ✍️ Please write something first.
error-ask-too-long = ✍️ That is a bit long. Please write it shorter.
error-ask-gone = 🤷 This question is no longer available.
audit-action-question-blocked = 🚫 Resident blocked from asking
audit-action-question-group-linked = 🔗 Group linked for questions
ask-privacy =
    💬 Your questions: if you ask a team a question in the bot, we keep it with the answers for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the last message, then delete it. The team sees only a number and your language, not your name (unless you share it).
ask-privacy-translated =
    💬 Your questions: if you ask a team a question in the bot, we keep it with the answers for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the last message, then delete it. The team sees only a number and your language, not your name (unless you share it). The texts of the question and the answer are sent to the translation service, never your name or your Telegram ID.
command-replytime = ⏱ Set how soon your team answers residents' questions
ask-replytime-usage = ⏱ Send the number of working days within which your team answers residents' questions, e.g. /replytime 3 (1 to { $max }).
ask-replytime-set =
    ⏱ Done: residents asking { $name } are told to expect an answer { $days ->
        [one] within one working day
       *[other] within { $days } working days
    }.
