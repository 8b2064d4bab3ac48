## language
# The language's own name in its own script, shown on the language buttons.
language-name = پښتو
language-choose = 🌍 کومه ژبه غواړئ؟
language-changed = ✅ سمه ده! له اوس وروسته به تاسو ته په پښتو ولیکم.

## start
start-greeting =
    سلام { $firstName }! 👋
    زه Treffpunkt یم. له تاسو سره مرسته کوم چې په خپل ښار کې فعالیتونه، لکه ورزش، د ژبې کافې او مشوره، پیدا کړئ او نوم لیکنه پکې وکړئ.
start-link-welcome = 👋 ښه راغلاست! دا Treffpunkt دی. لاندې په «📅 فعالیتونه» ټک وکړئ، چې نور فعالیتونه هم ووینئ.
start-choose-language = 🌍 مهرباني وکړئ خپله ژبه وټاکئ:

## help
help-intro = زه دا کارونه کولی شم:
command-offers = 📅 فعالیتونه پیدا کړئ
command-start = 👋 پیل
command-language = 🌍 ژبه بدله کړئ
command-help = ❓ مرسته

## fallback
fallback-not-understood = 🤔 زه یوازې متني پیغامونه لوستلی شم. د لټون لپاره یوه کلمه ولیکئ، لکه «فوټبال»، یا په «📅 فعالیتونه» ټک وکړئ.

## groups
groups-private-only = 👋 زه یوازې په شخصي چټ کې کار کوم. مهرباني وکړئ ما ته مستقیم ولیکئ: { $botUsername }

## errors
rate-limited = 🐢 تاسو په یو ځل ډېر پیغامونه ولېږل. مهرباني وکړئ څو ثانیې صبر وکړئ او بیا هڅه وکړئ.
error-generic = 😕 بښنه غواړم، یوه ستونزه پیدا شوه. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.
error-stale-button = ⌛ دا تڼۍ نور کار نه کوي. مهرباني وکړئ /start راولېږئ.
error-not-found = 🔍 دا مې پیدا نه کړ. کېدای شي لرې شوی وي.
error-forbidden = 🚫 بښنه غواړم، تاسو دا کار نه شئ کولی.
error-invalid-input = ✋ دا کار ونه شو. مهرباني وکړئ هغه څه چې مو ولیکل وګورئ او بیا هڅه وکړئ.

## main menu
menu-offers = 📅 فعالیتونه
menu-language = 🌍 ژبه
menu-help = ❓ مرسته

## offers
offers-title = 📅 فعالیتونه · پاڼه { $page } له { $pages }
offers-filters-active = فلټرونه: { $filters }
offers-none = 😕 له دې فلټرونو سره سم هېڅ فعالیت نشته. نور فلټرونه وازمویئ.
offers-none-at-all = 😕 اوس مهال هېڅ فعالیت نشته. مهرباني وکړئ ژر بیا راشئ او وګورئ.
offers-only-in =
    { $language ->
        [de] (یوازې په الماني)
        [en] (یوازې په انګلیسي)
       *[other] (لا ستاسو په ژبه نشته)
    }
offers-online = 💻 آنلاین
offers-filter-category = 🏷 ډول
offers-filter-district = 📍 سیمه
offers-filter-when = 📅 کله
offers-filter-youth = 🧒 د ځوانانو لپاره
offers-filter-clear = ✖️ فلټرونه لرې کړئ
offers-filter-all = 🔄 ټول
offers-choose-category = 🏷 تاسو څه ته لېوال یاست؟
offers-choose-district = 📍 د ښار کومه سیمه؟
offers-choose-when = 📅 کله؟
offers-when-today = نن
offers-when-week = دا اونۍ
offers-when-months2 = راتلونکې دوه میاشتې
offers-prev = ◀️ شاته
offers-next = بل ▶️
offers-back = ◀️ بېرته لېست ته
offers-share = 📤 شریکول
offers-share-text = { $title } – په Treffpunkt کې
offers-unavailable = ⌛ بښنه غواړم، دا فعالیت نور نشته.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 هره اونۍ، تر { $until } پورې
offer-recurs-biweekly = 🔁 هرې دوه اونۍ کې یو ځل، تر { $until } پورې
offer-place = 📍 { $place }
offer-online-link = 💻 آنلاین: { $url }
offer-cost-free = 💶 وړیا
offer-cost = 💶 { $cost }
offer-ages-range = 👥 له { $min } تر { $max } کلنۍ پورې
offer-ages-min = 👥 له { $min } کلنۍ څخه پورته
offer-ages-max = 👥 تر { $max } کلنۍ پورې
offer-languages = 🗣 په دې ژبو خبرې کېږي: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ نوم لیکنه اړینه ده · یو ځای
       *[other] ✍️ نوم لیکنه اړینه ده · { $capacity } ځایونه
    }
offer-signup-needed-open = ✍️ نوم لیکنه اړینه ده
offer-signup-not-needed = 🚪 نوم لیکنې ته اړتیا نشته، یوازې راشئ
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 د «{ $query }» لپاره مې دا پیدا کړل:
search-none = 🔎 د «{ $query }» لپاره مې هېڅ پیدا نه کړل. بله کلمه وازمویئ، یا ټول فعالیتونه وګورئ.
search-too-short = 🔎 مهرباني وکړئ د لټون لپاره لږ تر لږه دوه توري ولیکئ.
search-all-offers = 📅 ټول فعالیتونه

## sign-up
signup-button = ✍️ نوم لیکنه
signup-ask-seats = 🪑 د «{ $title }» لپاره څو ځایونو ته اړتیا لرئ؟ په یوه شمېره ټک وکړئ (تر { $max } پورې).
signup-seats-hint = مهرباني وکړئ له ۱ څخه تر { $max } پورې په یوه شمېره ټک وکړئ، یا د ودرولو لپاره /cancel راولېږئ.
signup-ask-name = 📝 په لېست کې کوم نوم ولیکل شي؟ په تڼۍ ټک وکړئ، یا بل نوم ولیکئ.
signup-name-hint = مهرباني وکړئ یو نوم ولیکئ (د تورو اعظمي شمېر: { $max })، یا په تڼۍ ټک وکړئ. د ودرولو لپاره /cancel راولېږئ.
signup-ask-age =
    🎂 دا فعالیت د دې عمر لپاره دی:
    { $range }
    هغه کس چې راځي، څو کاله عمر لري؟
signup-age-adult = 🧔 ۱۸ یا زیات
signup-ask-children = 👨‍👩‍👧 د ځایونو شمېر: { $seats }. څو یې د ماشومانو لپاره دي؟
signup-children-hint = مهرباني وکړئ له { $min } څخه تر { $max } پورې په یوه شمېره ټک وکړئ، یا د ودرولو لپاره /cancel راولېږئ.
signup-age-mismatch =
    😕 بښنه غواړم، دا فعالیت یوازې د دې عمر لپاره دی:
    { $range }
signup-button-hint = مهرباني وکړئ په پورتنیو تڼیو کې پر یوې ټک وکړئ، یا د ودرولو لپاره /cancel راولېږئ.
signup-consent = 🔒 د لېست لپاره ستاسو نوم، د ځایونو شمېر او، که پوښتل شوي وي، د عمر ډله ساتو. یوازې د دې فعالیت تنظیموونکی یې ویني. له فعالیت څخه { $days ->
        [one] یوه ورځ
       *[other] { $days } ورځې
    } وروسته یې پاکوو. نور: /privacy
signup-consent-agree = ✅ منم
signup-summary = 📋 مهرباني وکړئ وګورئ:
signup-summary-seats =
    { $seats ->
        [one] 🪑 { $seats } ځای
       *[other] 🪑 { $seats } ځایونه
    }
signup-summary-name = 📝 نوم: { $name }
signup-summary-children = 👨‍👩‍👧 ماشومان: { $children }
signup-summary-fits = کافي خالي ځایونه شته.
signup-summary-full = اوس ټول ځایونه ډک دي: د انتظار په لېست کې به ستاسو نمبر { $position } وي.
signup-confirm = ✅ نوم لیکنه تایید کړئ
signup-cancel = ✖️ لغوه
signup-cancelled = سمه ده، نوم لیکنه مې ودروله. هېڅ شی خوندي نه شو.
signup-timeout = ⌛ تاسو له ۳۰ دقیقو زیات ځواب ورنه کړ، نو ما نوم لیکنه ودروله. د بیا پیل لپاره یوازې بیا په «✍️ نوم لیکنه» ټک وکړئ.
signup-done-confirmed =
    { $seats ->
        [one] ✅ ستاسو نوم ولیکل شو! ستاسو ځای ساتل شوی دی.
       *[other] ✅ ستاسو نوم ولیکل شو! ستاسو { $seats } ځایونه ساتل شوي دي.
    }
signup-done-waitlisted = ⏳ اوس ټول ځایونه ډک دي. د انتظار په لېست کې ستاسو نمبر { $position } دی. کله چې یو ځای خالي شي، ستاسو نوم به ولیکم او تاسو ته به ووایم.
signup-done-guardian = 👪 نږدې بشپړ شو! ځکه چې ستاسو عمر له ۱۶ کلونو کم دی، باید مور یا پلار مو موافقه وکړي. مهرباني وکړئ دا لینک خپلې مور یا پلار ته ولېږئ: { $link } — ستاسو ځای تر ۴۸ ساعتونو پورې ساتو.
signup-forward-link = 📤 لینک ولېږئ
signup-ics-caption = 📅 نېټه په خپل کلیز کې خوندي کړئ.
signup-ics-description = د Treffpunkt له لارې نوم لیکنه: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 زما نوم لیکنې
command-my = 🗓 زما نوم لیکنې
my-title = 🗓 ستاسو نوم لیکنې
my-none = تاسو اوس مهال راتلونکې نوم لیکنې نه لرئ. د یو څه موندلو لپاره په «📅 فعالیتونه» ټک وکړئ.
my-status-confirmed =
    { $seats ->
        [one] ✅ نوم لیکل شوی · { $seats } ځای
       *[other] ✅ نوم لیکل شوی · { $seats } ځایونه
    }
