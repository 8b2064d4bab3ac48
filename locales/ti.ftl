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
fallback-not-understood = ይቕሬታ፣ እዚ ከንብቦ ኣይክእልን እየ። 🤔 ንምድላይ ሓንቲ ቃል ጽሓፉ፣ ንኣብነት «ኩዕሶ እግሪ»፣ ወይ ድማ «📅 ንጥፈታት» ጠውቑ።

## groups
groups-private-only = 👋 ኣብ ብሕታዊ ቻት ጥራይ እየ ዝሰርሕ። በጃኹም ብቐጥታ ጽሓፉለይ፦ { $botUsername }

## errors
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
