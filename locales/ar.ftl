## language
# The language's own name in its own script, shown on the language buttons.
language-name = العربية
language-choose = 🌍 بأي لغة نتحدث؟
language-changed = ✅ تمّ! من الآن سأكتب لك بالعربية.

## start
start-greeting =
    مرحبًا { $firstName }! 👋
    أنا Treffpunkt. أساعدك في العثور على أنشطة في مدينتك، مثل الرياضة ومقاهي اللغة والاستشارات، وفي التسجيل فيها.
start-link-welcome = 👋 أهلًا وسهلًا في Treffpunkt! اضغط على «📅 العروض» في الأسفل لترى الأنشطة الأخرى.
start-choose-language = 🌍 يُرجى اختيار لغتك:

## help
help-intro = هذا ما أستطيع فعله:
command-offers = 📅 البحث عن عروض
command-start = 👋 البدء
command-language = 🌍 تغيير اللغة
command-help = ❓ المساعدة

## fallback
fallback-not-understood = عذرًا، لا أستطيع قراءة هذا. 🤔 يمكنك كتابة كلمة للبحث، مثل «كرة القدم»، أو الضغط على «📅 العروض».

## groups
groups-private-only = 👋 أعمل فقط في المحادثات الخاصة. يُرجى مراسلتي مباشرةً: { $botUsername }

## errors
error-generic = 😕 عذرًا، حدث خطأ ما. يُرجى المحاولة مرة أخرى بعد قليل.
error-stale-button = ⌛ هذا الزر لم يعد يعمل. يُرجى إرسال /start.
error-not-found = 🔍 لم أجد ذلك. ربما تمّ حذفه.
error-forbidden = 🚫 عذرًا، لا يمكنك القيام بذلك.
error-invalid-input = ✋ لم ينجح ذلك. يُرجى التحقق مما أدخلته والمحاولة مرة أخرى.

## main menu
menu-offers = 📅 العروض
menu-language = 🌍 اللغة
menu-help = ❓ المساعدة

## offers
offers-title = 📅 العروض · الصفحة { $page } من { $pages }
offers-filters-active = الفلاتر: { $filters }
offers-none = 😕 لا توجد عروض تناسب هذه الفلاتر. يمكنك تجربة فلاتر أخرى.
offers-none-at-all = 😕 لا توجد عروض حاليًا. يُرجى العودة قريبًا.
offers-only-in =
    { $language ->
        [de] (بالألمانية فقط)
        [en] (بالإنجليزية فقط)
       *[other] (غير متوفر بلغتك بعد)
    }
offers-online = 💻 عبر الإنترنت
offers-filter-category = 🏷 الفئة
offers-filter-district = 📍 الحي
offers-filter-when = 📅 متى
offers-filter-youth = 🧒 للشباب
offers-filter-clear = ✖️ مسح الفلاتر
offers-filter-all = 🔄 الكل
offers-choose-category = 🏷 ما الذي يهمّك؟
offers-choose-district = 📍 في أي حي؟
offers-choose-when = 📅 متى؟
offers-when-today = اليوم
offers-when-week = هذا الأسبوع
offers-when-months2 = خلال الشهرين القادمين
offers-prev = ◀️ السابق
offers-next = التالي ▶️
offers-back = ◀️ العودة إلى القائمة
offers-share = 📤 مشاركة
offers-share-text = { $title } – على Treffpunkt
offers-unavailable = ⌛ عذرًا، هذا العرض لم يعد متاحًا.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 كل أسبوع حتى { $until }
offer-recurs-biweekly = 🔁 كل أسبوعين حتى { $until }
offer-place = 📍 { $place }
offer-online-link = 💻 عبر الإنترنت: { $url }
offer-cost-free = 💶 مجانًا
offer-cost = 💶 { $cost }
offer-ages-range = 👥 العمر: من { $min } إلى { $max }
offer-ages-min = 👥 العمر: من { $min } فما فوق
offer-ages-max = 👥 العمر: حتى { $max }
offer-languages = 🗣 لغات التواصل: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [zero] ✍️ يلزم التسجيل · لا توجد أماكن
        [one] ✍️ يلزم التسجيل · مكان واحد
        [two] ✍️ يلزم التسجيل · مكانان
        [few] ✍️ يلزم التسجيل · { $capacity } أماكن
        [many] ✍️ يلزم التسجيل · { $capacity } مكانًا
       *[other] ✍️ يلزم التسجيل · { $capacity } مكان
    }
offer-signup-needed-open = ✍️ يلزم التسجيل
offer-signup-not-needed = 🚪 بدون تسجيل، يمكنك الحضور مباشرةً
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 هذا ما وجدته عن «{ $query }»:
search-none = 🔎 لم أجد شيئًا عن «{ $query }». يمكنك تجربة كلمة أخرى أو الاطلاع على كل العروض.
search-too-short = 🔎 يُرجى كتابة حرفين على الأقل للبحث.
search-all-offers = 📅 كل العروض
