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
fallback-not-understood = 🤔 Я вмію читати лише текстові повідомлення. Напишіть слово для пошуку, наприклад «футбол», або натисніть «📅 Заходи».

## groups
groups-private-only = 👋 Я працюю лише в особистих чатах. Будь ласка, напишіть мені напряму: { $botUsername }

## errors
rate-limited = 🐢 Забагато повідомлень одразу. Будь ласка, зачекайте кілька секунд і спробуйте ще раз.
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

## sign-up
signup-button = ✍️ Записатися
signup-ask-seats = 🪑 Скільки місць вам потрібно на «{ $title }»? Натисніть на число (не більше { $max }).
signup-seats-hint = Будь ласка, натисніть на число від 1 до { $max } або надішліть /cancel, щоб припинити запис.
signup-ask-name = 📝 Яке ім’я записати до списку? Натисніть кнопку або напишіть інше ім’я.
signup-name-hint = Будь ласка, напишіть ім’я (максимум символів: { $max }) або натисніть кнопку. Щоб припинити запис, надішліть /cancel.
signup-ask-age =
    🎂 Для кого цей захід:
    { $range }
    Скільки років людині, яка прийде?
signup-age-adult = 🧔 18 або старше
signup-ask-children = 👨‍👩‍👧 Усього місць: { $seats }. Скільки з них для дітей?
signup-children-hint = Будь ласка, натисніть на число від { $min } до { $max } або надішліть /cancel, щоб припинити запис.
signup-age-mismatch =
    😕 Вибачте, вік не підходить. Цей захід лише для:
    { $range }
signup-button-hint = Будь ласка, натисніть одну з кнопок вище або надішліть /cancel, щоб припинити запис.
signup-consent = 🔒 Для списку ми зберігаємо ваше ім’я, кількість місць і, якщо ми про це питали, вікову групу. Ці дані бачить лише організатор цього заходу. Ми видаляємо їх через { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } після заходу. Докладніше: /privacy
signup-consent-agree = ✅ Даю згоду
signup-summary = 📋 Будь ласка, перевірте:
signup-summary-seats =
    { $seats ->
        [one] 🪑 { $seats } місце
        [few] 🪑 { $seats } місця
        [many] 🪑 { $seats } місць
       *[other] 🪑 { $seats } місця
    }
signup-summary-name = 📝 Ім’я: { $name }
signup-summary-children = 👨‍👩‍👧 Дітей: { $children }
signup-summary-fits = Вільних місць достатньо.
signup-summary-full = Зараз усе зайнято: ви будете під номером { $position } у списку очікування.
signup-confirm = ✅ Так, записатися
signup-cancel = ✖️ Скасувати
signup-cancelled = Добре, я припинив запис. Нічого не збережено.
signup-timeout = ⌛ Вас не було понад 30 хвилин, тому я припинив запис. Просто натисніть «✍️ Записатися» ще раз, щоб почати знову.
signup-done-confirmed =
    { $seats ->
        [one] ✅ Ви записані! Для вас заброньовано { $seats } місце.
        [few] ✅ Ви записані! Для вас заброньовано { $seats } місця.
        [many] ✅ Ви записані! Для вас заброньовано { $seats } місць.
       *[other] ✅ Ви записані! Для вас заброньовано { $seats } місця.
    }
signup-done-waitlisted = ⏳ Зараз усе зайнято. Ви під номером { $position } у списку очікування. Щойно звільниться місце, я запишу вас і повідомлю.
signup-done-guardian = 👪 Майже готово! Вам менше 16 років, тому потрібна згода когось із батьків. Будь ласка, надішліть це посилання мамі або татові: { $link } — Ми тримаємо для вас місце 48 годин.
signup-forward-link = 📤 Надіслати посилання
signup-ics-caption = 📅 Збережіть дату у своєму календарі.
signup-ics-description = Запис через Treffpunkt: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 Мої записи
command-my = 🗓 Мої записи
my-title = 🗓 Ваші записи
my-none = У вас поки немає найближчих записів. Натисніть «📅 Заходи», щоб щось знайти.
my-status-confirmed =
    { $seats ->
        [one] ✅ Ви записані · { $seats } місце
        [few] ✅ Ви записані · { $seats } місця
        [many] ✅ Ви записані · { $seats } місць
       *[other] ✅ Ви записані · { $seats } місця
    }
my-status-waitlisted = ⏳ Список очікування, номер { $position }
my-status-pending = 👪 Чекаємо на згоду батьків
my-list-name = 📝 Ім’я у списку: { $name }
my-ics = 📅 Файл для календаря
my-cancel = ❌ Скасувати запис
my-cancel-confirm = Ви справді хочете скасувати запис на «{ $title }»?
my-cancel-yes = ✅ Так, скасувати
my-cancel-no = ◀️ Ні, залишити
my-cancelled = ✅ Запис скасовано. Тепер ваше місце може зайняти хтось інший. Дякуємо, що повідомили!
my-back = ◀️ Назад

## notices
notice-promoted = 🎉 Гарна новина! Звільнилося місце, і тепер ви записані:
notice-reminder = ⏰ Нагадування для вас:
notice-still-coming = 🤔 Ви ще плануєте прийти?
notice-still-coming-yes = ✅ Так, прийду
notice-still-coming-no = ❌ Ні, не зможу
still-coming-thanks = 👍 Чудово, до зустрічі!
still-coming-freed = Дякуємо, що повідомили. Тепер ваше місце може зайняти хтось інший.
notice-lapsed = ⌛ За 48 годин ніхто з батьків не дав згоди, тому ваше місце віддали іншій людині. Ви можете записатися знову:
notice-guardian-confirmed = ✅ Один із батьків дав згоду. Ви записані:
notice-guardian-declined = Ваші мама чи тато не дали згоди, тому ви не записані на:

## guardian
guardian-request = 👪 { $name } хоче взяти участь у цьому заході. Для дітей до 16 років потрібна згода когось із батьків. Ви погоджуєтеся?
guardian-yes = ✅ Так, даю згоду
guardian-no = ❌ Ні
guardian-thanks-yes = ✅ Щиро дякуємо! { $name } тепер у списку.
guardian-thanks-no = Гаразд. { $name } не буде в списку.

## input the bot cannot use
input-edited = ✏️ Змін у вже надісланих повідомленнях я не бачу. Будь ласка, надішліть текст ще раз новим повідомленням.
input-forwarded = 📨 Пересланих повідомлень я не читаю. Будь ласка, напишіть відповідь самі або натисніть кнопку.

## privacy
command-privacy = 🔒 Захист даних
privacy-notice =
    🔒 Ваші дані в Treffpunkt

    📦 Що ми зберігаємо: ваш Telegram ID (це число, а не номер телефону), щоб ми могли вам відповідати. Ще ми зберігаємо ваше ім’я, мову та налаштування новин. Коли ви записуєтеся, ми зберігаємо ім’я для списку, кількість місць і вікову групу. Номерів телефону, днів народження й повідомлень із чату ми не зберігаємо, крім запитань, які ви надсилаєте організаторам.
    🎯 Навіщо: щоб ви могли знаходити заходи, записуватися на них і отримувати новини, які ви обрали.
    👀 Хто це бачить: організатор заходу бачить список записів на свій захід. У статистиці лише числа, жодних імен.
    ⏳ Як довго: записи видаляються через { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } після заходу. Якщо ви заблокуєте бота, ми видалимо все через { $blockedDays } { $blockedDays ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }.
    ✉️ Питання: { $contact }

    Тут ви можете завантажити свої дані або видалити їх.
