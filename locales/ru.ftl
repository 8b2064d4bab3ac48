## language
# The language's own name in its own script, shown on the language buttons.
language-name = Русский
language-choose = 🌍 На каком языке вам удобнее?
language-changed = ✅ Готово! Теперь я буду писать вам по-русски.

## start
start-greeting =
    Здравствуйте, { $firstName }! 👋
    Я Treffpunkt. Я помогаю найти мероприятия в вашем городе, например спорт, языковые кафе и консультации, и записаться на них.
start-link-welcome = 👋 Добро пожаловать в Treffpunkt! Нажмите внизу «📅 Мероприятия», чтобы посмотреть, что ещё происходит.
start-choose-language = 🌍 Пожалуйста, выберите язык:

## help
help-intro = Вот что я умею:
command-offers = 📅 Найти мероприятия
command-start = 👋 Начать
command-language = 🌍 Сменить язык
command-help = ❓ Помощь

## fallback
fallback-not-understood = 🤔 Я умею читать только текстовые сообщения. Напишите слово для поиска, например «футбол», или нажмите «📅 Мероприятия».

## groups
groups-private-only = 👋 Я работаю только в личных чатах. Пожалуйста, напишите мне напрямую: { $botUsername }

## errors
rate-limited = 🐢 Слишком много сообщений сразу. Пожалуйста, подождите несколько секунд и попробуйте снова.
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
signup-name-hint = Пожалуйста, напишите имя (максимум знаков: { $max }) или нажмите на кнопку. Чтобы прервать запись, отправьте /cancel.
signup-ask-age =
    🎂 Для кого это мероприятие:
    { $range }
    Сколько лет человеку, который придёт?
signup-age-adult = 🧔 18 или старше
signup-ask-children = 👨‍👩‍👧 Всего мест: { $seats }. Сколько из них для детей?
signup-children-hint = Пожалуйста, нажмите на число от { $min } до { $max } или отправьте /cancel, чтобы прервать запись.
signup-age-mismatch =
    😕 Извините, возраст не подходит. Это мероприятие только для:
    { $range }
signup-button-hint = Пожалуйста, нажмите на одну из кнопок выше или отправьте /cancel, чтобы прервать запись.
signup-consent = 🔒 Для списка мы сохраняем ваше имя, число мест и, если мы об этом спрашивали, возрастную группу. Эти данные видит только организатор этого мероприятия. Мы удаляем их через { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } после мероприятия. Подробнее: /privacy
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
notice-guardian-confirmed = ✅ Один из родителей дал согласие. Вы записаны:
notice-guardian-declined = Ваш родитель не дал согласия, поэтому вы не записаны на:

## guardian
guardian-request = 👪 { $name } хочет участвовать в этом мероприятии. Для детей младше 16 лет нужно согласие одного из родителей. Вы согласны?
guardian-yes = ✅ Да, даю согласие
guardian-no = ❌ Нет
guardian-thanks-yes = ✅ Большое спасибо! { $name } теперь в списке.
guardian-thanks-no = Хорошо. { $name } не будет в списке.

## input the bot cannot use
input-edited = ✏️ Изменений в уже отправленных сообщениях я не вижу. Пожалуйста, отправьте текст ещё раз новым сообщением.
input-forwarded = 📨 Пересланные сообщения я не читаю. Пожалуйста, напишите ответ сами или нажмите на кнопку.

## privacy
command-privacy = 🔒 Защита данных
privacy-notice =
    🔒 Ваши данные в Treffpunkt

    📦 Что мы храним: ваш Telegram ID (это число, а не номер телефона), чтобы мы могли вам отвечать. Ещё мы храним ваше имя, язык и настройки новостей. Когда вы записываетесь, мы храним имя для списка, число мест и возрастную группу. Номера телефонов, дни рождения и сообщения из чата мы не храним, кроме вопросов, которые вы отправляете организаторам.
    🎯 Зачем: чтобы вы могли находить мероприятия, записываться на них и получать новости, которые вы выбрали.
    👀 Кто это видит: организатор мероприятия видит список записей на своё мероприятие. В статистике только числа, никаких имён.
    ⏳ Как долго: записи удаляются через { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } после мероприятия. Если вы заблокируете бота, мы удалим всё через { $blockedDays } { $blockedDays ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }.
    ✉️ Вопросы: { $contact }

    Здесь вы можете скачать свои данные или удалить их.
privacy-no-contact = организация, от которой вы узнали об этом боте
privacy-export-button = 📦 Скачать мои данные
privacy-export-caption = 📦 Здесь всё, что Treffpunkt хранит о вас.
privacy-delete-button = 🗑 Удалить мои данные
privacy-delete-ask = 🗑 Вы хотите удалить все свои данные? Мы удалим ваше имя, язык и настройки.
privacy-delete-signups = 🎟 Будет отменено записей: { $count }. Эти места получат люди из листа ожидания.
privacy-delete-final = Отменить это будет нельзя.
privacy-delete-yes = ⚠️ Да, удалить
privacy-delete-keep = ↩️ Нет, оставить мои данные
privacy-delete-last = ⚠️ Последний вопрос: удалить всё прямо сейчас?
privacy-delete-now = 🗑 Удалить сейчас
privacy-delete-kept = 👍 Хорошо. Ничего не удалено.
privacy-delete-done = ✅ Готово. Ваши данные удалены. Отменено записей: { $count }. Если вы снова напишете мне, мы начнём всё сначала.
privacy-delete-expired = ⌛ Этот вопрос уже устарел. Чтобы удалить свои данные, пожалуйста, начните снова с /privacy.

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
broadcast-ask-text = ✏️ Пожалуйста, отправьте текст объявления (максимум знаков: { $max }). Напишите его на своём языке, переводы можно добавить потом.
broadcast-text-hint = Пожалуйста, отправьте текст сообщением (максимум знаков: { $max }) или отправьте /cancel, чтобы прервать.
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
notice-offer-pending = 📝 Новое мероприятие ждёт вашего одобрения:
notice-offer-approved = ✅ Ваше мероприятие одобрено и теперь видно всем:
notice-offer-rejected = ↩️ Ваше мероприятие пока не одобрено. Пожалуйста, посмотрите причину и измените его:
notice-offer-reason = Причина: { $reason }

