## language
# The language's own name in its own script, shown on the language buttons.
language-name = Kurdî (Kurmancî)
language-choose = 🌍 Tu kîjan zimanî dixwazî?
language-changed = ✅ Temam! Ji niha û pê ve ez ê bi Kurdî ji te re binivîsim.

## start
start-greeting =
    Silav { $firstName }! 👋
    Ez Treffpunkt im. Ez alîkariya te dikim ku tu li bajarê xwe çalakiyên wek werzîş, kafeyên zimên û şêwirmendiyê bibînî û navê xwe ji bo wan binivîsî.
start-choose-language = 🌍 Ji kerema xwe zimanê xwe hilbijêre:

## help
help-intro = Ez dikarim van tiştan bikim:
command-start = 👋 Destpêk
command-language = 🌍 Zimên biguherîne
command-help = ❓ Alîkarî

## fallback
fallback-not-understood = Bibore, min ev fêm nekir. 🤔 /help bişîne, da ku tu bibînî ez çi dikarim bikim.

## groups
groups-private-only = 👋 Ez tenê di sohbeta taybet de dixebitim. Ji kerema xwe rasterast ji min re binivîse: { $botUsername }

## errors
error-generic = 😕 Bibore, tiştek xelet çû. Ji kerema xwe piştî demekê dîsa biceribîne.
error-stale-button = ⌛ Ev bişkok êdî naxebite. Ji kerema xwe /start bişîne.
error-not-found = 🔍 Min ev nedît. Dibe ku hatibe jêbirin.
error-forbidden = 🚫 Bibore, tu nikarî vê yekê bikî.
error-invalid-input = ✋ Ev nebû. Ji kerema xwe tiştê ku te nivîsî kontrol bike û dîsa biceribîne.
