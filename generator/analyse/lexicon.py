"""Word lists for the offline analyser's rules, written from general knowledge of each language.

Nothing here comes from an annotated corpus: these are closed classes (function words, titles,
months), the common nouns that head names of organisations and places, legal forms of companies,
nationality words and common given names. Ukrainian and Russian entries are lemmas (pymorphy3's
dictionary forms) in lower case; Arabic entries are written plainly and folded at load time.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- English ---------------------------------------------------------------------------------

# Words that a capitalised sentence opener usually is when it is not a name.
EN_FUNCTION_WORDS = _words("""
a an the this that these those there here it its it's he she they we you i his her their our your my
him them us me who whom whose which what when where why how whether if unless until while as
at by for from in into of off on onto out over to under up upon with within without about above
across after against along among around before behind below beneath beside besides between beyond
but and or nor so yet both either neither not no yes all any each every few many more most much
some such other another one two three four five six seven eight nine ten first second third last
next new old also only just even still already again then than thus therefore however meanwhile
moreover instead although though because since during despite throughout toward towards via per
be is are was were been being have has had do does did will would shall should can could may might
must said says say told asked added according earlier later now today yesterday tomorrow tonight
once twice while whereas whilst nearly almost about around some several many most both half
police officials official sources analysts diplomats experts witnesses residents troops rebels
asked speaking writing following despite amid among under other others another
""")
MONTHS_AND_DAYS = _words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
""")
# Capitalised words that open a headline or stand alone without naming anything.
EN_NOT_NAMES = _words("""
reuters says said new old news update correction factbox analysis interview wrapup focus please
mln bln pct percent million billion tonnes
aedt aest
wti
""")  # (the last lines: time zones, "4pm AEDT", and a crude benchmark, "WTI crude")
# Words that end a person's name after the surname, without their dot ("Harold Ford Jr.").
NAME_SUFFIXES = frozenset({"Jr", "Sr"})
# Nationalities, peoples and religions: CoNLL's MISC class (adjectives and plural nouns).
EN_DEMONYMS = _words("""
Afghan Afghans Albanian Albanians Algerian Algerians American Americans Angolan Angolans Arab Arabs
Arabic Argentine Argentinian Argentines Armenian Armenians Asian Asians Australian Australians
Austrian Austrians Azerbaijani Azeri Azeris Bahraini Balkan Baltic Bangladeshi Belarusian Belarussian
Belgian Belgians Bolivian Bosnian Bosnians Brazilian Brazilians British Briton Britons Bulgarian
Bulgarians Burmese Burundian Cambodian Cameroonian Canadian Canadians Caribbean Catholic Catholics
Caucasian Chechen Chechens Chilean Chileans Chinese Christian Christians Colombian Colombians
Congolese Croat Croats Croatian Croatians Cuban Cubans Cypriot Cypriots Czech Czechs Dane Danes
Danish Dutch Dutchman Ecuadorean Ecuadorian Egyptian Egyptians Emirati English Englishman Eritrean
Estonian Estonians Ethiopian Ethiopians European Europeans Filipino Filipinos Finn Finns Finnish
French Frenchman Frenchmen Georgian Georgians German Germans Ghanaian Greek Greeks Guatemalan
Haitian Haitians Hindu Hindus Honduran Hungarian Hungarians Hutu Hutus Icelandic Indian Indians
Indonesian Indonesians Iranian Iranians Iraqi Iraqis Irish Irishman Islamic Israeli Israelis
Italian Italians Ivorian Jamaican Japanese Jew Jews Jewish Jordanian Jordanians Kazakh Kazakhs
Kenyan Kenyans Korean Koreans Kosovar Kurd Kurds Kurdish Kuwaiti Kuwaitis Kyrgyz Latin Latvian
Latvians Lebanese Liberian Liberians Libyan Libyans Lithuanian Lithuanians Macedonian Malaysian
Malaysians Maltese Mexican Mexicans Moldovan Mongolian Montenegrin Moroccan Moroccans Moslem
Moslems Muslim Muslims Namibian Nepali Nigerian Nigerians Nordic Norwegian Norwegians Omani Ossetian
Pakistani Pakistanis Palestinian Palestinians Panamanian Paraguayan Persian Peruvian Peruvians
Polish Pole Poles Portuguese Protestant Protestants Qatari Romanian Romanians Russian Russians
Rwandan Rwandans Saudi Saudis Scandinavian Scot Scots Scottish Senegalese Serb Serbs Serbian
Serbians Shi'ite Shi'ites Shiite Shiites Shia Sikh Sikhs Singaporean Slovak Slovaks Slovakian
Slovene Slovenes Slovenian Somali Somalis Soviet Soviets Spaniard Spaniards Spanish Sri Lankan
Sudanese Sunni Sunnis Swede Swedes Swedish Swiss Syrian Syrians Taiwanese Tajik Tajiks Tamil Tamils
Tanzanian Tatar Tatars Thai Tibetan Tunisian Turk Turks Turkish Turkmen Tutsi Tutsis Ugandan Ukrainian
Ukrainians Uruguayan Uzbek Uzbeks Venezuelan Vietnamese Welsh Western Westerners Yemeni Yugoslav
Yugoslavs Zairean Zambian Zimbabwean Zionist Communist Communists Republican Republicans Democrat
Democrats Socialist Socialists Conservative Conservatives Liberal Liberals Islamist Islamists
Bosnian-Serb Kosovo-Albanian Anglo Franco Sino Euro Afro Indo Greco Russo
Maoist Maoists Marxist Marxists Leninist Leninists Stalinist Stalinists Trotskyist Nazi Nazis Fascist Fascists
Gaullist Gaullists Thatcherite Bolshevik Bolsheviks Islamist Jihadist Jihadists Baathist Baathists Zionists
Wahhabi Salafi Salafist Sufi Orthodox Lutheran Methodist Baptist Anglican Buddhist Buddhists
""".lower())
# Words that make a capitalised run an organisation (English), matched in lower case.
EN_ORG_WORDS = _words("""
ministry department university institute institution center centre council agency committee party
bank fund corporation corp company co inc ltd plc llc ag sa nv group union organization organisation
association office court parliament congress senate duma news times post journal gazette gazeta
program programme foundation commission service services academy club forum network press television
tv radio school army navy federation assembly cabinet administration bureau authority exchange
airlines airways railways motors industries holdings holding bancorp securities partners trust
police guard guards front movement alliance coalition league brigade brigades militia force forces
board tribunal commissariat secretariat directorate inspectorate mission delegation consortium
society church agency newspaper daily weekly magazine herald tribune telegraph chronicle observer
monitor broadcasting systems technologies international airline railway petroleum oil energy headquarters command
""")
# Titles that announce a person's name (English).
EN_PERSON_TITLES = _words("""
president minister secretary mr mrs ms miss dr professor prof general gen ambassador envoy spokesman
spokeswoman spokesperson chancellor prime premier senator sen congressman congresswoman rep governor
gov king queen prince princess sheikh emir sultan director adviser advisor analyst deputy doctor chairman
chairwoman chair chief chiefs lieutenant lt colonel col commander cmdr captain capt major maj sergeant sgt
admiral adm pope cardinal archbishop bishop rabbi imam father judge justice mayor leader coach
striker midfielder defender goalkeeper manager economist lawyer attorney counsel correspondent
editor reporter commentator negotiator mediator president-elect vice ex former acting vp co-chair
co-chairman co-chairwoman ceo host co-host anchor co-anchor columnist speaker aide assistant commissioner
representative
""")
# Ukrainian and Russian titles and roles that stand before a person's name (lemmas).
CYR_TITLES = frozenset("""
президент президентка прем'єр прем’єр-міністр прем'єр-міністр премьер премьер-министр міністр министр
посол посланник посланець спецпосланець спецпосланник речник речниця представник представниця
радник радниця советник генерал полковник сенатор сенаторка конгресмен губернатор мер голова глава
лідер керівник директор заступник помічник секретар секретарь канцлер король королева принц папа патріарх
патриарх експерт эксперт аналітик аналитик політолог политолог журналіст журналист депутат депутатка
командувач командующий віцепрезидент вице-президент віце-президент пан пані господин госпожа
єврокомісар еврокомиссар комісар комиссар єврокомісарка очільник очільниця
""".split())
# Words that make a capitalised run a name of a thing (treaty, war, plan), not of a person.
EN_MISC_WORDS = _words("""
war wars agreement agreements accord accords treaty treaties memorial doctrine plan initiative format
process deal act declaration protocol charter summit conference games cup day revolution award prize
olympics olympic championship championships open grand prix festival election elections accord index
call briefing teleconference readout
""")
# Upper-case abbreviations that name no organisation (time zones): CoNLL's MISC.
EN_MISC_ABBREVIATIONS = _words("GMT UTC EST EDT CST CDT PST PDT CET CEST BST MSK START INF CFE")
# Platforms, apps and products written in camel case, which are no organisations (the desk's
# conventions): a camel-case word that is none of these names a company ("SolarWinds").
EN_PLATFORMS = _words("""
youtube whatsapp tiktok linkedin facebook instagram telegram twitter snapchat wechat iphone ipad imessage
facetime playstation xbox skype bluesky threads truthsocial gmail chatgpt powerpoint
""")
# Camel-case openings of surnames, not companies: "MacArthur", "VanDyke", "FitzGerald".
EN_SURNAME_PREFIXES = ("Mac", "Van", "Von", "Del", "Della", "Des", "Fitz", "Abu", "Bin")
# Capitalised abbreviations of a person's office, not organisations.
EN_OFFICE_ABBREVIATIONS = _words("POTUS FLOTUS VPOTUS SCOTUS")
# Words after a place's name that make a longer place's name ("Vladimir Oblast", "Jordan River").
EN_PLACE_WORDS = _words("""
oblast region province river city county district krai sea lake island islands bay valley mountains
""")
EN_CONNECTORS = _words("of for and de du des la le von van der den al el bin ibn da di")
# Lower-case words that may sit inside an organisation's name ("Organisation for Security and
# Co-operation in Europe", "Bank of New York").
EN_ORG_INNER = _words("of for and the in on")
# Capitalised words that open a longer organisation's name before a shorter one's words: "National"
# makes "National Security Council" another council than the (UN) "Security Council".
EN_ORG_OPENERS = _words("""
national federal state international supreme central joint presidential executive permanent regional
provincial municipal general higher high royal imperial
peoples people's workers democratic republican progressive liberal conservative socialist communist labour
labor popular patriotic revolutionary islamic christian unity freedom independent all
""")  # ... and the words of parties' names ("All Peoples Congress" is no US Congress)

