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
fallback-not-understood = ببخشید، این را نمی‌توانم بخوانم. 🤔 یک کلمه برای جستجو بنویسید، مثلاً «فوتبال»، یا روی «📅 برنامه‌ها» بزنید.

## groups
groups-private-only = 👋 من فقط در چت خصوصی کار می‌کنم. لطفاً مستقیم به من پیام بدهید: { $botUsername }

## errors
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
