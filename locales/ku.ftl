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
fallback-not-understood = 🤔 Ez tenê dikarim peyamên nivîskî bixwînim. Ji bo lêgerînê peyvekê binivîse, wek “futbol”, an jî li “📅 Çalakî” bitikîne.

## groups
groups-private-only = 👋 Ez tenê di sohbeta taybet de dixebitim. Ji kerema xwe rasterast ji min re binivîse: { $botUsername }

## errors
rate-limited = 🐢 Te di carekê de gelek tişt şandin. Ji kerema xwe çend çirkeyan bisekine, paşê dîsa biceribîne.
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

## sign-up
signup-button = ✍️ Xwe qeyd bike
signup-ask-seats = 🪑 Ji bo “{ $title }” tu çend cihan dixwazî? Li hejmarekê bitikîne (herî zêde { $max }).
signup-seats-hint = Ji kerema xwe li hejmarekê ji 1 heta { $max } bitikîne, an jî ji bo rawestandinê /cancel bişîne.
signup-ask-name = 📝 Bila kîjan nav li ser lîsteyê be? Li bişkokê bitikîne, an navekî din binivîse.
signup-name-hint = Ji kerema xwe navekî binivîse (herî zêde tîp: { $max }), an li bişkokê bitikîne. Ji bo rawestandinê /cancel bişîne.
signup-ask-age =
    🎂 Ev çalakî ji bo van temenan e:
    { $range }
    Kesê ku tê çend salî ye?
signup-age-adult = 🧔 18 an mezintir
signup-ask-children = 👨‍👩‍👧 Hejmara cihan: { $seats }. Çend ji wan ji bo zarokan in?
signup-children-hint = Ji kerema xwe li hejmarekê ji { $min } heta { $max } bitikîne, an jî ji bo rawestandinê /cancel bişîne.
signup-age-mismatch =
    😕 Bibore, ev çalakî tenê ji bo van temenan e:
    { $range }
signup-button-hint = Ji kerema xwe li yek ji bişkokên li jor bitikîne, an jî ji bo rawestandinê /cancel bişîne.
signup-consent = 🔒 Ji bo lîsteyê em navê te, hejmara cihan û, eger hatibe pirsîn, koma temenê tomar dikin. Tenê organîzatorê vê çalakiyê wan dibîne. Em wan { $days } roj piştî çalakiyê jê dibin. Zêdetir: /privacy
signup-consent-agree = ✅ Ez razî me
signup-summary = 📋 Ji kerema xwe kontrol bike:
signup-summary-seats =
    { $seats ->
        [one] 🪑 { $seats } cih
       *[other] 🪑 { $seats } cih
    }
signup-summary-name = 📝 Nav: { $name }
signup-summary-children = 👨‍👩‍👧 Zarok: { $children }
signup-summary-fits = Têra xwe cihên vala hene.
signup-summary-full = Niha cih nemaye: di lîsteya li bendê de hejmara te dê { $position } be.
signup-confirm = ✅ Niha xwe qeyd bike
signup-cancel = ✖️ Betal bike
signup-cancelled = Baş e, min rawestand. Tiştek nehat tomarkirin.
signup-timeout = ⌛ Te ji 30 deqeyan zêdetir bersiv neda, loma min qeydkirin rawestand. Ji bo ku ji nû ve dest pê bikî, tenê dîsa li “✍️ Xwe qeyd bike” bitikîne.
signup-done-confirmed =
    { $seats ->
        [one] ✅ Tu hatî qeydkirin! Cihê te ji te re hat veqetandin.
       *[other] ✅ Tu hatî qeydkirin! { $seats } cih ji te re hatin veqetandin.
    }
signup-done-waitlisted = ⏳ Niha cih nemaye. Di lîsteya li bendê de hejmara te { $position } e. Gava cihek vala bibe, ez ê te qeyd bikim û ji te re bibêjim.
signup-done-guardian = 👪 Hema hema qediya! Ji ber ku tu di bin 16 salî de yî, divê dayik an bavê te razî bibe. Ji kerema xwe vê girêdanê ji dayik an bavê xwe re bişîne: { $link } — Em cihê te 48 saetan ji te re diparêzin.
signup-forward-link = 📤 Girêdanê bişîne
signup-ics-caption = 📅 Dîrokê di salnameya xwe de tomar bike.
signup-ics-description = Bi Treffpunkt hatî qeydkirin: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 Qeydên min
command-my = 🗓 Qeydên min
my-title = 🗓 Qeydên te
my-none = Niha qeydeke te ya nêzîk tune. Ji bo ku tiştekî bibînî, li “📅 Çalakî” bitikîne.
my-status-confirmed =
    { $seats ->
        [one] ✅ Qeydkirî · { $seats } cih
       *[other] ✅ Qeydkirî · { $seats } cih
    }
my-status-waitlisted = ⏳ Lîsteya li bendê, hejmar { $position }
my-status-pending = 👪 Li benda razîbûna dayik an bav
my-list-name = 📝 Navê li ser lîsteyê: { $name }
my-ics = 📅 Pelê salnameyê
my-cancel = ❌ Qeyda min betal bike
my-cancel-confirm = Tu bi rastî dixwazî qeyda xwe ya ji bo “{ $title }” betal bikî?
my-cancel-yes = ✅ Erê, betal bike
my-cancel-no = ◀️ Na, bila bimîne
my-cancelled = ✅ Hat betalkirin. Cihê te niha ji bo kesekî din vala ye. Spas ku te ji me re got!
my-back = ◀️ Paşve

## notices
notice-promoted = 🎉 Nûçeyeke xweş! Cihek vala bû, û niha tu qeydkirî yî:
notice-reminder = ⏰ Bîranînek ji bo te:
notice-still-coming = 🤔 Tu hê jî tê?
notice-still-coming-yes = ✅ Erê, ez têm
notice-still-coming-no = ❌ Na, ez nikarim
still-coming-thanks = 👍 Pir baş, li wir em hev bibînin!
still-coming-freed = Spas ku te ji me re got. Cihê te niha ji bo kesekî din vala ye.
notice-lapsed = ⌛ Di 48 saetan de dayik an bavê te razî nebû, loma cihê te ji kesekî din re hat dayîn. Tu dikarî dîsa xwe qeyd bikî:
notice-guardian-confirmed = ✅ Dayik an bavê te razî bû. Tu qeydkirî yî:
notice-guardian-declined = Dayik an bavê te razî nebû, loma tu ji bo vê nehatî qeydkirin:

## guardian
guardian-request = 👪 { $name } dixwaze beşdarî vê çalakiyê bibe. Ji ber ku { $name } di bin 16 salî de ye, pêdiviya me bi razîbûna dayik an bav heye. Hûn razî ne?
guardian-yes = ✅ Erê, ez razî me
guardian-no = ❌ Na
guardian-thanks-yes = ✅ Gelek spas ji we re! { $name } hat qeydkirin.
guardian-thanks-no = Baş e. { $name } nehat qeydkirin.

## input the bot cannot use
input-edited = ✏️ Ez guhertinên di peyaman de nabînim. Ji kerema xwe nivîsê dîsa wek peyameke nû bişîne.
input-forwarded = 📨 Ez peyamên ku ji cihekî din hatine şandin naxwînim. Ji kerema xwe bersiva xwe bi xwe binivîse, an jî li bişkokekê bitikîne.

## privacy
command-privacy = 🔒 Parastina daneyan
privacy-notice =
    🔒 Daneyên te li Treffpunkt

    📦 Em çi tomar dikin: hejmara te ya Telegramê (Telegram ID, ne hejmara telefona te), da ku em bersiva te bidin. Herwiha em navê te yê pêşîn, zimanê te û mîhengên te yên nûçeyan tomar dikin. Gava tu xwe qeyd dikî, em navê ji bo lîsteyê, hejmara cihan û koma temenê jî tomar dikin. Em hejmarên telefonê, rojbûnan û peyamên sohbetê tomar nakin, ji bilî pirsên ku tu ji organîzatoran re dişînî.
    🎯 Çima: da ku tu çalakiyan bibînî, xwe qeyd bikî û nûçeyên ku te xwestine bistînî.
    👀 Kî dibîne: organîzatorê çalakiyekê lîsteya çalakiya xwe dibîne. Statîstîk tenê hejmaran nîşan didin, qet navan nîşan nadin.
    ⏳ Heta kengê: em qeydan { $days } roj piştî çalakiyê jê dibin. Heke tu min asteng bikî, em { $blockedDays } roj şûnda her tiştî jê dibin.
    ✉️ Ji bo pirsan: { $contact }

    Li vir tu dikarî daneyên xwe daxînî an jê bibî.