privacy-no-contact = організація, від якої ви дізналися про цей бот
privacy-export-button = 📦 Завантажити мої дані
privacy-export-caption = 📦 Тут усе, що Treffpunkt зберігає про вас.
privacy-delete-button = 🗑 Видалити мої дані
privacy-delete-ask = 🗑 Ви хочете видалити всі свої дані? Ми видалимо ваше ім’я, мову та налаштування.
privacy-delete-signups = 🎟 Буде скасовано записів: { $count }. Ці місця отримають люди зі списку очікування.
privacy-delete-final = Скасувати це буде неможливо.
privacy-delete-yes = ⚠️ Так, видалити
privacy-delete-keep = ↩️ Ні, залишити мої дані
privacy-delete-last = ⚠️ Останнє питання: видалити все просто зараз?
privacy-delete-now = 🗑 Видалити зараз
privacy-delete-kept = 👍 Добре. Нічого не видалено.
privacy-delete-done = ✅ Готово. Ваші дані видалено. Скасовано записів: { $count }. Якщо ви знову напишете мені, ми почнемо все спочатку.
privacy-delete-expired = ⌛ Це питання вже застаріло. Щоб видалити свої дані, будь ласка, почніть знову з /privacy.

## sign-up errors
error-offer-unavailable = ⌛ Вибачте, цей захід уже недоступний.
error-signup-closed = ⌛ Запис на цю дату закрито.
error-signup-not-open = 🚪 На цей захід не потрібно записуватися. Просто приходьте!
error-signup-duplicate = ✅ Ви вже записані на цю дату. Запис можна побачити в розділі «🗓 Мої записи».
error-signup-age-mismatch = 😕 Вибачте, цей захід для іншої вікової групи.
error-signup-cancel-too-late = ⏰ Скасувати запис тут уже запізно. Будь ласка, повідомте організатора напряму.
error-signup-not-found = 🔍 Я більше не можу знайти цей запис.
error-guardian-link-invalid = 🔗 Це посилання більше не працює. Можливо, ним уже скористалися або захід уже закінчився.
error-guardian-self = 👪 Будь ласка, надішліть це посилання мамі або татові. Згоду мають дати вони самі.

## subscriptions
menu-subscriptions = 🔔 Новини
command-subscriptions = 🔔 Обрати новини
command-stop = 🔕 Вимкнути всі новини
subscriptions-title = 🔔 Новини від міста
subscriptions-intro = Оберіть, про що ви хочете дізнаватися. Натисніть кнопку, щоб поставити або зняти позначку.
subscriptions-status-on = ✅ Новини увімкнено. Ви отримуєте новини на позначені теми.
subscriptions-status-empty = ☝️ Новини увімкнено, але ще жодну тему не позначено. Будь ласка, позначте хоча б одну.
subscriptions-status-off = 🔕 Новини вимкнено, тож ви їх не отримуєте. Ваш вибір збережено. Щоб знову їх увімкнути, позначте першу кнопку.
subscriptions-switch = 🔔 Надсилати мені новини
subscriptions-general = 📢 Загальні новини міста
subscriptions-digest = 🗞 Нові заходи: список раз на тиждень
subscriptions-districts =
    { $count ->
        [0] 📍 Райони: усі
        [one] 📍 Райони: обрано { $count }
        [few] 📍 Райони: обрано { $count }
        [many] 📍 Райони: обрано { $count }
       *[other] 📍 Райони: обрано { $count }
    }
subscriptions-districts-title = 📍 Про які райони міста ви хочете дізнаватися? Позначте один чи кілька або оберіть «Усі райони».
subscriptions-districts-all = 🏙 Усі райони
subscriptions-back = ◀️ Назад
subscriptions-stopped = 🔕 Готово. Новини більше не надходитимуть, але ваш вибір збережено. Щоб знову їх увімкнути, надішліть /subscriptions.
subscriptions-ask = 🔔 Бажаєте отримувати новини від міста (оголошення, нові заходи)?
subscriptions-ask-yes = ✅ Так, обрати теми
subscriptions-ask-no = ❌ Ні, дякую
subscriptions-ask-declined = 👍 Гаразд, без новин. Якщо передумаєте, просто надішліть /subscriptions.
subscriptions-unsubscribe = 🔕 Відписатися від цієї теми
subscriptions-unsubscribed = 🔕 Готово. Новини на тему «{ $topic }» більше не надходитимуть. Щоб змінити вибір, надішліть /subscriptions.

## broadcast (staff)
broadcast-ask-text = ✏️ Будь ласка, надішліть текст оголошення (максимум символів: { $max }). Напишіть його своєю мовою, переклади можна додати потім.
broadcast-text-hint = Будь ласка, надішліть текст повідомленням (максимум символів: { $max }) або надішліть /cancel, щоб припинити.
broadcast-ask-translations = 🌍 Додати переклад? Натисніть на мову або на «Готово».
broadcast-ask-translation = ✏️ Будь ласка, надішліть текст цією мовою: { $language }.
broadcast-translations-done = ✅ Готово
broadcast-ask-audience = 👥 Хто має його отримати?
broadcast-audience-subscribers = 📣 Підписники теми
broadcast-audience-participants = ✅ Учасники заходу
broadcast-audience-waitlist = ⏳ Список очікування заходу
broadcast-topic-general = Загальні новини міста
broadcast-ask-topic = 🏷 Яка тема?
broadcast-ask-districts = 📍 Які райони? Натисніть, щоб обрати, потім натисніть «Готово».
broadcast-all-districts = Усі райони
broadcast-districts-done = ✅ Готово
broadcast-ask-languages = 🌍 Для читачів якими мовами? Натисніть, щоб вибрати, потім «Готово». Без вибору — для всіх.
broadcast-all-languages = Усі мови
broadcast-ask-offer = 📅 Яка дата заходу?
broadcast-ask-urgent = ⚠️ Це терміново? Термінові повідомлення надсилаються навіть уночі. Використовуйте це лише для попереджень про небезпеку.
broadcast-normal = 🕊 Звичайне
broadcast-urgent = ⚠️ Термінове (попередження про небезпеку)
broadcast-ask-when = 🕒 Надіслати зараз? Або напишіть дату й час (за берлінським часом), наприклад «12.12. 17:00» або «2026-12-12 17:00».
broadcast-now = 🚀 Надіслати зараз
broadcast-when-hint = Будь ласка, напишіть дату й час у майбутньому, наприклад «12.12. 17:00», або натисніть «Надіслати зараз».
broadcast-ask-repeat = 🔁 Повторювати його?
broadcast-repeat-none = Лише один раз
broadcast-repeat-weekly = Щотижня о { $time }
broadcast-repeat-monthly = Щомісяця { $day }-го числа о { $time }
broadcast-preview-as = 👀 Попередній перегляд. Так це побачать читачі, які обрали мову { $language }:
broadcast-confirm-question =
    { $count ->
        [one] 📬 Час надсилання: { $date }. Його отримає { $count } людина. Надіслати?
        [few] 📬 Час надсилання: { $date }. Його отримають { $count } людини. Надіслати?
        [many] 📬 Час надсилання: { $date }. Його отримають { $count } людей. Надіслати?
       *[other] 📬 Час надсилання: { $date }. Його отримають { $count } людини. Надіслати?
    }
