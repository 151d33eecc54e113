// Real countries, regions and cities for the generated demo dataset: names as they are
// written in Russian, ISO 3166 codes where we are sure of them, and approximate
// coordinates (a country's centre, a region's or city's administrative centre).
// Only the contacts, agreements and figures built on them are synthetic.

/** Name sets for people of a country; [ru, en] pairs, or Russian only (transliterated). */
export type NameStyle = "ru" | "by" | "kz" | "uz" | "kg" | "am" | "az" | "tj" | "cn" | "in" | "vn" | "mn" | "rs" | "tr" | "ar" | "ir" | "br" | "cu";

/** [key, name, nameEn, latitude, longitude, genitive?] */
export type CityRef = readonly [string, string, string, number, number, string?];

export type RegionRef = {
  key: string;
  name: string;
  nameEn: string;
  iso?: string;
  lat: number;
  lon: number;
  gen?: string;
  cities: readonly CityRef[];
};

export type CountryRef = {
  key: string;
  name: string;
  nameEn: string;
  iso: string;
  lat: number;
  lon: number;
  gen: string;
  capital: string;
  style: NameStyle;
  /** The country is a record of the case already; the generator hangs its regions under that record. */
  existing?: "kazakhstan" | "russia";
  regions: readonly RegionRef[];
  /** Cities directly under the country (capitals and cities of national significance). */
  cities: readonly CityRef[];
  /** How many organisations a partner of this country typically gets; also a weight of activity. */
  activity: number;
};

