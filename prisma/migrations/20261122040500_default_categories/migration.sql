-- The ten offer categories every installation starts with. Names per language are data:
-- a city can rename them or add categories with SQL (or later in the bot).
INSERT INTO "categories" ("id", "emoji", "sort_order", "names") VALUES
  ('sport', '⚽', 10, '{"de": "Sport", "en": "Sport", "ar": "رياضة", "fa": "ورزش", "uk": "Спорт", "ru": "Спорт", "tr": "Spor", "ku": "Werziş", "ps": "ورزش", "ti": "ስፖርት"}'::jsonb),
  ('language', '📚', 20, '{"de": "Sprache & Lernen", "en": "Language & learning", "ar": "اللغة والتعلّم", "fa": "زبان و یادگیری", "uk": "Мова й навчання", "ru": "Язык и учёба", "tr": "Dil ve öğrenme", "ku": "Ziman û hînbûn", "ps": "ژبه او زده کړه", "ti": "ቋንቋን ትምህርትን"}'::jsonb),
  ('counselling', '🤝', 30, '{"de": "Beratung", "en": "Advice", "ar": "استشارة ومساعدة", "fa": "مشاوره", "uk": "Консультації", "ru": "Консультации", "tr": "Danışmanlık", "ku": "Şêwirmendî", "ps": "مشوره", "ti": "ምኽሪ"}'::jsonb),
  ('work', '💼', 40, '{"de": "Arbeit & Ausbildung", "en": "Work & training", "ar": "العمل والتدريب", "fa": "کار و آموزش حرفه‌ای", "uk": "Робота й професія", "ru": "Работа и профобучение", "tr": "İş ve meslek eğitimi", "ku": "Kar û perwerde", "ps": "کار او مسلکي زده کړه", "ti": "ስራሕን ስልጠናን"}'::jsonb),
  ('youth', '🧑', 50, '{"de": "Jugend", "en": "Young people", "ar": "الشباب", "fa": "نوجوانان و جوانان", "uk": "Молодь", "ru": "Молодёжь", "tr": "Gençler", "ku": "Ciwan", "ps": "ځوانان", "ti": "መንእሰያት"}'::jsonb),
  ('family', '👨‍👩‍👧', 60, '{"de": "Kinder & Familie", "en": "Children & family", "ar": "الأطفال والعائلة", "fa": "کودک و خانواده", "uk": "Діти й сім''я", "ru": "Дети и семья", "tr": "Çocuk ve aile", "ku": "Zarok û malbat", "ps": "ماشومان او کورنۍ", "ti": "ቆልዑን ስድራቤትን"}'::jsonb),
  ('women', '👩', 70, '{"de": "Frauen", "en": "Women", "ar": "النساء", "fa": "زنان", "uk": "Жінки", "ru": "Женщины", "tr": "Kadınlar", "ku": "Jin", "ps": "ښځې", "ti": "ደቂ ኣንስትዮ"}'::jsonb),
  ('seniors', '🧓', 80, '{"de": "Senioren", "en": "Older people", "ar": "كبار السن", "fa": "سالمندان", "uk": "Літні люди", "ru": "Пожилые люди", "tr": "Yaşlılar", "ku": "Kal û pîr", "ps": "سپین ږیري", "ti": "ኣረጋውያን"}'::jsonb),
  ('culture', '🎭', 90, '{"de": "Kultur & Freizeit", "en": "Culture & leisure", "ar": "الثقافة والترفيه", "fa": "فرهنگ و سرگرمی", "uk": "Культура й дозвілля", "ru": "Культура и досуг", "tr": "Kültür ve boş zaman", "ku": "Çand û dema vala", "ps": "کلتور او ساتېري", "ti": "ባህልን ዘናን"}'::jsonb),
  ('neighbourhood', '🏘️', 100, '{"de": "Nachbarschaft & Mitmachen", "en": "Neighbourhood & taking part", "ar": "الحيّ والمشاركة", "fa": "محله و مشارکت", "uk": "Сусідство й участь", "ru": "Соседи и участие", "tr": "Mahalle ve katılım", "ku": "Cîran û beşdarî", "ps": "ګاونډ او ګډون", "ti": "ጎረባብትን ተሳትፎን"}'::jsonb)
ON CONFLICT ("id") DO NOTHING;