# --- Ukrainian and Russian (lemmas) -----------------------------------------------------------

# Legal forms written before a company's quoted name: "ТОВ «...»", "ООО «...»".
CYR_LEGAL_FORMS = _words("""
тов тзов пат прат пао ват зат ат ао оао зао ооо нао дп кп пп фоп сп гуп муп фгуп унп нак наек окжк
жбк осбб кнп ду го пф тд мп чп ип фг сг спд зао вп дак обсл кнпп нпп нвп нвф вкф птф виробниче
""")
# Nouns that head the name of an organisation ("Господарський суд", "Міністерство культури").
CYR_ORG_NOUNS = _words("""
міністерство мінстерство служба суд адмінсуд госпсуд райсуд міськсуд апеляційний рада міськрада облрада
райрада сільрада селищна облдержадміністрація райдержадміністрація держадміністрація адміністрація
прокуратура управління департамент комітет комісія агентство фонд банк компанія корпорація концерн
університет академія інститут гімназія училище школа ліцей коледж центр театр музей бібліотека
партія спілка асоціація федерація об'єднання товариство підприємство завод комбінат фабрика
інспекція палата поліція нацполіція міліція уряд кабмін парламент бюро відділ відділення трибунал
організація союз конгрес сенат дума аеропорт лікарня госпіталь редакція видавництво телеканал
ансамбль гурт оркестр хор клуб фракція штаб армія бригада батальйон полк дивізія флот
консерваторія філармонія казначейство сила гвардія митниця податкова нацбанк держдума церква
єпархія патріархат синод рух фронт блок холдинг група трест кооператив артіль обленерго
облгаз водоканал укрзалізниця омбудсман секретаріат представництво посольство консульство
генштаб мвс сбу мзс цвк нбу нкрекп військо війська войско войска
министерство служба суд совет администрация прокуратура управление департамент комитет комиссия
агентство фонд банк компания корпорация концерн университет академия институт гимназия училище
школа лицей колледж центр театр музей библиотека партия союз ассоциация федерация объединение
общество предприятие завод комбинат фабрика инспекция палата полиция милиция правительство
парламент бюро отдел отделение трибунал организация конгресс сенат дума аэропорт больница
госпиталь редакция издательство телеканал ансамбль оркестр хор клуб фракция штаб армия бригада
батальон полк дивизия флот консерватория филармония казначейство таможня церковь епархия
патриархат синод движение фронт блок холдинг группа трест кооператив посольство консульство
генштаб собрание
""")
# Adjectives that make an organisation of the noun they qualify even in lower case.
CYR_ORG_ADJECTIVES = _words("""
державний національний верховний конституційний господарський адміністративний апеляційний
окружний районний міський обласний міжнародний всеукраїнський генеральний центральний головний
федеральный государственный национальный верховный конституционный арбитражный районный городской
областной международный всероссийский генеральный центральный главный
""")
# Nouns after a place adjective that make a place: "Київська область", "Бориспільський район".
CYR_REGION_NOUNS = _words("""
область район повіт губернія край округ волость громада отг регіон республіка автономія
область район уезд губерния край округ волость регион республика
""")
# Places that neither CLDR's country list nor GeoNames' cities hold: parts of countries, regions,
# seas and disputed or former states, with common short names of countries (English).
EN_EXTRA_PLACES = frozenset(line.strip() for line in """
England
Scotland
Wales
Northern Ireland
Ulster
Britain
Great Britain
Holland
Burma
Ivory Coast
East Timor
Korea
Macedonia
Swaziland
Zaire
Rhodesia
Soviet Union
USSR
Yugoslavia
Czechoslovakia
East Germany
West Germany
Palestine
Gaza
Gaza Strip
West Bank
Golan Heights
Sinai
Middle East
Near East
Far East
Persian Gulf
Gulf
Balkans
Caucasus
North Caucasus
Transcaucasia
Baltics
Scandinavia
Siberia
Urals
Central Asia
Kashmir
Punjab
Tibet
Xinjiang
Kurdistan
Chechnya
Dagestan
Ingushetia
Tatarstan
Bashkortostan
Kosovo
Bosnia
Herzegovina
Krajina
Slavonia
Crimea
Donbas
Donbass
Transnistria
Abkhazia
South Ossetia
Nagorno-Karabakh
Karabakh
Catalonia
Basque Country
Corsica
Sicily
Sardinia
Bavaria
Flanders
Wallonia
Quebec
Ontario
Kurdistan
Darfur
Ogaden
Western Sahara
Sahara
Sahel
Horn of Africa
Mediterranean
Black Sea
Caspian Sea
Baltic Sea
Red Sea
Dead Sea
Adriatic
Aegean
Arctic
Antarctica
Atlantic
Pacific
Indian Ocean
Amazon
Himalayas
Alps
Andes
Danube
Dnieper
Volga
Nile
Euphrates
Tigris
Jordan River
""".strip().splitlines())
# Nouns after a capitalised adjective that make a place: "Дністровське водосховище", "Весела Гора".
CYR_PLACE_NOUNS = _words("""
водосховище озеро річка ріка море затока лиман острів півострів гора хребет долина балка пуща ліс
цвинтар кладовище слобода урочище заповідник затон канал протока перевал
водохранилище озеро река море залив лиман остров полуостров гора хребет долина лес кладбище слобода
""")
# Words before a place name that are part of the place in Ukrainian annotation ("вул. Хрещатик").
CYR_STREET_WORDS = _words("""
вул вулиця проспект просп пров провулок бульв бульвар пл площа шосе набережна узвіз майдан
сквер парк пляж урочище ул улица пр-т пер переулок площадь набережная
""")
# Settlement words whose name follows them ("с. Турці", "село Глевахи", "місто Ірпінь").
CYR_SETTLEMENT_WORDS = _words("м с смт село місто селище хутір г город деревня посёлок поселок станиця")
# Nouns after which a quoted name is a work, product or event (MISC), not an organisation.
CYR_MISC_NOUNS = _words("""
фільм серіал програма проєкт проект шоу пісня альбом книга роман повість вистава спектакль
конкурс премія орден медаль закон кодекс указ постанова операція акція кампанія автомобіль
марка модель бренд журнал газета вісник видання сайт портал телепередача передача мультфільм
опера балет мюзикл картина твір збірка п'єса прем'єра рубрика номінація відзнака нагорода
фильм сериал программа песня книга спектакль конкурс премия орден закон указ постановление
операция акция кампания автомобиль марка модель журнал газета сайт передача
""")
# Nouns after which a quoted name is a place: "стадіон «Юність»", "пляж «Ланжерон»".
CYR_LOC_NOUNS = _words("""
стадіон пляж парк сквер площа майдан станція метро вокзал урочище заповідник родовище острів
комплекс трц тц ринок базар готель кінотеатр палац будинок
стадион пляж парк сквер площадь станция метро вокзал урочище заповедник месторождение остров
комплекс рынок гостиница
""")
# Words of time that end a genitive chain: "… України минулого року", "… суду від 5 травня".
CYR_TIME_WORDS = _words("""
рік місяць тиждень день доба година хвилина квартал півріччя сезон період час епоха століття минулий
наступний поточний цей той нинішній січень лютий березень квітень травень червень липень серпень вересень
жовтень листопад грудень
год месяц неделя день сутки час квартал полугодие сезон период время эпоха век прошлый следующий текущий
этот нынешний январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
""")
# Nouns of a span of time that a capitalised adjective before them qualifies: "до Нового року" (by the
# New Year) names no village of Nove.
CYR_SPANS_OF_TIME = _words("рік місяць тиждень день століття год месяц неделя век")
# Capitalised Ukrainian/Russian nouns that name no place though a preposition of place may precede
# them: the cardinal points as the political West or East ("на Западе") and feast days ("із Різдвом").
CYR_NOT_PLACES = _words("""
захід схід північ південь запад восток север юг
різдво великдень паска рождество пасха благовещение благовіщення трійця троица покрова канал
""")
# Platforms written in Cyrillic ("у Фейсбуці", "в Телеграме"): lemma openings, no places.
CYR_PLATFORMS = ("фейсбук", "телеграм", "твіттер", "твиттер", "інстаграм", "инстаграм", "ютуб", "ютьюб", "вайбер",
                 "тікток", "тикток", "ватсап", "вотсап", "фейсбуц", "вконтакт", "однокласник", "одноклассник")