export const referenceCountries: readonly CountryRef[] = [
  {
    key: "kz", name: "Республика Казахстан", nameEn: "Republic of Kazakhstan", iso: "KZ", lat: 48.02, lon: 66.92,
    gen: "Республики Казахстан", capital: "Астана", style: "kz", existing: "kazakhstan", activity: 2.5,
    regions: [
      { key: "kz-akmola", name: "Акмолинская область", nameEn: "Akmola Region", iso: "KZ-11", lat: 53.28, lon: 69.39, cities: [["kz-kokshetau", "Кокшетау", "Kokshetau", 53.28, 69.39]] },
      { key: "kz-karaganda", name: "Карагандинская область", nameEn: "Karaganda Region", iso: "KZ-35", lat: 49.8, lon: 73.1, cities: [["kz-karaganda-city", "Караганда", "Karaganda", 49.8, 73.1], ["kz-temirtau", "Темиртау", "Temirtau", 50.05, 72.96]] },
      { key: "kz-kostanay", name: "Костанайская область", nameEn: "Kostanay Region", iso: "KZ-39", lat: 53.21, lon: 63.63, cities: [["kz-kostanay-city", "Костанай", "Kostanay", 53.21, 63.63], ["kz-rudny", "Рудный", "Rudny", 52.97, 63.12, "Рудного"]] },
      { key: "kz-pavlodar", name: "Павлодарская область", nameEn: "Pavlodar Region", iso: "KZ-55", lat: 52.29, lon: 76.97, cities: [["kz-pavlodar-city", "Павлодар", "Pavlodar", 52.29, 76.97], ["kz-ekibastuz", "Экибастуз", "Ekibastuz", 51.72, 75.32]] },
      { key: "kz-north", name: "Северо-Казахстанская область", nameEn: "North Kazakhstan Region", iso: "KZ-59", lat: 54.87, lon: 69.14, cities: [["kz-petropavl", "Петропавловск", "Petropavl", 54.87, 69.14]] },
      { key: "kz-east", name: "Восточно-Казахстанская область", nameEn: "East Kazakhstan Region", iso: "KZ-63", lat: 49.95, lon: 82.61, cities: [["kz-oskemen", "Усть-Каменогорск", "Oskemen", 49.95, 82.61]] },
    ],
    cities: [["kz-almaty-city", "Алматы", "Almaty", 43.24, 76.89], ["kz-shymkent", "Шымкент", "Shymkent", 42.32, 69.59]],
  },
  {
    key: "by", name: "Республика Беларусь", nameEn: "Republic of Belarus", iso: "BY", lat: 53.71, lon: 27.95,
    gen: "Республики Беларусь", capital: "Минск", style: "by", activity: 3,
    regions: [
      { key: "by-minsk-region", name: "Минская область", nameEn: "Minsk Region", iso: "BY-MI", lat: 53.9, lon: 27.56, cities: [["by-barysaw", "Борисов", "Barysaw", 54.23, 28.5], ["by-maladziechna", "Молодечно", "Maladzyechna", 54.31, 26.85]] },
      { key: "by-vitebsk", name: "Витебская область", nameEn: "Vitebsk Region", iso: "BY-VI", lat: 55.19, lon: 30.2, cities: [["by-vitebsk-city", "Витебск", "Vitebsk", 55.19, 30.2], ["by-polotsk", "Полоцк", "Polotsk", 55.49, 28.79]] },
      { key: "by-gomel", name: "Гомельская область", nameEn: "Gomel Region", iso: "BY-HO", lat: 52.44, lon: 30.98, cities: [["by-gomel-city", "Гомель", "Gomel", 52.44, 30.98, "Гомеля"], ["by-mozyr", "Мозырь", "Mozyr", 52.05, 29.25, "Мозыря"]] },
      { key: "by-brest", name: "Брестская область", nameEn: "Brest Region", iso: "BY-BR", lat: 52.1, lon: 23.69, cities: [["by-brest-city", "Брест", "Brest", 52.1, 23.69], ["by-pinsk", "Пинск", "Pinsk", 52.11, 26.1]] },
      { key: "by-grodno", name: "Гродненская область", nameEn: "Grodno Region", iso: "BY-HR", lat: 53.68, lon: 23.83, cities: [["by-grodno-city", "Гродно", "Grodno", 53.68, 23.83]] },
      { key: "by-mogilev", name: "Могилёвская область", nameEn: "Mogilev Region", iso: "BY-MA", lat: 53.9, lon: 30.33, cities: [["by-mogilev-city", "Могилёв", "Mogilev", 53.9, 30.33], ["by-babruysk", "Бобруйск", "Babruysk", 53.14, 29.22]] },
    ],
    cities: [["by-minsk", "Минск", "Minsk", 53.9, 27.56]],
  },
  {
    key: "uz", name: "Республика Узбекистан", nameEn: "Republic of Uzbekistan", iso: "UZ", lat: 41.38, lon: 64.59,
    gen: "Республики Узбекистан", capital: "Ташкент", style: "uz", activity: 2,
    regions: [
      { key: "uz-tashkent-region", name: "Ташкентская область", nameEn: "Tashkent Region", iso: "UZ-TO", lat: 41.04, lon: 69.36, cities: [["uz-almalyk", "Алмалык", "Almalyk", 40.84, 69.6], ["uz-chirchiq", "Чирчик", "Chirchiq", 41.47, 69.58]] },
      { key: "uz-samarkand", name: "Самаркандская область", nameEn: "Samarkand Region", iso: "UZ-SA", lat: 39.65, lon: 66.96, cities: [["uz-samarkand-city", "Самарканд", "Samarkand", 39.65, 66.96]] },
      { key: "uz-fergana", name: "Ферганская область", nameEn: "Fergana Region", iso: "UZ-FA", lat: 40.39, lon: 71.78, cities: [["uz-fergana-city", "Фергана", "Fergana", 40.39, 71.78], ["uz-kokand", "Коканд", "Kokand", 40.53, 70.94]] },
      { key: "uz-bukhara", name: "Бухарская область", nameEn: "Bukhara Region", iso: "UZ-BU", lat: 39.77, lon: 64.42, cities: [["uz-bukhara-city", "Бухара", "Bukhara", 39.77, 64.42]] },
      { key: "uz-andijan", name: "Андижанская область", nameEn: "Andijan Region", iso: "UZ-AN", lat: 40.78, lon: 72.34, cities: [["uz-andijan-city", "Андижан", "Andijan", 40.78, 72.34]] },
    ],
    cities: [["uz-tashkent", "Ташкент", "Tashkent", 41.31, 69.28]],
  },
  {
    key: "cn", name: "Китайская Народная Республика", nameEn: "People's Republic of China", iso: "CN", lat: 35.86, lon: 104.2,
    gen: "Китайской Народной Республики", capital: "Пекин", style: "cn", activity: 2.5,
    regions: [
      { key: "cn-heilongjiang", name: "Провинция Хэйлунцзян", nameEn: "Heilongjiang Province", iso: "CN-HL", lat: 45.8, lon: 126.53, cities: [["cn-harbin", "Харбин", "Harbin", 45.8, 126.53], ["cn-suifenhe", "Суйфэньхэ", "Suifenhe", 44.4, 131.15]] },
      { key: "cn-jilin", name: "Провинция Цзилинь", nameEn: "Jilin Province", iso: "CN-JL", lat: 43.82, lon: 125.32, cities: [["cn-changchun", "Чанчунь", "Changchun", 43.82, 125.32, "Чанчуня"]] },
      { key: "cn-shandong", name: "Провинция Шаньдун", nameEn: "Shandong Province", iso: "CN-SD", lat: 36.65, lon: 117.12, cities: [["cn-jinan", "Цзинань", "Jinan", 36.65, 117.12, "Цзинаня"], ["cn-qingdao", "Циндао", "Qingdao", 36.07, 120.38]] },
      { key: "cn-liaoning", name: "Провинция Ляонин", nameEn: "Liaoning Province", iso: "CN-LN", lat: 41.81, lon: 123.43, cities: [["cn-shenyang", "Шэньян", "Shenyang", 41.81, 123.43], ["cn-dalian", "Далянь", "Dalian", 38.91, 121.61, "Даляня"]] },
      { key: "cn-xinjiang", name: "Синьцзян-Уйгурский автономный район", nameEn: "Xinjiang Uygur Autonomous Region", iso: "CN-XJ", lat: 43.83, lon: 87.62, gen: "Синьцзян-Уйгурского автономного района", cities: [["cn-urumqi", "Урумчи", "Urumqi", 43.83, 87.62]] },
    ],
    cities: [["cn-beijing", "Пекин", "Beijing", 39.9, 116.41], ["cn-shanghai", "Шанхай", "Shanghai", 31.23, 121.47]],
  },
  {
    key: "kg", name: "Кыргызская Республика", nameEn: "Kyrgyz Republic", iso: "KG", lat: 41.2, lon: 74.77,
    gen: "Кыргызской Республики", capital: "Бишкек", style: "kg", activity: 1.5,
    regions: [
      { key: "kg-chuy", name: "Чуйская область", nameEn: "Chuy Region", iso: "KG-C", lat: 42.84, lon: 75.29, cities: [["kg-tokmok", "Токмок", "Tokmok", 42.84, 75.29]] },
      { key: "kg-issyk-kul", name: "Иссык-Кульская область", nameEn: "Issyk-Kul Region", iso: "KG-Y", lat: 42.49, lon: 78.39, cities: [["kg-karakol", "Каракол", "Karakol", 42.49, 78.39], ["kg-cholpon-ata", "Чолпон-Ата", "Cholpon-Ata", 42.65, 77.08]] },
    ],
    cities: [["kg-bishkek", "Бишкек", "Bishkek", 42.87, 74.59], ["kg-osh", "Ош", "Osh", 40.53, 72.8]],
  },
  {
    key: "am", name: "Республика Армения", nameEn: "Republic of Armenia", iso: "AM", lat: 40.07, lon: 45.04,
    gen: "Республики Армения", capital: "Ереван", style: "am", activity: 1.2,
    regions: [
      { key: "am-shirak", name: "Ширакская область", nameEn: "Shirak Province", iso: "AM-SH", lat: 40.79, lon: 43.85, cities: [["am-gyumri", "Гюмри", "Gyumri", 40.79, 43.85]] },
      { key: "am-lori", name: "Лорийская область", nameEn: "Lori Province", iso: "AM-LO", lat: 40.81, lon: 44.49, cities: [["am-vanadzor", "Ванадзор", "Vanadzor", 40.81, 44.49]] },
    ],
    cities: [["am-yerevan", "Ереван", "Yerevan", 40.18, 44.51]],
  },
  {
    key: "mn", name: "Монголия", nameEn: "Mongolia", iso: "MN", lat: 46.86, lon: 103.85,
    gen: "Монголии", capital: "Улан-Батор", style: "mn", activity: 1.2,
    regions: [
      { key: "mn-darkhan-uul", name: "Аймак Дархан-Уул", nameEn: "Darkhan-Uul Province", iso: "MN-037", lat: 49.49, lon: 105.92, cities: [["mn-darkhan", "Дархан", "Darkhan", 49.49, 105.92]] },
      { key: "mn-orkhon", name: "Аймак Орхон", nameEn: "Orkhon Province", iso: "MN-035", lat: 49.03, lon: 104.08, cities: [["mn-erdenet", "Эрдэнэт", "Erdenet", 49.03, 104.08]] },
      { key: "mn-selenge", name: "Аймак Сэлэнгэ", nameEn: "Selenge Province", iso: "MN-049", lat: 50.23, lon: 106.21, cities: [["mn-sukhbaatar", "Сухэ-Батор", "Sükhbaatar", 50.23, 106.21]] },
    ],
    cities: [["mn-ulaanbaatar", "Улан-Батор", "Ulaanbaatar", 47.89, 106.91]],
  },
  {
    key: "tj", name: "Республика Таджикистан", nameEn: "Republic of Tajikistan", iso: "TJ", lat: 38.86, lon: 71.28,
    gen: "Республики Таджикистан", capital: "Душанбе", style: "tj", activity: 1,
    regions: [
      { key: "tj-sughd", name: "Согдийская область", nameEn: "Sughd Region", iso: "TJ-SU", lat: 40.28, lon: 69.62, cities: [["tj-khujand", "Худжанд", "Khujand", 40.28, 69.62]] },
      { key: "tj-khatlon", name: "Хатлонская область", nameEn: "Khatlon Region", iso: "TJ-KT", lat: 37.84, lon: 68.78, cities: [["tj-bokhtar", "Бохтар", "Bokhtar", 37.84, 68.78]] },
    ],
    cities: [["tj-dushanbe", "Душанбе", "Dushanbe", 38.56, 68.79]],
  },
  {
    key: "az", name: "Азербайджанская Республика", nameEn: "Republic of Azerbaijan", iso: "AZ", lat: 40.14, lon: 47.58,
    gen: "Азербайджанской Республики", capital: "Баку", style: "az", activity: 1,
    regions: [],
    cities: [["az-baku", "Баку", "Baku", 40.41, 49.87], ["az-ganja", "Гянджа", "Ganja", 40.68, 46.36], ["az-sumgait", "Сумгайыт", "Sumgait", 40.59, 49.67]],
  },
  {
    key: "rs", name: "Республика Сербия", nameEn: "Republic of Serbia", iso: "RS", lat: 44.02, lon: 21.01,
    gen: "Республики Сербия", capital: "Белград", style: "rs", activity: 1,
    regions: [
      { key: "rs-vojvodina", name: "Автономный край Воеводина", nameEn: "Autonomous Province of Vojvodina", iso: "RS-VO", lat: 45.27, lon: 19.83, gen: "автономного края Воеводина", cities: [["rs-novi-sad", "Нови-Сад", "Novi Sad", 45.27, 19.83], ["rs-subotica", "Суботица", "Subotica", 46.1, 19.67]] },
      { key: "rs-nisava", name: "Нишавский округ", nameEn: "Nišava District", iso: "RS-20", lat: 43.32, lon: 21.9, cities: [["rs-nis", "Ниш", "Niš", 43.32, 21.9]] },
    ],
    cities: [["rs-belgrade", "Белград", "Belgrade", 44.79, 20.45]],
  },
  {
    key: "vn", name: "Социалистическая Республика Вьетнам", nameEn: "Socialist Republic of Vietnam", iso: "VN", lat: 14.06, lon: 108.28,
    gen: "Социалистической Республики Вьетнам", capital: "Ханой", style: "vn", activity: 1.2,
    regions: [
      { key: "vn-quang-ninh", name: "Провинция Куангнинь", nameEn: "Quang Ninh Province", lat: 20.95, lon: 107.08, cities: [["vn-ha-long", "Халонг", "Ha Long", 20.95, 107.08]] },
      { key: "vn-khanh-hoa", name: "Провинция Кханьхоа", nameEn: "Khanh Hoa Province", lat: 12.24, lon: 109.19, cities: [["vn-nha-trang", "Нячанг", "Nha Trang", 12.24, 109.19]] },
    ],
    cities: [["vn-hanoi", "Ханой", "Hanoi", 21.03, 105.85], ["vn-hcmc", "Хошимин", "Ho Chi Minh City", 10.82, 106.63], ["vn-da-nang", "Дананг", "Da Nang", 16.05, 108.2], ["vn-haiphong", "Хайфон", "Haiphong", 20.86, 106.68]],
  },
  {
    key: "in", name: "Республика Индия", nameEn: "Republic of India", iso: "IN", lat: 20.59, lon: 78.96,
    gen: "Республики Индия", capital: "Нью-Дели", style: "in", activity: 1.3,
    regions: [
      { key: "in-maharashtra", name: "Штат Махараштра", nameEn: "Maharashtra", iso: "IN-MH", lat: 19.08, lon: 72.88, cities: [["in-mumbai", "Мумбаи", "Mumbai", 19.08, 72.88], ["in-pune", "Пуне", "Pune", 18.52, 73.86]] },
      { key: "in-tamil-nadu", name: "Штат Тамилнад", nameEn: "Tamil Nadu", iso: "IN-TN", lat: 13.08, lon: 80.27, cities: [["in-chennai", "Ченнаи", "Chennai", 13.08, 80.27]] },
      { key: "in-gujarat", name: "Штат Гуджарат", nameEn: "Gujarat", iso: "IN-GJ", lat: 23.02, lon: 72.57, cities: [["in-ahmedabad", "Ахмадабад", "Ahmedabad", 23.02, 72.57]] },
      { key: "in-karnataka", name: "Штат Карнатака", nameEn: "Karnataka", iso: "IN-KA", lat: 12.97, lon: 77.59, cities: [["in-bengaluru", "Бангалор", "Bengaluru", 12.97, 77.59]] },
    ],
    cities: [["in-new-delhi", "Нью-Дели", "New Delhi", 28.61, 77.21]],
  },
  {
    key: "tr", name: "Турецкая Республика", nameEn: "Republic of Türkiye", iso: "TR", lat: 38.96, lon: 35.24,
    gen: "Турецкой Республики", capital: "Анкара", style: "tr", activity: 1.2,
    regions: [
      { key: "tr-bursa", name: "Провинция Бурса", nameEn: "Bursa Province", iso: "TR-16", lat: 40.19, lon: 29.06, cities: [["tr-bursa-city", "Бурса", "Bursa", 40.19, 29.06]] },
      { key: "tr-izmir", name: "Провинция Измир", nameEn: "İzmir Province", iso: "TR-35", lat: 38.42, lon: 27.14, cities: [["tr-izmir-city", "Измир", "İzmir", 38.42, 27.14]] },
      { key: "tr-antalya", name: "Провинция Анталья", nameEn: "Antalya Province", iso: "TR-07", lat: 36.9, lon: 30.7, cities: [["tr-antalya-city", "Анталья", "Antalya", 36.9, 30.7]] },
    ],
    cities: [["tr-istanbul", "Стамбул", "Istanbul", 41.01, 28.98], ["tr-ankara", "Анкара", "Ankara", 39.93, 32.86]],
  },
  {
    key: "ae", name: "Объединённые Арабские Эмираты", nameEn: "United Arab Emirates", iso: "AE", lat: 23.42, lon: 53.85,
    gen: "Объединённых Арабских Эмиратов", capital: "Абу-Даби", style: "ar", activity: 1,
    regions: [
      { key: "ae-dubai", name: "Эмират Дубай", nameEn: "Emirate of Dubai", iso: "AE-DU", lat: 25.2, lon: 55.27, cities: [["ae-dubai-city", "Дубай", "Dubai", 25.2, 55.27]] },
      { key: "ae-sharjah", name: "Эмират Шарджа", nameEn: "Emirate of Sharjah", iso: "AE-SH", lat: 25.35, lon: 55.42, cities: [["ae-sharjah-city", "Шарджа", "Sharjah", 25.35, 55.42]] },
      { key: "ae-abu-dhabi", name: "Эмират Абу-Даби", nameEn: "Emirate of Abu Dhabi", iso: "AE-AZ", lat: 24.45, lon: 54.38, cities: [["ae-abu-dhabi-city", "Абу-Даби", "Abu Dhabi", 24.45, 54.38]] },
    ],
    cities: [],
  },
  {
    key: "ir", name: "Исламская Республика Иран", nameEn: "Islamic Republic of Iran", iso: "IR", lat: 32.43, lon: 53.69,
    gen: "Исламской Республики Иран", capital: "Тегеран", style: "ir", activity: 1,
    regions: [
      { key: "ir-gilan", name: "Остан Гилян", nameEn: "Gilan Province", lat: 37.28, lon: 49.58, cities: [["ir-rasht", "Решт", "Rasht", 37.28, 49.58]] },
      { key: "ir-mazandaran", name: "Остан Мазендеран", nameEn: "Mazandaran Province", lat: 36.56, lon: 53.06, cities: [["ir-sari", "Сари", "Sari", 36.56, 53.06]] },
      { key: "ir-isfahan", name: "Остан Исфахан", nameEn: "Isfahan Province", lat: 32.65, lon: 51.67, cities: [["ir-isfahan-city", "Исфахан", "Isfahan", 32.65, 51.67]] },
    ],
    cities: [["ir-tehran", "Тегеран", "Tehran", 35.69, 51.39]],
  },
  {
    key: "eg", name: "Арабская Республика Египет", nameEn: "Arab Republic of Egypt", iso: "EG", lat: 26.82, lon: 30.8,
    gen: "Арабской Республики Египет", capital: "Каир", style: "ar", activity: 0.9,
    regions: [
      { key: "eg-alexandria", name: "Мухафаза Александрия", nameEn: "Alexandria Governorate", iso: "EG-ALX", lat: 31.2, lon: 29.92, cities: [["eg-alexandria-city", "Александрия", "Alexandria", 31.2, 29.92]] },
      { key: "eg-port-said", name: "Мухафаза Порт-Саид", nameEn: "Port Said Governorate", iso: "EG-PTS", lat: 31.26, lon: 32.3, cities: [["eg-port-said-city", "Порт-Саид", "Port Said", 31.26, 32.3]] },
    ],
    cities: [["eg-cairo", "Каир", "Cairo", 30.04, 31.24]],
  },
  {
    key: "sa", name: "Королевство Саудовская Аравия", nameEn: "Kingdom of Saudi Arabia", iso: "SA", lat: 23.89, lon: 45.08,
    gen: "Королевства Саудовская Аравия", capital: "Эр-Рияд", style: "ar", activity: 0.7,
    regions: [],
    cities: [["sa-riyadh", "Эр-Рияд", "Riyadh", 24.71, 46.68], ["sa-jeddah", "Джидда", "Jeddah", 21.49, 39.19]],
  },
  {
    key: "cu", name: "Республика Куба", nameEn: "Republic of Cuba", iso: "CU", lat: 21.52, lon: -77.78,
    gen: "Республики Куба", capital: "Гавана", style: "cu", activity: 0.6,
    regions: [],
    cities: [["cu-havana", "Гавана", "Havana", 23.11, -82.37], ["cu-santiago", "Сантьяго-де-Куба", "Santiago de Cuba", 20.02, -75.82, "Сантьяго-де-Куба"]],
  },
  {
    key: "br", name: "Федеративная Республика Бразилия", nameEn: "Federative Republic of Brazil", iso: "BR", lat: -14.24, lon: -51.93,
    gen: "Федеративной Республики Бразилия", capital: "Бразилиа", style: "br", activity: 0.6,
    regions: [
      { key: "br-sao-paulo", name: "Штат Сан-Паулу", nameEn: "São Paulo State", iso: "BR-SP", lat: -23.55, lon: -46.63, cities: [["br-sao-paulo-city", "Сан-Паулу", "São Paulo", -23.55, -46.63]] },
      { key: "br-parana", name: "Штат Парана", nameEn: "Paraná State", iso: "BR-PR", lat: -25.43, lon: -49.27, cities: [["br-curitiba", "Куритиба", "Curitiba", -25.43, -49.27]] },
    ],
    cities: [["br-brasilia", "Бразилиа", "Brasília", -15.79, -47.88, "Бразилиа"]],
  },
];