my-status-waitlisted = ⏳ د انتظار لېست، نمبر { $position }
my-status-pending = 👪 د مور یا پلار موافقې ته انتظار
my-list-name = 📝 په لېست کې نوم: { $name }
my-ics = 📅 د کلیز فایل
my-cancel = ❌ زما نوم لیکنه لغوه کړئ
my-cancel-confirm = ایا په رښتیا غواړئ د «{ $title }» لپاره خپله نوم لیکنه لغوه کړئ؟
my-cancel-yes = ✅ هو، لغوه یې کړئ
my-cancel-no = ◀️ نه، پرېږدئ یې
my-cancelled = ✅ لغوه شوه. اوس ستاسو ځای د بل چا لپاره خالي دی. مننه چې خبر مو کړو!
my-back = ◀️ شاته

## notices
notice-promoted = 🎉 ښه خبر! یو ځای خالي شو، او اوس ستاسو نوم لیکل شوی دی:
notice-reminder = ⏰ ستاسو لپاره یوه یادونه:
notice-still-coming = 🤔 ایا لا هم راځئ؟
notice-still-coming-yes = ✅ هو، راځم
notice-still-coming-no = ❌ نه، نه شم راتلی
still-coming-thanks = 👍 ډېر ښه، هلته سره ګورو!
still-coming-freed = مننه چې خبر مو کړو. اوس ستاسو ځای د بل چا لپاره خالي دی.
notice-lapsed = ⌛ په ۴۸ ساعتونو کې مور یا پلار مو موافقه ونه کړه، نو ستاسو ځای بل چا ته ورکړل شو. تاسو بیا نوم لیکنه کولی شئ:
notice-guardian-confirmed = ✅ مور یا پلار مو موافقه وکړه. ستاسو نوم ولیکل شو:
notice-guardian-declined = مور یا پلار مو موافقه ونه کړه، نو ستاسو نوم په دې کې ونه لیکل شو:

## guardian
guardian-request = 👪 ستاسو ماشوم، { $name }، غواړي په دې فعالیت کې برخه واخلي. ځکه چې د { $name } عمر له ۱۶ کلونو کم دی، د مور یا پلار موافقې ته اړتیا لرو. ایا تاسو موافقه کوئ؟
guardian-yes = ✅ هو، موافقه کوم
guardian-no = ❌ نه
guardian-thanks-yes = ✅ ډېره مننه! د { $name } نوم ولیکل شو.
guardian-thanks-no = سمه ده. د { $name } نوم ونه لیکل شو.

## input the bot cannot use
input-edited = ✏️ په پیغامونو کې بدلونونه نه شم لیدلی. مهرباني وکړئ بیا یې د یو نوي پیغام په توګه راولېږئ.
input-forwarded = 📨 فارورډ شوي پیغامونه نه لولم. مهرباني وکړئ خپل ځواب پخپله ولیکئ، یا په یوه تڼۍ ټک وکړئ.

## privacy
command-privacy = 🔒 د معلوماتو ساتنه
privacy-notice =
    🔒 په Treffpunkt کې ستاسو معلومات

    📦 څه ساتو: ستاسو Telegram ID (یوه شمېره ده، ستاسو د تلیفون شمېره نه ده)، چې تاسو ته ځواب درکړو. همدارنګه ستاسو لومړی نوم، ژبه او د خبرونو تنظیمات ساتو. کله چې نوم لیکنه کوئ، د لېست لپاره نوم، د ځایونو شمېر او د عمر ډله هم ساتو. د تلیفون شمېرې، د زېږون نېټې او د چټ پیغامونه نه ساتو، پرته له هغو پوښتنو چې تاسو یې تنظیموونکو ته لیږئ.
    🎯 ولې: چې تاسو فعالیتونه پیدا کړئ، نوم لیکنه وکړئ او هغه خبرونه ترلاسه کړئ چې غوښتي مو دي.
    👀 څوک یې ویني: د هر فعالیت تنظیموونکی د خپل فعالیت لېست ویني. احصایې یوازې شمېرې ښیي، هېڅکله نومونه نه.
    ⏳ تر کله: نوم لیکنې له فعالیت څخه { $days ->
        [one] یوه ورځ
       *[other] { $days } ورځې
    } وروسته پاکېږي. که تاسو ما بلاک کړئ، هر څه { $blockedDays ->
        [one] یوه ورځ
       *[other] { $blockedDays } ورځې
    } وروسته پاکوو.
    ✉️ د پوښتنو لپاره: { $contact }

    دلته کولی شئ خپل معلومات ډاونلوډ یا پاک کړئ.
privacy-no-contact = هغه اداره چې زما په اړه یې تاسو ته ویلي دي
privacy-export-button = 📦 زما معلومات ډاونلوډ کړئ
privacy-export-caption = 📦 دا هغه ټول معلومات دي چې Treffpunkt ستاسو په اړه ساتي.
privacy-delete-button = 🗑 زما معلومات پاک کړئ
privacy-delete-ask = 🗑 ایا غواړئ خپل ټول معلومات پاک کړئ؟ ستاسو نوم، ژبه او تنظیمات به پاک کړو.
privacy-delete-signups = 🎟 هغه نوم لیکنې چې لغوه کېږي: { $count }. ځایونه به یې د انتظار په لېست کې خلکو ته ورکړل شي.
privacy-delete-final = دا کار بېرته نه شي اړول کېدای.
privacy-delete-yes = ⚠️ هو، پاک یې کړئ
privacy-delete-keep = ↩️ نه، زما معلومات وساتئ
privacy-delete-last = ⚠️ وروستۍ پوښتنه: هر څه همدا اوس پاک کړو؟
privacy-delete-now = 🗑 همدا اوس پاک کړئ
privacy-delete-kept = 👍 سمه ده. هېڅ شی پاک نه شو.
privacy-delete-done = ✅ بشپړ شو. ستاسو معلومات پاک شول. لغوه شوې نوم لیکنې: { $count }. که بیا ما ته ولیکئ، له سره به پیل کوو.
privacy-delete-expired = ⌛ دا پوښتنه ډېره زړه ده. د خپلو معلوماتو د پاکولو لپاره، مهرباني وکړئ بیا /privacy راولېږئ.

## sign-up errors
error-offer-unavailable = ⌛ بښنه غواړم، دا فعالیت نور نشته.
error-signup-closed = ⌛ د دې نېټې لپاره نوم لیکنه بنده ده.
error-signup-not-open = 🚪 دې فعالیت ته نوم لیکنه نه ده پکار. یوازې راشئ!
error-signup-duplicate = ✅ ستاسو نوم مخکې د دې نېټې لپاره لیکل شوی دی. هغه په «🗓 زما نوم لیکنې» کې لیدلی شئ.
error-signup-age-mismatch = 😕 بښنه غواړم، دا فعالیت د بلې عمري ډلې لپاره دی.
error-signup-cancel-too-late = ⏰ دلته د لغوه کولو لپاره ډېر ناوخته دی. مهرباني وکړئ تنظیموونکي ته مستقیم ووایئ.
error-signup-not-found = 🔍 دا نوم لیکنه نور نه شم موندلی.
error-guardian-link-invalid = 🔗 دا لینک نور کار نه کوي. کېدای شي مخکې کارول شوی وي، یا فعالیت پای ته رسېدلی وي.
error-guardian-self = 👪 مهرباني وکړئ دا لینک خپلې مور یا پلار ته ولېږئ. دوی باید پخپله موافقه وکړي.

## subscriptions
menu-subscriptions = 🔔 خبرونه
command-subscriptions = 🔔 خبرونه وټاکئ
command-stop = 🔕 ټول خبرونه بند کړئ
subscriptions-title = 🔔 د ښار خبرونه
subscriptions-intro = وټاکئ چې د څه په اړه خبرونه غواړئ. په یوه تڼۍ ټک وکړئ چې نښه یې کړئ یا نښه یې لرې کړئ.
subscriptions-status-on = ✅ خبرونه فعال دي. د هغو موضوعګانو خبرونه درته راځي چې نښه کړې مو دي.
subscriptions-status-empty = ☝️ خبرونه فعال دي، خو تر اوسه مو هېڅ موضوع نښه کړې نه ده. مهرباني وکړئ لږ تر لږه یوه نښه کړئ.
subscriptions-status-off = 🔕 خبرونه بند دي، نو هېڅ خبر درته نه راځي. ستاسو ټاکنې خوندي پاتې دي. د بیا فعالولو لپاره لومړۍ تڼۍ نښه کړئ.
subscriptions-switch = 🔔 ما ته خبرونه راولېږئ
subscriptions-general = 📢 د ښار عمومي خبرونه
subscriptions-digest = 🗞 د نویو فعالیتونو اونیز لېست
subscriptions-districts =
    { $count ->
        [0] 📍 سیمې: ټولې
        [one] 📍 سیمې: { $count } ټاکل شوې
       *[other] 📍 سیمې: { $count } ټاکل شوې
    }
