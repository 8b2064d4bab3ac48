## language
# The language's own name in its own script, shown on the language buttons.
language-name = العربية
language-choose = 🌍 بأي لغة نتحدث؟
language-changed = ✅ تمّ! من الآن سأكتب لك بالعربية.

## start
start-greeting =
    مرحبًا { $firstName }! 👋
    أنا Treffpunkt. أساعدك في العثور على أنشطة في مدينتك، مثل الرياضة ومقاهي اللغة والاستشارات، وفي التسجيل فيها.
start-link-welcome = 👋 أهلًا وسهلًا في Treffpunkt! اضغط على «📅 الأنشطة» في الأسفل لترى ما يُقام أيضًا.
start-choose-language = 🌍 يُرجى اختيار لغتك:

## help
help-intro = هذا ما أستطيع فعله:
command-offers = 📅 البحث عن أنشطة
command-start = 👋 البدء
command-language = 🌍 تغيير اللغة
command-help = ❓ المساعدة

## fallback
fallback-not-understood = 🤔 أستطيع قراءة الرسائل النصية فقط. يمكنك كتابة كلمة للبحث، مثل «كرة القدم»، أو الضغط على «📅 الأنشطة».

## groups
groups-private-only = 👋 أعمل فقط في المحادثات الخاصة. يُرجى مراسلتي مباشرةً: { $botUsername }

## errors
rate-limited = 🐢 أرسلت الكثير دفعة واحدة. يُرجى الانتظار بضع ثوانٍ ثم المحاولة مرة أخرى.
error-generic = 😕 عذرًا، حدث خطأ ما. يُرجى المحاولة مرة أخرى بعد قليل.
error-stale-button = ⌛ هذا الزر لم يعد يعمل. يُرجى إرسال /start.
error-not-found = 🔍 لم أجد ذلك. ربما تمّ حذفه.
error-forbidden = 🚫 عذرًا، لا يمكنك القيام بذلك.
error-invalid-input = ✋ لم ينجح ذلك. يُرجى التحقق مما أدخلته والمحاولة مرة أخرى.

## main menu
menu-offers = 📅 الأنشطة
menu-language = 🌍 اللغة
menu-help = ❓ المساعدة

## offers
offers-title = 📅 الأنشطة · الصفحة { $page } من { $pages }
offers-filters-active = الفلاتر: { $filters }
offers-none = 😕 لا توجد أنشطة تناسب هذه الفلاتر. يمكنك تجربة فلاتر أخرى.
offers-none-at-all = 😕 لا توجد أنشطة حاليًا. يُرجى العودة قريبًا.
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
offers-unavailable = ⌛ عذرًا، هذا النشاط لم يعد متاحًا.

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
search-none = 🔎 لم أجد شيئًا عن «{ $query }». يمكنك تجربة كلمة أخرى أو الاطلاع على كل الأنشطة.
search-too-short = 🔎 يُرجى كتابة حرفين على الأقل للبحث.
search-all-offers = 📅 كل الأنشطة

## sign-up
signup-button = ✍️ التسجيل
signup-ask-seats = 🪑 كم مكانًا تحتاج في «{ $title }»؟ اضغط على رقم (بحدّ أقصى { $max }).
signup-seats-hint = يُرجى الضغط على رقم من 1 إلى { $max }، أو إرسال /cancel لإيقاف التسجيل.
signup-ask-name = 📝 ما الاسم الذي نكتبه في القائمة؟ اضغط على الزر، أو اكتب اسمًا آخر.
signup-name-hint = يُرجى كتابة اسم (الحدّ الأقصى للأحرف: { $max })، أو الضغط على الزر. لإيقاف التسجيل أرسل /cancel.
signup-ask-age =
    🎂 هذا النشاط مخصّص للفئة العمرية التالية:
    { $range }
    كم عمر الشخص الذي سيحضر؟
signup-age-adult = 🧔 18 أو أكثر
signup-ask-children = 👨‍👩‍👧 عدد الأماكن: { $seats }. كم منها للأطفال؟
signup-children-hint = يُرجى الضغط على رقم من { $min } إلى { $max }، أو إرسال /cancel لإيقاف التسجيل.
signup-age-mismatch =
    😕 عذرًا، هذا النشاط مخصّص فقط للفئة العمرية التالية:
    { $range }
signup-button-hint = يُرجى الضغط على أحد الأزرار في الأعلى، أو إرسال /cancel لإيقاف التسجيل.
signup-consent = 🔒 من أجل القائمة نحفظ اسمك وعدد الأماكن، وكذلك الفئة العمرية إذا سألنا عنها. لا يراها إلا منظِّم هذا النشاط. نحذفها بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من موعد النشاط. للمزيد: /privacy
signup-consent-agree = ✅ أوافق
signup-summary = 📋 يُرجى المراجعة:
signup-summary-seats =
    { $seats ->
        [zero] 🪑 لا توجد أماكن
        [one] 🪑 مكان واحد
        [two] 🪑 مكانان
        [few] 🪑 { $seats } أماكن
        [many] 🪑 { $seats } مكانًا
       *[other] 🪑 { $seats } مكان
    }
signup-summary-name = 📝 الاسم: { $name }
signup-summary-children = 👨‍👩‍👧 عدد الأطفال: { $children }
signup-summary-fits = توجد أماكن شاغرة كافية.
signup-summary-full = لا توجد أماكن شاغرة الآن: سيكون رقمك { $position } في قائمة الانتظار.
signup-confirm = ✅ تأكيد التسجيل
signup-cancel = ✖️ إلغاء
signup-cancelled = حسنًا، أوقفتُ التسجيل. لم يُحفظ أي شيء.
signup-timeout = ⌛ مرّ أكثر من 30 دقيقة دون ردّ، لذلك أوقفتُ التسجيل. اضغط مرة أخرى على «✍️ التسجيل» للبدء من جديد.
signup-done-confirmed =
    { $seats ->
        [zero] ✅ تمّ تسجيلك!
        [one] ✅ تمّ تسجيلك! مكانك محجوز.
        [two] ✅ تمّ تسجيلك! حجزنا لك مكانين.
        [few] ✅ تمّ تسجيلك! حجزنا لك { $seats } أماكن.
        [many] ✅ تمّ تسجيلك! حجزنا لك { $seats } مكانًا.
       *[other] ✅ تمّ تسجيلك! حجزنا لك { $seats } مكان.
    }
signup-done-waitlisted = ⏳ لا توجد أماكن شاغرة الآن. رقمك في قائمة الانتظار هو { $position }. حالما يتوفّر مكان، سأسجّلك وأُخبرك بذلك.
signup-done-guardian = 👪 أوشكنا على الانتهاء! لأن عمرك أقل من 16 سنة، يجب أن يوافق أحد والديك. يُرجى إرسال هذا الرابط إلى والدتك أو والدك: { $link } — نحجز مكانك لمدة 48 ساعة.
signup-forward-link = 📤 إرسال الرابط
signup-ics-caption = 📅 يمكنك حفظ الموعد في تقويمك.
signup-ics-description = تسجيل عبر Treffpunkt: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 تسجيلاتي
command-my = 🗓 تسجيلاتي
my-title = 🗓 تسجيلاتك
my-none = ليس لديك تسجيلات قادمة. اضغط على «📅 الأنشطة» للبحث عن شيء يناسبك.
my-status-confirmed =
    { $seats ->
        [zero] ✅ تمّ التسجيل · لا توجد أماكن
        [one] ✅ تمّ التسجيل · مكان واحد
        [two] ✅ تمّ التسجيل · مكانان
        [few] ✅ تمّ التسجيل · { $seats } أماكن
        [many] ✅ تمّ التسجيل · { $seats } مكانًا
       *[other] ✅ تمّ التسجيل · { $seats } مكان
    }
my-status-waitlisted = ⏳ قائمة الانتظار، رقم { $position }
my-status-pending = 👪 بانتظار موافقة ولي الأمر
my-list-name = 📝 الاسم في القائمة: { $name }
my-ics = 📅 ملف التقويم
my-cancel = ❌ إلغاء تسجيلي
my-cancel-confirm = هل تريد فعلًا إلغاء تسجيلك في «{ $title }»؟
my-cancel-yes = ✅ نعم، أريد الإلغاء
my-cancel-no = ◀️ لا، لا أريد الإلغاء
my-cancelled = ✅ تمّ الإلغاء. أصبح مكانك الآن متاحًا لشخص آخر. شكرًا لأنك أخبرتنا!
my-back = ◀️ رجوع