broadcast-confirm = ✅ Так, надіслати
broadcast-saved = ✅ Збережено. Оголошення піде за планом.
broadcast-cancelled = Добре, я все скасував. Нічого не надіслано.
broadcast-timeout = ⌛ Минуло понад 30 хвилин, тому я припинив створення оголошення. Щоб почати знову, надішліть /broadcast.
broadcast-list-title = 📣 Оголошення
broadcast-list-empty = Нічого не заплановано.
broadcast-cancel-scheduled = ✖️ Скасувати
broadcast-cancelled-scheduled = ✅ Оголошення скасовано.
broadcast-stats = #{ $id }: надіслано: { $sent } · у черзі: { $queued } · чекають ранку: { $waitingForMorning } · помилки: { $failed } · заблокували: { $blocked }
broadcast-promote = 📣 Розіслати оголошення про цей захід
announcement-open-offer = 📅 Відкрити захід
error-announcement-not-editable = ⌛ Це оголошення вже надсилається або його скасовано.
command-broadcast = 📣 Надіслати оголошення (для працівників)
command-announcements = 📋 Оголошення (для працівників)

## digest
digest-title = 📰 Нове цього тижня — саме для вас:

## announcement editing (staff)
broadcast-edit = ✏️ Змінити
broadcast-edit-what = ✏️ Що ви хочете змінити в оголошенні #{ $id }?
broadcast-edit-text = 📝 Текст
broadcast-edit-time = 🕒 Час
broadcast-edit-ask-time = 🕒 Будь ласка, напишіть нову дату й час (за берлінським часом), наприклад «12.12. 17:00».
broadcast-edit-saved = ✅ Збережено.

## offer changes and approval
notice-offer-changed = 🔄 Захід, на який ви записалися, змінився. Новий час і місце:
notice-offer-before = Раніше: { $before }
notice-offer-cancelled = ❌ На жаль, цей захід скасовано. Вам нічого не потрібно робити:
notice-offer-pending = 📝 Новий захід чекає на ваше схвалення:
notice-offer-approved = ✅ Ваш захід схвалено, тепер його бачать усі:
notice-offer-rejected = ↩️ Ваш захід ще не схвалено. Будь ласка, подивіться причину й змініть його:
notice-offer-reason = Причина: { $reason }

## staff offers
command-myoffers = 🗂 Наші заходи (для працівників)
staff-offers-title = 🗂 Заходи вашої організації
staff-offers-none = Заходів поки немає.
staff-offer-dates = 📅 Оберіть дату, щоб побачити, хто записався:
staff-offer-cancel = ❌ Скасувати захід
staff-offer-cancel-confirm = Ви справді хочете скасувати «{ $title }»? Усі, хто записався, отримають повідомлення.
staff-offer-cancel-yes = ✅ Так, скасувати
staff-offer-cancelled =
    { $count ->
        [one] ✅ Скасовано. Повідомлення отримала { $count } людина.
        [few] ✅ Скасовано. Повідомлення отримали { $count } людини.
        [many] ✅ Скасовано. Повідомлення отримали { $count } людей.
       *[other] ✅ Скасовано. Повідомлення отримали { $count } людини.
    }
staff-participants-title = 👥 Записалися на { $date }:
staff-participants-none = Поки ніхто не записався.
staff-participants-export = 📄 Експортувати в CSV
staff-participants-csv-caption = 📄 Список учасників
staff-attendance-hint = Після початку натисніть ✅ або ❌, щоб позначити, хто прийшов.
staff-csv-name = Ім’я
staff-csv-seats = Місця
staff-csv-children = Діти
staff-csv-status = Статус
staff-csv-age = Вікова група
staff-csv-attendance = Присутність
staff-back = ◀️ Назад