privacy-no-contact = saziya ku behsa min ji te re kir
privacy-export-button = 📦 Daneyên min daxîne
privacy-export-caption = 📦 Ev her tişt e ku Treffpunkt li ser te tomar dike.
privacy-delete-button = 🗑 Daneyên min jê bibe
privacy-delete-ask = 🗑 Tu dixwazî hemû daneyên xwe jê bibî? Em ê navê te, zimanê te û mîhengên te jê bibin.
privacy-delete-signups = 🎟 Qeydên ku dê betal bibin: { $count }. Cihên wan dê ji kesên di lîsteya li bendê de re bên dayîn.
privacy-delete-final = Paşê tu nikarî vê yekê vegerînî.
privacy-delete-yes = ⚠️ Erê, jê bibe
privacy-delete-keep = ↩️ Na, bila daneyên min bimînin
privacy-delete-last = ⚠️ Pirsa dawî: em niha her tiştî jê bibin?
privacy-delete-now = 🗑 Niha jê bibe
privacy-delete-kept = 👍 Baş e. Tiştek nehat jêbirin.
privacy-delete-done = ✅ Temam. Daneyên te hatin jêbirin. Qeydên betalkirî: { $count }. Heke tu dîsa ji min re binivîsî, em ji nû ve dest pê dikin.
privacy-delete-expired = ⌛ Ev pirs pir kevn e. Ji bo jêbirina daneyên xwe, ji kerema xwe dîsa /privacy bişîne.

## sign-up errors
error-offer-unavailable = ⌛ Bibore, ev çalakî êdî tune.
error-signup-closed = ⌛ Qeydkirin ji bo vê rojê girtî ye.
error-signup-not-open = 🚪 Ji bo vê çalakiyê qeydkirin ne pêwîst e. Tenê were!
error-signup-duplicate = ✅ Tu ji bo vê rojê berê qeydkirî yî. Tu dikarî wê li “🗓 Qeydên min” bibînî.
error-signup-age-mismatch = 😕 Bibore, ev çalakî ji bo komeke temenê din e.
error-signup-cancel-too-late = ⏰ Ji bo betalkirinê li vir êdî dereng e. Ji kerema xwe rasterast ji organîzator re bibêje.
error-signup-not-found = 🔍 Ez êdî vê qeydê nabînim.
error-guardian-link-invalid = 🔗 Ev girêdan êdî naxebite. Dibe ku berê hatibe bikaranîn, an jî çalakî qediya be.
error-guardian-self = 👪 Ji kerema xwe vê girêdanê ji dayik an bavê xwe re bişîne. Divê ew bi xwe razî bibin.

## subscriptions
menu-subscriptions = 🔔 Nûçe
command-subscriptions = 🔔 Nûçeyan hilbijêre
command-stop = 🔕 Hemû nûçeyan rawestîne
subscriptions-title = 🔔 Nûçe ji bajêr
subscriptions-intro = Hilbijêre ka tu dixwazî li ser çi nûçeyan bistînî. Li bişkokekê bitikîne da ku nîşan bikî an nîşanê rakî.
subscriptions-status-on = ✅ Nûçe vekirî ne. Tu li ser mijarên ku te nîşan kirine nûçeyan distînî.
subscriptions-status-empty = ☝️ Nûçe vekirî ne, lê hêj te tu mijar nîşan nekiriye. Ji kerema xwe herî kêm yekê nîşan bike.
subscriptions-status-off = 🔕 Nûçe girtî ne, loma tu tu nûçeyan nastînî. Hilbijartinên te tên parastin. Ji bo ku wan dîsa vekî, bişkoka yekem nîşan bike.
subscriptions-switch = 🔔 Nûçeyan ji min re bişîne
subscriptions-general = 📢 Nûçeyên giştî yên bajêr
subscriptions-digest = 🗞 Her hefte lîsteya çalakiyên nû
subscriptions-districts =
    { $count ->
        [0] 📍 Navçe: hemû
        [one] 📍 Navçe: { $count } hatiye hilbijartin
       *[other] 📍 Navçe: { $count } hatine hilbijartin
    }
subscriptions-districts-title = 📍 Tu dixwazî nûçeyên kîjan navçeyên bajêr bistînî? Yek an çend navçeyan nîşan bike, an jî “Hemû navçe” hilbijêre.
subscriptions-districts-all = 🏙 Hemû navçe
subscriptions-back = ◀️ Paşve
subscriptions-stopped = 🔕 Temam. Tu êdî nûçeyan nastînî, lê hilbijartinên te tên parastin. Ji bo ku wan dîsa vekî, /subscriptions bişîne.
subscriptions-ask = 🔔 Tu dixwazî nûçeyên bajêr bistînî (agahdarî, çalakiyên nû)?
subscriptions-ask-yes = ✅ Erê, mijaran hilbijêre
subscriptions-ask-no = ❌ Na, spas
subscriptions-ask-declined = 👍 Baş e, em nûçeyan naşînin. Heke tu fikra xwe biguherînî, tenê /subscriptions bişîne.
subscriptions-unsubscribe = 🔕 Nûçeyên vê mijarê rawestîne
subscriptions-unsubscribed = 🔕 Temam. Tu êdî li ser “{ $topic }” nûçeyan nastînî. Ji bo ku hilbijartinên xwe biguherînî, /subscriptions bişîne.

## broadcast (staff)
broadcast-ask-text = ✏️ Ji kerema xwe nivîsa ragihandinê bişîne (herî zêde tîp: { $max }). Bi zimanê xwe binivîse; paşê tu dikarî wergeran lê zêde bikî.
broadcast-text-hint = Ji kerema xwe nivîsê wek peyamekê bişîne (herî zêde tîp: { $max }), an jî ji bo rawestandinê /cancel bişîne.
broadcast-ask-translations = 🌍 Tu dixwazî wergerekê lê zêde bikî? Li zimanekî bitikîne, an li “Temam”.
broadcast-ask-translation = ✏️ Ji kerema xwe nivîsê bi vî zimanî bişîne: { $language }.
broadcast-translations-done = ✅ Temam
broadcast-ask-audience = 👥 Bila kî wê bistîne?
broadcast-audience-subscribers = 📣 Aboneyên mijarekê
broadcast-audience-participants = ✅ Beşdarên çalakiyekê
broadcast-audience-waitlist = ⏳ Lîsteya li bendê ya çalakiyekê
broadcast-topic-general = Nûçeyên giştî yên bajêr
broadcast-ask-topic = 🏷 Kîjan mijar?
broadcast-ask-districts = 📍 Kîjan navçe? Ji bo hilbijartinê bitikîne, paşê li “Temam” bitikîne.
broadcast-all-districts = Hemû navçe
broadcast-districts-done = ✅ Temam
broadcast-ask-languages = 🌍 Ji bo xwendevanên kîjan zimanan? Ji bo hilbijartinê bitikîne, paşê “Temam”. Bê hilbijartin ji her kesî re diçe.
broadcast-all-languages = Hemû ziman
broadcast-ask-offer = 📅 Kîjan roja çalakiyê?
broadcast-ask-urgent = ⚠️ Ev bilez e? Peyamên bilez bi şev jî tên şandin. Vê tenê ji bo hişyariyên ewlehiyê bi kar bîne.
broadcast-normal = 🕊 Asayî
broadcast-urgent = ⚠️ Bilez (hişyariya ewlehiyê)
broadcast-ask-when = 🕒 Em niha bişînin? An jî dîrok û saetê binivîse (bi saeta Berlînê), wek “12.12. 17:00” an “2026-12-12 17:00”.
broadcast-now = 🚀 Niha bişîne
broadcast-when-hint = Ji kerema xwe dîrok û saeteke di pêşerojê de binivîse, wek “12.12. 17:00”, an jî li “Niha bişîne” bitikîne.
broadcast-ask-repeat = 🔁 Bila dubare bibe?
broadcast-repeat-none = Tenê carekê
broadcast-repeat-weekly = Her hefte, saet { $time }
broadcast-repeat-monthly = Her meh, roja { $day }an, saet { $time }
broadcast-preview-as = 👀 Pêşdîtin: kesê ku zimanê wî { $language } e, wê wiha dibîne:
broadcast-confirm-question =
    { $count ->
        [one] 📬 Dema şandinê: { $date }. Ew ê bigihîje { $count } kesî. Bila were şandin?
       *[other] 📬 Dema şandinê: { $date }. Ew ê bigihîje { $count } kesan. Bila were şandin?
    }
