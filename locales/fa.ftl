## language
# The language's own name in its own script, shown on the language buttons.
language-name = فارسی
language-choose = 🌍 کدام زبان را می‌خواهید؟
language-changed = ✅ انجام شد! از این به بعد به فارسی برایتان می‌نویسم.

## start
start-greeting =
    سلام { $firstName }! 👋
    من Treffpunkt هستم. به شما کمک می‌کنم در شهرتان فعالیت‌هایی مثل ورزش، کافهٔ زبان و مشاوره پیدا کنید و در آن‌ها ثبت‌نام کنید.
start-link-welcome = 👋 به Treffpunkt خوش آمدید! روی «📅 برنامه‌ها» در پایین بزنید تا برنامه‌های دیگر را هم ببینید.
start-choose-language = 🌍 لطفاً زبان خود را انتخاب کنید:

## help
help-intro = این کارها را می‌توانم برایتان انجام دهم:
command-offers = 📅 پیدا کردن برنامه‌ها
command-start = 👋 شروع
command-language = 🌍 تغییر زبان
command-help = ❓ کمک

## fallback
fallback-not-understood = 🤔 من فقط پیام‌های متنی را می‌توانم بخوانم. یک کلمه برای جستجو بنویسید، مثلاً «فوتبال»، یا روی «📅 برنامه‌ها» بزنید.

## groups
groups-private-only = 👋 من فقط در چت خصوصی کار می‌کنم. لطفاً مستقیم به من پیام بدهید: { $botUsername }

## errors
rate-limited = 🐢 همزمان پیام‌های زیادی فرستادید. لطفاً چند ثانیه صبر کنید و دوباره امتحان کنید.
error-generic = 😕 ببخشید، مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.
error-stale-button = ⌛ این دکمه دیگر کار نمی‌کند. لطفاً /start را بفرستید.
error-not-found = 🔍 این را پیدا نکردم. شاید حذف شده باشد.
error-forbidden = 🚫 ببخشید، شما اجازهٔ این کار را ندارید.
error-invalid-input = ✋ این کار انجام نشد. لطفاً آنچه را وارد کردید بررسی کنید و دوباره امتحان کنید.

## main menu
menu-offers = 📅 برنامه‌ها
menu-language = 🌍 زبان
menu-help = ❓ راهنما

## offers
offers-title = 📅 برنامه‌ها · صفحهٔ { $page } از { $pages }
offers-filters-active = فیلترها: { $filters }
offers-none = 😕 با این فیلترها برنامه‌ای پیدا نشد. فیلترهای دیگری را امتحان کنید.
offers-none-at-all = 😕 فعلاً برنامه‌ای نیست. لطفاً به‌زودی دوباره سر بزنید.
offers-only-in =
    { $language ->
        [de] (فقط به آلمانی)
        [en] (فقط به انگلیسی)
       *[other] (هنوز به زبان شما نیست)
    }
offers-online = 💻 آنلاین
offers-filter-category = 🏷 موضوع
offers-filter-district = 📍 محله
offers-filter-when = 📅 زمان
offers-filter-youth = 🧒 برای جوانان
offers-filter-clear = ✖️ حذف فیلترها
offers-filter-all = 🔄 همه
offers-choose-category = 🏷 به چه چیزی علاقه دارید؟
offers-choose-district = 📍 کدام محله؟
offers-choose-when = 📅 چه زمانی؟
offers-when-today = امروز
offers-when-week = این هفته
offers-when-months2 = دو ماه آینده
offers-prev = ◀️ قبلی
offers-next = بعدی ▶️
offers-back = ◀️ بازگشت به فهرست
offers-share = 📤 اشتراک‌گذاری
offers-share-text = { $title } – در Treffpunkt
offers-unavailable = ⌛ ببخشید، این برنامه دیگر در دسترس نیست.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 هر هفته تا { $until }
offer-recurs-biweekly = 🔁 هر دو هفته یک‌بار تا { $until }
offer-place = 📍 { $place }
offer-online-link = 💻 آنلاین: { $url }
offer-cost-free = 💶 رایگان
offer-cost = 💶 { $cost }
offer-ages-range = 👥 سن: { $min } تا { $max } سال
offer-ages-min = 👥 از { $min } سال به بالا
offer-ages-max = 👥 تا { $max } سال
offer-languages = 🗣 به این زبان‌ها صحبت می‌شود: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ ثبت‌نام لازم است · ظرفیت: { $capacity } نفر
       *[other] ✍️ ثبت‌نام لازم است · ظرفیت: { $capacity } نفر
    }
offer-signup-needed-open = ✍️ ثبت‌نام لازم است
offer-signup-not-needed = 🚪 بدون ثبت‌نام، کافی است بیایید
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 این‌ها را برای «{ $query }» پیدا کردم:
search-none = 🔎 برای «{ $query }» چیزی پیدا نکردم. کلمهٔ دیگری را امتحان کنید یا همهٔ برنامه‌ها را ببینید.
search-too-short = 🔎 لطفاً برای جستجو دست‌کم دو حرف بنویسید.
search-all-offers = 📅 همهٔ برنامه‌ها

## sign-up
signup-button = ✍️ ثبت‌نام
signup-ask-seats = 🪑 برای «{ $title }» چند جا لازم دارید؟ روی یک عدد بزنید (حداکثر { $max }).
signup-seats-hint = لطفاً روی عددی از ۱ تا { $max } بزنید، یا برای توقف، /cancel را بفرستید.
signup-ask-name = 📝 چه نامی در فهرست نوشته شود؟ روی دکمه بزنید یا نام دیگری بنویسید.
signup-name-hint = لطفاً یک نام بنویسید (حداکثر تعداد نویسه: { $max }) یا روی دکمه بزنید. برای توقف، /cancel را بفرستید.
signup-ask-age =
    🎂 این برنامه برای این گروه سنی است:
    { $range }
    کسی که می‌آید چند سال دارد؟
signup-age-adult = 🧔 ۱۸ سال یا بیشتر
signup-ask-children = 👨‍👩‍👧 تعداد جاها: { $seats }. چندتا از آن‌ها برای بچه‌هاست؟
signup-children-hint = لطفاً روی عددی از { $min } تا { $max } بزنید، یا برای توقف، /cancel را بفرستید.
signup-age-mismatch =
    😕 ببخشید، این برنامه فقط برای این گروه سنی است:
    { $range }
signup-button-hint = لطفاً روی یکی از دکمه‌های بالا بزنید، یا برای توقف، /cancel را بفرستید.
signup-consent = 🔒 برای فهرست، نام شما، تعداد جاها و اگر پرسیده باشیم، گروه سنی را نگه می‌داریم. فقط برگزارکنندهٔ این برنامه آن‌ها را می‌بیند. { $days } روز بعد از برنامه آن‌ها را پاک می‌کنیم. بیشتر: /privacy
signup-consent-agree = ✅ موافقم
signup-summary = 📋 لطفاً بررسی کنید:
signup-summary-seats =
    { $seats ->
        [one] 🪑 { $seats } جا
       *[other] 🪑 { $seats } جا
    }
signup-summary-name = 📝 نام: { $name }
signup-summary-children = 👨‍👩‍👧 تعداد بچه‌ها: { $children }
signup-summary-fits = جای خالی به اندازهٔ کافی هست.
signup-summary-full = الان ظرفیت پر است: شما نفر { $position } در فهرست انتظار خواهید بود.
signup-confirm = ✅ تأیید ثبت‌نام
signup-cancel = ✖️ لغو
signup-cancelled = بسیار خب، ثبت‌نام را متوقف کردم. چیزی ذخیره نشد.
signup-timeout = ⌛ بیشتر از ۳۰ دقیقه از شما خبری نشد، برای همین ثبت‌نام را متوقف کردم. برای شروع دوباره، کافی است باز روی «✍️ ثبت‌نام» بزنید.
signup-done-confirmed =
    { $seats ->
        [one] ✅ ثبت‌نام شما انجام شد! جای شما رزرو شده است.
       *[other] ✅ ثبت‌نام شما انجام شد! { $seats } جا برای شما رزرو شده است.
    }
signup-done-waitlisted = ⏳ الان ظرفیت پر است. شما نفر { $position } در فهرست انتظار هستید. به محض اینکه جایی خالی شود، شما را ثبت‌نام می‌کنم و خبرتان می‌کنم.
signup-done-guardian = 👪 تقریباً تمام است! چون کمتر از ۱۶ سال دارید، پدر یا مادرتان باید موافقت کند. لطفاً این لینک را برای مادر یا پدرتان بفرستید: { $link } — جای شما را ۴۸ ساعت نگه می‌داریم.
signup-forward-link = 📤 فرستادن لینک
signup-ics-caption = 📅 تاریخ را در تقویم خود ذخیره کنید.
signup-ics-description = ثبت‌نام با Treffpunkt: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 ثبت‌نام‌های من
command-my = 🗓 ثبت‌نام‌های من
my-title = 🗓 ثبت‌نام‌های شما
my-none = فعلاً هیچ ثبت‌نامی برای روزهای آینده ندارید. روی «📅 برنامه‌ها» بزنید تا چیزی پیدا کنید.
my-status-confirmed =
    { $seats ->
        [one] ✅ ثبت‌نام شده · { $seats } جا
       *[other] ✅ ثبت‌نام شده · { $seats } جا
    }