subscriptions-districts-title = 📍 د ښار د کومو سیمو خبرونه غواړئ؟ یوه یا څو سیمې نښه کړئ، یا «ټولې سیمې» وټاکئ.
subscriptions-districts-all = 🏙 ټولې سیمې
subscriptions-back = ◀️ شاته
subscriptions-stopped = 🔕 سمه ده. نور به خبرونه درته نه راځي، خو ستاسو ټاکنې خوندي پاتې دي. د بیا فعالولو لپاره /subscriptions راولېږئ.
subscriptions-ask = 🔔 غواړئ چې د ښار خبرونه (اعلانونه، نوي فعالیتونه) درته راشي؟
subscriptions-ask-yes = ✅ هو، موضوعګانې ټاکم
subscriptions-ask-no = ❌ نه، مننه
subscriptions-ask-declined = 👍 سمه ده، خبرونه نه درلېږو. که مو نظر بدل شو، یوازې /subscriptions راولېږئ.
subscriptions-unsubscribe = 🔕 د دې موضوع خبرونه بند کړئ
subscriptions-unsubscribed = 🔕 سمه ده. نور به د «{ $topic }» په اړه خبرونه درته نه راځي. د خپلو ټاکنو د بدلولو لپاره /subscriptions راولېږئ.

## broadcast (staff)
broadcast-ask-text = ✏️ مهرباني وکړئ د اعلان متن راولېږئ (د تورو اعظمي شمېر: { $max }). په خپله ژبه یې ولیکئ؛ ژباړې وروسته ورزیاتولی شئ.
broadcast-text-hint = مهرباني وکړئ متن د پیغام په توګه راولېږئ (د تورو اعظمي شمېر: { $max })، یا د ودرولو لپاره /cancel راولېږئ.
broadcast-ask-translations = 🌍 ژباړه ورزیاتوئ؟ په یوې ژبې ټک وکړئ، یا په «بشپړ».
broadcast-ask-translation = ✏️ مهرباني وکړئ متن په دې ژبه راولېږئ: { $language }.
broadcast-translations-done = ✅ بشپړ
broadcast-ask-audience = 👥 دا اعلان چا ته ولېږل شي؟
broadcast-audience-subscribers = 📣 د یوې موضوع ګډونوال
broadcast-audience-participants = ✅ د یو فعالیت ګډونوال
broadcast-audience-waitlist = ⏳ د یو فعالیت د انتظار لېست
broadcast-topic-general = د ښار عمومي خبرونه
broadcast-ask-topic = 🏷 کومه موضوع؟
broadcast-ask-districts = 📍 کومې سیمې؟ د ټاکلو لپاره ټک وکړئ، بیا په «بشپړ».
broadcast-all-districts = ټولې سیمې
broadcast-districts-done = ✅ بشپړ
broadcast-ask-languages = 🌍 د کومو ژبو لوستونکو ته؟ د ټاکلو لپاره ټک وکړئ، بیا «بشپړ». که هېڅ ونه ټاکئ، ټولو ته ځي.
broadcast-all-languages = ټولې ژبې
broadcast-ask-offer = 📅 د فعالیت کومه نېټه؟
broadcast-ask-urgent = ⚠️ ایا بېړنی دی؟ بېړني پیغامونه د شپې هم لېږل کېږي. دا یوازې د خوندیتوب د خبرداریو لپاره وکاروئ.
broadcast-normal = 🕊 عادي
broadcast-urgent = ⚠️ بېړنی (د خوندیتوب خبرداری)
broadcast-ask-when = 🕒 همدا اوس یې ولېږو؟ یا نېټه او وخت ولیکئ (د برلین په وخت)، لکه «۱۲.۱۲. ۱۷:۰۰» یا «۲۰۲۶-۱۲-۱۲ ۱۷:۰۰».
broadcast-now = 🚀 همدا اوس ولېږئ
broadcast-when-hint = مهرباني وکړئ په راتلونکي کې یوه نېټه او وخت ولیکئ، لکه «۱۲.۱۲. ۱۷:۰۰»، یا په «همدا اوس ولېږئ» ټک وکړئ.
broadcast-ask-repeat = 🔁 تکرار شي؟
broadcast-repeat-none = یوازې یو ځل
broadcast-repeat-weekly = هره اونۍ، په { $time }
broadcast-repeat-monthly = هره میاشت، د میاشتې په { $day } نېټه، په { $time }
broadcast-preview-as = 👀 مخکتنه: څوک چې یې ژبه { $language } وي، دا داسې ویني:
broadcast-confirm-question =
    { $count ->
        [one] 📬 د لېږلو وخت: { $date }. دا به { $count } کس ته ورسېږي. ولېږو؟
       *[other] 📬 د لېږلو وخت: { $date }. دا به { $count } کسانو ته ورسېږي. ولېږو؟
    }
broadcast-confirm = ✅ هو، ولېږئ
broadcast-saved = ✅ خوندي شو. د پلان سره سم به ولېږل شي.
broadcast-cancelled = سمه ده، ما کار ودراوه. هېڅ شی ونه لېږل شو.
broadcast-timeout = ⌛ له ۳۰ دقیقو زیات وخت تېر شو، نو ما کار ودراوه. د بیا پیل لپاره /broadcast راولېږئ.
broadcast-list-title = 📣 اعلانونه
broadcast-list-empty = هېڅ شی پلان شوی نه دی.
broadcast-cancel-scheduled = ✖️ لغوه
broadcast-cancelled-scheduled = ✅ اعلان لغوه شو.
broadcast-stats = #{ $id }: لېږل شوي: { $sent } · په کتار کې: { $queued } · سهار ته په تمه: { $waitingForMorning } · ناکام: { $failed } · بلاک کړی: { $blocked }
broadcast-promote = 📣 د دې فعالیت اعلان وکړئ
announcement-open-offer = 📅 فعالیت پرانیزئ
error-announcement-not-editable = ⌛ د دې اعلان لېږل پیل شوي یا لغوه شوی دی.
command-broadcast = 📣 اعلان ولېږئ (کارکوونکي)
command-announcements = 📋 اعلانونه (کارکوونکي)

## digest
digest-title = 📰 د دې اونۍ نوي فعالیتونه، ستاسو لپاره ټاکل شوي:

## announcement editing (staff)
broadcast-edit = ✏️ بدلول
broadcast-edit-what = ✏️ په #{ $id } اعلان کې څه بدلول غواړئ؟
broadcast-edit-text = 📝 متن
broadcast-edit-time = 🕒 وخت
broadcast-edit-ask-time = 🕒 مهرباني وکړئ نوې نېټه او وخت ولیکئ (د برلین په وخت)، لکه «۱۲.۱۲. ۱۷:۰۰».
broadcast-edit-saved = ✅ خوندي شو.

## offer changes and approval
notice-offer-changed = 🔄 هغه فعالیت چې تاسو پکې نوم لیکلی بدل شوی. نوی وخت او ځای:
notice-offer-before = مخکې: { $before }
notice-offer-cancelled = ❌ بښنه غواړو، دا فعالیت لغوه شو. تاسو ته د څه کولو اړتیا نشته:
notice-offer-pending = 📝 یو نوی فعالیت ستاسو د منظورۍ په تمه دی:
notice-offer-approved = ✅ ستاسو فعالیت منظور شو او اوس ټول یې لیدلای شي:
notice-offer-rejected = ↩️ ستاسو فعالیت لا منظور شوی نه دی. مهرباني وکړئ لامل وګورئ او بدل یې کړئ:
notice-offer-reason = لامل: { $reason }

## staff offers
command-myoffers = 🗂 زموږ فعالیتونه (کارکوونکي)
staff-offers-title = 🗂 د ستاسو د سازمان فعالیتونه
staff-offers-none = تر اوسه هېڅ فعالیت نشته.
staff-offer-dates = 📅 یوه نېټه وټاکئ، چې ووینئ چا نوم لیکنه کړې ده:
staff-offer-cancel = ❌ دا فعالیت لغوه کړئ
staff-offer-cancel-confirm = ایا په رښتیا غواړئ «{ $title }» لغوه کړئ؟ ټولو هغو کسانو ته به خبر ورکړل شي چې نوم یې لیکلی دی.
staff-offer-cancel-yes = ✅ هو، لغوه یې کړئ
staff-offer-cancelled =
    { $count ->
        [one] ✅ لغوه شو. یو کس ته خبر ورکړل شو.
       *[other] ✅ لغوه شو. { $count } کسانو ته خبر ورکړل شو.
    }
staff-participants-title = 👥 د { $date } لپاره نوم لیکلي کسان:
staff-participants-none = تر اوسه هېچا نوم نه دی لیکلی.
staff-participants-export = 📄 د CSV فایل ترلاسه کړئ
staff-participants-csv-caption = 📄 د ګډونوالو لېست
staff-attendance-hint = له پیل وروسته په ✅ یا ❌ ټک وکړئ، چې وښیئ څوک راغلي وو.
staff-csv-name = نوم
staff-csv-seats = ځایونه
staff-csv-children = ماشومان
staff-csv-status = حالت
staff-csv-age = د عمر ډله
staff-csv-attendance = حاضري
staff-back = ◀️ شاته

