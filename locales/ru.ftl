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

## sign-up
signup-button = ✍️ Записаться
signup-ask-seats = 🪑 Сколько мест вам нужно на «{ $title }»? Нажмите на число (не больше { $max }).
signup-seats-hint = Пожалуйста, нажмите на число от 1 до { $max } или отправьте /cancel, чтобы прервать запись.
signup-ask-name = 📝 Какое имя записать в список? Нажмите на кнопку или напишите другое имя.
signup-name-hint = Пожалуйста, напишите имя (не больше { $max } букв) или нажмите на кнопку. Чтобы прервать запись, отправьте /cancel.
signup-ask-age = 🎂 Это мероприятие для возраста { $range } лет. Сколько лет человеку, который придёт?
signup-age-under16 = 👧 Младше 16
signup-age-16-17 = 🧑 16 или 17
signup-age-adult = 🧔 18 или старше
signup-ask-children = 👨‍👩‍👧 Всего мест: { $seats }. Сколько из них для детей?
signup-children-hint = Пожалуйста, нажмите на число от { $min } до { $max } или отправьте /cancel, чтобы прервать запись.
signup-age-mismatch = 😕 Извините, это мероприятие только для возраста { $range } лет.
signup-button-hint = Пожалуйста, нажмите на одну из кнопок выше или отправьте /cancel, чтобы прервать запись.
signup-consent = 🔒 Для списка мы сохраняем ваше имя, число мест и, если мы об этом спрашивали, возрастную группу. Эти данные видит только организатор этого мероприятия. Мы удаляем их через 30 дней после мероприятия. Подробнее: /privacy
signup-consent-agree = ✅ Даю согласие
signup-summary = 📋 Пожалуйста, проверьте:
signup-summary-seats =
    { $seats ->
        [one] 🪑 { $seats } место
        [few] 🪑 { $seats } места
        [many] 🪑 { $seats } мест
       *[other] 🪑 { $seats } места
    }
signup-summary-name = 📝 Имя: { $name }
signup-summary-children = 👨‍👩‍👧 Детей: { $children }
signup-summary-fits = Свободных мест хватает.
signup-summary-full = Сейчас всё занято: вы будете под номером { $position } в листе ожидания.
signup-confirm = ✅ Да, записаться
signup-cancel = ✖️ Отмена
signup-cancelled = Хорошо, я прервал запись. Ничего не сохранено.
signup-timeout = ⌛ Вас не было больше 30 минут, поэтому я прервал запись. Просто нажмите «✍️ Записаться» ещё раз, чтобы начать заново.
signup-done-confirmed =
    { $seats ->
        [one] ✅ Вы записаны! Для вас забронировано { $seats } место.
        [few] ✅ Вы записаны! Для вас забронированы { $seats } места.
        [many] ✅ Вы записаны! Для вас забронировано { $seats } мест.
       *[other] ✅ Вы записаны! Для вас забронировано { $seats } места.
    }
signup-done-waitlisted = ⏳ Сейчас всё занято. Вы под номером { $position } в листе ожидания. Как только освободится место, я запишу вас и сообщу об этом.
signup-done-guardian = 👪 Почти готово! Вам меньше 16 лет, поэтому нужно согласие одного из родителей. Пожалуйста, отправьте эту ссылку маме или папе: { $link } — Мы сохраним за вами место на 48 часов.
signup-forward-link = 📤 Отправить ссылку
signup-ics-caption = 📅 Сохраните дату в своём календаре.
signup-ics-description = Запись через Treffpunkt: { $seats } × { $name }

## my sign-ups
menu-my = 🗓 Мои записи
command-my = 🗓 Мои записи
my-title = 🗓 Ваши записи
my-none = У вас пока нет предстоящих записей. Нажмите «📅 Мероприятия», чтобы что-нибудь найти.
my-status-confirmed =
    { $seats ->
        [one] ✅ Вы записаны · { $seats } место
        [few] ✅ Вы записаны · { $seats } места
        [many] ✅ Вы записаны · { $seats } мест
       *[other] ✅ Вы записаны · { $seats } места
    }
my-status-waitlisted = ⏳ Лист ожидания, номер { $position }
my-status-pending = 👪 Ждём согласия родителей
my-list-name = 📝 Имя в списке: { $name }
my-ics = 📅 Файл для календаря
my-cancel = ❌ Отменить запись
my-cancel-confirm = Вы точно хотите отменить запись на «{ $title }»?
my-cancel-yes = ✅ Да, отменить
my-cancel-no = ◀️ Нет, оставить
my-cancelled = ✅ Запись отменена. Теперь ваше место может занять кто-то другой. Спасибо, что предупредили!
my-back = ◀️ Назад