## notices
notice-promoted = 🎉 خبر سار! أصبح هناك مكان شاغر، وتمّ تسجيلك الآن في:
notice-reminder = ⏰ تذكير لك:
notice-still-coming = 🤔 هل ما زال حضورك مؤكدًا؟
notice-still-coming-yes = ✅ نعم، سأحضر
notice-still-coming-no = ❌ لا، لا أستطيع
still-coming-thanks = 👍 رائع، نراك هناك!
still-coming-freed = شكرًا لإخبارنا. أصبح مكانك الآن متاحًا لشخص آخر.
notice-lapsed = ⌛ لم يوافق ولي أمرك خلال 48 ساعة، لذلك أُعطي مكانك لشخص آخر. يمكنك التسجيل من جديد:
notice-guardian-confirmed = ✅ وافق ولي أمرك. تمّ تسجيلك في:
notice-guardian-declined = لم يوافق ولي أمرك، لذلك لم يتمّ تسجيلك في:

## guardian
guardian-request = 👪 هناك طلب لتسجيل { $name } في هذا النشاط. ولأن عمر { $name } أقل من 16 سنة، نحتاج إلى موافقة أحد الوالدين. هل توافقون على ذلك؟
guardian-yes = ✅ نعم، أوافق
guardian-no = ❌ لا
guardian-thanks-yes = ✅ شكرًا جزيلًا لكم! تمّ تسجيل { $name }.
guardian-thanks-no = حسنًا. لم يتمّ تسجيل { $name }.

## input the bot cannot use
input-edited = ✏️ لا أستطيع رؤية التعديلات على الرسائل. يُرجى إرسالها مرة أخرى كرسالة جديدة.
input-forwarded = 📨 لا أقرأ الرسائل المُعاد توجيهها. يُرجى كتابة إجابتك بنفسك، أو الضغط على أحد الأزرار.

## privacy
command-privacy = 🔒 الخصوصية
privacy-notice =
    🔒 بياناتك في Treffpunkt

    📦 ما نحفظه: معرّفك في Telegram (مجرد رقم، وليس رقم هاتفك) لنتمكّن من الردّ عليك، واسمك الأول، ولغتك، وإعداداتك للأخبار. وعند التسجيل نحفظ أيضًا الاسم الذي يُكتب في القائمة، وعدد الأماكن، والفئة العمرية. لا نحفظ أرقام هواتف ولا تواريخ ميلاد ولا رسائل المحادثة، إلا الأسئلة التي ترسلها إلى المنظِّمين.
    🎯 لماذا: حتى تجد الأنشطة وتسجّل فيها وتصلك الأخبار التي اخترتها.
    👀 من يراها: منظِّم النشاط يرى قائمة نشاطه. الإحصاءات تُظهر أرقامًا فقط، ولا تُظهر أسماء أبدًا.
    ⏳ إلى متى: نحذف التسجيلات بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من موعد النشاط. إذا حظرت البوت، نحذف كل شيء بعد { $blockedDays ->
        [zero] { $blockedDays } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $blockedDays } أيام
        [many] { $blockedDays } يومًا
       *[other] { $blockedDays } يوم
    }.
    ✉️ للأسئلة: { $contact }

    هنا يمكنك تنزيل بياناتك أو حذفها.
privacy-no-contact = الجهة التي أخبرتك عن هذا البوت
privacy-export-button = 📦 تنزيل بياناتي
privacy-export-caption = 📦 هذه كل البيانات التي يحفظها Treffpunkt عنك.
privacy-delete-button = 🗑 حذف بياناتي
privacy-delete-ask = 🗑 هل تريد حذف كل بياناتك؟ سنحذف اسمك ولغتك وإعداداتك.
privacy-delete-signups = 🎟 التسجيلات التي ستُلغى: { $count }. ستذهب أماكنها إلى الأشخاص في قائمة الانتظار.
privacy-delete-final = لا يمكن التراجع عن ذلك.
privacy-delete-yes = ⚠️ نعم، احذف
privacy-delete-keep = ↩️ لا، احتفظ ببياناتي
privacy-delete-last = ⚠️ سؤال أخير: هل نحذف كل شيء الآن؟
privacy-delete-now = 🗑 احذف الآن
privacy-delete-kept = 👍 حسنًا. لم يُحذف أي شيء.
privacy-delete-done = ✅ تمّ. حُذفت بياناتك. التسجيلات الملغاة: { $count }. إذا كتبت لي مرة أخرى، نبدأ من جديد.
privacy-delete-expired = ⌛ هذا السؤال قديم جدًا. لحذف بياناتك، يُرجى إرسال /privacy والبدء من جديد.

## sign-up errors
error-offer-unavailable = ⌛ عذرًا، هذا النشاط لم يعد متاحًا.
error-signup-closed = ⌛ التسجيل في هذا الموعد مُغلق.
error-signup-not-open = 🚪 لا يلزم التسجيل في هذا النشاط. يمكنك الحضور مباشرةً!
error-signup-duplicate = ✅ تمّ تسجيلك في هذا الموعد من قبل. يمكنك رؤيته في «🗓 تسجيلاتي».
error-signup-age-mismatch = 😕 عذرًا، هذا النشاط لفئة عمرية أخرى.
error-signup-cancel-too-late = ⏰ فات أوان الإلغاء هنا. يُرجى إبلاغ المنظِّم مباشرةً.
error-signup-not-found = 🔍 لم أعد أجد هذا التسجيل.
error-guardian-link-invalid = 🔗 هذا الرابط لم يعد يعمل. ربما استُخدم من قبل، أو انتهى النشاط.
error-guardian-self = 👪 يُرجى إرسال هذا الرابط إلى والدتك أو والدك. يجب أن تأتي الموافقة منهما.

## subscriptions
menu-subscriptions = 🔔 الأخبار
command-subscriptions = 🔔 اختيار الأخبار
command-stop = 🔕 إيقاف كل الأخبار
subscriptions-title = 🔔 أخبار من المدينة
subscriptions-intro = اختر المواضيع التي تريد أن تصلك أخبارها. اضغط على أي زر لتحديده أو لإلغاء تحديده.
subscriptions-status-on = ✅ الأخبار مفعّلة. تصلك الأخبار عن المواضيع المحدَّدة.
subscriptions-status-empty = ☝️ الأخبار مفعّلة، لكن لم يتمّ تحديد أي موضوع بعد. يُرجى تحديد موضوع واحد على الأقل.
subscriptions-status-off = 🔕 الأخبار متوقفة، لذلك لا تصلك أي أخبار. اختياراتك محفوظة. لتفعيلها من جديد، حدِّد الزر الأول.
subscriptions-switch = 🔔 استلام الأخبار
subscriptions-general = 📢 أخبار عامة من المدينة
subscriptions-digest = 🗞 قائمة أسبوعية بالأنشطة الجديدة
subscriptions-districts =
    { $count ->
        [0] 📍 الأحياء: الكل
        [zero] 📍 الأحياء: الكل
        [one] 📍 الأحياء: حيّ واحد
        [two] 📍 الأحياء: حيّان
        [few] 📍 الأحياء: { $count } أحياء
        [many] 📍 الأحياء: { $count } حيًّا
       *[other] 📍 الأحياء: { $count } حيّ
    }
subscriptions-districts-title = 📍 من أي أحياء المدينة تريد أن تصلك الأخبار؟ حدِّد حيًّا واحدًا أو أكثر، أو اختر «كل الأحياء».
subscriptions-districts-all = 🏙 كل الأحياء
subscriptions-back = ◀️ رجوع
subscriptions-stopped = 🔕 تمّ. لن تصلك أخبار بعد الآن، لكن اختياراتك محفوظة. لتفعيلها من جديد، أرسل /subscriptions.
subscriptions-ask = 🔔 هل تريد أن تصلك أخبار من المدينة (مستجدات، أنشطة جديدة)؟
subscriptions-ask-yes = ✅ نعم، اختيار المواضيع
subscriptions-ask-no = ❌ لا، شكرًا
subscriptions-ask-declined = 👍 حسنًا، لن تصلك أخبار. إذا غيّرت رأيك، يكفي أن ترسل /subscriptions.
subscriptions-unsubscribe = 🔕 إيقاف أخبار هذا الموضوع
subscriptions-unsubscribed = 🔕 تمّ. لن تصلك بعد الآن أخبار عن «{ $topic }». لتغيير اختياراتك، أرسل /subscriptions.

