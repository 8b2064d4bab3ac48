## language
# The language's own name in its own script, shown on the language buttons.
language-name = Türkçe
language-choose = 🌍 Hangi dili istersin?
language-changed = ✅ Tamam! Bundan sonra sana Türkçe yazacağım.

## start
start-greeting =
    Merhaba { $firstName }! 👋
    Ben Treffpunkt. Şehrindeki spor, dil kafeleri ve danışmanlık gibi etkinlikleri bulmana ve bunlara kaydolmana yardım ediyorum.
start-link-welcome = 👋 Treffpunkt'a hoş geldin! Başka neler olduğunu görmek için aşağıdaki “📅 Etkinlikler” düğmesine dokun.
start-choose-language = 🌍 Lütfen dilini seç:

## help
help-intro = Yapabileceklerim şunlar:
command-offers = 📅 Etkinlik bul
command-start = 👋 Başla
command-language = 🌍 Dili değiştir
command-help = ❓ Yardım

## fallback
fallback-not-understood = Üzgünüm, bunu okuyamıyorum. 🤔 Aramak için bir kelime yaz, örneğin “futbol”, ya da “📅 Etkinlikler” düğmesine dokun.

## groups
groups-private-only = 👋 Sadece özel sohbette çalışıyorum. Lütfen bana doğrudan yaz: { $botUsername }

## errors
error-generic = 😕 Üzgünüm, bir şeyler ters gitti. Lütfen birazdan tekrar dene.
error-stale-button = ⌛ Bu düğme artık çalışmıyor. Lütfen /start gönder.
error-not-found = 🔍 Bunu bulamadım. Belki silinmiştir.
error-forbidden = 🚫 Üzgünüm, bunu yapma iznin yok.
error-invalid-input = ✋ Olmadı. Lütfen yazdıklarını kontrol edip tekrar dene.

## main menu
menu-offers = 📅 Etkinlikler
menu-language = 🌍 Dil
menu-help = ❓ Yardım

## offers
offers-title = 📅 Neler var? · Sayfa { $page }/{ $pages }
offers-filters-active = Filtreler: { $filters }
offers-none = 😕 Bu filtrelere uyan etkinlik yok. Başka filtreler dene.
offers-none-at-all = 😕 Şu an hiç etkinlik yok. Yakında tekrar bak.
offers-only-in =
    { $language ->
        [de] (sadece Almanca)
        [en] (sadece İngilizce)
       *[other] (henüz senin dilinde yok)
    }
offers-online = 💻 Online
offers-filter-category = 🏷 Kategori
offers-filter-district = 📍 Semt
offers-filter-when = 📅 Ne zaman
offers-filter-youth = 🧒 Gençler için
offers-filter-clear = ✖️ Filtreleri kaldır
offers-filter-all = 🔄 Hepsi
offers-choose-category = 🏷 Neyle ilgileniyorsun?
offers-choose-district = 📍 Hangi semt?
offers-choose-when = 📅 Ne zaman?
offers-when-today = Bugün
offers-when-week = Bu hafta
offers-when-months2 = Önümüzdeki 2 ay
offers-prev = ◀️ Geri
offers-next = İleri ▶️
offers-back = ◀️ Listeye dön
offers-share = 📤 Paylaş
offers-share-text = { $title } – Treffpunkt'ta
offers-unavailable = ⌛ Üzgünüm, bu etkinlik artık yok.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 { $until } tarihine kadar her hafta
offer-recurs-biweekly = 🔁 { $until } tarihine kadar iki haftada bir
offer-place = 📍 { $place }
offer-online-link = 💻 Online: { $url }
offer-cost-free = 💶 Ücretsiz
offer-cost = 💶 { $cost }
offer-ages-range = 👥 { $min }-{ $max } yaş arası
offer-ages-min = 👥 { $min } yaş ve üzeri
offer-ages-max = 👥 { $max } yaşa kadar
offer-languages = 🗣 Konuşulan diller: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ Kayıt gerekli · { $capacity } kişilik yer
       *[other] ✍️ Kayıt gerekli · { $capacity } kişilik yer
    }
offer-signup-needed-open = ✍️ Kayıt gerekli
offer-signup-not-needed = 🚪 Kayıt gerekmez, gelmen yeterli
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 “{ $query }” için bulduklarım:
search-none = 🔎 “{ $query }” için hiçbir şey bulamadım. Başka bir kelime dene ya da tüm etkinliklere bak.
search-too-short = 🔎 Aramak için en az 2 harf yaz.
search-all-offers = 📅 Tüm etkinlikler