my-status-waitlisted = ⏳ فهرست انتظار، نفر { $position }
my-status-pending = 👪 در انتظار موافقت پدر یا مادر
my-list-name = 📝 نام در فهرست: { $name }
my-ics = 📅 فایل تقویم
my-cancel = ❌ لغو ثبت‌نام من
my-cancel-confirm = آیا واقعاً می‌خواهید ثبت‌نام خود را برای «{ $title }» لغو کنید؟
my-cancel-yes = ✅ بله، لغو شود
my-cancel-no = ◀️ نه، بماند
my-cancelled = ✅ لغو شد. حالا جای شما برای کس دیگری آزاد است. ممنون که خبر دادید!
my-back = ◀️ بازگشت

## notices
notice-promoted = 🎉 خبر خوب! یک جا خالی شد و حالا ثبت‌نام شما انجام شده است:
notice-reminder = ⏰ یادآوری برای شما:
notice-still-coming = 🤔 هنوز می‌آیید؟
notice-still-coming-yes = ✅ بله، می‌آیم
notice-still-coming-no = ❌ نه، نمی‌توانم
still-coming-thanks = 👍 عالی، آنجا می‌بینیمتان!
still-coming-freed = ممنون که خبر دادید. حالا جای شما برای کس دیگری آزاد است.
notice-lapsed = ⌛ در ۴۸ ساعت هیچ‌کدام از پدر و مادرتان موافقت نکردند، برای همین جای شما به کس دیگری داده شد. می‌توانید دوباره ثبت‌نام کنید:
notice-guardian-confirmed = ✅ پدر یا مادرتان موافقت کرد. ثبت‌نام شما انجام شد:
notice-guardian-declined = پدر یا مادرتان موافقت نکرد، برای همین ثبت‌نام شما انجام نشد:

## guardian
guardian-request = 👪 فرزندتان، { $name }، می‌خواهد در این برنامه شرکت کند. چون { $name } کمتر از ۱۶ سال دارد، به موافقت پدر یا مادر نیاز داریم. آیا موافقید؟
guardian-yes = ✅ بله، موافقم
guardian-no = ❌ خیر
guardian-thanks-yes = ✅ بسیار سپاسگزاریم! { $name } ثبت‌نام شد.
guardian-thanks-no = بسیار خب. { $name } ثبت‌نام نشد.

## input the bot cannot use
input-edited = ✏️ تغییراتی را که در پیام‌ها می‌دهید نمی‌توانم ببینم. لطفاً آن را دوباره به شکل یک پیام تازه بفرستید.
input-forwarded = 📨 پیام‌های فورواردشده را نمی‌خوانم. لطفاً جوابتان را خودتان بنویسید یا روی یک دکمه بزنید.

## privacy
command-privacy = 🔒 حریم خصوصی
privacy-notice =
    🔒 اطلاعات شما در Treffpunkt

    📦 چه چیزهایی نگه می‌داریم: شناسهٔ Telegram شما (Telegram ID؛ یک عدد است، نه شمارهٔ تلفنتان) تا بتوانیم جوابتان را بدهیم. همین‌طور نام کوچک، زبان و تنظیمات خبرهای شما را نگه می‌داریم. وقتی ثبت‌نام می‌کنید، نام برای فهرست، تعداد جاها و گروه سنی را هم نگه می‌داریم. شمارهٔ تلفن، تاریخ تولد و پیام‌های چت را نگه نمی‌داریم، جز پرسش‌هایی که برای برگزارکنندگان می‌فرستید.
    🎯 چرا: تا بتوانید برنامه‌ها را پیدا کنید، ثبت‌نام کنید و خبرهایی را که خواسته‌اید بگیرید.
    👀 چه کسی آن را می‌بیند: برگزارکنندهٔ هر برنامه فهرست همان برنامه را می‌بیند. آمار فقط عدد نشان می‌دهد، هیچ‌وقت نام را نه.
    ⏳ تا کی: ثبت‌نام‌ها { $days } روز بعد از برنامه پاک می‌شوند. اگر ربات را مسدود کنید، همه‌چیز را بعد از { $blockedDays } روز پاک می‌کنیم.
    ✉️ برای سؤال: { $contact }

    اینجا می‌توانید اطلاعاتتان را دانلود کنید یا پاک کنید.
privacy-no-contact = سازمانی که این ربات را به شما معرفی کرد
privacy-export-button = 📦 دانلود اطلاعات من
privacy-export-caption = 📦 این همهٔ چیزهایی است که Treffpunkt دربارهٔ شما نگه می‌دارد.
privacy-delete-button = 🗑 پاک کردن اطلاعات من
privacy-delete-ask = 🗑 می‌خواهید همهٔ اطلاعاتتان را پاک کنید؟ نام، زبان و تنظیمات شما پاک می‌شود.
privacy-delete-signups = 🎟 ثبت‌نام‌هایی که لغو می‌شوند: { $count }. جای آن‌ها به کسانی می‌رسد که در فهرست انتظار هستند.
privacy-delete-final = این کار قابل برگشت نیست.
privacy-delete-yes = ⚠️ بله، پاک شود
privacy-delete-keep = ↩️ نه، اطلاعاتم بماند
privacy-delete-last = ⚠️ سؤال آخر: همه‌چیز همین حالا پاک شود؟
privacy-delete-now = 🗑 همین حالا پاک شود
privacy-delete-kept = 👍 باشد. چیزی پاک نشد.
privacy-delete-done = ✅ انجام شد. اطلاعات شما پاک شد. ثبت‌نام‌های لغوشده: { $count }. اگر دوباره به من پیام بدهید، از نو شروع می‌کنیم.
privacy-delete-expired = ⌛ این سؤال خیلی قدیمی است. برای پاک کردن اطلاعاتتان، لطفاً دوباره /privacy را بفرستید.

## sign-up errors
error-offer-unavailable = ⌛ ببخشید، این برنامه دیگر در دسترس نیست.
error-signup-closed = ⌛ ثبت‌نام برای این تاریخ بسته شده است.
error-signup-not-open = 🚪 این برنامه ثبت‌نام لازم ندارد. کافی است بیایید!
error-signup-duplicate = ✅ شما قبلاً برای این تاریخ ثبت‌نام کرده‌اید. آن را در «🗓 ثبت‌نام‌های من» می‌بینید.
error-signup-age-mismatch = 😕 ببخشید، این برنامه برای گروه سنی دیگری است.
error-signup-cancel-too-late = ⏰ برای لغو در اینجا دیگر دیر شده است. لطفاً مستقیم به برگزارکننده خبر بدهید.
error-signup-not-found = 🔍 دیگر نمی‌توانم این ثبت‌نام را پیدا کنم.
error-guardian-link-invalid = 🔗 این لینک دیگر کار نمی‌کند. شاید قبلاً استفاده شده یا برنامه تمام شده است.
error-guardian-self = 👪 لطفاً این لینک را برای مادر یا پدرتان بفرستید. خودشان باید موافقت کنند.

## subscriptions
menu-subscriptions = 🔔 خبرها
command-subscriptions = 🔔 انتخاب خبرها
command-stop = 🔕 قطع همهٔ خبرها
subscriptions-title = 🔔 خبرهای شهر
subscriptions-intro = انتخاب کنید دربارهٔ چه چیزهایی می‌خواهید خبر بگیرید. روی هر دکمه بزنید تا تیک بخورد یا تیکش برداشته شود.
subscriptions-status-on = ✅ خبرها روشن است. دربارهٔ موضوع‌هایی که تیک زده‌اید خبر می‌گیرید.
subscriptions-status-empty = ☝️ خبرها روشن است، ولی هنوز هیچ موضوعی را تیک نزده‌اید. لطفاً دست‌کم یکی را تیک بزنید.
subscriptions-status-off = 🔕 خبرها خاموش است، پس خبری برایتان نمی‌آید. انتخاب‌هایتان ذخیره می‌ماند. برای روشن کردن دوباره، دکمهٔ اول را تیک بزنید.
subscriptions-switch = 🔔 برایم خبر بفرستید
subscriptions-general = 📢 خبرهای عمومی شهر
subscriptions-digest = 🗞 فهرست هفتگی برنامه‌های تازه
subscriptions-districts =
    { $count ->
        [0] 📍 محله‌ها: همه
        [one] 📍 محله‌ها: { $count } انتخاب شده
       *[other] 📍 محله‌ها: { $count } انتخاب شده
    }
