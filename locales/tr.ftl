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
fallback-not-understood = 🤔 Sadece yazılı mesajları okuyabiliyorum. Aramak için bir kelime yaz, örneğin “futbol”, ya da “📅 Etkinlikler” düğmesine dokun.

## groups
groups-private-only = 👋 Sadece özel sohbette çalışıyorum. Lütfen bana doğrudan yaz: { $botUsername }

## errors
rate-limited = 🐢 Bir anda çok fazla mesaj geldi. Lütfen birkaç saniye bekle ve tekrar dene.
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

## sign-up
signup-button = ✍️ Kaydol
signup-ask-seats = 🪑 “{ $title }” için kaç kişilik yer lazım? Bir sayıya dokun (en fazla { $max }).
signup-seats-hint = Lütfen 1 ile { $max } arasında bir sayıya dokun ya da vazgeçmek için /cancel gönder.
signup-ask-name = 📝 Listeye hangi isim yazılsın? Düğmeye dokun ya da başka bir isim yaz.
signup-name-hint = Lütfen bir isim yaz (karakter sınırı: { $max }) ya da düğmeye dokun. Vazgeçmek için /cancel gönder.
signup-ask-age =
    🎂 Bu etkinlik şu yaşlar için:
    { $range }
    Gelecek kişi kaç yaşında?
signup-age-adult = 🧔 18 ya da daha büyük
signup-ask-children = 👨‍👩‍👧 Kişi sayısı: { $seats }. Bunlardan kaçı çocuk?
signup-children-hint = Lütfen { $min } ile { $max } arasında bir sayıya dokun ya da vazgeçmek için /cancel gönder.
signup-age-mismatch =
    😕 Üzgünüm, bu etkinlik sadece şu yaşlar için:
    { $range }
signup-button-hint = Lütfen yukarıdaki düğmelerden birine dokun ya da vazgeçmek için /cancel gönder.
signup-consent = 🔒 Liste için adını, kaç kişilik yer istediğini ve sorulduysa yaş grubunu kaydediyoruz. Bunları sadece bu etkinliğin düzenleyicisi görür. Etkinlikten { $days } gün sonra bunları siliyoruz. Daha fazlası: /privacy
signup-consent-agree = ✅ Kabul ediyorum
signup-summary = 📋 Lütfen kontrol et:
signup-summary-seats =
    { $seats ->
        [one] 🪑 { $seats } kişilik yer
       *[other] 🪑 { $seats } kişilik yer
    }
signup-summary-name = 📝 İsim: { $name }
signup-summary-children = 👨‍👩‍👧 Çocuk sayısı: { $children }
signup-summary-fits = Yeterince boş yer var.
signup-summary-full = Şu an yer kalmadı: bekleme listesinde { $position }. sırada olacaksın.
signup-confirm = ✅ Şimdi kaydol
signup-cancel = ✖️ Vazgeç
signup-cancelled = Tamam, durdurdum. Hiçbir şey kaydedilmedi.
signup-timeout = ⌛ 30 dakikadan uzun ara verdin, bu yüzden kaydolma işlemini durdurdum. Baştan başlamak için tekrar “✍️ Kaydol” düğmesine dokunman yeterli.
signup-done-confirmed =
    { $seats ->
        [one] ✅ Kaydoldun! Yerin ayrıldı.
       *[other] ✅ Kaydoldun! { $seats } kişilik yerin ayrıldı.
    }
signup-done-waitlisted = ⏳ Şu an yer kalmadı. Bekleme listesinde { $position }. sıradasın. Bir yer boşalır boşalmaz seni kaydedip haber vereceğim.
signup-done-guardian = 👪 Az kaldı! 16 yaşından küçük olduğun için annenin ya da babanın onay vermesi gerekiyor. Lütfen bu bağlantıyı annene ya da babana gönder: { $link } — Yerini 48 saat boyunca senin için tutuyoruz.
signup-forward-link = 📤 Bağlantıyı gönder
signup-ics-caption = 📅 Tarihi takvimine kaydet.
signup-ics-description = Treffpunkt ile kayıt: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 Kayıtlarım
command-my = 🗓 Kayıtlarım
my-title = 🗓 Kayıtların
my-none = Yaklaşan bir kaydın yok. Bir şey bulmak için “📅 Etkinlikler” düğmesine dokun.
my-status-confirmed =
    { $seats ->
        [one] ✅ Kayıtlı · { $seats } kişilik yer
       *[other] ✅ Kayıtlı · { $seats } kişilik yer
    }
my-status-waitlisted = ⏳ Bekleme listesi, { $position }. sıra
my-status-pending = 👪 Anne ya da baba onayı bekleniyor
my-list-name = 📝 Listedeki isim: { $name }
my-ics = 📅 Takvim dosyası
my-cancel = ❌ Kaydımı iptal et
my-cancel-confirm = “{ $title }” kaydını gerçekten iptal etmek istiyor musun?
my-cancel-yes = ✅ Evet, iptal et
my-cancel-no = ◀️ Hayır, kalsın
my-cancelled = ✅ İptal edildi. Yerin artık başka biri için boş. Haber verdiğin için teşekkürler!
my-back = ◀️ Geri

## notices
notice-promoted = 🎉 Güzel haber! Bir yer boşaldı ve artık kaydın yapıldı:
notice-reminder = ⏰ Sana bir hatırlatma:
notice-still-coming = 🤔 Hâlâ geliyor musun?
notice-still-coming-yes = ✅ Evet, geliyorum
notice-still-coming-no = ❌ Hayır, gelemiyorum
still-coming-thanks = 👍 Harika, görüşmek üzere!
still-coming-freed = Haber verdiğin için teşekkürler. Yerin artık başka biri için boş.
notice-lapsed = ⌛ 48 saat içinde annenden ya da babandan onay gelmedi, bu yüzden yerin başka birine verildi. Tekrar kaydolabilirsin:
notice-guardian-confirmed = ✅ Annen ya da baban onay verdi. Kaydın tamam:
notice-guardian-declined = Annen ya da baban onay vermedi, bu yüzden şu etkinliğe kaydın yapılmadı:

## guardian
guardian-request = 👪 { $name } bu etkinliğe katılmak istiyor. { $name } 16 yaşından küçük olduğu için anne ya da babasının onayına ihtiyacımız var. Onaylıyor musunuz?
guardian-yes = ✅ Evet, onaylıyorum
guardian-no = ❌ Hayır
guardian-thanks-yes = ✅ Çok teşekkür ederiz! { $name } kaydedildi.
guardian-thanks-no = Peki. { $name } kaydedilmedi.

## input the bot cannot use
input-edited = ✏️ Mesajlarda yaptığın değişiklikleri göremiyorum. Lütfen yeni bir mesaj olarak tekrar gönder.
input-forwarded = 📨 İletilen mesajları okumuyorum. Lütfen cevabını kendin yaz ya da bir düğmeye dokun.

## privacy
command-privacy = 🔒 Gizlilik
privacy-notice =
    🔒 Treffpunkt'taki verilerin

    📦 Neleri kaydediyoruz: sana cevap verebilmek için Telegram ID'ni (bu bir sayıdır, telefon numaran değil), ayrıca adını, dilini ve duyuru ayarlarını. Kaydolduğunda listedeki ismi, yer sayısını ve yaş grubunu da kaydediyoruz. Telefon numarası, doğum günü ve sohbet mesajı kaydetmiyoruz; yalnızca düzenleyicilere gönderdiğiniz sorular saklanır.
    🎯 Neden: etkinlik bulabilmen, kaydolabilmen ve istediğin duyuruları alabilmen için.
    👀 Kim görür: bir etkinliğin düzenleyicisi o etkinliğin listesini görür. İstatistiklerde sadece sayılar var, asla isim yok.
    ⏳ Ne kadar süre: kayıtları etkinlikten { $days } gün sonra siliyoruz. Botu engellersen, { $blockedDays } gün sonra her şeyi siliyoruz.
    ✉️ Sorular: { $contact }

    Buradan verilerini indirebilir ya da silebilirsin.
