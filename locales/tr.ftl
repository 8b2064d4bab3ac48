## language
# The language's own name in its own script, shown on the language buttons.
language-name = Türkçe
language-choose = 🌍 Hangi dili istersin?
language-changed = ✅ Tamam! Bundan sonra sana Türkçe yazacağım.

## start
start-greeting =
    Merhaba { $firstName }! 👋
    Ben Treffpunkt. Şehrindeki spor, dil kafeleri ve danışmanlık gibi etkinlikleri bulmana ve bunlara kaydolmana yardım ediyorum.
start-choose-language = 🌍 Lütfen dilini seç:

## help
help-intro = Yapabileceklerim şunlar:
command-start = 👋 Başla
command-language = 🌍 Dili değiştir
command-help = ❓ Yardım

## fallback
fallback-not-understood = Üzgünüm, bunu anlayamadım. 🤔 Neler yapabileceğimi görmek için /help gönder.

## groups
groups-private-only = 👋 Sadece özel sohbette çalışıyorum. Lütfen bana doğrudan yaz: { $botUsername }

## errors
error-generic = 😕 Üzgünüm, bir şeyler ters gitti. Lütfen birazdan tekrar dene.
error-stale-button = ⌛ Bu düğme artık çalışmıyor. Lütfen /start gönder.
error-not-found = 🔍 Bunu bulamadım. Belki silinmiştir.
error-forbidden = 🚫 Üzgünüm, bunu yapma iznin yok.
error-invalid-input = ✋ Olmadı. Lütfen yazdıklarını kontrol edip tekrar dene.