subscriptions-districts-title = 📍 دربارهٔ کدام محله‌های شهر می‌خواهید خبر بگیرید؟ یک یا چند محله را تیک بزنید، یا «همهٔ محله‌ها» را.
subscriptions-districts-all = 🏙 همهٔ محله‌ها
subscriptions-back = ◀️ بازگشت
subscriptions-stopped = 🔕 انجام شد. دیگر خبری برایتان نمی‌آید، ولی انتخاب‌هایتان ذخیره می‌ماند. برای روشن کردن دوباره، /subscriptions را بفرستید.
subscriptions-ask = 🔔 دوست دارید خبرهای شهر (اطلاعیه‌ها، برنامه‌های تازه) برایتان فرستاده شود؟
subscriptions-ask-yes = ✅ بله، انتخاب موضوع‌ها
subscriptions-ask-no = ❌ نه، ممنون
subscriptions-ask-declined = 👍 باشد، خبری نمی‌فرستیم. اگر نظرتان عوض شد، کافی است /subscriptions را بفرستید.
subscriptions-unsubscribe = 🔕 لغو خبرهای این موضوع
subscriptions-unsubscribed = 🔕 انجام شد. دیگر دربارهٔ «{ $topic }» خبری برایتان نمی‌آید. برای تغییر انتخاب‌هایتان، /subscriptions را بفرستید.

## broadcast (staff)
broadcast-ask-text = ✏️ لطفاً متن اطلاعیه را بفرستید (حداکثر تعداد نویسه: { $max }). آن را به زبان خودتان بنویسید؛ بعد می‌توانید ترجمه هم اضافه کنید.
broadcast-text-hint = لطفاً متن را به شکل یک پیام بفرستید (حداکثر تعداد نویسه: { $max })، یا برای توقف، /cancel را بفرستید.
broadcast-ask-translations = 🌍 ترجمه اضافه می‌کنید؟ روی یک زبان بزنید، یا روی «تمام».
broadcast-ask-translation = ✏️ لطفاً متن را به این زبان بفرستید: { $language }.
broadcast-translations-done = ✅ تمام
broadcast-ask-audience = 👥 چه کسانی آن را دریافت کنند؟
broadcast-audience-subscribers = 📣 مشترکان یک موضوع
broadcast-audience-participants = ✅ شرکت‌کنندگان یک برنامه
broadcast-audience-waitlist = ⏳ فهرست انتظار یک برنامه
broadcast-topic-general = خبرهای عمومی شهر
broadcast-ask-topic = 🏷 کدام موضوع؟
broadcast-ask-districts = 📍 کدام محله‌ها؟ برای انتخاب روی آن‌ها بزنید، بعد روی «تمام».
broadcast-all-districts = همهٔ محله‌ها
broadcast-districts-done = ✅ تمام
broadcast-ask-languages = 🌍 برای خوانندگان کدام زبان‌ها؟ برای انتخاب بزنید و بعد «تمام». اگر چیزی انتخاب نکنید، برای همه فرستاده می‌شود.
broadcast-all-languages = همهٔ زبان‌ها
broadcast-ask-offer = 📅 کدام تاریخِ برنامه؟
broadcast-ask-urgent = ⚠️ فوری است؟ پیام‌های فوری حتی شب هم فرستاده می‌شوند. فقط برای هشدارهای ایمنی از این گزینه استفاده کنید.
broadcast-normal = 🕊 عادی
broadcast-urgent = ⚠️ فوری (هشدار ایمنی)
broadcast-ask-when = 🕒 همین حالا بفرستیم؟ یا تاریخ و ساعت را بنویسید (به وقت برلین)، مثلاً «۱۲.۱۲. ۱۷:۰۰» یا «۲۰۲۶-۱۲-۱۲ ۱۷:۰۰».
broadcast-now = 🚀 ارسال همین حالا
broadcast-when-hint = لطفاً تاریخ و ساعتی در آینده بنویسید، مثل «۱۲.۱۲. ۱۷:۰۰»، یا روی «ارسال همین حالا» بزنید.
broadcast-ask-repeat = 🔁 تکرار شود؟
broadcast-repeat-none = فقط یک بار
broadcast-repeat-weekly = هر هفته، ساعت { $time }
broadcast-repeat-monthly = هر ماه، روز { $day }، ساعت { $time }
broadcast-preview-as = 👀 پیش‌نمایش: کسی که زبانش { $language } است، این را می‌بیند:
broadcast-confirm-question =
    { $count ->
        [one] 📬 زمان ارسال: { $date }. برای { $count } نفر فرستاده می‌شود. بفرستیم؟
       *[other] 📬 زمان ارسال: { $date }. برای { $count } نفر فرستاده می‌شود. بفرستیم؟
    }
broadcast-confirm = ✅ بله، فرستاده شود
broadcast-saved = ✅ ذخیره شد. طبق برنامه فرستاده می‌شود.
broadcast-cancelled = بسیار خب، متوقف کردم. چیزی فرستاده نشد.
broadcast-timeout = ⌛ بیشتر از ۳۰ دقیقه گذشت، برای همین کار را متوقف کردم. برای شروع دوباره، /broadcast را بفرستید.
broadcast-list-title = 📣 اطلاعیه‌ها
broadcast-list-empty = هیچ اطلاعیه‌ای برنامه‌ریزی نشده است.
broadcast-cancel-scheduled = ✖️ لغو
broadcast-cancelled-scheduled = ✅ اطلاعیه لغو شد.
broadcast-stats = #{ $id }: فرستاده‌شده: { $sent } · در صف: { $queued } · منتظر صبح: { $waitingForMorning } · ناموفق: { $failed } · مسدودکرده: { $blocked }
broadcast-promote = 📣 اطلاع‌رسانی دربارهٔ این برنامه
announcement-open-offer = 📅 دیدن برنامه
error-announcement-not-editable = ⌛ ارسال این اطلاعیه شروع شده یا اطلاعیه لغو شده است.
command-broadcast = 📣 فرستادن اطلاعیه (کارکنان)
command-announcements = 📋 اطلاعیه‌ها (کارکنان)

## digest
digest-title = 📰 تازه‌های این هفته، مخصوص شما:

## announcement editing (staff)
broadcast-edit = ✏️ ویرایش
broadcast-edit-what = ✏️ چه چیزی را در اطلاعیهٔ #{ $id } می‌خواهید تغییر دهید؟
broadcast-edit-text = 📝 متن
broadcast-edit-time = 🕒 زمان
broadcast-edit-ask-time = 🕒 لطفاً تاریخ و ساعت جدید را بنویسید (به وقت برلین)، مثلاً «۱۲.۱۲. ۱۷:۰۰».
broadcast-edit-saved = ✅ ذخیره شد.

## offer changes and approval
notice-offer-changed = 🔄 برنامه‌ای که در آن ثبت‌نام کرده‌اید تغییر کرده است. زمان و مکان جدید:
notice-offer-before = قبلاً: { $before }
notice-offer-cancelled = ❌ متأسفانه این برنامه لغو شد. لازم نیست کاری انجام دهید:
notice-offer-pending = 📝 یک برنامهٔ جدید منتظر تأیید شماست:
notice-offer-approved = ✅ برنامهٔ شما تأیید شد و حالا همه آن را می‌بینند:
notice-offer-rejected = ↩️ برنامهٔ شما هنوز تأیید نشده است. لطفاً دلیل را بخوانید و آن را تغییر دهید:
notice-offer-reason = دلیل: { $reason }

## staff offers
command-myoffers = 🗂 برنامه‌های ما (کارکنان)
staff-offers-title = 🗂 برنامه‌های سازمان شما
staff-offers-none = هنوز برنامه‌ای وجود ندارد.
staff-offer-dates = 📅 یک تاریخ را انتخاب کنید تا ببینید چه کسانی ثبت‌نام کرده‌اند:
staff-offer-cancel = ❌ لغو این برنامه
staff-offer-cancel-confirm = آیا واقعاً می‌خواهید «{ $title }» را لغو کنید؟ به همهٔ کسانی که ثبت‌نام کرده‌اند خبر داده می‌شود.
staff-offer-cancel-yes = ✅ بله، لغو شود
staff-offer-cancelled =
    { $count ->
        [one] ✅ لغو شد. به { $count } نفر خبر داده شد.
       *[other] ✅ لغو شد. به { $count } نفر خبر داده شد.
    }
staff-participants-title = 👥 ثبت‌نام‌شده‌ها برای { $date }:
staff-participants-none = هنوز کسی ثبت‌نام نکرده است.
staff-participants-export = 📄 خروجی CSV
staff-participants-csv-caption = 📄 فهرست شرکت‌کنندگان
staff-attendance-hint = بعد از شروع برنامه، روی ✅ یا ❌ بزنید تا مشخص کنید چه کسی آمد.
staff-csv-name = نام
staff-csv-seats = تعداد جا
staff-csv-children = کودکان
staff-csv-status = وضعیت
staff-csv-age = گروه سنی
staff-csv-attendance = حضور
staff-back = ◀️ بازگشت

