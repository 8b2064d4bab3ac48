## language
# The language's own name in its own script, shown on the language buttons.
language-name = ትግርኛ
language-choose = 🌍 ኣየናይ ቋንቋ ትደልዩ?
language-changed = ✅ ተወዲኡ! ካብ ሕጂ ንደሓር ብትግርኛ ክጽሕፈልኩም እየ።

## start
start-greeting =
    ሰላም { $firstName }! 👋
    ኣነ Treffpunkt እየ። ኣብ ከተማኹም ከም ስፖርት፣ ካፌ ቋንቋን ምኽሪን ዝኣመሰሉ ንጥፈታት ክትረኽቡን ክትምዝገቡሎምን እሕግዘኩም።
start-link-welcome = 👋 እንቋዕ ናብ Treffpunkt ብደሓን መጻእኩም! ካልእ እንታይ ከም ዘሎ ንምርኣይ ኣብ ታሕቲ «📅 ንጥፈታት» ጠውቑ።
start-choose-language = 🌍 በጃኹም ቋንቋኹም ምረጹ፦

## help
help-intro = ክገብሮ ዝኽእል ነገራት እዚኦም እዮም፦
command-offers = 📅 ንጥፈታት ምድላይ
command-start = 👋 ምጅማር
command-language = 🌍 ቋንቋ ምቕያር
command-help = ❓ ሓገዝ

## fallback
fallback-not-understood = 🤔 ናይ ጽሑፍ መልእኽቲ ጥራይ እየ ከንብብ ዝኽእል። ንምድላይ ሓንቲ ቃል ጽሓፉ፣ ንኣብነት «ኩዕሶ እግሪ»፣ ወይ ድማ «📅 ንጥፈታት» ጠውቑ።

## groups
groups-private-only = 👋 ኣብ ብሕታዊ ቻት ጥራይ እየ ዝሰርሕ። በጃኹም ብቐጥታ ጽሓፉለይ፦ { $botUsername }

## errors
rate-limited = 🐢 ብሓንሳብ ብዙሕ ልኢኽኩም። በጃኹም ቁሩብ ካልኢታት ተጸበዩ፡ ድሕሪኡ እንደገና ፈትኑ።
error-generic = 😕 ይቕሬታ፣ ገለ ጸገም ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-stale-button = ⌛ እዚ መጠወቒ ደጊም ኣይሰርሕን እዩ። በጃኹም /start ስደዱ።
error-not-found = 🔍 ክረኽቦ ኣይከኣልኩን። ምናልባት ተሰሪዙ ክኸውን ይኽእል።
error-forbidden = 🚫 ይቕሬታ፣ እዚ ክትገብሩ ኣይፍቀደልኩምን እዩ።
error-invalid-input = ✋ ኣይሰለጠን። በጃኹም ዘእተኹምዎ ኣረጋግጹ እሞ ደጊምኩም ፈትኑ።

## main menu
menu-offers = 📅 ንጥፈታት
menu-language = 🌍 ቋንቋ
menu-help = ❓ ሓገዝ

## offers
offers-title = 📅 እንታይ ኣሎ? · ገጽ { $page } ካብ { $pages }
offers-filters-active = ምርጫታት፦ { $filters }
offers-none = 😕 ምስዚ ምርጫታት ዝሰማማዕ ንጥፈት የለን። ካልእ ምርጫ ፈትኑ።
offers-none-at-all = 😕 ሕጂ ዝኾነ ንጥፈት የለን። በጃኹም ድሕሪ ቁሩብ ግዜ ደጊምኩም ርኣዩ።
offers-only-in =
    { $language ->
        [de] (ብጀርመንኛ ጥራይ)
        [en] (ብእንግሊዝኛ ጥራይ)
       *[other] (ገና ብቋንቋኹም የለን)
    }
offers-online = 💻 ኦንላይን
offers-filter-category = 🏷 ዓይነት
offers-filter-district = 📍 ከባቢ
offers-filter-when = 📅 መዓስ
offers-filter-youth = 🧒 ንመንእሰያት
offers-filter-clear = ✖️ ምርጫታት ኣጥፍኡ
offers-filter-all = 🔄 ኩሉ
offers-choose-category = 🏷 እንታይ ይግድሰኩም?
offers-choose-district = 📍 ኣየናይ ከባቢ?
offers-choose-when = 📅 መዓስ?
offers-when-today = ሎሚ
offers-when-week = እዚ ሰሙን
offers-when-months2 = ዝመጽኡ ክልተ ኣዋርሕ
offers-prev = ◀️ ንድሕሪት
offers-next = ንቕድሚት ▶️
offers-back = ◀️ ናብ ዝርዝር ተመለሱ
offers-share = 📤 ኣካፍሉ
offers-share-text = { $title } – ኣብ Treffpunkt
offers-unavailable = ⌛ ይቕሬታ፣ እዚ ንጥፈት ደጊም የለን።

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 ክሳብ { $until } ኩሉ ሰሙን
offer-recurs-biweekly = 🔁 ክሳብ { $until } ኣብ ክልተ ሰሙን ሓደ ግዜ
offer-place = 📍 { $place }
offer-online-link = 💻 ኦንላይን፦ { $url }
offer-cost-free = 💶 ብነጻ
offer-cost = 💶 { $cost }
offer-ages-range = 👥 ዕድመ ካብ { $min } ክሳብ { $max }
offer-ages-min = 👥 ዕድመ ካብ { $min } ንላዕሊ
offer-ages-max = 👥 ዕድመ ክሳብ { $max }
offer-languages = 🗣 ዝዝረበሉ ቋንቋታት፦ { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ ምዝገባ የድሊ · { $capacity } ቦታ
       *[other] ✍️ ምዝገባ የድሊ · { $capacity } ቦታ
    }
offer-signup-needed-open = ✍️ ምዝገባ የድሊ
offer-signup-not-needed = 🚪 ምዝገባ ኣየድልን፣ ብቐጥታ ምጹ
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 ን«{ $query }» ዝረኸብክዎ እዚ እዩ፦
search-none = 🔎 ን«{ $query }» ዝኾነ ነገር ኣይረኸብኩን። ካልእ ቃል ፈትኑ፣ ወይ ድማ ኩሎም ንጥፈታት ርኣዩ።
search-too-short = 🔎 ንምድላይ በጃኹም እንተወሓደ 2 ፊደላት ጽሓፉ።
search-all-offers = 📅 ኩሎም ንጥፈታት

## sign-up
signup-button = ✍️ ተመዝገቡ
signup-ask-seats = 🪑 ን«{ $title }» ክንደይ ቦታ የድልየኩም? ሓደ ቁጽሪ ጠውቑ (እንተበዝሐ { $max })።
signup-seats-hint = በጃኹም ካብ 1 ክሳብ { $max } ሓደ ቁጽሪ ጠውቑ፣ ወይ ድማ ደው ንምባል /cancel ስደዱ።
signup-ask-name = 📝 ኣብቲ ዝርዝር እንታይ ስም ይጸሓፍ? መጠወቒ ጠውቑ፣ ወይ ካልእ ስም ጽሓፉ።
signup-name-hint = በጃኹም ሓደ ስም ጽሓፉ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })፣ ወይ መጠወቒ ጠውቑ። ደው ንምባል /cancel ስደዱ።
signup-ask-age =
    🎂 እዚ ንጥፈት ንዚስዕብ ዕድመ እዩ፦
    { $range }
    እቲ ዝመጽእ ሰብ ዕድሚኡ ክንደይ እዩ?
signup-age-adult = 🧔 18 ወይ ልዕሊኡ
signup-ask-children = 👨‍👩‍👧 ብዝሒ ቦታታት፦ { $seats }። ካብኡ ክንደይ ንቆልዑ እዩ?
signup-children-hint = በጃኹም ካብ { $min } ክሳብ { $max } ሓደ ቁጽሪ ጠውቑ፣ ወይ ድማ ደው ንምባል /cancel ስደዱ።
signup-age-mismatch =
    😕 ይቕሬታ፣ እዚ ንጥፈት ንዚስዕብ ዕድመ ጥራይ እዩ፦
    { $range }
signup-button-hint = በጃኹም ካብቶም ኣብ ላዕሊ ዘለዉ መጠወቕታት ሓደ ጠውቑ፣ ወይ ድማ ደው ንምባል /cancel ስደዱ።
signup-consent = 🔒 ንዝርዝር ክኸውን ስምኩም፣ ቁጽሪ ቦታታትን፣ እንተተሓቲቱ ድማ ጉጅለ ዕድመን ንዕቅብ። ዝርእዮ ኣዳላዊ ናይዚ ንጥፈት ጥራይ እዩ። ድሕሪ እቲ ንጥፈት ብ{ $days } መዓልቲ ንድምስሶ። ተወሳኺ፦ /privacy
signup-consent-agree = ✅ እሰማማዕ እየ
signup-summary = 📋 በጃኹም ኣረጋግጹ፦
signup-summary-seats =
    { $seats ->
        [one] 🪑 { $seats } ቦታ
       *[other] 🪑 { $seats } ቦታ
    }
signup-summary-name = 📝 ስም፦ { $name }
signup-summary-children = 👨‍👩‍👧 ቆልዑ፦ { $children }
signup-summary-fits = እኹል ባዶ ቦታ ኣሎ።
signup-summary-full = ሕጂ ምሉእ እዩ፦ ኣብ ዝርዝር ተጸበይቲ ቁጽሪ { $position } ክትኮኑ ኢኹም።
signup-confirm = ✅ ሕጂ ተመዝገቡ
signup-cancel = ✖️ ሰርዙ
signup-cancelled = ሕራይ፣ ደው ኣቢለዮ። ዝተዓቕበ ነገር የለን።
signup-timeout = ⌛ ካብ 30 ደቒቕ ንላዕሊ ዕረፍቲ ስለ ዝወሰድኩም፣ ምዝገባ ደው ኣቢለዮ። ከም ብሓድሽ ንምጅማር ደጊምኩም «✍️ ተመዝገቡ» ጠውቑ።
signup-done-confirmed =
    { $seats ->
        [one] ✅ ተመዝጊብኩም ኣለኹም! ቦታኹም ተሓዚሉኩም ኣሎ።
       *[other] ✅ ተመዝጊብኩም ኣለኹም! { $seats } ቦታ ተሓዚሉኩም ኣሎ።
    }
signup-done-waitlisted = ⏳ ሕጂ ምሉእ እዩ። ኣብ ዝርዝር ተጸበይቲ ቁጽሪ { $position } ኢኹም። ቦታ ምስ ተረኽበ፣ ከመዝግበኩምን ክሕብረኩምን እየ።
signup-done-guardian = 👪 ክንውድእ ቀሪብና! ዕድመኹም ትሕቲ 16 ስለ ዝኾነ፣ ሓደ ካብ ወለድኹም ክሰማማዕ ኣለዎ። በጃኹም ነዚ ሊንክ ናብ ኣዴኹም ወይ ኣቦኹም ስደድዎ፦ { $link } — ቦታኹም ን48 ሰዓት ሒዝናልኩም ንጸንሕ።
signup-forward-link = 📤 ሊንክ ስደዱ
signup-ics-caption = 📅 ነቲ ዕለት ኣብ ካላንደርኩም ዓቕብዎ።
signup-ics-description = ምዝገባ ብ Treffpunkt፦ { $seats } × { $name }

## my sign-ups
menu-my = 🗓 ምዝገባታተይ
command-my = 🗓 ምዝገባታተይ
my-title = 🗓 ምዝገባታትኩም
my-none = ዝመጽእ ምዝገባ የብልኩምን። ገለ ነገር ንምርካብ «📅 ንጥፈታት» ጠውቑ።
my-status-confirmed =
    { $seats ->
        [one] ✅ ተመዝጊብኩም · { $seats } ቦታ
       *[other] ✅ ተመዝጊብኩም · { $seats } ቦታ
    }