/** Other regions of Russia: partners of the home region in interregional cooperation. */
export const referenceRussianRegions: readonly RegionRef[] = [
  { key: "ru-arkhangelsk", name: "Архангельская область", nameEn: "Arkhangelsk Oblast", iso: "RU-ARK", lat: 64.54, lon: 40.54, cities: [["ru-arkhangelsk-city", "Архангельск", "Arkhangelsk", 64.54, 40.54], ["ru-severodvinsk", "Северодвинск", "Severodvinsk", 64.56, 39.83]] },
  { key: "ru-leningrad", name: "Ленинградская область", nameEn: "Leningrad Oblast", iso: "RU-LEN", lat: 59.57, lon: 30.13, cities: [["ru-gatchina", "Гатчина", "Gatchina", 59.57, 30.13], ["ru-vyborg", "Выборг", "Vyborg", 60.71, 28.75]] },
  { key: "ru-tatarstan", name: "Республика Татарстан", nameEn: "Republic of Tatarstan", iso: "RU-TA", lat: 55.79, lon: 49.12, cities: [["ru-kazan", "Казань", "Kazan", 55.79, 49.12, "Казани"], ["ru-chelny", "Набережные Челны", "Naberezhnye Chelny", 55.74, 52.41, "Набережных Челнов"]] },
  { key: "ru-saint-petersburg", name: "Санкт-Петербург", nameEn: "Saint Petersburg", iso: "RU-SPE", lat: 59.94, lon: 30.31, cities: [] },
  { key: "ru-moscow", name: "Москва", nameEn: "Moscow", iso: "RU-MOW", lat: 55.76, lon: 37.62, cities: [] },
  { key: "ru-yaroslavl", name: "Ярославская область", nameEn: "Yaroslavl Oblast", iso: "RU-YAR", lat: 57.63, lon: 39.87, cities: [["ru-yaroslavl-city", "Ярославль", "Yaroslavl", 57.63, 39.87, "Ярославля"], ["ru-rybinsk", "Рыбинск", "Rybinsk", 58.05, 38.83]] },
  { key: "ru-karelia", name: "Республика Карелия", nameEn: "Republic of Karelia", iso: "RU-KR", lat: 61.79, lon: 34.36, cities: [["ru-petrozavodsk", "Петрозаводск", "Petrozavodsk", 61.79, 34.36]] },
  { key: "ru-kostroma", name: "Костромская область", nameEn: "Kostroma Oblast", iso: "RU-KOS", lat: 57.77, lon: 40.93, cities: [["ru-kostroma-city", "Кострома", "Kostroma", 57.77, 40.93]] },
  { key: "ru-komi", name: "Республика Коми", nameEn: "Komi Republic", iso: "RU-KO", lat: 61.67, lon: 50.84, cities: [["ru-syktyvkar", "Сыктывкар", "Syktyvkar", 61.67, 50.84]] },
  { key: "ru-kirov", name: "Кировская область", nameEn: "Kirov Oblast", iso: "RU-KIR", lat: 58.6, lon: 49.66, cities: [["ru-kirov-city", "Киров", "Kirov", 58.6, 49.66]] },
  { key: "ru-novgorod", name: "Новгородская область", nameEn: "Novgorod Oblast", iso: "RU-NGR", lat: 58.52, lon: 31.28, cities: [["ru-veliky-novgorod", "Великий Новгород", "Veliky Novgorod", 58.52, 31.28, "Великого Новгорода"]] },
  { key: "ru-murmansk", name: "Мурманская область", nameEn: "Murmansk Oblast", iso: "RU-MUR", lat: 68.97, lon: 33.08, cities: [["ru-murmansk-city", "Мурманск", "Murmansk", 68.97, 33.08]] },
  { key: "ru-nizhny-novgorod", name: "Нижегородская область", nameEn: "Nizhny Novgorod Oblast", iso: "RU-NIZ", lat: 56.33, lon: 44.0, cities: [["ru-nizhny-novgorod-city", "Нижний Новгород", "Nizhny Novgorod", 56.33, 44.0, "Нижнего Новгорода"]] },
  { key: "ru-sverdlovsk", name: "Свердловская область", nameEn: "Sverdlovsk Oblast", iso: "RU-SVE", lat: 56.84, lon: 60.61, cities: [["ru-yekaterinburg", "Екатеринбург", "Yekaterinburg", 56.84, 60.61]] },
  { key: "ru-bashkortostan", name: "Республика Башкортостан", nameEn: "Republic of Bashkortostan", iso: "RU-BA", lat: 54.74, lon: 55.97, cities: [["ru-ufa", "Уфа", "Ufa", 54.74, 55.97]] },
  { key: "ru-tver", name: "Тверская область", nameEn: "Tver Oblast", iso: "RU-TVE", lat: 56.86, lon: 35.9, cities: [["ru-tver-city", "Тверь", "Tver", 56.86, 35.9, "Твери"]] },
  { key: "ru-ivanovo", name: "Ивановская область", nameEn: "Ivanovo Oblast", iso: "RU-IVA", lat: 57.0, lon: 40.97, cities: [["ru-ivanovo-city", "Иваново", "Ivanovo", 57.0, 40.97]] },
  { key: "ru-pskov", name: "Псковская область", nameEn: "Pskov Oblast", iso: "RU-PSK", lat: 57.82, lon: 28.33, cities: [["ru-pskov-city", "Псков", "Pskov", 57.82, 28.33]] },
  { key: "ru-kaliningrad", name: "Калининградская область", nameEn: "Kaliningrad Oblast", iso: "RU-KGD", lat: 54.71, lon: 20.51, cities: [["ru-kaliningrad-city", "Калининград", "Kaliningrad", 54.71, 20.51]] },
  { key: "ru-novosibirsk", name: "Новосибирская область", nameEn: "Novosibirsk Oblast", iso: "RU-NVS", lat: 55.03, lon: 82.92, cities: [["ru-novosibirsk-city", "Новосибирск", "Novosibirsk", 55.03, 82.92]] },
  { key: "ru-krasnodar", name: "Краснодарский край", nameEn: "Krasnodar Krai", iso: "RU-KDA", lat: 45.04, lon: 38.98, cities: [["ru-krasnodar-city", "Краснодар", "Krasnodar", 45.04, 38.98], ["ru-sochi", "Сочи", "Sochi", 43.59, 39.72]] },
  { key: "ru-primorye", name: "Приморский край", nameEn: "Primorsky Krai", iso: "RU-PRI", lat: 43.12, lon: 131.89, cities: [["ru-vladivostok", "Владивосток", "Vladivostok", 43.12, 131.89]] },
  { key: "ru-nenets", name: "Ненецкий автономный округ", nameEn: "Nenets Autonomous Okrug", iso: "RU-NEN", lat: 67.64, lon: 53.01, gen: "Ненецкого автономного округа", cities: [["ru-naryan-mar", "Нарьян-Мар", "Naryan-Mar", 67.64, 53.01]] },
];