broadcast-confirm = ✅ Erê, bişîne
broadcast-saved = ✅ Hat tomarkirin. Ew ê wek ku hatiye plankirin were şandin.
broadcast-cancelled = Baş e, min rawestand. Tiştek nehat şandin.
broadcast-timeout = ⌛ Ji 30 deqeyan zêdetir derbas bû, loma min rawestand. Ji bo ku ji nû ve dest pê bikî, /broadcast bişîne.
broadcast-list-title = 📣 Ragihandin
broadcast-list-empty = Tiştek nehatiye plankirin.
broadcast-cancel-scheduled = ✖️ Betal bike
broadcast-cancelled-scheduled = ✅ Ragihandin hat betalkirin.
broadcast-stats = #{ $id }: hatin şandin: { $sent } · li bendê: { $queued } · li benda sibehê: { $waitingForMorning } · biserneketin: { $failed } · asteng kirin: { $blocked }
broadcast-promote = 📣 Vê çalakiyê bide nasîn
announcement-open-offer = 📅 Çalakiyê veke
error-announcement-not-editable = ⌛ Ev ragihandin berê dest pê kiriye an hatiye betalkirin.
command-broadcast = 📣 Ragihandinekê bişîne (karmend)
command-announcements = 📋 Ragihandin (karmend)

## digest
digest-title = 📰 Nûyên vê hefteyê, tam ji bo te:

## announcement editing (staff)
broadcast-edit = ✏️ Biguherîne
broadcast-edit-what = ✏️ Tu dixwazî di ragihandina #{ $id } de çi biguherînî?
broadcast-edit-text = 📝 Nivîs
broadcast-edit-time = 🕒 Dem
broadcast-edit-ask-time = 🕒 Ji kerema xwe dîrok û saeta nû binivîse (bi saeta Berlînê), wek “12.12. 17:00”.
broadcast-edit-saved = ✅ Hat tomarkirin.

## offer changes and approval
notice-offer-changed = 🔄 Çalakiya ku tu tê de qeyd bûyî hate guhertin. Dem û cihê nû:
notice-offer-before = Berê: { $before }
notice-offer-cancelled = ❌ Mixabin ev çalakî hate betalkirin. Ne hewce ye tu tiştekî bikî:
notice-offer-pending = 📝 Çalakiyeke nû li benda pejirandina te ye:
notice-offer-approved = ✅ Çalakiya te hate pejirandin û niha her kes wê dibîne:
notice-offer-rejected = ↩️ Çalakiya te hêj nehatiye pejirandin. Ji kerema xwe li sedemê binêre û wê biguherîne:
notice-offer-reason = Sedem: { $reason }

## staff offers
command-myoffers = 🗂 Çalakiyên me (karmend)
staff-offers-title = 🗂 Çalakiyên rêxistina te
staff-offers-none = Hêj tu çalakî tune.
staff-offer-dates = 📅 Rojekê hilbijêre da ku bibînî kê xwe qeyd kiriye:
staff-offer-cancel = ❌ Vê çalakiyê betal bike
staff-offer-cancel-confirm = Tu bi rastî dixwazî “{ $title }” betal bikî? Em ê ji her kesê ku xwe qeyd kiriye re bibêjin.
staff-offer-cancel-yes = ✅ Erê, betal bike
staff-offer-cancelled =
    { $count ->
        [one] ✅ Hat betalkirin. Ji { $count } kesî re hat gotin.
       *[other] ✅ Hat betalkirin. Ji { $count } kesan re hat gotin.
    }
staff-participants-title = 👥 Kesên ji bo { $date } qeydkirî:
staff-participants-none = Hêj kesî xwe qeyd nekiriye.
staff-participants-export = 📄 Wek CSV derxe
staff-participants-csv-caption = 📄 Lîsteya beşdaran
staff-attendance-hint = Piştî destpêkê li ✅ an ❌ bitikîne, da ku nîşan bikî kê hat.
staff-csv-name = Nav
staff-csv-seats = Cih
staff-csv-children = Zarok
staff-csv-status = Rewş
staff-csv-age = Koma temenê
staff-csv-attendance = Amadebûn
staff-back = ◀️ Paşve