my-status-waitlisted = ⏳ ዝርዝር ተጸበይቲ፣ ቁጽሪ { $position }
my-status-pending = 👪 ፍቓድ ወለዲ ይጽበ ኣሎ
my-list-name = 📝 ኣብ ዝርዝር ዘሎ ስም፦ { $name }
my-ics = 📅 ፋይል ካላንደር
my-cancel = ❌ ምዝገባይ ሰርዙ
my-cancel-confirm = ብሓቂ ን«{ $title }» ዝገበርኩምዎ ምዝገባ ክትሰርዙ ትደልዩ ዲኹም?
my-cancel-yes = ✅ እወ፣ ሰርዙ
my-cancel-no = ◀️ ኣይፋል፣ ይጽናሕ
my-cancelled = ✅ ተሰሪዙ። ቦታኹም ሕጂ ንካልእ ሰብ ነጻ እዩ። ስለ ዝሓበርኩምና የቐንየልና!
my-back = ◀️ ንድሕሪት

## notices
notice-promoted = 🎉 ጽቡቕ ዜና! ሓደ ቦታ ነጻ ኮይኑ፣ ሕጂ ተመዝጊብኩም ኣለኹም፦
notice-reminder = ⏰ መዘኻኸሪ ንዓኹም፦
notice-still-coming = 🤔 ገና ክትመጹ ዲኹም?
notice-still-coming-yes = ✅ እወ፣ ክመጽእ እየ
notice-still-coming-no = ❌ ኣይፋል፣ ኣይክእልን
still-coming-thanks = 👍 ጽቡቕ፣ ኣብኡ ንራኸብ!
still-coming-freed = ስለ ዝሓበርኩምና የቐንየልና። ቦታኹም ሕጂ ንካልእ ሰብ ነጻ እዩ።
notice-lapsed = ⌛ ኣብ ውሽጢ 48 ሰዓት ካብ ወለድኹም ዝተሰማምዐ የለን፣ ስለዚ ቦታኹም ንካልእ ሰብ ተዋሂቡ። ደጊምኩም ክትምዝገቡ ትኽእሉ ኢኹም፦
notice-guardian-confirmed = ✅ ወለድኹም ተሰማሚዖም። ተመዝጊብኩም ኣለኹም፦
notice-guardian-declined = ወለድኹም ኣይተሰማምዑን፣ ስለዚ ኣብዚ ኣይተመዝገብኩምን፦

## guardian
guardian-request = 👪 { $name } ኣብዚ ንጥፈት ክሳተፍ ይደሊ። { $name } ትሕቲ 16 ዓመት ስለ ዝኾነ፣ ምስምማዕ ሓደ ካብ ወለዲ የድልየና። ትሰማምዑ ዲኹም?
guardian-yes = ✅ እወ፣ እሰማማዕ እየ
guardian-no = ❌ ኣይፋል
guardian-thanks-yes = ✅ ብዙሕ የቐንየልና! { $name } ተመዝጊቡ ኣሎ።
guardian-thanks-no = ሕራይ። { $name } ኣይተመዝገበን።

## input the bot cannot use
input-edited = ✏️ ኣብ መልእኽቲ ዝተገብረ ለውጢ ክርኢ ኣይክእልን እየ። በጃኹም ከም ሓድሽ መልእኽቲ ደጊምኩም ስደድዎ።
input-forwarded = 📨 ፎርዋርድ ዝተገብሩ መልእኽትታት ኣየንብብን እየ። በጃኹም መልስኹም ባዕልኹም ጽሓፉ፣ ወይ ድማ ሓደ መጠወቒ ጠውቑ።

## privacy
command-privacy = 🔒 ምሕላው ሓበሬታ
privacy-notice =
    🔒 ሓበሬታኹም ኣብ Treffpunkt

    📦 እንታይ ንዕቅብ፦ ክንምልሰልኩም ክንክእል፣ ናይ Telegram መለለዪኹም (Telegram ID)። እዚ ቁጽሪ እዩ፣ ቁጽሪ ተሌፎንኩም ኣይኮነን። ቀዳማይ ስምኩም፣ ቋንቋኹምን ናይ ዜና ምርጫታትኩምን። ምስ ተመዝገብኩም ድማ ስም ንዝርዝር፣ ቁጽሪ ቦታታትን ጉጅለ ዕድመን። ቁጽሪ ተሌፎን፣ ዕለተ ልደት ወይ መልእኽትታት ቻት ኣይንዕቅብን፣ እቲ ናብ ኣዳለውቲ እትሰዱዎ ሕቶታት ጥራይ ይዕቀብ።
    🎯 ንምንታይ፦ ንጥፈታት ክትረኽቡ፣ ክትምዝገቡን ዝደለኹምዎ ዜና ክመጸኩምን።
    👀 መን ይርእዮ፦ ኣዳላዊ ሓደ ንጥፈት ዝርዝር ናይ ንጥፈቱ ይርኢ። ቁጽራዊ ሓበሬታ ቁጽሪ ጥራይ የርኢ፣ ስም ፈጺሙ ኣየርእን።
    ⏳ ክሳብ መዓስ፦ ምዝገባታት ድሕሪ እቲ ንጥፈት ብ{ $days } መዓልቲ ይድምሰሱ። ነዚ ቦት እንተ ዓገትኩምዎ፣ ድሕሪ { $blockedDays } መዓልቲ ኩሉ ንድምስሶ።
    ✉️ ንሕቶታት፦ { $contact }

    ኣብዚ ሓበሬታኹም ከተውርድዎ ወይ ክትድምስስዎ ትኽእሉ ኢኹም።
privacy-no-contact = ብዛዕባ እዚ ቦት ዝነገረኩም ትካል
privacy-export-button = 📦 ሓበሬታይ ኣውርዱ
privacy-export-caption = 📦 Treffpunkt ብዛዕባኹም ዝዓቀቦ ኩሉ እዚ እዩ።
privacy-delete-button = 🗑 ሓበሬታይ ደምስሱ
privacy-delete-ask = 🗑 ኩሉ ሓበሬታኹም ክትድምስሱ ትደልዩ ዲኹም? ስምኩም፣ ቋንቋኹምን ምርጫታትኩምን ክንድምስስ ኢና።
privacy-delete-signups = 🎟 ዝስረዙ ምዝገባታት፦ { $count }። እቶም ቦታታት ናብቶም ኣብ ዝርዝር ተጸበይቲ ዘለዉ ሰባት ይኸዱ።
privacy-delete-final = እዚ ደሓር ክምለስ ኣይክእልን እዩ።
privacy-delete-yes = ⚠️ እወ፣ ደምስሱ
privacy-delete-keep = ↩️ ኣይፋል፣ ሓበሬታይ ይጽናሕ
privacy-delete-last = ⚠️ ናይ መወዳእታ ሕቶ፦ ሕጂ ኩሉ ይደምሰስ ዶ?
privacy-delete-now = 🗑 ሕጂ ደምስሱ
privacy-delete-kept = 👍 ጽቡቕ። ዝተደምሰሰ ነገር የለን።
privacy-delete-done = ✅ ተወዲኡ። ሓበሬታኹም ተደምሲሱ። ዝተሰረዙ ምዝገባታት፦ { $count }። ደጊምኩም እንተ ጽሓፍኩምለይ፣ ካብ መጀመርታ ክንጅምር ኢና።
privacy-delete-expired = ⌛ እዚ ሕቶ ኣዝዩ ኣረጊቱ እዩ። ሓበሬታኹም ንምድምሳስ፣ በጃኹም ደጊምኩም /privacy ስደዱ።

## sign-up errors
error-offer-unavailable = ⌛ ይቕሬታ፣ እዚ ንጥፈት ደጊም የለን።
error-signup-closed = ⌛ ምዝገባ ነዚ ዕለት ተዓጽዩ ኣሎ።
error-signup-not-open = 🚪 ነዚ ንጥፈት ምዝገባ ኣየድልን። ብቐጥታ ምጹ!
error-signup-duplicate = ✅ ነዚ ዕለት ድሮ ተመዝጊብኩም ኢኹም። ኣብ «🗓 ምዝገባታተይ» ክትርእይዎ ትኽእሉ ኢኹም።
error-signup-age-mismatch = 😕 ይቕሬታ፣ እዚ ንጥፈት ንካልእ ጉጅለ ዕድመ እዩ።
error-signup-cancel-too-late = ⏰ ኣብዚ ንምስራዝ ደንጉዩ እዩ። በጃኹም ንኣዳላዊ ብቐጥታ ሓብሩ።
error-signup-not-found = 🔍 ነዚ ምዝገባ ደጊም ክረኽቦ ኣይከኣልኩን።
error-guardian-link-invalid = 🔗 እዚ ሊንክ ደጊም ኣይሰርሕን እዩ። ምናልባት ድሮ ተሰሪሑሉ፣ ወይ እቲ ንጥፈት ተወዲኡ ክኸውን ይኽእል።
error-guardian-self = 👪 በጃኹም ነዚ ሊንክ ናብ ኣዴኹም ወይ ኣቦኹም ስደድዎ። ንሳቶም ባዕሎም ክሰማምዑ ኣለዎም።

## subscriptions
menu-subscriptions = 🔔 ዜናታት
command-subscriptions = 🔔 ዜናታት ምረጹ
command-stop = 🔕 ኩሉ ዜናታት ኣቋርጹ
subscriptions-title = 🔔 ዜናታት ካብ ከተማ
subscriptions-intro = ብዛዕባ እንታይ ዜና ክመጸኩም ከም ትደልዩ ምረጹ። ምልክት ንምግባር ወይ ንምእላይ ሓደ መጠወቒ ጠውቑ።
subscriptions-status-on = ✅ ዜናታት ክፉት እዩ። ብዛዕባ እቶም ምልክት ዝገበርኩምሎም ኣርእስታት ዜና ይመጸኩም።
subscriptions-status-empty = ☝️ ዜናታት ክፉት እዩ፣ ግን ገና ምልክት ዝተገብረሉ ኣርእስቲ የለን። በጃኹም እንተወሓደ ሓደ ምረጹ።
subscriptions-status-off = 🔕 ዜናታት ዕጹው እዩ፣ ስለዚ ዝኾነ ዜና ኣይመጸኩምን። ምርጫታትኩም ተዓቂቡ ኣሎ። ደጊምኩም ንምኽፋት ነቲ ቀዳማይ መጠወቒ ምልክት ግበሩሉ።
subscriptions-switch = 🔔 ዜና ስደዱለይ
subscriptions-general = 📢 ሓፈሻዊ ዜና ካብ ከተማ
subscriptions-digest = 🗞 ሰሙናዊ ዝርዝር ሓደሽቲ ንጥፈታት
subscriptions-districts =
    { $count ->
        [0] 📍 ከባቢታት፦ ኩሎም
        [one] 📍 ከባቢታት፦ { $count } ተመሪጹ
       *[other] 📍 ከባቢታት፦ { $count } ተመሪጾም
    }
