## language
# The language's own name in its own script, shown on the language buttons.
language-name = ትግርኛ
language-choose = 🌍 ኣየናይ ቋንቋ ትደልዩ?
language-changed = ✅ ተወዲኡ! ካብ ሕጂ ንደሓር ብትግርኛ ክጽሕፈልኩም እየ።

## start
start-greeting =
    ሰላም { $firstName }! 👋
    ኣነ Treffpunkt እየ። ኣብ ከተማኹም ከም ስፖርት፣ ካፌ ቋንቋን ምኽሪን ዝኣመሰሉ ንጥፈታት ክትረኽቡን ክትምዝገቡሎምን እሕግዘኩም።
start-choose-language = 🌍 በጃኹም ቋንቋኹም ምረጹ፦

## help
help-intro = ክገብሮ ዝኽእል ነገራት እዚኦም እዮም፦
command-start = 👋 ምጅማር
command-language = 🌍 ቋንቋ ምቕያር
command-help = ❓ ሓገዝ

## fallback
fallback-not-understood = ይቕሬታ፣ ኣይተረድኣንን። 🤔 እንታይ ክገብር ከም ዝኽእል ንምርኣይ /help ስደዱ።

## groups
groups-private-only = 👋 ኣብ ብሕታዊ ቻት ጥራይ እየ ዝሰርሕ። በጃኹም ብቐጥታ ጽሓፉለይ፦ { $botUsername }

## errors
error-generic = 😕 ይቕሬታ፣ ገለ ጸገም ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-stale-button = ⌛ እዚ መጠወቒ ደጊም ኣይሰርሕን እዩ። በጃኹም /start ስደዱ።
error-not-found = 🔍 ክረኽቦ ኣይከኣልኩን። ምናልባት ተሰሪዙ ክኸውን ይኽእል።
error-forbidden = 🚫 ይቕሬታ፣ እዚ ክትገብሩ ኣይፍቀደልኩምን እዩ።
error-invalid-input = ✋ ኣይሰለጠን። በጃኹም ዘእተኹምዎ ኣረጋግጹ እሞ ደጊምኩም ፈትኑ።