## new offer (staff)
command-newoffer = ➕ Çalakiya nû (karmend)
staff-offer-reschedule = 🕒 Demê biguherîne
newoffer-ask-title = ✏️ Navê çalakiyê çi ye? Sernavê binivîse. Ziman: { $language }. Herî zêde tîp: { $max }.
newoffer-title-hint = Ji kerema xwe sernavekî bi tîpan binivîse (herî zêde tîp: { $max }), an jî /cancel bişîne.
newoffer-ask-summary = 📝 Wê bi yek an du hevokên kurt rave bike (herî zêde tîp: { $max }).
newoffer-summary-hint = Ji kerema xwe danasîneke kurt binivîse (herî zêde tîp: { $max }), an jî /cancel bişîne.
newoffer-ask-translations = 🌍 Tu dixwazî wergerekê lê zêde bikî? Li zimanekî bitikîne, an li “Temam”.
newoffer-ask-category = 🏷 Kîjan mijar herî baş li hev tê?
newoffer-ask-district = 📍 Li kîjan navçeyê?
newoffer-no-district = 🌐 Bê navçe (online an ji bo tevahiya bajêr)
newoffer-ask-place = 🏠 Li ku? Navnîşanê binivîse, bi 📎 cihekî parve bike, an girêdaneke online bişîne (https://…).
newoffer-place-hint = Ji kerema xwe navnîşanekê binivîse, cihekî parve bike, an girêdanekê bişîne ku bi https:// dest pê dike.
newoffer-ask-start = 🕒 Kengê dest pê dike? Dîrok û saetê binivîse (bi saeta Berlînê), wek “12.12. 17:00” an “2026-12-12 17:00”.
newoffer-start-hint = Ji kerema xwe dîrok û saeteke di pêşerojê de binivîse, wek “12.12. 17:00”, an jî /cancel bişîne.
newoffer-ask-length = ⏱ Çiqas dom dike?
newoffer-length = { $hours } saet
newoffer-ask-repeat = 🔁 Dubare dibe?
newoffer-repeat-weekly = Her hefte
newoffer-repeat-biweekly = Du hefteyan carekê
newoffer-ask-until = 📆 Heta kengê? Dîroka dawî binivîse, wek “31.01.”.
newoffer-until-hint = Ji kerema xwe dîrokeke piştî destpêkê binivîse, wek “31.01.”.
newoffer-ask-signup = ✍️ Qeydkirin pêwîst e? Li hejmara cihan bitikîne, hejmareke din binivîse, an jî “Bê qeydkirin” hilbijêre.
newoffer-no-signup = 🚪 Bê qeydkirin
newoffer-seats = { $seats } cih
newoffer-seats-hint = Ji kerema xwe li bişkokekê bitikîne an hejmara cihan binivîse.
newoffer-ask-ages = 👥 Ji bo kîjan temenî? Bitikîne, an navberekê wek “12-17” binivîse (an “60-” ji bo 60 salî û pê ve).
newoffer-ages-all = Her kes
newoffer-ages-youth = 12–17
newoffer-ages-children = Zarok 6–11
newoffer-ages-seniors = 60 salî û pê ve
newoffer-ages-hint = Ji kerema xwe li bişkokekê bitikîne an navberekê wek “12-17” binivîse.
newoffer-ask-cost = 💶 Belaş e? Li “Belaş” bitikîne, an bihayê binivîse (wek “2 €”).
newoffer-cost-hint = Ji kerema xwe li “Belaş” bitikîne an bihayê binivîse.
newoffer-languages = 🌍 Zimanên bi nivîs: { $count }
newoffer-preview = 👀 Ji kerema xwe çalakiya xwe kontrol bike:
newoffer-save-draft = 💾 Wek reşnivîs tomar bike
newoffer-publish = 🚀 Biweşîne
newoffer-saved-draft = 💾 Wek reşnivîs hat tomarkirin.
newoffer-saved-pending-approval = ⏳ Ji bo pejirandinê hat şandin. Gava were kontrolkirin, tu yê peyamekê bistînî.
newoffer-saved-published = 🚀 Hat weşandin! Niha her kes dikare wê bibîne.
newoffer-cancelled = Baş e, min rawestand. Tiştek nehat tomarkirin.
newoffer-timeout = ⌛ Ji 30 deqeyan zêdetir derbas bû, loma min rawestand. Tiştek nehat tomarkirin.
newoffer-no-organization = 🏢 Tu hêj ne endamê tu rêxistinê yî. Ji kerema xwe ji rêvebirekî girêdaneke vexwendinê bixwaze.
newoffer-rescheduled =
    { $count ->
        [one] ✅ Dem hat guhertin. Ji { $count } kesî re hat gotin.
       *[other] ✅ Dem hat guhertin. Ji { $count } kesan re hat gotin.
    }

newoffer-ask-max-seats = 🪑 Kesek herî zêde dikare çend cihan veqetîne (bo nimûne ji bo zarokên xwe)?
newoffer-ask-deadline = ⏰ Heta kengê mirov dikare xwe qeyd bike û qeydê betal bike?
newoffer-deadline-start = Qeyd heta destpêkê, betalkirin heta 3 saet berê
newoffer-deadline-day = Qeyd û betalkirin heta 1 roj berê
newoffer-deadline-week = Qeyd heta 1 hefte berê, betalkirin heta 1 roj berê
newoffer-ask-spoken = 🗣 Li wir bi kîjan zimanan tê axaftin? Ji bo hilbijartinê bitikîne, paşê li “Temam” bitikîne.
staff-offer-edit = ✏️ Biguherîne
newoffer-save-changes = 💾 Guhertinan tomar bike
newoffer-edited =
    { $count ->
        [0] ✅ Hat tomarkirin.
        [one] ✅ Hat tomarkirin. Dem an cihê nû ji { $count } kesî re hat gotin.
       *[other] ✅ Hat tomarkirin. Dem an cihê nû ji { $count } kesan re hat gotin.
    }

## stats (admins)
command-stats = 📊 Hejmar (rêvebir)
stats-title = 📊 Hejmarên { $month } (bê nav)
stats-users = 👥 Kes li gorî ziman
stats-by-category = 🏷 Li gorî mijarê
stats-by-offer = 📅 Li gorî çalakiyê
stats-line = qeyd: { $signups }, cih: { $seats }, hatin: { $present }, nehatin: { $absent }
stats-hint = Mehek din: /stats 2026-11

## admin
command-admin = 🛠 Rêvebirin (rêvebir)
admin-menu-title = 🛠 Rêvebirin
admin-menu-text = Tu dixwazî çi birêve bibî?
admin-organizations = 🏢 Rêxistin
admin-approvals = 📝 Pejirandin
admin-audit = 📜 Tomara kiryaran
admin-back = ◀️ Paşve
admin-organizations-title = 🏢 Rêxistin
admin-organizations-none = Hêj tu rêxistin tune.
admin-organization-new = ➕ Rêxistina nû
admin-organization-staff-count =
    { $count ->
        [one] { $count } karmend
       *[other] { $count } karmend
    }
admin-organization-trusted-on = ✅ Pêbawer
admin-organization-trusted-off = ⬜ Pêbawer
admin-organization-trusted-hint = Rêxistinên pêbawer çalakiyan bê pejirandin diweşînin.
admin-organization-ask-name = 🏢 Navê rêxistina nû çi ye? (herî zêde tîp: { $max })
admin-organization-name-hint = Ji kerema xwe navê wek peyamekê bişîne (hejmara tîpan: 1–{ $max }), an jî ji bo rawestandinê /cancel bişîne.
admin-organization-created = ✅ “{ $name }” hat afirandin. Wê veke da ku karmendan vexwînî.
admin-invite = ➕ Karmendan vexwîne
admin-invite-link = 🔗 Vexwendin ji bo { $organization }. Girêdan tenê carekê û heta { $date } dixebite. Wê ji kesê ku dê tevlî bibe re bişîne:
admin-invite-share = 📤 Girêdanê parve bike
admin-invite-share-text = Vexwendina te ji bo tevlîbûna tîma { $organization } li ser Treffpunkt
admin-staff = 👥 Karmend
admin-staff-title = 👥 Karmendên { $organization }
admin-staff-none = Hêj kes tune. Bi “➕ Karmendan vexwîne” kesekî vexwîne.
admin-staff-revoke = 🚫 { $name } derxe
admin-staff-revoked = ✅ { $name } êdî ne karmend e.
admin-approvals-title = 📝 Li benda pejirandinê
admin-approvals-none = Tiştek li benda pejirandinê nîne.
admin-approve = ✅ Bipejirîne
admin-reject = ↩️ Vegerîne
admin-approved = ✅ Hat pejirandin û weşandin.
admin-reject-ask-reason = ↩️ Çima “{ $title }” hêj nayê pejirandin? Ji kerema xwe sedemê ji bo rêxistinê binivîse (herî zêde tîp: { $max }).
admin-reject-reason-hint = Ji kerema xwe sedemê wek peyamekê binivîse (hejmara tîpan: 1–{ $max }), an jî ji bo rawestandinê /cancel bişîne.
admin-rejected = ↩️ Bi sedema te re ji rêxistinê re hat vegerandin.
admin-audit-title = 📜 Tomara kiryaran, rûpel { $page }
admin-audit-empty = Hêj tu tomar tune.
admin-audit-actor = ji aliyê #{ $userId }
admin-audit-system = ji aliyê sîstemê
admin-cancelled = Baş e, min rawestand. Tiştek nehat guhertin.
admin-timeout = ⌛ Ji 30 deqeyan zêdetir derbas bû, loma min rawestand. Tiştek nehat guhertin.
staff-welcome = 🎉 Bi xêr hatî tîma { $organization }! Êdî tu dikarî çalakiyên wê biafirînî û birêve bibî. Ji bo ku amûrên xwe bibînî, /help bişîne.
error-invitation-invalid = 🔗 Ev girêdana vexwendinê naxebite. Ji kerema xwe girêdaneke nû bixwaze.
error-invitation-used = 🔗 Ev girêdana vexwendinê berê hatiye bikaranîn. Ji kerema xwe girêdaneke nû bixwaze.
error-invitation-expired = ⌛ Dema vê girêdana vexwendinê qediyaye. Ji kerema xwe girêdaneke nû bixwaze.
error-organization-exists = 🏢 Rêxistineke bi vî navî jixwe heye. Ji kerema xwe navekî din bişîne.
error-offer-not-pending = ⌛ Ev çalakî êdî ne li benda pejirandinê ye.

## admins and audit
signup-age-under = 👧 Di bin { $age } salî de
signup-age-teen = 🧑 Ji { $age } heta { $last } salî
signup-ask-age-any =
    🎂 Kesê ku tê çend salî ye?
    Di bin { $age } salî de, dê û bavek an serperiştek tomarkirinê piştrast dike.
signup-ask-adult = 🔞 Ev pêşniyar ji bo mezinan e. Ji kerema xwe piştrast bike ku kesê ku tê { $age } salî an mezintir e.
signup-adult-confirm = ✅ Erê, { $age } salî an mezintir
admin-admins = 👑 Rêveber
admin-admins-title = 👑 Rêveber
admin-admins-text = Rêveber hemû rêxistinan bi rê ve dibin, pêşniyar û ragihandinan dipejirînin û tomara kiryaran dixwînin. Rêveberên ji mîhengên serverê li vir nayên rakirin, û kes rola rêveberiyê ji xwe ranake: rêveberekî din wê dike.
admin-admins-none = Hîn rêveber tune ne.
admin-admin-configured = mîhengên serverê
admin-staff-admin-mark = 👑 rêveber
admin-staff-make-admin = 👑 { $name } bike rêveber
admin-staff-take-admin = ➖ Rola rêveberiyê ji { $name } rake
admin-admin-granted = 👑 { $name } niha rêveber e.
admin-admin-revoked = ✅ { $name } êdî ne rêveber e.
error-admin-self = 🙅 Tu nikarî rola rêveberiyê ji xwe rakî. Rêveberekî din dikare vê bike.
error-admin-configured = 🔒 Ev rêveber ji mîhengên serverê tê û di botê de nayê rakirin.
admin-audit-filter = 🏢 Li gorî rêxistinê
admin-audit-filter-title = 🏢 Tu dixwazî tomarên kîjan rêxistinê bibînî?
admin-audit-filter-all = 📜 Hemû tomar
admin-audit-title-org = 📜 Tomara kiryaran · { $organization }, rûpel { $page }
audit-who-system = Sîstem
audit-who-admin = Rêveber #{ $id }
audit-who-staff = Karmend #{ $id } · { $organization }
audit-who-staff-alone = Karmend #{ $id }
audit-who-resident = Niştecî #{ $id }
audit-who-user = Bikarhêner #{ $id }
audit-target-user = kes #{ $id }
audit-action-other = Kiryareke din ({ $action })
audit-action-access-denied = 🚫 Hate redkirin: { $action }
audit-action-offer-created = 📝 Pêşniyar hate tomarkirin
audit-action-offer-edited = ✏️ Pêşniyar hate guhertin
audit-action-offer-submitted = 📨 Pêşniyar ji bo pejirandinê hate şandin
audit-action-offer-published = 📢 Pêşniyar hate weşandin
audit-action-offer-approved = ✅ Pêşniyar hate pejirandin
audit-action-offer-rejected = ↩️ Pêşniyar hate vegerandin
audit-action-offer-cancelled = ❌ Pêşniyar hate betalkirin
audit-action-offer-attendance = 🙋 Amadebûn hate nîşankirin
audit-action-participants-exported = 📄 Lîsteya beşdaran hate daxistin
audit-action-offer-revision-submitted = 📨 Guhertina pêşniyarekê ji bo pejirandinê hate şandin
audit-action-offer-revision-approved = ✅ Guhertina pêşniyarekê hate pejirandin
audit-action-offer-revision-rejected = ↩️ Guhertina pêşniyarekê hate vegerandin
audit-action-announcement-created = 📣 Ragihandin hate nivîsandin
audit-action-announcement-approved = ✅ Ragihandin hate pejirandin
audit-action-announcement-rejected = ↩️ Ragihandin hate vegerandin
audit-action-announcement-edited = ✏️ Ragihandin hate guhertin
audit-action-announcement-cancelled = ❌ Ragihandin hate betalkirin
audit-action-announcement-sent = 📬 Ragihandin hate şandin
audit-action-organization-created = 🏢 Rêxistin hate afirandin
audit-action-organization-edited = 🏢 Rêxistin hate guhertin
audit-action-staff-invited = 🔗 Karmend hate vexwendin
audit-action-staff-joined = 👋 Wek karmend beşdar bû
audit-action-staff-revoked = 🚫 Gihîştina karmend hate rakirin
audit-action-admin-granted = 👑 Bû rêveber
audit-action-admin-revoked = ➖ Rola rêveberiyê hate rakirin
audit-action-user-erased = 🗑 Daneyên xwe jê bir
## offer revisions
revision-waiting-own = ✏️ Guhertina te ya dawî li benda pejirandinê ye; her kes guhertoya li jor dibîne.
revision-waits = ✏️ Spas! Guhertina te li benda pejirandina tîma bajêr e. Heta wê demê her kes çalakiyê wek berê dibîne; gava biryar hat dayîn, tu yê peyamekê bistînî.
revision-queue-title = ✏️ Guhertinên li çalakiyên weşandî
revision-open = ✏️ Guhertin { $number }
revision-title = Guhertina li “{ $title }”
revision-proposed-by = Ji aliyê { $organization } ve hat pêşniyarkirin, { $date }
revision-no-changes = Êdî ti ferq bi guhertoya weşandî re tune ye.
revision-more-changes = … û guhertinên din ên ku di vê peyamê de cih nagirin.
revision-was = berê:
revision-now = nû:
revision-yes = erê
revision-no = na
revision-repeats-none = carekê
revision-repeats-weekly = her hefte
revision-repeats-biweekly = her du hefteyan carekê
revision-field-title = Sernav
revision-field-summary = Danasîna kurt
revision-field-details = Hûrgulî
revision-field-accessibility = Gihîştinbarî
revision-field-category = Mijar
revision-field-district = Tax
revision-field-address = Navnîşan
revision-field-online = Girêdana online
revision-field-starts = Destpêk
revision-field-ends = Dawî
revision-field-repeats = Dubarekirin
revision-field-until = Dubarekirin heta
revision-field-cost = Biha
revision-field-ages = Temen
revision-field-signup = Tomarkirin pêwîst e
revision-field-capacity = Cih
revision-field-languages = Zimanên tên axaftin
revision-field-rules = Rêzikên tomarkirinê (cih ji bo her tomarkirinê · girtin · betalkirin heta · bîranîn, bi deqîqe)
revision-approved = ✅ Guhertin hat pejirandin û weşandin.
revision-reject-ask-reason = ↩️ Çima guhertina li “{ $title }” nayê pejirandin? Ji kerema xwe sedemê ji rêxistinê re binivîse (herî zêde tîp: { $max }).
revision-rejected = ↩️ Guhertin bi sedema te re hat vegerandin. Guhertoya weşandî wek xwe dimîne.
error-revision-not-pending = ⌛ Ev guhertin êdî li benda pejirandinê nîne.
notice-offer-revision-pending = ✏️ Guhertinek li çalakiyeke weşandî li benda pejirandina te ye:
notice-offer-revision-approved = ✅ Guhertina te hat pejirandin û niha ji her kesî re xuya ye:
notice-offer-revision-rejected = ↩️ Guhertina te nehat pejirandin, çalakî wek berê dimîne. Ji kerema xwe li sedemê binêre:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 Wergir: { $count }. Gava tu piştrast bikî, ew ê yekser were şandin. Bişînim?
broadcast-sending = 🚀 Ew niha tê şandin. Wergir: { $count }. Pêşketinê di /announcements de dibînî.
broadcast-time-passed = 🕒 Dema ku te hilbijartibû di vê navberê de derbas bû. Ji kerema xwe dîsa demê hilbijêre; nivîs û wergir diparêzin.
broadcast-stats-eta = ⏱ dawîbûna texmînkirî: { $time }
notice-announcement-report = 📣 Ragihandina te ya #{ $id } hate şandin. Hatin şandin: { $sent } · biserneketin: { $failed } · bot asteng kirin: { $blocked }
error-announcement-time-passed = 🕒 Dema hilbijartî derbas bûye. Ji kerema xwe demeke nû hilbijêre.
## announcements for partners
broadcast-ask-as = 🏛 Ev ragihandin ji aliyê kê ve ye?
broadcast-as-city = Bajar
broadcast-picker-participants =
    👥 { $count ->
        [one] 1 kes
       *[other] { $count } kes
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] 1 kes li bendê ye
       *[other] { $count } kes li bendê ne
    }
