// First names and surnames for the generated (fictional) people, by naming tradition.
// Names written in Cyrillic only get their English spelling by transliteration; for
// other traditions the usual Latin spelling is given next to the Russian one.
import type { NameStyle } from "./reference-geography.ts";

type Name = string | readonly [string, string];

type NameSet = {
  male: readonly Name[];
  female: readonly Name[];
  surnames: readonly Name[];
  /** How a full name is put together. */
  order: "given-surname" | "surname-given" | "vn" | "mn";
  /** Surnames with Slavic/Turkic masculine endings take a feminine form for women. */
  feminineSurnames: boolean;
};

const ruSurnames = [
  "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев",
  "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Михайлов", "Беляев",
  "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв", "Макаров", "Андреев", "Ковалёв", "Ильин", "Гусев", "Титов",
  "Кузьмин", "Баранов", "Куликов", "Алексеев", "Степанов", "Яковлев", "Сорокин", "Романов", "Захаров", "Борисов",
  "Герасимов", "Пономарёв", "Григорьев", "Лазарев", "Ершов", "Никитин", "Соболев", "Рябов", "Поляков", "Цветков",
  "Данилов", "Жуков", "Фролов", "Журавлёв", "Николаев", "Крылов", "Максимов", "Осипов", "Белоусов", "Федотов",
  "Егоров", "Матвеев", "Бобров", "Дмитриев", "Калинин", "Антонов", "Тимофеев", "Никифоров", "Веселов", "Филиппов",
  "Марков", "Суханов", "Миронов", "Коновалов", "Шестаков", "Ефимов", "Денисов", "Громов", "Фомин", "Давыдов",
  "Мельников", "Щербаков", "Колесников", "Карпов", "Афанасьев", "Власов", "Маслов", "Тихонов", "Гаврилов",
  "Родионов", "Котов", "Горбунов", "Быков", "Третьяков", "Савельев", "Рыбаков", "Архипов", "Трофимов", "Мартынов",
];