privacy-no-contact = sana bu botu anlatan kurum
privacy-export-button = 📦 Verilerimi indir
privacy-export-caption = 📦 Treffpunkt'un senin hakkında kaydettiği her şey bu.
privacy-delete-button = 🗑 Verilerimi sil
privacy-delete-ask = 🗑 Tüm verilerini silmek istiyor musun? Adını, dilini ve ayarlarını sileceğiz.
privacy-delete-signups = 🎟 İptal edilecek kayıtlar: { $count }. Bu yerler bekleme listesindeki kişilere verilecek.
privacy-delete-final = Bu işlem geri alınamaz.
privacy-delete-yes = ⚠️ Evet, sil
privacy-delete-keep = ↩️ Hayır, verilerim kalsın
privacy-delete-last = ⚠️ Son soru: her şey şimdi silinsin mi?
privacy-delete-now = 🗑 Şimdi sil
privacy-delete-kept = 👍 Tamam. Hiçbir şey silinmedi.
privacy-delete-done = ✅ Tamam. Verilerin silindi. İptal edilen kayıtlar: { $count }. Bana tekrar yazarsan, sıfırdan başlarız.
privacy-delete-expired = ⌛ Bu sorunun süresi doldu. Verilerini silmek için lütfen /privacy ile yeniden başla.

## sign-up errors
error-offer-unavailable = ⌛ Üzgünüm, bu etkinlik artık yok.
error-signup-closed = ⌛ Bu tarih için kayıtlar kapandı.
error-signup-not-open = 🚪 Bu etkinlik için kayıt gerekmiyor. Gelmen yeterli!
error-signup-duplicate = ✅ Bu tarihe zaten kayıtlısın. Kaydını “🗓 Kayıtlarım” bölümünde görebilirsin.
error-signup-age-mismatch = 😕 Üzgünüm, bu etkinlik başka bir yaş grubu için.
error-signup-cancel-too-late = ⏰ Burada iptal etmek için artık çok geç. Lütfen düzenleyiciye doğrudan haber ver.
error-signup-not-found = 🔍 Bu kaydı artık bulamıyorum.
error-guardian-link-invalid = 🔗 Bu bağlantı artık çalışmıyor. Belki daha önce kullanıldı ya da etkinlik bitti.
error-guardian-self = 👪 Lütfen bu bağlantıyı annene ya da babana gönder. Onayı kendileri vermeli.

## subscriptions
menu-subscriptions = 🔔 Duyurular
command-subscriptions = 🔔 Duyuruları seç
command-stop = 🔕 Tüm duyuruları kapat
subscriptions-title = 🔔 Şehirden duyurular
subscriptions-intro = Hangi konularda haber almak istediğini seç. İşaretlemek ya da işareti kaldırmak için bir düğmeye dokun.
subscriptions-status-on = ✅ Duyurular açık. İşaretlediğin konularda haber alıyorsun.
subscriptions-status-empty = ☝️ Duyurular açık ama henüz hiçbir konu işaretli değil. Lütfen en az birini işaretle.
subscriptions-status-off = 🔕 Duyurular kapalı, yani hiç duyuru almıyorsun. Seçimlerin kayıtlı duruyor. Tekrar açmak için ilk düğmeyi işaretle.
subscriptions-switch = 🔔 Bana duyuru gönder
subscriptions-general = 📢 Şehirden genel haberler
subscriptions-digest = 🗞 Haftalık yeni etkinlik listesi
subscriptions-districts =
    { $count ->
        [0] 📍 Semtler: hepsi
        [one] 📍 Semtler: { $count } seçili
       *[other] 📍 Semtler: { $count } seçili
    }
subscriptions-districts-title = 📍 Hangi semtlerle ilgili haber almak istersin? Bir ya da birkaç semt işaretle ya da “Tüm semtler” düğmesine dokun.
subscriptions-districts-all = 🏙 Tüm semtler
subscriptions-back = ◀️ Geri
subscriptions-stopped = 🔕 Tamam. Artık duyuru almayacaksın ama seçimlerin kayıtlı duruyor. Tekrar açmak için /subscriptions gönder.
subscriptions-ask = 🔔 Şehirden duyuru almak ister misin (haberler, yeni etkinlikler)?
subscriptions-ask-yes = ✅ Evet, konuları seç
subscriptions-ask-no = ❌ Hayır, teşekkürler
subscriptions-ask-declined = 👍 Peki, duyuru yok. Fikrini değiştirirsen /subscriptions göndermen yeterli.
subscriptions-unsubscribe = 🔕 Bu konunun duyurularını kapat
subscriptions-unsubscribed = 🔕 Tamam. Artık “{ $topic }” hakkında duyuru almayacaksın. Seçimlerini değiştirmek için /subscriptions gönder.

## broadcast (staff)
broadcast-ask-text = ✏️ Lütfen duyurunun metnini gönder (karakter sınırı: { $max }). Kendi dilinde yaz; çevirileri sonra ekleyebilirsin.
broadcast-text-hint = Lütfen metni mesaj olarak gönder (karakter sınırı: { $max }) ya da vazgeçmek için /cancel gönder.
broadcast-ask-translations = 🌍 Çeviri eklemek ister misin? Bir dile ya da “Bitti” düğmesine dokun.
broadcast-ask-translation = ✏️ Lütfen metni şu dilde gönder: { $language }.
broadcast-translations-done = ✅ Bitti
broadcast-ask-audience = 👥 Kimlere gitsin?
broadcast-audience-subscribers = 📣 Bir konunun aboneleri
broadcast-audience-participants = ✅ Bir etkinliğin katılımcıları
broadcast-audience-waitlist = ⏳ Bir etkinliğin bekleme listesi
broadcast-topic-general = Şehirden genel haberler
broadcast-ask-topic = 🏷 Hangi konu?
broadcast-ask-districts = 📍 Hangi semtler? Seçmek için dokun, sonra “Bitti” düğmesine dokun.
broadcast-all-districts = Tüm semtler
broadcast-districts-done = ✅ Bitti
broadcast-ask-languages = 🌍 Hangi dillerdeki okurlara? Seçmek için dokun, sonra “Bitti”. Seçim yapmazsan herkese gider.
broadcast-all-languages = Tüm diller
broadcast-ask-offer = 📅 Etkinliğin hangi tarihi?
broadcast-ask-urgent = ⚠️ Acil mi? Acil mesajlar gece de gönderilir. Bunu sadece güvenlik uyarıları için kullan.
broadcast-normal = 🕊 Normal
broadcast-urgent = ⚠️ Acil (güvenlik uyarısı)
broadcast-ask-when = 🕒 Şimdi mi gönderelim? Ya da tarih ve saat yaz (Berlin saatiyle), örneğin “12.12. 17:00” ya da “2026-12-12 17:00”.
broadcast-now = 🚀 Şimdi gönder
broadcast-when-hint = Lütfen ileri bir tarih ve saat yaz, örneğin “12.12. 17:00”, ya da “Şimdi gönder” düğmesine dokun.
broadcast-ask-repeat = 🔁 Tekrarlansın mı?
broadcast-repeat-none = Sadece bir kez
broadcast-repeat-weekly = Her hafta, saat { $time }
broadcast-repeat-monthly = Her ayın { $day }. günü, saat { $time }
broadcast-preview-as = 👀 Önizleme: Dili { $language } olan biri bunu şöyle görür:
broadcast-confirm-question =
    { $count ->
        [one] 📬 Gönderim zamanı: { $date }. { $count } kişiye gidecek. Gönderilsin mi?
       *[other] 📬 Gönderim zamanı: { $date }. { $count } kişiye gidecek. Gönderilsin mi?
    }