broadcast-picker-previous = Berê
broadcast-picker-next = Pêş
broadcast-picker-empty = 📅 Niha ji bo rêxistina te tu rojên nêzîk tune ne.
broadcast-confirm-urgent-night = Bilez: ev peyam bi şev jî tê, di demên bêdengiyê de jî.
broadcast-saved-pending = ✅ Hat tomarkirin. Pêşî rêveberek ji bajêr wê kontrol dike; gava ku were pejirandin an vegerandin, tu yê peyamekê bistînî.
broadcast-list-pending = li benda pejirandinê ye
admin-announcement-approvals = 📣 Ragihandinên ji bo pejirandinê
admin-announcement-approvals-title = 📣 Ragihandinên ku li benda pejirandinê ne
admin-announcement-approvals-none = Tu ragihandin li benda pejirandinê nîne.
admin-announcement-approved = ✅ Hat pejirandin. Ew ê wek ku hatiye plankirin were şandin.
admin-announcement-rejected = ↩️ Bi sedema te re ji nivîskarê wê re hat vegerandin.
admin-announcement-reject-ask-reason = ↩️ Çima ragihandina #{ $id } nayê pejirandin? Ji kerema xwe sedemê ji bo nivîskarê wê binivîse (herî zêde tîp: { $max }).
notice-announcement-approved = ✅ Ragihandina te hat pejirandin û wek ku hatiye plankirin dê were şandin:
notice-announcement-rejected = ↩️ Ragihandina te nehat pejirandin û nayê şandin. Ji kerema xwe li sedemê binêre:
notice-announcement-when = Plankirî ji bo: { $date }
error-announcement-not-pending = ⌛ Ev ragihandin êdî li benda pejirandinê nîne.
notice-announcement-pending = 📣 Ragihandinek li benda pejirandina te ye (/admin → 📣 Ragihandinên ji bo pejirandinê):
## machine translation (shared)
translation-mark = 🤖 wergera makîneyê
translation-show-original = 📄 Orîjînalê nîşan bide
translation-translate-all = 🌍 Wergerîne hemû zimanan
translation-by-hand = ✍️ Hîn bi dest divê were wergerandin (karûbarê wergerê van zimanan nade): { $languages }
translation-unavailable = ⚠️ Karûbarê wergerê niha nayê gihîştin. Nivîsa te hat tomarkirin; werger paşê bi xwe tên zêdekirin.
translation-budget = ⚠️ Budceya wergera makîneyê ya vê mehê qediya. Nivîsa te hat tomarkirin; heke tu bixwazî, wergeran bi dest zêde bike.
translation-invalid = ⚠️ Wergera makîneyê bo van zimanan baş derneket û hat hiştin: { $languages }
translation-outdated = ✏️ Nivîsa orîjînal guherî. Ji kerema xwe wergerên xwe kontrol bike: { $languages }
translation-original-header = 📄 Orîjînal ({ $language }):
translation-none-configured = Ji bo vî botî wergera makîneyê nehatiye sazkirin.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 Nivîsa te hîn bi 1 zimanê ku xwendevanên te bi kar tînin tune ye. Bila karûbarê wergerê wê wergerîne? Tu dikarî encamê kontrol bikî û rast bikî.
       *[other] 🌍 Nivîsa te hîn bi { $count } zimanên ku xwendevanên te bi kar tînin tune ye. Bila karûbarê wergerê wê wergerîne? Tu dikarî her encamê kontrol bikî û rast bikî.
    }