## new offer (staff)
command-newoffer = ➕ برنامهٔ جدید (کارکنان)
staff-offer-reschedule = 🕒 تغییر زمان
newoffer-ask-title = ✏️ اسم برنامه چیست؟ عنوان را به این زبان بنویسید: { $language }. حداکثر تعداد نویسه: { $max }.
newoffer-title-hint = لطفاً عنوانی بنویسید که حرف داشته باشد (حداکثر تعداد نویسه: { $max })، یا /cancel را بفرستید.
newoffer-ask-summary = 📝 آن را در یک یا دو جملهٔ کوتاه توضیح دهید (حداکثر تعداد نویسه: { $max }).
newoffer-summary-hint = لطفاً یک توضیح کوتاه بنویسید (حداکثر تعداد نویسه: { $max })، یا /cancel را بفرستید.
newoffer-ask-translations = 🌍 ترجمه اضافه می‌کنید؟ روی یک زبان بزنید، یا روی «تمام».
newoffer-ask-category = 🏷 کدام موضوع مناسب‌تر است؟
newoffer-ask-district = 📍 در کدام محله؟
newoffer-no-district = 🌐 بدون محله (آنلاین یا در سطح کل شهر)
newoffer-ask-place = 🏠 کجا؟ نشانی را بنویسید، با 📎 یک موقعیت مکانی بفرستید، یا لینک آنلاین بفرستید (https://…).
newoffer-place-hint = لطفاً نشانی بنویسید، یک موقعیت مکانی بفرستید، یا لینکی بفرستید که با https:// شروع شود.
newoffer-ask-start = 🕒 کی شروع می‌شود؟ تاریخ و ساعت را بنویسید (به وقت برلین)، مثلاً «۱۲.۱۲. ۱۷:۰۰» یا «۲۰۲۶-۱۲-۱۲ ۱۷:۰۰».
newoffer-start-hint = لطفاً تاریخ و ساعتی در آینده بنویسید، مثل «۱۲.۱۲. ۱۷:۰۰»، یا /cancel را بفرستید.
newoffer-ask-length = ⏱ چقدر طول می‌کشد؟
newoffer-length = { $hours } ساعت
newoffer-ask-repeat = 🔁 تکرار می‌شود؟
newoffer-repeat-weekly = هر هفته
newoffer-repeat-biweekly = هر دو هفته یک‌بار
newoffer-ask-until = 📆 تا کی؟ آخرین تاریخ را بنویسید، مثلاً «۳۱.۰۱.».
newoffer-until-hint = لطفاً تاریخی بعد از شروع بنویسید، مثل «۳۱.۰۱.».
newoffer-ask-signup = ✍️ ثبت‌نام لازم است؟ روی تعداد جاها بزنید، عدد دیگری بنویسید، یا «بدون ثبت‌نام» را انتخاب کنید.
newoffer-no-signup = 🚪 بدون ثبت‌نام
newoffer-seats = { $seats } نفر
newoffer-seats-hint = لطفاً روی یک دکمه بزنید یا تعداد جاها را بنویسید.
newoffer-ask-ages = 👥 برای چه سنی؟ روی یک دکمه بزنید، یا یک بازهٔ سنی بنویسید، مثل «۱۲-۱۷» (یا «۶۰-» برای ۶۰ سال به بالا).
newoffer-ages-all = همه
newoffer-ages-youth = ۱۲–۱۷
newoffer-ages-children = کودکان ۶–۱۱
newoffer-ages-seniors = ۶۰ سال به بالا
newoffer-ages-hint = لطفاً روی یک دکمه بزنید یا یک بازهٔ سنی بنویسید، مثل «۱۲-۱۷».
newoffer-ask-cost = 💶 رایگان است؟ روی «رایگان» بزنید، یا قیمت را بنویسید (مثلاً «۲ €»).
newoffer-cost-hint = لطفاً روی «رایگان» بزنید یا قیمت را بنویسید.
newoffer-languages = 🌍 تعداد زبان‌هایی که متن دارند: { $count }
newoffer-preview = 👀 لطفاً برنامهٔ خود را بررسی کنید:
newoffer-save-draft = 💾 ذخیره به‌عنوان پیش‌نویس
newoffer-publish = 🚀 انتشار
newoffer-saved-draft = 💾 به‌عنوان پیش‌نویس ذخیره شد.
newoffer-saved-pending-approval = ⏳ برای تأیید فرستاده شد. به محض اینکه بررسی شود، پیامی دریافت می‌کنید.
newoffer-saved-published = 🚀 منتشر شد! حالا ساکنان شهر می‌توانند آن را پیدا کنند.
newoffer-cancelled = بسیار خب، متوقف کردم. چیزی ذخیره نشد.
newoffer-timeout = ⌛ بیشتر از ۳۰ دقیقه گذشت، برای همین کار را متوقف کردم. چیزی ذخیره نشد.
newoffer-no-organization = 🏢 شما هنوز عضو هیچ سازمانی نیستید. لطفاً از یکی از مدیران لینک دعوت بخواهید.
newoffer-rescheduled =
    { $count ->
        [one] ✅ زمان تغییر کرد. به { $count } نفر خبر داده شد.
       *[other] ✅ زمان تغییر کرد. به { $count } نفر خبر داده شد.
    }

newoffer-ask-max-seats = 🪑 هر نفر حداکثر چند جا می‌تواند رزرو کند (مثلاً برای بچه‌هایش)؟
newoffer-ask-deadline = ⏰ تا کی می‌شود ثبت‌نام کرد و ثبت‌نام را لغو کرد؟
newoffer-deadline-start = ثبت‌نام تا شروع، لغو تا ۳ ساعت قبل
newoffer-deadline-day = ثبت‌نام و لغو تا ۱ روز قبل
newoffer-deadline-week = ثبت‌نام تا ۱ هفته قبل، لغو تا ۱ روز قبل
newoffer-ask-spoken = 🗣 آنجا به چه زبان‌هایی صحبت می‌شود؟ برای انتخاب روی آن‌ها بزنید، بعد روی «تمام».
staff-offer-edit = ✏️ ویرایش
newoffer-save-changes = 💾 ذخیرهٔ تغییرات
newoffer-edited =
    { $count ->
        [0] ✅ ذخیره شد.
        [one] ✅ ذخیره شد. زمان یا مکان جدید به { $count } نفر اطلاع داده شد.
       *[other] ✅ ذخیره شد. زمان یا مکان جدید به { $count } نفر اطلاع داده شد.
    }

## stats (admins)
command-stats = 📊 آمار (مدیران)
stats-title = 📊 آمار { $month } (بدون نام)
stats-users = 👥 کاربران بر اساس زبان
stats-by-category = 🏷 بر اساس موضوع
stats-by-offer = 📅 بر اساس برنامه
stats-line = ثبت‌نام: { $signups }، جا: { $seats }، حاضر: { $present }، غایب: { $absent }
stats-hint = برای ماهی دیگر: /stats 2026-11

## admin
command-admin = 🛠 مدیریت (مدیران)
admin-menu-title = 🛠 مدیریت
admin-menu-text = چه چیزی را می‌خواهید مدیریت کنید؟
admin-organizations = 🏢 سازمان‌ها
admin-approvals = 📝 تأییدها
admin-audit = 📜 گزارش فعالیت‌ها
admin-back = ◀️ بازگشت
admin-organizations-title = 🏢 سازمان‌ها
admin-organizations-none = هنوز سازمانی وجود ندارد.
admin-organization-new = ➕ سازمان جدید
admin-organization-staff-count =
    { $count ->
        [one] { $count } کارمند
       *[other] { $count } کارمند
    }
admin-organization-trusted-on = ✅ مورد اعتماد
admin-organization-trusted-off = ⬜ مورد اعتماد
admin-organization-trusted-hint = سازمان‌های مورد اعتماد برنامه‌ها را بدون نیاز به تأیید منتشر می‌کنند.
admin-organization-ask-name = 🏢 نام سازمان جدید چیست؟ (حداکثر تعداد نویسه: { $max })
admin-organization-name-hint = لطفاً نام را به شکل یک پیام بفرستید (تعداد نویسه: ۱ تا { $max })، یا برای توقف، /cancel را بفرستید.
admin-organization-created = ✅ سازمان «{ $name }» ساخته شد. برای دعوت از کارکنان، آن را باز کنید.
admin-invite = ➕ دعوت از کارکنان
admin-invite-link = 🔗 دعوت به { $organization }. این لینک فقط یک بار و تا { $date } کار می‌کند. آن را برای کسی بفرستید که قرار است عضو شود:
admin-invite-share = 📤 اشتراک‌گذاری لینک
admin-invite-share-text = دعوت‌نامهٔ شما برای پیوستن به { $organization } در Treffpunkt
admin-staff = 👥 کارکنان
admin-staff-title = 👥 کارکنان { $organization }
admin-staff-none = هنوز کسی نیست. با «➕ دعوت از کارکنان» کسی را دعوت کنید.
admin-staff-revoke = 🚫 حذف { $name }
admin-staff-revoked = ✅ انجام شد: { $name } دیگر جزو کارکنان نیست.
admin-approvals-title = 📝 در انتظار تأیید
admin-approvals-none = چیزی در انتظار تأیید نیست.
admin-approve = ✅ تأیید
admin-reject = ↩️ برگرداندن
admin-approved = ✅ تأیید و منتشر شد.
admin-reject-ask-reason = ↩️ چرا «{ $title }» هنوز تأیید نمی‌شود؟ لطفاً دلیل را برای سازمان بنویسید (حداکثر تعداد نویسه: { $max }).
admin-reject-reason-hint = لطفاً دلیل را به شکل یک پیام بنویسید (تعداد نویسه: ۱ تا { $max })، یا برای توقف، /cancel را بفرستید.
admin-rejected = ↩️ همراه با دلیل شما به سازمان برگردانده شد.
admin-audit-title = 📜 گزارش فعالیت‌ها، صفحهٔ { $page }
admin-audit-empty = هنوز موردی ثبت نشده است.
admin-audit-actor = توسط #{ $userId }
admin-audit-system = توسط سیستم
admin-cancelled = بسیار خب، متوقف کردم. چیزی تغییر نکرد.
admin-timeout = ⌛ بیشتر از ۳۰ دقیقه گذشت، برای همین کار را متوقف کردم. چیزی تغییر نکرد.
staff-welcome = 🎉 به تیم { $organization } خوش آمدید! حالا می‌توانید برنامه‌های آن را بسازید و مدیریت کنید. برای دیدن ابزارهایتان، /help را بفرستید.
error-invitation-invalid = 🔗 این لینک دعوت کار نمی‌کند. لطفاً یک لینک جدید بخواهید.
error-invitation-used = 🔗 این لینک دعوت قبلاً استفاده شده است. لطفاً یک لینک جدید بخواهید.
error-invitation-expired = ⌛ اعتبار این لینک دعوت تمام شده است. لطفاً یک لینک جدید بخواهید.
error-organization-exists = 🏢 سازمانی با این نام از قبل وجود دارد. لطفاً نام دیگری بفرستید.
error-offer-not-pending = ⌛ این برنامه دیگر در انتظار تأیید نیست.

## admins and audit
signup-age-under = 👧 زیر { $age } سال
signup-age-teen = 🧑 { $age } تا { $last } سال
signup-ask-age-any =
    🎂 کسی که می‌آید چند سال دارد؟
    برای زیر { $age } سال، یکی از والدین یا سرپرست ثبت‌نام را تأیید می‌کند.
signup-ask-adult = 🔞 این برنامه برای بزرگسالان است. لطفاً تأیید کنید که کسی که می‌آید { $age } سال یا بیشتر دارد.
signup-adult-confirm = ✅ بله، { $age } سال یا بیشتر
admin-admins = 👑 مدیران
admin-admins-title = 👑 مدیران
admin-admins-text = مدیران همهٔ سازمان‌ها را اداره می‌کنند، برنامه‌ها و اطلاعیه‌ها را تأیید می‌کنند و گزارش فعالیت‌ها را می‌خوانند. مدیرانی که در تنظیمات سرور تعیین شده‌اند اینجا حذف نمی‌شوند، و هیچ‌کس نقش مدیریت خودش را برنمی‌دارد: این کار را مدیر دیگری انجام می‌دهد.
admin-admins-none = هنوز مدیری وجود ندارد.
admin-admin-configured = تنظیمات سرور
admin-staff-admin-mark = 👑 مدیر
admin-staff-make-admin = 👑 { $name } را مدیر کنید
admin-staff-take-admin = ➖ برداشتن نقش مدیریت از { $name }
admin-admin-granted = 👑 { $name } اکنون مدیر است.
admin-admin-revoked = ✅ { $name } دیگر مدیر نیست.
error-admin-self = 🙅 نمی‌توانید نقش مدیریت خودتان را بردارید. مدیر دیگری می‌تواند این کار را بکند.
error-admin-configured = 🔒 این مدیر در تنظیمات سرور تعیین شده است و در ربات حذف نمی‌شود.
admin-audit-filter = 🏢 بر اساس سازمان
admin-audit-filter-title = 🏢 موارد کدام سازمان را می‌خواهید ببینید؟
admin-audit-filter-all = 📜 همهٔ موارد
admin-audit-title-org = 📜 گزارش فعالیت‌ها · { $organization }، صفحهٔ { $page }
audit-who-system = سیستم
audit-who-admin = مدیر #{ $id }
audit-who-staff = کارمند #{ $id } · { $organization }
audit-who-staff-alone = کارمند #{ $id }
audit-who-resident = ساکن #{ $id }
audit-who-user = کاربر #{ $id }
audit-target-user = شخص #{ $id }
audit-action-other = کار دیگر ({ $action })
audit-action-access-denied = 🚫 رد شد: { $action }
audit-action-offer-created = 📝 برنامه ذخیره شد
audit-action-offer-edited = ✏️ برنامه ویرایش شد
audit-action-offer-submitted = 📨 برنامه برای تأیید فرستاده شد
audit-action-offer-published = 📢 برنامه منتشر شد
audit-action-offer-approved = ✅ برنامه تأیید شد
audit-action-offer-rejected = ↩️ برنامه برگردانده شد
audit-action-offer-cancelled = ❌ برنامه لغو شد
audit-action-offer-attendance = 🙋 حضور ثبت شد
audit-action-participants-exported = 📄 فهرست شرکت‌کنندگان دانلود شد
audit-action-offer-revision-submitted = 📨 تغییر یک برنامه برای تأیید فرستاده شد
audit-action-offer-revision-approved = ✅ تغییر یک برنامه تأیید شد
audit-action-offer-revision-rejected = ↩️ تغییر یک برنامه برگردانده شد
audit-action-announcement-created = 📣 اطلاعیه نوشته شد
audit-action-announcement-approved = ✅ اطلاعیه تأیید شد
audit-action-announcement-rejected = ↩️ اطلاعیه برگردانده شد
audit-action-announcement-edited = ✏️ اطلاعیه ویرایش شد
audit-action-announcement-cancelled = ❌ اطلاعیه لغو شد
audit-action-announcement-sent = 📬 اطلاعیه فرستاده شد
audit-action-organization-created = 🏢 سازمان ساخته شد
audit-action-organization-edited = 🏢 سازمان تغییر کرد
audit-action-staff-invited = 🔗 کارمند دعوت شد
audit-action-staff-joined = 👋 به‌عنوان کارمند پیوست
audit-action-staff-revoked = 🚫 دسترسی کارمند برداشته شد
audit-action-admin-granted = 👑 مدیر شد
audit-action-admin-revoked = ➖ نقش مدیریت برداشته شد
audit-action-user-erased = 🗑 داده‌های خودش را پاک کرد
## offer revisions
revision-waiting-own = ✏️ آخرین تغییر شما در انتظار تأیید است؛ همه نسخهٔ بالا را می‌بینند.
revision-waits = ✏️ سپاس! تغییر شما در انتظار تأیید تیم شهر است. تا آن زمان همه برنامه را مثل قبل می‌بینند؛ به محض تصمیم‌گیری به شما پیام می‌دهیم.
revision-queue-title = ✏️ تغییرات برنامه‌های منتشرشده
revision-open = ✏️ تغییر { $number }
revision-title = تغییر در «{ $title }»
revision-proposed-by = پیشنهاد { $organization } در { $date }
revision-no-changes = دیگر هیچ تفاوتی با نسخهٔ منتشرشده وجود ندارد.
revision-more-changes = … و تغییرات دیگری که در این پیام جا نمی‌شوند.
revision-was = قبلاً:
revision-now = جدید:
revision-yes = بله
revision-no = نه
revision-repeats-none = یک‌بار
revision-repeats-weekly = هر هفته
revision-repeats-biweekly = هر دو هفته
revision-field-title = عنوان
revision-field-summary = توضیح کوتاه
revision-field-details = جزئیات
revision-field-accessibility = دسترس‌پذیری
revision-field-category = موضوع
revision-field-district = محله
revision-field-address = نشانی
revision-field-online = پیوند آنلاین
revision-field-starts = شروع
revision-field-ends = پایان
revision-field-repeats = تکرار
revision-field-until = تکرار تا
revision-field-cost = هزینه
revision-field-ages = سن
revision-field-signup = ثبت‌نام لازم است
revision-field-capacity = جاها
revision-field-languages = زبان‌های گفت‌وگو
revision-field-rules = قواعد ثبت‌نام (جا برای هر ثبت‌نام · پایان ثبت‌نام · لغو تا · یادآوری، به دقیقه)
revision-approved = ✅ تغییر تأیید و منتشر شد.
revision-reject-ask-reason = ↩️ چرا تغییر در «{ $title }» تأیید نمی‌شود؟ لطفاً دلیل را برای سازمان بنویسید (حداکثر نویسه: { $max }).
revision-rejected = ↩️ تغییر همراه با دلیل شما برگردانده شد. نسخهٔ منتشرشده همان‌طور می‌ماند.
error-revision-not-pending = ⌛ این تغییر دیگر در انتظار تأیید نیست.
notice-offer-revision-pending = ✏️ تغییری در یک برنامهٔ منتشرشده در انتظار تأیید شماست:
notice-offer-revision-approved = ✅ تغییر شما تأیید شد و اکنون برای همه دیده می‌شود:
notice-offer-revision-rejected = ↩️ تغییر شما تأیید نشد و برنامه همان‌طور که بود می‌ماند. لطفاً دلیل را بخوانید:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 گیرندگان: { $count }. به محض تأیید شما فرستاده می‌شود. بفرستیم؟
broadcast-sending = 🚀 همین حالا در حال فرستادن است. گیرندگان: { $count }. پیشرفت را در /announcements می‌بینید.
broadcast-time-passed = 🕒 زمانی که انتخاب کرده بودید در این فاصله گذشته است. لطفاً دوباره زمان را انتخاب کنید؛ متن و گیرندگان حفظ می‌شوند.
broadcast-stats-eta = ⏱ پایان تقریبی: { $time }
notice-announcement-report = 📣 اطلاعیهٔ شما با شمارهٔ { $id } فرستاده شد. فرستاده‌شده: { $sent } · ناموفق: { $failed } · مسدودکرده: { $blocked }
error-announcement-time-passed = 🕒 زمان انتخاب‌شده گذشته است. لطفاً زمان تازه‌ای انتخاب کنید.
## announcements for partners
broadcast-ask-as = 🏛 این اطلاعیه از طرف کیست؟
broadcast-as-city = شهر
broadcast-picker-participants =
    👥 { $count ->
        [one] ۱ نفر
       *[other] { $count } نفر
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] ۱ نفر در انتظار
       *[other] { $count } نفر در انتظار
    }