broadcast-confirm = ✅ Evet, gönder
broadcast-saved = ✅ Kaydedildi. Planlandığı gibi gönderilecek.
broadcast-cancelled = Tamam, durdurdum. Hiçbir şey gönderilmedi.
broadcast-timeout = ⌛ 30 dakikadan fazla geçti, bu yüzden durdurdum. Yeniden başlamak için /broadcast gönder.
broadcast-list-title = 📣 Duyurular
broadcast-list-empty = Planlanmış bir şey yok.
broadcast-cancel-scheduled = ✖️ İptal et
broadcast-cancelled-scheduled = ✅ Duyuru iptal edildi.
broadcast-stats = #{ $id }: gönderildi: { $sent } · bekliyor: { $queued } · sabahı bekliyor: { $waitingForMorning } · başarısız: { $failed } · engellemiş: { $blocked }
broadcast-promote = 📣 Bu etkinliği duyur
announcement-open-offer = 📅 Etkinliği aç
error-announcement-not-editable = ⌛ Bu duyurunun gönderimi başladı ya da duyuru iptal edildi.
command-broadcast = 📣 Duyuru gönder (personel)
command-announcements = 📋 Duyurular (personel)

## digest
digest-title = 📰 Bu hafta yeni, tam sana göre:

## announcement editing (staff)
broadcast-edit = ✏️ Düzenle
broadcast-edit-what = ✏️ #{ $id } numaralı duyuruda neyi değiştirmek istiyorsun?
broadcast-edit-text = 📝 Metni
broadcast-edit-time = 🕒 Zamanı
broadcast-edit-ask-time = 🕒 Lütfen yeni tarihi ve saati yaz (Berlin saatiyle), örneğin “12.12. 17:00”.
broadcast-edit-saved = ✅ Kaydedildi.

## offer changes and approval
notice-offer-changed = 🔄 Kayıt olduğun etkinlik değişti. Yeni zaman ve yer:
notice-offer-before = Önceki: { $before }
notice-offer-cancelled = ❌ Maalesef bu etkinlik iptal edildi. Bir şey yapmana gerek yok:
notice-offer-pending = 📝 Yeni bir etkinlik onayını bekliyor:
notice-offer-approved = ✅ Etkinliğin onaylandı ve artık herkes görebiliyor:
notice-offer-rejected = ↩️ Etkinliğin henüz onaylanmadı. Lütfen nedenine bak ve değiştir:
notice-offer-reason = Neden: { $reason }

## staff offers
command-myoffers = 🗂 Etkinliklerimiz (personel)
staff-offers-title = 🗂 Kurumunun etkinlikleri
staff-offers-none = Henüz hiç etkinlik yok.
staff-offer-dates = 📅 Kimlerin kaydolduğunu görmek için bir tarih seç:
staff-offer-cancel = ❌ Bu etkinliği iptal et
staff-offer-cancel-confirm = “{ $title }” etkinliğini gerçekten iptal etmek istiyor musun? Kaydolan herkese haber verilecek.
staff-offer-cancel-yes = ✅ Evet, iptal et
staff-offer-cancelled =
    { $count ->
        [one] ✅ İptal edildi. { $count } kişiye haber verildi.
       *[other] ✅ İptal edildi. { $count } kişiye haber verildi.
    }
staff-participants-title = 👥 { $date } için kaydolanlar:
staff-participants-none = Henüz kimse kaydolmadı.
staff-participants-export = 📄 CSV olarak dışa aktar
staff-participants-csv-caption = 📄 Katılımcı listesi
staff-attendance-hint = Etkinlik başladıktan sonra kimlerin geldiğini işaretlemek için ✅ ya da ❌ düğmesine dokun.
staff-csv-name = İsim
staff-csv-seats = Yer
staff-csv-children = Çocuk
staff-csv-status = Durum
staff-csv-age = Yaş grubu
staff-csv-attendance = Katılım
staff-back = ◀️ Geri