mt-ann-skip = ➡️ Bê werger berdewam bike
mt-ann-translations-title = 🤖 Wergerên makîneyê:
mt-ann-ask-correct = ✏️ Ji bo rastkirina zimanekî, li ser bitikîne û nivîsa rastkirî bişîne. Heke her tişt baş be, li Temam bitikîne.
mt-ann-corrections-done = ✅ Temam
mt-ann-ask-correction = ✏️ Ji kerema xwe nivîsa rastkirî bi vî zimanî bişîne: { $language }.
mt-ann-original-gone = 🤷 Bibore, ev peyam êdî nayê nîşandan.
mt-ann-stats-title = 🌍 Wergera makîneyê
mt-ann-stats-usage = { $provider } · tîpên vê mehê: { $chars }
mt-ann-stats-usage-budget = { $provider } · tîpên vê mehê: { $chars } ji { $budget }
mt-ann-privacy-translation = 🌍 Werger: pêşniyar û daxuyaniyên ku ji bo her kesî hatine nivîsandin ji karûbarê wergerê { $provider } re tên şandin, da ku tu wan bi zimanê xwe bixwînî. Tenê ev nivîs tên şandin, qet navê te, peyamên te an qeydên te na.
mt-ann-privacy-no-translation = 🌍 Werger: ev bot tu karûbarê wergera makîneyê bi kar nayîne. Tu daneyên te ji karûbarekî wisa re nayên şandin.
## feeds and the public page
feeds-calendar-name = Treffpunkt: pêşniyar
feeds-signup-line = Di Telegramê de xwe tomar bike: { $url }
feeds-subscribe = 📅 Bibe abonê vê salnameyê
feeds-inventory-button = 📋 Lîsteya pêşniyaran (CSV)
feeds-inventory-caption = 📋 Hemû pêşniyarên bên, her yek di rêzekê de – bo nimûne ji bo danegeha eyaletê.
page-title = Çi heye? – Treffpunkt
page-heading = Çi heye?
page-intro = Pêşniyar li bajarê te: bi mirovan re nas bibe, fêr bibe, werzişê bike. Tomarkirin bi Telegramê ye.
page-languages = Ziman
page-filter-category = Mijar
page-filter-district = Tax
page-filter-date = Roj
page-filter-all = Hemû
page-filter-any-day = Hemû rojên bên
page-filter-submit = Nîşan bide
page-subscribe = 📅 Van pêşniyaran di salnameya xwe de bişopîne
page-empty = Niha me tiştek ji bo vê nedît. Parzûnên din biceribîne.
page-organizer = Amadekar: { $organization }
page-signup = ✍️ Di Telegramê de xwe tomar bike
page-open = 📲 Di Telegramê de veke
page-more =
    { $count ->
        [one] … û demek din. Rojek an mijarek hilbijêre da ku wê bibînî.
       *[other] … û { $count } demên din. Rojek an mijarek hilbijêre da ku wan bibînî.
    }
## offers: machine translation
mt-offer-translated = 🤖 Wergerên makîneyê. Ji kerema xwe wan bixwîne; ji bo rastkirina yekê, li jêr li zimanê wê bitikîne.
mt-offer-grid-legend = ✅ bi destan · 🤖 wergera makîneyê (ji bo rastkirinê bitikîne) · ✏️ kontrol bike: orîjînal guherî · ➕ hêj tune
mt-offer-preview-machine = 🤖 Zimanên bi makîneyê hatine wergerandin: { $count }
mt-offer-refresh-failed = ⚠️ Van wergerên makîneyê nehatin nûkirin û niha veşartî ne: { $languages }. Ew ê bi xwe dîsa werin zêdekirin.
mt-offer-show-translation = 🌍 Bi zimanê min nîşan bide
## schedule import (issue 16)
command-import = Pêşniyaran ji pelekê bîne (CSV, Excel, salname)
audit-action-import-applied = 📥 Bername hat anîn
audit-action-import-calendar-set = 📅 Salnameya abonekirî hat danîn
import-intro =
    📥 Gelek dîrokan bi carekê re bîne: ji min re pelekî CSV an Excel (şablon li jêr e) an pelekî salnameyê (.ics) ji Nextcloud, Outlook an Google bişîne. Herî zêde { $mb } MB û { $rows } rêz. Pêşî tu pêşdîtinekê dibînî; heta tu nepejirînî, tiştek nayê tomarkirin.

    Heman pelî dîsa anîn tiştekî naguherîne. Rêzeke guherî pêşniyara xwe nû dike, û her kesê tomarkirî dem an cihê nû hîn dibe.
