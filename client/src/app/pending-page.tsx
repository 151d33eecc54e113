import { LoadingBlock } from "../ui/spinner.tsx";

export function PendingPage() {
  return <LoadingBlock />;
}