broadcast-picker-previous = قبلی
broadcast-picker-next = بعدی
broadcast-picker-empty = 📅 سازمان شما فعلاً هیچ تاریخ پیش‌رویی ندارد.
broadcast-confirm-urgent-night = فوری: این پیام شب‌ها هم می‌رسد، حتی در ساعات سکوت.
broadcast-saved-pending = ✅ ذخیره شد. ابتدا یکی از مدیران شهر آن را بررسی می‌کند؛ به‌محض تأیید یا بازگرداندن آن، به شما پیام می‌دهیم.
broadcast-list-pending = در انتظار تأیید
admin-announcement-approvals = 📣 اطلاعیه‌های منتظر تأیید
admin-announcement-approvals-title = 📣 اطلاعیه‌هایی که منتظر تأیید هستند
admin-announcement-approvals-none = هیچ اطلاعیه‌ای منتظر تأیید نیست.
admin-announcement-approved = ✅ تأیید شد. طبق برنامه فرستاده می‌شود.
admin-announcement-rejected = ↩️ همراه با دلیل شما به نویسنده‌اش برگردانده شد.
admin-announcement-reject-ask-reason = ↩️ چرا اطلاعیهٔ شمارهٔ { $id } تأیید نمی‌شود؟ لطفاً دلیل را برای نویسنده بنویسید (حداکثر نویسه: { $max }).
notice-announcement-approved = ✅ اطلاعیهٔ شما تأیید شد و طبق برنامه فرستاده می‌شود:
notice-announcement-rejected = ↩️ اطلاعیهٔ شما تأیید نشد و فرستاده نمی‌شود. لطفاً دلیل را ببینید:
notice-announcement-when = زمان برنامه‌ریزی‌شده: { $date }
error-announcement-not-pending = ⌛ این اطلاعیه دیگر منتظر تأیید نیست.
notice-announcement-pending = 📣 یک اطلاعیه منتظر تأیید شماست (/admin ← 📣 اطلاعیه‌های منتظر تأیید):
## machine translation (shared)
translation-mark = 🤖 ترجمهٔ ماشینی
translation-show-original = 📄 نمایش متن اصلی
translation-translate-all = 🌍 ترجمه به همهٔ زبان‌ها
translation-by-hand = ✍️ هنوز ترجمهٔ دستی لازم است (سرویس ترجمه این زبان‌ها را ندارد): { $languages }
translation-unavailable = ⚠️ الان به سرویس ترجمه دسترسی نیست. متن شما ذخیره شد؛ ترجمه‌ها بعداً خودکار اضافه می‌شوند.
translation-budget = ⚠️ بودجهٔ ترجمهٔ ماشینی این ماه تمام شده است. متن شما ذخیره شد؛ اگر خواستید ترجمه‌ها را دستی اضافه کنید.
translation-invalid = ⚠️ ترجمهٔ ماشینی به این زبان‌ها درست درنیامد و کنار گذاشته شد: { $languages }
translation-outdated = ✏️ متن اصلی تغییر کرده است. لطفاً ترجمه‌های خودتان را بررسی کنید: { $languages }
translation-original-header = 📄 متن اصلی ({ $language }):
translation-none-configured = ترجمهٔ ماشینی برای این ربات راه‌اندازی نشده است.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 متن شما هنوز به ۱ زبانی که خوانندگانتان استفاده می‌کنند نیست. سرویس ترجمه آن را ترجمه کند؟ می‌توانید نتیجه را بررسی و اصلاح کنید.
       *[other] 🌍 متن شما هنوز به { $count } زبانی که خوانندگانتان استفاده می‌کنند نیست. سرویس ترجمه آن را ترجمه کند؟ می‌توانید هر نتیجه را بررسی و اصلاح کنید.
    }