## notices
notice-promoted = 🎉 Хорошая новость! Освободилось место, и теперь вы записаны:
notice-reminder = ⏰ Напоминание для вас:
notice-still-coming = 🤔 Вы всё ещё собираетесь прийти?
notice-still-coming-yes = ✅ Да, приду
notice-still-coming-no = ❌ Нет, не смогу
still-coming-thanks = 👍 Отлично, до встречи!
still-coming-freed = Спасибо, что сообщили. Теперь ваше место может занять кто-то другой.
notice-lapsed = ⌛ За 48 часов никто из родителей не дал согласия, поэтому ваше место отдали другому человеку. Вы можете записаться снова:
notice-guardian-confirmed = ✅ Родители дали согласие. Вы записаны:
notice-guardian-declined = Родители не дали согласия, поэтому вы не записаны на:

## guardian
guardian-request = 👪 { $name } хочет участвовать в этом мероприятии. Для детей младше 16 лет нужно согласие одного из родителей. Вы согласны?
guardian-yes = ✅ Да, даю согласие
guardian-no = ❌ Нет
guardian-thanks-yes = ✅ Большое спасибо! { $name } теперь в списке.
guardian-thanks-no = Хорошо. { $name } не будет в списке.

## privacy
command-privacy = 🔒 Защита данных
privacy-notice =
    🔒 Ваши данные в Treffpunkt
    Что мы храним: ваш номер пользователя в Telegram (чтобы отвечать вам), ваше имя, ваш язык, а при записи — имя для списка, число мест и возрастную группу. Никаких номеров телефона и дат рождения.
    Зачем: чтобы вы могли находить мероприятия и записываться на них.
    Кто это видит: список записей видит только организатор этого мероприятия.
    Как долго: записи удаляются через 30 дней после мероприятия.

## sign-up errors
error-offer-unavailable = ⌛ Извините, это мероприятие больше недоступно.
error-signup-closed = ⌛ Запись на эту дату закрыта.
error-signup-not-open = 🚪 На это мероприятие не нужно записываться. Просто приходите!
error-signup-duplicate = ✅ Вы уже записаны на эту дату. Запись можно посмотреть в разделе «🗓 Мои записи».
error-signup-age-mismatch = 😕 Извините, это мероприятие для другой возрастной группы.
error-signup-cancel-too-late = ⏰ Отменить запись здесь уже нельзя — слишком поздно. Пожалуйста, сообщите организатору напрямую.
error-signup-not-found = 🔍 Я больше не могу найти эту запись.
error-guardian-link-invalid = 🔗 Эта ссылка больше не работает. Возможно, ею уже воспользовались или мероприятие уже прошло.
error-guardian-self = 👪 Пожалуйста, отправьте эту ссылку маме или папе. Согласие должны дать они сами.

## subscriptions
menu-subscriptions = 🔔 Новости
command-subscriptions = 🔔 Выбрать новости
command-stop = 🔕 Отключить все новости
subscriptions-title = 🔔 Новости от города
subscriptions-intro = Выберите, о чём вы хотите узнавать. Нажмите на кнопку, чтобы поставить или снять галочку.
subscriptions-status-on = ✅ Новости включены. Вы получаете новости по темам с галочкой.
subscriptions-status-empty = ☝️ Новости включены, но ни одна тема ещё не отмечена. Пожалуйста, отметьте хотя бы одну.
subscriptions-status-off = 🔕 Новости выключены, поэтому вы их не получаете. Ваш выбор сохранён. Чтобы снова их включить, поставьте галочку у первой кнопки.
subscriptions-switch = 🔔 Присылать мне новости
subscriptions-general = 📢 Общие новости города
subscriptions-digest = 🗞 Новые мероприятия: список раз в неделю
subscriptions-districts =
    { $count ->
        [0] 📍 Районы: все
        [one] 📍 Районы: выбран { $count }
        [few] 📍 Районы: выбрано { $count }
        [many] 📍 Районы: выбрано { $count }
       *[other] 📍 Районы: выбрано { $count }
    }
subscriptions-districts-title = 📍 О каких районах города вы хотите узнавать? Отметьте один или несколько или выберите «Все районы».
subscriptions-districts-all = 🏙 Все районы
subscriptions-back = ◀️ Назад
subscriptions-stopped = 🔕 Готово. Новости больше не будут приходить, но ваш выбор сохранён. Чтобы снова их включить, отправьте /subscriptions.
subscriptions-ask = 🔔 Хотите получать новости от города (объявления, новые мероприятия)?
subscriptions-ask-yes = ✅ Да, выбрать темы
subscriptions-ask-no = ❌ Нет, спасибо
subscriptions-ask-declined = 👍 Хорошо, без новостей. Если передумаете, просто отправьте /subscriptions.
subscriptions-unsubscribe = 🔕 Отписаться от этой темы
subscriptions-unsubscribed = 🔕 Готово. Новости на тему «{ $topic }» больше не будут приходить. Чтобы изменить выбор, отправьте /subscriptions.

