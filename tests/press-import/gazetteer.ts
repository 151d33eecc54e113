// The world the team's release-like texts live in (issue 14): what the database holds
// before an import. Geography is real; every person is invented (no real official's
// name), and so is every organisation the texts name beyond the gazetteer.
import type { Gazetteer } from "./fixture-types.ts";

export const gazetteer: Gazetteer = {
  partners: [
    // Russia and its regions
    { key: "russia", name: "Российская Федерация", level: "COUNTRY", aliases: ["Россия", "РФ"] },
    { key: "vologda-oblast", name: "Вологодская область", level: "REGION", parentKey: "russia", isHome: true },
    { key: "vologda", name: "Вологда", level: "CITY", parentKey: "vologda-oblast" },
    { key: "cherepovets", name: "Череповец", level: "CITY", parentKey: "vologda-oblast" },
    { key: "veliky-ustyug", name: "Великий Устюг", level: "CITY", parentKey: "vologda-oblast" },
    { key: "sokol", name: "Сокол", level: "CITY", parentKey: "vologda-oblast" },
    { key: "arkhangelsk-oblast", name: "Архангельская область", level: "REGION", parentKey: "russia" },
    { key: "yaroslavl-oblast", name: "Ярославская область", level: "REGION", parentKey: "russia" },
    { key: "saint-petersburg", name: "Санкт-Петербург", level: "REGION", parentKey: "russia" },

    // Kazakhstan
    { key: "kazakhstan", name: "Республика Казахстан", level: "COUNTRY", aliases: ["Казахстан", "РК"] },
    { key: "almaty-oblast", name: "Алматинская область", level: "REGION", parentKey: "kazakhstan" },
    { key: "akmola-oblast", name: "Акмолинская область", level: "REGION", parentKey: "kazakhstan" },
    { key: "astana", name: "Астана", level: "CITY", parentKey: "kazakhstan", aliases: ["Нур-Султан"] },
    { key: "almaty", name: "Алматы", level: "CITY", parentKey: "kazakhstan", aliases: ["Алма-Ата"] },

    // Belarus
    { key: "belarus", name: "Республика Беларусь", level: "COUNTRY", aliases: ["Беларусь", "Белоруссия"] },
    { key: "minsk-oblast", name: "Минская область", level: "REGION", parentKey: "belarus" },
    { key: "vitebsk-oblast", name: "Витебская область", level: "REGION", parentKey: "belarus" },

    // China
    { key: "china", name: "Китайская Народная Республика", level: "COUNTRY", aliases: ["Китай", "КНР"] },
    { key: "heilongjiang", name: "Провинция Хэйлунцзян", level: "REGION", parentKey: "china" },

    // Uzbekistan
    { key: "uzbekistan", name: "Республика Узбекистан", level: "COUNTRY", aliases: ["Узбекистан"] },
  ],

  people: [
    // Home side (invented names)
    {
      key: "governor",
      fullName: "Андрей Ларионов",
      post: "Губернатор Вологодской области",
      organisation: "Правительство Вологодской области",
      side: "HOME",
      partnerKey: "vologda-oblast",
    },
    {
      key: "deputy-governor",
      fullName: "Ольга Веденеева",
      post: "Заместитель губернатора Вологодской области",
      organisation: "Правительство Вологодской области",
      side: "HOME",
      partnerKey: "vologda-oblast",
    },
    {
      key: "external-relations-head",
      fullName: "Игорь Сташков",
      post: "Начальник департамента внешних связей Вологодской области",
      organisation: "Департамент внешних связей Вологодской области",
      side: "HOME",
      partnerKey: "vologda-oblast",
    },
    {
      key: "agriculture-minister",
      fullName: "Павел Зуевский",
      post: "Министр сельского хозяйства и продовольственных ресурсов Вологодской области",
      organisation: "Министерство сельского хозяйства и продовольственных ресурсов Вологодской области",
      side: "HOME",
      partnerKey: "vologda-oblast",
    },

    // Partner side (invented names)
    {
      key: "kz-ambassador",
      fullName: "Нурлан Каримов",
      post: "Чрезвычайный и Полномочный Посол Республики Казахстан в Российской Федерации",
      organisation: "Посольство Республики Казахстан в Российской Федерации",
      side: "PARTNER",
      partnerKey: "kazakhstan",
    },
    {
      key: "almaty-oblast-akim",
      fullName: "Марат Жаксылыков",
      post: "Аким Алматинской области",
      organisation: "Акимат Алматинской области",
      side: "PARTNER",
      partnerKey: "almaty-oblast",
    },
    {
      key: "akmola-deputy-akim",
      fullName: "Айгерим Тулегенова",
      post: "Заместитель акима Акмолинской области",
      organisation: "Акимат Акмолинской области",
      side: "PARTNER",
      partnerKey: "akmola-oblast",
    },
    {
      key: "by-deputy-minister",
      fullName: "Сергей Ковалевич",
      post: "Заместитель министра сельского хозяйства и продовольствия Республики Беларусь",
      organisation: "Министерство сельского хозяйства и продовольствия Республики Беларусь",
      side: "PARTNER",
      partnerKey: "belarus",
    },
    {
      key: "vitebsk-chairman",
      fullName: "Дмитрий Шавловский",
      post: "Председатель Витебского областного исполнительного комитета",
      organisation: "Витебский областной исполнительный комитет",
      side: "PARTNER",
      partnerKey: "vitebsk-oblast",
    },
    {
      key: "heilongjiang-vice-governor",
      fullName: "Чжан Вэйдун",
      post: "Вице-губернатор провинции Хэйлунцзян",
      organisation: "Народное правительство провинции Хэйлунцзян",
      side: "PARTNER",
      partnerKey: "heilongjiang",
    },
  ],

  sectors: [
    "Лесная промышленность",
    "Сельское хозяйство",
    "Пищевая промышленность",
    "Туризм",
    "Образование",
    "Культура",
    "Машиностроение",
    "Жилищно-коммунальное хозяйство",
  ],

  exportCategories: ["Молочная продукция", "Мясные консервы", "Замороженные ягоды", "Мороженое", "Лесопродукция", "Льняные ткани"],
};