## broadcast (staff)
broadcast-ask-text = ✏️ يُرجى إرسال نص الإعلان (الحدّ الأقصى للأحرف: { $max }). اكتبه بلغتك، ويمكنك إضافة الترجمات بعد ذلك.
broadcast-text-hint = يُرجى إرسال النص في رسالة (الحدّ الأقصى للأحرف: { $max })، أو إرسال /cancel للإيقاف.
broadcast-ask-translations = 🌍 هل تريد إضافة ترجمة؟ اضغط على لغة، أو على «تمّ».
broadcast-ask-translation = ✏️ يُرجى إرسال النص بهذه اللغة: { $language }.
broadcast-translations-done = ✅ تمّ
broadcast-ask-audience = 👥 لمن يُرسَل الإعلان؟
broadcast-audience-subscribers = 📣 المشتركون في موضوع
broadcast-audience-participants = ✅ المشاركون في نشاط
broadcast-audience-waitlist = ⏳ قائمة الانتظار لنشاط
broadcast-topic-general = أخبار عامة من المدينة
broadcast-ask-topic = 🏷 أي موضوع؟
broadcast-ask-districts = 📍 أي أحياء؟ اضغط للاختيار، ثم على «تمّ».
broadcast-all-districts = كل الأحياء
broadcast-districts-done = ✅ تمّ
broadcast-ask-languages = 🌍 لقرّاء أي لغات؟ اضغط للاختيار ثم «تمّ». بدون اختيار تصل إلى الجميع.
broadcast-all-languages = كل اللغات
broadcast-ask-offer = 📅 أي موعد من مواعيد النشاط؟
broadcast-ask-urgent = ⚠️ هل الأمر عاجل؟ الرسائل العاجلة تُرسَل حتى في الليل. يُرجى استخدام هذا الخيار لتحذيرات السلامة فقط.
broadcast-normal = 🕊 عادي
broadcast-urgent = ⚠️ عاجل (تحذير للسلامة)
broadcast-ask-when = 🕒 هل نرسله الآن؟ أو اكتب التاريخ والوقت (بتوقيت برلين)، مثلًا «12.12. 17:00» أو «2026-12-12 17:00».
broadcast-now = 🚀 إرسال الآن
broadcast-when-hint = يُرجى كتابة تاريخ ووقت في المستقبل مثل «12.12. 17:00»، أو الضغط على «إرسال الآن».
broadcast-ask-repeat = 🔁 هل يتكرّر الإعلان؟
broadcast-repeat-none = مرة واحدة فقط
broadcast-repeat-weekly = كل أسبوع الساعة { $time }
broadcast-repeat-monthly = كل شهر في اليوم { $day } الساعة { $time }
broadcast-preview-as = 👀 معاينة باللغة { $language }: هكذا يراه القارئ:
broadcast-confirm-question =
    { $count ->
        [zero] 📬 موعد الإرسال: { $date }. لا يوجد من يستلمه الآن. هل نرسله؟
        [one] 📬 موعد الإرسال: { $date }. سيصل إلى شخص واحد. هل نرسله؟
        [two] 📬 موعد الإرسال: { $date }. سيصل إلى شخصين. هل نرسله؟
        [few] 📬 موعد الإرسال: { $date }. سيصل إلى { $count } أشخاص. هل نرسله؟
        [many] 📬 موعد الإرسال: { $date }. سيصل إلى { $count } شخصًا. هل نرسله؟
       *[other] 📬 موعد الإرسال: { $date }. سيصل إلى { $count } شخص. هل نرسله؟
    }
broadcast-confirm = ✅ نعم، إرسال
broadcast-saved = ✅ تمّ الحفظ. سيُرسَل الإعلان كما هو مخطَّط.
broadcast-cancelled = حسنًا، أوقفتُ العملية. لم يُرسَل أي شيء.
broadcast-timeout = ⌛ مرّ أكثر من 30 دقيقة، لذلك أوقفتُ العملية. أرسل /broadcast للبدء من جديد.
broadcast-list-title = 📣 الإعلانات
broadcast-list-empty = لا يوجد شيء مجدول.
broadcast-cancel-scheduled = ✖️ إلغاء
broadcast-cancelled-scheduled = ✅ تمّ إلغاء الإعلان.
broadcast-stats = #{ $id }: أُرسل: { $sent } · في الانتظار: { $queued } · ينتظر الصباح: { $waitingForMorning } · فشل: { $failed } · حظروا البوت: { $blocked }
broadcast-promote = 📣 الإعلان عن هذا النشاط
announcement-open-offer = 📅 فتح النشاط
error-announcement-not-editable = ⌛ بدأ إرسال هذا الإعلان أو تمّ إلغاؤه.
command-broadcast = 📣 إرسال إعلان (للموظفين)
command-announcements = 📋 الإعلانات (للموظفين)

## digest
digest-title = 📰 جديد هذا الأسبوع، اخترناه لك:

## announcement editing (staff)
broadcast-edit = ✏️ تعديل
broadcast-edit-what = ✏️ ما الذي تريد تعديله في الإعلان #{ $id }؟
broadcast-edit-text = 📝 النص
broadcast-edit-time = 🕒 الوقت
broadcast-edit-ask-time = 🕒 يُرجى كتابة التاريخ والوقت الجديدين (بتوقيت برلين)، مثلًا «12.12. 17:00».
broadcast-edit-saved = ✅ تمّ الحفظ.

## offer changes and approval
notice-offer-changed = 🔄 تغيّر نشاط سجّلت فيه. الموعد والمكان الجديدان:
notice-offer-before = سابقًا: { $before }
notice-offer-cancelled = ❌ نأسف، أُلغي هذا النشاط. لا تحتاج إلى فعل أي شيء:
notice-offer-pending = 📝 نشاط جديد ينتظر موافقتك:
notice-offer-approved = ✅ تمت الموافقة على نشاطك، وأصبح ظاهرًا للجميع:
notice-offer-rejected = ↩️ لم تتم الموافقة على نشاطك بعد. يُرجى قراءة السبب وتعديله:
notice-offer-reason = السبب: { $reason }

## staff offers
command-myoffers = 🗂 أنشطتنا (للموظفين)
staff-offers-title = 🗂 أنشطة مؤسستك
staff-offers-none = لا توجد أنشطة بعد.
staff-offer-dates = 📅 اختر موعدًا لترى من سجّل فيه:
staff-offer-cancel = ❌ إلغاء هذا النشاط
staff-offer-cancel-confirm = هل تريد فعلًا إلغاء «{ $title }»؟ سيتمّ إبلاغ كل المسجّلين.
staff-offer-cancel-yes = ✅ نعم، أريد الإلغاء
staff-offer-cancelled =
    { $count ->
        [zero] ✅ تمّ الإلغاء. لم يكن هناك مسجّلون لإبلاغهم.
        [one] ✅ تمّ الإلغاء، وأُبلِغ شخص واحد بذلك.
        [two] ✅ تمّ الإلغاء، وأُبلِغ شخصان بذلك.
        [few] ✅ تمّ الإلغاء، وأُبلِغ { $count } أشخاص بذلك.
        [many] ✅ تمّ الإلغاء، وأُبلِغ { $count } شخصًا بذلك.
       *[other] ✅ تمّ الإلغاء، وأُبلِغ { $count } شخص بذلك.
    }
staff-participants-title = 👥 المسجّلون في موعد { $date }:
staff-participants-none = لم يسجّل أحد بعد.
staff-participants-export = 📄 تصدير بصيغة CSV
staff-participants-csv-caption = 📄 قائمة المشاركين
staff-attendance-hint = بعد بدء الموعد، اضغط على ✅ أو ❌ لتسجيل من حضر.
staff-csv-name = الاسم
staff-csv-seats = الأماكن
staff-csv-children = الأطفال
staff-csv-status = الحالة
staff-csv-age = الفئة العمرية
staff-csv-attendance = الحضور
staff-back = ◀️ رجوع