## new offer (staff)
command-newoffer = ➕ Новий захід (для працівників)
staff-offer-reschedule = 🕒 Змінити час
newoffer-ask-title = ✏️ Як називається захід? Напишіть назву. Мова: { $language }. Максимум символів: { $max }.
newoffer-title-hint = Будь ласка, напишіть назву, у якій є літери (максимум символів: { $max }), або надішліть /cancel.
newoffer-ask-summary = 📝 Опишіть його одним-двома короткими реченнями (максимум символів: { $max }).
newoffer-summary-hint = Будь ласка, напишіть короткий опис (максимум символів: { $max }) або надішліть /cancel.
newoffer-ask-translations = 🌍 Додати переклад? Натисніть на мову або на «Готово».
newoffer-ask-category = 🏷 Яка тема підходить найкраще?
newoffer-ask-district = 📍 У якому районі?
newoffer-no-district = 🌐 Без району (онлайн або для всього міста)
newoffer-ask-place = 🏠 Де? Напишіть адресу, надішліть геолокацію через 📎 або посилання на онлайн-зустріч (https://…).
newoffer-place-hint = Будь ласка, напишіть адресу, надішліть геолокацію або посилання, що починається з https://.
newoffer-ask-start = 🕒 Коли початок? Напишіть дату й час (за берлінським часом), наприклад «12.12. 17:00» або «2026-12-12 17:00».
newoffer-start-hint = Будь ласка, напишіть дату й час у майбутньому, наприклад «12.12. 17:00», або надішліть /cancel.
newoffer-ask-length = ⏱ Скільки триває захід?
newoffer-length = { $hours } год
newoffer-ask-repeat = 🔁 Захід повторюється?
newoffer-repeat-weekly = Щотижня
newoffer-repeat-biweekly = Раз на два тижні
newoffer-ask-until = 📆 До якої дати? Напишіть останню дату, наприклад «31.01.».
newoffer-until-hint = Будь ласка, напишіть дату після початку, наприклад «31.01.».
newoffer-ask-signup = ✍️ Чи потрібен запис? Натисніть на кількість місць, напишіть інше число або оберіть «Без запису».
newoffer-no-signup = 🚪 Без запису
newoffer-seats =
    { $seats ->
        [one] { $seats } місце
        [few] { $seats } місця
       *[other] { $seats } місць
    }
newoffer-seats-hint = Будь ласка, натисніть кнопку або напишіть кількість місць.
newoffer-ask-ages = 👥 Для якого віку? Натисніть кнопку або напишіть діапазон, наприклад «12-17» (або «60-» — від 60 років і старші).
newoffer-ages-all = Для всіх
newoffer-ages-youth = 12–17
newoffer-ages-children = Діти 6–11
newoffer-ages-seniors = Від 60 років
newoffer-ages-hint = Будь ласка, натисніть кнопку або напишіть діапазон, наприклад «12-17».
newoffer-ask-cost = 💶 Це безкоштовно? Натисніть «Безкоштовно» або напишіть ціну (наприклад, «2 €»).
newoffer-cost-hint = Будь ласка, натисніть «Безкоштовно» або напишіть ціну.
newoffer-languages = 🌍 Мов із текстом: { $count }
newoffer-preview = 👀 Будь ласка, перевірте свій захід:
newoffer-save-draft = 💾 Зберегти як чернетку
newoffer-publish = 🚀 Опублікувати
newoffer-saved-draft = 💾 Збережено як чернетку.
newoffer-saved-pending-approval = ⏳ Надіслано на схвалення. Ви отримаєте повідомлення, щойно його перевірять.
newoffer-saved-published = 🚀 Опубліковано! Тепер мешканці можуть його знайти.
newoffer-cancelled = Добре, скасовую. Нічого не збережено.
newoffer-timeout = ⌛ Минуло понад 30 хвилин, тому я припинив створення заходу. Нічого не збережено.
newoffer-no-organization = 🏢 Ви поки не належите до жодної організації. Будь ласка, попросіть адміністратора надіслати вам посилання-запрошення.
newoffer-rescheduled =
    { $count ->
        [one] ✅ Час змінено. Повідомлення отримала { $count } людина.
        [few] ✅ Час змінено. Повідомлення отримали { $count } людини.
        [many] ✅ Час змінено. Повідомлення отримали { $count } людей.
       *[other] ✅ Час змінено. Повідомлення отримали { $count } людини.
    }

newoffer-ask-max-seats = 🪑 Скільки місць максимум може забронювати одна людина (наприклад, для своїх дітей)?
newoffer-ask-deadline = ⏰ До якого часу можна записатися й скасувати запис?
newoffer-deadline-start = Запис — до початку, скасування — за 3 години до нього
newoffer-deadline-day = Запис і скасування — за 1 день до початку
newoffer-deadline-week = Запис — за 1 тиждень до початку, скасування — за 1 день
newoffer-ask-spoken = 🗣 Якими мовами там розмовляють? Натисніть, щоб вибрати, потім «Готово».
staff-offer-edit = ✏️ Змінити
newoffer-save-changes = 💾 Зберегти зміни
newoffer-edited =
    { $count ->
        [0] ✅ Збережено.
        [one] ✅ Збережено. Повідомлення про новий час або місце отримала { $count } людина.
        [few] ✅ Збережено. Повідомлення про новий час або місце отримали { $count } людини.
        [many] ✅ Збережено. Повідомлення про новий час або місце отримали { $count } людей.
       *[other] ✅ Збережено. Повідомлення про новий час або місце отримали { $count } людини.
    }

## stats (admins)
command-stats = 📊 Статистика (для адміністраторів)
stats-title = 📊 Статистика за { $month } (без імен)
stats-users = 👥 Користувачі за мовами
stats-by-category = 🏷 За темами
stats-by-offer = 📅 За заходами
stats-line = записів: { $signups }, місць: { $seats }, прийшли: { $present }, не прийшли: { $absent }
stats-hint = Інший місяць: /stats 2026-11

## admin
command-admin = 🛠 Керування (для адміністраторів)
admin-menu-title = 🛠 Керування
admin-menu-text = Чим ви хочете керувати?
admin-organizations = 🏢 Організації
admin-approvals = 📝 Схвалення
admin-audit = 📜 Журнал дій
admin-back = ◀️ Назад
admin-organizations-title = 🏢 Організації
admin-organizations-none = Організацій поки немає.
admin-organization-new = ➕ Нова організація
admin-organization-staff-count =
    { $count ->
        [one] { $count } працівник
        [few] { $count } працівники
        [many] { $count } працівників
       *[other] { $count } працівника
    }
admin-organization-trusted-on = ✅ Довірена
admin-organization-trusted-off = ⬜ Довірена
admin-organization-trusted-hint = Довірені організації публікують заходи без схвалення.
admin-organization-ask-name = 🏢 Як називається нова організація? (максимум символів: { $max })
admin-organization-name-hint = Будь ласка, надішліть назву повідомленням (символів: 1–{ $max }) або надішліть /cancel, щоб припинити.
admin-organization-created = ✅ Організацію «{ $name }» створено. Відкрийте її, щоб запросити працівників.
admin-invite = ➕ Запросити працівника
admin-invite-link = 🔗 Запрошення до організації { $organization }. Посилання одноразове й діє до { $date }. Надішліть його людині, яку хочете додати:
admin-invite-share = 📤 Поділитися посиланням
admin-invite-share-text = Ваше запрошення до команди організації { $organization } у Treffpunkt
admin-staff = 👥 Працівники
admin-staff-title = 👥 Працівники організації { $organization }
admin-staff-none = Поки нікого немає. Запросіть когось кнопкою «➕ Запросити працівника».
admin-staff-revoke = 🚫 Вилучити: { $name }
admin-staff-revoked = ✅ { $name } більше немає в списку працівників.
admin-approvals-title = 📝 Чекають на схвалення
admin-approvals-none = Зараз нічого не чекає на схвалення.
admin-approve = ✅ Схвалити
admin-reject = ↩️ Повернути
admin-approved = ✅ Схвалено й опубліковано.
admin-reject-ask-reason = ↩️ Чому «{ $title }» поки не можна схвалити? Будь ласка, напишіть причину для організації (максимум символів: { $max }).
admin-reject-reason-hint = Будь ласка, напишіть причину повідомленням (символів: 1–{ $max }) або надішліть /cancel, щоб припинити.
admin-rejected = ↩️ Повернуто організації із зазначенням вашої причини.
admin-audit-title = 📜 Журнал дій, сторінка { $page }
admin-audit-empty = Записів поки немає.
admin-audit-actor = користувач #{ $userId }
admin-audit-system = система
admin-cancelled = Добре, скасовую. Нічого не змінено.
admin-timeout = ⌛ Минуло понад 30 хвилин, тому я все скасував. Нічого не змінено.
staff-welcome = 🎉 Вітаємо в команді організації { $organization }! Тепер ви можете створювати її заходи й керувати ними. Надішліть /help, щоб побачити, що вам доступно.
error-invitation-invalid = 🔗 Це посилання-запрошення не працює. Будь ласка, попросіть нове.
error-invitation-used = 🔗 Цим посиланням-запрошенням уже скористалися. Будь ласка, попросіть нове.
error-invitation-expired = ⌛ Термін дії цього посилання-запрошення минув. Будь ласка, попросіть нове.
error-organization-exists = 🏢 Організація з такою назвою вже існує. Будь ласка, надішліть іншу назву.
error-offer-not-pending = ⌛ Цей захід більше не чекає на схвалення.

## admins and audit
signup-age-under = 👧 Молодше { $age }
signup-age-teen = 🧑 Від { $age } до { $last }
signup-ask-age-any =
    🎂 Скільки років людині, яка прийде?
    Якщо їй менше { $age }, реєстрацію підтверджує один із батьків або опікун.
signup-ask-adult = 🔞 Ця пропозиція для дорослих. Підтвердіть, будь ласка, що людині, яка прийде, { $age } або більше років.
signup-adult-confirm = ✅ Так, { $age } або старше
admin-admins = 👑 Адміністратори
admin-admins-title = 👑 Адміністратори
admin-admins-text = Адміністратори керують усіма організаціями, схвалюють пропозиції та оголошення і читають журнал дій. Адміністраторів із налаштувань сервера тут не можна прибрати, і ніхто не знімає роль адміністратора сам із себе: це робить інший адміністратор.
admin-admins-none = Адміністраторів ще немає.
admin-admin-configured = налаштування сервера
admin-staff-admin-mark = 👑 адміністратор
admin-staff-make-admin = 👑 Зробити { $name } адміністратором
admin-staff-take-admin = ➖ Зняти роль адміністратора з { $name }
admin-admin-granted = 👑 { $name } тепер адміністратор.
admin-admin-revoked = ✅ { $name } більше не адміністратор.
error-admin-self = 🙅 Ви не можете зняти роль адміністратора із себе. Це може зробити інший адміністратор.
error-admin-configured = 🔒 Цього адміністратора задано в налаштуваннях сервера, у боті його не можна прибрати.
admin-audit-filter = 🏢 За організацією
admin-audit-filter-title = 🏢 Записи якої організації показати?
admin-audit-filter-all = 📜 Усі записи
admin-audit-title-org = 📜 Журнал дій · { $organization }, сторінка { $page }
audit-who-system = Система
audit-who-admin = Адміністратор #{ $id }
audit-who-staff = Працівник #{ $id } · { $organization }
audit-who-staff-alone = Працівник #{ $id }
audit-who-resident = Мешканець #{ $id }
audit-who-user = Користувач #{ $id }
audit-target-user = особа #{ $id }
audit-action-other = Інша дія ({ $action })
audit-action-access-denied = 🚫 Відмовлено: { $action }
audit-action-offer-created = 📝 Пропозицію збережено
audit-action-offer-edited = ✏️ Пропозицію змінено
audit-action-offer-submitted = 📨 Пропозицію надіслано на схвалення
audit-action-offer-published = 📢 Пропозицію опубліковано
audit-action-offer-approved = ✅ Пропозицію схвалено
audit-action-offer-rejected = ↩️ Пропозицію повернуто
audit-action-offer-cancelled = ❌ Пропозицію скасовано
audit-action-offer-attendance = 🙋 Відмічено присутність
audit-action-participants-exported = 📄 Завантажено список учасників
audit-action-offer-revision-submitted = 📨 Зміну пропозиції надіслано на схвалення
audit-action-offer-revision-approved = ✅ Зміну пропозиції схвалено
audit-action-offer-revision-rejected = ↩️ Зміну пропозиції повернуто
audit-action-announcement-created = 📣 Оголошення написано
audit-action-announcement-approved = ✅ Оголошення схвалено
audit-action-announcement-rejected = ↩️ Оголошення повернуто
audit-action-announcement-edited = ✏️ Оголошення змінено
audit-action-announcement-cancelled = ❌ Оголошення скасовано
audit-action-announcement-sent = 📬 Оголошення надіслано
audit-action-organization-created = 🏢 Організацію створено
audit-action-organization-edited = 🏢 Організацію змінено
audit-action-staff-invited = 🔗 Запрошено працівника
audit-action-staff-joined = 👋 Приєднався як працівник
audit-action-staff-revoked = 🚫 Доступ працівника знято
audit-action-admin-granted = 👑 Призначено адміністратором
audit-action-admin-revoked = ➖ Роль адміністратора знято
audit-action-user-erased = 🗑 Видалив свої дані
## offer revisions
revision-waiting-own = ✏️ Ваша остання зміна чекає на схвалення; усі бачать версію вище.
revision-waits = ✏️ Дякуємо! Ваша зміна чекає на схвалення командою міста. Доти всі бачать захід таким, як був; щойно буде рішення, ви отримаєте повідомлення.
revision-queue-title = ✏️ Зміни до опублікованих заходів
revision-open = ✏️ Зміна { $number }
revision-title = Зміна до «{ $title }»
revision-proposed-by = Запропонувала організація { $organization }, { $date }
revision-no-changes = Відмінностей від опублікованої версії вже немає.
revision-more-changes = … і ще зміни, які не вміщаються в це повідомлення.
revision-was = було:
revision-now = нове:
revision-yes = так
revision-no = ні
revision-repeats-none = одноразово
revision-repeats-weekly = щотижня
revision-repeats-biweekly = раз на два тижні
revision-field-title = Назва
revision-field-summary = Короткий опис
revision-field-details = Подробиці
revision-field-accessibility = Доступність
revision-field-category = Тема
revision-field-district = Район
revision-field-address = Адреса
revision-field-online = Онлайн-посилання
revision-field-starts = Початок
revision-field-ends = Кінець
revision-field-repeats = Повторення
revision-field-until = Повторюється до
revision-field-cost = Вартість
revision-field-ages = Вік
revision-field-signup = Потрібна реєстрація
revision-field-capacity = Місця
revision-field-languages = Мови спілкування
revision-field-rules = Правила реєстрації (місць на реєстрацію · закриття · скасування до · нагадування, у хвилинах)
revision-approved = ✅ Зміну схвалено й опубліковано.
revision-reject-ask-reason = ↩️ Чому зміну до «{ $title }» не схвалено? Будь ласка, напишіть причину для організації (символів: не більше { $max }).
revision-rejected = ↩️ Зміну повернуто з вашою причиною. Опублікована версія залишається без змін.
error-revision-not-pending = ⌛ Ця зміна вже не чекає на схвалення.
notice-offer-revision-pending = ✏️ Зміна до опублікованого заходу чекає на ваше схвалення:
notice-offer-revision-approved = ✅ Вашу зміну схвалено, тепер її бачать усі:
notice-offer-revision-rejected = ↩️ Вашу зміну не схвалено, захід залишається таким, як був. Будь ласка, подивіться причину:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 Отримувачів: { $count }. Оголошення піде, щойно ви підтвердите. Надіслати?
broadcast-sending = 🚀 Оголошення вже надсилається. Отримувачів: { $count }. Перебіг видно в /announcements.
broadcast-time-passed = 🕒 Обраний час тим часом минув. Будь ласка, оберіть час ще раз; текст і отримувачі збережені.
broadcast-stats-eta = ⏱ орієнтовне завершення: { $time }
notice-announcement-report = 📣 Ваше оголошення #{ $id } надіслано. Надіслано: { $sent } · помилки: { $failed } · заблокували бота: { $blocked }
error-announcement-time-passed = 🕒 Обраний час уже минув. Будь ласка, оберіть новий час.
## announcements for partners
broadcast-ask-as = 🏛 Від кого це оголошення?
broadcast-as-city = Місто
broadcast-picker-participants =
    👥 { $count ->
        [one] { $count } особа
        [few] { $count } особи
       *[other] { $count } осіб
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] { $count } чекає
       *[other] { $count } чекають
    }