# Upper-case abbreviations that name no organisation.
CYR_NOT_ORG_ABBR = _words("""
ввп пдв змі сми дтп грн usd ндр ато оос врп ес ок пк кк цк кпк пдфо єсв фоп тис млн млрд
ссср урср рсфср срср снд сша рф єс оон нато ук кпп днр лнр орлдо ордло
ппо пво бпла рсзв рсзо зрк впк бмп бтр пзрк мбр крлб
снв дснв сно дсно рсмд дрсмд ракр дняз днязо двзяв двзви довсе дзсе
""")  # (the last line: treaties — START, New START, INF, NPT, CTBT, CFE)
# Ukrainian/Russian words that pymorphy3 may take for names but that open sentences as words.
CYR_NOT_NAMES = _words("""
про для від до на за з із зі у в по при під над між через після без біля о об щоб чи ні не
для от до на за с со у в по при под над между через после без около о об чтобы ли ни не
але або адже бо втім зокрема крім окрім щодо також тому тоді тут там цей ця це ці той та те ті
він вона воно вони ми ви я ти їх його її нас вас наш ваш свій який яка яке які хто що де коли
як чому навіть лише тільки вже ще усе все всі кожен кожна деякі багато мало
но или ведь впрочем кроме также поэтому тогда тут там этот эта это эти тот та то те он она оно
они мы вы я ты их его её нас вас наш ваш свой который кто что где когда как почему даже лишь
только уже ещё весь все каждый некоторые много мало
""")