subscriptions-districts-title = 📍 ብዛዕባ ኣየኖት ከባቢታት ከተማ ዜና ክመጸኩም ትደልዩ? ሓደ ወይ ልዕሊኡ ምረጹ፣ ወይ ድማ «ኩሎም ከባቢታት»።
subscriptions-districts-all = 🏙 ኩሎም ከባቢታት
subscriptions-back = ◀️ ንድሕሪት
subscriptions-stopped = 🔕 ተወዲኡ። ካብ ሕጂ ዜና ኣይመጸኩምን፣ ግን ምርጫታትኩም ተዓቂቡ ኣሎ። ደጊምኩም ንምኽፋት /subscriptions ስደዱ።
subscriptions-ask = 🔔 ካብ ከተማ ዜና (ሓበሬታ፣ ሓደሽቲ ንጥፈታት) ክመጸኩም ትደልዩ ዲኹም?
subscriptions-ask-yes = ✅ እወ፣ ኣርእስታት ክመርጽ
subscriptions-ask-no = ❌ ኣይፋል፣ የቐንየለይ
subscriptions-ask-declined = 👍 ሕራይ፣ ዜና ኣይንሰደልኩምን። ሓሳብኩም እንተቐየርኩም፣ /subscriptions ጥራይ ስደዱ።
subscriptions-unsubscribe = 🔕 ዜና ናይዚ ኣርእስቲ ኣቋርጹ
subscriptions-unsubscribed = 🔕 ተወዲኡ። ካብ ሕጂ ብዛዕባ «{ $topic }» ዜና ኣይመጸኩምን። ምርጫታትኩም ንምቕያር /subscriptions ስደዱ።

## broadcast (staff)
broadcast-ask-text = ✏️ በጃኹም ጽሑፍ ናይቲ መፍለጢ ስደዱ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })። ብቋንቋኹም ጽሓፍዎ፤ ድሕሪኡ ትርጉማት ክትውስኹ ትኽእሉ ኢኹም።
broadcast-text-hint = በጃኹም ነቲ ጽሑፍ ከም መልእኽቲ ስደድዎ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })፣ ወይ ድማ ደው ንምባል /cancel ስደዱ።
broadcast-ask-translations = 🌍 ትርጉም ክትውስኹ ትደልዩ? ሓደ ቋንቋ ጠውቑ፣ ወይ ድማ «ተወዲኡ»።
broadcast-ask-translation = ✏️ በጃኹም ነቲ ጽሑፍ በዚ ቋንቋ ስደድዎ፦ { $language }።
broadcast-translations-done = ✅ ተወዲኡ
broadcast-ask-audience = 👥 መን ይበጽሖ?
broadcast-audience-subscribers = 📣 ተኸተልቲ ሓደ ኣርእስቲ
broadcast-audience-participants = ✅ ተሳተፍቲ ሓደ ንጥፈት
broadcast-audience-waitlist = ⏳ ዝርዝር ተጸበይቲ ሓደ ንጥፈት
broadcast-topic-general = ሓፈሻዊ ዜና ካብ ከተማ
broadcast-ask-topic = 🏷 ኣየናይ ኣርእስቲ?
broadcast-ask-districts = 📍 ኣየኖት ከባቢታት? ንምምራጽ ጠውቑ፣ ድሕሪኡ «ተወዲኡ» ጠውቑ።
broadcast-all-districts = ኩሎም ከባቢታት
broadcast-districts-done = ✅ ተወዲኡ
broadcast-ask-languages = 🌍 ንአንበብቲ ኣየኖት ቋንቋታት? ንምምራጽ ጠውቑ፡ ድሕሪኡ «ተወዲኡ»። እንተዘይሓሪኹም ንኹሉ ይኸይድ።
broadcast-all-languages = ኩሎም ቋንቋታት
broadcast-ask-offer = 📅 ኣየናይ ዕለት ናይቲ ንጥፈት?
broadcast-ask-urgent = ⚠️ ህጹጽ ድዩ? ህጹጽ መልእኽትታት ብለይቲ እውን ይለኣኹ። ነዚ ንመጠንቀቕታ ድሕንነት ጥራይ ተጠቐሙሉ።
broadcast-normal = 🕊 ንቡር
broadcast-urgent = ⚠️ ህጹጽ (መጠንቀቕታ ድሕንነት)
broadcast-ask-when = 🕒 ሕጂ ንስደዶ? ወይ ድማ ዕለትን ሰዓትን ጽሓፉ (ብሰዓት በርሊን)፣ ንኣብነት «12.12. 17:00» ወይ «2026-12-12 17:00»።
broadcast-now = 🚀 ሕጂ ስደዱ
broadcast-when-hint = በጃኹም ዝመጽእ ዕለትን ሰዓትን ጽሓፉ፣ ንኣብነት «12.12. 17:00»፣ ወይ ድማ «ሕጂ ስደዱ» ጠውቑ።
broadcast-ask-repeat = 🔁 ይደጋገም ዶ?
broadcast-repeat-none = ሓደ ግዜ ጥራይ
broadcast-repeat-weekly = ኩሉ ሰሙን፣ ሰዓት { $time }
broadcast-repeat-monthly = ኩሉ ወርሒ ኣብ መዓልቲ { $day }፣ ሰዓት { $time }
broadcast-preview-as = 👀 ቅድመ-ርእይቶ፦ ቋንቋኡ { $language } ዝኾነ ሰብ ከምዚ ይርእዮ፦
broadcast-confirm-question =
    { $count ->
        [one] 📬 ግዜ ምልኣኽ፦ { $date }። ናብ { $count } ሰብ ክበጽሕ እዩ። ንስደዶ ዶ?
       *[other] 📬 ግዜ ምልኣኽ፦ { $date }። ናብ { $count } ሰባት ክበጽሕ እዩ። ንስደዶ ዶ?
    }
broadcast-confirm = ✅ እወ፣ ስደዱ
broadcast-saved = ✅ ተዓቂቡ። ከም ዝተወጠነ ክለኣኽ እዩ።
broadcast-cancelled = ሕራይ፣ ደው ኣቢለዮ። ዝተለኣኸ ነገር የለን።
broadcast-timeout = ⌛ ልዕሊ 30 ደቒቕ ሓሊፉ፣ ስለዚ ደው ኣቢለዮ። ከም ብሓድሽ ንምጅማር /broadcast ስደዱ።
broadcast-list-title = 📣 መፍለጢታት
broadcast-list-empty = ዝተወጠነ ነገር የለን።
broadcast-cancel-scheduled = ✖️ ሰርዙ
broadcast-cancelled-scheduled = ✅ እቲ መፍለጢ ተሰሪዙ።
broadcast-stats = #{ $id }: ዝተለኣኹ፦ { $sent } · ዝጽበዩ፦ { $queued } · ንንግሆ ዝጽበዩ፦ { $waitingForMorning } · ዘይሰለጡ፦ { $failed } · ዝዓገቱ፦ { $blocked }
broadcast-promote = 📣 ነዚ ንጥፈት ኣፍልጡ
announcement-open-offer = 📅 ነቲ ንጥፈት ክፈቱ
error-announcement-not-editable = ⌛ እዚ መፍለጢ ድሮ ጀሚሩ ወይ ተሰሪዙ እዩ።
command-broadcast = 📣 መፍለጢ ስደዱ (ሰራሕተኛታት)
command-announcements = 📋 መፍለጢታት (ሰራሕተኛታት)

## digest
digest-title = 📰 ናይዚ ሰሙን ሓደሽቲ ንጥፈታት፣ ንዓኹም፦

## announcement editing (staff)
broadcast-edit = ✏️ ቀይሩ
broadcast-edit-what = ✏️ ኣብ መፍለጢ #{ $id } እንታይ ክትቕይሩ ትደልዩ?
broadcast-edit-text = 📝 ጽሑፍ
broadcast-edit-time = 🕒 ግዜ
broadcast-edit-ask-time = 🕒 በጃኹም ሓድሽ ዕለትን ሰዓትን ጽሓፉ (ብሰዓት በርሊን)፣ ንኣብነት «12.12. 17:00»።
broadcast-edit-saved = ✅ ተዓቂቡ።

## offer changes and approval
notice-offer-changed = 🔄 እቲ ዝተመዝገብኩምሉ ንጥፈት ተቐይሩ ኣሎ። ሓድሽ ግዜን ቦታን፦
notice-offer-before = ቅድሚ ሕጂ፦ { $before }
notice-offer-cancelled = ❌ ይቕሬታ፡ እዚ ንጥፈት ተሰሪዙ። ዝኾነ ነገር ክትገብሩ ኣየድልየኩምን፦
notice-offer-pending = 📝 ሓድሽ ንጥፈት ፍቓድኩም ይጽበ ኣሎ፦
notice-offer-approved = ✅ ንጥፈትኩም ተፈቒዱ፡ ሕጂ ኩሉ ክርእዮ ይኽእል፦
notice-offer-rejected = ↩️ ንጥፈትኩም ገና ኣይተፈቕደን። በጃኹም ምኽንያቱ ርኣዩ እሞ ቐይርዎ፦
notice-offer-reason = ምኽንያት፦ { $reason }

## staff offers
command-myoffers = 🗂 ንጥፈታትና (ሰራሕተኛታት)
staff-offers-title = 🗂 ንጥፈታት ትካልኩም
staff-offers-none = ገና ዝኾነ ንጥፈት የለን።
staff-offer-dates = 📅 መን ከም ዝተመዝገበ ንምርኣይ ሓደ ዕለት ምረጹ፦
staff-offer-cancel = ❌ ነዚ ንጥፈት ሰርዙ
staff-offer-cancel-confirm = ብሓቂ «{ $title }» ክትሰርዙ ትደልዩ ዲኹም? ንኹሎም ዝተመዝገቡ ክሕበሮም እዩ።
staff-offer-cancel-yes = ✅ እወ፣ ሰርዙ
staff-offer-cancelled =
    { $count ->
        [one] ✅ ተሰሪዙ። ን{ $count } ሰብ ተሓቢሩ።
       *[other] ✅ ተሰሪዙ። ን{ $count } ሰባት ተሓቢሩ።
    }
staff-participants-title = 👥 ን{ $date } ዝተመዝገቡ፦
staff-participants-none = ገና ዝተመዝገበ የለን።
staff-participants-export = 📄 ከም CSV ኣውጽኡ
staff-participants-csv-caption = 📄 ዝርዝር ተሳተፍቲ
staff-attendance-hint = ድሕሪ ምጅማሩ፣ መን ከም ዝመጸ ንምምልካት ✅ ወይ ❌ ጠውቑ።
staff-csv-name = ስም
staff-csv-seats = ቦታታት
staff-csv-children = ቆልዑ
staff-csv-status = ኩነታት
staff-csv-age = ጉጅለ ዕድመ
staff-csv-attendance = ተረኽቦ
staff-back = ◀️ ንድሕሪት