## new offer (staff)
command-newoffer = ➕ نشاط جديد (للموظفين)
staff-offer-reschedule = 🕒 تغيير الموعد
newoffer-ask-title = ✏️ ما اسم النشاط؟ اكتب العنوان باللغة { $language }. الحدّ الأقصى للأحرف: { $max }.
newoffer-title-hint = يُرجى كتابة عنوان يحتوي على حروف (الحدّ الأقصى للأحرف: { $max })، أو إرسال /cancel.
newoffer-ask-summary = 📝 صِف النشاط في جملة أو جملتين قصيرتين (الحدّ الأقصى للأحرف: { $max }).
newoffer-summary-hint = يُرجى كتابة وصف قصير (الحدّ الأقصى للأحرف: { $max })، أو إرسال /cancel.
newoffer-ask-translations = 🌍 هل تريد إضافة ترجمة؟ اضغط على لغة، أو على «تمّ».
newoffer-ask-category = 🏷 أي موضوع يناسبه أكثر؟
newoffer-ask-district = 📍 في أي حي؟
newoffer-no-district = 🌐 بدون حي (عبر الإنترنت أو على مستوى المدينة)
newoffer-ask-place = 🏠 أين؟ اكتب العنوان، أو شارك موقعًا عبر 📎، أو أرسل رابطًا للقاء عبر الإنترنت (https://…).
newoffer-place-hint = يُرجى كتابة عنوان، أو مشاركة موقع، أو إرسال رابط يبدأ بـ https://.
newoffer-ask-start = 🕒 متى يبدأ؟ اكتب التاريخ والوقت (بتوقيت برلين)، مثلًا «12.12. 17:00» أو «2026-12-12 17:00».
newoffer-start-hint = يُرجى كتابة تاريخ ووقت في المستقبل مثل «12.12. 17:00»، أو إرسال /cancel.
newoffer-ask-length = ⏱ كم تبلغ مدته؟
newoffer-length = { $hours } س
newoffer-ask-repeat = 🔁 هل يتكرّر؟
newoffer-repeat-weekly = كل أسبوع
newoffer-repeat-biweekly = كل أسبوعين
newoffer-ask-until = 📆 حتى متى؟ اكتب آخر تاريخ، مثلًا «31.01.».
newoffer-until-hint = يُرجى كتابة تاريخ بعد موعد البدء، مثل «31.01.».
newoffer-ask-signup = ✍️ هل يلزم التسجيل؟ اضغط على عدد الأماكن، أو اكتب عددًا آخر، أو اختر «بدون تسجيل».
newoffer-no-signup = 🚪 بدون تسجيل
newoffer-seats = الأماكن: { $seats }
newoffer-seats-hint = يُرجى الضغط على زر أو كتابة عدد الأماكن.
newoffer-ask-ages = 👥 لأي أعمار؟ اضغط على زر، أو اكتب نطاقًا مثل «12-17» (أو «60-» لمن هم في الستين فما فوق).
newoffer-ages-all = للجميع
newoffer-ages-youth = 12–17
newoffer-ages-children = أطفال 6–11
newoffer-ages-seniors = 60 فما فوق
newoffer-ages-hint = يُرجى الضغط على زر أو كتابة نطاق مثل «12-17».
newoffer-ask-cost = 💶 هل هو مجاني؟ اضغط على «مجانًا»، أو اكتب السعر (مثلًا «2 €»).
newoffer-cost-hint = يُرجى الضغط على «مجانًا» أو كتابة السعر.
newoffer-languages = 🌍 عدد اللغات التي فيها نص: { $count }
newoffer-preview = 👀 يُرجى مراجعة نشاطك:
newoffer-save-draft = 💾 حفظ كمسودة
newoffer-publish = 🚀 نشر
newoffer-saved-draft = 💾 تمّ الحفظ كمسودة.
newoffer-saved-pending-approval = ⏳ أُرسل للموافقة. ستصلك رسالة حالما تتمّ مراجعته.
newoffer-saved-published = 🚀 تمّ النشر! يمكن للسكان الآن العثور عليه.
newoffer-cancelled = حسنًا، أوقفتُ العملية. لم يُحفظ أي شيء.
newoffer-timeout = ⌛ مرّ أكثر من 30 دقيقة، لذلك أوقفتُ العملية. لم يُحفظ أي شيء.
newoffer-no-organization = 🏢 حسابك غير مرتبط بأي مؤسسة بعد. يُرجى طلب رابط دعوة من أحد المشرفين.
newoffer-rescheduled =
    { $count ->
        [zero] ✅ تمّ تغيير الموعد. لم يكن هناك مسجّلون لإبلاغهم.
        [one] ✅ تمّ تغيير الموعد، وأُبلِغ شخص واحد بذلك.
        [two] ✅ تمّ تغيير الموعد، وأُبلِغ شخصان بذلك.
        [few] ✅ تمّ تغيير الموعد، وأُبلِغ { $count } أشخاص بذلك.
        [many] ✅ تمّ تغيير الموعد، وأُبلِغ { $count } شخصًا بذلك.
       *[other] ✅ تمّ تغيير الموعد، وأُبلِغ { $count } شخص بذلك.
    }

newoffer-ask-max-seats = 🪑 ما أقصى عدد من الأماكن يمكن لشخص واحد حجزه (لأطفاله مثلًا)؟
newoffer-ask-deadline = ⏰ حتى متى يمكن التسجيل وإلغاء التسجيل؟
newoffer-deadline-start = التسجيل حتى البدء، والإلغاء حتى 3 ساعات قبله
newoffer-deadline-day = التسجيل والإلغاء حتى يوم واحد قبل الموعد
newoffer-deadline-week = التسجيل حتى أسبوع قبل الموعد، والإلغاء حتى يوم قبله
newoffer-ask-spoken = 🗣 ما اللغات التي يُتحدَّث بها هناك؟ اضغط للاختيار، ثم على «تمّ».
staff-offer-edit = ✏️ تعديل
newoffer-save-changes = 💾 حفظ التغييرات
newoffer-edited =
    { $count ->
        [0] ✅ تمّ الحفظ.
        [zero] ✅ تمّ الحفظ.
        [one] ✅ تمّ الحفظ، وأُبلِغ شخص واحد بالموعد أو المكان الجديد.
        [two] ✅ تمّ الحفظ، وأُبلِغ شخصان بالموعد أو المكان الجديد.
        [few] ✅ تمّ الحفظ، وأُبلِغ { $count } أشخاص بالموعد أو المكان الجديد.
        [many] ✅ تمّ الحفظ، وأُبلِغ { $count } شخصًا بالموعد أو المكان الجديد.
       *[other] ✅ تمّ الحفظ، وأُبلِغ { $count } شخص بالموعد أو المكان الجديد.
    }

## stats (admins)
command-stats = 📊 الإحصاءات (للمشرفين)
stats-title = 📊 إحصاءات شهر { $month } (بدون أسماء)
stats-users = 👥 المستخدمون حسب اللغة
stats-by-category = 🏷 حسب الموضوع
stats-by-offer = 📅 حسب النشاط
stats-line = التسجيلات: { $signups }، الأماكن: { $seats }، حضروا: { $present }، لم يحضروا: { $absent }
stats-hint = لعرض شهر آخر: /stats 2026-11

## admin
command-admin = 🛠 الإدارة (للمشرفين)
admin-menu-title = 🛠 الإدارة
admin-menu-text = ما الذي تريد إدارته؟
admin-organizations = 🏢 المؤسسات
admin-approvals = 📝 الموافقات
admin-audit = 📜 سجلّ العمليات
admin-back = ◀️ رجوع
admin-organizations-title = 🏢 المؤسسات
admin-organizations-none = لا توجد مؤسسات بعد.
admin-organization-new = ➕ مؤسسة جديدة
admin-organization-staff-count =
    { $count ->
        [zero] لا يوجد موظفون
        [one] موظف واحد
        [two] موظفان
        [few] { $count } موظفين
        [many] { $count } موظفًا
       *[other] { $count } موظف
    }
admin-organization-trusted-on = ✅ موثوقة
admin-organization-trusted-off = ⬜ موثوقة
admin-organization-trusted-hint = المؤسسات الموثوقة تنشر أنشطتها دون الحاجة إلى موافقة.
admin-organization-ask-name = 🏢 ما اسم المؤسسة الجديدة؟ (الحدّ الأقصى للأحرف: { $max })
admin-organization-name-hint = يُرجى إرسال الاسم في رسالة (عدد الأحرف: 1–{ $max })، أو إرسال /cancel للإيقاف.
admin-organization-created = ✅ تمّ إنشاء «{ $name }». افتحها لدعوة موظفين إليها.
admin-invite = ➕ دعوة موظف
admin-invite-link = 🔗 دعوة للانضمام إلى { $organization }. يعمل الرابط مرة واحدة فقط، حتى { $date }. أرسله إلى الشخص الذي سينضمّ:
admin-invite-share = 📤 مشاركة الرابط
admin-invite-share-text = دعوتك للانضمام إلى فريق { $organization } على Treffpunkt
admin-staff = 👥 الموظفون
admin-staff-title = 👥 موظفو { $organization }
admin-staff-none = لا يوجد أحد بعد. يمكنك دعوة شخص عبر «➕ دعوة موظف».
admin-staff-revoke = 🚫 إزالة { $name }
admin-staff-revoked = ✅ تمّت إزالة { $name } من الموظفين.
admin-approvals-title = 📝 بانتظار الموافقة
admin-approvals-none = لا يوجد شيء بانتظار الموافقة.
admin-approve = ✅ موافقة
admin-reject = ↩️ إرجاع
admin-approved = ✅ تمّت الموافقة والنشر.
admin-reject-ask-reason = ↩️ لماذا لا تتمّ الموافقة على «{ $title }» بعد؟ يُرجى كتابة السبب للمؤسسة (الحدّ الأقصى للأحرف: { $max }).
admin-reject-reason-hint = يُرجى كتابة السبب في رسالة (عدد الأحرف: 1–{ $max })، أو إرسال /cancel للإيقاف.
admin-rejected = ↩️ أُعيد إلى المؤسسة مع السبب الذي كتبته.
admin-audit-title = 📜 سجلّ العمليات، الصفحة { $page }
admin-audit-empty = لا توجد إدخالات بعد.
admin-audit-actor = بواسطة #{ $userId }
admin-audit-system = بواسطة النظام
admin-cancelled = حسنًا، أوقفتُ العملية. لم يتغيّر أي شيء.
admin-timeout = ⌛ مرّ أكثر من 30 دقيقة، لذلك أوقفتُ العملية. لم يتغيّر أي شيء.
staff-welcome = 🎉 أهلًا بك في فريق { $organization }! يمكنك الآن إنشاء أنشطتها وإدارتها. أرسل /help لترى الأدوات المتاحة لك.
error-invitation-invalid = 🔗 رابط الدعوة هذا لا يعمل. يُرجى طلب رابط جديد.
error-invitation-used = 🔗 رابط الدعوة هذا استُخدم من قبل. يُرجى طلب رابط جديد.
error-invitation-expired = ⌛ انتهت صلاحية رابط الدعوة هذا. يُرجى طلب رابط جديد.
error-organization-exists = 🏢 توجد مؤسسة بهذا الاسم من قبل. يُرجى إرسال اسم آخر.
error-offer-not-pending = ⌛ هذا النشاط لم يعد بانتظار الموافقة.

## admins and audit
signup-age-under = 👧 أقل من { $age }
signup-age-teen = 🧑 من { $age } إلى { $last }
signup-ask-age-any =
    🎂 كم عمر الشخص الذي سيحضر؟
    إذا كان العمر أقل من { $age }، يؤكّد أحد الوالدين أو الوصيّ التسجيل.
signup-ask-adult = 🔞 هذا النشاط للبالغين. يُرجى التأكيد أن الشخص الذي سيحضر عمره { $age } أو أكثر.
signup-adult-confirm = ✅ نعم، { $age } أو أكثر
admin-admins = 👑 المشرفون
admin-admins-title = 👑 المشرفون
admin-admins-text = يدير المشرفون كل المؤسسات، ويوافقون على الأنشطة والإعلانات، ويقرؤون سجلّ العمليات. لا يمكن هنا إزالة المشرفين المحدَّدين في إعدادات الخادم، ولا يزيل أحد دوره كمشرف بنفسه: يفعل ذلك مشرف آخر.
admin-admins-none = لا يوجد مشرفون بعد.
admin-admin-configured = إعدادات الخادم
admin-staff-admin-mark = 👑 مشرف
admin-staff-make-admin = 👑 اجعل { $name } مشرفًا
admin-staff-take-admin = ➖ أزِل دور المشرف عن { $name }
admin-admin-granted = 👑 أصبح { $name } مشرفًا الآن.
admin-admin-revoked = ✅ لم يعد { $name } مشرفًا.
error-admin-self = 🙅 لا يمكنك إزالة دورك كمشرف بنفسك. يمكن لمشرف آخر أن يفعل ذلك.
error-admin-configured = 🔒 هذا المشرف محدَّد في إعدادات الخادم، ولا يمكن إزالته من البوت.
admin-audit-filter = 🏢 حسب المؤسسة
admin-audit-filter-title = 🏢 سجلّات أيّ مؤسسة تريد أن ترى؟
admin-audit-filter-all = 📜 كل السجلّات
admin-audit-title-org = 📜 سجلّ العمليات · { $organization }، الصفحة { $page }
audit-who-system = النظام
audit-who-admin = مشرف #{ $id }
audit-who-staff = موظف #{ $id } · { $organization }
audit-who-staff-alone = موظف #{ $id }
audit-who-resident = مقيم #{ $id }
audit-who-user = مستخدم #{ $id }
audit-target-user = الشخص #{ $id }
audit-action-other = عملية أخرى ({ $action })
audit-action-access-denied = 🚫 مرفوض: { $action }
audit-action-offer-created = 📝 حُفظ النشاط
audit-action-offer-edited = ✏️ عُدّل النشاط
audit-action-offer-submitted = 📨 أُرسل النشاط للموافقة
audit-action-offer-published = 📢 نُشر النشاط
audit-action-offer-approved = ✅ تمت الموافقة على النشاط
audit-action-offer-rejected = ↩️ أُعيد النشاط
audit-action-offer-cancelled = ❌ أُلغي النشاط
audit-action-offer-attendance = 🙋 سُجّل الحضور
audit-action-participants-exported = 📄 نُزّلت قائمة المشاركين
audit-action-offer-revision-submitted = 📨 أُرسل تعديل على نشاط للموافقة
audit-action-offer-revision-approved = ✅ تمت الموافقة على تعديل نشاط
audit-action-offer-revision-rejected = ↩️ أُعيد تعديل نشاط
audit-action-announcement-created = 📣 كُتب إعلان
audit-action-announcement-approved = ✅ تمت الموافقة على الإعلان
audit-action-announcement-rejected = ↩️ أُعيد الإعلان
audit-action-announcement-edited = ✏️ عُدّل الإعلان
audit-action-announcement-cancelled = ❌ أُلغي الإعلان
audit-action-announcement-sent = 📬 أُرسل الإعلان
audit-action-organization-created = 🏢 أُنشئت مؤسسة
audit-action-organization-edited = 🏢 عُدّلت المؤسسة
audit-action-staff-invited = 🔗 دُعي موظف
audit-action-staff-joined = 👋 انضمّ كموظف
audit-action-staff-revoked = 🚫 أُلغي وصول الموظف
audit-action-admin-granted = 👑 أصبح مشرفًا
audit-action-admin-revoked = ➖ أُزيل دور المشرف
audit-action-user-erased = 🗑 حذف بياناته
## offer revisions
revision-waiting-own = ✏️ تعديلك الأخير بانتظار الموافقة؛ يرى الجميع النسخة المعروضة أعلاه.
revision-waits = ✏️ شكرًا لك! تعديلك بانتظار موافقة فريق المدينة. حتى ذلك الحين يرى الجميع النشاط كما كان، وستصلك رسالة فور اتخاذ القرار.
revision-queue-title = ✏️ تعديلات على أنشطة منشورة
revision-open = ✏️ التعديل { $number }
revision-title = تعديل على «{ $title }»
revision-proposed-by = اقترحته { $organization } في { $date }
revision-no-changes = لم يعد هناك أي فرق عن النسخة المنشورة.
revision-more-changes = … وتعديلات أخرى لا تتسع لها هذه الرسالة.
revision-was = سابقًا:
revision-now = جديد:
revision-yes = نعم
revision-no = لا
revision-repeats-none = مرة واحدة
revision-repeats-weekly = كل أسبوع
revision-repeats-biweekly = كل أسبوعين
revision-field-title = العنوان
revision-field-summary = وصف قصير
revision-field-details = التفاصيل
revision-field-accessibility = إمكانية الوصول
revision-field-category = الموضوع
revision-field-district = الحي
revision-field-address = العنوان البريدي
revision-field-online = رابط الإنترنت
revision-field-starts = البداية
revision-field-ends = النهاية
revision-field-repeats = التكرار
revision-field-until = التكرار حتى
revision-field-cost = التكلفة
revision-field-ages = الأعمار
revision-field-signup = التسجيل مطلوب
revision-field-capacity = الأماكن
revision-field-languages = اللغات المستخدمة
revision-field-rules = قواعد التسجيل (أماكن لكل تسجيل · الإغلاق · الإلغاء حتى · التذكير، بالدقائق)
revision-approved = ✅ تمّت الموافقة على التعديل ونشره.
revision-reject-ask-reason = ↩️ لماذا لا تتم الموافقة على التعديل على «{ $title }»؟ يُرجى كتابة السبب للمؤسسة (الحد الأقصى للأحرف: { $max }).
revision-rejected = ↩️ أُعيد التعديل مع السبب الذي كتبته. تبقى النسخة المنشورة كما هي.
error-revision-not-pending = ⌛ هذا التعديل لم يعد بانتظار الموافقة.
notice-offer-revision-pending = ✏️ تعديل على نشاط منشور بانتظار موافقتك:
notice-offer-revision-approved = ✅ تمّت الموافقة على تعديلك، وأصبح الآن ظاهرًا للجميع:
notice-offer-revision-rejected = ↩️ لم تتم الموافقة على تعديلك، ويبقى النشاط كما كان. يُرجى قراءة السبب:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 عدد المستلمين: { $count }. سيُرسَل الإعلان فور تأكيدك. هل نرسله؟
broadcast-sending = 🚀 يُرسَل الإعلان الآن. عدد المستلمين: { $count }. يمكنك متابعة التقدّم عبر /announcements.
broadcast-time-passed = 🕒 مضى الوقت الذي اخترته في أثناء ذلك. من فضلك اختر الوقت من جديد؛ النص والجمهور محفوظان.
broadcast-stats-eta = ⏱ الانتهاء المتوقَّع: { $time }
notice-announcement-report = 📣 أُرسل إعلانك رقم { $id }. أُرسل: { $sent } · فشل: { $failed } · حظروا البوت: { $blocked }
error-announcement-time-passed = 🕒 الوقت المختار قد مضى. من فضلك اختر وقتًا جديدًا.
## announcements for partners
broadcast-ask-as = 🏛 باسم مَن هذا الإعلان؟
broadcast-as-city = المدينة
broadcast-picker-participants =
    👥 { $count ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
       *[other] { $count } شخصًا
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [zero] لا أحد ينتظر
        [one] شخص واحد ينتظر
        [two] شخصان ينتظران
        [few] { $count } أشخاص ينتظرون
       *[other] { $count } شخصًا ينتظرون
    }
broadcast-picker-previous = السابق
broadcast-picker-next = التالي
broadcast-picker-empty = 📅 ليس لدى مؤسستك مواعيد قادمة حاليًا.
broadcast-confirm-urgent-night = عاجل: ستصل هذه الرسالة في الليل أيضًا، حتى في ساعات الهدوء.
broadcast-saved-pending = ✅ تم الحفظ. سيراجعها أولًا أحد مسؤولي المدينة، وستصلك رسالة فور الموافقة عليها أو إعادتها إليك.
broadcast-list-pending = بانتظار الموافقة
admin-announcement-approvals = 📣 إعلانات بانتظار الموافقة
admin-announcement-approvals-title = 📣 إعلانات تنتظر الموافقة
admin-announcement-approvals-none = لا يوجد إعلان ينتظر الموافقة.
admin-announcement-approved = ✅ تمت الموافقة. سيُرسل كما هو مخطط.
admin-announcement-rejected = ↩️ أُعيد إلى كاتبه مع السبب الذي كتبته.
admin-announcement-reject-ask-reason = ↩️ لماذا لا توافق على الإعلان رقم { $id }؟ اكتب السبب لكاتبه من فضلك (الحد الأقصى للأحرف: { $max }).
notice-announcement-approved = ✅ تمت الموافقة على إعلانك وسيُرسل كما هو مخطط:
notice-announcement-rejected = ↩️ لم تتم الموافقة على إعلانك، ولن يُرسل. اطّلع على السبب من فضلك:
notice-announcement-when = الموعد المخطط: { $date }
error-announcement-not-pending = ⌛ هذا الإعلان لم يعد ينتظر الموافقة.
notice-announcement-pending = 📣 إعلان ينتظر موافقتك (/admin ← 📣 إعلانات بانتظار الموافقة):
## machine translation (shared)
translation-mark = 🤖 ترجمة آلية
translation-show-original = 📄 عرض النص الأصلي
translation-translate-all = 🌍 ترجمة إلى كل اللغات
translation-by-hand = ✍️ ما زالت تحتاج إلى ترجمة يدوية (خدمة الترجمة لا تدعم هذه اللغات): { $languages }
translation-unavailable = ⚠️ لا يمكن الوصول إلى خدمة الترجمة الآن. نصك محفوظ، وستُضاف الترجمات تلقائيًا لاحقًا.
translation-budget = ⚠️ انتهت ميزانية الترجمة الآلية لهذا الشهر. نصك محفوظ، ويمكنك إضافة الترجمات يدويًا إن أردت.
translation-invalid = ⚠️ لم تنجح الترجمة الآلية إلى هذه اللغات فتُركت: { $languages }
translation-outdated = ✏️ تغيّر النص الأصلي. يرجى مراجعة ترجماتك الخاصة إلى: { $languages }
translation-original-header = 📄 النص الأصلي ({ $language }):
translation-none-configured = الترجمة الآلية غير مفعّلة لهذا البوت.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 ما زال نصك غير متوفر بلغة واحدة يستخدمها قرّاؤك. هل تريد أن تترجمه خدمة الترجمة؟ يمكنك مراجعة النتيجة وتصحيحها.
       *[other] 🌍 ما زال نصك غير متوفر بـ { $count } لغات يستخدمها قرّاؤك. هل تريد أن تترجمه خدمة الترجمة؟ يمكنك مراجعة كل نتيجة وتصحيحها.
    }