## new offer (staff)
command-newoffer = ➕ Yeni etkinlik (personel)
staff-offer-reschedule = 🕒 Zamanı değiştir
newoffer-ask-title = ✏️ Etkinliğin adı ne? Başlığı { $language } olarak yaz. Karakter sınırı: { $max }.
newoffer-title-hint = Lütfen harf içeren bir başlık yaz (karakter sınırı: { $max }) ya da /cancel gönder.
newoffer-ask-summary = 📝 Etkinliği bir iki kısa cümleyle anlat (karakter sınırı: { $max }).
newoffer-summary-hint = Lütfen kısa bir açıklama yaz (karakter sınırı: { $max }) ya da /cancel gönder.
newoffer-ask-translations = 🌍 Çeviri eklemek ister misin? Bir dile ya da “Bitti” düğmesine dokun.
newoffer-ask-category = 🏷 En uygun konu hangisi?
newoffer-ask-district = 📍 Hangi semtte?
newoffer-no-district = 🌐 Semt yok (online ya da şehir genelinde)
newoffer-ask-place = 🏠 Nerede? Adresi yaz, 📎 ile konum paylaş ya da online bir bağlantı gönder (https://…).
newoffer-place-hint = Lütfen bir adres yaz, konum paylaş ya da https:// ile başlayan bir bağlantı gönder.
newoffer-ask-start = 🕒 Ne zaman başlıyor? Tarih ve saati yaz (Berlin saatiyle), örneğin “12.12. 17:00” ya da “2026-12-12 17:00”.
newoffer-start-hint = Lütfen ileri bir tarih ve saat yaz, örneğin “12.12. 17:00”, ya da /cancel gönder.
newoffer-ask-length = ⏱ Ne kadar sürüyor?
newoffer-length = { $hours } saat
newoffer-ask-repeat = 🔁 Tekrarlanıyor mu?
newoffer-repeat-weekly = Her hafta
newoffer-repeat-biweekly = İki haftada bir
newoffer-ask-until = 📆 Ne zamana kadar? Son tarihi yaz, örneğin “31.01.”.
newoffer-until-hint = Lütfen başlangıçtan sonraki bir tarih yaz, örneğin “31.01.”.
newoffer-ask-signup = ✍️ Kayıt gerekli mi? Kaç kişilik yer olduğunu seç, başka bir sayı yaz ya da “Kayıt gerekmez” düğmesine dokun.
newoffer-no-signup = 🚪 Kayıt gerekmez
newoffer-seats = { $seats } kişilik
newoffer-seats-hint = Lütfen bir düğmeye dokun ya da kaç kişilik yer olduğunu yaz.
newoffer-ask-ages = 👥 Hangi yaşlar için? Bir düğmeye dokun ya da “12-17” gibi bir yaş aralığı yaz (60 ve üzeri için “60-”).
newoffer-ages-all = Herkes
newoffer-ages-youth = 12–17
newoffer-ages-children = Çocuklar 6–11
newoffer-ages-seniors = 60 ve üzeri
newoffer-ages-hint = Lütfen bir düğmeye dokun ya da “12-17” gibi bir yaş aralığı yaz.
newoffer-ask-cost = 💶 Ücretsiz mi? “Ücretsiz” düğmesine dokun ya da fiyatı yaz (örneğin “2 €”).
newoffer-cost-hint = Lütfen “Ücretsiz” düğmesine dokun ya da fiyatı yaz.
newoffer-languages = 🌍 Metni olan diller: { $count }
newoffer-preview = 👀 Lütfen etkinliğini kontrol et:
newoffer-save-draft = 💾 Taslak olarak kaydet
newoffer-publish = 🚀 Yayınla
newoffer-saved-draft = 💾 Taslak olarak kaydedildi.
newoffer-saved-pending-approval = ⏳ Onaya gönderildi. İncelenir incelenmez sana mesaj gelecek.
newoffer-saved-published = 🚀 Yayınlandı! Artık herkes bulabilir.
newoffer-cancelled = Tamam, durdurdum. Hiçbir şey kaydedilmedi.
newoffer-timeout = ⌛ 30 dakikadan fazla geçti, bu yüzden durdurdum. Hiçbir şey kaydedilmedi.
newoffer-no-organization = 🏢 Henüz bir kuruma bağlı değilsin. Lütfen bir yöneticiden davet bağlantısı iste.
newoffer-rescheduled =
    { $count ->
        [one] ✅ Zaman değişti. { $count } kişiye haber verildi.
       *[other] ✅ Zaman değişti. { $count } kişiye haber verildi.
    }

newoffer-ask-max-seats = 🪑 Bir kişi en fazla kaç kişilik yer ayırabilir (örneğin çocukları için)?
newoffer-ask-deadline = ⏰ Kayıt ve iptal ne zamana kadar yapılabilir?
newoffer-deadline-start = Kayıt başlangıca kadar, iptal 3 saat öncesine kadar
newoffer-deadline-day = Kayıt ve iptal 1 gün öncesine kadar
newoffer-deadline-week = Kayıt 1 hafta öncesine, iptal 1 gün öncesine kadar
newoffer-ask-spoken = 🗣 Orada hangi diller konuşuluyor? Seçmek için dokun, sonra “Bitti” düğmesine dokun.
staff-offer-edit = ✏️ Düzenle
newoffer-save-changes = 💾 Değişiklikleri kaydet
newoffer-edited =
    { $count ->
        [0] ✅ Kaydedildi.
        [one] ✅ Kaydedildi. Yeni zaman ya da yer { $count } kişiye bildirildi.
       *[other] ✅ Kaydedildi. Yeni zaman ya da yer { $count } kişiye bildirildi.
    }

## stats (admins)
command-stats = 📊 İstatistikler (yöneticiler)
stats-title = 📊 { $month } istatistikleri (isimsiz)
stats-users = 👥 Dile göre kişi sayısı
stats-by-category = 🏷 Konuya göre
stats-by-offer = 📅 Etkinliğe göre
stats-line = kayıt: { $signups }, yer: { $seats }, gelen: { $present }, gelmeyen: { $absent }
stats-hint = Başka bir ay için: /stats 2026-11

## admin
command-admin = 🛠 Yönetim (yöneticiler)
admin-menu-title = 🛠 Yönetim
admin-menu-text = Neyi yönetmek istiyorsun?
admin-organizations = 🏢 Kurumlar
admin-approvals = 📝 Onaylar
admin-audit = 📜 İşlem kaydı
admin-back = ◀️ Geri
admin-organizations-title = 🏢 Kurumlar
admin-organizations-none = Henüz hiç kurum yok.
admin-organization-new = ➕ Yeni kurum
admin-organization-staff-count =
    { $count ->
        [one] { $count } ekip üyesi
       *[other] { $count } ekip üyesi
    }
admin-organization-trusted-on = ✅ Güvenilir
admin-organization-trusted-off = ⬜ Güvenilir
admin-organization-trusted-hint = Güvenilir kurumlar etkinliklerini onay beklemeden yayınlar.
admin-organization-ask-name = 🏢 Yeni kurumun adı ne? (karakter sınırı: { $max })
admin-organization-name-hint = Lütfen adı mesaj olarak gönder (karakter sayısı: 1–{ $max }) ya da vazgeçmek için /cancel gönder.
admin-organization-created = ✅ “{ $name }” oluşturuldu. Ekibe birilerini davet etmek için kurumu aç.
admin-invite = ➕ Ekibe davet et
admin-invite-link = 🔗 { $organization } için davet. Bağlantı yalnızca bir kez ve { $date } tarihine kadar çalışır. Ekibe katılacak kişiye gönder:
admin-invite-share = 📤 Bağlantıyı paylaş
admin-invite-share-text = Treffpunkt'ta { $organization } ekibine katılma davetin
admin-staff = 👥 Ekip
admin-staff-title = 👥 { $organization } ekibi
admin-staff-none = Henüz kimse yok. “➕ Ekibe davet et” ile birini davet et.
admin-staff-revoke = 🚫 Ekipten çıkar: { $name }
admin-staff-revoked = ✅ { $name } artık ekipte değil.
admin-approvals-title = 📝 Onay bekleyenler
admin-approvals-none = Onay bekleyen bir şey yok.
admin-approve = ✅ Onayla
admin-reject = ↩️ Geri gönder
admin-approved = ✅ Onaylandı ve yayınlandı.
admin-reject-ask-reason = ↩️ “{ $title }” neden henüz onaylanmıyor? Lütfen kurum için nedenini yaz (karakter sınırı: { $max }).
admin-reject-reason-hint = Lütfen nedeni mesaj olarak yaz (karakter sayısı: 1–{ $max }) ya da vazgeçmek için /cancel gönder.
admin-rejected = ↩️ Yazdığın nedenle birlikte kuruma geri gönderildi.
admin-audit-title = 📜 İşlem kaydı, sayfa { $page }
admin-audit-empty = Henüz kayıt yok.
admin-audit-actor = #{ $userId } tarafından
admin-audit-system = sistem tarafından
admin-cancelled = Tamam, durdurdum. Hiçbir şey değiştirilmedi.
admin-timeout = ⌛ 30 dakikadan fazla geçti, bu yüzden durdurdum. Hiçbir şey değiştirilmedi.
staff-welcome = 🎉 { $organization } ekibine hoş geldin! Artık kurumun etkinliklerini oluşturup yönetebilirsin. Araçlarını görmek için /help gönder.
error-invitation-invalid = 🔗 Bu davet bağlantısı çalışmıyor. Lütfen yeni bir bağlantı iste.
error-invitation-used = 🔗 Bu davet bağlantısı daha önce kullanılmış. Lütfen yeni bir bağlantı iste.
error-invitation-expired = ⌛ Bu davet bağlantısının süresi dolmuş. Lütfen yeni bir bağlantı iste.
error-organization-exists = 🏢 Bu adla bir kurum zaten var. Lütfen başka bir ad gönder.
error-offer-not-pending = ⌛ Bu etkinlik artık onay beklemiyor.

## admins and audit
signup-age-under = 👧 { $age } yaşından küçük
signup-age-teen = 🧑 { $age }-{ $last } yaş
signup-ask-age-any =
    🎂 Gelecek kişi kaç yaşında?
    { $age } yaşından küçükse kaydı bir ebeveyn ya da veli onaylar.
signup-ask-adult = 🔞 Bu etkinlik yetişkinler için. Lütfen gelecek kişinin { $age } yaşında ya da daha büyük olduğunu onayla.
signup-adult-confirm = ✅ Evet, { $age } ya da daha büyük
admin-admins = 👑 Yöneticiler
admin-admins-title = 👑 Yöneticiler
admin-admins-text = Yöneticiler tüm kurumları yönetir, etkinlikleri ve duyuruları onaylar ve işlem kaydını okur. Sunucu ayarlarındaki yöneticiler burada çıkarılamaz; kimse kendi yöneticiliğini de kaldıramaz: bunu başka bir yönetici yapar.
admin-admins-none = Henüz yönetici yok.
admin-admin-configured = sunucu ayarları
admin-staff-admin-mark = 👑 yönetici
admin-staff-make-admin = 👑 { $name } yönetici olsun
admin-staff-take-admin = ➖ Yöneticiliği kaldır: { $name }
admin-admin-granted = 👑 { $name } artık yönetici.
admin-admin-revoked = ✅ { $name } artık yönetici değil.
error-admin-self = 🙅 Kendi yöneticiliğini kaldıramazsın. Bunu başka bir yönetici yapabilir.
error-admin-configured = 🔒 Bu yönetici sunucu ayarlarından geliyor, botta çıkarılamaz.
admin-audit-filter = 🏢 Kuruma göre
admin-audit-filter-title = 🏢 Hangi kurumun kayıtlarını görmek istersin?
admin-audit-filter-all = 📜 Tüm kayıtlar
admin-audit-title-org = 📜 İşlem kaydı · { $organization }, sayfa { $page }
audit-who-system = Sistem
audit-who-admin = Yönetici #{ $id }
audit-who-staff = Ekip üyesi #{ $id } · { $organization }
audit-who-staff-alone = Ekip üyesi #{ $id }
audit-who-resident = Sakin #{ $id }
audit-who-user = Kullanıcı #{ $id }
audit-target-user = kişi #{ $id }
audit-action-other = Başka bir işlem ({ $action })
audit-action-access-denied = 🚫 Reddedildi: { $action }
audit-action-offer-created = 📝 Etkinlik kaydedildi
audit-action-offer-edited = ✏️ Etkinlik düzenlendi
audit-action-offer-submitted = 📨 Etkinlik onaya gönderildi
audit-action-offer-published = 📢 Etkinlik yayınlandı
audit-action-offer-approved = ✅ Etkinlik onaylandı
audit-action-offer-rejected = ↩️ Etkinlik geri gönderildi
audit-action-offer-cancelled = ❌ Etkinlik iptal edildi
audit-action-offer-attendance = 🙋 Katılım işaretlendi
audit-action-participants-exported = 📄 Katılımcı listesi indirildi
audit-action-offer-revision-submitted = 📨 Etkinlik değişikliği onaya gönderildi
audit-action-offer-revision-approved = ✅ Etkinlik değişikliği onaylandı
audit-action-offer-revision-rejected = ↩️ Etkinlik değişikliği geri gönderildi
audit-action-announcement-created = 📣 Duyuru yazıldı
audit-action-announcement-approved = ✅ Duyuru onaylandı
audit-action-announcement-rejected = ↩️ Duyuru geri gönderildi
audit-action-announcement-edited = ✏️ Duyuru düzenlendi
audit-action-announcement-cancelled = ❌ Duyuru iptal edildi
audit-action-announcement-sent = 📬 Duyuru gönderildi
audit-action-organization-created = 🏢 Kurum oluşturuldu
audit-action-organization-edited = 🏢 Kurum değiştirildi
audit-action-staff-invited = 🔗 Ekibe davet edildi
audit-action-staff-joined = 👋 Ekibe katıldı
audit-action-staff-revoked = 🚫 Ekipten çıkarıldı
audit-action-admin-granted = 👑 Yönetici yapıldı
audit-action-admin-revoked = ➖ Yöneticilik kaldırıldı
audit-action-user-erased = 🗑 Kendi verilerini sildi
## offer revisions
revision-waiting-own = ✏️ Son değişikliğin onay bekliyor; herkes yukarıdaki sürümü görüyor.
revision-waits = ✏️ Teşekkürler! Yaptığın değişiklik şehir ekibinin onayını bekliyor. O zamana kadar herkes etkinliği eski hâliyle görür; karar verilir verilmez sana mesaj gelir.
revision-queue-title = ✏️ Yayındaki etkinliklerde değişiklikler
revision-open = ✏️ Değişiklik { $number }
revision-title = “{ $title }” için değişiklik
revision-proposed-by = Öneren: { $organization }, { $date }
revision-no-changes = Yayındaki sürümle artık hiçbir fark yok.
revision-more-changes = … ve bu mesaja sığmayan başka değişiklikler.
revision-was = önce:
revision-now = yeni:
revision-yes = evet
revision-no = hayır
revision-repeats-none = bir kez
revision-repeats-weekly = her hafta
revision-repeats-biweekly = iki haftada bir
revision-field-title = Başlık
revision-field-summary = Kısa açıklama
revision-field-details = Ayrıntılar
revision-field-accessibility = Erişilebilirlik
revision-field-category = Konu
revision-field-district = Semt
revision-field-address = Adres
revision-field-online = Çevrimiçi bağlantı
revision-field-starts = Başlangıç
revision-field-ends = Bitiş
revision-field-repeats = Tekrar
revision-field-until = Şu tarihe kadar tekrar
revision-field-cost = Ücret
revision-field-ages = Yaş
revision-field-signup = Kayıt gerekli
revision-field-capacity = Yer
revision-field-languages = Konuşulan diller
revision-field-rules = Kayıt kuralları (kayıt başına yer · kapanış · iptal süresi · hatırlatma, dakika olarak)
revision-approved = ✅ Değişiklik onaylandı ve yayınlandı.
revision-reject-ask-reason = ↩️ “{ $title }” için yapılan değişiklik neden onaylanmıyor? Lütfen kurum için nedenini yaz (en fazla karakter: { $max }).
revision-rejected = ↩️ Değişiklik yazdığın nedenle geri gönderildi. Yayındaki sürüm olduğu gibi kalıyor.
error-revision-not-pending = ⌛ Bu değişiklik artık onay beklemiyor.
notice-offer-revision-pending = ✏️ Yayındaki bir etkinlikte yapılan değişiklik onayını bekliyor:
notice-offer-revision-approved = ✅ Değişikliğin onaylandı ve artık herkes tarafından görülebiliyor:
notice-offer-revision-rejected = ↩️ Değişikliğin onaylanmadı, etkinlik eski hâliyle kalıyor. Lütfen nedenine bak:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 Alıcı sayısı: { $count }. Onayladığın anda gönderilecek. Gönderilsin mi?
broadcast-sending = 🚀 Duyuru şimdi gönderiliyor. Alıcı sayısı: { $count }. İlerlemeyi /announcements ile görebilirsin.
broadcast-time-passed = 🕒 Seçtiğin saat bu arada geçti. Lütfen saati yeniden seç; metin ve alıcılar korunuyor.
broadcast-stats-eta = ⏱ tahmini bitiş: { $time }
notice-announcement-report = 📣 #{ $id } numaralı duyurun gönderildi. Gönderildi: { $sent } · başarısız: { $failed } · botu engellemiş: { $blocked }
error-announcement-time-passed = 🕒 Seçilen saat geçti. Lütfen yeni bir saat seç.
## announcements for partners
broadcast-ask-as = 🏛 Bu duyuru kimin adına?
broadcast-as-city = Belediye
broadcast-picker-participants =
    👥 { $count ->
        [one] 1 kişi
       *[other] { $count } kişi
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] 1 kişi bekliyor
       *[other] { $count } kişi bekliyor
    }