## new offer (staff)
command-newoffer = ➕ ሓድሽ ንጥፈት (ሰራሕተኛታት)
staff-offer-reschedule = 🕒 ግዜ ቀይሩ
newoffer-ask-title = ✏️ እቲ ንጥፈት እንታይ ይበሃል? ኣርእስቱ ጽሓፉ። ቋንቋ፦ { $language }። ዝለዓለ ብዝሒ ፊደላት፦ { $max }።
newoffer-title-hint = በጃኹም ፊደላት ዘለዎ ኣርእስቲ ጽሓፉ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })፣ ወይ ድማ /cancel ስደዱ።
newoffer-ask-summary = 📝 ብሓደ ወይ ክልተ ሓጸርቲ ሓረጋት ግለጽዎ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })።
newoffer-summary-hint = በጃኹም ሓጺር መግለጺ ጽሓፉ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })፣ ወይ ድማ /cancel ስደዱ።
newoffer-ask-translations = 🌍 ትርጉም ክትውስኹ ትደልዩ? ሓደ ቋንቋ ጠውቑ፣ ወይ ድማ «ተወዲኡ»።
newoffer-ask-category = 🏷 ኣየናይ ኣርእስቲ እዩ ዝያዳ ዝሰማማዕ?
newoffer-ask-district = 📍 ኣብ ኣየናይ ከባቢ?
newoffer-no-district = 🌐 ከባቢ የብሉን (ኦንላይን ወይ ንብምሉኡ ከተማ)
newoffer-ask-place = 🏠 ኣበይ? ኣድራሻ ጽሓፉ፣ ብ📎 ቦታ ኣካፍሉ፣ ወይ ድማ ናይ ኦንላይን ሊንክ ስደዱ (https://…)።
newoffer-place-hint = በጃኹም ኣድራሻ ጽሓፉ፣ ቦታ ኣካፍሉ፣ ወይ ብ https:// ዝጅምር ሊንክ ስደዱ።
newoffer-ask-start = 🕒 መዓስ ይጅምር? ዕለትን ሰዓትን ጽሓፉ (ብሰዓት በርሊን)፣ ንኣብነት «12.12. 17:00» ወይ «2026-12-12 17:00»።
newoffer-start-hint = በጃኹም ዝመጽእ ዕለትን ሰዓትን ጽሓፉ፣ ንኣብነት «12.12. 17:00»፣ ወይ ድማ /cancel ስደዱ።
newoffer-ask-length = ⏱ ክንደይ ግዜ ይወስድ?
newoffer-length = { $hours } ሰዓት
newoffer-ask-repeat = 🔁 ይደጋገም ድዩ?
newoffer-repeat-weekly = ኩሉ ሰሙን
newoffer-repeat-biweekly = ኣብ ክልተ ሰሙን ሓደ ግዜ
newoffer-ask-until = 📆 ክሳብ መዓስ? እታ ናይ መወዳእታ ዕለት ጽሓፉ፣ ንኣብነት «31.01.»።
newoffer-until-hint = በጃኹም ድሕሪ መጀመርታ ዘሎ ዕለት ጽሓፉ፣ ንኣብነት «31.01.»።
newoffer-ask-signup = ✍️ ምዝገባ የድሊ ድዩ? ቁጽሪ ቦታታት ጠውቑ፣ ካልእ ቁጽሪ ጽሓፉ፣ ወይ ድማ «ብዘይ ምዝገባ» ምረጹ።
newoffer-no-signup = 🚪 ብዘይ ምዝገባ
newoffer-seats = { $seats } ቦታ
newoffer-seats-hint = በጃኹም ሓደ መጠወቒ ጠውቑ ወይ ቁጽሪ ቦታታት ጽሓፉ።
newoffer-ask-ages = 👥 ንኣየናይ ዕድመ? ጠውቑ፣ ወይ ከም «12-17» ዝበለ ደረት ዕድመ ጽሓፉ (ወይ «60-» ን60 ዓመትን ልዕሊኡን)።
newoffer-ages-all = ንኹሉ
newoffer-ages-youth = 12–17
newoffer-ages-children = ቆልዑ 6–11
newoffer-ages-seniors = 60 ዓመትን ልዕሊኡን
newoffer-ages-hint = በጃኹም ሓደ መጠወቒ ጠውቑ ወይ ከም «12-17» ዝበለ ደረት ዕድመ ጽሓፉ።
newoffer-ask-cost = 💶 ብነጻ ድዩ? «ብነጻ» ጠውቑ፣ ወይ ዋጋ ጽሓፉ (ንኣብነት «2 €»)።
newoffer-cost-hint = በጃኹም «ብነጻ» ጠውቑ ወይ ዋጋ ጽሓፉ።
newoffer-languages = 🌍 ጽሑፍ ዘለዎም ቋንቋታት፦ { $count }
newoffer-preview = 👀 በጃኹም ንጥፈትኩም ኣረጋግጹ፦
newoffer-save-draft = 💾 ከም ንድፊ ዓቅቡ
newoffer-publish = 🚀 ዘርግሑ
newoffer-saved-draft = 💾 ከም ንድፊ ተዓቂቡ።
newoffer-saved-pending-approval = ⏳ ንፍቓድ ተላኢኹ። ምስ ተራእየ መልእኽቲ ክመጸኩም እዩ።
newoffer-saved-published = 🚀 ተዘርጊሑ! ሕጂ ነበርቲ ክረኽብዎ ይኽእሉ።
newoffer-cancelled = ሕራይ፣ ደው ኣቢለዮ። ዝተዓቕበ ነገር የለን።
newoffer-timeout = ⌛ ልዕሊ 30 ደቒቕ ሓሊፉ፣ ስለዚ ደው ኣቢለዮ። ዝተዓቕበ ነገር የለን።
newoffer-no-organization = 🏢 ገና ኣባል ዝኾነ ትካል ኣይኮንኩምን። በጃኹም ካብ ሓደ ኣመሓዳሪ ሊንክ ዕድመ ሕተቱ።
newoffer-rescheduled =
    { $count ->
        [one] ✅ ግዜ ተቐይሩ። ን{ $count } ሰብ ተሓቢሩ።
       *[other] ✅ ግዜ ተቐይሩ። ን{ $count } ሰባት ተሓቢሩ።
    }

newoffer-ask-max-seats = 🪑 ሓደ ሰብ እንተበዝሐ ክንደይ ቦታ ክሕዝ ይኽእል (ንኣብነት ንቆልዑ)?
newoffer-ask-deadline = ⏰ ሰባት ክሳብ መዓስ ክምዝገቡን ምዝገባኦም ክሰርዙን ይኽእሉ?
newoffer-deadline-start = ምዝገባ ክሳብ መጀመርታ፣ ምስራዝ ክሳብ 3 ሰዓት ቅድሚኡ
newoffer-deadline-day = ምዝገባን ምስራዝን ክሳብ 1 መዓልቲ ቅድሚኡ
newoffer-deadline-week = ምዝገባ ክሳብ 1 ሰሙን ቅድሚኡ፣ ምስራዝ ክሳብ 1 መዓልቲ ቅድሚኡ
newoffer-ask-spoken = 🗣 ኣብኡ ብኣየኖት ቋንቋታት ይዝረብ? ንምምራጽ ጠውቑ፣ ድሕሪኡ «ተወዲኡ» ጠውቑ።
staff-offer-edit = ✏️ ቀይሩ
newoffer-save-changes = 💾 ለውጥታት ዓቅቡ
newoffer-edited =
    { $count ->
        [0] ✅ ተዓቂቡ።
        [one] ✅ ተዓቂቡ። ሓድሽ ግዜ ወይ ቦታ ን{ $count } ሰብ ተሓቢሩ።
       *[other] ✅ ተዓቂቡ። ሓድሽ ግዜ ወይ ቦታ ን{ $count } ሰባት ተሓቢሩ።
    }

## stats (admins)
command-stats = 📊 ቁጽራዊ ሓበሬታ (ኣመሓደርቲ)
stats-title = 📊 ቁጽራዊ ሓበሬታ ን{ $month } (ብዘይ ስም)
stats-users = 👥 ተጠቀምቲ ብቋንቋ
stats-by-category = 🏷 ብኣርእስቲ
stats-by-offer = 📅 ብንጥፈት
stats-line = ምዝገባታት፦ { $signups }፣ ቦታታት፦ { $seats }፣ ዝመጹ፦ { $present }፣ ዘይመጹ፦ { $absent }
stats-hint = ካልእ ወርሒ፦ /stats 2026-11

## admin
command-admin = 🛠 ምምሕዳር (ኣመሓደርቲ)
admin-menu-title = 🛠 ምምሕዳር
admin-menu-text = እንታይ ከተመሓድሩ ትደልዩ?
admin-organizations = 🏢 ትካላት
admin-approvals = 📝 ምፍቃድ
admin-audit = 📜 መዝገብ ተግባራት
admin-back = ◀️ ንድሕሪት
admin-organizations-title = 🏢 ትካላት
admin-organizations-none = ገና ዝኾነ ትካል የለን።
admin-organization-new = ➕ ሓድሽ ትካል
admin-organization-staff-count =
    { $count ->
        [one] { $count } ሰራሕተኛ
       *[other] { $count } ሰራሕተኛታት
    }
admin-organization-trusted-on = ✅ እሙን
admin-organization-trusted-off = ⬜ እሙን
admin-organization-trusted-hint = እሙናት ትካላት ንጥፈታቶም ብዘይ ፍቓድ የዘርግሑ።
admin-organization-ask-name = 🏢 እቲ ሓድሽ ትካል እንታይ ይበሃል? (ዝለዓለ ብዝሒ ፊደላት፦ { $max })
admin-organization-name-hint = በጃኹም ነቲ ስም ከም መልእኽቲ ስደድዎ (ብዝሒ ፊደላት፦ 1–{ $max })፣ ወይ ድማ ደው ንምባል /cancel ስደዱ።
admin-organization-created = ✅ «{ $name }» ተፈጢሩ። ሰራሕተኛታት ንምዕዳም ክፈትዎ።
admin-invite = ➕ ሰራሕተኛ ዓድሙ
admin-invite-link = 🔗 ናብ { $organization } ዕድመ። እዚ ሊንክ ሓደ ግዜ ጥራይ፣ ክሳብ { $date } ይሰርሕ። ነቲ ክጽንበር ዘለዎ ሰብ ስደድዎ፦
admin-invite-share = 📤 ሊንክ ኣካፍሉ
admin-invite-share-text = ኣብ Treffpunkt ናብ ጉጅለ { $organization } ክትጽንበሩ ዝተገበረልኩም ዕድመ
admin-staff = 👥 ሰራሕተኛታት
admin-staff-title = 👥 ሰራሕተኛታት { $organization }
admin-staff-none = ገና ዝኾነ ሰብ የለን። ብ«➕ ሰራሕተኛ ዓድሙ» ሓደ ሰብ ዓድሙ።
admin-staff-revoke = 🚫 { $name } ኣውጽኡ
admin-staff-revoked = ✅ ናይ { $name } ፍቓድ ሰራሕተኛ ተሰሪዙ።
admin-approvals-title = 📝 ፍቓድ ዝጽበዩ
admin-approvals-none = ፍቓድ ዝጽበ ነገር የለን።
admin-approve = ✅ ፍቐዱ
admin-reject = ↩️ ምለሱ
admin-approved = ✅ ተፈቒዱን ተዘርጊሑን።
admin-reject-ask-reason = ↩️ «{ $title }» ንምንታይ ገና ዘይፍቀድ? በጃኹም ነቲ ትካል ምኽንያቱ ጽሓፉ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })።
admin-reject-reason-hint = በጃኹም ምኽንያቱ ከም መልእኽቲ ጽሓፉ (ብዝሒ ፊደላት፦ 1–{ $max })፣ ወይ ድማ ደው ንምባል /cancel ስደዱ።
admin-rejected = ↩️ ምስ ምኽንያትኩም ናብቲ ትካል ተመሊሱ።
admin-audit-title = 📜 መዝገብ ተግባራት፣ ገጽ { $page }
admin-audit-empty = ገና ዝተመዝገበ የለን።
admin-audit-actor = ብ#{ $userId }
admin-audit-system = ብሲስተም
admin-cancelled = ሕራይ፣ ደው ኣቢለዮ። ዝተቐየረ ነገር የለን።
admin-timeout = ⌛ ልዕሊ 30 ደቒቕ ሓሊፉ፣ ስለዚ ደው ኣቢለዮ። ዝተቐየረ ነገር የለን።
staff-welcome = 🎉 እንቋዕ ናብ ጉጅለ { $organization } ብደሓን መጻእኩም! ሕጂ ንጥፈታቱ ክትፈጥሩን ከተመሓድሩን ትኽእሉ ኢኹም። መሳርሒታትኩም ንምርኣይ /help ስደዱ።
error-invitation-invalid = 🔗 እዚ ሊንክ ዕድመ ኣይሰርሕን እዩ። በጃኹም ሓድሽ ሕተቱ።
error-invitation-used = 🔗 እዚ ሊንክ ዕድመ ድሮ ተሰሪሑሉ እዩ። በጃኹም ሓድሽ ሕተቱ።
error-invitation-expired = ⌛ ግዜ ናይዚ ሊንክ ዕድመ ሓሊፉ እዩ። በጃኹም ሓድሽ ሕተቱ።
error-organization-exists = 🏢 በዚ ስም ዝጽዋዕ ትካል ድሮ ኣሎ። በጃኹም ካልእ ስም ስደዱ።
error-offer-not-pending = ⌛ እዚ ንጥፈት ደጊም ፍቓድ ኣይጽበን እዩ።