broadcast-picker-previous = Назад
broadcast-picker-next = Далі
broadcast-picker-empty = 📅 Зараз у вашої організації немає найближчих дат.
broadcast-confirm-urgent-night = Терміново: це повідомлення надійде й уночі, навіть у години тиші.
broadcast-saved-pending = ✅ Збережено. Спершу його перегляне адміністратор міста; ви отримаєте повідомлення, щойно його схвалять або повернуть.
broadcast-list-pending = чекає на схвалення
admin-announcement-approvals = 📣 Оголошення на схвалення
admin-announcement-approvals-title = 📣 Оголошення, що чекають на схвалення
admin-announcement-approvals-none = Жодне оголошення не чекає на схвалення.
admin-announcement-approved = ✅ Схвалено. Воно піде за планом.
admin-announcement-rejected = ↩️ Повернуто авторові з вашою причиною.
admin-announcement-reject-ask-reason = ↩️ Чому оголошення #{ $id } не схвалено? Напишіть, будь ласка, причину для автора (максимум символів: { $max }).
notice-announcement-approved = ✅ Ваше оголошення схвалено, воно піде за планом:
notice-announcement-rejected = ↩️ Ваше оголошення не схвалено, його не буде надіслано. Перегляньте, будь ласка, причину:
notice-announcement-when = Заплановано на: { $date }
error-announcement-not-pending = ⌛ Це оголошення вже не чекає на схвалення.
notice-announcement-pending = 📣 Оголошення чекає на ваше схвалення (/admin → 📣 Оголошення на схвалення):
## machine translation (shared)
translation-mark = 🤖 машинний переклад
translation-show-original = 📄 Показати оригінал
translation-translate-all = 🌍 Перекласти всіма мовами
translation-by-hand = ✍️ Ще потрібен переклад вручну (служба перекладу не має цих мов): { $languages }
translation-unavailable = ⚠️ Служба перекладу зараз недоступна. Ваш текст збережено; переклади з’являться пізніше самі.
translation-budget = ⚠️ Бюджет машинного перекладу на цей місяць вичерпано. Ваш текст збережено; переклади можна додати вручну.
translation-invalid = ⚠️ Машинний переклад цими мовами не вдався, тож його пропущено: { $languages }
translation-outdated = ✏️ Оригінальний текст змінився. Будь ласка, перевірте свої переклади: { $languages }
translation-original-header = 📄 Оригінал ({ $language }):
translation-none-configured = Машинний переклад для цього бота не налаштовано.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 Вашого тексту ще немає { $count } мовою, якою читають ваші читачі. Перекласти його службою перекладу? Ви зможете перевірити й виправити результат.
        [few] 🌍 Вашого тексту ще немає { $count } мовами, якими читають ваші читачі. Перекласти його службою перекладу? Ви зможете перевірити й виправити кожен результат.
       *[other] 🌍 Вашого тексту ще немає { $count } мовами, якими читають ваші читачі. Перекласти його службою перекладу? Ви зможете перевірити й виправити кожен результат.
    }