## new offer (staff)
command-newoffer = ➕ نوی فعالیت (کارکوونکي)
staff-offer-reschedule = 🕒 وخت بدل کړئ
newoffer-ask-title = ✏️ د فعالیت نوم څه دی؟ سرلیک په دې ژبه ولیکئ: { $language }. د تورو اعظمي شمېر: { $max }.
newoffer-title-hint = مهرباني وکړئ داسې سرلیک ولیکئ چې توري ولري (د تورو اعظمي شمېر: { $max })، یا /cancel راولېږئ.
newoffer-ask-summary = 📝 په یوې یا دوو لنډو جملو کې یې معرفي کړئ (د تورو اعظمي شمېر: { $max }).
newoffer-summary-hint = مهرباني وکړئ لنډه معرفي ولیکئ (د تورو اعظمي شمېر: { $max })، یا /cancel راولېږئ.
newoffer-ask-translations = 🌍 ژباړه ورزیاتوئ؟ په یوې ژبې ټک وکړئ، یا په «بشپړ».
newoffer-ask-category = 🏷 کومه موضوع ورسره ښه برابره ده؟
newoffer-ask-district = 📍 د ښار په کومه سیمه کې؟
newoffer-no-district = 🌐 هېڅ سیمه نه (آنلاین یا د ټول ښار لپاره)
newoffer-ask-place = 🏠 چېرته؟ پته ولیکئ، د 📎 له لارې موقعیت شریک کړئ، یا آنلاین لینک راولېږئ (https://…).
newoffer-place-hint = مهرباني وکړئ پته ولیکئ، موقعیت شریک کړئ، یا داسې لینک راولېږئ چې په https:// پیلېږي.
newoffer-ask-start = 🕒 کله پیلېږي؟ نېټه او وخت ولیکئ (د برلین په وخت)، لکه «۱۲.۱۲. ۱۷:۰۰» یا «۲۰۲۶-۱۲-۱۲ ۱۷:۰۰».
newoffer-start-hint = مهرباني وکړئ په راتلونکي کې یوه نېټه او وخت ولیکئ، لکه «۱۲.۱۲. ۱۷:۰۰»، یا /cancel راولېږئ.
newoffer-ask-length = ⏱ څومره وخت نیسي؟
newoffer-length = { $hours } ساعته
newoffer-ask-repeat = 🔁 تکرارېږي؟
newoffer-repeat-weekly = هره اونۍ
newoffer-repeat-biweekly = هرې دوه اونۍ کې یو ځل
newoffer-ask-until = 📆 تر کله؟ وروستۍ نېټه ولیکئ، لکه «۳۱.۰۱.».
newoffer-until-hint = مهرباني وکړئ له پیل وروسته یوه نېټه ولیکئ، لکه «۳۱.۰۱.».
newoffer-ask-signup = ✍️ نوم لیکنه اړینه ده؟ د ځایونو په شمېر ټک وکړئ، بله شمېره ولیکئ، یا «بې له نوم لیکنې» وټاکئ.
newoffer-no-signup = 🚪 بې له نوم لیکنې
newoffer-seats = { $seats } ځایونه
newoffer-seats-hint = مهرباني وکړئ په یوې تڼۍ ټک وکړئ یا د ځایونو شمېر ولیکئ.
newoffer-ask-ages = 👥 د کوم عمر لپاره؟ ټک وکړئ، یا د عمر حد ولیکئ، لکه «۱۲-۱۷» (یا «۶۰-» د ۶۰ کلنو او له هغه پورته لپاره).
newoffer-ages-all = ټول
newoffer-ages-youth = ۱۲–۱۷
newoffer-ages-children = ماشومان ۶–۱۱
newoffer-ages-seniors = له ۶۰ کلنۍ پورته
newoffer-ages-hint = مهرباني وکړئ په یوې تڼۍ ټک وکړئ یا د عمر حد ولیکئ، لکه «۱۲-۱۷».
newoffer-ask-cost = 💶 وړیا دی؟ په «وړیا» ټک وکړئ، یا بیه ولیکئ (لکه «۲ €»).
newoffer-cost-hint = مهرباني وکړئ په «وړیا» ټک وکړئ یا بیه ولیکئ.
newoffer-languages = 🌍 د متن لرونکو ژبو شمېر: { $count }
newoffer-preview = 👀 مهرباني وکړئ خپل فعالیت وګورئ:
newoffer-save-draft = 💾 د مسودې په توګه خوندي کړئ
newoffer-publish = 🚀 خپور کړئ
newoffer-saved-draft = 💾 د مسودې په توګه خوندي شو.
newoffer-saved-pending-approval = ⏳ د منظورۍ لپاره ولېږل شو. کله چې وکتل شي، تاسو ته به پیغام درشي.
newoffer-saved-published = 🚀 خپور شو! اوس یې د ښار اوسېدونکي موندلی شي.
newoffer-cancelled = سمه ده، کار مې ودراوه. هېڅ شی خوندي نه شو.
newoffer-timeout = ⌛ له ۳۰ دقیقو زیات وخت تېر شو، نو ما کار ودراوه. هېڅ شی خوندي نه شو.
newoffer-no-organization = 🏢 تاسو لا د هېڅ سازمان غړي نه یاست. مهرباني وکړئ له یو مدیر څخه د بلنې لینک وغواړئ.
newoffer-rescheduled =
    { $count ->
        [one] ✅ وخت بدل شو. یو کس ته خبر ورکړل شو.
       *[other] ✅ وخت بدل شو. { $count } کسانو ته خبر ورکړل شو.
    }

newoffer-ask-max-seats = 🪑 یو کس تر ټولو زیات څو ځایونه نیولی شي (د بېلګې په توګه د خپلو ماشومانو لپاره)؟
newoffer-ask-deadline = ⏰ خلک تر کله پورې نوم لیکنه کولی شي او تر کله یې لغوه کولی شي؟
newoffer-deadline-start = نوم لیکنه تر پیل پورې، لغوه کول تر پیل ۳ ساعته مخکې
newoffer-deadline-day = نوم لیکنه او لغوه کول تر پیل ۱ ورځ مخکې
newoffer-deadline-week = نوم لیکنه تر پیل ۱ اونۍ مخکې، لغوه کول ۱ ورځ مخکې
newoffer-ask-spoken = 🗣 هلته په کومو ژبو خبرې کېږي؟ د ټاکلو لپاره ټک وکړئ، بیا په «بشپړ».
staff-offer-edit = ✏️ بدلول
newoffer-save-changes = 💾 بدلونونه خوندي کړئ
newoffer-edited =
    { $count ->
        [0] ✅ خوندي شو.
        [one] ✅ خوندي شو. یو کس ته د نوي وخت یا ځای خبر ورکړل شو.
       *[other] ✅ خوندي شو. { $count } کسانو ته د نوي وخت یا ځای خبر ورکړل شو.
    }

## stats (admins)
command-stats = 📊 احصایې (مدیران)
stats-title = 📊 د { $month } احصایې (بې له نومونو)
stats-users = 👥 کارونکي د ژبې له مخې
stats-by-category = 🏷 د موضوع له مخې
stats-by-offer = 📅 د فعالیت له مخې
stats-line = نوم لیکنې: { $signups }، ځایونه: { $seats }، راغلي: { $present }، نه دي راغلي: { $absent }
stats-hint = بله میاشت: /stats 2026-11

## admin
command-admin = 🛠 اداره (مدیران)
admin-menu-title = 🛠 اداره
admin-menu-text = څه اداره کول غواړئ؟
admin-organizations = 🏢 سازمانونه
admin-approvals = 📝 منظوري
admin-audit = 📜 د کړنو ثبت
admin-back = ◀️ شاته
admin-organizations-title = 🏢 سازمانونه
admin-organizations-none = تر اوسه هېڅ سازمان نشته.
admin-organization-new = ➕ نوی سازمان
admin-organization-staff-count =
    { $count ->
        [one] یو کارکوونکی
       *[other] { $count } کارکوونکي
    }
admin-organization-trusted-on = ✅ باوري
admin-organization-trusted-off = ⬜ باوري
admin-organization-trusted-hint = باوري سازمانونه خپل فعالیتونه له منظورۍ پرته خپروي.
admin-organization-ask-name = 🏢 د نوي سازمان نوم څه دی؟ (د تورو اعظمي شمېر: { $max })
admin-organization-name-hint = مهرباني وکړئ نوم د پیغام په توګه راولېږئ (د تورو شمېر: ۱–{ $max })، یا د ودرولو لپاره /cancel راولېږئ.
admin-organization-created = ✅ سازمان «{ $name }» جوړ شو. د کارکوونکو د رابللو لپاره یې پرانیزئ.
admin-invite = ➕ کارکوونکی راوبلئ
admin-invite-link = 🔗 د { $organization } لپاره بلنه. دا لینک یوازې یو ځل او تر { $date } پورې کار کوي. هغه کس ته یې ولېږئ چې باید ورسره یوځای شي:
admin-invite-share = 📤 لینک شریک کړئ
admin-invite-share-text = په Treffpunkt کې د { $organization } له ټیم سره د یوځای کېدو لپاره ستاسو بلنه
admin-staff = 👥 کارکوونکي
admin-staff-title = 👥 د { $organization } کارکوونکي
admin-staff-none = تر اوسه هېڅوک نشته. د «➕ کارکوونکی راوبلئ» له لارې یو څوک راوبلئ.
admin-staff-revoke = 🚫 { $name } لرې کړئ
admin-staff-revoked = ✅ بشپړ شو: { $name } نور د کارکوونکو په لېست کې نشته.
admin-approvals-title = 📝 د منظورۍ په تمه
admin-approvals-none = هېڅ شی د منظورۍ په تمه نه دی.
admin-approve = ✅ منظور کړئ
admin-reject = ↩️ بېرته یې ولېږئ
admin-approved = ✅ منظور او خپور شو.
admin-reject-ask-reason = ↩️ ولې «{ $title }» لا نه منظورېږي؟ مهرباني وکړئ د سازمان لپاره لامل ولیکئ (د تورو اعظمي شمېر: { $max }).
admin-reject-reason-hint = مهرباني وکړئ لامل د پیغام په توګه ولیکئ (د تورو شمېر: ۱–{ $max })، یا د ودرولو لپاره /cancel راولېږئ.
admin-rejected = ↩️ ستاسو له لامل سره سازمان ته بېرته ولېږل شو.
admin-audit-title = 📜 د کړنو ثبت، پاڼه { $page }
admin-audit-empty = تر اوسه هېڅ ثبت نشته.
admin-audit-actor = د #{ $userId } له خوا
admin-audit-system = د سیسټم له خوا
admin-cancelled = سمه ده، کار مې ودراوه. هېڅ شی بدل نه شو.
admin-timeout = ⌛ له ۳۰ دقیقو زیات وخت تېر شو، نو ما کار ودراوه. هېڅ شی بدل نه شو.
staff-welcome = 🎉 د { $organization } ټیم ته ښه راغلاست! اوس کولی شئ د هغه فعالیتونه جوړ او اداره کړئ. د خپلو وسیلو د لیدلو لپاره /help راولېږئ.
error-invitation-invalid = 🔗 دا د بلنې لینک کار نه کوي. مهرباني وکړئ نوی لینک وغواړئ.
error-invitation-used = 🔗 دا د بلنې لینک مخکې کارول شوی دی. مهرباني وکړئ نوی لینک وغواړئ.
error-invitation-expired = ⌛ د دې بلنې لینک وخت تېر شوی دی. مهرباني وکړئ نوی لینک وغواړئ.
error-organization-exists = 🏢 په دې نوم یو سازمان مخکې شته. مهرباني وکړئ بل نوم راولېږئ.
error-offer-not-pending = ⌛ دا فعالیت نور د منظورۍ په تمه نه دی.

## admins and audit
signup-age-under = 👧 له { $age } کلونو کم
signup-age-teen = 🧑 له { $age } تر { $last } کلونو
signup-ask-age-any =
    🎂 هغه څوک چې راځي څو کلن دی؟
    که له { $age } کلونو کم وي، مور، پلار یا سرپرست نوم لیکنه تاییدوي.
signup-ask-adult = 🔞 دا پروګرام د لویانو لپاره دی. مهرباني وکړئ تایید کړئ چې هغه څوک چې راځي { $age } کلن یا زیات دی.
signup-adult-confirm = ✅ هو، { $age } کلن یا زیات
admin-admins = 👑 مدیران
admin-admins-title = 👑 مدیران
admin-admins-text = مدیران ټول سازمانونه اداره کوي، پروګرامونه او اعلانونه منظوروي او د کړنو ثبت لولي. هغه مدیران چې د سرور په تنظیماتو کې ټاکل شوي دلته نه شي لرې کېدای، او هېڅوک خپل د مدیر رول نه لرې کوي: دا کار بل مدیر کوي.
admin-admins-none = تر اوسه مدیر نشته.
admin-admin-configured = د سرور تنظیمات
admin-staff-admin-mark = 👑 مدیر
admin-staff-make-admin = 👑 { $name } مدیر کړئ
admin-staff-take-admin = ➖ د { $name } د مدیر رول لرې کړئ
admin-admin-granted = 👑 { $name } اوس مدیر دی.
admin-admin-revoked = ✅ { $name } نور مدیر نه دی.
error-admin-self = 🙅 تاسو خپل د مدیر رول نه شئ لرې کولی. بل مدیر یې کولی شي.
error-admin-configured = 🔒 دا مدیر د سرور په تنظیماتو کې ټاکل شوی او په بوټ کې نه شي لرې کېدای.
admin-audit-filter = 🏢 د سازمان له مخې
admin-audit-filter-title = 🏢 د کوم سازمان ثبتونه غواړئ ووینئ؟
admin-audit-filter-all = 📜 ټول ثبتونه
admin-audit-title-org = 📜 د کړنو ثبت · { $organization }، پاڼه { $page }
audit-who-system = سیسټم
audit-who-admin = مدیر #{ $id }
audit-who-staff = کارکوونکی #{ $id } · { $organization }
audit-who-staff-alone = کارکوونکی #{ $id }
audit-who-resident = اوسېدونکی #{ $id }
audit-who-user = کاروونکی #{ $id }
audit-target-user = کس #{ $id }
audit-action-other = بله کړنه ({ $action })
audit-action-access-denied = 🚫 رد شو: { $action }
audit-action-offer-created = 📝 پروګرام خوندي شو
audit-action-offer-edited = ✏️ پروګرام سم شو
audit-action-offer-submitted = 📨 پروګرام د منظورۍ لپاره ولېږل شو
audit-action-offer-published = 📢 پروګرام خپور شو
audit-action-offer-approved = ✅ پروګرام منظور شو
audit-action-offer-rejected = ↩️ پروګرام بېرته ولېږل شو
audit-action-offer-cancelled = ❌ پروګرام لغوه شو
audit-action-offer-attendance = 🙋 حاضري ثبت شوه
audit-action-participants-exported = 📄 د ګډونوالو لېست ښکته شو
audit-action-offer-revision-submitted = 📨 د یو پروګرام بدلون د منظورۍ لپاره ولېږل شو
audit-action-offer-revision-approved = ✅ د یو پروګرام بدلون منظور شو
audit-action-offer-revision-rejected = ↩️ د یو پروګرام بدلون بېرته ولېږل شو
audit-action-announcement-created = 📣 اعلان ولیکل شو
audit-action-announcement-approved = ✅ اعلان منظور شو
audit-action-announcement-rejected = ↩️ اعلان بېرته ولېږل شو
audit-action-announcement-edited = ✏️ اعلان سم شو
audit-action-announcement-cancelled = ❌ اعلان لغوه شو
audit-action-announcement-sent = 📬 اعلان ولېږل شو
audit-action-organization-created = 🏢 سازمان جوړ شو
audit-action-organization-edited = 🏢 سازمان بدل شو
audit-action-staff-invited = 🔗 کارکوونکی راوبلل شو
audit-action-staff-joined = 👋 د کارکوونکي په توګه یوځای شو
audit-action-staff-revoked = 🚫 د کارکوونکي لاسرسی لرې شو
audit-action-admin-granted = 👑 مدیر شو
audit-action-admin-revoked = ➖ د مدیر رول لرې شو
audit-action-user-erased = 🗑 خپل معلومات یې ړنګ کړل
## offer revisions
revision-waiting-own = ✏️ ستاسو وروستی بدلون د منظورۍ په تمه دی؛ ټول پورته بڼه ویني.
revision-waits = ✏️ مننه! ستاسو بدلون د ښار د ټیم د منظورۍ په تمه دی. تر هغه وخته ټول فعالیت همداسې ویني لکه مخکې؛ کله چې پرېکړه وشي، تاسو ته به پیغام درشي.
revision-queue-title = ✏️ په خپرو شویو فعالیتونو کې بدلونونه
revision-open = ✏️ بدلون { $number }
revision-title = په «{ $title }» کې بدلون
revision-proposed-by = وړاندیز کوونکی: { $organization }، { $date }
revision-no-changes = له خپرې شوې بڼې سره نور هېڅ توپیر نشته.
revision-more-changes = … او نور بدلونونه چې په دې پیغام کې نه ځاییږي.
revision-was = مخکې:
revision-now = نوی:
revision-yes = هو
revision-no = نه
revision-repeats-none = یو ځل
revision-repeats-weekly = هره اونۍ
revision-repeats-biweekly = هرې دوه اونۍ
revision-field-title = سرلیک
revision-field-summary = لنډ تشریح
revision-field-details = جزئیات
revision-field-accessibility = لاسرسی
revision-field-category = موضوع
revision-field-district = سیمه
revision-field-address = پته
revision-field-online = آنلاین لینک
revision-field-starts = پیل
revision-field-ends = پای
revision-field-repeats = تکرار
revision-field-until = تکرار تر
revision-field-cost = لګښت
revision-field-ages = عمرونه
revision-field-signup = نوم لیکنه اړینه ده
revision-field-capacity = ځایونه
revision-field-languages = ویل کېدونکې ژبې
revision-field-rules = د نوم لیکنې قواعد (په هره نوم لیکنه ځایونه · بندېدل · لغوه تر · یادونه، په دقیقو)
revision-approved = ✅ بدلون منظور او خپور شو.
revision-reject-ask-reason = ↩️ په «{ $title }» کې بدلون ولې نه منظورېږي؟ مهرباني وکړئ سازمان ته لامل ولیکئ (د تورو اعظمي شمېر: { $max }).
revision-rejected = ↩️ بدلون ستاسو له لامل سره بېرته ولېږل شو. خپره شوې بڼه همداسې پاتې کېږي.
error-revision-not-pending = ⌛ دا بدلون نور د منظورۍ په تمه نه دی.
notice-offer-revision-pending = ✏️ په یوه خپاره شوي فعالیت کې بدلون ستاسو د منظورۍ په تمه دی:
notice-offer-revision-approved = ✅ ستاسو بدلون منظور شو او اوس ټولو ته ښکاري:
notice-offer-revision-rejected = ↩️ ستاسو بدلون منظور نه شو، فعالیت همداسې پاتې کېږي لکه مخکې. مهرباني وکړئ لامل وګورئ:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 ترلاسه کوونکي: { $count }. څنګه چې تاسو تایید کړئ، سمدستي لېږل کېږي. ولېږل شي؟
broadcast-sending = 🚀 اوس لېږل کېږي. ترلاسه کوونکي: { $count }. پرمختګ په /announcements کې ګورئ.
broadcast-time-passed = 🕒 هغه وخت چې تاسو ټاکلی و په دې منځ کې تېر شو. مهرباني وکړئ وخت بیا وټاکئ؛ متن او ترلاسه کوونکي خوندي دي.
broadcast-stats-eta = ⏱ د پای اټکل شوی وخت: { $time }
notice-announcement-report = 📣 ستاسو اعلان #{ $id } ولېږل شو. لېږل شوي: { $sent } · ناکام: { $failed } · بوټ یې بلاک کړی: { $blocked }
error-announcement-time-passed = 🕒 ټاکل شوی وخت تېر شوی. مهرباني وکړئ نوی وخت وټاکئ.
## announcements for partners
broadcast-ask-as = 🏛 دا اعلان د چا له خوا دی؟
broadcast-as-city = ښار
broadcast-picker-participants =
    👥 { $count ->
        [one] ۱ کس
       *[other] { $count } کسان
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] ۱ کس په تمه دی
       *[other] { $count } کسان په تمه دي
    }