## admins and audit
signup-age-under = 👧 ትሕቲ { $age }
signup-age-teen = 🧑 ካብ { $age } ክሳብ { $last }
signup-ask-age-any =
    🎂 እቲ ዝመጽእ ሰብ ዕድሜኡ ክንደይ እዩ?
    ትሕቲ { $age } እንተኾይኑ፡ ወላዲ ወይ ሓላዊ ነቲ ምዝገባ የረጋግጽ።
signup-ask-adult = 🔞 እዚ መደብ ንዓበይቲ እዩ። በጃኹም እቲ ዝመጽእ ሰብ { $age } ወይ ልዕሊኡ ምዃኑ ኣረጋግጹ።
signup-adult-confirm = ✅ እወ፡ { $age } ወይ ልዕሊኡ
admin-admins = 👑 ኣመሓደርቲ
admin-admins-title = 👑 ኣመሓደርቲ
admin-admins-text = ኣመሓደርቲ ንኹሎም ትካላት የመሓድሩ፡ መደባትን መፍለጥታትን የፍቅዱ፡ መዝገብ ተግባራት ድማ የንብቡ። ኣብ ምድላው ሰርቨር ዝተወሰኑ ኣመሓደርቲ ኣብዚ ክእለዩ ኣይክእሉን፡ ሓደ እኳ ናይ ገዛእ ርእሱ ተራ ምምሕዳር ኣየእልን፡ ካልእ ኣመሓዳሪ እዩ ዝገብሮ።
admin-admins-none = ክሳብ ሕጂ ኣመሓዳሪ የለን።
admin-admin-configured = ምድላው ሰርቨር
admin-staff-admin-mark = 👑 ኣመሓዳሪ
admin-staff-make-admin = 👑 { $name } ኣመሓዳሪ ግበርዎ
admin-staff-take-admin = ➖ ተራ ምምሕዳር ካብ { $name } ኣእልዩ
admin-admin-granted = 👑 { $name } ሕጂ ኣመሓዳሪ እዩ።
admin-admin-revoked = ✅ { $name } ደሓር ኣመሓዳሪ ኣይኮነን።
error-admin-self = 🙅 ናይ ገዛእ ርእስኹም ተራ ምምሕዳር ከተእልዩ ኣይትኽእሉን። ካልእ ኣመሓዳሪ ክገብሮ ይኽእል።
error-admin-configured = 🔒 እዚ ኣመሓዳሪ ካብ ምድላው ሰርቨር እዩ፡ ኣብ ቦት ክእለ ኣይክእልን።
admin-audit-filter = 🏢 ብትካል
admin-audit-filter-title = 🏢 ናይ ኣየናይ ትካል መዝገባት ክትርእዩ ትደልዩ?
admin-audit-filter-all = 📜 ኩሉ መዝገባት
admin-audit-title-org = 📜 መዝገብ ተግባራት · { $organization }፡ ገጽ { $page }
audit-who-system = ስርዓት
audit-who-admin = ኣመሓዳሪ #{ $id }
audit-who-staff = ሰራሕተኛ #{ $id } · { $organization }
audit-who-staff-alone = ሰራሕተኛ #{ $id }
audit-who-resident = ነባሪ #{ $id }
audit-who-user = ተጠቃሚ #{ $id }
audit-target-user = ሰብ #{ $id }
audit-action-other = ካልእ ተግባር ({ $action })
audit-action-access-denied = 🚫 ተነጺጉ፡ { $action }
audit-action-offer-created = 📝 መደብ ተዓቂቡ
audit-action-offer-edited = ✏️ መደብ ተቐይሩ
audit-action-offer-submitted = 📨 መደብ ንፍቓድ ተላኢኹ
audit-action-offer-published = 📢 መደብ ተዘርጊሑ
audit-action-offer-approved = ✅ መደብ ተፈቒዱ
audit-action-offer-rejected = ↩️ መደብ ተመሊሱ
audit-action-offer-cancelled = ❌ መደብ ተሰሪዙ
audit-action-offer-attendance = 🙋 ምህላው ተመዝጊቡ
audit-action-participants-exported = 📄 ዝርዝር ተሳተፍቲ ወሪዱ
audit-action-offer-revision-submitted = 📨 ለውጢ መደብ ንፍቓድ ተላኢኹ
audit-action-offer-revision-approved = ✅ ለውጢ መደብ ተፈቒዱ
audit-action-offer-revision-rejected = ↩️ ለውጢ መደብ ተመሊሱ
audit-action-announcement-created = 📣 መፍለጢ ተጻሒፉ
audit-action-announcement-approved = ✅ መፍለጢ ተፈቒዱ
audit-action-announcement-rejected = ↩️ መፍለጢ ተመሊሱ
audit-action-announcement-edited = ✏️ መፍለጢ ተቐይሩ
audit-action-announcement-cancelled = ❌ መፍለጢ ተሰሪዙ
audit-action-announcement-sent = 📬 መፍለጢ ተላኢኹ
audit-action-organization-created = 🏢 ትካል ተፈጢሩ
audit-action-organization-edited = 🏢 ትካል ተቐይሩ
audit-action-staff-invited = 🔗 ሰራሕተኛ ተዓዲሙ
audit-action-staff-joined = 👋 ከም ሰራሕተኛ ተጸንቢሩ
audit-action-staff-revoked = 🚫 መእተዊ ሰራሕተኛ ተኣልዩ
audit-action-admin-granted = 👑 ኣመሓዳሪ ተገይሩ
audit-action-admin-revoked = ➖ ተራ ምምሕዳር ተኣልዩ
audit-action-user-erased = 🗑 ናይ ገዛእ ርእሱ ሓበሬታ ደምሲሱ
## offer revisions
revision-waiting-own = ✏️ እቲ ናይ መወዳእታ ለውጥኹም ፍቓድ ይጽበ ኣሎ፤ ኩሉ ሰብ ነቲ ላዕሊ ዘሎ ቕዲ ይርእዮ።
revision-waits = ✏️ የቐንየልና! ለውጥኹም ፍቓድ ጉጅለ ከተማ ይጽበ ኣሎ። ክሳብ ሽዑ ኩሉ ሰብ ነቲ ንጥፈት ከም ቀደሙ ይርእዮ፤ ውሳነ ምስ ተዋህበ መልእኽቲ ክበጽሓኩም እዩ።
revision-queue-title = ✏️ ኣብ ዝተዘርግሑ ንጥፈታት ዝተገብሩ ለውጥታት
revision-open = ✏️ ለውጢ { $number }
revision-title = ኣብ «{ $title }» ዝተገብረ ለውጢ
revision-proposed-by = ብ{ $organization } ዝቐረበ፣ { $date }
revision-no-changes = ምስቲ ዝተዘርግሐ ቕዲ ደጊም ዝኾነ ፍልልይ የለን።
revision-more-changes = … ከምኡውን ኣብዚ መልእኽቲ ዘይኣትዉ ካልኦት ለውጥታት።
revision-was = ቀደም፦
revision-now = ሓድሽ፦
revision-yes = እወ
revision-no = ኣይፋል
revision-repeats-none = ሓንሳእ
revision-repeats-weekly = ኩሉ ሰሙን
revision-repeats-biweekly = ኣብ ክልተ ሰሙን ሓንሳእ
revision-field-title = ኣርእስቲ
revision-field-summary = ሓጺር መግለጺ
revision-field-details = ዝርዝር
revision-field-accessibility = ተበጻሕነት
revision-field-category = ኣርእስቲ ዛዕባ
revision-field-district = ከባቢ
revision-field-address = ኣድራሻ
revision-field-online = ናይ ኦንላይን ሊንክ
revision-field-starts = መጀመርታ
revision-field-ends = መወዳእታ
revision-field-repeats = ምድግጋም
revision-field-until = ክሳብ ዝድገም
revision-field-cost = ዋጋ
revision-field-ages = ዕድመ
revision-field-signup = ምምዝጋብ የድሊ
revision-field-capacity = ቦታታት
revision-field-languages = ዝዝረባ ቋንቋታት
revision-field-rules = ሕግታት ምምዝጋብ (ቦታ ንነፍሲ ወከፍ ምዝገባ · ምዕጻው · ክሳብ ምስራዝ · ምዝኻር፣ ብደቓይቕ)
revision-approved = ✅ እቲ ለውጢ ተፈቒዱን ተዘርጊሑን።
revision-reject-ask-reason = ↩️ እቲ ኣብ «{ $title }» ዝተገብረ ለውጢ ስለምንታይ ኣይተፈቕደን? በጃኹም ንትካል ምኽንያቱ ጽሓፉ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })።
revision-rejected = ↩️ እቲ ለውጢ ምስ ምኽንያትኩም ተመሊሱ። እቲ ዝተዘርግሐ ቕዲ ከም ዘለዎ ይተርፍ።
error-revision-not-pending = ⌛ እዚ ለውጢ ደጊም ፍቓድ ኣይጽበን እዩ።
notice-offer-revision-pending = ✏️ ኣብ ሓደ ዝተዘርግሐ ንጥፈት ዝተገብረ ለውጢ ፍቓድኩም ይጽበ ኣሎ፦
notice-offer-revision-approved = ✅ ለውጥኹም ተፈቒዱ፣ ሕጂ ንኹሉ ሰብ ይርአ ኣሎ፦
notice-offer-revision-rejected = ↩️ ለውጥኹም ኣይተፈቕደን፣ እቲ ንጥፈት ከም ቀደሙ ይተርፍ። በጃኹም ምኽንያቱ ርኣዩ፦
## outbox (issue 14)
broadcast-confirm-question-now = 📬 ተቐበልቲ፦ { $count }። ከም ዘረጋገጽኩም ብኡንብኡ ክለኣኽ እዩ። ይለኣኽዶ?
broadcast-sending = 🚀 ሕጂ ይለኣኽ ኣሎ። ተቐበልቲ፦ { $count }። ምዕባለ ኣብ /announcements ትርእዩ።
broadcast-time-passed = 🕒 ዝመረጽኩምዎ ግዜ ኣብዚ እዋን ሓሊፉ። በጃኹም ግዜ እንደገና ምረጹ፤ ጽሑፍን ተቐበልትን ተዓቂቦም ኣለዉ።
broadcast-stats-eta = ⏱ ግምታዊ መወዳእታ፦ { $time }
notice-announcement-report = 📣 መልእኽትኹም #{ $id } ተላኢኹ። ዝተለኣኹ፦ { $sent } · ዘይሰለጡ፦ { $failed } · ቦት ዝዓገቱ፦ { $blocked }
error-announcement-time-passed = 🕒 ዝተመርጸ ግዜ ሓሊፉ እዩ። በጃኹም ሓድሽ ግዜ ምረጹ።
## announcements for partners
broadcast-ask-as = 🏛 እዚ መፍለጢ ብስም መን እዩ?
broadcast-as-city = እታ ከተማ
broadcast-picker-participants =
    👥 { $count ->
        [one] 1 ሰብ
       *[other] { $count } ሰባት
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] 1 ዝጽበ
       *[other] { $count } ዝጽበዩ
    }