## staff offers
command-myoffers = 🗂 Наши мероприятия (для сотрудников)
staff-offers-title = 🗂 Мероприятия вашей организации
staff-offers-none = Мероприятий пока нет.
staff-offer-dates = 📅 Выберите дату, чтобы посмотреть, кто записался:
staff-offer-cancel = ❌ Отменить мероприятие
staff-offer-cancel-confirm = Вы точно хотите отменить «{ $title }»? Все, кто записался, получат уведомление.
staff-offer-cancel-yes = ✅ Да, отменить
staff-offer-cancelled =
    { $count ->
        [one] ✅ Отменено. Уведомление получил { $count } человек.
        [few] ✅ Отменено. Уведомление получили { $count } человека.
        [many] ✅ Отменено. Уведомление получили { $count } человек.
       *[other] ✅ Отменено. Уведомление получили { $count } человека.
    }
staff-participants-title = 👥 Записались на { $date }:
staff-participants-none = Пока никто не записался.
staff-participants-export = 📄 Экспорт в CSV
staff-participants-csv-caption = 📄 Список участников
staff-attendance-hint = После начала нажмите ✅ или ❌, чтобы отметить, кто пришёл.
staff-csv-name = Имя
staff-csv-seats = Места
staff-csv-children = Дети
staff-csv-status = Статус
staff-csv-age = Возрастная группа
staff-csv-attendance = Присутствие
staff-back = ◀️ Назад

