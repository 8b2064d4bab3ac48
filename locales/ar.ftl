## language
# The language's own name in its own script, shown on the language buttons.
language-name = العربية
language-choose = 🌍 بأي لغة نتحدث؟
language-changed = ✅ تمّ! من الآن سأكتب لك بالعربية.

## start
start-greeting =
    مرحبًا { $firstName }! 👋
    أنا Treffpunkt. أساعدك في العثور على أنشطة في مدينتك، مثل الرياضة ومقاهي اللغة والاستشارات، وفي التسجيل فيها.
start-choose-language = 🌍 يُرجى اختيار لغتك:

## help
help-intro = هذا ما أستطيع فعله:
command-start = 👋 البدء
command-language = 🌍 تغيير اللغة
command-help = ❓ المساعدة

## fallback
fallback-not-understood = عذرًا، لم أفهم ذلك. 🤔 أرسل /help لتعرف ما أستطيع فعله.

## groups
groups-private-only = 👋 أعمل فقط في المحادثات الخاصة. يُرجى مراسلتي مباشرةً: { $botUsername }

## errors
error-generic = 😕 عذرًا، حدث خطأ ما. يُرجى المحاولة مرة أخرى بعد قليل.
error-stale-button = ⌛ هذا الزر لم يعد يعمل. يُرجى إرسال /start.
error-not-found = 🔍 لم أجد ذلك. ربما تمّ حذفه.
error-forbidden = 🚫 عذرًا، لا يمكنك القيام بذلك.
error-invalid-input = ✋ لم ينجح ذلك. يُرجى التحقق مما أدخلته والمحاولة مرة أخرى.
