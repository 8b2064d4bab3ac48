## language
# The language's own name in its own script, shown on the language buttons.
language-name = Українська
language-choose = 🌍 Якою мовою вам зручніше?
language-changed = ✅ Готово! Відтепер я писатиму вам українською.

## start
start-greeting =
    Вітаю, { $firstName }! 👋
    Я Treffpunkt. Допомагаю знайти заходи у вашому місті, наприклад спорт, мовні кафе чи консультації, і записатися на них.
start-choose-language = 🌍 Будь ласка, оберіть мову:

## help
help-intro = Ось що я вмію:
command-start = 👋 Почати
command-language = 🌍 Змінити мову
command-help = ❓ Допомога

## fallback
fallback-not-understood = Вибачте, я вас не зрозумів. 🤔 Надішліть /help, щоб побачити, що я вмію.

## groups
groups-private-only = 👋 Я працюю лише в особистих чатах. Будь ласка, напишіть мені напряму: { $botUsername }

## errors
error-generic = 😕 Вибачте, щось пішло не так. Будь ласка, спробуйте ще раз трохи згодом.
error-stale-button = ⌛ Ця кнопка вже не працює. Будь ласка, надішліть /start.
error-not-found = 🔍 Не вдалося це знайти. Можливо, це вже видалено.
error-forbidden = 🚫 Вибачте, ви не можете цього зробити.
error-invalid-input = ✋ Не вийшло. Будь ласка, перевірте, що ви ввели, і спробуйте ще раз.