mt-ann-skip = ➡️ المتابعة بدون ترجمة
mt-ann-translations-title = 🤖 الترجمات الآلية:
mt-ann-ask-correct = ✏️ لتصحيح لغة، اضغط عليها وأرسل النص المصحَّح. إذا كان كل شيء جيدًا، اضغط «تمّ».
mt-ann-corrections-done = ✅ تمّ
mt-ann-ask-correction = ✏️ يُرجى إرسال النص المصحَّح بهذه اللغة: { $language }.
mt-ann-original-gone = 🤷 عذرًا، لم يعد من الممكن عرض هذه الرسالة.
mt-ann-stats-title = 🌍 الترجمة الآلية
mt-ann-stats-usage = { $provider } · الأحرف هذا الشهر: { $chars }
mt-ann-stats-usage-budget = { $provider } · الأحرف هذا الشهر: { $chars } من { $budget }
mt-ann-privacy-translation = 🌍 الترجمة: العروض والإعلانات المكتوبة للجميع تُرسَل إلى خدمة الترجمة { $provider } لكي تقرأها بلغتك. تُرسَل هذه النصوص فقط، ولا يُرسَل أبدًا اسمك أو رسائلك أو تسجيلاتك.
mt-ann-privacy-no-translation = 🌍 الترجمة: لا يستخدم هذا البوت أي خدمة ترجمة آلية. لا تُرسَل أي من بياناتك إلى خدمة كهذه.
## feeds and the public page
feeds-calendar-name = Treffpunkt: العروض
feeds-signup-line = التسجيل عبر تيليجرام: { $url }
feeds-subscribe = 📅 الاشتراك في هذا التقويم
feeds-inventory-button = 📋 قائمة العروض (CSV)
feeds-inventory-caption = 📋 كل العروض القادمة، كل عرض في سطر – مثلاً لقاعدة بيانات الولاية.
page-title = ماذا يحدث؟ – Treffpunkt
page-heading = ماذا يحدث؟
page-intro = عروض في مدينتك: تعرّف على الناس، تعلّم، مارس الرياضة. التسجيل عبر تيليجرام.
page-languages = اللغة
page-filter-category = الموضوع
page-filter-district = الحي
page-filter-date = اليوم
page-filter-all = الكل
page-filter-any-day = كل الأيام القادمة
page-filter-submit = عرض
page-subscribe = 📅 اشترك في هذه العروض في تقويمك
page-empty = لم نجد شيئاً لهذا الآن. جرّب فلاتر أخرى.
page-organizer = تنظيم: { $organization }
page-signup = ✍️ سجّل عبر تيليجرام
page-open = 📲 افتح في تيليجرام
page-more =
    { $count ->
        [one] … وموعد آخر. اختر يوماً أو موضوعاً لتراه.
       *[other] … و{ $count } مواعيد أخرى. اختر يوماً أو موضوعاً لتراها.
    }
