## language
# The language's own name in its own script, shown on the language buttons.
language-name = Русский
language-choose = 🌍 На каком языке вам удобнее?
language-changed = ✅ Готово! Теперь я буду писать вам по-русски.

## start
start-greeting =
    Здравствуйте, { $firstName }! 👋
    Я Treffpunkt. Я помогаю найти занятия в вашем городе, например спорт, языковые кафе и консультации, и записаться на них.
start-choose-language = 🌍 Пожалуйста, выберите язык:

## help
help-intro = Вот что я умею:
command-start = 👋 Начать
command-language = 🌍 Сменить язык
command-help = ❓ Помощь

## fallback
fallback-not-understood = Извините, я вас не понял. 🤔 Отправьте /help, чтобы узнать, что я умею.

## groups
groups-private-only = 👋 Я работаю только в личных чатах. Пожалуйста, напишите мне напрямую: { $botUsername }

## errors
error-generic = 😕 Извините, что-то пошло не так. Пожалуйста, попробуйте ещё раз чуть позже.
error-stale-button = ⌛ Эта кнопка больше не работает. Пожалуйста, отправьте /start.
error-not-found = 🔍 Не удалось это найти. Возможно, это уже удалили.
error-forbidden = 🚫 Извините, это действие вам недоступно.
error-invalid-input = ✋ Не получилось. Пожалуйста, проверьте, что вы ввели, и попробуйте ещё раз.