mt-ann-skip = ➡️ ادامه بدون ترجمه
mt-ann-translations-title = 🤖 ترجمه‌های ماشینی:
mt-ann-ask-correct = ✏️ برای اصلاح یک زبان، روی آن بزنید و متن اصلاح‌شده را بفرستید. اگر همه چیز درست است، روی «تمام» بزنید.
mt-ann-corrections-done = ✅ تمام
mt-ann-ask-correction = ✏️ لطفاً متن اصلاح‌شده را به این زبان بفرستید: { $language }.
mt-ann-original-gone = 🤷 متأسفیم، این پیام دیگر قابل نمایش نیست.
mt-ann-stats-title = 🌍 ترجمهٔ ماشینی
mt-ann-stats-usage = { $provider } · نویسه‌های این ماه: { $chars }
mt-ann-stats-usage-budget = { $provider } · نویسه‌های این ماه: { $chars } از { $budget }
mt-ann-privacy-translation = 🌍 ترجمه: پیشنهادها و اطلاعیه‌هایی که برای همه نوشته شده‌اند به سرویس ترجمهٔ { $provider } فرستاده می‌شوند تا بتوانید آن‌ها را به زبان خودتان بخوانید. فقط همین متن‌ها فرستاده می‌شوند، هرگز نام، پیام‌ها یا ثبت‌نام‌های شما.
mt-ann-privacy-no-translation = 🌍 ترجمه: این ربات از هیچ سرویس ترجمهٔ ماشینی استفاده نمی‌کند. هیچ‌کدام از اطلاعات شما به چنین سرویسی فرستاده نمی‌شود.
## feeds and the public page
feeds-calendar-name = Treffpunkt: برنامه‌ها
feeds-signup-line = ثبت‌نام در تلگرام: { $url }
feeds-subscribe = 📅 اشتراک این تقویم
feeds-inventory-button = 📋 فهرست برنامه‌ها (CSV)
feeds-inventory-caption = 📋 همه برنامه‌های پیش رو، هر برنامه در یک سطر – مثلاً برای پایگاه داده ایالت.
page-title = چه خبر است؟ – Treffpunkt
page-heading = چه خبر است؟
page-intro = برنامه‌ها در شهر شما: با مردم آشنا شوید، یاد بگیرید، ورزش کنید. ثبت‌نام از طریق تلگرام است.
page-languages = زبان
page-filter-category = موضوع
page-filter-district = محله
page-filter-date = روز
page-filter-all = همه
page-filter-any-day = همه روزهای پیش رو
page-filter-submit = نمایش
page-subscribe = 📅 این برنامه‌ها را در تقویم خودتان مشترک شوید
page-empty = فعلاً چیزی برای این پیدا نکردیم. فیلترهای دیگری را امتحان کنید.
page-organizer = برگزارکننده: { $organization }
page-signup = ✍️ ثبت‌نام در تلگرام
page-open = 📲 باز کردن در تلگرام
page-more =
    { $count ->
        [one] … و یک زمان دیگر. برای دیدن آن یک روز یا موضوع انتخاب کنید.
       *[other] … و { $count } زمان دیگر. برای دیدن آنها یک روز یا موضوع انتخاب کنید.
    }
## offers: machine translation
mt-offer-translated = 🤖 ترجمه‌های ماشینی. لطفاً آن‌ها را بخوانید؛ برای اصلاح هر کدام، روی زبانش در پایین بزنید.
mt-offer-grid-legend = ✅ دستی · 🤖 ترجمهٔ ماشینی (برای اصلاح بزنید) · ✏️ بررسی کنید: متن اصلی تغییر کرده · ➕ هنوز نیست
mt-offer-preview-machine = 🤖 تعداد زبان‌های ترجمه‌شده با ماشین: { $count }
mt-offer-refresh-failed = ⚠️ این ترجمه‌های ماشینی تازه نشدند و فعلاً پنهان شده‌اند: { $languages }. خودشان دوباره اضافه می‌شوند.
mt-offer-show-translation = 🌍 نمایش به زبان من
## schedule import (issue 16)
command-import = وارد کردن برنامه‌ها از فایل (CSV، اکسل، تقویم)
audit-action-import-applied = 📥 برنامهٔ زمانی وارد شد
audit-action-import-calendar-set = 📅 تقویم اشتراکی ثبت شد
import-intro =
    📥 چندین تاریخ را یک‌جا وارد کنید: یک فایل CSV یا اکسل (نمونه در پایین) یا یک فایل تقویم (.ics) از Nextcloud، Outlook یا Google برایم بفرستید. حداکثر { $mb } مگابایت و { $rows } سطر. اول پیش‌نمایش را می‌بینید؛ تا تأیید نکنید چیزی ذخیره نمی‌شود.

    وارد کردن دوبارهٔ همان فایل چیزی را تغییر نمی‌دهد. سطری که تغییر کرده برنامه‌اش را به‌روز می‌کند و به همهٔ ثبت‌نام‌کنندگان زمان یا مکان تازه خبر داده می‌شود.