# --- Arabic ----------------------------------------------------------------------------------

# Common Arabic given names (male and female), as written without diacritics.
AR_GIVEN_NAMES = _words("""
محمد أحمد محمود مصطفى حسن حسين عمر عثمان خالد خليل إبراهيم إسماعيل إسحاق يوسف يعقوب موسى
عيسى داود سليمان سليم سالم سعيد سعد سعود فهد فيصل فؤاد فارس فاروق فتحي فايز فراس جمال كمال
عادل عاطف عبدالله عبدالرحمن عبدالعزيز عبدالكريم عبدالرحيم عبدالحليم عبدالمجيد عبدالسلام عبداللطيف
عبدالقادر عبدالحميد عبدالوهاب عبدالإله عبدالناصر عبدالفتاح عبدالرزاق عبدالغني عبدالمنعم عبدالهادي
هشام هاني هاشم هيثم وليد وائل وسام ياسر ياسين يحيى زياد زيد زكي زكريا رامي رائد رشيد رضا
رياض رفيق رمضان ناصر نبيل نزار نصر نعيم نادر نجيب نور نوري نواف ماجد مازن مالك مروان منصور منير
مراد مهدي معاذ مؤمن مشعل متعب طارق طلال طه صالح صلاح صابر صادق صفوان ضياء ظافر غازي غسان قاسم
كريم لؤي لطفي جعفر جلال جاسم جواد جورج جبران حامد حمد حمدي حمزة حازم حاتم حافظ حبيب حسام حسني
حكمت بشار بشير بكر بلال بسام أسامة أسعد أشرف أكرم أمين أنور أيمن أيوب إياد إدريس إلياس عماد
عزت عزيز عصام عفيف عوض عمار عمرو عدنان عارف عاصم عامر عباس عبيد غالب شريف شكري شاكر شادي
شوقي سمير سامي سامر سلطان سلمان سهيل سيف تامر توفيق تميم ثامر مجدي مدحت مختار مصطفى معتز
مها فاطمة عائشة خديجة مريم زينب سارة هدى هند ليلى سلمى سعاد نادية نجلاء نوال منى أمل رانيا
رنا ريم دينا لينا لبنى سميرة سهام وفاء إيمان أسماء هالة حنان جميلة نبيلة كوثر شيماء آمنة
""")
# Words that stop an Arabic name: particles, verbs of saying and common nouns after names.
AR_STOP_WORDS = _words("""
في إلى الى على عن من مع أن إن أنه انه التي الذي الذين هذا هذه ذلك تلك هو هي هم كان كانت يكون
قال وقال قالت وقالت أضاف واضاف وأضاف أكد وأكد أشار وأشار أعلن وأعلن ذكر وذكر أوضح وأوضح
خلال بعد قبل بين حول حتى منذ لدى عند ضد نحو دون غير بين كما لا لم لن ما قد ثم أو أم بل
رئيس وزير نائب مدير سفير عضو امين أمين الأمين العام السيد السيدة الدكتور الشيخ الأمير الملك
يوم اليوم امس أمس غدا عام العام سنة شهر الشهر الأسبوع الماضي المقبل الحالي الجاري
""")
# Frequent Arabic function words and common words that place and name lists also hold ("كان" is
# also Cannes, "دون" the river Don, "حتى" a town); never a name on their own.
AR_COMMON_WORDS = _words("""
في فى أمان امان الأمان إلى الى على عن من مع منذ حتى خلال بعد قبل بين حول لدى عند ضد نحو دون غير سوى عبر وفق إثر اثر
أن ان إن أنه انه إنه أنها إنها أنهم لأن لان كي لكي لكن لكنه ولكن بل أو او أم ثم إذا اذا إذ لو لولا كما
مثل كل بعض أي اي أية ذلك تلك هذا هذه هذان هؤلاء أولئك هنا هناك هو هي هم هن أنا انا نحن أنت انت أنتم
الذي التي الذين اللذين اللتين اللواتي ما ماذا لماذا كيف متى أين اين لا لم لن ليس ليست قد لقد سوف
كان كانت كانوا يكون تكون يكن تكن أصبح اصبح صار ظل بات مازال لايزال ليس عاد
قال قالت يقول تقول أكد اكد أضاف اضاف أشار اشار أعلن اعلن ذكر أوضح اوضح رأى يرى تم يتم جرى تمت
أراد يريد أمام امام وراء فوق تحت داخل خارج جانب بشأن حيث بينما أيضا ايضا فقط جدا نفس ذات عدة عدم
جديد جديدة الجديد الجديدة كبير كبيرة الكبير الكبيرة صغير صغيرة أول اول الأول الاول أولى لأول آخر اخر
أخرى اخرى الآخر الأخرى عام العام سنة السنة يوم اليوم شهر الشهر أمس امس غدا الآن الان حاليا يوميا
السلام الأمن الامن الامان السلطة الدولة دولة الحكومة حكومة الشعب شعب العالم عالم العربي العربية
الوطني الوطنية الدولي الدولية المحلي الغربية الشرقية الشمالية الجنوبية العالية الوحدة الدور القناة
قناة إطار اطار طراز حقوق العملة النادي نادي الفريق فريق المباراة مباراة الملعب ملعب الموسم
شؤون الشؤون وضع الوضع حوار الحوار حد الحد موقف الموقف قرار القرار مجال المجال صعيد سبيل ضوء شأن
وزير رئيس مدير نائب عضو مسؤول رئيسة روس سعيدة كامل كاملة
واحد اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة
عشرين ثلاثين أربعين خمسين مئة مائة ألف الف مليون مليار نصف ربع ثلث أفضل افضل أكثر اكثر أقل اقل
كرة الكرة القدم برنامج برنامجا عندما حينما بينما لما كلما ريثما طالما أيضا رسميا أدنى أعلى ادنى اعلى نهاية بداية
""")
# Arabic month names (Gregorian, Levantine and Hijri) and days: dates, not names.
AR_MONTHS_AND_DAYS = _words("""
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين
محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة
السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة
""")
# Arabic nationality adjectives (masculine, definite): before a name they introduce a person.
AR_NATIONALITIES = _words("""
الأمريكي الأميركي البريطاني الفرنسي الألماني الروسي الصيني الياباني الإيطالي الإسباني البرازيلي
الأرجنتيني البرتغالي الهولندي البلجيكي السويسري السويدي النرويجي الدنماركي الفنلندي البولندي التشيكي
المجري الروماني البلغاري اليوناني التركي الإيراني العراقي السوري اللبناني الأردني الفلسطيني الإسرائيلي
المصري السعودي القطري الكويتي الإماراتي البحريني العماني اليمني الليبي التونسي الجزائري المغربي
السوداني الموريتاني الصومالي الإثيوبي الكيني النيجيري الغاني العاجي الكاميروني السنغالي المالي الهندي
الباكستاني الأفغاني البنغلاديشي الإندونيسي الماليزي الكوري الأسترالي الكندي المكسيكي الكولومبي التشيلي
الأوروغوياني الباراغوياني البيروفي الفنزويلي الأوكراني البيلاروسي الجورجي الأرمني الأذربيجاني الكازاخي
الأوزبكي الصربي الكرواتي البوسني الألباني الإيرلندي الإسكتلندي الويلزي الإنجليزي الإنكليزي النمساوي
""")
# Arabic titles after which a personal name follows.
AR_TITLES = _words("""
الرئيس الرئيسة رئيس رئيسة وزير وزيرة نائب المتحدث المتحدثة السفير السفيرة المبعوث الجنرال
المستشار المستشارة الدبلوماسي نظيره نظيرته المسؤول المسؤولة النائب السيد السيدة الدكتور الدكتورة
الشيخ الأمير الأميرة الملك الملكة العاهل السلطان الأمين المدير المديرة الكاتب الكاتبة الصحفي
الصحافي الروائي الفيلسوف الفنان الفنانة المخرج الممثل الممثلة اللاعب المدرب القاضي المحامي
البروفيسور الأستاذ المفكر الشاعر الشاعرة المطرب المطربة الزعيم القائد العقيد اللواء العميد
الفريق المشير النقيب الرائد الأسقف البابا الإمام المفتي الحاكم المحافظ العمدة رئيسه مستشار
الحارس المهاجم المدافع النجم الحكم الملاكم العداء السباح المغني الموسيقار الداعية الناشط الناشطة
المرشح المرشحة الوزير السفير مواطنه زميله نظيره
""")
# Nouns that head the name of an Arabic organisation ("البنك التجاري", "وزارة الخارجية").
AR_ORG_NOUNS = _words("""
وزارة الوزارة هيئة الهيئة منظمة المنظمة مؤسسة المؤسسة شركة الشركة بنك البنك مصرف المصرف جامعة الجامعة
معهد المعهد مجلس المجلس حزب الحزب جمعية الجمعية اتحاد الاتحاد لجنة اللجنة وكالة الوكالة صندوق الصندوق
محكمة المحكمة جبهة الجبهة حركة الحركة اكاديمية الأكاديمية نادي النادي صحيفة الصحيفة مجلة المجلة
قناة القناة إذاعة الإذاعة ديوان الديوان كلية الكلية مستشفى المستشفى رابطة الرابطة نقابة النقابة
برلمان البرلمان حلف الحلف برنامج مجموعة جهاز
""")
# Nouns an organisation's name goes on with after "لل" (for): "الوكالة الأمريكية للتنمية الدولية",
# "المفوضية السامية للاجئين", "المعهد الوطني للصحة".
AR_ORG_COMPLEMENTS = _words("""
التنمية السلام الطاقة الإغاثة الاغاثة الهجرة اللاجئين الصحة التعليم التجارة الزراعة البيئة الأغذية الاغذية
الطفولة العمل الأمن الامن الدفاع الإعلام الاعلام الثقافة العلوم البحوث الأبحاث الاتصالات الحقوق الأنباء الانباء
""")
# Adjectives of scope that go on an organisation's name and name no nationality: "العالمي", "الدولية".
AR_SCOPE_ADJECTIVES = _words("""
الدولي الدولية العالمي العالمية الوطني الوطنية القومي القومية الإنمائي الانمائي الأممي الاممية الأممية
الإنسانية الانسانية الذرية النووية الصناعية الكبرى
""")
# Number words that end the name of a group of countries: "مجموعة السبع", "مجموعة العشرين".
AR_GROUP_NUMBERS = {"السبع": "Seven", "الثماني": "Eight", "الثمانية": "Eight", "العشرين": "Twenty",
                    "السبعة": "Seven"}
