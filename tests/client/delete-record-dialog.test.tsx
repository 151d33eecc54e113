// @vitest-environment jsdom
// The one delete confirmation: it names the record, deletes the version the page holds,
// says "deleting…" while the request runs, shows why the server refused (a conflict in the
// page's own words), and forgets a refused attempt when cancelled.
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { TRPCClientError } from "@trpc/client";
import { DeleteRecordDialog, type DeleteRecordInput, type DeleteRecordMutation } from "../../client/src/entities/delete-dialog/delete-record-dialog.tsx";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

/** A stand-in for a delete mutation whose answer the test decides. */
function fakeMutation(answer: (input: DeleteRecordInput) => unknown | null) {
  const calls: DeleteRecordInput[] = [];
  function useFake(): DeleteRecordMutation {
    const [state, setState] = useState<{ isPending: boolean; error: unknown }>({ isPending: false, error: null });
    return {
      ...state,
      reset: () => setState({ isPending: false, error: null }),
      mutate: (input) => {
        calls.push(input);
        const error = answer(input);
        setState(error === undefined ? { isPending: true, error: null } : { isPending: false, error });
      },
    };
  }
  return { calls, useFake };
}

function serverError(code: string, key: string) {
  return new TRPCClientError(key, { result: { error: { message: key, code: -32000, data: { code, key } } } });
}

function Harness({ useFake, conflictText }: { useFake: () => DeleteRecordMutation; conflictText?: string }) {
  const remove = useFake();
  const [open, setOpen] = useState(true);
  return (
    <>
      <DeleteRecordDialog
        open={open}
        onClose={() => setOpen(false)}
        record={{ id: "e1", version: 7 }}
        title="Удалить мероприятие?"
        text="«Иннопром» исчезнет из списков."
        remove={remove}
        conflictText={conflictText}
      />
      <output data-testid="open">{String(open)}</output>
    </>
  );
}

describe("DeleteRecordDialog", () => {
  it("deletes the version the page holds and shows the pending state", () => {
    const { calls, useFake } = fakeMutation(() => undefined);
    render(<Harness useFake={useFake} />);
    expect(screen.getByText("«Иннопром» исчезнет из списков.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Удалить" }));
    expect(calls).toEqual([{ id: "e1", version: 7 }]);
    expect(screen.getByRole("button", { name: /Удаление…/ })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Отмена" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says a conflict in the page's words and any other refusal in the server's; cancelling forgets it", () => {
    let next: unknown = serverError("CONFLICT", "record.changedConcurrently");
    const { useFake } = fakeMutation(() => next);
    render(<Harness useFake={useFake} conflictText="Мероприятие только что изменил другой пользователь." />);
    fireEvent.click(screen.getByRole("button", { name: "Удалить" }));
    expect(screen.getByText("Мероприятие только что изменил другой пользователь.")).toBeTruthy();

    next = serverError("BAD_REQUEST", "partner.homeUndeletable");
    fireEvent.click(screen.getByRole("button", { name: "Удалить" }));
    expect(screen.getByText("Домашний регион нельзя удалить: сначала отметьте домашним другой")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Отмена" }));
    expect(screen.getByTestId("open").textContent).toBe("false");
    expect(screen.queryByText("Нельзя удалить домашний регион")).toBeNull();
  });

  it("without a conflict text of its own, a conflict shows the server's message", () => {
    const { useFake } = fakeMutation(() => serverError("CONFLICT", "record.changedConcurrently"));
    render(<Harness useFake={useFake} />);
    fireEvent.click(screen.getByRole("button", { name: "Удалить" }));
    expect(screen.getByText("Запись только что изменил другой пользователь. Обновите данные и повторите.")).toBeTruthy();
  });
});