broadcast-picker-previous = مخکینی
broadcast-picker-next = بل
broadcast-picker-empty = 📅 ستاسو سازمان اوس مهال هېڅ راتلونکې نېټه نه لري.
broadcast-confirm-urgent-night = بېړنی: دا پیغام د شپې هم رسېږي، حتی د ارامۍ په ساعتونو کې.
broadcast-saved-pending = ✅ خوندي شو. لومړی به یې د ښار یو مدیر وګوري؛ کله چې منظور یا بېرته راستون شي، تاسو ته به پیغام درشي.
broadcast-list-pending = د منظورۍ په تمه
admin-announcement-approvals = 📣 د منظورۍ لپاره اعلانونه
admin-announcement-approvals-title = 📣 هغه اعلانونه چې د منظورۍ په تمه دي
admin-announcement-approvals-none = هېڅ اعلان د منظورۍ په تمه نه دی.
admin-announcement-approved = ✅ منظور شو. د پلان سره سم به ولېږل شي.
admin-announcement-rejected = ↩️ ستاسو له لامل سره خپل لیکوال ته بېرته ولېږل شو.
admin-announcement-reject-ask-reason = ↩️ ولې د #{ $id } شمېرې اعلان نه منظورېږي؟ مهرباني وکړئ د لیکوال لپاره لامل ولیکئ (د تورو اعظمي شمېر: { $max }).
notice-announcement-approved = ✅ ستاسو اعلان منظور شو او د پلان سره سم به ولېږل شي:
notice-announcement-rejected = ↩️ ستاسو اعلان منظور نه شو او نه لېږل کېږي. مهرباني وکړئ لامل وګورئ:
notice-announcement-when = د لېږلو پلان شوی وخت: { $date }
error-announcement-not-pending = ⌛ دا اعلان نور د منظورۍ په تمه نه دی.
notice-announcement-pending = 📣 یو اعلان ستاسو د منظورۍ په تمه دی (/admin ← 📣 د منظورۍ لپاره اعلانونه):
## machine translation (shared)
translation-mark = 🤖 ماشيني ژباړه
translation-show-original = 📄 اصلي متن وښایاست
translation-translate-all = 🌍 ټولو ژبو ته ژباړل
translation-by-hand = ✍️ لا هم لاسي ژباړې ته اړتیا ده (د ژباړې خدمت دا ژبې نه لري): { $languages }
translation-unavailable = ⚠️ اوس د ژباړې خدمت ته لاسرسی نشته. ستاسو متن خوندي شو؛ ژباړې به وروسته پخپله ورزیاتې شي.
translation-budget = ⚠️ د دې میاشتې د ماشيني ژباړې بودیجه خلاصه شوه. ستاسو متن خوندي شو؛ که غواړئ ژباړې په لاس ورزیاتې کړئ.
translation-invalid = ⚠️ دې ژبو ته ماشيني ژباړه سمه ونه شوه او پرېښودل شوه: { $languages }
translation-outdated = ✏️ اصلي متن بدل شوی. مهرباني وکړئ خپلې ژباړې وګورئ: { $languages }
translation-original-header = 📄 اصلي متن ({ $language }):
translation-none-configured = د دې بوټ لپاره ماشيني ژباړه نه ده جوړه شوې.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 ستاسو متن لا په ۱ هغه ژبه کې نشته چې ستاسو لوستونکي یې کاروي. د ژباړې خدمت دې وژباړي؟ تاسو کولای شئ پایله وګورئ او سمه یې کړئ.
       *[other] 🌍 ستاسو متن لا په { $count } هغو ژبو کې نشته چې ستاسو لوستونکي یې کاروي. د ژباړې خدمت دې وژباړي؟ تاسو کولای شئ هره پایله وګورئ او سمه یې کړئ.
    }