## new offer (staff)
command-newoffer = ➕ Новое мероприятие (для сотрудников)
staff-offer-reschedule = 🕒 Изменить время
newoffer-ask-title = ✏️ Как называется мероприятие? Напишите название. Язык: { $language }. Максимум знаков: { $max }.
newoffer-title-hint = Пожалуйста, напишите название, в котором есть буквы (максимум знаков: { $max }), или отправьте /cancel.
newoffer-ask-summary = 📝 Опишите его в одном-двух коротких предложениях (максимум знаков: { $max }).
newoffer-summary-hint = Пожалуйста, напишите короткое описание (максимум знаков: { $max }) или отправьте /cancel.
newoffer-ask-translations = 🌍 Добавить перевод? Нажмите на язык или на «Готово».
newoffer-ask-category = 🏷 Какая тема подходит лучше всего?
newoffer-ask-district = 📍 В каком районе?
newoffer-no-district = 🌐 Без района (онлайн или для всего города)
newoffer-ask-place = 🏠 Где? Напишите адрес, отправьте геопозицию через 📎 или пришлите ссылку на онлайн-встречу (https://…).
newoffer-place-hint = Пожалуйста, напишите адрес, отправьте геопозицию или пришлите ссылку, которая начинается с https://.
newoffer-ask-start = 🕒 Когда начало? Напишите дату и время (по берлинскому времени), например «12.12. 17:00» или «2026-12-12 17:00».
newoffer-start-hint = Пожалуйста, напишите дату и время в будущем, например «12.12. 17:00», или отправьте /cancel.
newoffer-ask-length = ⏱ Сколько длится мероприятие?
newoffer-length = { $hours } ч
newoffer-ask-repeat = 🔁 Мероприятие повторяется?
newoffer-repeat-weekly = Каждую неделю
newoffer-repeat-biweekly = Раз в две недели
newoffer-ask-until = 📆 До какого числа? Напишите последнюю дату, например «31.01.».
newoffer-until-hint = Пожалуйста, напишите дату после начала, например «31.01.».
newoffer-ask-signup = ✍️ Нужна ли запись? Нажмите на число мест, напишите другое число или выберите «Без записи».
newoffer-no-signup = 🚪 Без записи
newoffer-seats =
    { $seats ->
        [one] { $seats } место
        [few] { $seats } места
       *[other] { $seats } мест
    }
newoffer-seats-hint = Пожалуйста, нажмите на кнопку или напишите число мест.
newoffer-ask-ages = 👥 Для какого возраста? Нажмите на кнопку или напишите диапазон, например «12-17» (или «60-» — от 60 лет и старше).
newoffer-ages-all = Для всех
newoffer-ages-youth = 12–17
newoffer-ages-children = Дети 6–11
newoffer-ages-seniors = От 60 лет
newoffer-ages-hint = Пожалуйста, нажмите на кнопку или напишите диапазон, например «12-17».
newoffer-ask-cost = 💶 Это бесплатно? Нажмите «Бесплатно» или напишите цену (например, «2 €»).
newoffer-cost-hint = Пожалуйста, нажмите «Бесплатно» или напишите цену.
newoffer-languages = 🌍 Языков с текстом: { $count }
newoffer-preview = 👀 Пожалуйста, проверьте ваше мероприятие:
newoffer-save-draft = 💾 Сохранить как черновик
newoffer-publish = 🚀 Опубликовать
newoffer-saved-draft = 💾 Сохранено как черновик.
newoffer-saved-pending-approval = ⏳ Отправлено на одобрение. Вы получите сообщение, как только его проверят.
newoffer-saved-published = 🚀 Опубликовано! Теперь жители могут его найти.
newoffer-cancelled = Хорошо, отменяю. Ничего не сохранено.
newoffer-timeout = ⌛ Прошло больше 30 минут, поэтому я прервал создание мероприятия. Ничего не сохранено.
newoffer-no-organization = 🏢 Вы пока не состоите ни в одной организации. Пожалуйста, попросите администратора прислать вам ссылку-приглашение.
newoffer-rescheduled =
    { $count ->
        [one] ✅ Время изменено. Уведомление получил { $count } человек.
        [few] ✅ Время изменено. Уведомление получили { $count } человека.
        [many] ✅ Время изменено. Уведомление получили { $count } человек.
       *[other] ✅ Время изменено. Уведомление получили { $count } человека.
    }

newoffer-ask-max-seats = 🪑 Сколько мест максимум может забронировать один человек (например, для своих детей)?
newoffer-ask-deadline = ⏰ До какого момента можно записаться и отменить запись?
newoffer-deadline-start = Запись — до начала, отмена — за 3 часа до него
newoffer-deadline-day = Запись и отмена — за 1 день до начала
newoffer-deadline-week = Запись — за 1 неделю до начала, отмена — за 1 день
newoffer-ask-spoken = 🗣 На каких языках там говорят? Нажмите, чтобы выбрать, затем «Готово».
staff-offer-edit = ✏️ Изменить
newoffer-save-changes = 💾 Сохранить изменения
newoffer-edited =
    { $count ->
        [0] ✅ Сохранено.
        [one] ✅ Сохранено. Уведомление о новом времени или месте получил { $count } человек.
        [few] ✅ Сохранено. Уведомление о новом времени или месте получили { $count } человека.
        [many] ✅ Сохранено. Уведомление о новом времени или месте получили { $count } человек.
       *[other] ✅ Сохранено. Уведомление о новом времени или месте получили { $count } человека.
    }

## stats (admins)
command-stats = 📊 Статистика (для администраторов)
stats-title = 📊 Статистика за { $month } (без имён)
stats-users = 👥 Пользователи по языкам
stats-by-category = 🏷 По темам
stats-by-offer = 📅 По мероприятиям
stats-line = записей: { $signups }, мест: { $seats }, пришли: { $present }, не пришли: { $absent }
stats-hint = Другой месяц: /stats 2026-11

## admin
command-admin = 🛠 Управление (для администраторов)
admin-menu-title = 🛠 Управление
admin-menu-text = Чем вы хотите управлять?
admin-organizations = 🏢 Организации
admin-approvals = 📝 Одобрение
admin-audit = 📜 Журнал действий
admin-back = ◀️ Назад
admin-organizations-title = 🏢 Организации
admin-organizations-none = Организаций пока нет.
admin-organization-new = ➕ Новая организация
admin-organization-staff-count =
    { $count ->
        [one] { $count } сотрудник
        [few] { $count } сотрудника
        [many] { $count } сотрудников
       *[other] { $count } сотрудника
    }
admin-organization-trusted-on = ✅ Доверенная
admin-organization-trusted-off = ⬜ Доверенная
admin-organization-trusted-hint = Доверенные организации публикуют мероприятия без одобрения.
admin-organization-ask-name = 🏢 Как называется новая организация? (максимум знаков: { $max })
admin-organization-name-hint = Пожалуйста, отправьте название сообщением (знаков: 1–{ $max }) или отправьте /cancel, чтобы прервать.
admin-organization-created = ✅ Организация «{ $name }» создана. Откройте её, чтобы пригласить сотрудников.
admin-invite = ➕ Пригласить сотрудника
admin-invite-link = 🔗 Приглашение в организацию { $organization }. Ссылка одноразовая и действует до { $date }. Отправьте её человеку, которого хотите добавить:
admin-invite-share = 📤 Поделиться ссылкой
admin-invite-share-text = Ваше приглашение в команду организации { $organization } в Treffpunkt
admin-staff = 👥 Сотрудники
admin-staff-title = 👥 Сотрудники организации { $organization }
admin-staff-none = Пока никого нет. Пригласите кого-нибудь кнопкой «➕ Пригласить сотрудника».
admin-staff-revoke = 🚫 Удалить: { $name }
admin-staff-revoked = ✅ { $name } больше нет в списке сотрудников.
admin-approvals-title = 📝 Ждут одобрения
admin-approvals-none = Сейчас ничего не ждёт одобрения.
admin-approve = ✅ Одобрить
admin-reject = ↩️ Вернуть
admin-approved = ✅ Одобрено и опубликовано.
admin-reject-ask-reason = ↩️ Почему «{ $title }» пока нельзя одобрить? Пожалуйста, напишите причину для организации (максимум знаков: { $max }).
admin-reject-reason-hint = Пожалуйста, напишите причину сообщением (знаков: 1–{ $max }) или отправьте /cancel, чтобы прервать.
admin-rejected = ↩️ Возвращено организации с указанием вашей причины.
admin-audit-title = 📜 Журнал действий, страница { $page }
admin-audit-empty = Записей пока нет.
admin-audit-actor = пользователь #{ $userId }
admin-audit-system = система
admin-cancelled = Хорошо, отменяю. Ничего не изменено.
admin-timeout = ⌛ Прошло больше 30 минут, поэтому я всё отменил. Ничего не изменено.
staff-welcome = 🎉 Добро пожаловать в команду организации { $organization }! Теперь вы можете создавать её мероприятия и управлять ими. Отправьте /help, чтобы увидеть, что вам доступно.
error-invitation-invalid = 🔗 Эта ссылка-приглашение не работает. Пожалуйста, попросите новую.
error-invitation-used = 🔗 Этой ссылкой-приглашением уже воспользовались. Пожалуйста, попросите новую.
error-invitation-expired = ⌛ Срок действия этой ссылки-приглашения истёк. Пожалуйста, попросите новую.
error-organization-exists = 🏢 Организация с таким названием уже есть. Пожалуйста, отправьте другое название.
error-offer-not-pending = ⌛ Это мероприятие больше не ждёт одобрения.

## admins and audit
signup-age-under = 👧 Младше { $age }
signup-age-teen = 🧑 От { $age } до { $last }
signup-ask-age-any =
    🎂 Сколько лет человеку, который придёт?
    Если ему меньше { $age }, запись подтверждает один из родителей или опекун.
signup-ask-adult = 🔞 Это предложение для взрослых. Пожалуйста, подтвердите, что человеку, который придёт, { $age } лет или больше.
signup-adult-confirm = ✅ Да, { $age } или старше
admin-admins = 👑 Администраторы
admin-admins-title = 👑 Администраторы
admin-admins-text = Администраторы управляют всеми организациями, одобряют предложения и объявления и читают журнал действий. Администраторов из настроек сервера здесь убрать нельзя, и никто не снимает роль администратора сам с себя: это делает другой администратор.
admin-admins-none = Администраторов пока нет.
admin-admin-configured = настройки сервера
admin-staff-admin-mark = 👑 администратор
admin-staff-make-admin = 👑 Сделать { $name } администратором
admin-staff-take-admin = ➖ Снять роль администратора с { $name }
admin-admin-granted = 👑 { $name } теперь администратор.
admin-admin-revoked = ✅ { $name } больше не администратор.
error-admin-self = 🙅 Вы не можете снять роль администратора с себя. Это может сделать другой администратор.
error-admin-configured = 🔒 Этот администратор задан в настройках сервера, в боте его убрать нельзя.
admin-audit-filter = 🏢 По организации
admin-audit-filter-title = 🏢 Записи какой организации показать?
admin-audit-filter-all = 📜 Все записи
admin-audit-title-org = 📜 Журнал действий · { $organization }, страница { $page }
audit-who-system = Система
audit-who-admin = Администратор #{ $id }
audit-who-staff = Сотрудник #{ $id } · { $organization }
audit-who-staff-alone = Сотрудник #{ $id }
audit-who-resident = Житель #{ $id }
audit-who-user = Пользователь #{ $id }
audit-target-user = человек #{ $id }
audit-action-other = Другое действие ({ $action })
audit-action-access-denied = 🚫 Отказано: { $action }
audit-action-offer-created = 📝 Предложение сохранено
audit-action-offer-edited = ✏️ Предложение изменено
audit-action-offer-submitted = 📨 Предложение отправлено на одобрение
audit-action-offer-published = 📢 Предложение опубликовано
audit-action-offer-approved = ✅ Предложение одобрено
audit-action-offer-rejected = ↩️ Предложение возвращено
audit-action-offer-cancelled = ❌ Предложение отменено
audit-action-offer-attendance = 🙋 Отмечено присутствие
audit-action-participants-exported = 📄 Скачан список участников
audit-action-offer-revision-submitted = 📨 Изменение предложения отправлено на одобрение
audit-action-offer-revision-approved = ✅ Изменение предложения одобрено
audit-action-offer-revision-rejected = ↩️ Изменение предложения возвращено
audit-action-announcement-created = 📣 Объявление написано
audit-action-announcement-approved = ✅ Объявление одобрено
audit-action-announcement-rejected = ↩️ Объявление возвращено
audit-action-announcement-edited = ✏️ Объявление изменено
audit-action-announcement-cancelled = ❌ Объявление отменено
audit-action-announcement-sent = 📬 Объявление отправлено
audit-action-organization-created = 🏢 Организация создана
audit-action-organization-edited = 🏢 Организация изменена
audit-action-staff-invited = 🔗 Приглашён сотрудник
audit-action-staff-joined = 👋 Присоединился как сотрудник
audit-action-staff-revoked = 🚫 Доступ сотрудника снят
audit-action-admin-granted = 👑 Назначен администратором
audit-action-admin-revoked = ➖ Роль администратора снята
audit-action-user-erased = 🗑 Удалил свои данные
## offer revisions
revision-waiting-own = ✏️ Ваше последнее изменение ждёт одобрения; все видят версию выше.
revision-waits = ✏️ Спасибо! Ваше изменение ждёт одобрения командой города. До тех пор все видят мероприятие таким, как было; как только будет решение, вы получите сообщение.
revision-queue-title = ✏️ Изменения опубликованных мероприятий
revision-open = ✏️ Изменение { $number }
revision-title = Изменение «{ $title }»
revision-proposed-by = Предложила организация { $organization }, { $date }
revision-no-changes = Отличий от опубликованной версии больше нет.
revision-more-changes = … и другие изменения, которые не помещаются в это сообщение.
revision-was = было:
revision-now = новое:
revision-yes = да
revision-no = нет
revision-repeats-none = один раз
revision-repeats-weekly = каждую неделю
revision-repeats-biweekly = раз в две недели
revision-field-title = Название
revision-field-summary = Краткое описание
revision-field-details = Подробности
revision-field-accessibility = Доступность
revision-field-category = Тема
revision-field-district = Район
revision-field-address = Адрес
revision-field-online = Онлайн-ссылка
revision-field-starts = Начало
revision-field-ends = Конец
revision-field-repeats = Повторение
revision-field-until = Повторяется до
revision-field-cost = Стоимость
revision-field-ages = Возраст
revision-field-signup = Нужна запись
revision-field-capacity = Места
revision-field-languages = Языки общения
revision-field-rules = Правила записи (мест на запись · закрытие · отмена до · напоминание, в минутах)
revision-approved = ✅ Изменение одобрено и опубликовано.
revision-reject-ask-reason = ↩️ Почему изменение «{ $title }» не одобрено? Пожалуйста, напишите причину для организации (знаков: не больше { $max }).
revision-rejected = ↩️ Изменение возвращено с вашей причиной. Опубликованная версия остаётся без изменений.
error-revision-not-pending = ⌛ Это изменение больше не ждёт одобрения.
notice-offer-revision-pending = ✏️ Изменение опубликованного мероприятия ждёт вашего одобрения:
notice-offer-revision-approved = ✅ Ваше изменение одобрено, теперь его видят все:
notice-offer-revision-rejected = ↩️ Ваше изменение не одобрено, мероприятие остаётся таким, как было. Пожалуйста, посмотрите причину:
## outbox (issue 14)
broadcast-confirm-question-now = 📬 Получателей: { $count }. Объявление уйдёт, как только вы подтвердите. Отправить?
broadcast-sending = 🚀 Объявление уже отправляется. Получателей: { $count }. Ход отправки виден в /announcements.
broadcast-time-passed = 🕒 Выбранное время тем временем прошло. Пожалуйста, выберите время ещё раз; текст и получатели сохранены.
broadcast-stats-eta = ⏱ ожидаемое окончание: { $time }
notice-announcement-report = 📣 Ваше объявление #{ $id } отправлено. Отправлено: { $sent } · ошибки: { $failed } · заблокировали бота: { $blocked }
error-announcement-time-passed = 🕒 Выбранное время уже прошло. Пожалуйста, выберите новое время.
## announcements for partners
broadcast-ask-as = 🏛 От чьего имени это объявление?
broadcast-as-city = Город
broadcast-picker-participants =
    👥 { $count ->
        [one] { $count } человек
        [few] { $count } человека
       *[other] { $count } человек
    }
broadcast-picker-waitlisted =
    ⏳ { $count ->
        [one] { $count } ждёт
       *[other] { $count } ждут
    }
broadcast-picker-previous = Назад
broadcast-picker-next = Дальше
broadcast-picker-empty = 📅 Сейчас у вашей организации нет предстоящих дат.
broadcast-confirm-urgent-night = Срочно: это сообщение придёт и ночью, даже в часы тишины.
broadcast-saved-pending = ✅ Сохранено. Сначала его проверит администратор города; вы получите сообщение, как только его одобрят или вернут.
broadcast-list-pending = ждёт одобрения
admin-announcement-approvals = 📣 Объявления на одобрение
admin-announcement-approvals-title = 📣 Объявления, ожидающие одобрения
admin-announcement-approvals-none = Ни одно объявление не ждёт одобрения.
admin-announcement-approved = ✅ Одобрено. Оно уйдёт по плану.
admin-announcement-rejected = ↩️ Возвращено автору с вашей причиной.
admin-announcement-reject-ask-reason = ↩️ Почему объявление #{ $id } не одобрено? Напишите, пожалуйста, причину для автора (максимум символов: { $max }).
notice-announcement-approved = ✅ Ваше объявление одобрено и уйдёт по плану:
notice-announcement-rejected = ↩️ Ваше объявление не одобрено и не будет отправлено. Посмотрите, пожалуйста, причину:
notice-announcement-when = Запланировано на: { $date }
error-announcement-not-pending = ⌛ Это объявление больше не ждёт одобрения.
notice-announcement-pending = 📣 Объявление ждёт вашего одобрения (/admin → 📣 Объявления на одобрение):
## machine translation (shared)
translation-mark = 🤖 машинный перевод
translation-show-original = 📄 Показать оригинал
translation-translate-all = 🌍 Перевести на все языки
translation-by-hand = ✍️ Ещё нужен перевод вручную (служба перевода не поддерживает эти языки): { $languages }
translation-unavailable = ⚠️ Служба перевода сейчас недоступна. Ваш текст сохранён; переводы появятся позже сами.
translation-budget = ⚠️ Бюджет машинного перевода на этот месяц исчерпан. Ваш текст сохранён; переводы можно добавить вручную.
translation-invalid = ⚠️ Машинный перевод на эти языки не удался и был пропущен: { $languages }
translation-outdated = ✏️ Исходный текст изменился. Пожалуйста, проверьте свои переводы: { $languages }
translation-original-header = 📄 Оригинал ({ $language }):
translation-none-configured = Машинный перевод для этого бота не настроен.

## announcement translation (mt-ann)
mt-ann-ask-translate =
    { $count ->
        [one] 🌍 Вашего текста ещё нет на { $count } языке, на котором читают ваши читатели. Перевести его службой перевода? Вы сможете проверить и исправить результат.
        [few] 🌍 Вашего текста ещё нет на { $count } языках, на которых читают ваши читатели. Перевести его службой перевода? Вы сможете проверить и исправить каждый результат.
       *[other] 🌍 Вашего текста ещё нет на { $count } языках, на которых читают ваши читатели. Перевести его службой перевода? Вы сможете проверить и исправить каждый результат.
    }
mt-ann-skip = ➡️ Дальше без перевода
mt-ann-translations-title = 🤖 Машинные переводы:
mt-ann-ask-correct = ✏️ Чтобы исправить язык, нажмите на него и отправьте исправленный текст. Если всё в порядке, нажмите «Готово».
mt-ann-corrections-done = ✅ Готово
mt-ann-ask-correction = ✏️ Пожалуйста, отправьте исправленный текст на этом языке: { $language }.
mt-ann-original-gone = 🤷 К сожалению, это сообщение больше нельзя показать.
mt-ann-stats-title = 🌍 Машинный перевод
mt-ann-stats-usage = { $provider } · символов в этом месяце: { $chars }
mt-ann-stats-usage-budget = { $provider } · символов в этом месяце: { $chars } из { $budget }
mt-ann-privacy-translation = 🌍 Перевод: предложения и объявления, написанные для всех, отправляются в службу перевода { $provider }, чтобы вы могли читать их на своём языке. Отправляются только эти тексты, никогда ваше имя, ваши сообщения или ваши записи.
mt-ann-privacy-no-translation = 🌍 Перевод: этот бот не пользуется службой машинного перевода. Никакие ваши данные туда не отправляются.
## feeds and the public page
feeds-calendar-name = Treffpunkt: предложения
feeds-signup-line = Записаться в Telegram: { $url }
feeds-subscribe = 📅 Подписаться на этот календарь
feeds-inventory-button = 📋 Список предложений (CSV)
feeds-inventory-caption = 📋 Все предстоящие предложения, по одной строке на каждое – например, для базы данных земли.
page-title = Что происходит? – Treffpunkt
page-heading = Что происходит?
page-intro = Предложения в вашем городе: знакомьтесь с людьми, учитесь, занимайтесь спортом. Записаться можно в Telegram.
page-languages = Язык
page-filter-category = Тема
page-filter-district = Район
page-filter-date = День
page-filter-all = Все
page-filter-any-day = Все ближайшие дни
page-filter-submit = Показать
page-subscribe = 📅 Подписаться на эти предложения в своём календаре
page-empty = Сейчас мы ничего не нашли. Попробуйте другие фильтры.
page-organizer = Организатор: { $organization }
page-signup = ✍️ Записаться в Telegram
page-open = 📲 Открыть в Telegram
page-more =
    { $count ->
        [one] … и ещё { $count } дата. Выберите день или тему, чтобы её увидеть.
        [few] … и ещё { $count } даты. Выберите день или тему, чтобы их увидеть.
        [many] … и ещё { $count } дат. Выберите день или тему, чтобы их увидеть.
       *[other] … и ещё { $count } даты. Выберите день или тему, чтобы их увидеть.
    }
## offers: machine translation
mt-offer-translated = 🤖 Машинные переводы. Пожалуйста, просмотрите их; чтобы исправить перевод, нажмите на его язык ниже.
mt-offer-grid-legend = ✅ вручную · 🤖 машинный перевод (нажмите, чтобы исправить) · ✏️ проверьте: оригинал изменился · ➕ ещё нет
mt-offer-preview-machine = 🤖 Языков с машинным переводом: { $count }
mt-offer-refresh-failed = ⚠️ Эти машинные переводы не удалось обновить, поэтому они пока скрыты: { $languages }. Они появятся снова сами.
mt-offer-show-translation = 🌍 Показать на моём языке
## schedule import (issue 16)
command-import = Импортировать предложения из файла (CSV, Excel, календарь)
audit-action-import-applied = 📥 Расписание импортировано
audit-action-import-calendar-set = 📅 Подписанный календарь добавлен
import-intro =
    📥 Много дат сразу: пришлите мне файл CSV или Excel (шаблон ниже) или файл календаря (.ics) из Nextcloud, Outlook или Google. Не больше { $mb } МБ и { $rows } строк. Сначала вы увидите предпросмотр; ничего не сохранится, пока вы не подтвердите.

    Повторный импорт того же файла ничего не меняет. Изменённая строка обновляет своё предложение, а все записавшиеся узнают о новом времени или месте.
import-columns-title = <b>Столбцы шаблона</b>
import-column-id = ваш собственный номер строки (сохраните его: по нему новый импорт находит предложение)
import-column-title = название на языке: { $language }
import-column-summary = краткое описание на языке: { $language }
import-column-category = тема, напр. Sport, Beratung, Kinder & Familie (пусто: вы выберете одну для всего файла)
import-column-district = район (пусто: вы выберете один для всего файла)
import-column-address = адрес места
import-column-online = онлайн-ссылка (https://…) для предложений в интернете
import-column-start = начало, напр. 05.12.2026 15:00 или 2026-12-05 15:00 (по берлинскому времени)
import-column-end = конец: время (17:00) или дата и время
import-column-length = или длительность: 90, 1:30 или 2 h
import-column-repeats = еженедельно, раз в две недели или ежемесячно (пусто: один раз)
import-column-until = последняя дата серии, напр. 31.03.2027
import-column-seats = мест на одну дату (пусто: запись не нужна)
import-column-ages = возраст, напр. 12-17 или 60-
import-column-cost = стоимость, напр. 2 € (пусто: бесплатно)
import-column-languages = языки общения, напр. de, ar, uk
import-column-accessibility = доступность, напр. вход без ступенек
import-column-contact = как связаться с организаторами
import-template-csv = 📄 Шаблон в формате CSV (точка с запятой, для Excel)
import-template-xlsx = 📊 Шаблон как файл Excel, с пояснением столбцов
import-sheet-offers = Предложения
import-sheet-columns = Столбцы
import-reading = 📥 Читаю файл…
import-file-too-big = 😕 Файл слишком большой. Я могу прочитать файлы до { $mb } МБ.
import-file-too-many-rows = 😕 В файле больше { $rows } строк. Пожалуйста, разделите его на файлы поменьше.
import-file-unreadable = 😕 Не удалось прочитать файл. Сохраните его ещё раз как CSV, Excel (.xlsx) или календарь (.ics) и пришлите снова.
import-file-no-header = 😕 Не нахожу названий столбцов. В первой строке должны быть хотя бы столбцы названия и начала, как в шаблоне (/import).
import-file-unknown-type = Я могу импортировать файлы CSV, Excel (.xlsx) и календаря (.ics). /import пришлёт вам шаблон.
import-file-empty = 😕 Файл пустой.
import-ask-category = У некоторых дат нет темы. Какую тему им дать?
import-ask-district = К какому району относятся даты этого файла?
import-district-none = 🌐 Без района (весь город или онлайн)
import-preview-title = 📥 <b>{ $name }</b>
import-count-new =
    { $count ->
        [one] 1 новое
        [few] { $count } новых
       *[other] { $count } новых
    }
import-count-changed =
    { $count ->
        [one] 1 изменено
        [few] { $count } изменено
       *[other] { $count } изменено
    }
import-count-unchanged =
    { $count ->
        [one] 1 без изменений
        [few] { $count } без изменений
       *[other] { $count } без изменений
    }
import-count-cancelled =
    { $count ->
        [one] 1 отменено (его больше нет в файле)
        [few] { $count } отменено (их больше нет в файле)
       *[other] { $count } отменено (их больше нет в файле)
    }
import-errors-title =
    { $count ->
        [one] ⚠️ 1 строку нельзя импортировать:
        [few] ⚠️ { $count } строки нельзя импортировать:
       *[other] ⚠️ { $count } строк нельзя импортировать:
    }
import-row-error = Строка { $row }: { $reason }
import-more-errors =
    { $count ->
        [one] … и ещё 1
       *[other] … и ещё { $count }
    }
import-preview-question = Импортировать сейчас? Остальные строки будут импортированы, указанные выше пропущены.
import-nothing-to-do = Импортировать нечего: всё уже актуально.
import-confirm = ✅ Импортировать
import-done = ✅ Импортировано.
import-awaiting-approval =
    { $count ->
        [one] 1 предложение ждёт одобрения города.
        [few] { $count } предложения ждут одобрения города.
       *[other] { $count } предложений ждут одобрения города.
    }
import-notified =
    { $count ->
        [one] 1 записавшийся получил сообщение об изменении.
        [few] { $count } записавшихся получили сообщения об изменениях.
       *[other] { $count } записавшихся получили сообщения об изменениях.
    }
import-left-out =
    { $count ->
        [one] 1 строка пропущена (см. выше).
        [few] { $count } строки пропущены (см. выше).
       *[other] { $count } строк пропущено (см. выше).
    }
import-cancelled = Импорт отменён. Ничего не сохранено.
import-timeout = Импорт остановлен, потому что долго ничего не происходило. Просто пришлите файл ещё раз.
import-reason-title-missing = нет названия
import-reason-title-too-long = название слишком длинное (не больше 200 символов)
import-reason-summary-too-long = описание слишком длинное (не больше 1000 символов)
import-reason-start-missing = нет начала
import-reason-date-format = не могу прочитать дату «{ $value }» (пишите 05.12.2026 15:00)
import-reason-date-not-exist = даты «{ $value }» не существует
import-reason-date-past = дата уже прошла
import-reason-end-before-start = конец раньше начала
import-reason-length-invalid = не могу прочитать длительность «{ $value }» (пишите 90 или 1:30)
import-reason-repeats-unknown = не знаю повторения «{ $value }» (еженедельно, раз в две недели, ежемесячно)
import-reason-until-before-start = серия заканчивается («{ $value }») раньше, чем начинается
import-reason-seats-invalid = количество мест «{ $value }» — не число
import-reason-ages-invalid = не могу прочитать возраст «{ $value }» (пишите 12-17 или 60-)
import-reason-languages-invalid = не могу прочитать языки «{ $value }» (пишите de, ar)
import-reason-link-invalid = «{ $value }» — не веб-ссылка (https://…)
import-reason-text-too-long = текст слишком длинный: «{ $value }»
import-reason-category-unknown = не знаю темы «{ $value }»
import-reason-category-missing = нет темы
import-reason-district-unknown = не знаю района «{ $value }»
import-reason-duplicate-id = идентификатор «{ $value }» встречается в файле дважды
import-reason-event-invalid = не могу прочитать эту запись календаря
import-reason-row-invalid = из этой строки не получается действительное предложение
import-calendar-button = 📅 Подписанный календарь
import-calendar-none =
    📅 Календарь ещё не подписан.

    Ваша организация ведёт даты в Nextcloud, Outlook или Google Календаре? Дайте мне публичный адрес календаря (iCalendar, заканчивается на .ics): я проверяю его каждый час, добавляю новые даты, обновляю изменённые и отменяю удалённые, а все записавшиеся получают сообщение.
import-calendar-current =
    📅 Подписанный календарь:
    { $url }

    Последняя проверка: { $checked }
import-calendar-never = ещё не было
import-calendar-failing =
    { $count ->
        [one] ⚠️ Последняя проверка не удалась.
        [few] ⚠️ Последние { $count } проверки не удались.
       *[other] ⚠️ Последние { $count } проверок не удались.
    }
import-calendar-set = 🔗 Указать адрес
import-calendar-remove = 🗑 Удалить
import-calendar-ask-url = Пришлите мне публичный адрес календаря (он начинается с https://).
import-calendar-url-hint = Это не веб-адрес. Он начинается с https:// (или http://).
import-calendar-saved = ✅ Сохранено. Я проверю календарь в течение часа, а дальше каждый час.
import-calendar-removed = 🗑 Календарь удалён. Уже импортированные предложения остаются.
import-calendar-failing-notice =
    ⚠️ Уже сутки я не могу прочитать ваш подписанный календарь:
    { $url }
    Проверьте, пожалуйста, работает ли адрес и открыт ли он. Я продолжаю пытаться.

## schedule import, follow-ups
import-calendar-url-private = 🚫 Этот адрес я использовать не могу: { $host } не в общедоступном интернете (это локальный, частный или внутренний адрес). Пожалуйста, дайте публичный адрес календаря, как его показывает ваше календарное приложение в разделе «Поделиться» или «Публичная ссылка», и ещё раз нажмите 🔗 Указать адрес.
import-pending-notice =
    { $count ->
        [one] 📥 { $organization } импортировала 1 предложение, которое ждёт вашего одобрения. Оно в /admin → 📝 Одобрение.
        [few] 📥 { $organization } импортировала { $count } предложения, которые ждут вашего одобрения. Они в /admin → 📝 Одобрение.
       *[other] 📥 { $organization } импортировала { $count } предложений, которые ждут вашего одобрения. Они в /admin → 📝 Одобрение.
    }
import-admin-calendar = 📅 Календарь
import-admin-calendar-title = 📅 Подписанный календарь: { $organization }
import-admin-calendar-none = Календарь ещё не подписан. Кнопкой 🔗 Указать адрес вы даёте его публичный адрес iCalendar: я проверяю его каждый час и переношу его даты как предложения этой организации.

## ask the organiser (ask-)
ask-button = 💬 Задать вопрос
ask-menu = 💬 Спросить
command-ask = 💬 Задать вопрос городу
command-linkgroup = 🔗 Подключить эту группу для вопросов жителей (в группе)
ask-prompt-offer = 💬 Ваш вопрос о «{ $title }» получат те, кто это проводит.
ask-prompt-city = 💬 Ваш вопрос получит команда города.
ask-prompt = Напишите, пожалуйста, свой вопрос одним сообщением, на своём языке. Можно также отправить фото с вопросом в подписи.
ask-please-write = ✍️ Напишите, пожалуйста, вопрос текстом. Голосовые сообщения и стикеры я передать не могу.
ask-too-long = ✍️ Это немного длинно. Пожалуйста, не больше { $max } символов.
ask-share-name = 👤 Может ли команда видеть ваше имя? Если нет, они видят только «Житель» с номером и ваш язык.
ask-share-name-no = 🙈 Нет, анонимно
ask-share-name-yes = 👤 Да, показать моё имя
ask-share-name-hint = Нажмите, пожалуйста, одну из кнопок.
ask-cancelled = ✖️ Хорошо, вопрос не отправлен.
ask-timeout = ⏳ Вопрос не отправлен, потому что какое-то время не было ответа. Просто начните снова.
ask-the-city = город
ask-sent =
    ✅ Спасибо! Ваш вопрос отправлен: { $to }.
    { $days ->
        [one] Ответ можно ожидать в течение одного рабочего дня.
       *[other] Ответ можно ожидать в течение { $days } рабочих дней.
    } Он придёт сюда, на вашем языке.
ask-resident = Житель #{ $number } ({ $language })
ask-resident-named = Житель #{ $number }, { $name } ({ $language })
ask-question-headline = ❓ Вопрос от: { $resident }
ask-followup-headline = ↩️ Уточнение от: { $resident }
ask-reminder-headline =
    ⏰ Всё ещё без ответа после { $days ->
        [one] { $days } рабочего дня
       *[other] { $days } рабочих дней
    }: { $resident }
ask-about-offer = 📅 О: { $title }
ask-about-organization = 🏢 Кому: { $name }
ask-about-city = 🏛 Общий вопрос городу
ask-deleted = 🗑 Удалено: человек стёр свои данные.
ask-not-translated = ⚠️ Не переведено (написано на языке: { $language }).
ask-reply-hint = ↩️ Чтобы ответить, ответьте на это сообщение. Человек увидит только ваш ответ, не ваше имя.
ask-done-button = ✅ Готово
ask-block-button = 🚫 Заблокировать
ask-done-ok = ✅ Вопрос #{ $number } отмечен как решённый.
ask-blocked-ok = 🚫 Житель #{ $number } больше не может присылать вам вопросы.
ask-answer-from = 💬 Ответ от: { $name }
ask-answer-from-city = 💬 Ответ от города
ask-answer-hint = ↩️ Вы можете ответить на это сообщение или нажать «Ответить».
ask-reply-button = ↩️ Ответить
ask-reply-prompt = ✍️ Напишите, пожалуйста, ответ одним сообщением.
ask-followup-sent = ✅ Ваш ответ передан.
ask-answer-sent = ✅ Ваш ответ получит житель #{ $number } ({ $language }).
ask-refused-not-staff = 🚫 Ваш ответ не передан: ответить может только команда организации, которой задан вопрос.
ask-refused-erased = 🗑 Ваш ответ никому не дошёл: человек стёр свои данные.
ask-answer-unreachable = 📭 Ваш ответ сохранён, но сейчас человек недоступен: он остановил бота.
ask-refused-not-asker = 🚫 Это не ваш вопрос, поэтому ничего не отправлено.
ask-reply-unknown = 🤷 Ваш ответ не передан: это сообщение не вопрос, который я переслал в этот чат.
ask-linked-organization = 🔗 Готово! Вопросы жителей к { $name } теперь приходят в эту группу, в переводе на язык того, кто её подключил. Отвечайте, отвечая на моё сообщение.
ask-linked-city = 🔗 Готово! Общие вопросы городу теперь приходят в эту группу. Отвечайте, отвечая на моё сообщение.
ask-linkgroup-forbidden = 🚫 Подключить группу может только команда организации (или администраторы города).
ask-linkgroup-in-group = 🔗 Добавьте меня в Telegram-группу вашей команды и отправьте там /linkgroup.
ask-stats-title = 💬 Вопросы жителей
ask-stats-row = { $name }: открытых { $open }, с ответом { $answered }
error-ask-limit = ✋ У вас уже есть несколько вопросов, ждущих ответа. Пожалуйста, сначала дождитесь ответа на них.
error-ask-blocked = 🚫 К сожалению, вы больше не можете задавать здесь вопросы.
error-ask-empty = ✍️ Сначала напишите что-нибудь, пожалуйста.
error-ask-too-long = ✍️ Это немного длинно. Напишите, пожалуйста, короче.
error-ask-gone = 🤷 Этого вопроса больше нет.
audit-action-question-blocked = 🚫 Жителю запрещено задавать вопросы
audit-action-question-group-linked = 🔗 Группа подключена для вопросов
ask-privacy = 💬 Ваши вопросы: если вы задаёте команде вопрос в боте, мы храним его с ответами { $days } дней после последнего сообщения, затем удаляем. Команда видит только номер и ваш язык, не ваше имя (если вы его не показали).
ask-privacy-translated = 💬 Ваши вопросы: если вы задаёте команде вопрос в боте, мы храним его с ответами { $days } дней после последнего сообщения, затем удаляем. Команда видит только номер и ваш язык, не ваше имя (если вы его не показали). Тексты вопроса и ответа отправляются в службу перевода, но никогда ваше имя или Telegram ID.
command-replytime = ⏱ Указать, как быстро ваша команда отвечает на вопросы
ask-replytime-usage = ⏱ Отправьте число рабочих дней, за которое ваша команда отвечает на вопросы, например /replytime 3 (от 1 до { $max }).
ask-replytime-set = ⏱ Готово: тем, кто спрашивает { $name }, скажем ждать ответа в течение стольких рабочих дней: { $days }.
