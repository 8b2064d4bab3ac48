## language
# The language's own name in its own script, shown on the language buttons.
language-name = Українська
language-choose = 🌍 Якою мовою вам зручніше?
language-changed = ✅ Готово! Відтепер я писатиму вам українською.

## start
start-greeting =
    Вітаю, { $firstName }! 👋
    Я Treffpunkt. Допомагаю знайти заходи у вашому місті, наприклад спорт, мовні кафе чи консультації, і записатися на них.
start-link-welcome = 👋 Вітаємо в Treffpunkt! Натисніть унизу «📅 Заходи», щоб побачити, що ще відбувається.
start-choose-language = 🌍 Будь ласка, оберіть мову:

## help
help-intro = Ось що я вмію:
command-offers = 📅 Знайти заходи
command-start = 👋 Почати
command-language = 🌍 Змінити мову
command-help = ❓ Допомога

## fallback
fallback-not-understood = Вибачте, я не можу це прочитати. 🤔 Напишіть слово для пошуку, наприклад «футбол», або натисніть «📅 Заходи».

## groups
groups-private-only = 👋 Я працюю лише в особистих чатах. Будь ласка, напишіть мені напряму: { $botUsername }

## errors
error-generic = 😕 Вибачте, щось пішло не так. Будь ласка, спробуйте ще раз трохи згодом.
error-stale-button = ⌛ Ця кнопка вже не працює. Будь ласка, надішліть /start.
error-not-found = 🔍 Не вдалося це знайти. Можливо, це вже видалено.
error-forbidden = 🚫 Вибачте, ви не можете цього зробити.
error-invalid-input = ✋ Не вийшло. Будь ласка, перевірте, що ви ввели, і спробуйте ще раз.

## main menu
menu-offers = 📅 Заходи
menu-language = 🌍 Мова
menu-help = ❓ Допомога

## offers
offers-title = 📅 Заходи · сторінка { $page } з { $pages }
offers-filters-active = Фільтри: { $filters }
offers-none = 😕 За цими фільтрами заходів немає. Спробуйте інші фільтри.
offers-none-at-all = 😕 Зараз заходів немає. Будь ласка, зазирніть трохи згодом.
offers-only-in =
    { $language ->
        [de] (лише німецькою)
        [en] (лише англійською)
       *[other] (поки що не вашою мовою)
    }
offers-online = 💻 Онлайн
offers-filter-category = 🏷 Тема
offers-filter-district = 📍 Район
offers-filter-when = 📅 Коли
offers-filter-youth = 🧒 Для молоді
offers-filter-clear = ✖️ Скинути фільтри
offers-filter-all = 🔄 Усі
offers-choose-category = 🏷 Що вас цікавить?
offers-choose-district = 📍 Який район міста?
offers-choose-when = 📅 Коли?
offers-when-today = Сьогодні
offers-when-week = Цього тижня
offers-when-months2 = Наступні 2 місяці
offers-prev = ◀️ Назад
offers-next = Далі ▶️
offers-back = ◀️ Назад до списку
offers-share = 📤 Поділитися
offers-share-text = { $title } – у Treffpunkt
offers-unavailable = ⌛ Вибачте, цей захід уже недоступний.

## offer details
offer-when = 📅 { $date }
offer-recurs-weekly = 🔁 Щотижня до { $until }
offer-recurs-biweekly = 🔁 Раз на два тижні до { $until }
offer-place = 📍 { $place }
offer-online-link = 💻 Онлайн: { $url }
offer-cost-free = 💶 Безкоштовно
offer-cost = 💶 { $cost }
offer-ages-range =
    { $max ->
        [one] 👥 Вік: від { $min } до { $max } року
       *[other] 👥 Вік: від { $min } до { $max } років
    }
offer-ages-min =
    { $min ->
        [one] 👥 Вік: від { $min } року
       *[other] 👥 Вік: від { $min } років
    }
offer-ages-max =
    { $max ->
        [one] 👥 Вік: до { $max } року
       *[other] 👥 Вік: до { $max } років
    }
offer-languages = 🗣 Мови спілкування: { $languages }
offer-accessibility = ♿ { $text }
offer-signup-needed =
    { $capacity ->
        [one] ✍️ Потрібен запис · { $capacity } місце
        [few] ✍️ Потрібен запис · { $capacity } місця
        [many] ✍️ Потрібен запис · { $capacity } місць
       *[other] ✍️ Потрібен запис · { $capacity } місця
    }
offer-signup-needed-open = ✍️ Потрібен запис
offer-signup-not-needed = 🚪 Без запису, просто приходьте
offer-organizer = 🏢 { $name }
offer-contact = ☎️ { $contact }

## search
search-results = 🔎 Ось що я знайшов за запитом «{ $query }»:
search-none = 🔎 За запитом «{ $query }» нічого не знайшлося. Спробуйте інше слово або перегляньте всі заходи.
search-too-short = 🔎 Будь ласка, напишіть щонайменше 2 літери, щоб шукати.
search-all-offers = 📅 Усі заходи