mt-ann-skip = ➡️ پرته له ژباړې مخته
mt-ann-translations-title = 🤖 ماشيني ژباړې:
mt-ann-ask-correct = ✏️ د یوې ژبې د سمولو لپاره پرې کېکاږئ او سم شوی متن راولېږئ. که هر څه سم وي، «بشپړ» کېکاږئ.
mt-ann-corrections-done = ✅ بشپړ
mt-ann-ask-correction = ✏️ مهرباني وکړئ سم شوی متن په دې ژبه راولېږئ: { $language }.
mt-ann-original-gone = 🤷 بښنه غواړو، دا پیغام نور نه شي ښودل کېدای.
mt-ann-stats-title = 🌍 ماشيني ژباړه
mt-ann-stats-usage = { $provider } · د دې میاشتې توري: { $chars }
mt-ann-stats-usage-budget = { $provider } · د دې میاشتې توري: { $chars } له { $budget } څخه
mt-ann-privacy-translation = 🌍 ژباړه: هغه وړاندیزونه او اعلانونه چې د ټولو لپاره لیکل شوي، د ژباړې خدمت { $provider } ته لېږل کېږي، چې تاسو یې په خپله ژبه ولولئ. یوازې دا متنونه لېږل کېږي، هېڅکله ستاسو نوم، پیغامونه یا نوم لیکنې نه.
mt-ann-privacy-no-translation = 🌍 ژباړه: دا بوټ هېڅ ماشيني ژباړې خدمت نه کاروي. ستاسو هېڅ معلومات داسې خدمت ته نه لېږل کېږي.
## feeds and the public page
feeds-calendar-name = Treffpunkt: وړاندیزونه
feeds-signup-line = په ټیلیګرام کې نوم لیکنه: { $url }
feeds-subscribe = 📅 دې کلیز ته ګډون وکړئ
feeds-inventory-button = 📋 د وړاندیزونو لېست (CSV)
feeds-inventory-caption = 📋 ټول راتلونکي وړاندیزونه، هر یو په یوه کرښه کې – د بېلګې په توګه د ایالت ډیټابیس لپاره.
page-title = څه روان دي؟ – Treffpunkt
page-heading = څه روان دي؟
page-intro = ستاسو په ښار کې وړاندیزونه: له خلکو سره وپېژنئ، زده کړه وکړئ، ورزش وکړئ. نوم لیکنه په ټیلیګرام کې کېږي.
page-languages = ژبه
page-filter-category = موضوع
page-filter-district = سیمه
page-filter-date = ورځ
page-filter-all = ټول
page-filter-any-day = ټولې راتلونکې ورځې
page-filter-submit = وښیه
page-subscribe = 📅 دې وړاندیزونو ته په خپل کلیز کې ګډون وکړئ
page-empty = اوس مو د دې لپاره څه ونه موندل. نور فلټرونه وازمویئ.
page-organizer = جوړوونکی: { $organization }
page-signup = ✍️ په ټیلیګرام کې نوم ولیکئ
page-open = 📲 په ټیلیګرام کې یې پرانیزئ
page-more =
    { $count ->
        [one] … او یو بل وخت. د لیدو لپاره یوه ورځ یا موضوع وټاکئ.
       *[other] … او { $count } نور وختونه. د لیدو لپاره یوه ورځ یا موضوع وټاکئ.
    }
## offers: machine translation
mt-offer-translated = 🤖 ماشيني ژباړې. مهرباني وکړئ ويې لولئ؛ د یوې د سمولو لپاره، لاندې د هغې په ژبه ټک وکړئ.
mt-offer-grid-legend = ✅ په لاس · 🤖 ماشيني ژباړه (د سمولو لپاره ټک وکړئ) · ✏️ وګورئ: اصلي متن بدل شوی · ➕ لا نشته
mt-offer-preview-machine = 🤖 په ماشين ژباړل شوې ژبې: { $count }
mt-offer-refresh-failed = ⚠️ دا ماشيني ژباړې نوې نه شوې او اوس پټې دي: { $languages }. بېرته به پخپله ورزیاتې شي.
mt-offer-show-translation = 🌍 زما په ژبه وښایاست
## schedule import (issue 16)
command-import = له فایل څخه وړاندیزونه راوړل (CSV، اکسل، کلیز)
audit-action-import-applied = 📥 مهالویش راوړل شو
audit-action-import-calendar-set = 📅 ګډ شوی کلیز ثبت شو
import-intro =
    📥 ډېرې نېټې په یو ځل راوړئ: ماته د CSV یا اکسل فایل (نمونه لاندې ده) یا د Nextcloud، Outlook یا Google د کلیز فایل (.ics) راولېږئ. تر { $mb } MB او { $rows } کرښو پورې. لومړی مخکتنه وینئ؛ تر تایید مخکې هېڅ نه ساتل کېږي.

    د همغه فایل بیا راوړل هېڅ نه بدلوي. بدله شوې کرښه خپل وړاندیز تازه کوي، او ټولو نوم لیکلو ته نوی وخت یا ځای ویل کېږي.