const sets: Record<NameStyle, NameSet> = {
  ru: {
    male: ["Александр", "Алексей", "Андрей", "Дмитрий", "Сергей", "Михаил", "Николай", "Игорь", "Олег", "Павел", "Роман", "Евгений", "Владимир", "Константин", "Илья", "Максим", "Антон", "Виктор"],
    female: ["Анна", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Мария", "Светлана", "Юлия", "Екатерина", "Марина", "Ксения", "Дарья", "Вера"],
    surnames: ruSurnames,
    order: "given-surname",
    feminineSurnames: true,
  },
  by: {
    male: ["Александр", "Андрей", "Дмитрий", "Сергей", "Виктор", "Игорь", "Павел", "Владимир", "Юрий", "Вадим"],
    female: ["Анна", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Светлана", "Алеся", "Янина"],
    surnames: ["Лукашевич", "Новик", "Климович", "Жук", "Шевчук", "Кравченко", "Ковальчук", "Мельник", "Бондаренко", "Ткачук", "Карпович", "Лисовский", "Савицкий", "Кондратович", "Макаревич", "Гурин", "Сидорович", "Мазуренко"],
    order: "given-surname",
    feminineSurnames: true,
  },
  kz: {
    male: ["Ерлан", "Нурлан", "Асхат", "Бауыржан", "Ержан", "Данияр", "Арман", "Серик", "Канат", "Марат", "Айдар", "Тимур", "Дархан", "Руслан"],
    female: ["Айгерим", "Динара", "Гульнара", "Асель", "Жанар", "Сауле", "Алия", "Мадина", "Камила", "Айжан"],
    surnames: ["Ахметов", "Садыков", "Жумабаев", "Нурпеисов", "Искаков", "Касымов", "Омаров", "Сейткалиев", "Тулеуов", "Кенжебаев", "Байжанов", "Абдрахманов", "Есенов", "Мусин", "Бекмуханов", "Сарсенбаев", "Утегенов", "Калиев"],
    order: "given-surname",
    feminineSurnames: true,
  },
  uz: {
    male: ["Шерзод", "Азиз", "Бахтиёр", "Рустам", "Улугбек", "Фаррух", "Жасур", "Отабек", "Санжар", "Дильшод"],
    female: ["Дилноза", "Гульноза", "Нигора", "Малика", "Шахноза", "Зарина", "Феруза"],
    surnames: ["Каримов", "Юсупов", "Рахимов", "Турсунов", "Алиев", "Назаров", "Хасанов", "Мирзаев", "Абдуллаев", "Исмоилов", "Султанов", "Эргашев"],
    order: "given-surname",
    feminineSurnames: true,
  },
  kg: {
    male: ["Алмаз", "Бакыт", "Нурбек", "Эркин", "Азамат", "Канатбек", "Талант", "Улан", "Мирлан"],
    female: ["Айпери", "Жылдыз", "Нургуль", "Айжан", "Чолпон", "Бермет"],
    surnames: ["Асанов", "Токтогулов", "Иманалиев", "Мамытов", "Сыдыков", "Орозбаев", "Осмонов", "Бейшеналиев", "Джумабеков", "Садырбаев"],
    order: "given-surname",
    feminineSurnames: true,
  },
  am: {
    male: ["Арам", "Армен", "Тигран", "Ашот", "Гагик", "Давид", "Карен", "Левон", "Самвел", "Артур"],
    female: ["Анаит", "Ануш", "Гаяне", "Лусине", "Нарине", "Мариам"],
    surnames: ["Акопян", "Петросян", "Саргсян", "Мартиросян", "Овсепян", "Григорян", "Арутюнян", "Хачатрян", "Варданян", "Карапетян", "Манукян", "Галстян"],
    order: "given-surname",
    feminineSurnames: false,
  },
  az: {
    male: ["Эльчин", "Рашад", "Фарид", "Орхан", "Тофик", "Вугар", "Эльнур", "Самир"],
    female: ["Айтен", "Лейла", "Севиндж", "Гюнай", "Нигяр", "Камала"],
    surnames: ["Мамедов", "Гасанов", "Гусейнов", "Кулиев", "Исмайлов", "Бабаев", "Рзаев", "Джафаров", "Аббасов", "Керимов"],
    order: "given-surname",
    feminineSurnames: true,
  },
  tj: {
    male: ["Фаридун", "Джамшед", "Рустам", "Бахром", "Сухроб", "Далер", "Фирдавс", "Шахром"],
    female: ["Мехриниссо", "Зарина", "Нигина", "Фарзона", "Мадина", "Шахло"],
    surnames: ["Сафаров", "Назаров", "Шарипов", "Курбонов", "Холов", "Саидов", "Давлатов", "Одинаев", "Мирзоев", "Раджабов"],
    order: "given-surname",
    feminineSurnames: true,
  },
  cn: {
    male: [["Вэй", "Wei"], ["Мин", "Ming"], ["Лэй", "Lei"], ["Цян", "Qiang"], ["Тао", "Tao"], ["Цзюнь", "Jun"], ["Хао", "Hao"], ["Пэн", "Peng"]],
    female: [["Фан", "Fang"], ["Цзин", "Jing"], ["Хуа", "Hua"], ["Янь", "Yan"], ["Сюэ", "Xue"], ["Лин", "Ling"], ["Мэй", "Mei"]],
    surnames: [["Ван", "Wang"], ["Ли", "Li"], ["Чжан", "Zhang"], ["Лю", "Liu"], ["Чэнь", "Chen"], ["Ян", "Yang"], ["Чжао", "Zhao"], ["Хуан", "Huang"], ["Чжоу", "Zhou"], ["У", "Wu"], ["Сюй", "Xu"], ["Сунь", "Sun"]],
    order: "surname-given",
    feminineSurnames: false,
  },
  vn: {
    male: [["Минь", "Minh"], ["Хунг", "Hung"], ["Туан", "Tuan"], ["Зунг", "Dung"], ["Куанг", "Quang"], ["Тхань", "Thanh"]],
    female: [["Лан", "Lan"], ["Хоа", "Hoa"], ["Тхао", "Thao"], ["Хыонг", "Huong"], ["Линь", "Linh"], ["Май", "Mai"]],
    surnames: [["Нгуен", "Nguyen"], ["Чан", "Tran"], ["Ле", "Le"], ["Фам", "Pham"], ["Хоанг", "Hoang"], ["Во", "Vo"], ["Данг", "Dang"], ["Буй", "Bui"]],
    order: "vn",
    feminineSurnames: false,
  },
  in: {
    male: [["Раджеш", "Rajesh"], ["Амит", "Amit"], ["Санджай", "Sanjay"], ["Викрам", "Vikram"], ["Ананд", "Anand"], ["Суреш", "Suresh"], ["Рахул", "Rahul"]],
    female: [["Прия", "Priya"], ["Анита", "Anita"], ["Сунита", "Sunita"], ["Кавита", "Kavita"], ["Дипа", "Deepa"], ["Мира", "Meera"]],
    surnames: [["Шарма", "Sharma"], ["Патель", "Patel"], ["Сингх", "Singh"], ["Кумар", "Kumar"], ["Гупта", "Gupta"], ["Редди", "Reddy"], ["Наир", "Nair"], ["Айер", "Iyer"], ["Мехта", "Mehta"]],
    order: "given-surname",
    feminineSurnames: false,
  },
  mn: {
    male: [["Батбаяр", "Batbayar"], ["Ганбаатар", "Ganbaatar"], ["Энхбат", "Enkhbat"], ["Тумэн", "Tumen"], ["Баяр", "Bayar"], ["Мунхбат", "Munkhbat"], ["Эрдэнэ", "Erdene"], ["Болд", "Bold"]],
    female: [["Оюунчимэг", "Oyunchimeg"], ["Сарангэрэл", "Sarangerel"], ["Туяа", "Tuya"], ["Наранцэцэг", "Narantsetseg"], ["Уянга", "Uyanga"]],
    surnames: [["Батбаяр", "Batbayar"], ["Ганбаатар", "Ganbaatar"], ["Энхбат", "Enkhbat"], ["Дорж", "Dorj"], ["Баяр", "Bayar"], ["Сух", "Sukh"], ["Очир", "Ochir"]],
    order: "mn",
    feminineSurnames: false,
  },
  rs: {
    male: [["Милан", "Milan"], ["Никола", "Nikola"], ["Душан", "Dušan"], ["Марко", "Marko"], ["Драган", "Dragan"], ["Стефан", "Stefan"], ["Небойша", "Nebojša"]],
    female: [["Йелена", "Jelena"], ["Милица", "Milica"], ["Ана", "Ana"], ["Драгана", "Dragana"], ["Ивана", "Ivana"]],
    surnames: [["Петрович", "Petrović"], ["Йованович", "Jovanović"], ["Николич", "Nikolić"], ["Маркович", "Marković"], ["Джорджевич", "Đorđević"], ["Стоянович", "Stojanović"], ["Илич", "Ilić"], ["Павлович", "Pavlović"]],
    order: "given-surname",
    feminineSurnames: false,
  },
  tr: {
    male: [["Мехмет", "Mehmet"], ["Ахмет", "Ahmet"], ["Мустафа", "Mustafa"], ["Эмре", "Emre"], ["Бурак", "Burak"], ["Мурат", "Murat"], ["Хакан", "Hakan"]],
    female: [["Айше", "Ayşe"], ["Фатма", "Fatma"], ["Элиф", "Elif"], ["Зейнеп", "Zeynep"], ["Мерве", "Merve"]],
    surnames: [["Йылмаз", "Yılmaz"], ["Кая", "Kaya"], ["Демир", "Demir"], ["Шахин", "Şahin"], ["Челик", "Çelik"], ["Йылдыз", "Yıldız"], ["Арслан", "Arslan"], ["Озтюрк", "Öztürk"], ["Айдын", "Aydın"]],
    order: "given-surname",
    feminineSurnames: false,
  },
  ar: {
    male: [["Ахмед", "Ahmed"], ["Мохаммед", "Mohammed"], ["Халид", "Khalid"], ["Омар", "Omar"], ["Юсеф", "Youssef"], ["Хасан", "Hassan"], ["Карим", "Karim"], ["Тарек", "Tarek"]],
    female: [["Фатима", "Fatima"], ["Мариам", "Mariam"], ["Нур", "Nour"], ["Лейла", "Layla"], ["Амира", "Amira"]],
    surnames: [["аль-Мансури", "Al Mansouri"], ["аль-Хашими", "Al Hashimi"], ["Абдель Азиз", "Abdel Aziz"], ["Салех", "Saleh"], ["Ибрагим", "Ibrahim"], ["Хамдан", "Hamdan"], ["Юнес", "Younes"], ["Фарук", "Farouk"]],
    order: "given-surname",
    feminineSurnames: false,
  },
  ir: {
    male: [["Реза", "Reza"], ["Али", "Ali"], ["Мохсен", "Mohsen"], ["Хамид", "Hamid"], ["Мехди", "Mehdi"], ["Саид", "Saeed"]],
    female: [["Захра", "Zahra"], ["Марьям", "Maryam"], ["Нилуфар", "Niloufar"], ["Ширин", "Shirin"]],
    surnames: [["Хоссейни", "Hosseini"], ["Ахмади", "Ahmadi"], ["Карими", "Karimi"], ["Мохаммади", "Mohammadi"], ["Резаи", "Rezaei"], ["Джафари", "Jafari"], ["Моради", "Moradi"]],
    order: "given-surname",
    feminineSurnames: false,
  },
  br: {
    male: [["Жуан", "João"], ["Карлос", "Carlos"], ["Паулу", "Paulo"], ["Рафаэл", "Rafael"], ["Лукас", "Lucas"]],
    female: [["Ана", "Ana"], ["Жулиана", "Juliana"], ["Фернанда", "Fernanda"], ["Камила", "Camila"]],
    surnames: [["Силва", "Silva"], ["Сантус", "Santos"], ["Оливейра", "Oliveira"], ["Соуза", "Souza"], ["Перейра", "Pereira"], ["Кошта", "Costa"]],
    order: "given-surname",
    feminineSurnames: false,
  },
  cu: {
    male: [["Хосе", "José"], ["Луис", "Luis"], ["Хорхе", "Jorge"], ["Мигель", "Miguel"], ["Рауль", "Raúl"]],
    female: [["Мария", "María"], ["Ана", "Ana"], ["Исабель", "Isabel"], ["Кармен", "Carmen"]],
    surnames: [["Гарсия", "García"], ["Родригес", "Rodríguez"], ["Фернандес", "Fernández"], ["Перес", "Pérez"], ["Гонсалес", "González"], ["Эрнандес", "Hernández"]],
    order: "given-surname",
    feminineSurnames: false,
  },
};

const translit: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ү: "u", ө: "o",
};

/** A simple transliteration of Cyrillic to Latin (close to the passport scheme). */
export function transliterate(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const t = translit[lower];
    if (t === undefined) out += ch;
    else out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }
  return out;
}

