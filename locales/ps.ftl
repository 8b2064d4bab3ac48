## language
# The language's own name in its own script, shown on the language buttons.
language-name = پښتو
language-choose = 🌍 کومه ژبه غواړئ؟
language-changed = ✅ سمه ده! له اوس وروسته به تاسو ته په پښتو ولیکم.

## start
start-greeting =
    سلام { $firstName }! 👋
    زه Treffpunkt یم. له تاسو سره مرسته کوم چې په خپل ښار کې فعالیتونه، لکه ورزش، د ژبې کافې او مشوره، پیدا کړئ او نوم لیکنه پکې وکړئ.
start-link-welcome = 👋 Treffpunkt ته ښه راغلاست! لاندې په «📅 فعالیتونه» ټک وکړئ، چې نور فعالیتونه هم ووینئ.
start-choose-language = 🌍 مهرباني وکړئ خپله ژبه وټاکئ:

## help
help-intro = زه دا کارونه کولی شم:
command-offers = 📅 فعالیتونه پیدا کړئ
command-start = 👋 پیل
command-language = 🌍 ژبه بدله کړئ
command-help = ❓ مرسته

## fallback
fallback-not-understood = بښنه غواړم، دا نه شم لوستلی. 🤔 د لټون لپاره یوه کلمه ولیکئ، لکه «فوټبال»، یا په «📅 فعالیتونه» ټک وکړئ.

## groups
groups-private-only = 👋 زه یوازې په شخصي چټ کې کار کوم. مهرباني وکړئ ما ته مستقیم ولیکئ: { $botUsername }

## errors
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