import-columns-title = <b>د نمونې ستنې</b>
import-column-id = د کرښې لپاره ستاسو خپله شمېره (یې وساتئ: نوی راوړل وړاندیز پرې پیدا کوي)
import-column-title = سرلیک په { $language }
import-column-summary = لنډ تشریح په { $language }
import-column-category = موضوع، لکه Sport، Beratung، Kinder & Familie (تش: د ټول فایل لپاره یوه ټاکئ)
import-column-district = سیمه (تش: د ټول فایل لپاره یوه ټاکئ)
import-column-address = د ځای پته
import-column-online = آنلاین لینک (https://…) د انټرنېټي وړاندیزونو لپاره
import-column-start = پیل، لکه 05.12.2026 15:00 یا 2026-12-05 15:00 (د برلین وخت)
import-column-end = پای: یو وخت (17:00) یا نېټه او وخت
import-column-length = یا موده: 90، 1:30 یا 2 h
import-column-repeats = اونیز، هرې دوه اونۍ یا میاشتنی (تش: یو ځل)
import-column-until = د لړۍ وروستۍ نېټه، لکه 31.03.2027
import-column-seats = د هرې نېټې ځایونه (تش: نوم لیکنه نه ده پکار)
import-column-ages = عمرونه، لکه 12-17 یا 60-
import-column-cost = لګښت، لکه 2 € (تش: وړیا)
import-column-languages = ویل کېدونکې ژبې، لکه de, ar, uk
import-column-accessibility = لاسرسی، لکه بې زینو ننوتل
import-column-contact = له جوړوونکو سره د اړیکې لاره
import-template-csv = 📄 نمونه د CSV په بڼه (د اکسل لپاره)
import-template-xlsx = 📊 نمونه د اکسل فایل په بڼه، د ستنو له تشریح سره
import-sheet-offers = وړاندیزونه
import-sheet-columns = ستنې
import-reading = 📥 فایل لولم…
import-file-too-big = 😕 دا فایل ډېر لوی دی. زه تر { $mb } MB پورې فایلونه لوستلی شم.
import-file-too-many-rows = 😕 په دې فایل کې له { $rows } ډېرې کرښې دي. مهرباني وکړئ په کوچنیو فایلونو یې ووېشئ.
import-file-unreadable = 😕 دا فایل مې ونه شو لوستلی. مهرباني وکړئ بیا یې د CSV، اکسل (.xlsx) یا کلیز (.ics) په بڼه خوندي او راولېږئ.
import-file-no-header = 😕 د ستنو نومونه نه پیدا کوم. لومړۍ کرښه باید لږ تر لږه د سرلیک او پیل ستنې ولري، لکه په نمونه کې (/import).
import-file-unknown-type = زه د CSV، اکسل (.xlsx) او کلیز (.ics) فایلونه راوړلی شم. /import تاسو ته نمونه لېږي.
import-file-empty = 😕 دا فایل تش دی.
import-ask-category = ځینې نېټې موضوع نه لري. کومه موضوع ورکړو؟
import-ask-district = د دې فایل نېټې د کومې سیمې دي؟
import-district-none = 🌐 بې سیمې (ټول ښار یا آنلاین)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] ۱ نوی
       *[other] { $count } نوي
    }
import-count-changed =
    { $count ->
        [one] ۱ بدل شوی
       *[other] { $count } بدل شوي
    }
import-count-unchanged =
    { $count ->
        [one] ۱ بې بدلونه
       *[other] { $count } بې بدلونه
    }
import-count-cancelled =
    { $count ->
        [one] ۱ لغوه شو (نور په فایل کې نشته)
       *[other] { $count } لغوه شول (نور په فایل کې نشته)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ ۱ کرښه نه راوړل کېږي:
       *[other] ⚠️ { $count } کرښې نه راوړل کېږي:
    }
import-row-error = کرښه { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … او ۱ نوره
       *[other] … او { $count } نورې
    }
import-preview-question = اوس یې راوړو؟ نورې کرښې راوړل کېږي، پورتنۍ پرېښودل کېږي.
import-nothing-to-do = د راوړلو لپاره څه نشته: هر څه تازه دي.
import-confirm = ✅ راوړل
import-done = ✅ راوړل شو.
import-awaiting-approval =
    { $count ->
        [one] ۱ وړاندیز د ښاروالۍ تایید ته انتظار باسي.
       *[other] { $count } وړاندیزونه د ښاروالۍ تایید ته انتظار باسي.
    }
import-notified =
    { $count ->
        [one] ۱ نوم لیکلي کس ته د بدلون خبر ورکړل شو.
       *[other] { $count } نوم لیکلو کسانو ته د بدلونونو خبر ورکړل شو.
    }
import-left-out =
    { $count ->
        [one] ۱ کرښه پرېښودل شوه (پورته وګورئ).
       *[other] { $count } کرښې پرېښودل شوې (پورته وګورئ).
    }
import-cancelled = راوړل لغوه شو. هېڅ ونه ساتل شو.
import-timeout = راوړل ودرېد ځکه چې یو څه وخت هېڅ ونه شول. یوازې فایل بیا راولېږئ.
import-reason-title-missing = سرلیک نشته
import-reason-title-too-long = سرلیک ډېر اوږد دی (تر ۲۰۰ تورو پورې)
import-reason-summary-too-long = تشریح ډېره اوږده ده (تر ۱۰۰۰ تورو پورې)
import-reason-start-missing = پیل نشته
import-reason-date-format = نېټه «{ $value }» نه شم لوستلی (ولیکئ 05.12.2026 15:00)
import-reason-date-not-exist = نېټه «{ $value }» نشته
import-reason-date-past = نېټه تېره شوې ده
import-reason-end-before-start = پای له پیل مخکې دی
import-reason-length-invalid = موده «{ $value }» نه شم لوستلی (ولیکئ 90 یا 1:30)
import-reason-repeats-unknown = تکرار «{ $value }» نه پېژنم (اونیز، هرې دوه اونۍ، میاشتنی)
import-reason-until-before-start = لړۍ («{ $value }») له پیل مخکې پای ته رسي
import-reason-seats-invalid = ځایونه «{ $value }» شمېره نه ده
import-reason-ages-invalid = عمرونه «{ $value }» نه شم لوستلی (ولیکئ 12-17 یا 60-)
import-reason-languages-invalid = ژبې «{ $value }» نه شم لوستلی (ولیکئ de, ar)
import-reason-link-invalid = «{ $value }» وېب لینک نه دی (https://…)
import-reason-text-too-long = یو متن ډېر اوږد دی: «{ $value }»
import-reason-category-unknown = موضوع «{ $value }» نه پېژنم
import-reason-category-missing = موضوع نشته
import-reason-district-unknown = سیمه «{ $value }» نه پېژنم
import-reason-duplicate-id = پېژند «{ $value }» په فایل کې دوه ځله راغلی
import-reason-event-invalid = د کلیز دا توکی نه شم لوستلی
import-reason-row-invalid = له دې کرښې سم وړاندیز نه جوړېږي
import-calendar-button = 📅 ګډ شوی کلیز
import-calendar-none =
    📅 تر اوسه کوم کلیز نه دی ګډ شوی.

    ستاسو سازمان خپلې نېټې په Nextcloud، Outlook یا Google کلیز کې ساتي؟ ماته د کلیز عامه پته راکړئ (iCalendar، په .ics پای ته رسي): هر ساعت یې ګورم، نوې نېټې ورزیاتوم، بدلې شوې تازه کوم او ړنګې شوې لغوه کوم، او ټولو نوم لیکلو ته خبر ورکول کېږي.
import-calendar-current =
    📅 ګډ شوی کلیز:
    { $url }

    وروستۍ کتنه: { $checked }
import-calendar-never = تر اوسه نه
import-calendar-failing =
    { $count ->
        [one] ⚠️ وروستۍ کتنه ناکامه شوه.
       *[other] ⚠️ وروستۍ { $count } کتنې ناکامې شوې.
    }
import-calendar-set = 🔗 پته ولیکئ
import-calendar-remove = 🗑 لرې کول
import-calendar-ask-url = د کلیز عامه پته راولېږئ (په https:// پیلېږي).
import-calendar-url-hint = دا وېب پته نه ده. په https:// (یا http://) پیلېږي.
import-calendar-saved = ✅ وساتل شو. په یو ساعت کې کلیز ګورم، بیا هر ساعت.
import-calendar-removed = 🗑 کلیز لرې شو. راوړل شوي وړاندیزونه پاتې کېږي.
import-calendar-failing-notice =
    ⚠️ یوه ورځ کېږي چې ستاسو ګډ شوی کلیز نه شم لوستلی:
    { $url }
    مهرباني وکړئ وګورئ چې پته لا کار کوي او عامه ده. زه هڅه کوم.

## schedule import, follow-ups
import-calendar-url-private = 🚫 دا پته نه شم کارولی: { $host } په عامه انټرنیټ کې نه ده (دا یوه محلي، شخصي یا دننۍ پته ده). مهرباني وکړئ د کلیز عامه پته راکړئ، لکه څنګه چې ستاسو د کلیز اپ یې د «شریکول» یا «عامه لینک» لاندې ښيي، او بیا په 🔗 پته ولیکئ ټک وکړئ.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } ۱ وړاندیز راوړی چې ستاسو منظورۍ ته انتظار باسي. هغه په /admin ← 📝 منظوري کې پیدا کوئ.
       *[other] 📥 { $organization } { $count } وړاندیزونه راوړي چې ستاسو منظورۍ ته انتظار باسي. هغه په /admin ← 📝 منظوري کې پیدا کوئ.
    }
