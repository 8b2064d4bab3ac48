## language
# The language's own name in its own script, shown on the language buttons.
language-name = Kurdî (Kurmancî)
language-choose = 🌍 Tu kîjan zimanî dixwazî?
language-changed = ✅ Temam! Ji niha û pê ve ez ê bi Kurdî ji te re binivîsim.

## start
start-greeting =
    Silav { $firstName }! 👋
    Ez Treffpunkt im. Ez alîkariya te dikim ku tu li bajarê xwe çalakiyên wek werzîş, kafeyên zimên û şêwirmendiyê bibînî û navê xwe ji bo wan binivîsî.
start-link-welcome = 👋 Bi xêr hatî Treffpunkt! Li jêr li “📅 Çalakî” bitikîne, da ku tu bibînî çi çalakiyên din hene.
start-choose-language = 🌍 Ji kerema xwe zimanê xwe hilbijêre:

## help
help-intro = Ez dikarim van tiştan bikim:
command-offers = 📅 Çalakiyan bibîne
command-start = 👋 Destpêk
command-language = 🌍 Zimên biguherîne
command-help = ❓ Alîkarî

## fallback
fallback-not-understood = Bibore, ez nikarim vê bixwînim. 🤔 Ji bo lêgerînê peyvekê binivîse, wek “futbol”, an jî li “📅 Çalakî” bitikîne.

## groups
groups-private-only = 👋 Ez tenê di sohbeta taybet de dixebitim. Ji kerema xwe rasterast ji min re binivîse: { $botUsername }

## errors
error-generic = 😕 Bibore, tiştek xelet çû. Ji kerema xwe piştî demekê dîsa biceribîne.
error-stale-button = ⌛ Ev bişkok êdî naxebite. Ji kerema xwe /start bişîne.
error-not-found = 🔍 Min ev nedît. Dibe ku hatibe jêbirin.
error-forbidden = 🚫 Bibore, tu nikarî vê yekê bikî.
error-invalid-input = ✋ Ev nebû. Ji kerema xwe tiştê ku te nivîsî kontrol bike û dîsa biceribîne.

## main menu
menu-offers = 📅 Çalakî
menu-language = 🌍 Ziman
menu-help = ❓ Alîkarî

## offers
offers-title = 📅 Çi heye? · Rûpel { $page } ji { $pages }
offers-filters-active = Fîltre: { $filters }
offers-none = 😕 Bi van fîltreyan tu çalakî tune. Fîltreyên din biceribîne.
offers-none-at-all = 😕 Niha tu çalakî tune. Ji kerema xwe di demeke nêzîk de dîsa lê binêre.
offers-only-in =
    { $language ->
        [de] (tenê bi Almanî)
        [en] (tenê bi Îngilîzî)
       *[other] (hêj bi zimanê te tune)
    }
offers-online = 💻 Online
offers-filter-category = 🏷 Mijar
offers-filter-district = 📍 Navçe
offers-filter-when = 📅 Kengê
offers-filter-youth = 🧒 Ji bo ciwanan
offers-filter-clear = ✖️ Fîltreyan rake
offers-filter-all = 🔄 Hemû
offers-choose-category = 🏷 Çi bala te dikişîne?
offers-choose-district = 📍 Kîjan navçe?
offers-choose-when = 📅 Kengê?
offers-when-today = Îro
offers-when-week = Vê hefteyê
offers-when-months2 = 2 mehên bê
offers-prev = ◀️ Paşve
offers-next = Pêşve ▶️
offers-back = ◀️ Vegere lîsteyê
offers-share = 📤 Parve bike
offers-share-text = { $title } – li ser Treffpunkt
offers-unavailable = ⌛ Bibore, ev çalakî êdî tune.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 Her hefte heta { $until }
offer-recurs-biweekly = 🔁 Du hefteyan carekê heta { $until }
offer-place = 📍 { $place }
offer-online-link = 💻 Online: { $url }
offer-cost-free = 💶 Belaş
offer-cost = 💶 { $cost }
offer-ages-range = 👥 Ji { $min } heta { $max } salî
offer-ages-min = 👥 Ji { $min } salî û pê ve
offer-ages-max = 👥 Heta { $max } salî
offer-languages = 🗣 Zimanên ku tên axaftin: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ Qeydkirin pêwîst e · { $capacity } cih
       *[other] ✍️ Qeydkirin pêwîst e · { $capacity } cih
    }
offer-signup-needed-open = ✍️ Qeydkirin pêwîst e
offer-signup-not-needed = 🚪 Qeydkirin ne pêwîst e, tenê were
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 Min ji bo “{ $query }” ev dîtin:
search-none = 🔎 Min ji bo “{ $query }” tiştek nedît. Peyveke din biceribîne, an li hemû çalakiyan binêre.
search-too-short = 🔎 Ji kerema xwe ji bo lêgerînê herî kêm 2 tîpan binivîse.
search-all-offers = 📅 Hemû çalakî