broadcast-picker-previous = ዝሓለፈ
broadcast-picker-next = ዝቕጽል
broadcast-picker-empty = 📅 ትካልኩም ሕጂ ዝመጽእ ዕለት የብሉን።
broadcast-confirm-urgent-night = ህጹጽ፦ እዚ መልእኽቲ ብለይቲ እውን ይበጽሕ፣ ኣብ ሰዓታት ህድኣት እውን።
broadcast-saved-pending = ✅ ተዓቂቡ። ቅድም ሓደ ኣመሓዳሪ ናይታ ከተማ ክርእዮ እዩ፤ ምስ ተፈቕደ ወይ ምስ ተመልሰ መልእኽቲ ክበጽሓኩም እዩ።
broadcast-list-pending = ፍቓድ ይጽበ
admin-announcement-approvals = 📣 ፍቓድ ዝጽበዩ መፍለጢታት
admin-announcement-approvals-title = 📣 ፍቓድ ዝጽበዩ ዘለዉ መፍለጢታት
admin-announcement-approvals-none = ፍቓድ ዝጽበ መፍለጢ የለን።
admin-announcement-approved = ✅ ተፈቒዱ። ከም ዝተወጠነ ክለኣኽ እዩ።
admin-announcement-rejected = ↩️ ምስ ምኽንያትኩም ናብ ጸሓፊኡ ተመሊሱ።
admin-announcement-reject-ask-reason = ↩️ መፍለጢ #{ $id } ንምንታይ ዘይፍቀድ? በጃኹም ነቲ ጸሓፊ ምኽንያቱ ጽሓፉ (ዝለዓለ ብዝሒ ፊደላት፦ { $max })።
notice-announcement-approved = ✅ መፍለጢኹም ተፈቒዱ፣ ከም ዝተወጠነ ክለኣኽ እዩ፦
notice-announcement-rejected = ↩️ መፍለጢኹም ኣይተፈቕደን፣ ኣይክለኣኽን እዩ። በጃኹም ምኽንያቱ ርኣዩ፦
notice-announcement-when = ዝተወጠነሉ ግዜ፦ { $date }
error-announcement-not-pending = ⌛ እዚ መፍለጢ ድሕሪ ሕጂ ፍቓድ ኣይጽበን እዩ።
notice-announcement-pending = 📣 ሓደ መፍለጢ ፍቓድኩም ይጽበ ኣሎ (/admin → 📣 ፍቓድ ዝጽበዩ መፍለጢታት)፦
## machine translation (shared)
translation-mark = 🤖 ብማሽን ዝተተርጎመ
translation-show-original = 📄 ናይ መጀመርታ ጽሑፍ ኣርኢ
translation-translate-all = 🌍 ናብ ኩሉ ቋንቋታት ተርጉም
translation-by-hand = ✍️ ገና ብኢድ ትርጉም የድሊ (ኣገልግሎት ትርጉም እዞም ቋንቋታት የብሉን): { $languages }
translation-unavailable = ⚠️ ኣገልግሎት ትርጉም ሕጂ ኣይበጽሕን ዘሎ። ጽሑፍካ ተዓቂቡ ኣሎ፤ ትርጉማት ድሒሩ ባዕሎም ክውሰኹ እዮም።
translation-budget = ⚠️ ናይዚ ወርሒ በጀት ትርጉም ማሽን ተወዲኡ። ጽሑፍካ ተዓቂቡ ኣሎ፤ እንተደሊኻ ትርጉማት ብኢድ ወስኽ።
translation-invalid = ⚠️ ናብዞም ቋንቋታት ዝተገብረ ትርጉም ማሽን ጽቡቕ ኣይወጽአን፡ ስለዚ ተሪፉ: { $languages }
translation-outdated = ✏️ እቲ ናይ መጀመርታ ጽሑፍ ተቐይሩ። በጃኻ ናትካ ትርጉማት ርአ: { $languages }
translation-original-header = 📄 ናይ መጀመርታ ጽሑፍ ({ $language }):
translation-none-configured = ነዚ ቦት ትርጉም ማሽን ኣይተዳለወን።

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 ጽሑፍኩም ገና ብ1 ቋንቋ፡ እቶም ኣንበብቲ ዝጥቀሙሉ፡ የለን። ኣገልግሎት ትርጉም ይተርጉሞ ዶ? ነቲ ውጽኢት ክትርእይዎን ከተእርምዎን ትኽእሉ ኢኹም።
       *[other] 🌍 ጽሑፍኩም ገና ብ{ $count } ቋንቋታት፡ እቶም ኣንበብቲ ዝጥቀሙሉ፡ የለን። ኣገልግሎት ትርጉም ይተርጉሞ ዶ? ነፍሲ ወከፍ ውጽኢት ክትርእይዎን ከተእርምዎን ትኽእሉ ኢኹም።
    }
mt-ann-skip = ➡️ ብዘይ ትርጉም ቀጽል
mt-ann-translations-title = 🤖 ትርጉማት ማሽን፦
mt-ann-ask-correct = ✏️ ሓደ ቋንቋ ንምእራም፡ ጠውቕዎ እሞ ዝተኣረመ ጽሑፍ ስደዱ። ኩሉ ጽቡቕ እንተኾይኑ፡ «ተወዲኡ» ጠውቑ።
mt-ann-corrections-done = ✅ ተወዲኡ
mt-ann-ask-correction = ✏️ በጃኹም ነቲ ዝተኣረመ ጽሑፍ በዚ ቋንቋ ስደድዎ፦ { $language }።
mt-ann-original-gone = 🤷 ይቕሬታ፡ እዚ መልእኽቲ ደጊም ክርአ ኣይክእልን።
mt-ann-stats-title = 🌍 ትርጉም ማሽን
mt-ann-stats-usage = { $provider } · ፊደላት ናይዚ ወርሒ፦ { $chars }
mt-ann-stats-usage-budget = { $provider } · ፊደላት ናይዚ ወርሒ፦ { $chars } ካብ { $budget }
mt-ann-privacy-translation = 🌍 ትርጉም፦ ንኹሉ ዝተጻሕፉ ዕድላትን መግለጺታትን፡ ብቋንቋኹም ክተንብብዎም ምእንቲ፡ ናብ ኣገልግሎት ትርጉም { $provider } ይለኣኹ። እዞም ጽሑፋት ጥራይ እዮም ዝለኣኹ፡ ስምኩም፡ መልእኽትታትኩም ወይ ምዝገባታትኩም ፈጺሙ ኣይለኣኹን።
mt-ann-privacy-no-translation = 🌍 ትርጉም፦ እዚ ቦት ዝኾነ ኣገልግሎት ትርጉም ማሽን ኣይጥቀምን። ካብ ሓበሬታኹም ሓንቲ እኳ ናብ ከምኡ ዝበለ ኣገልግሎት ኣይትለኣኽን።
## feeds and the public page
feeds-calendar-name = Treffpunkt: ዕድላት
feeds-signup-line = ብቴሌግራም ተመዝገብ: { $url }
feeds-subscribe = 📅 ነዚ ዓውደ-ኣዋርሕ ተኸታተል
feeds-inventory-button = 📋 ዝርዝር ዕድላት (CSV)
feeds-inventory-caption = 📋 ኩሎም ዝመጹ ዕድላት፡ ነፍሲ ወከፍ ኣብ ሓደ መስመር – ንኣብነት ንናይ ክፍለ ሃገር ዳታቤዝ።
page-title = እንታይ ኣሎ? – Treffpunkt
page-heading = እንታይ ኣሎ?
page-intro = ኣብ ከተማኻ ዘለዉ ዕድላት፡ ምስ ሰባት ተላለ፡ ተምሃር፡ ስፖርት ግበር። ምዝገባ ብቴሌግራም እዩ።
page-languages = ቋንቋ
page-filter-category = ኣርእስቲ
page-filter-district = ከባቢ
page-filter-date = መዓልቲ
page-filter-all = ኩሉ
page-filter-any-day = ኩለን ዝመጻ መዓልትታት
page-filter-submit = ኣርኢ
page-subscribe = 📅 ነዞም ዕድላት ኣብ ናትካ ዓውደ-ኣዋርሕ ተኸታተሎም
page-empty = ሕጂ ነዚ ዝኸውን ዋላ ሓንቲ ኣይረኸብናን። ካልእ መጻረዪ ፈትን።
page-organizer = ኣዳላዊ: { $organization }
page-signup = ✍️ ብቴሌግራም ተመዝገብ
page-open = 📲 ብቴሌግራም ክፈት
page-more =
    { $count ->
        [one] … ከምኡውን ሓደ ካልእ ግዜ። ንምርኣዩ መዓልቲ ወይ ኣርእስቲ ምረጽ።
       *[other] … ከምኡውን { $count } ካልኦት ግዜያት። ንምርኣዮም መዓልቲ ወይ ኣርእስቲ ምረጽ።
    }
## offers: machine translation
mt-offer-translated = 🤖 ብማሽን ዝተገብሩ ትርጉማት። በጃኹም ኣንብቡዎም፤ ሓደ ንምእራም ኣብ ታሕቲ ቋንቋኡ ጠውቑ።
mt-offer-grid-legend = ✅ ብኢድ · 🤖 ብማሽን ዝተተርጎመ (ንምእራም ጠውቑ) · ✏️ ርኣዩ፦ እቲ ናይ መጀመርታ ጽሑፍ ተቐይሩ · ➕ ገና የለን
mt-offer-preview-machine = 🤖 ብማሽን ዝተተርጎሙ ቋንቋታት፦ { $count }
mt-offer-refresh-failed = ⚠️ እዞም ብማሽን ዝተገብሩ ትርጉማት ክሕደሱ ኣይከኣሉን፡ ስለዚ ሕጂ ተሓቢኦም ኣለዉ፦ { $languages }። ባዕሎም ደጊሞም ክውሰኹ እዮም።
mt-offer-show-translation = 🌍 ብቋንቋይ ኣርኢ
## schedule import (issue 16)
command-import = ካብ ፋይል መደባት ኣእቱ (CSV፡ Excel፡ ዓውደ-ኣዋርሕ)
audit-action-import-applied = 📥 መደብ ግዜ ኣትዩ
audit-action-import-calendar-set = 📅 ዝተመዝገበ ዓውደ-ኣዋርሕ ተወሲኹ
import-intro =
    📥 ብዙሕ ዕለታት ብሓንሳብ ኣእቱ፦ ፋይል CSV ወይ Excel (ቅጥዒ ኣብ ታሕቲ ኣሎ) ወይ ፋይል ዓውደ-ኣዋርሕ (.ics) ካብ Nextcloud፡ Outlook ወይ Google ስደደለይ። ክሳብ { $mb } MB ከምኡውን { $rows } መስመራት። መጀመርታ ቅድመ-ምርኣይ ትርኢ፤ ክሳብ ተረጋግጽ ዋላ ሓንቲ ኣይዕቀብን።

    ነታ ሓንቲ ፋይል ደጊምካ ምእታው ዋላ ሓንቲ ኣይቕይርን። ዝተቐየረ መስመር መደቡ የሐድስ፡ ኩሎም ዝተመዝገቡ ድማ ሓድሽ ግዜ ወይ ቦታ ይሕበሩ።
