## language
# The language's own name in its own script, shown on the language buttons.
language-name = پښتو
language-choose = 🌍 کومه ژبه غواړئ؟
language-changed = ✅ سمه ده! له اوس وروسته به تاسو ته په پښتو ولیکم.

## start
start-greeting =
    سلام { $firstName }! 👋
    زه Treffpunkt یم. له تاسو سره مرسته کوم چې په خپل ښار کې فعالیتونه، لکه ورزش، د ژبې کافې او مشوره، پیدا کړئ او نوم لیکنه پکې وکړئ.
start-choose-language = 🌍 مهرباني وکړئ خپله ژبه وټاکئ:

## help
help-intro = زه دا کارونه کولی شم:
command-start = 👋 پیل
command-language = 🌍 ژبه بدله کړئ
command-help = ❓ مرسته

## fallback
fallback-not-understood = بښنه غواړم، پوه نه شوم. 🤔 /help راولېږئ، چې وګورئ زه څه کولی شم.

## groups
groups-private-only = 👋 زه یوازې په شخصي چټ کې کار کوم. مهرباني وکړئ ما ته مستقیم ولیکئ: { $botUsername }

## errors
error-generic = 😕 بښنه غواړم، یوه ستونزه پیدا شوه. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.
error-stale-button = ⌛ دا تڼۍ نور کار نه کوي. مهرباني وکړئ /start راولېږئ.
error-not-found = 🔍 دا مې پیدا نه کړ. کېدای شي لرې شوی وي.
error-forbidden = 🚫 بښنه غواړم، تاسو دا کار نه شئ کولی.
error-invalid-input = ✋ دا کار ونه شو. مهرباني وکړئ هغه څه چې مو ولیکل وګورئ او بیا هڅه وکړئ.
