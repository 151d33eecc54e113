// The download menus' texts travel with the pages that show them (lib/feature-texts.ts).
import { defineFeatureTexts } from "../../lib/feature-texts.ts";

const downloadsRu = {
  menu: "Скачать",
  menuHint: "Скачать всё, что подходит под фильтр, в текущем порядке",
  csv: "CSV (для Excel)",
  xlsx: "Excel (XLSX)",
  chartPng: "Картинка PNG",
  chartSvg: "Картинка SVG",
  chartCsv: "Таблица CSV (для Excel)",
  chartXlsx: "Таблица Excel (XLSX)",
};

declare module "../../lib/feature-texts.ts" {
  interface FeatureTexts {
    downloads: typeof downloadsRu;
  }
}

defineFeatureTexts("downloads", downloadsRu, {
  menu: "Download",
  menuHint: "Download everything the filter matches, in the current order",
  csv: "CSV (for Excel)",
  xlsx: "Excel (XLSX)",
  chartPng: "PNG picture",
  chartSvg: "SVG picture",
  chartCsv: "Table as CSV (for Excel)",
  chartXlsx: "Table as Excel (XLSX)",
});