import-columns-title = <b>ستون‌های نمونه</b>
import-column-id = شمارهٔ خودتان برای سطر (نگهش دارید: ورود بعدی برنامه را با آن پیدا می‌کند)
import-column-title = عنوان به زبان { $language }
import-column-summary = توضیح کوتاه به زبان { $language }
import-column-category = موضوع، مثلاً Sport، Beratung، Kinder & Familie (خالی: برای کل فایل یکی انتخاب می‌کنید)
import-column-district = محله (خالی: برای کل فایل یکی انتخاب می‌کنید)
import-column-address = نشانی مکان
import-column-online = پیوند آنلاین (https://…) برای برنامه‌های اینترنتی
import-column-start = شروع، مثلاً 05.12.2026 15:00 یا 2026-12-05 15:00 (به وقت برلین)
import-column-end = پایان: یک ساعت (17:00) یا تاریخ و ساعت
import-column-length = یا مدت: 90، 1:30 یا 2 h
import-column-repeats = هفتگی، هر دو هفته یا ماهانه (خالی: یک بار)
import-column-until = آخرین تاریخ مجموعه، مثلاً 31.03.2027
import-column-seats = تعداد جا برای هر تاریخ (خالی: ثبت‌نام لازم نیست)
import-column-ages = سن، مثلاً 12-17 یا 60-
import-column-cost = هزینه، مثلاً 2 € (خالی: رایگان)
import-column-languages = زبان‌های گفت‌وگو، مثلاً de, ar, uk
import-column-accessibility = دسترسی‌پذیری، مثلاً ورودی بدون پله
import-column-contact = راه تماس با برگزارکنندگان
import-template-csv = 📄 نمونه به صورت CSV (با نقطه‌ویرگول، برای اکسل)
import-template-xlsx = 📊 نمونه به صورت فایل اکسل، با توضیح ستون‌ها
import-sheet-offers = برنامه‌ها
import-sheet-columns = ستون‌ها
import-reading = 📥 دارم فایل را می‌خوانم…
import-file-too-big = 😕 این فایل خیلی بزرگ است. فایل‌ها را تا { $mb } مگابایت می‌توانم بخوانم.
import-file-too-many-rows = 😕 این فایل بیش از { $rows } سطر دارد. لطفاً آن را به فایل‌های کوچک‌تر تقسیم کنید.
import-file-unreadable = 😕 نتوانستم این فایل را بخوانم. لطفاً آن را دوباره به صورت CSV، اکسل (.xlsx) یا تقویم (.ics) ذخیره کنید و بفرستید.
import-file-no-header = 😕 نام ستون‌ها را پیدا نمی‌کنم. سطر اول باید دست‌کم ستون عنوان و شروع داشته باشد، مثل نمونه (/import).
import-file-unknown-type = می‌توانم فایل‌های CSV، اکسل (.xlsx) و تقویم (.ics) را وارد کنم. /import برایتان نمونه می‌فرستد.
import-file-empty = 😕 این فایل خالی است.
import-ask-category = بعضی تاریخ‌ها موضوع ندارند. چه موضوعی بگیرند؟
import-ask-district = تاریخ‌های این فایل مربوط به کدام محله است؟
import-district-none = 🌐 بدون محله (کل شهر یا آنلاین)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] ۱ تازه
       *[other] { $count } تازه
    }
import-count-changed =
    { $count ->
        [one] ۱ تغییرکرده
       *[other] { $count } تغییرکرده
    }
import-count-unchanged =
    { $count ->
        [one] ۱ بدون تغییر
       *[other] { $count } بدون تغییر
    }
import-count-cancelled =
    { $count ->
        [one] ۱ لغوشده (دیگر در فایل نیست)
       *[other] { $count } لغوشده (دیگر در فایل نیستند)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ ۱ سطر وارد نمی‌شود:
       *[other] ⚠️ { $count } سطر وارد نمی‌شوند:
    }
import-row-error = سطر { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … و ۱ مورد دیگر
       *[other] … و { $count } مورد دیگر
    }
import-preview-question = الان وارد شود؟ سطرهای دیگر وارد می‌شوند و سطرهای بالا کنار گذاشته می‌شوند.
import-nothing-to-do = چیزی برای وارد کردن نیست: همه‌چیز به‌روز است.
import-confirm = ✅ وارد کن
import-done = ✅ وارد شد.
import-awaiting-approval =
    { $count ->
        [one] ۱ برنامه منتظر تأیید شهر است.
       *[other] { $count } برنامه منتظر تأیید شهر هستند.
    }
import-notified =
    { $count ->
        [one] به ۱ ثبت‌نام‌کننده تغییر خبر داده شد.
       *[other] به { $count } ثبت‌نام‌کننده تغییرات خبر داده شد.
    }
import-left-out =
    { $count ->
        [one] ۱ سطر کنار گذاشته شد (بالا را ببینید).
       *[other] { $count } سطر کنار گذاشته شد (بالا را ببینید).
    }
import-cancelled = ورود لغو شد. چیزی ذخیره نشد.
import-timeout = ورود متوقف شد چون مدتی کاری انجام نشد. فقط فایل را دوباره بفرستید.
import-reason-title-missing = عنوان ندارد
import-reason-title-too-long = عنوان خیلی بلند است (حداکثر ۲۰۰ نویسه)
import-reason-summary-too-long = توضیح خیلی بلند است (حداکثر ۱۰۰۰ نویسه)
import-reason-start-missing = شروع ندارد
import-reason-date-format = تاریخ «{ $value }» را نمی‌توانم بخوانم (بنویسید 05.12.2026 15:00)
import-reason-date-not-exist = تاریخ «{ $value }» وجود ندارد
import-reason-date-past = تاریخ گذشته است
import-reason-end-before-start = پایان قبل از شروع است
import-reason-length-invalid = مدت «{ $value }» را نمی‌توانم بخوانم (بنویسید 90 یا 1:30)
import-reason-repeats-unknown = تکرار «{ $value }» را نمی‌شناسم (هفتگی، هر دو هفته، ماهانه)
import-reason-until-before-start = مجموعه («{ $value }») پیش از شروع تمام می‌شود
import-reason-seats-invalid = تعداد جا «{ $value }» عدد نیست
import-reason-ages-invalid = سن «{ $value }» را نمی‌توانم بخوانم (بنویسید 12-17 یا 60-)
import-reason-languages-invalid = زبان‌های «{ $value }» را نمی‌توانم بخوانم (بنویسید de, ar)
import-reason-link-invalid = «{ $value }» پیوند وب نیست (https://…)
import-reason-text-too-long = یک متن خیلی بلند است: «{ $value }»
import-reason-category-unknown = موضوع «{ $value }» را نمی‌شناسم
import-reason-category-missing = موضوع ندارد
import-reason-district-unknown = محلهٔ «{ $value }» را نمی‌شناسم
import-reason-duplicate-id = شناسهٔ «{ $value }» دو بار در فایل آمده
import-reason-event-invalid = این مورد تقویم را نمی‌توانم بخوانم
import-reason-row-invalid = از این سطر برنامهٔ معتبری درنمی‌آید
import-calendar-button = 📅 تقویم اشتراکی
import-calendar-none =
    📅 هنوز تقویمی مشترک نشده.

    سازمان شما تاریخ‌هایش را در Nextcloud، Outlook یا تقویم Google نگه می‌دارد؟ نشانی عمومی تقویم را به من بدهید (iCalendar، با .ics تمام می‌شود): هر ساعت آن را بررسی می‌کنم، تاریخ‌های تازه را اضافه، تغییرکرده‌ها را به‌روز و حذف‌شده‌ها را لغو می‌کنم و به همهٔ ثبت‌نام‌کنندگان خبر داده می‌شود.
import-calendar-current =
    📅 تقویم اشتراکی:
    { $url }

    آخرین بررسی: { $checked }
import-calendar-never = هنوز نه
import-calendar-failing =
    { $count ->
        [one] ⚠️ آخرین بررسی ناموفق بود.
       *[other] ⚠️ { $count } بررسی آخر ناموفق بود.
    }
import-calendar-set = 🔗 ثبت نشانی
import-calendar-remove = 🗑 حذف
import-calendar-ask-url = نشانی عمومی تقویم را بفرستید (با https:// شروع می‌شود).
import-calendar-url-hint = این نشانی وب نیست. با https:// (یا http://) شروع می‌شود.
import-calendar-saved = ✅ ذخیره شد. ظرف یک ساعت تقویم را بررسی می‌کنم و بعد هر ساعت.
import-calendar-removed = 🗑 تقویم حذف شد. برنامه‌های واردشده می‌مانند.
import-calendar-failing-notice =
    ⚠️ یک روز است که نمی‌توانم تقویم اشتراکی شما را بخوانم:
    { $url }
    لطفاً بررسی کنید که نشانی هنوز کار می‌کند و عمومی است. به تلاش ادامه می‌دهم.

## schedule import, follow-ups
import-calendar-url-private = 🚫 نمی‌توانم از این نشانی استفاده کنم: { $host } در اینترنت عمومی نیست (یک نشانی محلی، خصوصی یا داخلی است). لطفاً نشانی عمومی تقویم را بدهید، همان‌طور که برنامهٔ تقویم شما زیر «اشتراک‌گذاری» یا «پیوند عمومی» نشان می‌دهد، و دوباره روی 🔗 ثبت نشانی بزنید.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } یک برنامه وارد کرده که منتظر تأیید شماست. آن را در /admin ← 📝 تأییدها پیدا می‌کنید.
       *[other] 📥 { $organization } { $count } برنامه وارد کرده که منتظر تأیید شما هستند. آن‌ها را در /admin ← 📝 تأییدها پیدا می‌کنید.
    }