mt-ann-skip = ➡️ Далі без перекладу
mt-ann-translations-title = 🤖 Машинні переклади:
mt-ann-ask-correct = ✏️ Щоб виправити мову, натисніть на неї й надішліть виправлений текст. Якщо все гаразд, натисніть «Готово».
mt-ann-corrections-done = ✅ Готово
mt-ann-ask-correction = ✏️ Будь ласка, надішліть виправлений текст цією мовою: { $language }.
mt-ann-original-gone = 🤷 На жаль, це повідомлення більше не можна показати.
mt-ann-stats-title = 🌍 Машинний переклад
mt-ann-stats-usage = { $provider } · символів цього місяця: { $chars }
mt-ann-stats-usage-budget = { $provider } · символів цього місяця: { $chars } з { $budget }
mt-ann-privacy-translation = 🌍 Переклад: пропозиції й оголошення, написані для всіх, надсилаються до служби перекладу { $provider }, щоб ви могли читати їх своєю мовою. Надсилаються лише ці тексти, ніколи ваше ім’я, ваші повідомлення чи ваші записи.
mt-ann-privacy-no-translation = 🌍 Переклад: цей бот не користується службою машинного перекладу. Жодні ваші дані туди не надсилаються.
## feeds and the public page
feeds-calendar-name = Treffpunkt: пропозиції
feeds-signup-line = Записатися в Telegram: { $url }
feeds-subscribe = 📅 Підписатися на цей календар
feeds-inventory-button = 📋 Список пропозицій (CSV)
feeds-inventory-caption = 📋 Усі майбутні пропозиції, по одному рядку на кожну – наприклад, для земельної бази даних.
page-title = Що відбувається? – Treffpunkt
page-heading = Що відбувається?
page-intro = Пропозиції у вашому місті: знайомтеся з людьми, навчайтеся, займайтеся спортом. Записатися можна в Telegram.
page-languages = Мова
page-filter-category = Тема
page-filter-district = Район
page-filter-date = День
page-filter-all = Усі
page-filter-any-day = Усі наступні дні
page-filter-submit = Показати
page-subscribe = 📅 Підписатися на ці пропозиції у своєму календарі
page-empty = Зараз ми нічого не знайшли. Спробуйте інші фільтри.
page-organizer = Організатор: { $organization }
page-signup = ✍️ Записатися в Telegram
page-open = 📲 Відкрити в Telegram
page-more =
    { $count ->
        [one] … і ще { $count } дата. Виберіть день або тему, щоб побачити її.
        [few] … і ще { $count } дати. Виберіть день або тему, щоб побачити їх.
        [many] … і ще { $count } дат. Виберіть день або тему, щоб побачити їх.
       *[other] … і ще { $count } дати. Виберіть день або тему, щоб побачити їх.
    }
## offers: machine translation
mt-offer-translated = 🤖 Машинні переклади. Будь ласка, перегляньте їх; щоб виправити переклад, натисніть на його мову нижче.
mt-offer-grid-legend = ✅ вручну · 🤖 машинний переклад (натисніть, щоб виправити) · ✏️ перевірте: оригінал змінився · ➕ ще немає
mt-offer-preview-machine = 🤖 Мов із машинним перекладом: { $count }
mt-offer-refresh-failed = ⚠️ Ці машинні переклади не вдалося оновити, тому їх поки приховано: { $languages }. Вони з’являться знову самі.
mt-offer-show-translation = 🌍 Показати моєю мовою
## schedule import (issue 16)
command-import = Імпортувати пропозиції з файлу (CSV, Excel, календар)
audit-action-import-applied = 📥 Розклад імпортовано
audit-action-import-calendar-set = 📅 Підписаний календар додано
import-intro =
    📥 Багато дат одразу: надішліть мені файл CSV або Excel (шаблон нижче) чи файл календаря (.ics) з Nextcloud, Outlook або Google. Не більше { $mb } МБ і { $rows } рядків. Спочатку ви побачите попередній перегляд; нічого не збережеться, доки ви не підтвердите.

    Повторний імпорт того самого файлу нічого не змінює. Змінений рядок оновлює свою пропозицію, а всі записані дізнаються про новий час чи місце.
