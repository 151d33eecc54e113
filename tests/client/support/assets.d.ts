// The client's pages import their stylesheets (Vite bundles them); type-checking the
// client from here needs to know such imports exist, as vite/client tells the client.
declare module "*.css";