## broadcast (staff)
broadcast-ask-text = ✏️ Пожалуйста, отправьте текст объявления (не больше { $max } знаков). Напишите его на своём языке, переводы можно добавить потом.
broadcast-text-hint = Пожалуйста, отправьте текст сообщением (не больше { $max } знаков) или отправьте /cancel, чтобы прервать.
broadcast-ask-translations = 🌍 Добавить перевод? Нажмите на язык или на «Готово».
broadcast-ask-translation = ✏️ Пожалуйста, отправьте текст на этом языке: { $language }.
broadcast-translations-done = ✅ Готово
broadcast-ask-audience = 👥 Кто должен его получить?
broadcast-audience-subscribers = 📣 Подписчики темы
broadcast-audience-participants = ✅ Участники мероприятия
broadcast-audience-waitlist = ⏳ Лист ожидания мероприятия
broadcast-topic-general = Общие новости города
broadcast-ask-topic = 🏷 Какая тема?
broadcast-ask-districts = 📍 Какие районы? Нажмите, чтобы выбрать, потом нажмите «Готово».
broadcast-all-districts = Все районы
broadcast-districts-done = ✅ Готово
broadcast-ask-languages = 🌍 Для читателей на каких языках? Нажмите, чтобы выбрать, затем «Готово». Без выбора — для всех.
broadcast-all-languages = Все языки
broadcast-ask-offer = 📅 Какая дата мероприятия?
broadcast-ask-urgent = ⚠️ Это срочно? Срочные сообщения отправляются даже ночью. Используйте это только для предупреждений об опасности.
broadcast-normal = 🕊 Обычное
broadcast-urgent = ⚠️ Срочное (предупреждение об опасности)
broadcast-ask-when = 🕒 Отправить сейчас? Или напишите дату и время (по берлинскому времени), например «12.12. 17:00» или «2026-12-12 17:00».
broadcast-now = 🚀 Отправить сейчас
broadcast-when-hint = Пожалуйста, напишите дату и время в будущем, например «12.12. 17:00», или нажмите «Отправить сейчас».
broadcast-ask-repeat = 🔁 Повторять его?
broadcast-repeat-none = Только один раз
broadcast-repeat-weekly = Каждую неделю в { $time }
broadcast-repeat-monthly = Каждый месяц { $day }-го числа в { $time }
broadcast-preview-as = 👀 Предпросмотр. Так это увидят читатели, у которых выбран язык { $language }:
broadcast-confirm-question =
    { $count ->
        [one] 📬 Время отправки: { $date }. Его получит { $count } человек. Отправить?
        [few] 📬 Время отправки: { $date }. Его получат { $count } человека. Отправить?
        [many] 📬 Время отправки: { $date }. Его получат { $count } человек. Отправить?
       *[other] 📬 Время отправки: { $date }. Его получат { $count } человека. Отправить?
    }
broadcast-confirm = ✅ Да, отправить
broadcast-saved = ✅ Сохранено. Объявление уйдёт по плану.
broadcast-cancelled = Хорошо, я всё отменил. Ничего не отправлено.
broadcast-timeout = ⌛ Прошло больше 30 минут, поэтому я прервал создание объявления. Чтобы начать заново, отправьте /broadcast.
broadcast-list-title = 📣 Объявления
broadcast-list-empty = Ничего не запланировано.
broadcast-cancel-scheduled = ✖️ Отменить
broadcast-cancelled-scheduled = ✅ Объявление отменено.
broadcast-stats = #{ $id }: отправлено: { $sent } · в очереди: { $queued } · ждут утра: { $waitingForMorning } · ошибки: { $failed } · заблокировали: { $blocked }
broadcast-promote = 📣 Разослать объявление об этом мероприятии
announcement-open-offer = 📅 Открыть мероприятие
error-announcement-not-editable = ⌛ Это объявление уже отправляется или было отменено.
command-broadcast = 📣 Отправить объявление (для сотрудников)
command-announcements = 📋 Объявления (для сотрудников)

## digest
digest-title = 📰 Новое на этой неделе — специально для вас:

## announcement editing (staff)
broadcast-edit = ✏️ Изменить
broadcast-edit-what = ✏️ Что вы хотите изменить в объявлении #{ $id }?
broadcast-edit-text = 📝 Текст
broadcast-edit-time = 🕒 Время
broadcast-edit-ask-time = 🕒 Пожалуйста, напишите новую дату и время (по берлинскому времени), например «12.12. 17:00».
broadcast-edit-saved = ✅ Сохранено.

## offer changes and approval
notice-offer-changed = 🔄 Мероприятие, на которое вы записаны, изменилось. Новое время и место:
notice-offer-before = Раньше: { $before }
notice-offer-cancelled = ❌ К сожалению, это мероприятие отменено. Вам ничего не нужно делать:
notice-offer-pending = 📝 Новое предложение ждёт вашего одобрения:
notice-offer-approved = ✅ Ваше предложение одобрено и теперь видно всем:
notice-offer-rejected = ↩️ Ваше предложение пока не одобрено. Пожалуйста, посмотрите причину и измените его:
notice-offer-reason = Причина: { $reason }