broadcast-picker-previous = Önceki
broadcast-picker-next = Sonraki
broadcast-picker-empty = 📅 Kurumunuzun şu anda yaklaşan bir tarihi yok.
broadcast-confirm-urgent-night = Acil: Bu mesaj gece de, sessiz saatlerde bile ulaşır.
broadcast-saved-pending = ✅ Kaydedildi. Önce belediyeden bir yönetici inceleyecek; onaylandığında ya da geri gönderildiğinde size haber vereceğiz.
broadcast-list-pending = onay bekliyor
admin-announcement-approvals = 📣 Onay bekleyen duyurular
admin-announcement-approvals-title = 📣 Onay bekleyen duyurular
admin-announcement-approvals-none = Onay bekleyen duyuru yok.
admin-announcement-approved = ✅ Onaylandı. Planlandığı gibi gönderilecek.
admin-announcement-rejected = ↩️ Gerekçenizle birlikte yazarına geri gönderildi.
admin-announcement-reject-ask-reason = ↩️ #{ $id } numaralı duyuru neden onaylanmıyor? Lütfen yazarı için gerekçeyi yazın (en fazla karakter: { $max }).
notice-announcement-approved = ✅ Duyurunuz onaylandı ve planlandığı gibi gönderilecek:
notice-announcement-rejected = ↩️ Duyurunuz onaylanmadı ve gönderilmeyecek. Lütfen gerekçeye bakın:
notice-announcement-when = Planlanan zaman: { $date }
error-announcement-not-pending = ⌛ Bu duyuru artık onay beklemiyor.
notice-announcement-pending = 📣 Bir duyuru onayınızı bekliyor (/admin → 📣 Onay bekleyen duyurular):
## machine translation (shared)
translation-mark = 🤖 makine çevirisi
translation-show-original = 📄 Orijinali göster
translation-translate-all = 🌍 Tüm dillere çevir
translation-by-hand = ✍️ Hâlâ elle çeviri gerekiyor (çeviri hizmeti bu dilleri sunmuyor): { $languages }
translation-unavailable = ⚠️ Çeviri hizmetine şu anda ulaşılamıyor. Metniniz kaydedildi; çeviriler daha sonra kendiliğinden eklenecek.
translation-budget = ⚠️ Bu ayın makine çevirisi bütçesi doldu. Metniniz kaydedildi; isterseniz çevirileri elle ekleyin.
translation-invalid = ⚠️ Bu dillere makine çevirisi düzgün olmadı ve eklenmedi: { $languages }
translation-outdated = ✏️ Orijinal metin değişti. Lütfen kendi çevirilerinizi kontrol edin: { $languages }
translation-original-header = 📄 Orijinal ({ $language }):
translation-none-configured = Bu bot için makine çevirisi kurulmamış.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 Metnin okuyucularının kullandığı 1 dilde henüz yok. Çeviri hizmeti çevirsin mi? Sonucu kontrol edip düzeltebilirsin.
       *[other] 🌍 Metnin okuyucularının kullandığı { $count } dilde henüz yok. Çeviri hizmeti çevirsin mi? Her sonucu kontrol edip düzeltebilirsin.
    }