import-columns-title = <b>Stûnên şablonê</b>
import-column-id = hejmara te ya rêzê (biparêze: anîna nû pêşniyarê pê dibîne)
import-column-title = sernav bi { $language }
import-column-summary = danasîna kurt bi { $language }
import-column-category = mijar, mînak Sport, Beratung, Kinder & Familie (vala: tu ji bo tevahiya pelê yekê hilbijêrî)
import-column-district = tax (vala: tu ji bo tevahiya pelê yekê hilbijêrî)
import-column-address = navnîşana cihê
import-column-online = girêdana serhêl (https://…) ji bo pêşniyarên li ser înternetê
import-column-start = destpêk, mînak 05.12.2026 15:00 an 2026-12-05 15:00 (dema Berlînê)
import-column-end = dawî: demjimêrek (17:00) an dîrok û demjimêr
import-column-length = an dirêjahî: 90, 1:30 an 2 h
import-column-repeats = her hefte, her du hefteyan an her meh (vala: carekê)
import-column-until = dîroka dawî ya rêzê, mînak 31.03.2027
import-column-seats = cih ji bo her dîrokê (vala: tomarkirin ne pêwîst e)
import-column-ages = temen, mînak 12-17 an 60-
import-column-cost = biha, mînak 2 € (vala: belaş)
import-column-languages = zimanên tên axaftin, mînak de, ar, uk
import-column-accessibility = gihîştinbarî, mînak bê derenceyan
import-column-contact = meriv çawa digihîje organîzatoran
import-template-csv = 📄 Şablon wek CSV (bi xalbêhnok, ji bo Excel)
import-template-xlsx = 📊 Şablon wek pelê Excel, bi ravekirina stûnan
import-sheet-offers = Pêşniyar
import-sheet-columns = Stûn
import-reading = 📥 Ez pelê dixwînim…
import-file-too-big = 😕 Ev pel pir mezin e. Ez dikarim pelên heta { $mb } MB bixwînim.
import-file-too-many-rows = 😕 Di vî pelî de ji { $rows } rêzan zêdetir hene. Ji kerema xwe wî bike çend pelên piçûktir.
import-file-unreadable = 😕 Min nikarî vî pelî bixwînim. Ji kerema xwe wî dîsa wek CSV, Excel (.xlsx) an salname (.ics) tomar bike û dîsa bişîne.
import-file-no-header = 😕 Ez navên stûnan nabînim. Rêza yekem divê herî kêm stûnên sernav û destpêkê hebin, wek di şablonê de (/import).
import-file-unknown-type = Ez dikarim pelên CSV, Excel (.xlsx) û salnameyê (.ics) bînim. /import ji te re şablonekê dişîne.
import-file-empty = 😕 Ev pel vala ye.
import-ask-category = Hin dîrok bê mijar in. Bila kîjan mijarê bigirin?
import-ask-district = Dîrokên vî pelî girêdayî kîjan taxê ne?
import-district-none = 🌐 Bê tax (tevahiya bajêr an serhêl)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 nû
       *[other] { $count } nû
    }
import-count-changed =
    { $count ->
        [one] 1 guherî
       *[other] { $count } guherî
    }
import-count-unchanged =
    { $count ->
        [one] 1 wek xwe
       *[other] { $count } wek xwe
    }
import-count-cancelled =
    { $count ->
        [one] 1 hat betalkirin (êdî ne di pelê de ye)
       *[other] { $count } hatin betalkirin (êdî ne di pelê de ne)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ 1 rêz nayê anîn:
       *[other] ⚠️ { $count } rêz nayên anîn:
    }
import-row-error = Rêz { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … û 1 din
       *[other] … û { $count } din
    }
import-preview-question = Niha bîne? Rêzên din tên anîn, yên li jor tên hiştin.
import-nothing-to-do = Tiştek nîne ku bê anîn: her tişt rojane ye.
import-confirm = ✅ Bîne
import-done = ✅ Hat anîn.
import-awaiting-approval =
    { $count ->
        [one] 1 pêşniyar li benda pejirandina şaredariyê ye.
       *[other] { $count } pêşniyar li benda pejirandina şaredariyê ne.
    }
import-notified =
    { $count ->
        [one] 1 kesê tomarkirî ji guhertinê hat agahdarkirin.
       *[other] { $count } kesên tomarkirî ji guhertinan hatin agahdarkirin.
    }
import-left-out =
    { $count ->
        [one] 1 rêz hat hiştin (li jor binêre).
       *[other] { $count } rêz hatin hiştin (li jor binêre).
    }
import-cancelled = Anîn hat betalkirin. Tiştek nehat tomarkirin.
import-timeout = Anîn rawestiya ji ber ku demekê tiştek nebû. Tenê pelê dîsa bişîne.
import-reason-title-missing = sernav tune
import-reason-title-too-long = sernav pir dirêj e (herî zêde 200 tîp)
import-reason-summary-too-long = danasîn pir dirêj e (herî zêde 1.000 tîp)
import-reason-start-missing = destpêk tune
import-reason-date-format = ez dîroka “{ $value }” naxwînim (binivîse 05.12.2026 15:00)
import-reason-date-not-exist = dîroka “{ $value }” tune
import-reason-date-past = dîrok derbas bûye
import-reason-end-before-start = dawî berî destpêkê ye
import-reason-length-invalid = ez dirêjahiya “{ $value }” naxwînim (binivîse 90 an 1:30)
import-reason-repeats-unknown = ez dubarekirina “{ $value }” nas nakim (her hefte, her du hefteyan, her meh)
import-reason-until-before-start = rêz (“{ $value }”) berî destpêkê diqede
import-reason-seats-invalid = cihên “{ $value }” ne hejmar in
import-reason-ages-invalid = ez temenê “{ $value }” naxwînim (binivîse 12-17 an 60-)
import-reason-languages-invalid = ez zimanên “{ $value }” naxwînim (binivîse de, ar)
import-reason-link-invalid = “{ $value }” ne girêdana malperê ye (https://…)
import-reason-text-too-long = nivîsek pir dirêj e: “{ $value }”
import-reason-category-unknown = ez mijara “{ $value }” nas nakim
import-reason-category-missing = mijar tune
import-reason-district-unknown = ez taxa “{ $value }” nas nakim
import-reason-duplicate-id = nasnameya “{ $value }” du caran di pelê de heye
import-reason-event-invalid = ez vê tomara salnameyê naxwînim
import-reason-row-invalid = ji vê rêzê pêşniyareke derbasdar dernakeve
import-calendar-button = 📅 Salnameya abonekirî
import-calendar-none =
    📅 Hê salnameyek nehatiye abonekirin.

    Rêxistina we dîrokên xwe di Nextcloud, Outlook an Google Calendar de digire? Navnîşana giştî ya salnameyê bide min (iCalendar, bi .ics diqede): ez her saet lê dinêrim, dîrokên nû lê zêde dikim, yên guherî nû dikim û yên jêbirî betal dikim, û her kesê tomarkirî agahdar dibe.
import-calendar-current =
    📅 Salnameya abonekirî:
    { $url }

    Kontrola dawî: { $checked }
import-calendar-never = hê na
import-calendar-failing =
    { $count ->
        [one] ⚠️ Kontrola dawî bi ser neket.
       *[other] ⚠️ { $count } kontrolên dawî bi ser neketin.
    }
import-calendar-set = 🔗 Navnîşanê binivîse
import-calendar-remove = 🗑 Rake
import-calendar-ask-url = Navnîşana giştî ya salnameyê ji min re bişîne (bi https:// dest pê dike).
import-calendar-url-hint = Ev ne navnîşana malperê ye. Bi https:// (an http://) dest pê dike.
import-calendar-saved = ✅ Hat tomarkirin. Ez di nav saetekê de li salnameyê dinêrim, paşê her saet.
import-calendar-removed = 🗑 Salname hat rakirin. Pêşniyarên hatine anîn dimînin.
import-calendar-failing-notice =
    ⚠️ Rojek e ez nikarim salnameya we ya abonekirî bixwînim:
    { $url }
    Ji kerema xwe kontrol bikin ka navnîşan hê dixebite û giştî ye. Ez berdewam dikim.

## schedule import, follow-ups
import-calendar-url-private = 🚫 Ez nikarim vê navnîşanê bi kar bînim: { $host } ne li ser înterneta giştî ye (navnîşaneke herêmî, taybet an hundirîn e). Ji kerema xwe navnîşana giştî ya salnameyê bide, wek ku sepana te ya salnameyê di bin "Parve bike" an "Girêdana giştî" de nîşan dide, û dîsa li 🔗 Navnîşanê binivîse bitikîne.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } 1 pêşniyar anî ku li benda pejirandina te ye. Tu wê di /admin → 📝 Pejirandin de dibînî.
       *[other] 📥 { $organization } { $count } pêşniyar anîn ku li benda pejirandina te ne. Tu wan di /admin → 📝 Pejirandin de dibînî.
    }