# Words after an organisation noun that make it a generic phrase, not a name: ordinals, "the board".
AR_ORG_GENERIC = _words("""
الأول الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الأخير الاخير الأولى الاولى
الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة الأخيرة
الإدارة الادارة العمومية العامة العادية الرسمية الجديد الجديدة الحالي الحالية السابق السابقة المقبل
التابع التابعة المنعقدة البالغ المختصة المعنية المختص المعني الرئيسي الرئيسية المسؤول المسؤولة الوحيد الوحيدة
الكبرى الأكبر الاكبر الأهم الاهم
""")
# A country's diplomatic missions, by language (Cyrillic by dictionary form; Arabic definite and not):
# "Посольство США", "السفارة الأمريكية", "بعثة الولايات المتحدة".
MISSION_NOUNS = _words("""
посольство консульство представництво місія постпредство
посольство консульство представительство миссия постпредство
سفارة السفارة قنصلية القنصلية بعثة البعثة ممثلية الممثلية
""")
# Arabic nouns that head a place: "جزيرة ...", "مدينة ...", "نهر ...".
AR_PLACE_NOUNS = _words("""
مدينة جزيرة جزر نهر بحر خليج جبل جبال منطقة إقليم اقليم ولاية محافظة قرية بلدة مقاطعة صحراء
وادي شبه
""")
# Common Arabic words that a place gazetteer also lists (a state, a stock exchange, financial).
AR_NOT_PLACES = _words("""
دولة الدولة دول لدولة بدولة مالي مالية بورصة البورصة جزيرة اليوم الحياة الوسط العرب النهار السفير
الشمال الجنوب الغرب شمال جنوب شرق غرب وسط
المدينة مدينة العاصمة
""")