mt-ann-skip = ➡️ Çevirmeden devam et
mt-ann-translations-title = 🤖 Makine çevirileri:
mt-ann-ask-correct = ✏️ Bir dili düzeltmek için ona dokun ve düzeltilmiş metni gönder. Her şey yolundaysa Bitti'ye dokun.
mt-ann-corrections-done = ✅ Bitti
mt-ann-ask-correction = ✏️ Lütfen düzeltilmiş metni şu dilde gönder: { $language }.
mt-ann-original-gone = 🤷 Üzgünüz, bu mesaj artık gösterilemiyor.
mt-ann-stats-title = 🌍 Makine çevirisi
mt-ann-stats-usage = { $provider } · bu ayki karakterler: { $chars }
mt-ann-stats-usage-budget = { $provider } · bu ayki karakterler: { $chars } / { $budget }
mt-ann-privacy-translation = 🌍 Çeviri: herkes için yazılan teklifler ve duyurular, kendi dilinde okuyabilmen için { $provider } çeviri hizmetine gönderilir. Yalnızca bu metinler gönderilir; adın, mesajların veya kayıtların asla gönderilmez.
mt-ann-privacy-no-translation = 🌍 Çeviri: bu bot hiçbir makine çevirisi hizmeti kullanmıyor. Verilerinden hiçbiri böyle bir hizmete gönderilmez.
## feeds and the public page
feeds-calendar-name = Treffpunkt: etkinlikler
feeds-signup-line = Telegram'da kaydol: { $url }
feeds-subscribe = 📅 Bu takvime abone ol
feeds-inventory-button = 📋 Etkinlik listesi (CSV)
feeds-inventory-caption = 📋 Yaklaşan tüm etkinlikler, her biri bir satırda – örneğin eyalet veritabanı için.
page-title = Neler oluyor? – Treffpunkt
page-heading = Neler oluyor?
page-intro = Şehrindeki etkinlikler: insanlarla tanış, öğren, spor yap. Kayıt Telegram üzerinden.
page-languages = Dil
page-filter-category = Konu
page-filter-district = Semt
page-filter-date = Gün
page-filter-all = Hepsi
page-filter-any-day = Yaklaşan tüm günler
page-filter-submit = Göster
page-subscribe = 📅 Bu etkinliklere kendi takviminde abone ol
page-empty = Şu anda bunun için bir şey bulamadık. Başka filtreler dene.
page-organizer = Düzenleyen: { $organization }
page-signup = ✍️ Telegram'da kaydol
page-open = 📲 Telegram'da aç
page-more =
    { $count ->
        [one] … ve bir tarih daha. Görmek için bir gün ya da konu seç.
       *[other] … ve { $count } tarih daha. Görmek için bir gün ya da konu seç.
    }
## offers: machine translation
mt-offer-translated = 🤖 Makine çevirileri. Lütfen bir göz at; birini düzeltmek için aşağıda diline dokun.
mt-offer-grid-legend = ✅ elle · 🤖 makine çevirisi (düzeltmek için dokun) · ✏️ kontrol et: orijinal değişti · ➕ henüz yok
mt-offer-preview-machine = 🤖 Makineyle çevrilen diller: { $count }
mt-offer-refresh-failed = ⚠️ Bu makine çevirileri yenilenemedi ve şimdilik gizlendi: { $languages }. Kendiliğinden yeniden eklenecekler.
mt-offer-show-translation = 🌍 Benim dilimde göster
## schedule import (issue 16)
command-import = Dosyadan teklif aktar (CSV, Excel, takvim)
audit-action-import-applied = 📥 Program içe aktarıldı
audit-action-import-calendar-set = 📅 Abone olunan takvim eklendi
import-intro =
    📥 Birçok tarihi tek seferde aktarın: bana bir CSV veya Excel dosyası (şablon aşağıda) ya da Nextcloud, Outlook veya Google'dan bir takvim dosyası (.ics) gönderin. En fazla { $mb } MB ve { $rows } satır. Önce bir önizleme görürsünüz; siz onaylamadan hiçbir şey kaydedilmez.

    Aynı dosyayı yeniden aktarmak hiçbir şeyi değiştirmez. Değişen bir satır teklifini günceller ve kayıtlı herkese yeni saat ya da yer bildirilir.