## offers: machine translation
mt-offer-translated = 🤖 ترجمات آلية. يرجى قراءتها؛ ولتصحيح إحداها اضغط على لغتها في الأسفل.
mt-offer-grid-legend = ✅ مكتوبة يدويًا · 🤖 ترجمة آلية (اضغط للتصحيح) · ✏️ للمراجعة: تغيّر النص الأصلي · ➕ غير موجودة بعد
mt-offer-preview-machine = 🤖 عدد اللغات المترجمة آليًا: { $count }
mt-offer-refresh-failed = ⚠️ تعذّر تجديد هذه الترجمات الآلية، فأُخفيت مؤقتًا: { $languages }. ستُضاف من جديد تلقائيًا.
mt-offer-show-translation = 🌍 عرض بلغتي
## schedule import (issue 16)
command-import = استيراد عروض من ملف (CSV أو Excel أو تقويم)
audit-action-import-applied = 📥 استُورد جدول مواعيد
audit-action-import-calendar-set = 📅 أُضيف تقويم مشترك
import-intro =
    📥 مواعيد كثيرة دفعة واحدة: أرسل لي ملف CSV أو Excel (النموذج في الأسفل) أو ملف تقويم (.ics) من Nextcloud أو Outlook أو Google. بحد أقصى { $mb } ميغابايت و{ $rows } سطرًا. سترى معاينة أولًا، ولن يُحفظ شيء قبل أن تؤكّد.

    استيراد الملف نفسه مرة أخرى لا يغيّر شيئًا. السطر الذي تغيّر يحدّث عرضه، ويُبلَّغ كل المسجّلين بالوقت أو المكان الجديد.
