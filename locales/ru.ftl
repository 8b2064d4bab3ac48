## language
# The language's own name in its own script, shown on the language buttons.
language-name = Русский
language-choose = 🌍 На каком языке вам удобнее?
language-changed = ✅ Готово! Теперь я буду писать вам по-русски.

## start
start-greeting =
    Здравствуйте, { $firstName }! 👋
    Я Treffpunkt. Я помогаю найти занятия в вашем городе, например спорт, языковые кафе и консультации, и записаться на них.
start-link-welcome = 👋 Добро пожаловать в Treffpunkt! Нажмите внизу «📅 Мероприятия», чтобы посмотреть, что ещё происходит.
start-choose-language = 🌍 Пожалуйста, выберите язык:

## help
help-intro = Вот что я умею:
command-offers = 📅 Найти мероприятия
command-start = 👋 Начать
command-language = 🌍 Сменить язык
command-help = ❓ Помощь

## fallback
fallback-not-understood = Извините, я не могу это прочитать. 🤔 Напишите слово для поиска, например «футбол», или нажмите «📅 Мероприятия».

## groups
groups-private-only = 👋 Я работаю только в личных чатах. Пожалуйста, напишите мне напрямую: { $botUsername }

## errors
error-generic = 😕 Извините, что-то пошло не так. Пожалуйста, попробуйте ещё раз чуть позже.
error-stale-button = ⌛ Эта кнопка больше не работает. Пожалуйста, отправьте /start.
error-not-found = 🔍 Не удалось это найти. Возможно, это уже удалили.
error-forbidden = 🚫 Извините, это действие вам недоступно.
error-invalid-input = ✋ Не получилось. Пожалуйста, проверьте, что вы ввели, и попробуйте ещё раз.

## main menu
menu-offers = 📅 Мероприятия
menu-language = 🌍 Язык
menu-help = ❓ Помощь

## offers
offers-title = 📅 Мероприятия · страница { $page } из { $pages }
offers-filters-active = Фильтры: { $filters }
offers-none = 😕 По этим фильтрам ничего не нашлось. Попробуйте другие фильтры.
offers-none-at-all = 😕 Сейчас мероприятий нет. Пожалуйста, загляните чуть позже.
offers-only-in =
    { $language ->
        [de] (только на немецком)
        [en] (только на английском)
       *[other] (пока не на вашем языке)
    }
offers-online = 💻 Онлайн
offers-filter-category = 🏷 Тема
offers-filter-district = 📍 Район
offers-filter-when = 📅 Когда
offers-filter-youth = 🧒 Для молодёжи
offers-filter-clear = ✖️ Сбросить фильтры
offers-filter-all = 🔄 Все
offers-choose-category = 🏷 Что вас интересует?
offers-choose-district = 📍 Какой район города?
offers-choose-when = 📅 Когда?
offers-when-today = Сегодня
offers-when-week = На этой неделе
offers-when-months2 = Ближайшие 2 месяца
offers-prev = ◀️ Назад
offers-next = Дальше ▶️
offers-back = ◀️ Назад к списку
offers-share = 📤 Поделиться
offers-share-text = { $title } – в Treffpunkt
offers-unavailable = ⌛ Извините, это мероприятие больше недоступно.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 Каждую неделю до { $until }
offer-recurs-biweekly = 🔁 Раз в две недели до { $until }
offer-place = 📍 { $place }
offer-online-link = 💻 Онлайн: { $url }
offer-cost-free = 💶 Бесплатно
offer-cost = 💶 { $cost }
offer-ages-range =
    { $max ->
        [one] 👥 Возраст: от { $min } до { $max } года
       *[other] 👥 Возраст: от { $min } до { $max } лет
    }
offer-ages-min =
    { $min ->
        [one] 👥 Возраст: от { $min } года
       *[other] 👥 Возраст: от { $min } лет
    }
offer-ages-max =
    { $max ->
        [one] 👥 Возраст: до { $max } года
       *[other] 👥 Возраст: до { $max } лет
    }
offer-languages = 🗣 Языки общения: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ Нужна запись · { $capacity } место
        [few] ✍️ Нужна запись · { $capacity } места
        [many] ✍️ Нужна запись · { $capacity } мест
       *[other] ✍️ Нужна запись · { $capacity } места
    }
offer-signup-needed-open = ✍️ Нужна запись
offer-signup-not-needed = 🚪 Без записи, просто приходите
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 Вот что я нашёл по запросу «{ $query }»:
search-none = 🔎 По запросу «{ $query }» ничего не нашлось. Попробуйте другое слово или посмотрите все мероприятия.
search-too-short = 🔎 Пожалуйста, напишите хотя бы 2 буквы, чтобы искать.
search-all-offers = 📅 Все мероприятия