import-columns-title = <b>Şablonun sütunları</b>
import-column-id = satır için kendi numaranız (koruyun: yeni bir aktarım teklifi bununla bulur)
import-column-title = başlık ({ $language })
import-column-summary = kısa açıklama ({ $language })
import-column-category = konu, ör. Sport, Beratung, Kinder & Familie (boş: tüm dosya için bir tane seçersiniz)
import-column-district = semt (boş: tüm dosya için bir tane seçersiniz)
import-column-address = yerin adresi
import-column-online = internetteki teklifler için çevrim içi bağlantı (https://…)
import-column-start = başlangıç, ör. 05.12.2026 15:00 veya 2026-12-05 15:00 (Berlin saati)
import-column-end = bitiş: bir saat (17:00) ya da tarih ve saat
import-column-length = ya da süre: 90, 1:30 veya 2 h
import-column-repeats = haftalık, iki haftada bir veya aylık (boş: bir kez)
import-column-until = serinin son tarihi, ör. 31.03.2027
import-column-seats = tarih başına yer sayısı (boş: kayıt gerekmez)
import-column-ages = yaş, ör. 12-17 veya 60-
import-column-cost = ücret, ör. 2 € (boş: ücretsiz)
import-column-languages = konuşulan diller, ör. de, ar, uk
import-column-accessibility = erişilebilirlik, ör. basamaksız giriş
import-column-contact = düzenleyicilere nasıl ulaşılır
import-template-csv = 📄 CSV şablonu (noktalı virgüllü, Excel için)
import-template-xlsx = 📊 Sütun açıklamalı Excel şablonu
import-sheet-offers = Teklifler
import-sheet-columns = Sütunlar
import-reading = 📥 Dosyayı okuyorum…
import-file-too-big = 😕 Bu dosya çok büyük. En fazla { $mb } MB'lık dosyaları okuyabilirim.
import-file-too-many-rows = 😕 Bu dosyada { $rows } satırdan fazla var. Lütfen daha küçük dosyalara bölün.
import-file-unreadable = 😕 Bu dosyayı okuyamadım. Lütfen CSV, Excel (.xlsx) ya da takvim (.ics) olarak yeniden kaydedip tekrar gönderin.
import-file-no-header = 😕 Sütun adlarını bulamıyorum. İlk satırda, şablondaki gibi (/import) en azından başlık ve başlangıç sütunu olmalı.
import-file-unknown-type = CSV, Excel (.xlsx) ve takvim (.ics) dosyalarını aktarabilirim. /import size bir şablon gönderir.
import-file-empty = 😕 Bu dosya boş.
import-ask-category = Bazı tarihlerin konusu yok. Hangi konuyu alsınlar?
import-ask-district = Bu dosyadaki tarihler hangi semte ait?
import-district-none = 🌐 Semt yok (tüm şehir veya çevrim içi)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 yeni
       *[other] { $count } yeni
    }
import-count-changed =
    { $count ->
        [one] 1 değişti
       *[other] { $count } değişti
    }
import-count-unchanged =
    { $count ->
        [one] 1 aynı kaldı
       *[other] { $count } aynı kaldı
    }
import-count-cancelled =
    { $count ->
        [one] 1 iptal edildi (artık dosyada yok)
       *[other] { $count } iptal edildi (artık dosyada yok)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ 1 satır aktarılamıyor:
       *[other] ⚠️ { $count } satır aktarılamıyor:
    }
import-row-error = Satır { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … ve 1 tane daha
       *[other] … ve { $count } tane daha
    }
import-preview-question = Şimdi aktarılsın mı? Diğer satırlar aktarılır, yukarıdakiler atlanır.
import-nothing-to-do = Aktarılacak bir şey yok: her şey güncel.
import-confirm = ✅ Aktar
import-done = ✅ Aktarıldı.
import-awaiting-approval =
    { $count ->
        [one] 1 teklif şehrin onayını bekliyor.
       *[other] { $count } teklif şehrin onayını bekliyor.
    }
import-notified =
    { $count ->
        [one] Kayıtlı 1 kişiye değişiklik bildirildi.
       *[other] Kayıtlı { $count } kişiye değişiklikler bildirildi.
    }
import-left-out =
    { $count ->
        [one] 1 satır atlandı (yukarıya bakın).
       *[other] { $count } satır atlandı (yukarıya bakın).
    }
import-cancelled = Aktarım iptal edildi. Hiçbir şey kaydedilmedi.
import-timeout = Bir süre hiçbir şey olmadığı için aktarım durdu. Dosyayı yeniden göndermeniz yeterli.
import-reason-title-missing = başlık yok
import-reason-title-too-long = başlık çok uzun (en fazla 200 karakter)
import-reason-summary-too-long = açıklama çok uzun (en fazla 1.000 karakter)
import-reason-start-missing = başlangıç yok
import-reason-date-format = “{ $value }” tarihini okuyamıyorum (05.12.2026 15:00 yazın)
import-reason-date-not-exist = “{ $value }” diye bir tarih yok
import-reason-date-past = tarih geçmişte kaldı
import-reason-end-before-start = bitiş başlangıçtan önce
import-reason-length-invalid = “{ $value }” süresini okuyamıyorum (90 veya 1:30 yazın)
import-reason-repeats-unknown = “{ $value }” tekrarını bilmiyorum (haftalık, iki haftada bir, aylık)
import-reason-until-before-start = seri (“{ $value }”) başlamadan bitiyor
import-reason-seats-invalid = “{ $value }” yer sayısı bir sayı değil
import-reason-ages-invalid = “{ $value }” yaşını okuyamıyorum (12-17 veya 60- yazın)
import-reason-languages-invalid = “{ $value }” dillerini okuyamıyorum (de, ar yazın)
import-reason-link-invalid = “{ $value }” bir web bağlantısı değil (https://…)
import-reason-text-too-long = bir metin çok uzun: “{ $value }”
import-reason-category-unknown = “{ $value }” konusunu bilmiyorum
import-reason-category-missing = konu yok
import-reason-district-unknown = “{ $value }” semtini bilmiyorum
import-reason-duplicate-id = “{ $value }” kimliği dosyada iki kez geçiyor
import-reason-event-invalid = bu takvim kaydını okuyamıyorum
import-reason-row-invalid = bu satırdan geçerli bir teklif çıkmıyor
import-calendar-button = 📅 Abone olunan takvim
import-calendar-none =
    📅 Henüz abone olunan bir takvim yok.

    Kurumunuz tarihlerini Nextcloud, Outlook veya Google Takvim'de mi tutuyor? Bana takvimin herkese açık adresini verin (iCalendar, .ics ile biter): her saat bakarım, yeni tarihleri eklerim, değişenleri güncellerim, silinenleri iptal ederim ve kayıtlı herkese haber verilir.
import-calendar-current =
    📅 Abone olunan takvim:
    { $url }

    Son kontrol: { $checked }
import-calendar-never = henüz yok
import-calendar-failing =
    { $count ->
        [one] ⚠️ Son kontrol başarısız oldu.
       *[other] ⚠️ Son { $count } kontrol başarısız oldu.
    }
import-calendar-set = 🔗 Adresi gir
import-calendar-remove = 🗑 Kaldır
import-calendar-ask-url = Takvimin herkese açık adresini gönderin (https:// ile başlar).
import-calendar-url-hint = Bu bir web adresi değil. https:// (veya http://) ile başlar.
import-calendar-saved = ✅ Kaydedildi. Takvime bir saat içinde, sonra her saat bakarım.
import-calendar-removed = 🗑 Takvim kaldırıldı. Aktarılmış teklifler kalır.
import-calendar-failing-notice =
    ⚠️ Bir gündür abone olduğunuz takvimi okuyamıyorum:
    { $url }
    Lütfen adresin hâlâ çalıştığını ve herkese açık olduğunu kontrol edin. Denemeye devam ediyorum.

## schedule import, follow-ups
import-calendar-url-private = 🚫 Bu adresi kullanamıyorum: { $host } herkese açık internette değil (yerel, özel ya da iç ağ adresi). Lütfen takvimin herkese açık adresini, takvim uygulamanızın "Paylaş" ya da "Herkese açık bağlantı" altında gösterdiği gibi verin ve 🔗 Adresi gir düğmesine yeniden dokunun.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } onayınızı bekleyen 1 teklif aktardı. /admin → 📝 Onaylar altında bulabilirsiniz.
       *[other] 📥 { $organization } onayınızı bekleyen { $count } teklif aktardı. /admin → 📝 Onaylar altında bulabilirsiniz.
    }