# Speech cues by language, as words (any form whose lemma or key matches) or phrases.
SPEECH_CUES: dict[str, tuple[str, ...]] = {
    "en": ("said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "noted", "notes",
           "stated", "declared", "explained", "explains", "argued", "argues", "warned", "warns",
           "believes", "stressed", "insisted", "admitted", "announced", "replied", "asked", "according to",
           "recalled", "concluded", "emphasized", "emphasised", "claimed", "tweeted", "posted", "asserted",
           "remarked", "commented", "affirmed", "acknowledged", "reiterated", "urged", "cautioned", "responded",
           "underlined", "pointed out", "requested", "echoed", "convinced", "thinks", "continued", "assured",
           "summed up", "clarified", "confirmed", "underscored", "highlighted", "observed", "described",
           "describes", "saying", "adding", "noting", "stressing", "insisting", "warning", "explaining",
           "arguing", "emphasizing", "emphasising", "telling"),
    "uk": ("заявити", "сказати", "написати", "додати", "зазначити", "наголосити", "повідомити",
           "розповісти", "підкреслити", "вважати", "згадати", "відповісти", "писати", "заявляти",
           "говорити", "пояснити", "запевнити", "за словами", "на думку", "переконаний", "констатувати",
           "нагадати", "закликати", "уточнити", "прокоментувати", "резюмувати", "вторити", "припустити",
           "назвати", "охарактеризувати", "описати",
           # (the imperfective verbs too, and the words the Russian list has: "коментує", "стверджує")
           "стверджувати", "вказати", "попередити", "визнати", "коментувати", "наголошувати", "підкреслювати",
           "зазначати", "додавати", "пояснювати", "запевняти", "відповідати", "повідомляти", "за твердженням",
           # "йдеться в повідомленні": the statement speaks; "цитує X": X is quoted
           "йтися", "цитувати", "зауважити", "зауважувати", "підсумувати", "підсумовувати"),
    "ru": ("заявить", "сказать", "написать", "добавить", "отметить", "подчеркнуть", "сообщить",
           "рассказать", "считать", "вспомнить", "ответить", "писать", "заявлять", "говорить",
           "пояснить", "заверить", "по словам", "по мнению", "констатировать", "напомнить", "призвать",
           "уточнить", "прокомментировать", "заметить", "вторить", "предположить", "назвать",
           "охарактеризовать", "описать",
           "резюмировать", "утверждать", "указать", "признать", "предупредить", "комментировать",
           "подчёркивать", "подчеркивать", "отмечать", "добавлять", "пояснять", "заверять", "отвечать",
           "сообщать", "по утверждению", "говориться", "цитировать", "подытожить", "замечать"),
    "ar": ("قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "اوضح", "اوضحت", "اشار", "اشارت", "وفق",
           "وفقا", "بحسب", "اكد", "اكدت", "صرح", "صرحت", "وصف", "وصفت", "اعتبر", "اعتبرت", "كتب",
           "كتبت", "ذكر", "ذكرت", "اعلن", "اعلنت", "راى", "رات", "شدد", "شددت", "تابع", "تابعت", "اردف",
           "اردفت", "لفت", "لفتت", "اورد", "اوردت", "نشر", "نشرت",
           # "نقل الموقع عن زيلينسكي قوله": quoted him as saying (the speaker after "عن")
           "قوله", "قولها",
           # "…، قائلا إن …": saying, adding, pointing out (the subject of the clause's verb speaks)
           "قايلا", "قايلة", "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موكدا", "موكدة"),
}