function feminine(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/ский$/.test(surname)) return surname.replace(/ский$/, "ская");
  return surname;
}

const ru = (n: Name) => (typeof n === "string" ? n : n[0]);
const en = (n: Name) => (typeof n === "string" ? transliterate(n) : n[1]);

/** A fictional full name of the tradition, from three random numbers in [0, 1). */
export function personName(style: NameStyle, female: boolean, r1: number, r2: number): { fullName: string; fullNameEn: string } {
  const set = sets[style];
  const givens = female ? set.female : set.male;
  const given = givens[Math.floor(r1 * givens.length)]!;
  const surname = set.surnames[Math.floor(r2 * set.surnames.length)]!;
  const surnameRu = female && set.feminineSurnames ? feminine(ru(surname)) : ru(surname);
  const surnameEn = female && set.feminineSurnames ? transliterate(surnameRu) : en(surname);
  switch (set.order) {
    case "surname-given":
      return { fullName: `${surnameRu} ${ru(given)}`, fullNameEn: `${surnameEn} ${en(given)}` };
    case "vn": {
      const middle: Name = female ? ["Тхи", "Thi"] : ["Ван", "Van"];
      return { fullName: `${surnameRu} ${ru(middle)} ${ru(given)}`, fullNameEn: `${surnameEn} ${en(middle)} ${en(given)}` };
    }
    case "mn":
      // Mongolian usage: the father's name, then the person's own name.
      return { fullName: `${surnameRu} ${ru(given)}`, fullNameEn: `${surnameEn} ${en(given)}` };
    default:
      return { fullName: `${ru(given)} ${surnameRu}`, fullNameEn: `${en(given)} ${surnameEn}` };
  }
}