import-admin-calendar = 📅 Takvim
import-admin-calendar-title = 📅 { $organization } için abone olunan takvim
import-admin-calendar-none = Henüz abone olunan bir takvim yok. 🔗 Adresi gir ile herkese açık iCalendar adresini verirsiniz: Her saat bakarım ve tarihlerini bu kuruluşun teklifleri olarak aktarırım.

## ask the organiser (ask-)
ask-button = 💬 Soru sor
ask-menu = 💬 Sor
command-ask = 💬 Şehre bir soru sor
command-linkgroup = 🔗 Bu grubu sakinlerin soruları için bağla (grupta)
ask-prompt-offer = 💬 “{ $title }” hakkındaki sorun, onu düzenleyenlere gider.
ask-prompt-city = 💬 Sorun şehrin ekibine gider.
ask-prompt = Lütfen sorunu tek bir mesajda, kendi dilinde yaz. Soruyu açıklama olarak ekleyip bir fotoğraf da gönderebilirsin.
ask-please-write = ✍️ Lütfen sorunu yazı olarak yaz. Sesli mesajları ve çıkartmaları iletemiyorum.
ask-too-long = ✍️ Bu biraz uzun. Lütfen { $max } karakterin altında tut.
ask-share-name = 👤 Ekip adını görebilir mi? Görmezse yalnızca numaralı bir “Sakin” ve dilini görür.
ask-share-name-no = 🙈 Hayır, isimsiz kalayım
ask-share-name-yes = 👤 Evet, adımı göster
ask-share-name-hint = Lütfen düğmelerden birine dokun.
ask-cancelled = ✖️ Tamam, soru gönderilmedi.
ask-timeout = ⏳ Bir süre yanıt gelmediği için sorun gönderilmedi. Yeniden başlaman yeterli.
ask-the-city = şehir
ask-sent =
    ✅ Teşekkürler! Sorun şuraya iletildi: { $to }.
    { $days ->
        [one] Bir iş günü içinde yanıt bekleyebilirsin.
       *[other] { $days } iş günü içinde yanıt bekleyebilirsin.
    } Yanıt buraya, senin dilinde gelecek.
ask-resident = Sakin #{ $number } ({ $language })
ask-resident-named = Sakin #{ $number }, { $name } ({ $language })
ask-question-headline = ❓ Soru: { $resident }
ask-followup-headline = ↩️ Ek mesaj: { $resident }
ask-reminder-headline =
    ⏰ { $days ->
        [one] Bir iş gününden
       *[other] { $days } iş gününden
    } sonra hâlâ yanıtsız: { $resident }
ask-about-offer = 📅 Konu: { $title }
ask-about-organization = 🏢 Alıcı: { $name }
ask-about-city = 🏛 Şehre genel bir soru
ask-deleted = 🗑 Silindi: kişi verilerini sildi.
ask-not-translated = ⚠️ Çevrilmedi ({ $language } yazılmış).
ask-reply-hint = ↩️ Yanıtlamak için bu mesajı yanıtla. Kişi yalnızca yanıtını görür, adını görmez.
ask-done-button = ✅ Tamam
ask-block-button = 🚫 Soranı engelle
ask-done-ok = ✅ Soru #{ $number } tamamlandı olarak işaretlendi.
ask-blocked-ok = 🚫 Sakin #{ $number } artık size soru gönderemez.
ask-answer-from = 💬 { $name } yanıtladı
ask-answer-from-city = 💬 Şehirden yanıt
ask-answer-hint = ↩️ Bu mesajı yanıtlayabilir ya da “Yanıtla”ya dokunabilirsin.
ask-reply-button = ↩️ Yanıtla
ask-reply-prompt = ✍️ Lütfen yanıtını tek bir mesajda yaz.
ask-followup-sent = ✅ Yanıtın iletildi.
ask-answer-sent = ✅ Yanıtın Sakin #{ $number } ({ $language }) kişisine gidiyor.
ask-refused-not-staff = 🚫 Yanıtın iletilmedi: bu soruyu yalnızca sorunun gittiği kuruluşun ekibi yanıtlayabilir.
ask-refused-erased = 🗑 Yanıtın kimseye ulaşmadı: kişi verilerini sildi.
ask-answer-unreachable = 📭 Yanıtın kaydedildi, ancak kişiye şu an ulaşılamıyor: botu durdurdu.
ask-refused-not-asker = 🚫 Bu senin sorun değil, bu yüzden hiçbir şey gönderilmedi.
ask-reply-unknown = 🤷 Yanıtın iletilmedi: bu mesaj benim bu sohbete ilettiğim bir soru değil.
ask-linked-organization = 🔗 Tamam! { $name } için sakinlerin soruları artık bu gruba, grubu bağlayan kişinin diline çevrilmiş olarak geliyor. Mesajımı yanıtlayarak cevap verin.
ask-linked-city = 🔗 Tamam! Şehre gelen genel sorular artık bu gruba geliyor. Mesajımı yanıtlayarak cevap verin.
ask-linkgroup-forbidden = 🚫 Grubu yalnızca bir kuruluşun ekibi (ya da şehrin yöneticileri) bağlayabilir.
ask-linkgroup-in-group = 🔗 Beni ekibinizin Telegram grubuna ekleyin ve orada /linkgroup gönderin.
ask-stats-title = 💬 Sakinlerin soruları
ask-stats-row = { $name }: { $open } açık, { $answered } yanıtlandı
error-ask-limit = ✋ Yanıt bekleyen birkaç sorun zaten var. Lütfen önce onları bekle.
error-ask-blocked = 🚫 Maalesef artık buraya soru gönderemezsin.
error-ask-empty = ✍️ Lütfen önce bir şey yaz.
error-ask-too-long = ✍️ Bu biraz uzun. Lütfen daha kısa yaz.
error-ask-gone = 🤷 Bu soru artık yok.
audit-action-question-blocked = 🚫 Sakinin soru sorması engellendi
audit-action-question-group-linked = 🔗 Grup sorular için bağlandı
ask-privacy = 💬 Soruların: Bottan bir ekibe soru sorarsan, onu yanıtlarla birlikte son mesajdan sonra { $days } gün saklar, sonra sileriz. Ekip yalnızca bir numara ve dilini görür, adını görmez (paylaşmadıkça).
ask-privacy-translated = 💬 Soruların: Bottan bir ekibe soru sorarsan, onu yanıtlarla birlikte son mesajdan sonra { $days } gün saklar, sonra sileriz. Ekip yalnızca bir numara ve dilini görür, adını görmez (paylaşmadıkça). Soru ve yanıt metinleri çeviri hizmetine gönderilir; adın veya Telegram kimliğin asla gönderilmez.
command-replytime = ⏱ Ekibinin sorulara ne kadar sürede yanıt verdiğini ayarla
ask-replytime-usage = ⏱ Ekibinin sorulara kaç iş günü içinde yanıt verdiğini gönder, örneğin /replytime 3 (1 ile { $max } arası).
ask-replytime-set = ⏱ Tamam: { $name } kuruluşuna soru soranlara { $days } iş günü içinde yanıt bekleyebilecekleri söylenecek.
