import { LoadingBlock } from "../ui/spinner.tsx";

/** What a route without a frame of its own shows while it loads (record pages draw their skeleton). */
export function PendingPage() {
  return <LoadingBlock />;
}