import-admin-calendar = 📅 کلیز
import-admin-calendar-title = 📅 د { $organization } ګډون شوی کلیز
import-admin-calendar-none = لا تر اوسه هیڅ کلیز نه دی ګډون شوی. د 🔗 پته ولیکئ په مټ یې عامه iCalendar پته راکوئ: زه یې هر ساعت ګورم او نېټې یې د دې سازمان د وړاندیزونو په توګه راوړم.

## ask the organiser (ask-)
ask-button = 💬 پوښتنه وکړئ
ask-menu = 💬 پوښتنه
command-ask = 💬 له ښار څخه پوښتنه وکړئ
command-linkgroup = 🔗 دا ګروپ د اوسېدونکو د پوښتنو لپاره وصل کړئ (په ګروپ کې)
ask-prompt-offer = 💬 ستاسو پوښتنه د «{ $title }» په اړه هغو کسانو ته ځي چې دا یې جوړ کړی.
ask-prompt-city = 💬 ستاسو پوښتنه د ښار ټیم ته ځي.
ask-prompt = مهرباني وکړئ خپله پوښتنه په یوه پیغام کې، په خپله ژبه ولیکئ. تاسو کولی شئ یو انځور هم د پوښتنې سره د هغه د تشریح په توګه واستوئ.
ask-please-write = ✍️ مهرباني وکړئ خپله پوښتنه په متن ولیکئ. زه غږیز پیغامونه یا سټیکرونه نشم لېږدولی.
ask-too-long = ✍️ دا یو څه اوږد دی. مهرباني وکړئ له { $max } تورو کم ولیکئ.
ask-share-name = 👤 ایا ټیم ستاسو لومړی نوم لیدلی شي؟ که نه، دوی یوازې «اوسېدونکی» له یوې شمېرې او ستاسو ژبې سره ویني.
ask-share-name-no = 🙈 نه، بې نومه پاتې شم
ask-share-name-yes = 👤 هو، زما لومړی نوم وښیه
ask-share-name-hint = مهرباني وکړئ یوه تڼۍ کېکاږئ.
ask-cancelled = ✖️ ښه، هېڅ پوښتنه ونه لېږل شوه.
ask-timeout = ⏳ ستاسو پوښتنه ونه لېږل شوه ځکه چې د یو څه وخت لپاره ځواب رانغی. بیا پیل وکړئ.
ask-the-city = ښار
ask-sent =
    ✅ مننه! ستاسو پوښتنه { $to } ته ورسېده.
    { $days ->
        [one] تاسو کولی شئ د یوې کاري ورځې دننه د ځواب تمه ولرئ.
       *[other] تاسو کولی شئ د { $days } کاري ورځو دننه د ځواب تمه ولرئ.
    } ځواب به دلته، ستاسو په ژبه راشي.
ask-resident = اوسېدونکی #{ $number } ({ $language })
ask-resident-named = اوسېدونکی #{ $number }، { $name } ({ $language })
ask-question-headline = ❓ پوښتنه له { $resident } څخه
ask-followup-headline = ↩️ تعقیبي پیغام له { $resident } څخه
ask-reminder-headline =
    ⏰ له { $days ->
        [one] یوې کاري ورځې
       *[other] { $days } کاري ورځو
    } وروسته لا هم بې ځوابه: { $resident }
ask-about-offer = 📅 په اړه: { $title }
ask-about-organization = 🏢 ته: { $name }
ask-about-city = 🏛 ښار ته یوه عمومي پوښتنه
ask-deleted = 🗑 ړنګ شو: دغه کس خپل معلومات ړنګ کړل.
ask-not-translated = ⚠️ نه دی ژباړل شوی (په { $language } لیکل شوی).
ask-reply-hint = ↩️ د ځواب لپاره دې پیغام ته ځواب ورکړئ. دغه کس یوازې ستاسو ځواب ویني، ستاسو نوم نه.
ask-done-button = ✅ بشپړ شو
ask-block-button = 🚫 پوښتونکی بند کړئ
ask-done-ok = ✅ پوښتنه #{ $number } د بشپړې په توګه نښه شوه.
ask-blocked-ok = 🚫 اوسېدونکی #{ $number } نور تاسو ته پوښتنې نشي لېږلی.
ask-answer-from = 💬 ځواب له { $name } څخه
ask-answer-from-city = 💬 ځواب له ښار څخه
ask-answer-hint = ↩️ تاسو کولی شئ دې پیغام ته ځواب ورکړئ یا «ځواب» کېکاږئ.
ask-reply-button = ↩️ ځواب
ask-reply-prompt = ✍️ مهرباني وکړئ خپل ځواب په یوه پیغام کې ولیکئ.
ask-followup-sent = ✅ ستاسو ځواب ولېږل شو.
ask-answer-sent = ✅ ستاسو ځواب اوسېدونکي #{ $number } ({ $language }) ته ځي.
ask-refused-not-staff = 🚫 ستاسو ځواب ونه لېږل شو: یوازې د هغې ادارې ټیم چې پوښتنه ورته شوې ځواب ورکولی شي.
ask-refused-erased = 🗑 ستاسو ځواب هېچا ته ونه رسېد: دغه کس خپل معلومات ړنګ کړل.
ask-answer-unreachable = 📭 ستاسو ځواب خوندي شو، خو اوس دغه کس ته رسېدل نه کېږي: هغه بوټ بند کړی.
ask-refused-not-asker = 🚫 دا ستاسو پوښتنه نه ده، نو هېڅ ونه لېږل شول.
ask-reply-unknown = 🤷 ستاسو ځواب ونه لېږل شو: دا پیغام هغه پوښتنه نه ده چې ما دې چټ ته لېږلې وي.
ask-linked-organization = 🔗 وشو! د { $name } لپاره د اوسېدونکو پوښتنې اوس دې ګروپ ته راځي، د هغه کس ژبې ته ژباړل شوې چې ګروپ یې وصل کړ. زما پیغام ته په ځواب ورکولو ځواب ورکړئ.
ask-linked-city = 🔗 وشو! ښار ته عمومي پوښتنې اوس دې ګروپ ته راځي. زما پیغام ته په ځواب ورکولو ځواب ورکړئ.
ask-linkgroup-forbidden = 🚫 یوازې د یوې ادارې ټیم (یا د ښار مدیران) کولی شي ګروپ وصل کړي.
ask-linkgroup-in-group = 🔗 ما د خپل ټیم د ټیلیګرام ګروپ ته ور زیات کړئ او هلته /linkgroup واستوئ.
ask-stats-title = 💬 د اوسېدونکو پوښتنې
ask-stats-row = { $name }: { $open } خلاصې، { $answered } ځواب شوې
error-ask-limit = ✋ تاسو دمخه څو پوښتنې لرئ چې د ځواب په تمه دي. مهرباني وکړئ لومړی د هغو انتظار وکړئ.
error-ask-blocked = 🚫 بښنه غواړو، تاسو نور دلته پوښتنې نشئ لېږلی.
error-ask-empty = ✍️ مهرباني وکړئ لومړی یو څه ولیکئ.
error-ask-too-long = ✍️ دا یو څه اوږد دی. مهرباني وکړئ لنډ یې ولیکئ.
error-ask-gone = 🤷 دا پوښتنه نور نشته.
audit-action-question-blocked = 🚫 اوسېدونکی له پوښتنې بند شو
audit-action-question-group-linked = 🔗 ګروپ د پوښتنو لپاره وصل شو
ask-privacy = 💬 ستاسو پوښتنې: که تاسو په بوټ کې له یوه ټیم څخه پوښتنه وکړئ، موږ یې له ځوابونو سره د وروستي پیغام نه { $days } ورځې وروسته ساتو، بیا یې ړنګوو. ټیم یوازې یوه شمېره او ستاسو ژبه ویني، ستاسو نوم نه (مګر دا چې تاسو یې شریک کړئ).
ask-privacy-translated = 💬 ستاسو پوښتنې: که تاسو په بوټ کې له یوه ټیم څخه پوښتنه وکړئ، موږ یې له ځوابونو سره د وروستي پیغام نه { $days } ورځې وروسته ساتو، بیا یې ړنګوو. ټیم یوازې یوه شمېره او ستاسو ژبه ویني، ستاسو نوم نه (مګر دا چې تاسو یې شریک کړئ). د پوښتنې او ځواب متنونه د ژباړې خدمت ته ځي، هېڅکله ستاسو نوم یا د ټیلیګرام پېژند نه.
command-replytime = ⏱ وټاکئ چې ستاسو ټیم څومره ژر پوښتنو ته ځواب ورکوي
ask-replytime-usage = ⏱ د هغو کاري ورځو شمېر واستوئ چې ستاسو ټیم پکې پوښتنو ته ځواب ورکوي، لکه /replytime 3 (له 1 تر { $max }).
ask-replytime-set = ⏱ وشو: هغو کسانو ته چې له { $name } پوښتنه کوي ویل کېږي چې د { $days } کاري ورځو دننه د ځواب تمه ولري.