/** Places in the home region where a joint project may be sited: [name, latitude, longitude]. */
export const homeSites: ReadonlyArray<readonly [string, number, number]> = [
  ["Промышленная площадка в Череповце", 59.13, 37.9],
  ["Индустриальный парк «Шексна»", 59.21, 38.5],
  ["Площадка в Соколе", 59.47, 40.11],
  ["Площадка в Великом Устюге", 60.76, 46.3],
  ["Площадка в Тотьме", 59.97, 42.76],
  ["Площадка в Кириллове", 59.86, 38.38],
  ["Площадка в Белозерске", 60.03, 37.79],
  ["Площадка в Грязовце", 58.88, 40.25],
  ["Площадка в Харовске", 59.95, 40.2],
  ["Площадка в Никольске", 59.54, 45.46],
  ["Площадка в Бабаеве", 59.39, 35.94],
  ["Площадка в Устюжне", 58.84, 36.43],
  ["Площадка под Вологдой", 59.26, 39.8],
];

/** Where visitors are received in the home region: [place, weight]. */
export const homePlaces: ReadonlyArray<readonly [string, number]> = [
  ["Вологда", 7],
  ["Череповец", 2],
  ["Великий Устюг", 1],
];

/** Genitive ("делегации кого/чего") of a place name; explicit forms win over these rules. */
export function genitiveOf(name: string, explicit?: string): string {
  if (explicit) return explicit;
  const rules: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
    [/^Республика (.+)$/, (m) => `Республики ${m[1]}`],
    [/^Провинция (.+)$/, (m) => `провинции ${m[1]}`],
    [/^Штат (.+)$/, (m) => `штата ${m[1]}`],
    [/^Эмират (.+)$/, (m) => `эмирата ${m[1]}`],
    [/^Аймак (.+)$/, (m) => `аймака ${m[1]}`],
    [/^Остан (.+)$/, (m) => `остана ${m[1]}`],
    [/^Мухафаза (.+)$/, (m) => `мухафазы ${m[1]}`],
    [/^(.+)ая область$/, (m) => `${m[1]}ой области`],
    [/^(.+)ий край$/, (m) => `${m[1]}ого края`],
    [/^(.+)ий округ$/, (m) => `${m[1]}ого округа`],
  ];
  for (const [re, f] of rules) {
    const m = name.match(re);
    if (m) return f(m);
  }
  // A one-word city name (or hyphenated): the common endings.
  if (/ия$/.test(name)) return name.replace(/ия$/, "ии");
  if (/[гкхжчшщ]а$/.test(name)) return name.replace(/а$/, "и");
  if (/а$/.test(name)) return name.replace(/а$/, "ы");
  if (/я$/.test(name)) return name.replace(/я$/, "и");
  if (/й$/.test(name)) return name.replace(/й$/, "я");
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(name)) return `${name}а`;
  return name;
}