import-columns-title = <b>أعمدة النموذج</b>
import-column-id = رقمك الخاص للسطر (احتفظ به: به يجد الاستيراد الجديد العرض)
import-column-title = العنوان باللغة: { $language }
import-column-summary = وصف قصير باللغة: { $language }
import-column-category = الموضوع، مثل Sport أو Beratung أو Kinder & Familie (فارغ: تختار موضوعًا للملف كله)
import-column-district = الحي (فارغ: تختار حيًّا للملف كله)
import-column-address = عنوان المكان
import-column-online = رابط عبر الإنترنت (https://…) للعروض على الإنترنت
import-column-start = البداية، مثل 05.12.2026 15:00 أو 2026-12-05 15:00 (بتوقيت برلين)
import-column-end = النهاية: ساعة (17:00) أو تاريخ وساعة
import-column-length = أو المدة: 90 أو 1:30 أو 2 h
import-column-repeats = أسبوعيًا أو كل أسبوعين أو شهريًا (فارغ: مرة واحدة)
import-column-until = آخر موعد في السلسلة، مثل 31.03.2027
import-column-seats = عدد الأماكن لكل موعد (فارغ: لا حاجة إلى تسجيل)
import-column-ages = الأعمار، مثل 12-17 أو 60-
import-column-cost = التكلفة، مثل 2 € (فارغ: مجاني)
import-column-languages = اللغات المستخدمة، مثل de, ar, uk
import-column-accessibility = سهولة الوصول، مثل مدخل بلا درج
import-column-contact = طريقة التواصل مع المنظّمين
import-template-csv = 📄 النموذج بصيغة CSV (بفواصل منقوطة، لبرنامج Excel)
import-template-xlsx = 📊 النموذج كملف Excel مع شرح الأعمدة
import-sheet-offers = العروض
import-sheet-columns = الأعمدة
import-reading = 📥 أقرأ الملف…
import-file-too-big = 😕 هذا الملف كبير جدًا. أستطيع قراءة ملفات حتى { $mb } ميغابايت.
import-file-too-many-rows = 😕 في هذا الملف أكثر من { $rows } سطرًا. من فضلك قسّمه إلى ملفات أصغر.
import-file-unreadable = 😕 لم أستطع قراءة هذا الملف. من فضلك احفظه من جديد بصيغة CSV أو Excel (.xlsx) أو تقويم (.ics) وأرسله مرة أخرى.
import-file-no-header = 😕 لا أجد أسماء الأعمدة. يجب أن يحتوي السطر الأول على عمود للعنوان وعمود للبداية على الأقل، كما في النموذج (/import).
import-file-unknown-type = أستطيع استيراد ملفات CSV وExcel (.xlsx) والتقويم (.ics). الأمر /import يرسل لك نموذجًا.
import-file-empty = 😕 هذا الملف فارغ.
import-ask-category = بعض المواعيد بلا موضوع. أيّ موضوع نعطيها؟
import-ask-district = إلى أيّ حيّ تنتمي مواعيد هذا الملف؟
import-district-none = 🌐 بلا حيّ (المدينة كلها أو عبر الإنترنت)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 جديد
       *[other] { $count } جديدة
    }
import-count-changed =
    { $count ->
        [one] 1 تغيّر
       *[other] { $count } تغيّرت
    }
import-count-unchanged =
    { $count ->
        [one] 1 بلا تغيير
       *[other] { $count } بلا تغيير
    }
import-count-cancelled =
    { $count ->
        [one] 1 أُلغي (لم يعد في الملف)
       *[other] { $count } أُلغيت (لم تعد في الملف)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ سطر واحد لا يمكن استيراده:
       *[other] ⚠️ { $count } أسطر لا يمكن استيرادها:
    }
import-row-error = السطر { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … وسطر آخر
       *[other] … و{ $count } أخرى
    }
import-preview-question = هل نستورد الآن؟ ستُستورد الأسطر الأخرى، وتُترك الأسطر المذكورة أعلاه.
import-nothing-to-do = لا شيء للاستيراد: كل شيء محدَّث.
import-confirm = ✅ استيراد
import-done = ✅ تمّ الاستيراد.
import-awaiting-approval =
    { $count ->
        [one] عرض واحد ينتظر موافقة المدينة.
       *[other] { $count } عروض تنتظر موافقة المدينة.
    }
import-notified =
    { $count ->
        [one] أُبلغ شخص مسجّل واحد بالتغيير.
       *[other] أُبلغ { $count } من المسجّلين بالتغييرات.
    }
import-left-out =
    { $count ->
        [one] تُرك سطر واحد (انظر أعلاه).
       *[other] تُركت { $count } أسطر (انظر أعلاه).
    }
