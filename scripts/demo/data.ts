// Demo data for `npm run seed:demo`: the fictional mid-sized city of Lindenbrück.
// Everything here is invented; names of people, places and phone numbers are fictional.
import type { DefaultCategoryId } from "../../src/domain/categories.ts";

export type DemoTexts = { title: string; summary: string; details?: string };

export const DEMO_DISTRICTS = [
  { slug: "altstadt", names: { de: "Altstadt", en: "Old Town", uk: "Старе місто", ar: "البلدة القديمة" } },
  { slug: "nordviertel", names: { de: "Nordviertel", en: "North Quarter", uk: "Північний квартал", ar: "الحي الشمالي" } },
  { slug: "hafen", names: { de: "Am Hafen", en: "Harbour", uk: "Гавань", ar: "الميناء" } },
  { slug: "suedpark", names: { de: "Südpark", en: "South Park", uk: "Південний парк", ar: "الحديقة الجنوبية" } },
  { slug: "kirchfeld", names: { de: "Kirchfeld", en: "Kirchfeld", uk: "Кірхфельд", ar: "كيرشفيلد" } },
  { slug: "weststadt", names: { de: "Weststadt", en: "West End", uk: "Західне місто", ar: "المدينة الغربية" } },
] as const;

export type DemoDistrict = (typeof DEMO_DISTRICTS)[number]["slug"];

export const DEMO_ORGANIZATIONS = {
  city: { name: "Stadt Lindenbrück – Integrationsbüro", contact: "Rathausplatz 1, 0000 Lindenbrück · integration@lindenbrueck.example" },
  police: { name: "Polizei Lindenbrück – Bezirksdienst", contact: "Wache Nord, Hafenstraße 12 · bezirksdienst@polizei-lindenbrueck.example" },
  club: { name: "SV Grün-Weiß Lindenbrück 1921 e.V.", contact: "Sportplatz Südpark · info@gruen-weiss.example" },
  youth: { name: "Haus der Offenen Tür Nordviertel", contact: "Birkenweg 5 · hallo@hot-nordviertel.example" },
} as const;

export type DemoOrganization = keyof typeof DEMO_ORGANIZATIONS;

export type DemoOffer = {
  /** Stable id, "demo-01" … "demo-40"; makes the seed idempotent. */
  ref: string;
  org: DemoOrganization;
  category: DefaultCategoryId;
  district: DemoDistrict;
  /** Days from the day the seed runs (0 = today, at most 55). */
  day: number;
  /** Local time in Europe/Berlin, "HH:MM". */
  time: string;
  minutes: number;
  /** Repeats until the end of the 8 weeks. */
  recurrence?: "WEEKLY" | "BIWEEKLY";
  ageMin?: number;
  ageMax?: number;
  /** Omitted = free. */
  cost?: string;
  signup?: boolean;
  capacity?: number;
  /** Languages spoken at the offer (ISO 639-1). */
  languages: string[];
  address?: string;
  lat?: number;
  lon?: number;
  online?: string;
  texts: { de: DemoTexts; en: DemoTexts; ar?: DemoTexts; uk?: DemoTexts };
};