import-columns-title = <b>ዓምድታት ናይ ቅጥዒ</b>
import-column-id = ናትካ ቁጽሪ ንመስመር (ሓልዎ፦ ሓድሽ ምእታው ብእኡ ነቲ መደብ ይረኽቦ)
import-column-title = ኣርእስቲ ብ{ $language }
import-column-summary = ሓጺር መግለጺ ብ{ $language }
import-column-category = ኣርእስቲ ጉዳይ፡ ንኣብነት Sport፡ Beratung፡ Kinder & Familie (ባዶ፦ ንብዘሎ ፋይል ሓደ ትመርጽ)
import-column-district = ከባቢ (ባዶ፦ ንብዘሎ ፋይል ሓደ ትመርጽ)
import-column-address = ኣድራሻ ናይቲ ቦታ
import-column-online = ናይ ኢንተርነት ሊንክ (https://…) ንመደባት ኣብ ኢንተርነት
import-column-start = መጀመሪ፡ ንኣብነት 05.12.2026 15:00 ወይ 2026-12-05 15:00 (ግዜ በርሊን)
import-column-end = መወዳእታ፦ ሰዓት (17:00) ወይ ዕለትን ሰዓትን
import-column-length = ወይ ንውሓት፦ 90፡ 1:30 ወይ 2 h
import-column-repeats = ሰሙናዊ፡ ኣብ ክልተ ሰሙን ወይ ወርሓዊ (ባዶ፦ ሓንሳብ)
import-column-until = ናይ መወዳእታ ዕለት ናይቲ ተኸታታሊ፡ ንኣብነት 31.03.2027
import-column-seats = ቦታታት ንነፍሲ ወከፍ ዕለት (ባዶ፦ ምዝገባ ኣየድልን)
import-column-ages = ዕድመ፡ ንኣብነት 12-17 ወይ 60-
import-column-cost = ዋጋ፡ ንኣብነት 2 € (ባዶ፦ ብነጻ)
import-column-languages = ዝዝረባ ቋንቋታት፡ ንኣብነት de, ar, uk
import-column-accessibility = ተበጻሕነት፡ ንኣብነት ብዘይ መሳልል
import-column-contact = ከመይ ጌርካ ንኣዳለውቲ ትረኽቦም
import-template-csv = 📄 ቅጥዒ ብCSV (ን Excel)
import-template-xlsx = 📊 ቅጥዒ ከም ፋይል Excel፡ ምስ መግለጺ ዓምድታት
import-sheet-offers = መደባት
import-sheet-columns = ዓምድታት
import-reading = 📥 ነታ ፋይል የንብባ ኣለኹ…
import-file-too-big = 😕 እዛ ፋይል ኣዝያ ዓባይ እያ። ክሳብ { $mb } MB ዝኾና ፋይላት ከንብብ እኽእል።
import-file-too-many-rows = 😕 እዛ ፋይል ካብ { $rows } ንላዕሊ መስመራት ኣለዋ። በጃኻ ናብ ንኣሽቱ ፋይላት ምቐላ።
import-file-unreadable = 😕 ነዛ ፋይል ከንብባ ኣይከኣልኩን። በጃኻ ከም CSV፡ Excel (.xlsx) ወይ ዓውደ-ኣዋርሕ (.ics) ደጊምካ ዕቀባ እሞ ስደዳ።
import-file-no-header = 😕 ኣስማት ዓምድታት ኣይረኸብኩን። እቲ ቀዳማይ መስመር እንተወሓደ ዓምዲ ኣርእስትን መጀመርን ክህልዎ ኣለዎ፡ ከም ኣብቲ ቅጥዒ (/import)።
import-file-unknown-type = ፋይላት CSV፡ Excel (.xlsx) ከምኡውን ዓውደ-ኣዋርሕ (.ics) ከእቱ እኽእል። /import ቅጥዒ ይሰደልካ።
import-file-empty = 😕 እዛ ፋይል ባዶ እያ።
import-ask-category = ገለ ዕለታት ኣርእስቲ ጉዳይ የብሎምን። ኣየናይ ይወሃቦም?
import-ask-district = ዕለታት ናይዛ ፋይል ናይ ኣየናይ ከባቢ እዮም?
import-district-none = 🌐 ብዘይ ከባቢ (ብዘላ ከተማ ወይ ብኢንተርነት)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 ሓድሽ
       *[other] { $count } ሓደስቲ
    }
import-count-changed =
    { $count ->
        [one] 1 ተቐዪሩ
       *[other] { $count } ተቐዪሮም
    }
import-count-unchanged =
    { $count ->
        [one] 1 ከምዘሎ
       *[other] { $count } ከምዘለዉ
    }
import-count-cancelled =
    { $count ->
        [one] 1 ተሰሪዙ (ኣብ ፋይል የለን)
       *[other] { $count } ተሰሪዞም (ኣብ ፋይል የለዉን)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ 1 መስመር ክኣቱ ኣይክእልን፦
       *[other] ⚠️ { $count } መስመራት ክኣትዋ ኣይክእላን፦
    }
import-row-error = መስመር { $row }፦ { $reason }
import-more-errors =
    { $count ->
        [one] … ከምኡውን 1 ካልእ
       *[other] … ከምኡውን { $count } ካልኦት
    }
import-preview-question = ሕጂ ይእቶ? እቶም ካልኦት መስመራት ይኣትዉ፡ እቶም ኣብ ላዕሊ ዘለዉ ይሕደጉ።
import-nothing-to-do = ዝኣቱ የለን፦ ኩሉ ሓድሽ እዩ።
import-confirm = ✅ ኣእቱ
import-done = ✅ ኣትዩ።
import-awaiting-approval =
    { $count ->
        [one] 1 መደብ ፍቓድ ከተማ ይጽበ ኣሎ።
       *[other] { $count } መደባት ፍቓድ ከተማ ይጽበዩ ኣለዉ።
    }
import-notified =
    { $count ->
        [one] 1 ዝተመዝገበ ሰብ ብዛዕባ እቲ ለውጢ ተሓቢሩ።
       *[other] { $count } ዝተመዝገቡ ሰባት ብዛዕባ እቲ ለውጢ ተሓቢሮም።
    }
import-left-out =
    { $count ->
        [one] 1 መስመር ተሓዲጉ (ኣብ ላዕሊ ርአ)።
       *[other] { $count } መስመራት ተሓዲገን (ኣብ ላዕሊ ርአ)።
    }
import-cancelled = ምእታው ተሰሪዙ። ዋላ ሓንቲ ኣይተዓቀበን።
import-timeout = ንሓደ እዋን ዋላ ሓንቲ ስለዘይተገብረ ምእታው ደው ኢሉ። ነታ ፋይል ጥራይ ደጊምካ ስደዳ።
import-reason-title-missing = ኣርእስቲ የለን
import-reason-title-too-long = ኣርእስቲ ኣዝዩ ነዊሕ እዩ (ክሳብ 200 ፊደላት)
import-reason-summary-too-long = መግለጺ ኣዝዩ ነዊሕ እዩ (ክሳብ 1000 ፊደላት)
import-reason-start-missing = መጀመሪ የለን
import-reason-date-format = ዕለት «{ $value }» ከንብብ ኣይክእልን (ጽሓፍ 05.12.2026 15:00)
import-reason-date-not-exist = ዕለት «{ $value }» የለን
import-reason-date-past = እቲ ዕለት ሓሊፉ እዩ
import-reason-end-before-start = መወዳእታ ቅድሚ መጀመሪ እዩ
import-reason-length-invalid = ንውሓት «{ $value }» ከንብብ ኣይክእልን (ጽሓፍ 90 ወይ 1:30)
import-reason-repeats-unknown = ድግግም «{ $value }» ኣይፈልጦን (ሰሙናዊ፡ ኣብ ክልተ ሰሙን፡ ወርሓዊ)
import-reason-until-before-start = እቲ ተኸታታሊ («{ $value }») ቅድሚ ምጅማሩ ይውዳእ
import-reason-seats-invalid = ቦታታት «{ $value }» ቁጽሪ ኣይኮነን
import-reason-ages-invalid = ዕድመ «{ $value }» ከንብብ ኣይክእልን (ጽሓፍ 12-17 ወይ 60-)
import-reason-languages-invalid = ቋንቋታት «{ $value }» ከንብብ ኣይክእልን (ጽሓፍ de, ar)
import-reason-link-invalid = «{ $value }» ናይ ወብ ሊንክ ኣይኮነን (https://…)
import-reason-text-too-long = ሓደ ጽሑፍ ኣዝዩ ነዊሕ እዩ፦ «{ $value }»
import-reason-category-unknown = ኣርእስቲ ጉዳይ «{ $value }» ኣይፈልጦን
import-reason-category-missing = ኣርእስቲ ጉዳይ የለን
import-reason-district-unknown = ከባቢ «{ $value }» ኣይፈልጦን
import-reason-duplicate-id = መለለዪ «{ $value }» ኣብ ፋይል ክልተ ግዜ ኣሎ
import-reason-event-invalid = ነዚ ናይ ዓውደ-ኣዋርሕ መዝገብ ከንብቦ ኣይክእልን
import-reason-row-invalid = ካብዚ መስመር ቅቡል መደብ ኣይወጽእን
import-calendar-button = 📅 ዝተመዝገበ ዓውደ-ኣዋርሕ
import-calendar-none =
    📅 ክሳብ ሕጂ ዝተመዝገበ ዓውደ-ኣዋርሕ የለን።

    ትካልኩም ዕለታቱ ኣብ Nextcloud፡ Outlook ወይ Google Calendar ድዩ ዝሕዞ? ህዝባዊ ኣድራሻ ናይቲ ዓውደ-ኣዋርሕ ሃበኒ (iCalendar፡ ብ.ics ዝውዳእ)፦ ኣብ ነፍሲ ወከፍ ሰዓት ይርእዮ፡ ሓደስቲ ዕለታት እውስኽ፡ ዝተቐየሩ የሐድስ፡ ዝተደምሰሱ ድማ እሰርዝ፡ ኩሎም ዝተመዝገቡ ድማ ይሕበሩ።
import-calendar-current =
    📅 ዝተመዝገበ ዓውደ-ኣዋርሕ፦
    { $url }

    ናይ መወዳእታ ምርመራ፦ { $checked }
import-calendar-never = ገና
import-calendar-failing =
    { $count ->
        [one] ⚠️ እቲ ናይ መወዳእታ ምርመራ ኣይሰለጠን።
       *[other] ⚠️ እቶም ናይ መወዳእታ { $count } ምርመራታት ኣይሰለጡን።
    }
import-calendar-set = 🔗 ኣድራሻ ኣእቱ
import-calendar-remove = 🗑 ኣልግስ
import-calendar-ask-url = ህዝባዊ ኣድራሻ ናይቲ ዓውደ-ኣዋርሕ ስደደለይ (ብ https:// ይጅምር)።
import-calendar-url-hint = እዚ ናይ ወብ ኣድራሻ ኣይኮነን። ብ https:// (ወይ http://) ይጅምር።
import-calendar-saved = ✅ ተዓቂቡ። ኣብ ውሽጢ ሓደ ሰዓት ነቲ ዓውደ-ኣዋርሕ ክርእዮ እየ፡ ድሕሪኡ ኣብ ነፍሲ ወከፍ ሰዓት።
import-calendar-removed = 🗑 ዓውደ-ኣዋርሕ ተኣልዩ። እቶም ዝኣተዉ መደባት ይተርፉ።
import-calendar-failing-notice =
    ⚠️ ካብ ሓንቲ መዓልቲ ጀሚረ ነቲ ዝተመዝገበ ዓውደ-ኣዋርሕኩም ከንብቦ ኣይከኣልኩን፦
    { $url }
    በጃኹም እቲ ኣድራሻ ገና ይሰርሕን ህዝባዊ ድዩ ኣረጋግጹ። ምፍታን እቕጽል ኣለኹ።

## schedule import, follow-ups
import-calendar-url-private = 🚫 ነዚ ኣድራሻ ክጥቀመሉ ኣይክእልን፦ { $host } ኣብ ህዝባዊ ኢንተርነት ኣይኮነን (ከባቢያዊ፡ ብሕታዊ ወይ ውሽጣዊ ኣድራሻ እዩ)። በጃኹም ነቲ ህዝባዊ ኣድራሻ ዓውደ-ኣዋርሕ፡ ከምቲ ኣፕ ዓውደ-ኣዋርሕኩም ኣብ ትሕቲ «ኣካፍል» ወይ «ህዝባዊ ሊንክ» ዘርእዮ ሃቡ፡ ከምኡ’ውን ደጊምኩም 🔗 ኣድራሻ ኣእቱ ጠውቑ።
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } ንፍቓድኩም ዝጽበ 1 መደብ ኣእትዩ። ኣብ /admin → 📝 ምፍቃድ ክትረኽብዎ ትኽእሉ።
       *[other] 📥 { $organization } ንፍቓድኩም ዝጽበዩ { $count } መደባት ኣእትዩ። ኣብ /admin → 📝 ምፍቃድ ክትረኽብዎም ትኽእሉ።
    }