import-columns-title = <b>Стовпці шаблону</b>
import-column-id = ваш власний номер рядка (збережіть його: за ним новий імпорт знаходить пропозицію)
import-column-title = назва мовою: { $language }
import-column-summary = короткий опис мовою: { $language }
import-column-category = тема, напр. Sport, Beratung, Kinder & Familie (порожньо: ви оберете одну для всього файлу)
import-column-district = район (порожньо: ви оберете один для всього файлу)
import-column-address = адреса місця
import-column-online = онлайн-посилання (https://…) для пропозицій в інтернеті
import-column-start = початок, напр. 05.12.2026 15:00 або 2026-12-05 15:00 (за берлінським часом)
import-column-end = кінець: час (17:00) або дата й час
import-column-length = або тривалість: 90, 1:30 чи 2 h
import-column-repeats = щотижня, раз на два тижні або щомісяця (порожньо: один раз)
import-column-until = остання дата серії, напр. 31.03.2027
import-column-seats = місць на одну дату (порожньо: запис не потрібен)
import-column-ages = вік, напр. 12-17 або 60-
import-column-cost = вартість, напр. 2 € (порожньо: безкоштовно)
import-column-languages = мови спілкування, напр. de, ar, uk
import-column-accessibility = доступність, напр. вхід без сходинок
import-column-contact = як зв'язатися з організаторами
import-template-csv = 📄 Шаблон у форматі CSV (крапка з комою, для Excel)
import-template-xlsx = 📊 Шаблон як файл Excel, з поясненням стовпців
import-sheet-offers = Пропозиції
import-sheet-columns = Стовпці
import-reading = 📥 Читаю файл…
import-file-too-big = 😕 Файл завеликий. Я можу прочитати файли до { $mb } МБ.
import-file-too-many-rows = 😕 У файлі понад { $rows } рядків. Будь ласка, розділіть його на менші файли.
import-file-unreadable = 😕 Не вдалося прочитати файл. Збережіть його ще раз як CSV, Excel (.xlsx) або календар (.ics) і надішліть знову.
import-file-no-header = 😕 Не знаходжу назв стовпців. Перший рядок має містити щонайменше стовпці назви й початку, як у шаблоні (/import).
import-file-unknown-type = Я можу імпортувати файли CSV, Excel (.xlsx) і календаря (.ics). /import надішле вам шаблон.
import-file-empty = 😕 Файл порожній.
import-ask-category = Деякі дати не мають теми. Яку тему їм дати?
import-ask-district = До якого району належать дати цього файлу?
import-district-none = 🌐 Без району (усе місто або онлайн)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 нова
        [few] { $count } нові
       *[other] { $count } нових
    }
import-count-changed =
    { $count ->
        [one] 1 змінена
        [few] { $count } змінені
       *[other] { $count } змінених
    }
import-count-unchanged =
    { $count ->
        [one] 1 без змін
        [few] { $count } без змін
       *[other] { $count } без змін
    }
import-count-cancelled =
    { $count ->
        [one] 1 скасована (її вже немає у файлі)
        [few] { $count } скасовані (їх уже немає у файлі)
       *[other] { $count } скасованих (їх уже немає у файлі)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ 1 рядок не можна імпортувати:
        [few] ⚠️ { $count } рядки не можна імпортувати:
       *[other] ⚠️ { $count } рядків не можна імпортувати:
    }
import-row-error = Рядок { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … і ще 1
       *[other] … і ще { $count }
    }
import-preview-question = Імпортувати зараз? Інші рядки буде імпортовано, а наведені вище пропущено.
import-nothing-to-do = Нічого імпортувати: усе вже актуальне.
import-confirm = ✅ Імпортувати
import-done = ✅ Імпортовано.
import-awaiting-approval =
    { $count ->
        [one] 1 пропозиція чекає на схвалення міста.
        [few] { $count } пропозиції чекають на схвалення міста.
       *[other] { $count } пропозицій чекають на схвалення міста.
    }
import-notified =
    { $count ->
        [one] 1 записана людина отримала повідомлення про зміну.
        [few] { $count } записані людини отримали повідомлення про зміни.
       *[other] { $count } записаних людей отримали повідомлення про зміни.
    }
import-left-out =
    { $count ->
        [one] 1 рядок пропущено (див. вище).
        [few] { $count } рядки пропущено (див. вище).
       *[other] { $count } рядків пропущено (див. вище).
    }
import-cancelled = Імпорт скасовано. Нічого не збережено.
import-timeout = Імпорт зупинено, бо довго нічого не відбувалося. Просто надішліть файл ще раз.
import-reason-title-missing = немає назви
import-reason-title-too-long = назва задовга (не більше 200 символів)
import-reason-summary-too-long = опис задовгий (не більше 1000 символів)
import-reason-start-missing = немає початку
import-reason-date-format = не можу прочитати дату «{ $value }» (пишіть 05.12.2026 15:00)
import-reason-date-not-exist = дати «{ $value }» не існує
import-reason-date-past = дата вже минула
import-reason-end-before-start = кінець раніше за початок
import-reason-length-invalid = не можу прочитати тривалість «{ $value }» (пишіть 90 або 1:30)
import-reason-repeats-unknown = не знаю повторення «{ $value }» (щотижня, раз на два тижні, щомісяця)
import-reason-until-before-start = серія закінчується («{ $value }») раніше, ніж починається
import-reason-seats-invalid = кількість місць «{ $value }» — не число
import-reason-ages-invalid = не можу прочитати вік «{ $value }» (пишіть 12-17 або 60-)
import-reason-languages-invalid = не можу прочитати мови «{ $value }» (пишіть de, ar)
import-reason-link-invalid = «{ $value }» — не вебпосилання (https://…)
import-reason-text-too-long = текст задовгий: «{ $value }»
import-reason-category-unknown = не знаю теми «{ $value }»
import-reason-category-missing = немає теми
import-reason-district-unknown = не знаю району «{ $value }»
import-reason-duplicate-id = ідентифікатор «{ $value }» трапляється у файлі двічі
import-reason-event-invalid = не можу прочитати цей запис календаря
import-reason-row-invalid = з цього рядка не виходить дійсна пропозиція
import-calendar-button = 📅 Підписаний календар
import-calendar-none =
    📅 Календар ще не підписано.

    Ваша організація веде дати в Nextcloud, Outlook або Google Календарі? Дайте мені публічну адресу календаря (iCalendar, закінчується на .ics): я перевіряю її щогодини, додаю нові дати, оновлюю змінені й скасовую видалені, а всі записані отримують повідомлення.
import-calendar-current =
    📅 Підписаний календар:
    { $url }

    Остання перевірка: { $checked }
import-calendar-never = ще не було
import-calendar-failing =
    { $count ->
        [one] ⚠️ Остання перевірка не вдалася.
        [few] ⚠️ Останні { $count } перевірки не вдалися.
       *[other] ⚠️ Останні { $count } перевірок не вдалися.
    }
import-calendar-set = 🔗 Вказати адресу
import-calendar-remove = 🗑 Видалити
import-calendar-ask-url = Надішліть мені публічну адресу календаря (вона починається з https://).
import-calendar-url-hint = Це не вебадреса. Вона починається з https:// (або http://).
import-calendar-saved = ✅ Збережено. Я перевірю календар протягом години, а далі щогодини.
import-calendar-removed = 🗑 Календар видалено. Уже імпортовані пропозиції залишаються.
import-calendar-failing-notice =
    ⚠️ Уже добу я не можу прочитати ваш підписаний календар:
    { $url }
    Перевірте, будь ласка, чи адреса ще працює і чи вона публічна. Я пробую далі.

## schedule import, follow-ups
import-calendar-url-private = 🚫 Цю адресу я не можу використати: { $host } не в загальнодоступному інтернеті (це локальна, приватна чи внутрішня адреса). Будь ласка, дайте публічну адресу календаря, як її показує ваш календарний застосунок у розділі «Поділитися» чи «Публічне посилання», і ще раз натисніть 🔗 Вказати адресу.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } імпортувала 1 пропозицію, яка чекає на ваше схвалення. Її можна знайти в /admin → 📝 Схвалення.
        [few] 📥 { $organization } імпортувала { $count } пропозиції, які чекають на ваше схвалення. Їх можна знайти в /admin → 📝 Схвалення.
       *[other] 📥 { $organization } імпортувала { $count } пропозицій, які чекають на ваше схвалення. Їх можна знайти в /admin → 📝 Схвалення.
    }
