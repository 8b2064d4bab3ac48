## language
# The language's own name in its own script, shown on the language buttons.
language-name = فارسی
language-choose = 🌍 کدام زبان را می‌خواهید؟
language-changed = ✅ انجام شد! از این به بعد به فارسی برایتان می‌نویسم.

## start
start-greeting =
    سلام { $firstName }! 👋
    من Treffpunkt هستم. به شما کمک می‌کنم در شهرتان فعالیت‌هایی مثل ورزش، کافهٔ زبان و مشاوره پیدا کنید و در آن‌ها ثبت‌نام کنید.
start-choose-language = 🌍 لطفاً زبان خود را انتخاب کنید:

## help
help-intro = این کارها را می‌توانم برایتان انجام دهم:
command-start = 👋 شروع
command-language = 🌍 تغییر زبان
command-help = ❓ کمک

## fallback
fallback-not-understood = ببخشید، منظورتان را نفهمیدم. 🤔 /help را بفرستید تا ببینید چه کارهایی از من برمی‌آید.

## groups
groups-private-only = 👋 من فقط در چت خصوصی کار می‌کنم. لطفاً مستقیم به من پیام بدهید: { $botUsername }

## errors
error-generic = 😕 ببخشید، مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.
error-stale-button = ⌛ این دکمه دیگر کار نمی‌کند. لطفاً /start را بفرستید.
error-not-found = 🔍 این را پیدا نکردم. شاید حذف شده باشد.
error-forbidden = 🚫 ببخشید، شما اجازهٔ این کار را ندارید.
error-invalid-input = ✋ این کار انجام نشد. لطفاً آنچه را وارد کردید بررسی کنید و دوباره امتحان کنید.