import-admin-calendar = 📅 ዓውደ-ኣዋርሕ
import-admin-calendar-title = 📅 ናይ { $organization } ዝተመዝገበ ዓውደ-ኣዋርሕ
import-admin-calendar-none = ገና ዝተመዝገበ ዓውደ-ኣዋርሕ የለን። ብ 🔗 ኣድራሻ ኣእቱ ነቲ ህዝባዊ ኣድራሻ iCalendar ትህቡ፦ ኣብ ነፍሲ ወከፍ ሰዓት እርእዮ፡ ዕለታቱ ድማ ከም መደባት ናይዚ ትካል የእትዎ።

## ask the organiser (ask-)
ask-button = 💬 ሕቶ ሕተት
ask-menu = 💬 ሕተት
command-ask = 💬 ንከተማ ሕቶ ሕተት
command-linkgroup = 🔗 ነዛ ጉጅለ ንሕቶታት ነበርቲ ኣራኽባ (ኣብ ጉጅለ)
ask-prompt-offer = 💬 ብዛዕባ «{ $title }» ዘሎካ ሕቶ ናብቶም ዘዳልውዎ ሰባት ይበጽሕ።
ask-prompt-city = 💬 ሕቶኻ ናብ ጉጅለ ከተማ ይበጽሕ።
ask-prompt = በጃኻ ሕቶኻ ብሓደ መልእኽቲ፡ ብቋንቋኻ ጸሓፍ። ስእሊ ምስ ሕቶ ከም መግለጺ ስእሊ እውን ክትሰድድ ትኽእል ኢኻ።
ask-please-write = ✍️ በጃኻ ሕቶኻ ብጽሑፍ ጸሓፍ። ናይ ድምጺ መልእኽትታት ወይ ስቲከራት ከመሓላልፍ ኣይክእልን እየ።
ask-too-long = ✍️ እዚ ቁሩብ ነዊሕ እዩ። በጃኻ ካብ { $max } ፊደላት ንታሕቲ ግበሮ።
ask-share-name = 👤 እቲ ጉጅለ ቀዳማይ ስምካ ክርእዮ ይኽእል ድዩ? እንተዘይኮይኑ፡ «ነባሪ» ምስ ቁጽሪን ቋንቋኻን ጥራይ እዮም ዝርእዩ።
ask-share-name-no = 🙈 ኣይፋል፡ ብዘይ ስም ይጽናሕ
ask-share-name-yes = 👤 እወ፡ ቀዳማይ ስመይ ኣርኢ
ask-share-name-hint = በጃኻ ሓደ ካብቶም መልጎማት ጠውቕ።
ask-cancelled = ✖️ ሕራይ፡ ዝተላእከ ሕቶ የለን።
ask-timeout = ⏳ ንሓጺር ግዜ መልሲ ስለዘይመጸ ሕቶኻ ኣይተላእከን። ከም ብሓድሽ ጀምር።
ask-the-city = ከተማ
ask-sent =
    ✅ የቐንየልና! ሕቶኻ ናብ { $to } በጺሑ።
    { $days ->
        [one] ኣብ ውሽጢ ሓደ መዓልቲ ስራሕ መልሲ ክትጽበ ትኽእል ኢኻ።
       *[other] ኣብ ውሽጢ { $days } መዓልታት ስራሕ መልሲ ክትጽበ ትኽእል ኢኻ።
    } እቲ መልሲ ኣብዚ፡ ብቋንቋኻ ክመጽእ እዩ።
ask-resident = ነባሪ #{ $number } ({ $language })
ask-resident-named = ነባሪ #{ $number }፡ { $name } ({ $language })
ask-question-headline = ❓ ሕቶ ካብ { $resident }
ask-followup-headline = ↩️ ተወሳኺ መልእኽቲ ካብ { $resident }
ask-reminder-headline =
    ⏰ ድሕሪ { $days ->
        [one] ሓደ መዓልቲ ስራሕ
       *[other] { $days } መዓልታት ስራሕ
    } ገና ኣይተመለሰን: { $resident }
ask-about-offer = 📅 ብዛዕባ: { $title }
ask-about-organization = 🏢 ናብ: { $name }
ask-about-city = 🏛 ሓፈሻዊ ሕቶ ናብ ከተማ
ask-deleted = 🗑 ተደምሲሱ: እቲ ሰብ ሓበሬታኡ ደምሲሱ።
ask-not-translated = ⚠️ ኣይተተርጎመን (ብ { $language } ዝተጻሕፈ)።
ask-reply-hint = ↩️ ንምምላስ ነዚ መልእኽቲ መልሲ ሃብ። እቲ ሰብ መልስኻ ጥራይ እዩ ዝርኢ፡ ስምካ ኣይኮነን።
ask-done-button = ✅ ተወዲኡ
ask-block-button = 🚫 ሓታቲ ዕገት
ask-done-ok = ✅ ሕቶ #{ $number } ከም ዝተወድአ ተመልኪቱ።
ask-blocked-ok = 🚫 ነባሪ #{ $number } ደጊም ሕቶታት ክሰደልኩም ኣይክእልን።
ask-answer-from = 💬 መልሲ ካብ { $name }
ask-answer-from-city = 💬 መልሲ ካብ ከተማ
ask-answer-hint = ↩️ ነዚ መልእኽቲ መልሲ ክትህብ ወይ «መልሲ» ክትጠውቕ ትኽእል ኢኻ።
ask-reply-button = ↩️ መልሲ
ask-reply-prompt = ✍️ በጃኻ መልስኻ ብሓደ መልእኽቲ ጸሓፍ።
ask-followup-sent = ✅ መልስኻ ተመሓላሊፉ።
ask-answer-sent = ✅ መልስኻ ናብ ነባሪ #{ $number } ({ $language }) ይኸይድ።
ask-refused-not-staff = 🚫 መልስኻ ኣይተመሓላለፈን: ነዚ ሕቶ ክምልሶ ዝኽእል ጉጅለ እቲ ሕቶ ዝተላእኮ ትካል ጥራይ እዩ።
ask-refused-erased = 🗑 መልስኻ ንሓደ እኳ ኣይበጽሐን: እቲ ሰብ ሓበሬታኡ ደምሲሱ።
ask-answer-unreachable = 📭 መልስኻ ተዓቂቡ ኣሎ፡ ግን እቲ ሰብ ሕጂ ኣይርከብን: ነቲ ቦት ደው ኣቢልዎ።
ask-refused-not-asker = 🚫 እዚ ሕቶኻ ኣይኮነን፡ ስለዚ ዝተላእከ የለን።
ask-reply-unknown = 🤷 መልስኻ ኣይተመሓላለፈን: እዚ መልእኽቲ ናብዚ ቻት ዘመሓላለፍክዎ ሕቶ ኣይኮነን።
ask-linked-organization = 🔗 ተዛዚሙ! ሕቶታት ነበርቲ ናብ { $name } ሕጂ ናብዛ ጉጅለ ይመጹ፡ ናብ ቋንቋ እቲ ዘራኸባ ሰብ ተተርጊሞም። ንመልእኽተይ መልሲ ብምሃብ መልሱ።
ask-linked-city = 🔗 ተዛዚሙ! ሓፈሻዊ ሕቶታት ናብ ከተማ ሕጂ ናብዛ ጉጅለ ይመጹ። ንመልእኽተይ መልሲ ብምሃብ መልሱ።
ask-linkgroup-forbidden = 🚫 ጉጅለ ከራኽብ ዝኽእል ጉጅለ ሰራሕተኛታት ትካል (ወይ ኣመሓደርቲ ከተማ) ጥራይ እዩ።
ask-linkgroup-in-group = 🔗 ናብ ጉጅለ ቴሌግራም ናይ ጉጅለኹም ወስኹኒ እሞ ኣብኡ /linkgroup ስደዱ።
ask-stats-title = 💬 ሕቶታት ነበርቲ
ask-stats-row = { $name }: { $open } ክፉት፡ { $answered } ዝተመለሰ
error-ask-limit = ✋ መልሲ ዝጽበዩ ቁሩብ ሕቶታት ኣለዉኻ። በጃኻ ፈለማ ንዐኣቶም ተጸበ።
error-ask-blocked = 🚫 ይቕሬታ፡ ደጊም ኣብዚ ሕቶታት ክትሰድድ ኣይትኽእልን ኢኻ።
error-ask-empty = ✍️ በጃኻ ፈለማ ገለ ጸሓፍ።
error-ask-too-long = ✍️ እዚ ቁሩብ ነዊሕ እዩ። በጃኻ ሓጺር ጌርካ ጸሓፍ።
error-ask-gone = 🤷 እዚ ሕቶ ደጊም የለን።
audit-action-question-blocked = 🚫 ነባሪ ካብ ምሕታት ተዓጊቱ
audit-action-question-group-linked = 🔗 ጉጅለ ንሕቶታት ተራኺባ
ask-privacy = 💬 ሕቶታትካ: ኣብ ቦት ንሓደ ጉጅለ ሕቶ እንተሓቲትካ፡ ምስ መልስታት ድሕሪ እታ ናይ መወዳእታ መልእኽቲ ንመዓልታት { $days } ነቐምጦ፡ ድሕሪኡ ንድምስሶ። እቲ ጉጅለ ቁጽርን ቋንቋኻን ጥራይ እዩ ዝርኢ፡ ስምካ ኣይኮነን (ንስኻ እንተዘይኣፍቂድካ)።
ask-privacy-translated = 💬 ሕቶታትካ: ኣብ ቦት ንሓደ ጉጅለ ሕቶ እንተሓቲትካ፡ ምስ መልስታት ድሕሪ እታ ናይ መወዳእታ መልእኽቲ ንመዓልታት { $days } ነቐምጦ፡ ድሕሪኡ ንድምስሶ። እቲ ጉጅለ ቁጽርን ቋንቋኻን ጥራይ እዩ ዝርኢ፡ ስምካ ኣይኮነን (ንስኻ እንተዘይኣፍቂድካ)። ጽሑፋት ሕቶን መልስን ናብ ኣገልግሎት ትርጉም ይለኣኹ፡ ስምካ ወይ መለለዪ ቴሌግራምካ ግን ፈጺሙ ኣይለኣኽን።
command-replytime = ⏱ ጉጅለኹም ንሕቶታት ክሳብ ክንደይ ቀልጢፉ ከም ዝምልስ ወስኑ
ask-replytime-usage = ⏱ ጉጅለኹም ንሕቶታት ዝምልሰሉ ቁጽሪ መዓልታት ስራሕ ስደዱ፡ ንኣብነት /replytime 3 (ካብ 1 ክሳብ { $max })።
ask-replytime-set = ⏱ ተዛዚሙ: ንዝሓትዉ { $name } ኣብ ውሽጢ { $days } መዓልታት ስራሕ መልሲ ክጽበዩ ክንነግሮም ኢና።