import-admin-calendar = 📅 Календар
import-admin-calendar-title = 📅 Підписаний календар: { $organization }
import-admin-calendar-none = Календар ще не підписано. Кнопкою 🔗 Вказати адресу ви даєте його публічну адресу iCalendar: я перевіряю його щогодини й переношу його дати як пропозиції цієї організації.

## ask the organiser (ask-)
ask-button = 💬 Поставити запитання
ask-menu = 💬 Запитати
command-ask = 💬 Поставити запитання місту
command-linkgroup = 🔗 Під'єднати цю групу для запитань мешканців (у групі)
ask-prompt-offer = 💬 Ваше запитання про «{ $title }» отримають ті, хто це проводить.
ask-prompt-city = 💬 Ваше запитання отримає команда міста.
ask-prompt = Напишіть, будь ласка, своє запитання одним повідомленням, своєю мовою. Можна також надіслати фото із запитанням у підписі.
ask-please-write = ✍️ Напишіть, будь ласка, запитання текстом. Голосові повідомлення чи стікери я не можу передати.
ask-too-long = ✍️ Це трохи задовго. Будь ласка, до { $max } символів.
ask-share-name = 👤 Чи може команда бачити ваше ім'я? Якщо ні, вони бачать лише «Мешканець» з номером і вашу мову.
ask-share-name-no = 🙈 Ні, анонімно
ask-share-name-yes = 👤 Так, показати моє ім'я
ask-share-name-hint = Натисніть, будь ласка, одну з кнопок.
ask-cancelled = ✖️ Добре, запитання не надіслано.
ask-timeout = ⏳ Запитання не надіслано, бо деякий час не було відповіді. Просто почніть знову.
ask-the-city = місто
ask-sent =
    ✅ Дякуємо! Ваше запитання надіслано: { $to }.
    { $days ->
        [one] Відповідь можна очікувати протягом одного робочого дня.
        [few] Відповідь можна очікувати протягом { $days } робочих днів.
       *[other] Відповідь можна очікувати протягом { $days } робочих днів.
    } Вона прийде сюди, вашою мовою.
ask-resident = Мешканець #{ $number } ({ $language })
ask-resident-named = Мешканець #{ $number }, { $name } ({ $language })
ask-question-headline = ❓ Запитання від: { $resident }
ask-followup-headline = ↩️ Уточнення від: { $resident }
ask-reminder-headline =
    ⏰ Досі без відповіді після { $days ->
        [one] { $days } робочого дня
       *[other] { $days } робочих днів
    }: { $resident }
ask-about-offer = 📅 Про: { $title }
ask-about-organization = 🏢 Кому: { $name }
ask-about-city = 🏛 Загальне запитання до міста
ask-deleted = 🗑 Видалено: людина стерла свої дані.
ask-not-translated = ⚠️ Не перекладено (написано мовою: { $language }).
ask-reply-hint = ↩️ Щоб відповісти, дайте відповідь на це повідомлення. Людина побачить лише вашу відповідь, не ваше ім'я.
ask-done-button = ✅ Готово
ask-block-button = 🚫 Заблокувати
ask-done-ok = ✅ Запитання #{ $number } позначено як вирішене.
ask-blocked-ok = 🚫 Мешканець #{ $number } більше не може надсилати вам запитання.
ask-answer-from = 💬 Відповідь від: { $name }
ask-answer-from-city = 💬 Відповідь від міста
ask-answer-hint = ↩️ Ви можете відповісти на це повідомлення або натиснути «Відповісти».
ask-reply-button = ↩️ Відповісти
ask-reply-prompt = ✍️ Напишіть, будь ласка, відповідь одним повідомленням.
ask-followup-sent = ✅ Вашу відповідь передано.
ask-answer-sent = ✅ Вашу відповідь отримає мешканець #{ $number } ({ $language }).
ask-refused-not-staff = 🚫 Вашу відповідь не передано: відповісти може лише команда організації, якій поставлено запитання.
ask-refused-erased = 🗑 Ваша відповідь нікому не дійшла: людина стерла свої дані.
ask-answer-unreachable = 📭 Вашу відповідь збережено, але зараз людина недоступна: вона зупинила бота.
ask-refused-not-asker = 🚫 Це не ваше запитання, тому нічого не надіслано.
ask-reply-unknown = 🤷 Вашу відповідь не передано: це повідомлення не є запитанням, яке я переслав у цей чат.
ask-linked-organization = 🔗 Готово! Запитання мешканців до { $name } тепер приходять у цю групу, перекладені мовою людини, яка її під'єднала. Відповідайте, відповідаючи на моє повідомлення.
ask-linked-city = 🔗 Готово! Загальні запитання до міста тепер приходять у цю групу. Відповідайте, відповідаючи на моє повідомлення.
ask-linkgroup-forbidden = 🚫 Під'єднати групу може лише команда організації (або адміністратори міста).
ask-linkgroup-in-group = 🔗 Додайте мене в Telegram-групу вашої команди й надішліть там /linkgroup.
ask-stats-title = 💬 Запитання мешканців
ask-stats-row = { $name }: відкритих { $open }, з відповіддю { $answered }
error-ask-limit = ✋ У вас уже є кілька запитань, що чекають на відповідь. Зачекайте, будь ласка, спершу на них.
error-ask-blocked = 🚫 На жаль, ви більше не можете надсилати тут запитання.
error-ask-empty = ✍️ Спершу напишіть щось, будь ласка.
error-ask-too-long = ✍️ Це трохи задовго. Напишіть, будь ласка, коротше.
error-ask-gone = 🤷 Цього запитання більше немає.
audit-action-question-blocked = 🚫 Мешканцю заборонено ставити запитання
audit-action-question-group-linked = 🔗 Групу під'єднано для запитань
ask-privacy = 💬 Ваші запитання: якщо ви ставите команді запитання в боті, ми зберігаємо його з відповідями { $days } днів після останнього повідомлення, потім видаляємо. Команда бачить лише номер і вашу мову, не ваше ім'я (якщо ви його не поділили).
ask-privacy-translated = 💬 Ваші запитання: якщо ви ставите команді запитання в боті, ми зберігаємо його з відповідями { $days } днів після останнього повідомлення, потім видаляємо. Команда бачить лише номер і вашу мову, не ваше ім'я (якщо ви його не поділили). Тексти запитання й відповіді надсилаються до служби перекладу, але ніколи ваше ім'я чи Telegram ID.
command-replytime = ⏱ Вказати, як швидко ваша команда відповідає на запитання
ask-replytime-usage = ⏱ Надішліть кількість робочих днів, за які ваша команда відповідає на запитання, наприклад /replytime 3 (від 1 до { $max }).
ask-replytime-set = ⏱ Готово: тим, хто питає { $name }, скажемо очікувати відповідь протягом таких робочих днів: { $days }.
