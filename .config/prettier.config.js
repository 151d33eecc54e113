// Prettier, set to the style the code was written in: long lines, double quotes, semicolons
// and trailing commas, so formatting the tree changes as few lines as possible.
/** @type {import("prettier").Config} */
export default {
  printWidth: 160,
  trailingComma: "all",
};