import-admin-calendar = 📅 Salname
import-admin-calendar-title = 📅 Salnameya abonekirî ya { $organization }
import-admin-calendar-none = Hêj salnameyeke abonekirî tune. Bi 🔗 Navnîşanê binivîse tu navnîşana wê ya giştî ya iCalendar didî: ez her saet lê dinêrim û dîrokên wê wek pêşniyarên vê rêxistinê tînim.

## ask the organiser (ask-)
ask-button = 💬 Pirsekê bike
ask-menu = 💬 Bipirse
command-ask = 💬 Ji bajêr pirsekê bike
command-linkgroup = 🔗 Vê komê ji bo pirsên niştecihan girêde (di komê de)
ask-prompt-offer = 💬 Pirsa te ya li ser “{ $title }” diçe cem kesên ku wê amade dikin.
ask-prompt-city = 💬 Pirsa te diçe cem tîma bajêr.
ask-prompt = Ji kerema xwe pirsa xwe di peyamekê de, bi zimanê xwe binivîse. Tu dikarî wêneyekê jî bi pirsê re wek nivîsa binê wêneyê bişînî.
ask-please-write = ✍️ Ji kerema xwe pirsa xwe wek nivîs binivîse. Ez nikarim peyamên dengî an stîkeran bişînim.
ask-too-long = ✍️ Ev hinekî dirêj e. Ji kerema xwe ji { $max } tîpan kêmtir binivîse.
ask-share-name = 👤 Gelo tîm dikare navê te yê pêşîn bibîne? Na be, ew tenê “Niştecih” bi hejmarekê û zimanê te dibînin.
ask-share-name-no = 🙈 Na, bêyî nav bimînim
ask-share-name-yes = 👤 Erê, navê min nîşan bide
ask-share-name-hint = Ji kerema xwe li yek ji bişkokan bixe.
ask-cancelled = ✖️ Baş e, tu pirs nehat şandin.
ask-timeout = ⏳ Pirsa te nehat şandin ji ber ku demekê bersiv nehat. Tenê ji nû ve dest pê bike.
ask-the-city = bajar
ask-sent =
    ✅ Spas! Pirsa te gihîşt { $to }.
    { $days ->
        [one] Tu dikarî di nav rojek karî de li benda bersivê bî.
       *[other] Tu dikarî di nav { $days } rojên karî de li benda bersivê bî.
    } Bersiv dê li vir, bi zimanê te were.
ask-resident = Niştecih #{ $number } ({ $language })
ask-resident-named = Niştecih #{ $number }, { $name } ({ $language })
ask-question-headline = ❓ Pirs ji { $resident }
ask-followup-headline = ↩️ Pirsa din ji { $resident }
ask-reminder-headline =
    ⏰ Piştî { $days ->
        [one] rojek karî
       *[other] { $days } rojên karî
    } hê bê bersiv e: { $resident }
ask-about-offer = 📅 Li ser: { $title }
ask-about-organization = 🏢 Ji bo: { $name }
ask-about-city = 🏛 Pirsek giştî ji bajêr
ask-deleted = 🗑 Hat jêbirin: kesê daneyên xwe jê bir.
ask-not-translated = ⚠️ Nehat wergerandin (bi { $language } hatiye nivîsîn).
ask-reply-hint = ↩️ Ji bo bersivdanê, bersiva vê peyamê bide. Kes tenê bersiva te dibîne, ne navê te.
ask-done-button = ✅ Qediya
ask-block-button = 🚫 Pirsker asteng bike
ask-done-ok = ✅ Pirs #{ $number } wek qediyayî hat nîşankirin.
ask-blocked-ok = 🚫 Niştecih #{ $number } êdî nikare pirsan ji we re bişîne.
ask-answer-from = 💬 Bersiv ji { $name }
ask-answer-from-city = 💬 Bersiv ji bajêr
ask-answer-hint = ↩️ Tu dikarî bersiva vê peyamê bidî an li “Bersiv bide” bixî.
ask-reply-button = ↩️ Bersiv bide
ask-reply-prompt = ✍️ Ji kerema xwe bersiva xwe di peyamekê de binivîse.
ask-followup-sent = ✅ Bersiva te hat şandin.
ask-answer-sent = ✅ Bersiva te diçe cem Niştecih #{ $number } ({ $language }).
ask-refused-not-staff = 🚫 Bersiva te nehat şandin: tenê tîma wê rêxistinê ku pirs jê re ye dikare bersiv bide.
ask-refused-erased = 🗑 Bersiva te negihîşt kesî: kesê daneyên xwe jê bir.
ask-answer-unreachable = 📭 Bersiva te hat tomarkirin, lê niha negihîştin wî kesî: wî bot rawestand.
ask-refused-not-asker = 🚫 Ev ne pirsa te ye, ji ber vê tiştek nehat şandin.
ask-reply-unknown = 🤷 Bersiva te nehat şandin: ev peyam ne pirsek e ku min şandibe vê sohbetê.
ask-linked-organization = 🔗 Temam! Pirsên niştecihan ji bo { $name } niha tên vê komê, wergerandî bo zimanê kesê ku kom girêda. Bi bersivdana peyama min bersiv bidin.
ask-linked-city = 🔗 Temam! Pirsên giştî ji bajêr niha tên vê komê. Bi bersivdana peyama min bersiv bidin.
ask-linkgroup-forbidden = 🚫 Tenê tîma rêxistinekê (an rêveberên bajêr) dikarin komekê girê bidin.
ask-linkgroup-in-group = 🔗 Min li koma Telegramê ya tîma xwe zêde bikin û li wir /linkgroup bişînin.
ask-stats-title = 💬 Pirsên niştecihan
ask-stats-row = { $name }: { $open } vekirî, { $answered } bersivdayî
error-ask-limit = ✋ Çend pirsên te hene ku li benda bersivê ne. Ji kerema xwe pêşî li benda wan bimîne.
error-ask-blocked = 🚫 Mixabin tu êdî nikarî li vir pirsan bişînî.
error-ask-empty = ✍️ Ji kerema xwe pêşî tiştekî binivîse.
error-ask-too-long = ✍️ Ev hinekî dirêj e. Ji kerema xwe kurttir binivîse.
error-ask-gone = 🤷 Ev pirs êdî tune ye.
audit-action-question-blocked = 🚫 Niştecih ji pirsînê hat astengkirin
audit-action-question-group-linked = 🔗 Kom ji bo pirsan hat girêdan
ask-privacy = 💬 Pirsên te: Heke tu di botê de pirsekê ji tîmekê bikî, em wê bi bersivan re heta { $days } rojan piştî peyama dawî diparêzin, paşê jê dibin. Tîm tenê hejmarek û zimanê te dibîne, ne navê te (heke tu bi xwe nedî).
ask-privacy-translated = 💬 Pirsên te: Heke tu di botê de pirsekê ji tîmekê bikî, em wê bi bersivan re heta { $days } rojan piştî peyama dawî diparêzin, paşê jê dibin. Tîm tenê hejmarek û zimanê te dibîne, ne navê te (heke tu bi xwe nedî). Nivîsên pirs û bersivê diçin servîsa wergerandinê, qet navê te an nasnameya te ya Telegramê na.
command-replytime = ⏱ Diyar bike ka tîma te çiqas zû bersiva pirsan dide
ask-replytime-usage = ⏱ Hejmara rojên karî bişîne ku tîma te tê de bersiva pirsan dide, mînak /replytime 3 (ji 1 heta { $max }).
ask-replytime-set = ⏱ Temam: ji kesên ku ji { $name } dipirsin re tê gotin ku di nav { $days } rojên karî de li benda bersivê bin.