export const DEMO_OFFERS: DemoOffer[] = [
  {
    ref: "demo-01",
    org: "city",
    category: "language",
    district: "altstadt",
    day: 1,
    time: "16:00",
    minutes: 120,
    recurrence: "WEEKLY",
    languages: ["de", "en", "ar", "uk", "fa"],
    address: "Stadtbibliothek Lindenbrück, Marktstraße 8",
    lat: 51.9621,
    lon: 7.6268,
    texts: {
      de: {
        title: "Sprachcafé: Deutsch sprechen bei Kaffee und Tee",
        summary: "Hier üben Sie Deutsch im Gespräch. Alle Niveaus sind willkommen, auch Anfänger.",
        details:
          "Jede Woche sitzen wir an kleinen Tischen zusammen und reden über den Alltag. Ehrenamtliche helfen, wenn ein Wort fehlt. Kaffee, Tee und Kekse sind kostenlos. Sie brauchen keine Anmeldung – kommen Sie einfach vorbei.",
      },
      en: {
        title: "Language café: speak German over coffee and tea",
        summary: "Practise German in conversation. All levels are welcome, including beginners.",
        details:
          "Every week we sit together at small tables and talk about everyday life. Volunteers help when you are missing a word. Coffee, tea and biscuits are free. No need to sign up – just drop in.",
      },
      ar: {
        title: "مقهى اللغة: تحدّث الألمانية مع القهوة والشاي",
        summary: "تدرّب على الألمانية من خلال المحادثة. جميع المستويات مرحّب بها، حتى المبتدئين.",
        details:
          "نجلس كل أسبوع معًا حول طاولات صغيرة ونتحدث عن الحياة اليومية. يساعدك متطوعون عندما تنقصك كلمة. القهوة والشاي والبسكويت مجانًا. لا حاجة للتسجيل، تعال فقط.",
      },
      uk: {
        title: "Мовне кафе: розмови німецькою за кавою",
        summary: "Практикуйте німецьку в розмові — на вас чекають кава і чай. Запрошуємо всі рівні, також початківців.",
        details:
          "Щотижня ми сидимо за невеликими столиками й говоримо про повсякденне життя. Волонтери допоможуть, якщо бракує слова. Кава, чай і печиво безкоштовні. Реєстрація не потрібна — просто приходьте.",
      },
    },
  },
  {
    ref: "demo-02",
    org: "club",
    category: "sport",
    district: "suedpark",
    day: 2,
    time: "17:00",
    minutes: 90,
    recurrence: "WEEKLY",
    ageMin: 12,
    ageMax: 17,
    signup: true,
    capacity: 20,
    languages: ["de", "en", "ar"],
    address: "Sportplatz Südpark, Parkweg 10",
    lat: 51.9452,
    lon: 7.6149,
    texts: {
      de: {
        title: "Fußball-Training für Jugendliche",
        summary: "Training für Jungen und Mädchen von 12 bis 17 Jahren. Anfänger sind willkommen.",
        details:
          "Bring Sportkleidung, Turnschuhe oder Fußballschuhe und eine Trinkflasche mit. Bälle und Leibchen hat der Verein. Der Platz ist hinter dem Vereinsheim, Eingang am Parkweg. Bitte melde dich vorher an, damit wir planen können.",
      },
      en: {
        title: "Football training for teens",
        summary: "Training for boys and girls aged 12 to 17. Beginners are welcome.",
        details:
          "Bring sports clothes, trainers or football boots and a water bottle. The club provides balls and bibs. The pitch is behind the clubhouse, entrance on Parkweg. Please sign up first so we can plan.",
      },
      ar: {
        title: "تدريب كرة القدم للشباب",
        summary: "تدريب للفتيان والفتيات من عمر 12 إلى 17 سنة. المبتدئون مرحّب بهم.",
        details:
          "أحضر ملابس رياضية وحذاءً رياضيًا أو حذاء كرة قدم وزجاجة ماء. النادي يوفّر الكرات وقمصان التدريب. الملعب خلف مبنى النادي، والمدخل من شارع Parkweg. يُرجى التسجيل مسبقًا لكي نستطيع التخطيط.",
      },
      uk: {
        title: "Футбольні тренування для підлітків",
        summary: "Тренування для хлопців і дівчат віком від 12 до 17 років. Початківцям раді.",
        details:
          "Візьми спортивний одяг, кросівки або бутси та пляшку води. М’ячі та манішки надає клуб. Поле розташоване за будинком клубу, вхід з вулиці Parkweg. Будь ласка, зареєструйся заздалегідь, щоб ми могли все спланувати.",
      },
    },
  },
  {
    ref: "demo-03",
    org: "city",
    category: "seniors",
    district: "kirchfeld",
    day: 3,
    time: "15:00",
    minutes: 120,
    recurrence: "BIWEEKLY",
    ageMin: 60,
    languages: ["de", "ru", "uk", "tr"],
    address: "Gemeindezentrum Kirchfeld, Kirchplatz 4",
    lat: 51.9655,
    lon: 7.6012,
    texts: {
      de: {
        title: "Seniorencafé: gemeinsam statt einsam",
        summary: "Kaffee, Kuchen und gute Gespräche für Menschen ab 60. Neue Gesichter sind herzlich willkommen.",
        details:
          "Alle zwei Wochen treffen wir uns im Gemeindezentrum. Es gibt Kaffee, Kuchen und manchmal Musik oder Spiele. Der Raum ist barrierefrei. Wer nicht gut zu Fuß ist, kann beim Integrationsbüro einen Fahrdienst anfragen.",
      },
      en: {
        title: "Senior café: together, not alone",
        summary: "Coffee, cake and good conversation for people aged 60 and over. New faces are very welcome.",
        details:
          "We meet every two weeks at the community centre. There is coffee, cake and sometimes music or games. The room is step-free. If walking is difficult, you can ask the integration office for a lift.",
      },
      ar: {
        title: "مقهى كبار السن: معًا لا وحدنا",
        summary: "قهوة وكعك وأحاديث لطيفة للأشخاص من عمر 60 سنة فما فوق. نرحّب بالوجوه الجديدة.",
        details:
          "نلتقي كل أسبوعين في المركز المجتمعي. نقدّم القهوة والكعك، وأحيانًا موسيقى أو ألعابًا. يمكن الوصول إلى القاعة بدون درج. إذا كان المشي صعبًا عليك، يمكنك أن تطلب خدمة التوصيل من مكتب الاندماج.",
      },
      uk: {
        title: "Кафе для старших: разом, а не наодинці",
        summary: "Кава, пиріг і приємні розмови для людей віком від 60 років. Нові обличчя завжди бажані.",
        details:
          "Ми зустрічаємося раз на два тижні в громадському центрі. Є кава, пиріг, а іноді музика чи ігри. До зали можна потрапити без сходів. Якщо вам важко ходити, попросіть у бюро з інтеграції, щоб вас підвезли.",
      },
    },
  },
  {
    ref: "demo-04",
    org: "youth",
    category: "youth",
    district: "nordviertel",
    day: 0,
    time: "15:00",
    minutes: 120,
    recurrence: "WEEKLY",
    ageMin: 10,
    ageMax: 16,
    languages: ["de", "en", "ar", "uk"],
    address: "Haus der Offenen Tür, Birkenweg 5",
    lat: 51.9781,
    lon: 7.6203,
    texts: {
      de: {
        title: "Hausaufgabenhilfe im Haus der Offenen Tür",
        summary: "Hilfe bei Hausaufgaben und beim Lernen für Schülerinnen und Schüler von 10 bis 16 Jahren.",
      },
      en: {
        title: "Homework help at the youth centre",
        summary: "Help with homework and studying for pupils aged 10 to 16.",
      },
    },
  },
  {
    ref: "demo-05",
    org: "club",
    category: "women",
    district: "hafen",
    day: 4,
    time: "18:30",
    minutes: 90,
    recurrence: "WEEKLY",
    cost: "2 €",
    languages: ["de", "ar", "fa", "uk"],
    address: "Hallenbad am Hafen, Kaistraße 3",
    lat: 51.9503,
    lon: 7.6411,
    texts: {
      de: {
        title: "Schwimmen nur für Frauen",
        summary: "Entspannt schwimmen ohne Männer im Bad. An diesem Abend arbeiten nur Frauen im Bad.",
        details:
          "Die Fenster der Halle sind abgedeckt. Burkini und Badeanzug sind beide erlaubt. Schwimmtrainerinnen helfen auch Frauen, die noch nicht sicher schwimmen können. Bitte Handtuch und Duschgel mitbringen.",
      },
      en: {
        title: "Swimming for women only",
        summary: "Relaxed swimming with no men in the pool. All staff are women on this evening.",
        details:
          "The windows of the hall are covered. Both burkinis and swimsuits are allowed. Female coaches also help women who cannot swim confidently yet. Please bring a towel and shower gel.",
      },
      ar: {
        title: "سباحة للنساء فقط",
        summary: "سباحة مريحة بدون رجال في المسبح. جميع العاملات في هذا المساء من النساء.",
        details:
          "نوافذ القاعة مغطاة. يُسمح بالبوركيني وبلباس السباحة العادي. تساعد مدرّبات السباحة أيضًا النساء اللواتي لا يُجدن السباحة بعد. يُرجى إحضار منشفة وجل الاستحمام.",
      },
      uk: {
        title: "Плавання лише для жінок",
        summary: "Спокійне плавання без чоловіків у басейні. Цього вечора працює лише жіночий персонал.",
        details:
          "Вікна зали закриті. Можна плавати як у буркіні, так і в купальнику. Тренерки допомагають також жінкам, які ще не впевнено тримаються на воді. Будь ласка, візьміть рушник і гель для душу.",
      },
    },
  },
  {
    ref: "demo-06",
    org: "youth",
    category: "youth",
    district: "nordviertel",
    day: 5,
    time: "18:00",
    minutes: 150,
    recurrence: "BIWEEKLY",
    ageMin: 13,
    ageMax: 18,
    signup: true,
    capacity: 24,
    languages: ["de", "en"],
    address: "Haus der Offenen Tür, Birkenweg 5",
    texts: {
      de: {
        title: "Gaming-Abend für Jugendliche",
        summary: "Konsolen, Brettspiele und Pizza: zusammen spielen und neue Leute kennenlernen.",
      },
      en: {
        title: "Gaming night for teens",
        summary: "Consoles, board games and pizza: play together and meet new people.",
      },
    },
  },
  {
    ref: "demo-07",
    org: "youth",
    category: "youth",
    district: "nordviertel",
    day: 6,
    time: "16:30",
    minutes: 120,
    recurrence: "WEEKLY",
    ageMin: 12,
    ageMax: 17,
    languages: ["de", "en", "ar"],
    address: "Haus der Offenen Tür, Birkenweg 5",
    lat: 51.9781,
    lon: 7.6203,
    texts: {
      de: {
        title: "Mädchentreff: Zeit nur für Mädchen",
        summary: "Ein geschützter Raum für Mädchen von 12 bis 17: reden, basteln, kochen und Ausflüge planen.",
        details:
          "Die Gruppe wird von zwei Pädagoginnen begleitet. Ihr bestimmt mit, was wir machen. Der Raum ist im ersten Stock, die Tür mit dem lila Schild.",
      },
      en: {
        title: "Girls' group: time just for girls",
        summary: "A safe space for girls aged 12 to 17: talk, do crafts, cook and plan trips.",
        details:
          "The group is led by two female youth workers. You help decide what we do. The room is on the first floor, the door with the purple sign.",
      },
    },
  },
  {
    ref: "demo-08",
    org: "city",
    category: "family",
    district: "weststadt",
    day: 7,
    time: "09:30",
    minutes: 120,
    recurrence: "BIWEEKLY",
    languages: ["de", "ar", "uk", "tr"],
    address: "Familienzentrum Weststadt, Ahornstraße 15",
    lat: 51.9583,
    lon: 7.5954,
    texts: {
      de: {
        title: "Familienfrühstück im Familienzentrum",
        summary: "Gemeinsam frühstücken, andere Familien treffen und Fragen zu Kita und Schule stellen.",
        details:
          "Jede Familie kann etwas zum Buffet mitbringen, muss aber nicht. Für die Kinder gibt es eine betreute Spielecke. Eine Mitarbeiterin des Integrationsbüros beantwortet Fragen zu Kita, Schule und Kinderarzt.",
      },
      en: {
        title: "Family breakfast at the family centre",
        summary: "Have breakfast together, meet other families and ask questions about daycare and school.",
        details:
          "Each family may bring something for the buffet, but you don't have to. There is a supervised play corner for the children. Someone from the integration office answers questions about daycare, school and doctors for children.",
      },
      ar: {
        title: "فطور العائلات في مركز الأسرة",
        summary: "تناولوا الفطور معًا، وتعرّفوا على عائلات أخرى، واسألوا عن الحضانة والمدرسة.",
        details:
          "يمكن لكل عائلة أن تُحضر شيئًا للبوفيه، لكن ذلك ليس ضروريًا. توجد زاوية لعب للأطفال مع مشرفين. موظفة من مكتب الاندماج تجيب عن الأسئلة حول الحضانة والمدرسة وطبيب الأطفال.",
      },
      uk: {
        title: "Сімейний сніданок у сімейному центрі",
        summary: "Снідайте разом, знайомтеся з іншими родинами та ставте запитання про садочок і школу.",
        details:
          "Кожна родина може принести щось до спільного столу, але це не обов’язково. Для дітей є ігровий куточок під наглядом. Співробітниця бюро з інтеграції відповідає на запитання про садочок, школу й дитячого лікаря.",
      },
    },
  },
  {
    ref: "demo-09",
    org: "city",
    category: "counselling",
    district: "altstadt",
    day: 8,
    time: "10:00",
    minutes: 180,
    languages: ["de", "en", "ar", "uk", "fa"],
    address: "Rathaus Lindenbrück, Rathausplatz 1",
    lat: 51.9617,
    lon: 7.6252,
    texts: {
      de: {
        title: "Sprechstunde für Neuzugewanderte",
        summary: "Fragen zu Behörden, Wohnung, Briefen oder Anträgen? Wir beraten Sie kostenlos und vertraulich.",
        details:
          "Bringen Sie Ihre Briefe und Ihren Ausweis oder Ihre Aufenthaltserlaubnis mit. Dolmetscherinnen für Arabisch, Ukrainisch und Farsi sind vor Ort. Sie finden uns im Rathaus, Erdgeschoss, Zimmer 0.14. Sie brauchen keinen Termin.",
      },
      en: {
        title: "Drop-in advice for new arrivals",
        summary: "Questions about public offices, housing, letters or applications? We give free and confidential advice.",
        details:
          "Bring your letters and your ID or residence permit. Interpreters for Arabic, Ukrainian and Farsi are there. You will find us in the town hall, ground floor, room 0.14. No appointment needed.",
      },
      ar: {
        title: "استشارة للقادمين الجدد",
        summary: "هل لديك أسئلة حول الدوائر الرسمية أو السكن أو الرسائل أو الطلبات؟ نقدّم لك استشارة مجانية وسرّية.",
        details:
          "أحضر رسائلك وهويتك أو تصريح الإقامة. يوجد مترجمون للعربية والأوكرانية والفارسية. تجدنا في مبنى البلدية، الطابق الأرضي، الغرفة 0.14. لا حاجة لموعد مسبق.",
      },
      uk: {
        title: "Консультації для новоприбулих",
        summary: "Маєте запитання щодо установ, житла, листів чи заяв? Ми консультуємо безкоштовно й конфіденційно.",
        details:
          "Візьміть із собою листи та посвідчення особи або дозвіл на проживання. На місці є перекладачі з арабської, української та фарсі. Ви знайдете нас у ратуші, перший поверх, кімната 0.14. Попередній запис не потрібен.",
      },
    },
  },
  {
    ref: "demo-10",
    org: "city",
    category: "work",
    district: "hafen",
    day: 9,
    time: "09:30",
    minutes: 180,
    signup: true,
    capacity: 15,
    languages: ["de", "en", "ar", "uk"],
    address: "Jobcenter Lindenbrück, Hafenstraße 20",
    lat: 51.9512,
    lon: 7.6385,
    texts: {
      de: {
        title: "Bewerbungstraining mit dem Jobcenter",
        summary: "Lebenslauf schreiben, Anschreiben verstehen, Vorstellungsgespräch üben – Schritt für Schritt.",
        details:
          "Das Integrationsbüro und das Jobcenter laden gemeinsam ein. Bringen Sie, wenn vorhanden, Zeugnisse und einen USB-Stick mit. Computer sind vor Ort. Bitte melden Sie sich vorher an.",
      },
      en: {
        title: "Job application training with the job centre",
        summary: "Write your CV, understand cover letters, practise job interviews – step by step.",
        details:
          "The integration office and the job centre invite you together. If you have them, bring certificates and a USB stick. Computers are provided. Please sign up in advance.",
      },
      ar: {
        title: "تدريب على طلبات العمل مع مركز التوظيف",
        summary: "كتابة السيرة الذاتية، فهم رسالة التقديم، التدرّب على مقابلة العمل – خطوة بخطوة.",
        details:
          "يدعوكم مكتب الاندماج ومركز التوظيف (Jobcenter) معًا. أحضر شهاداتك إن وُجدت وذاكرة USB. تتوفر أجهزة كمبيوتر في المكان. يُرجى التسجيل مسبقًا.",
      },
      uk: {
        title: "Тренінг із пошуку роботи разом із Jobcenter",
        summary: "Складаємо резюме, розбираємося із супровідним листом, тренуємо співбесіду — крок за кроком.",
        details:
          "Бюро з інтеграції та Jobcenter запрошують разом. Якщо маєте, візьміть документи про освіту та флешку. Комп’ютери є на місці. Будь ласка, зареєструйтеся заздалегідь.",
      },
    },
  },
  {
    ref: "demo-11",
    org: "city",
    category: "work",
    district: "weststadt",
    day: 15,
    time: "14:00",
    minutes: 180,
    signup: true,
    capacity: 10,
    languages: ["de", "en", "ar", "uk", "ru"],
    address: "Stadtteilbüro Weststadt, Westring 30",
    texts: {
      de: {
        title: "Lebenslauf-Check und kostenlose Bewerbungsfotos",
        summary: "Wir schauen gemeinsam auf Ihren Lebenslauf. Eine Fotografin macht kostenlos ein Bewerbungsfoto.",
      },
      en: {
        title: "CV check and free application photos",
        summary: "We look at your CV together. A photographer takes a free photo for your applications.",
      },
      ar: {
        title: "مراجعة السيرة الذاتية وصور مجانية لطلبات العمل",
        summary: "نراجع سيرتك الذاتية معًا. وتلتقط مصوّرة صورة مجانية لطلبات العمل.",
      },
      uk: {
        title: "Перевірка резюме та безкоштовні фото для заявок",
        summary: "Разом переглянемо ваше резюме. Фотографиня безкоштовно зробить фото для заявки на роботу.",
      },
    },
  },
  {
    ref: "demo-12",
    org: "police",
    category: "neighbourhood",
    district: "kirchfeld",
    day: 12,
    time: "18:00",
    minutes: 90,
    signup: true,
    capacity: 30,
    languages: ["de"],
    address: "Gemeindezentrum Kirchfeld, Kirchplatz 4",
    texts: {
      de: {
        title: "Sicher zu Hause: Tipps gegen Einbruch",
        summary: "Die Polizei erklärt, wie Sie Wohnung und Keller einfach schützen. Danach beantworten wir Ihre Fragen.",
      },
      en: {
        title: "Safe at home: tips against burglary",
        summary: "The police explain simple ways to protect your flat and cellar. Afterwards we answer your questions.",
      },
    },
  },
  {
    ref: "demo-13",
    org: "police",
    category: "neighbourhood",
    district: "altstadt",
    day: 14,
    time: "10:00",
    minutes: 240,
    signup: true,
    capacity: 40,
    languages: ["de", "en"],
    address: "Marktplatz Lindenbrück, vor dem Rathaus",
    lat: 51.9614,
    lon: 7.6258,
    texts: {
      de: {
        title: "Fahrradcodierung auf dem Marktplatz",
        summary: "Die Polizei graviert einen Code in Ihr Fahrrad. So ist es besser vor Diebstahl geschützt.",
        details:
          "Bringen Sie Ihr Fahrrad, Ihren Ausweis und einen Kaufbeleg oder einen anderen Eigentumsnachweis mit. Die Codierung dauert etwa 15 Minuten und ist kostenlos. Bitte melden Sie sich für eine Uhrzeit an.",
      },
      en: {
        title: "Bike coding at the market square",
        summary: "The police engrave a code into your bike. This helps protect it from theft.",
        details:
          "Bring your bike, your ID and a receipt or other proof of ownership. Coding takes about 15 minutes and is free. Please sign up for a time slot.",
      },
      ar: {
        title: "ترميز الدراجات الهوائية في ساحة السوق",
        summary: "تنقش الشرطة رمزًا على دراجتك. هكذا تكون محمية أكثر من السرقة.",
        details:
          "أحضر دراجتك وهويتك وإيصال الشراء أو أي إثبات آخر للملكية. يستغرق الترميز حوالي 15 دقيقة وهو مجاني. يُرجى التسجيل لحجز موعد.",
      },
      uk: {
        title: "Маркування велосипедів на Ринковій площі",
        summary: "Поліція гравірує на вашому велосипеді спеціальний код. Так він краще захищений від крадіжки.",
        details:
          "Візьміть велосипед, посвідчення особи та чек або інший доказ власності. Маркування триває близько 15 хвилин і є безкоштовним. Будь ласка, запишіться на певний час.",
      },
    },
  },
  {
    ref: "demo-14",
    org: "police",
    category: "neighbourhood",
    district: "weststadt",
    day: 10,
    time: "17:00",
    minutes: 90,
    languages: ["de", "en"],
    address: "Brunnen vor dem Stadtteilbüro Weststadt, Westring 30",
    lat: 51.9572,
    lon: 7.5931,
    texts: {
      de: {
        title: "Stadtteilspaziergang mit dem Bezirksbeamten",
        summary: "Gehen Sie mit Bezirksbeamten Jonas Brenner durch die Weststadt. Zeigen Sie ihm, wo Sie sich unsicher fühlen.",
        details:
          "Treffpunkt ist der Brunnen vor dem Stadtteilbüro. Wir gehen langsam, der Weg ist etwa zwei Kilometer lang. Der Bezirksdienst nimmt Ihre Hinweise mit und prüft sie.",
      },
      en: {
        title: "Neighbourhood walk with the community officer",
        summary: "Walk through the West End with community officer Jonas Brenner. Show him where you feel unsafe.",
        details:
          "We meet at the fountain in front of the district office. We walk slowly; the route is about two kilometres. The community police take your comments with them and look into them.",
      },
      ar: {
        title: "جولة في الحي مع شرطي الحي",
        summary: "تجوّل في المدينة الغربية مع شرطي الحي يوناس برينر. أرِه الأماكن التي لا تشعر فيها بالأمان.",
        details:
          "نلتقي عند النافورة أمام مكتب الحي. نمشي ببطء، وطول الطريق حوالي كيلومترين. تأخذ شرطة الحي ملاحظاتكم وتتابعها.",
      },
      uk: {
        title: "Прогулянка районом із дільничним поліцейським",
        summary: "Пройдіться Західним містом разом із дільничним Йонасом Бреннером. Покажіть йому місця, де вам незатишно.",
        details:
          "Зустрічаємося біля фонтану перед районним бюро. Йдемо повільно, маршрут — близько двох кілометрів. Дільнична служба забирає ваші зауваження та перевіряє їх.",
      },
    },
  },
  {
    ref: "demo-15",
    org: "police",
    category: "neighbourhood",
    district: "hafen",
    day: 20,
    time: "11:00",
    minutes: 240,
    languages: ["de", "en", "ar", "uk", "tr"],
    address: "Hafenplatz vor dem Speicher 7, Kaistraße 7",
    lat: 51.9497,
    lon: 7.6423,
    texts: {
      de: {
        title: "Aktionstag zu Lärm, Müll und Sicherheit",
        summary: "Polizei, Stadt und Nachbarn sprechen über ein gutes Zusammenleben am Hafen. Mit Infoständen und Kinderprogramm.",
        details:
          "Sie erfahren, wann Ruhezeiten gelten, wie Mülltrennung funktioniert und wen Sie bei Problemen anrufen können. Die Infos gibt es auch auf Arabisch, Ukrainisch und Türkisch. Für Kinder gibt es ein Verkehrsquiz mit kleinen Preisen.",
      },
      en: {
        title: "Action day on noise, waste and safety",
        summary: "Police, the city and neighbours talk about living well together in the harbour area. With info stands and activities for children.",
        details:
          "Find out when quiet hours apply, how waste sorting works and whom to call if there are problems. Information is also available in Arabic, Ukrainian and Turkish. Children can take a traffic quiz with small prizes.",
      },
      ar: {
        title: "يوم توعية حول الضجيج والنفايات والأمان",
        summary: "الشرطة والبلدية والجيران يتحدثون عن العيش المشترك في حي الميناء. مع أكشاك معلومات وبرنامج للأطفال.",
        details:
          "ستعرف متى تكون أوقات الهدوء، وكيف يتم فرز النفايات، وبمن تتصل عند وجود مشاكل. تتوفر المعلومات أيضًا بالعربية والأوكرانية والتركية. للأطفال مسابقة عن قواعد المرور مع جوائز صغيرة.",
      },
      uk: {
        title: "День дій: шум, сміття і безпека",
        summary: "Поліція, місто й сусіди говорять про добросусідське життя в районі Гавані. Будуть інформаційні стенди та програма для дітей.",
        details:
          "Ви дізнаєтеся, коли діють години тиші, як сортувати сміття і куди звертатися, якщо виникли проблеми. Інформація є також арабською, українською та турецькою. Для дітей — вікторина про правила дорожнього руху з невеликими призами.",
      },
    },
  },
  {
    ref: "demo-16",
    org: "police",
    category: "seniors",
    district: "kirchfeld",
    day: 17,
    time: "15:00",
    minutes: 90,
    ageMin: 60,
    languages: ["de", "ru"],
    address: "Seniorentreff Kirchfeld, Glockengasse 2",
    lat: 51.9662,
    lon: 7.5998,
    texts: {
      de: {
        title: "Vorsicht Betrug: Enkeltrick und falsche Polizisten",
        summary: "Die Polizei zeigt, wie Betrüger am Telefon arbeiten und wie Sie sich schützen. Für Menschen ab 60 und ihre Angehörigen.",
      },
      en: {
        title: "Beware of scams: fake grandchildren and fake police",
        summary: "The police show how fraudsters work on the phone and how to protect yourself. For people aged 60+ and their families.",
      },
    },
  },
  {
    ref: "demo-17",
    org: "police",
    category: "youth",
    district: "nordviertel",
    day: 22,
    time: "16:00",
    minutes: 90,
    ageMin: 13,
    ageMax: 17,
    languages: ["de", "en"],
    address: "Haus der Offenen Tür, Birkenweg 5",
    lat: 51.9781,
    lon: 7.6203,
    texts: {
      de: {
        title: "Sicher im Netz: Social Media, Chats und Cybermobbing",
        summary: "Ein Polizist erklärt, was online erlaubt ist und wo du Hilfe bekommst. Für Jugendliche von 13 bis 17.",
        details:
          "Der Workshop findet im Haus der Offenen Tür statt. Du kannst Fragen auch anonym auf Zetteln stellen. Dein Handy darfst du mitbringen.",
      },
      en: {
        title: "Safe online: social media, chats and cyberbullying",
        summary: "A police officer explains what is allowed online and where to get help. For teens aged 13 to 17.",
        details:
          "The workshop takes place at the youth centre. You can also ask questions anonymously on slips of paper. You are welcome to bring your phone.",
      },
    },
  },
  {
    ref: "demo-18",
    org: "city",
    category: "culture",
    district: "altstadt",
    day: 48,
    time: "12:00",
    minutes: 240,
    languages: ["de", "en", "ar", "uk", "tr", "ti"],
    address: "Marktplatz Lindenbrück",
    lat: 51.9614,
    lon: 7.6258,
    texts: {
      de: {
        title: "Interkulturelles Stadtfest auf dem Marktplatz",
        summary: "Musik, Tanz und Essen aus vielen Ländern. Vereine und Gruppen aus Lindenbrück stellen sich vor.",
        details:
          "Auf der Bühne spielen Bands und Tanzgruppen aus der Stadt. An den Ständen gibt es Essen aus Syrien, der Ukraine, der Türkei, Eritrea und vielen anderen Ländern. Für Kinder gibt es Kinderschminken und eine Hüpfburg. Der Eintritt ist frei.",
      },
      en: {
        title: "Intercultural city festival at the market square",
        summary: "Music, dance and food from many countries. Clubs and groups from Lindenbrück introduce themselves.",
        details:
          "Bands and dance groups from the city perform on stage. Stalls offer food from Syria, Ukraine, Turkey, Eritrea and many other countries. Children can have their faces painted and play on a bouncy castle. Admission is free.",
      },
      ar: {
        title: "مهرجان المدينة متعدد الثقافات في ساحة السوق",
        summary: "موسيقى ورقص وطعام من بلدان كثيرة. تعرّف على الجمعيات والمجموعات في ليندنبروك.",
        details:
          "تقدّم فرق موسيقية وفرق رقص من المدينة عروضها على المسرح. في الأكشاك طعام من سوريا وأوكرانيا وتركيا وإريتريا وبلدان أخرى كثيرة. للأطفال رسم على الوجه وقلعة نطّاطة. الدخول مجاني.",
      },
      uk: {
        title: "Міжкультурне міське свято на Ринковій площі",
        summary: "Музика, танці та їжа з багатьох країн. Об’єднання та ініціативи Лінденбрюка розповідають про себе.",
        details:
          "На сцені виступають гурти й танцювальні колективи з міста. На стендах — страви із Сирії, України, Туреччини, Еритреї та багатьох інших країн. Для дітей — аквагрим і надувний батут. Вхід вільний.",
      },
    },
  },
  {
    ref: "demo-19",
    org: "city",
    category: "culture",
    district: "altstadt",
    day: 13,
    time: "14:00",
    minutes: 120,
    signup: true,
    capacity: 25,
    languages: ["de", "en", "ar", "uk"],
    address: "Rathaus Lindenbrück, Haupteingang, Rathausplatz 1",
    lat: 51.9617,
    lon: 7.6252,
    texts: {
      de: {
        title: "Stadtführung für Neue in Lindenbrück",
        summary: "Lernen Sie die Altstadt kennen: Rathaus, Bibliothek, Bürgerbüro und die schönsten Plätze.",
        details:
          "Die Führung ist in einfachem Deutsch, mit Übersetzung ins Englische, Arabische und Ukrainische. Tragen Sie bequeme Schuhe. Wir treffen uns vor dem Haupteingang des Rathauses.",
      },
      en: {
        title: "City walk for newcomers to Lindenbrück",
        summary: "Get to know the Old Town: town hall, library, citizens' office and the nicest squares.",
        details:
          "The tour is in simple German with translation into English, Arabic and Ukrainian. Wear comfortable shoes. We meet in front of the main entrance of the town hall.",
      },
      ar: {
        title: "جولة في المدينة للقادمين الجدد إلى ليندنبروك",
        summary: "تعرّف على البلدة القديمة: مبنى البلدية والمكتبة ومكتب خدمة المواطنين وأجمل الساحات.",
        details:
          "الجولة بلغة ألمانية بسيطة مع ترجمة إلى الإنجليزية والعربية والأوكرانية. ارتدِ حذاءً مريحًا. نلتقي أمام المدخل الرئيسي لمبنى البلدية.",
      },
      uk: {
        title: "Екскурсія Лінденбрюком для новоприбулих",
        summary: "Познайомтеся зі Старим містом: ратуша, бібліотека, бюро обслуговування громадян і найгарніші площі.",
        details:
          "Екскурсія відбувається простою німецькою з перекладом англійською, арабською та українською. Взуйте зручне взуття. Зустрічаємося перед головним входом до ратуші.",
      },
    },
  },
  {
    ref: "demo-20",
    org: "city",
    category: "culture",
    district: "hafen",
    day: 25,
    time: "18:00",
    minutes: 180,
    cost: "5 € (ermäßigt 2 €)",
    signup: true,
    capacity: 16,
    languages: ["de", "en", "ar", "uk"],
    address: "Kulturzentrum Speicher 7, Kaistraße 7",
    lat: 51.9498,
    lon: 7.6427,
    texts: {
      de: {
        title: "Kochabend: Küchen der Welt",
        summary: "Wir kochen zusammen ein Menü aus Syrien, der Ukraine und Deutschland und essen gemeinsam.",
      },
      en: {
        title: "Cooking evening: kitchens of the world",
        summary: "Together we cook a menu from Syria, Ukraine and Germany and then eat together.",
      },
    },
  },
  {
    ref: "demo-21",
    org: "city",
    category: "culture",
    district: "kirchfeld",
    day: 33,
    time: "19:00",
    minutes: 120,
    languages: ["de", "en"],
    address: "Gemeindezentrum Kirchfeld, Kirchplatz 4",
    lat: 51.9655,
    lon: 7.6012,
    texts: {
      de: {
        title: "Offene Bühne: Lieder aus aller Welt",
        summary: "Singen, spielen oder zuhören: Alle dürfen Musik aus ihrer Heimat mitbringen.",
      },
      en: {
        title: "Open stage: songs from around the world",
        summary: "Sing, play or listen: everyone is welcome to bring music from their home country.",
      },
    },
  },
  {
    ref: "demo-22",
    org: "city",
    category: "language",
    district: "nordviertel",
    day: 11,
    time: "10:00",
    minutes: 90,
    signup: true,
    capacity: 12,
    languages: ["de", "en", "ar"],
    address: "Bürgerhaus Nordviertel, Lindenallee 22",
    lat: 51.9769,
    lon: 7.6185,
    texts: {
      de: {
        title: "Deutsch für Anfänger: Schnupperstunde",
        summary: "Sie lernen die ersten Wörter und Sätze für den Alltag. Danach beraten wir Sie zu passenden Kursen.",
        details:
          "Sie brauchen keine Vorkenntnisse. Bringen Sie einen Stift und, wenn möglich, ein Heft mit. Die Lehrerin spricht auch Englisch und etwas Arabisch.",
      },
      en: {
        title: "German for beginners: taster lesson",
        summary: "Learn your first words and sentences for everyday life. Afterwards we advise you on suitable courses.",
        details:
          "You don't need any previous knowledge. Bring a pen and, if possible, a notebook. The teacher also speaks English and some Arabic.",
      },
      ar: {
        title: "الألمانية للمبتدئين: درس تجريبي",
        summary: "تتعلّم أول الكلمات والجمل للحياة اليومية. بعد ذلك ننصحك بالدورات المناسبة لك.",
        details:
          "لا تحتاج إلى معرفة مسبقة. أحضر قلمًا، ودفترًا إن أمكن. المعلّمة تتحدث الإنجليزية وقليلًا من العربية أيضًا.",
      },
      uk: {
        title: "Німецька для початківців: пробне заняття",
        summary: "Ви вивчите перші слова й речення для повсякденного життя. Після цього порадимо відповідні курси.",
        details:
          "Попередні знання не потрібні. Візьміть ручку і, якщо можете, зошит. Викладачка говорить також англійською та трохи арабською.",
      },
    },
  },
  {
    ref: "demo-23",
    org: "city",
    category: "language",
    district: "altstadt",
    day: 18,
    time: "19:00",
    minutes: 60,
    signup: true,
    capacity: 20,
    languages: ["de", "en", "ar", "uk", "fa"],
    online: "https://meet.lindenbrueck.example/sprachtandem",
    texts: {
      de: {
        title: "Online-Sprachtandem: Deutsch gegen Ihre Sprache",
        summary: "Sie sprechen per Video mit Menschen aus Lindenbrück. Sie üben Deutsch, die anderen lernen Ihre Sprache.",
        details:
          "Sie brauchen ein Handy oder einen Computer mit Kamera und Mikrofon. Nach der Anmeldung bekommen Sie den Link per E-Mail. Wir bilden kleine Paare, damit jede Person viel sprechen kann.",
      },
      en: {
        title: "Online language tandem: German for your language",
        summary: "Talk by video with people from Lindenbrück. You practise German, they learn your language.",
        details:
          "You need a phone or computer with a camera and microphone. After signing up you will get the link by email. We form small pairs so that everyone gets to speak a lot.",
      },
      ar: {
        title: "تبادل لغوي عبر الإنترنت: الألمانية مقابل لغتك",
        summary: "تتحدث عبر الفيديو مع أشخاص من ليندنبروك. تتدرّب أنت على الألمانية، ويتعلّمون هم لغتك.",
        details:
          "تحتاج إلى هاتف أو كمبيوتر مع كاميرا وميكروفون. بعد التسجيل يصلك الرابط بالبريد الإلكتروني. نقسّم المشاركين إلى أزواج لكي يتحدث كل شخص كثيرًا.",
      },
      uk: {
        title: "Мовний тандем онлайн: німецька в обмін на вашу мову",
        summary: "Ви спілкуєтеся по відеозв’язку з людьми з Лінденбрюка. Ви практикуєте німецьку, а вони вивчають вашу мову.",
        details:
          "Потрібен телефон або комп’ютер із камерою та мікрофоном. Після реєстрації ви отримаєте посилання електронною поштою. Ми об’єднуємо учасників у пари, щоб кожен міг багато говорити.",
      },
    },
  },
  {
    ref: "demo-24",
    org: "city",
    category: "women",
    district: "weststadt",
    day: 16,
    time: "09:00",
    minutes: 120,
    signup: true,
    capacity: 12,
    languages: ["de", "ar", "uk", "fa"],
    address: "Familienzentrum Weststadt, Ahornstraße 15",
    lat: 51.9583,
    lon: 7.5954,
    texts: {
      de: {
        title: "Deutsch für Mütter – mit Kinderbetreuung",
        summary: "Ein Deutschkurs nur für Frauen. Ihre kleinen Kinder werden im Nebenraum betreut.",
        details:
          "Der Kurs ist für Frauen, die wenig Deutsch sprechen. Kinder ab einem Jahr spielen nebenan mit zwei Erzieherinnen. Bitte bringen Sie Windeln und einen Snack für Ihr Kind mit.",
      },
      en: {
        title: "German for mothers – with childcare",
        summary: "A German course just for women. Your young children are looked after in the room next door.",
        details:
          "The course is for women who speak little German. Children aged one and over play next door with two childcare workers. Please bring nappies and a snack for your child.",
      },
      ar: {
        title: "الألمانية للأمهات – مع رعاية الأطفال",
        summary: "دورة ألمانية للنساء فقط. يتم الاعتناء بأطفالك الصغار في الغرفة المجاورة.",
        details:
          "الدورة مخصّصة للنساء اللواتي يعرفن القليل من الألمانية. يلعب الأطفال من عمر سنة فما فوق في الغرفة المجاورة مع مربّيتين. يُرجى إحضار حفاضات ووجبة خفيفة لطفلك.",
      },
      uk: {
        title: "Німецька для мам — з доглядом за дітьми",
        summary: "Курс німецької лише для жінок. За вашими малюками доглядають у сусідній кімнаті.",
        details:
          "Курс для жінок, які ще мало говорять німецькою. Діти від одного року граються в сусідній кімнаті з двома виховательками. Будь ласка, візьміть підгузки та перекус для дитини.",
      },
    },
  },
  {
    ref: "demo-25",
    org: "club",
    category: "women",
    district: "suedpark",
    day: 19,
    time: "19:00",
    minutes: 90,
    cost: "2 €",
    languages: ["de", "en", "tr"],
    address: "Turnhalle Südpark, Parkweg 12",
    texts: {
      de: {
        title: "Fitness für Frauen: Bewegung mit Musik",
        summary: "Ein lockeres Training für Frauen jeden Alters. Sie brauchen keine Erfahrung.",
      },
      en: {
        title: "Fitness for women: exercise to music",
        summary: "A relaxed workout for women of all ages. No experience needed.",
      },
    },
  },
  {
    ref: "demo-26",
    org: "police",
    category: "women",
    district: "altstadt",
    day: 27,
    time: "18:00",
    minutes: 150,
    signup: true,
    capacity: 14,
    languages: ["de", "en"],
    address: "Stadtbibliothek Lindenbrück, Veranstaltungsraum, Marktstraße 8",
    texts: {
      de: {
        title: "Selbstbehauptung für Frauen",
        summary: "Polizistinnen zeigen einfache Übungen: selbstbewusst auftreten, laut Nein sagen, Hilfe holen.",
      },
      en: {
        title: "Self-assertion for women",
        summary: "Female police officers show simple exercises: appear confident, say a loud no, get help.",
      },
    },
  },
  {
    ref: "demo-27",
    org: "club",
    category: "family",
    district: "suedpark",
    day: 21,
    time: "10:00",
    minutes: 90,
    ageMin: 4,
    ageMax: 10,
    signup: true,
    capacity: 15,
    languages: ["de", "en", "uk"],
    address: "Turnhalle Südpark, Parkweg 12",
    lat: 51.9447,
    lon: 7.6158,
    texts: {
      de: {
        title: "Eltern-Kind-Turnen",
        summary: "Klettern, balancieren, toben: Kinder von 4 bis 10 Jahren turnen zusammen mit Mama oder Papa.",
        details:
          "Bitte bringen Sie für sich und Ihr Kind Sportkleidung und Hallenschuhe oder rutschfeste Socken mit. Ein Elternteil bleibt die ganze Zeit dabei. Der Eingang zur Halle ist neben dem Vereinsheim.",
      },
      en: {
        title: "Parent and child gym",
        summary: "Climb, balance, run around: children aged 4 to 10 do gym together with mum or dad.",
        details:
          "Please bring sports clothes and indoor shoes or non-slip socks for yourself and your child. One parent stays the whole time. The entrance to the hall is next to the clubhouse.",
      },
      ar: {
        title: "رياضة للأهل والأطفال",
        summary: "تسلّق وتوازن ولعب: يمارس الأطفال من 4 إلى 10 سنوات الرياضة مع الأم أو الأب.",
        details:
          "يُرجى إحضار ملابس رياضية وأحذية للصالة أو جوارب غير زلقة لك ولطفلك. يبقى أحد الوالدين طوال الوقت. مدخل الصالة بجانب مبنى النادي.",
      },
      uk: {
        title: "Гімнастика для батьків і дітей",
        summary: "Лазити, балансувати, бігати: діти від 4 до 10 років займаються разом із мамою чи татом.",
        details:
          "Будь ласка, візьміть для себе й дитини спортивний одяг і змінне взуття або нековзні шкарпетки. Один із батьків залишається весь час поруч. Вхід до зали — поруч із будинком клубу.",
      },
    },
  },
  {
    ref: "demo-28",
    org: "youth",
    category: "family",
    district: "nordviertel",
    day: 23,
    time: "15:00",
    minutes: 120,
    ageMin: 4,
    ageMax: 10,
    signup: true,
    capacity: 20,
    languages: ["de", "ar"],
    address: "Haus der Offenen Tür, Birkenweg 5",
    texts: {
      de: {
        title: "Bastelnachmittag für Familien",
        summary: "Kinder von 4 bis 10 basteln mit ihren Eltern Laternen und Spiele aus Recycling-Material.",
      },
      en: {
        title: "Crafts afternoon for families",
        summary: "Children aged 4 to 10 make lanterns and games from recycled materials with their parents.",
      },
    },
  },
  {
    ref: "demo-29",
    org: "club",
    category: "sport",
    district: "hafen",
    day: 24,
    time: "16:00",
    minutes: 60,
    ageMin: 6,
    ageMax: 10,
    cost: "25 € (ermäßigt 5 €)",
    signup: true,
    capacity: 10,
    languages: ["de", "en"],
    address: "Hallenbad am Hafen, Kaistraße 3",
    lat: 51.9503,
    lon: 7.6411,
    texts: {
      de: {
        title: "Schwimmkurs für Kinder (Seepferdchen)",
        summary: "Kinder von 6 bis 10 Jahren lernen schwimmen. Am Ende gibt es das Seepferdchen-Abzeichen.",
        details:
          "Dies ist der erste von sechs Terminen; die weiteren Termine bekommen Sie bei der Anmeldung. Mit dem Lindenbrück-Pass zahlen Sie nur 5 €. Eltern warten im Foyer.",
      },
      en: {
        title: "Swimming course for children (Seahorse badge)",
        summary: "Children aged 6 to 10 learn to swim. At the end they get the Seepferdchen (seahorse) badge.",
        details:
          "This is the first of six sessions; you will get the other dates when you sign up. With a Lindenbrück Pass you only pay 5 €. Parents wait in the foyer.",
      },
    },
  },
  {
    ref: "demo-30",
    org: "club",
    category: "sport",
    district: "suedpark",
    day: 26,
    time: "09:00",
    minutes: 60,
    languages: ["de", "en"],
    address: "Vereinsheim Grün-Weiß, Parkweg 10",
    texts: {
      de: {
        title: "Lauftreff im Südpark",
        summary: "Gemeinsam joggen in zwei Gruppen: langsam und schneller. Alle können mitmachen.",
      },
      en: {
        title: "Running group in South Park",
        summary: "Jog together in two groups: slow and faster. Everyone can join.",
      },
    },
  },
  {
    ref: "demo-31",
    org: "club",
    category: "sport",
    district: "weststadt",
    day: 29,
    time: "14:00",
    minutes: 180,
    languages: ["de", "en", "uk"],
    address: "Sporthalle Westschule, Ulmenweg 9",
    texts: {
      de: {
        title: "Tischtennis ausprobieren: Schnuppertag",
        summary: "Schläger und Bälle sind da. Spielen Sie einfach mit – egal wie alt, ob Anfänger oder Profi.",
      },
      en: {
        title: "Try table tennis: taster day",
        summary: "Bats and balls are provided. Just come and play – whatever your age, beginner or pro.",
      },
    },
  },
  {
    ref: "demo-32",
    org: "youth",
    category: "youth",
    district: "hafen",
    day: 30,
    time: "14:00",
    minutes: 240,
    ageMin: 14,
    ageMax: 18,
    signup: true,
    capacity: 12,
    languages: ["de", "en"],
    address: "Hafenmauer am Skatepark, Kaistraße 15",
    lat: 51.9489,
    lon: 7.6446,
    texts: {
      de: {
        title: "Graffiti-Workshop für Jugendliche",
        summary: "Von der Skizze bis zum fertigen Bild: Gestalte mit anderen eine legale Wand am Hafen.",
        details:
          "Für Jugendliche von 14 bis 18 Jahren. Farben und Masken stellen wir. Zieh Kleidung an, die schmutzig werden darf.",
      },
      en: {
        title: "Graffiti workshop for teens",
        summary: "From sketch to finished piece: paint a legal wall at the harbour together with others.",
        details: "For young people aged 14 to 18. We provide paint and masks. Wear clothes that can get dirty.",
      },
    },
  },
  {
    ref: "demo-33",
    org: "youth",
    category: "work",
    district: "nordviertel",
    day: 34,
    time: "16:00",
    minutes: 120,
    ageMin: 14,
    ageMax: 18,
    signup: true,
    capacity: 15,
    languages: ["de", "en", "ar", "uk"],
    address: "Haus der Offenen Tür, Birkenweg 5",
    lat: 51.9781,
    lon: 7.6203,
    texts: {
      de: {
        title: "Praktikum finden: Bewerbungstipps für Jugendliche",
        summary: "Wie finde ich ein Praktikum? Wie schreibe ich eine Bewerbung? Für Jugendliche von 14 bis 18.",
        details:
          "Bring dein letztes Zeugnis mit, wenn du es hast. Wir schreiben zusammen einen Lebenslauf am Computer. Zwei Betriebe aus Lindenbrück erzählen, was ihnen bei Bewerbungen wichtig ist.",
      },
      en: {
        title: "Find an internship: application tips for teens",
        summary: "How do I find an internship? How do I write an application? For young people aged 14 to 18.",
        details:
          "If you have it, bring your latest school report. Together we write a CV on the computer. Two local companies explain what matters to them in applications.",
      },
      ar: {
        title: "ابحث عن تدريب عملي: نصائح للشباب",
        summary: "كيف أجد تدريبًا عمليًا؟ كيف أكتب طلبًا؟ للشباب من 14 إلى 18 سنة.",
        details:
          "أحضر آخر شهادة مدرسية لديك إن وُجدت. نكتب معًا سيرة ذاتية على الكمبيوتر. شركتان من ليندنبروك تتحدثان عمّا يهمّهما في طلبات العمل.",
      },
      uk: {
        title: "Як знайти практику: поради для підлітків",
        summary: "Як знайти місце для практики? Як написати заявку? Для молоді від 14 до 18 років.",
        details:
          "Якщо маєш, візьми свій останній табель. Разом складемо резюме на комп’ютері. Дві компанії з Лінденбрюка розкажуть, що для них важливо в заявках.",
      },
    },
  },
  {
    ref: "demo-34",
    org: "city",
    category: "work",
    district: "hafen",
    day: 36,
    time: "10:00",
    minutes: 240,
    languages: ["de", "en", "ar", "uk", "ru"],
    address: "Kulturzentrum Speicher 7, Kaistraße 7",
    lat: 51.9498,
    lon: 7.6427,
    texts: {
      de: {
        title: "Jobbörse am Hafen: Betriebe suchen Mitarbeitende",
        summary: "Lernen Sie Firmen aus Lindenbrück kennen und sprechen Sie direkt mit ihnen. Auch ohne perfektes Deutsch.",
      },
      en: {
        title: "Job fair at the harbour: companies are hiring",
        summary: "Meet companies from Lindenbrück and talk to them directly. Perfect German is not required.",
      },
    },
  },
  {
    ref: "demo-35",
    org: "city",
    category: "seniors",
    district: "kirchfeld",
    day: 31,
    time: "10:00",
    minutes: 120,
    ageMin: 60,
    signup: true,
    capacity: 8,
    languages: ["de", "ru", "uk"],
    address: "Seniorentreff Kirchfeld, Glockengasse 2",
    texts: {
      de: {
        title: "Smartphone-Sprechstunde für Seniorinnen und Senioren",
        summary: "Junge Ehrenamtliche helfen Ihnen geduldig bei Fragen zu Handy, WhatsApp und Videoanrufen.",
      },
      en: {
        title: "Smartphone help for older people",
        summary: "Young volunteers patiently help you with questions about your phone, WhatsApp and video calls.",
      },
    },
  },
  {
    ref: "demo-36",
    org: "club",
    category: "seniors",
    district: "kirchfeld",
    day: 38,
    time: "10:30",
    minutes: 60,
    ageMin: 60,
    cost: "2 €",
    signup: true,
    capacity: 18,
    languages: ["de"],
    address: "Gemeindezentrum Kirchfeld, Kirchplatz 4",
    texts: {
      de: {
        title: "Sitzgymnastik 60 plus",
        summary: "Sanfte Bewegung im Sitzen für mehr Kraft und Beweglichkeit. Gut für Knie und Rücken.",
      },
      en: {
        title: "Chair exercises 60 plus",
        summary: "Gentle seated exercises for more strength and mobility. Good for knees and back.",
      },
    },
  },
  {
    ref: "demo-37",
    org: "city",
    category: "counselling",
    district: "weststadt",
    day: 35,
    time: "14:00",
    minutes: 180,
    languages: ["de", "ar", "uk", "ru"],
    address: "Stadtteilbüro Weststadt, Westring 30",
    lat: 51.9571,
    lon: 7.5928,
    texts: {
      de: {
        title: "Beratung zu Wohnung, Geld und Behördenbriefen",
        summary: "Sie haben Post vom Amt bekommen oder Probleme mit der Miete? Wir helfen Ihnen kostenlos.",
        details:
          "Die Beratung findet im Stadtteilbüro statt. Bringen Sie alle wichtigen Briefe mit. Eine Beraterin spricht Arabisch, eine andere Ukrainisch und Russisch.",
      },
      en: {
        title: "Advice on housing, money and official letters",
        summary: "Got a letter from a public office or problems with your rent? We help you for free.",
        details:
          "The advice takes place at the district office. Bring all important letters. One adviser speaks Arabic, another speaks Ukrainian and Russian.",
      },
      ar: {
        title: "استشارة حول السكن والمال ورسائل الدوائر الرسمية",
        summary: "وصلتك رسالة من دائرة رسمية أو لديك مشاكل مع الإيجار؟ نساعدك مجانًا.",
        details:
          "تُقدَّم الاستشارة في مكتب الحي. أحضر كل الرسائل المهمة. إحدى المستشارات تتحدث العربية، وأخرى تتحدث الأوكرانية والروسية.",
      },
      uk: {
        title: "Консультації щодо житла, грошей і листів від установ",
        summary: "Отримали лист від установи або маєте проблеми з орендою? Ми безкоштовно допоможемо.",
        details:
          "Консультація відбувається в районному бюро. Візьміть із собою всі важливі листи. Одна консультантка говорить арабською, інша — українською та російською.",
      },
    },
  },
  {
    ref: "demo-38",
    org: "city",
    category: "counselling",
    district: "altstadt",
    day: 40,
    time: "17:00",
    minutes: 90,
    signup: true,
    capacity: 30,
    languages: ["de", "en", "ar", "uk"],
    online: "https://meet.lindenbrueck.example/anerkennung",
    texts: {
      de: {
        title: "Online-Infoabend: Anerkennung ausländischer Abschlüsse",
        summary: "Wie lasse ich meinen Beruf oder mein Studium in Deutschland anerkennen? Wir erklären die Schritte.",
      },
      en: {
        title: "Online info evening: recognition of foreign qualifications",
        summary: "How can I get my profession or degree recognised in Germany? We explain the steps.",
      },
      ar: {
        title: "أمسية معلومات عبر الإنترنت: الاعتراف بالشهادات الأجنبية",
        summary: "كيف أحصل على اعتراف بمهنتي أو دراستي في ألمانيا؟ نشرح لك الخطوات.",
      },
      uk: {
        title: "Онлайн-зустріч: визнання іноземних дипломів",
        summary: "Як визнати в Німеччині свою професію чи освіту? Ми пояснимо всі кроки.",
      },
    },
  },
  {
    ref: "demo-39",
    org: "city",
    category: "neighbourhood",
    district: "weststadt",
    day: 44,
    time: "10:00",
    minutes: 180,
    languages: ["de", "en", "ar"],
    address: "Spielplatz Ahornstraße, Ecke Westring",
    lat: 51.9589,
    lon: 7.5961,
    texts: {
      de: {
        title: "Lindenbrück räumt auf: Müllsammeln in der Weststadt",
        summary: "Gemeinsam machen wir Spielplätze und Wege sauber. Danach gibt es Suppe für alle.",
      },
      en: {
        title: "Lindenbrück cleans up: litter picking in the West End",
        summary: "Together we clean up playgrounds and paths. Afterwards there is soup for everyone.",
      },
    },
  },
  {
    ref: "demo-40",
    org: "city",
    category: "neighbourhood",
    district: "kirchfeld",
    day: 55,
    time: "14:00",
    minutes: 180,
    languages: ["de", "en", "ru"],
    address: "Gemeindezentrum Kirchfeld, Kirchplatz 4",
    texts: {
      de: {
        title: "Repair-Café: Reparieren statt wegwerfen",
        summary: "Kaputter Toaster, Fahrrad oder Hose? Ehrenamtliche helfen Ihnen beim Reparieren.",
      },
      en: {
        title: "Repair café: fix it, don't throw it away",
        summary: "Broken toaster, bike or trousers? Volunteers help you repair them.",
      },
    },
  },
];