import-cancelled = أُلغي الاستيراد. لم يُحفظ شيء.
import-timeout = توقّف الاستيراد لأنه لم يحدث شيء لفترة. أرسل الملف مرة أخرى فقط.
import-reason-title-missing = لا يوجد عنوان
import-reason-title-too-long = العنوان طويل جدًا (200 حرف على الأكثر)
import-reason-summary-too-long = الوصف طويل جدًا (1000 حرف على الأكثر)
import-reason-start-missing = لا توجد بداية
import-reason-date-format = لا أستطيع قراءة التاريخ «{ $value }» (اكتب 05.12.2026 15:00)
import-reason-date-not-exist = التاريخ «{ $value }» غير موجود
import-reason-date-past = الموعد في الماضي
import-reason-end-before-start = النهاية قبل البداية
import-reason-length-invalid = لا أستطيع قراءة المدة «{ $value }» (اكتب 90 أو 1:30)
import-reason-repeats-unknown = لا أعرف التكرار «{ $value }» (أسبوعيًا، كل أسبوعين، شهريًا)
import-reason-until-before-start = السلسلة تنتهي («{ $value }») قبل أن تبدأ
import-reason-seats-invalid = عدد الأماكن «{ $value }» ليس رقمًا
import-reason-ages-invalid = لا أستطيع قراءة الأعمار «{ $value }» (اكتب 12-17 أو 60-)
import-reason-languages-invalid = لا أستطيع قراءة اللغات «{ $value }» (اكتب de, ar)
import-reason-link-invalid = «{ $value }» ليس رابطًا (https://…)
import-reason-text-too-long = نصّ طويل جدًا: «{ $value }»
import-reason-category-unknown = لا أعرف الموضوع «{ $value }»
import-reason-category-missing = لا يوجد موضوع
import-reason-district-unknown = لا أعرف الحيّ «{ $value }»
import-reason-duplicate-id = المعرّف «{ $value }» مكرّر في الملف
import-reason-event-invalid = لا أستطيع قراءة هذا الموعد من التقويم
import-reason-row-invalid = هذا السطر لا يكوّن عرضًا صالحًا
import-calendar-button = 📅 التقويم المشترك
import-calendar-none =
    📅 لا يوجد تقويم مشترك بعد.

    هل تحفظ منظمتكم مواعيدها في Nextcloud أو Outlook أو تقويم Google؟ أعطني العنوان العام للتقويم (iCalendar، ينتهي بـ .ics): أتحقق منه كل ساعة، وأضيف المواعيد الجديدة، وأحدّث المتغيّرة، وألغي المحذوفة، ويُبلَّغ كل المسجّلين.
import-calendar-current =
    📅 التقويم المشترك:
    { $url }

    آخر فحص: { $checked }
import-calendar-never = ليس بعد
import-calendar-failing =
    { $count ->
        [one] ⚠️ فشل الفحص الأخير.
       *[other] ⚠️ فشلت آخر { $count } فحوص.
    }
import-calendar-set = 🔗 إدخال العنوان
import-calendar-remove = 🗑 إزالة
import-calendar-ask-url = أرسل لي العنوان العام للتقويم (يبدأ بـ https://).
import-calendar-url-hint = هذا ليس عنوان ويب. يبدأ بـ https:// (أو http://).
import-calendar-saved = ✅ حُفظ. سأفحص التقويم خلال ساعة، ثم كل ساعة.
import-calendar-removed = 🗑 أُزيل التقويم. العروض المستوردة تبقى.
import-calendar-failing-notice =
    ⚠️ منذ يوم لا أستطيع قراءة تقويمكم المشترك:
    { $url }
    من فضلكم تحقّقوا أن العنوان ما زال يعمل وأنه عام. سأستمر في المحاولة.

## schedule import, follow-ups
import-calendar-url-private = 🚫 لا أستطيع استخدام هذا العنوان: { $host } ليس على الإنترنت العام (إنه عنوان محلي أو خاص أو داخلي). من فضلك أعطني العنوان العام للتقويم كما يظهره تطبيق التقويم عند «مشاركة» أو «رابط عام»، ثم اضغط مرة أخرى على 🔗 إدخال العنوان.
import-pending-notice =
    { $count ->
        [one] 📥 استوردت { $organization } عرضًا واحدًا ينتظر موافقتك. تجده في /admin ← 📝 الموافقات.
       *[other] 📥 استوردت { $organization } { $count } عروض تنتظر موافقتك. تجدها في /admin ← 📝 الموافقات.
    }
import-admin-calendar = 📅 التقويم
import-admin-calendar-title = 📅 التقويم المشترك فيه لـ { $organization }
import-admin-calendar-none = لا يوجد تقويم مشترك فيه بعد. بزر 🔗 إدخال العنوان تعطيني عنوان iCalendar العام للتقويم: أفحصه كل ساعة وأضيف مواعيده كعروض لهذه المنظمة.

## ask the organiser (ask-)
ask-button = 💬 اطرح سؤالاً
ask-menu = 💬 اسأل
command-ask = 💬 اطرح سؤالاً على المدينة
command-linkgroup = 🔗 اربط هذه المجموعة بأسئلة السكان (داخل المجموعة)
ask-prompt-offer = 💬 سؤالك عن «{ $title }» يصل إلى الأشخاص الذين ينظمونه.
ask-prompt-city = 💬 سؤالك يصل إلى فريق المدينة.
ask-prompt = اكتب سؤالك من فضلك في رسالة واحدة، بلغتك. يمكنك أيضاً إرسال صورة مع السؤال كتعليق عليها.
ask-please-write = ✍️ اكتب سؤالك نصاً من فضلك. لا أستطيع نقل الرسائل الصوتية أو الملصقات.
ask-too-long = ✍️ هذا طويل قليلاً. اجعله أقل من { $max } حرف من فضلك.
ask-share-name = 👤 هل يمكن للفريق أن يرى اسمك الأول؟ إن لم توافق، يرون فقط «مقيم» مع رقم ولغتك.
ask-share-name-no = 🙈 لا، أبقى مجهول الاسم
ask-share-name-yes = 👤 نعم، أظهر اسمي الأول
ask-share-name-hint = اضغط على أحد الأزرار من فضلك.
ask-cancelled = ✖️ حسناً، لم يُرسل أي سؤال.
ask-timeout = ⏳ لم يُرسل سؤالك لأنه لم يصل رد لفترة. ابدأ من جديد ببساطة.
ask-the-city = المدينة
ask-sent =
    ✅ شكراً لك! وصل سؤالك إلى { $to }.
    { $days ->
        [one] يمكنك أن تتوقع رداً خلال يوم عمل واحد.
       *[other] يمكنك أن تتوقع رداً خلال { $days } أيام عمل.
    } سيصلك الرد هنا، بلغتك.
ask-resident = مقيم #{ $number } ({ $language })
ask-resident-named = مقيم #{ $number }، { $name } ({ $language })
ask-question-headline = ❓ سؤال من { $resident }
ask-followup-headline = ↩️ متابعة من { $resident }
ask-reminder-headline =
    ⏰ ما زال بلا رد بعد { $days ->
        [one] يوم عمل واحد
       *[other] { $days } أيام عمل
    }: { $resident }
ask-about-offer = 📅 بخصوص: { $title }
ask-about-organization = 🏢 إلى: { $name }
ask-about-city = 🏛 سؤال عام إلى المدينة
ask-deleted = 🗑 محذوف: حذف الشخص بياناته.
ask-not-translated = ⚠️ غير مترجم (مكتوب بـ { $language }).
ask-reply-hint = ↩️ رُدّ على هذه الرسالة لتجيب. يرى الشخص إجابتك فقط، وليس اسمك.
ask-done-button = ✅ تم
ask-block-button = 🚫 حظر السائل
ask-done-ok = ✅ السؤال #{ $number } تم وضع علامة عليه كمنتهٍ.
ask-blocked-ok = 🚫 المقيم #{ $number } لم يعد يستطيع إرسال أسئلة إليكم.
ask-answer-from = 💬 رد من { $name }
ask-answer-from-city = 💬 رد من المدينة
ask-answer-hint = ↩️ يمكنك الرد على هذه الرسالة أو الضغط على «رد».
ask-reply-button = ↩️ رد
ask-reply-prompt = ✍️ اكتب ردك من فضلك في رسالة واحدة.
ask-followup-sent = ✅ تم إرسال ردك.
ask-answer-sent = ✅ إجابتك ستصل إلى المقيم #{ $number } ({ $language }).
ask-refused-not-staff = 🚫 لم يُرسل ردك: فقط فريق الجهة التي وُجّه إليها السؤال يستطيع الإجابة عليه.
ask-refused-erased = 🗑 ردك لم يصل إلى أحد: حذف الشخص بياناته.
ask-answer-unreachable = 📭 تم حفظ إجابتك، لكن لا يمكن الوصول إلى الشخص الآن: لقد أوقف البوت.
ask-refused-not-asker = 🚫 هذا ليس سؤالك، لذلك لم يُرسل شيء.
ask-reply-unknown = 🤷 لم يُرسل ردك: هذه الرسالة ليست سؤالاً أرسلته إلى هذه المحادثة.
ask-linked-organization = 🔗 تم! أسئلة السكان إلى { $name } ستصل الآن إلى هذه المجموعة، مترجمة إلى لغة الشخص الذي ربطها. أجيبوا بالرد على رسالتي.
ask-linked-city = 🔗 تم! الأسئلة العامة إلى المدينة ستصل الآن إلى هذه المجموعة. أجيبوا بالرد على رسالتي.
ask-linkgroup-forbidden = 🚫 فقط فريق جهة ما (أو مسؤولو المدينة) يستطيعون ربط مجموعة.
ask-linkgroup-in-group = 🔗 أضفني إلى مجموعة فريقكم على تيليجرام وأرسل /linkgroup هناك.
ask-stats-title = 💬 أسئلة السكان
ask-stats-row = { $name }: { $open } مفتوحة، { $answered } مُجاب عنها
error-ask-limit = ✋ لديك بالفعل بعض الأسئلة التي تنتظر رداً. انتظر الرد عليها أولاً من فضلك.
error-ask-blocked = 🚫 للأسف لم يعد بإمكانك إرسال أسئلة هنا.
error-ask-empty = ✍️ اكتب شيئاً أولاً من فضلك.
error-ask-too-long = ✍️ هذا طويل قليلاً. اكتبه بشكل أقصر من فضلك.
error-ask-gone = 🤷 هذا السؤال لم يعد متاحاً.
audit-action-question-blocked = 🚫 حُظر مقيم من طرح الأسئلة
audit-action-question-group-linked = 🔗 رُبطت مجموعة للأسئلة
ask-privacy = 💬 أسئلتك: إذا طرحت سؤالاً على فريق في البوت، نحتفظ به مع الردود لمدة { $days } يوماً بعد آخر رسالة، ثم نحذفه. يرى الفريق رقماً ولغتك فقط، وليس اسمك (إلا إذا سمحت بذلك).
ask-privacy-translated = 💬 أسئلتك: إذا طرحت سؤالاً على فريق في البوت، نحتفظ به مع الردود لمدة { $days } يوماً بعد آخر رسالة، ثم نحذفه. يرى الفريق رقماً ولغتك فقط، وليس اسمك (إلا إذا سمحت بذلك). تُرسل نصوص السؤال والرد إلى خدمة الترجمة، ولا يُرسل اسمك أو معرّفك في تيليجرام أبداً.
command-replytime = ⏱ حدّد مدى سرعة رد فريقك على أسئلة السكان
ask-replytime-usage = ⏱ أرسل عدد أيام العمل التي يرد خلالها فريقك على أسئلة السكان، مثلاً /replytime 3 (من 1 إلى { $max }).
ask-replytime-set = ⏱ تم: من يسأل { $name } سيُقال له أن يتوقع رداً خلال { $days } من أيام العمل.
