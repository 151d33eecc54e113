// A page whose filter lives in the URL reads it from its route and writes the whole next
// one back through the router (so Back steps through filters and a link shares one).
/** The route's typed search, and a setter that navigates to the same page with the next one. */
export function useUrlSearch<S>(route: { useSearch: () => S; useNavigate: () => (options: { search: NoInfer<S> }) => Promise<void> }): [S, (next: S) => void] {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return [search, (next: S) => void navigate({ search: next })];
}
