// Other names of the countries, regions and cities the seed holds, as people write
// them: short and colloquial names, former names, abbreviations (real ones only).
// Search and the duplicate guard use them (Partner.aliases, issue 13).
import { searchAliasesOf } from "@atlas/shared/search-text";

const aliasesByName: Record<string, readonly string[]> = {
  "Российская Федерация": ["Россия", "РФ"],
  "Республика Казахстан": ["Казахстан", "РК"],
  Астана: ["Нур-Султан", "Целиноград", "Акмола"],
  Алматы: ["Алма-Ата"],
  "Алматинская область": ["Алма-Атинская область"],
  "Усть-Каменогорск": ["Оскемен"],
  "Республика Беларусь": ["Беларусь", "Белоруссия"],
  "Республика Узбекистан": ["Узбекистан"],
  "Китайская Народная Республика": ["Китай", "КНР"],
  Шэньян: ["Шеньян", "Мукден"],
  "Кыргызская Республика": ["Киргизия", "Кыргызстан"],
  "Республика Армения": ["Армения"],
  "Республика Таджикистан": ["Таджикистан"],
  "Азербайджанская Республика": ["Азербайджан"],
  "Республика Сербия": ["Сербия"],
  "Социалистическая Республика Вьетнам": ["Вьетнам", "СРВ"],
  "Республика Индия": ["Индия"],
  "Турецкая Республика": ["Турция"],
  "Объединённые Арабские Эмираты": ["ОАЭ", "Эмираты"],
};

/** The aliases of a seeded partner, in the two forms Partner stores them. */
export function aliasesOf(name: string): { aliases: string[]; searchAliases: string[] } {
  const aliases = [...(aliasesByName[name] ?? [])];
  return { aliases, searchAliases: searchAliasesOf(aliases) };
}