import-admin-calendar = 📅 تقویم
import-admin-calendar-title = 📅 تقویم مشترک‌شدهٔ { $organization }
import-admin-calendar-none = هنوز تقویمی مشترک نشده است. با 🔗 ثبت نشانی، نشانی عمومی iCalendar آن را می‌دهید: هر ساعت آن را بررسی می‌کنم و تاریخ‌هایش را به‌عنوان برنامه‌های این سازمان وارد می‌کنم.

## ask the organiser (ask-)
ask-button = 💬 سؤال بپرسید
ask-menu = 💬 پرسیدن
command-ask = 💬 از شهر سؤال بپرسید
command-linkgroup = 🔗 این گروه را برای سؤال‌های ساکنان وصل کنید (در گروه)
ask-prompt-offer = 💬 سؤال شما درباره «{ $title }» به برگزارکنندگان آن می‌رسد.
ask-prompt-city = 💬 سؤال شما به تیم شهر می‌رسد.
ask-prompt = لطفاً سؤالتان را در یک پیام و به زبان خودتان بنویسید. می‌توانید یک عکس هم با سؤال در زیرنویس آن بفرستید.
ask-please-write = ✍️ لطفاً سؤالتان را به صورت متن بنویسید. نمی‌توانم پیام صوتی یا استیکر را منتقل کنم.
ask-too-long = ✍️ این کمی طولانی است. لطفاً کمتر از { $max } حرف بنویسید.
ask-share-name = 👤 آیا تیم می‌تواند نام کوچک شما را ببیند؟ اگر نه، فقط «ساکن» با یک شماره و زبان شما را می‌بینند.
ask-share-name-no = 🙈 نه، ناشناس بمانم
ask-share-name-yes = 👤 بله، نام کوچکم را نشان بده
ask-share-name-hint = لطفاً یکی از دکمه‌ها را بزنید.
ask-cancelled = ✖️ باشد، هیچ سؤالی فرستاده نشد.
ask-timeout = ⏳ سؤال شما فرستاده نشد چون مدتی پاسخی نیامد. دوباره شروع کنید.
ask-the-city = شهر
ask-sent =
    ✅ ممنون! سؤال شما به { $to } رسید.
    { $days ->
        [one] می‌توانید ظرف یک روز کاری منتظر پاسخ باشید.
       *[other] می‌توانید ظرف { $days } روز کاری منتظر پاسخ باشید.
    } پاسخ همین‌جا و به زبان شما می‌آید.
ask-resident = ساکن #{ $number } ({ $language })
ask-resident-named = ساکن #{ $number }، { $name } ({ $language })
ask-question-headline = ❓ سؤال از { $resident }
ask-followup-headline = ↩️ پیگیری از { $resident }
ask-reminder-headline =
    ⏰ بعد از { $days ->
        [one] یک روز کاری
       *[other] { $days } روز کاری
    } هنوز بی‌پاسخ: { $resident }
ask-about-offer = 📅 درباره: { $title }
ask-about-organization = 🏢 به: { $name }
ask-about-city = 🏛 یک سؤال عمومی از شهر
ask-deleted = 🗑 حذف شد: این شخص داده‌هایش را پاک کرده است.
ask-not-translated = ⚠️ ترجمه نشده (نوشته شده به { $language }).
ask-reply-hint = ↩️ برای پاسخ دادن، روی این پیام ریپلای کنید. آن شخص فقط پاسخ شما را می‌بیند، نه نام شما را.
ask-done-button = ✅ انجام شد
ask-block-button = 🚫 مسدود کردن پرسنده
ask-done-ok = ✅ سؤال #{ $number } انجام‌شده علامت خورد.
ask-blocked-ok = 🚫 ساکن #{ $number } دیگر نمی‌تواند برای شما سؤال بفرستد.
ask-answer-from = 💬 پاسخ از { $name }
ask-answer-from-city = 💬 پاسخ از شهر
ask-answer-hint = ↩️ می‌توانید روی این پیام ریپلای کنید یا «پاسخ» را بزنید.
ask-reply-button = ↩️ پاسخ
ask-reply-prompt = ✍️ لطفاً پاسخ‌تان را در یک پیام بنویسید.
ask-followup-sent = ✅ پاسخ شما فرستاده شد.
ask-answer-sent = ✅ پاسخ شما به ساکن #{ $number } ({ $language }) می‌رسد.
ask-refused-not-staff = 🚫 پاسخ شما فرستاده نشد: فقط تیم سازمانی که سؤال برای آن است می‌تواند پاسخ دهد.
ask-refused-erased = 🗑 پاسخ شما به کسی نرسید: این شخص داده‌هایش را پاک کرده است.
ask-answer-unreachable = 📭 پاسخ شما ذخیره شد، اما اکنون نمی‌توان به آن شخص دسترسی داشت: او ربات را متوقف کرده است.
ask-refused-not-asker = 🚫 این سؤال شما نیست، برای همین چیزی فرستاده نشد.
ask-reply-unknown = 🤷 پاسخ شما فرستاده نشد: این پیام سؤالی نیست که من به این گفتگو فرستاده باشم.
ask-linked-organization = 🔗 انجام شد! سؤال‌های ساکنان برای { $name } حالا به این گروه می‌آید، ترجمه‌شده به زبان کسی که گروه را وصل کرد. با ریپلای روی پیام من پاسخ دهید.
ask-linked-city = 🔗 انجام شد! سؤال‌های عمومی از شهر حالا به این گروه می‌آید. با ریپلای روی پیام من پاسخ دهید.
ask-linkgroup-forbidden = 🚫 فقط تیم یک سازمان (یا مدیران شهر) می‌توانند گروهی را وصل کنند.
ask-linkgroup-in-group = 🔗 مرا به گروه تلگرام تیم‌تان اضافه کنید و آنجا /linkgroup را بفرستید.
ask-stats-title = 💬 سؤال‌های ساکنان
ask-stats-row = { $name }: { $open } باز، { $answered } پاسخ‌داده‌شده
error-ask-limit = ✋ شما چند سؤال دارید که منتظر پاسخ هستند. لطفاً اول منتظر آن‌ها بمانید.
error-ask-blocked = 🚫 متأسفانه دیگر نمی‌توانید اینجا سؤال بفرستید.
error-ask-empty = ✍️ لطفاً اول چیزی بنویسید.
error-ask-too-long = ✍️ این کمی طولانی است. لطفاً کوتاه‌تر بنویسید.
error-ask-gone = 🤷 این سؤال دیگر وجود ندارد.
audit-action-question-blocked = 🚫 ساکن از پرسیدن مسدود شد
audit-action-question-group-linked = 🔗 گروه برای سؤال‌ها وصل شد
ask-privacy = 💬 سؤال‌های شما: اگر در ربات از یک تیم سؤال بپرسید، آن را با پاسخ‌ها تا { $days } روز بعد از آخرین پیام نگه می‌داریم و بعد پاک می‌کنیم. تیم فقط یک شماره و زبان شما را می‌بیند، نه نام شما را (مگر اینکه خودتان اجازه دهید).
ask-privacy-translated = 💬 سؤال‌های شما: اگر در ربات از یک تیم سؤال بپرسید، آن را با پاسخ‌ها تا { $days } روز بعد از آخرین پیام نگه می‌داریم و بعد پاک می‌کنیم. تیم فقط یک شماره و زبان شما را می‌بیند، نه نام شما را (مگر اینکه خودتان اجازه دهید). متن سؤال و پاسخ به سرویس ترجمه فرستاده می‌شود، هرگز نام یا شناسه تلگرام شما.
command-replytime = ⏱ تعیین کنید تیم شما چقدر زود به سؤال‌ها پاسخ می‌دهد
ask-replytime-usage = ⏱ تعداد روزهای کاری را بفرستید که تیم شما در آن به سؤال‌ها پاسخ می‌دهد، مثلاً /replytime 3 (از 1 تا { $max }).
ask-replytime-set = ⏱ انجام شد: به کسانی که از { $name } سؤال می‌پرسند گفته می‌شود ظرف { $days } روز کاری منتظر پاسخ باشند.
